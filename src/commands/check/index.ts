/** "Vérifier et recalculer": every check and computation, the `Alerte` columns and the `Alertes` sheet. */
import { SAID_ONCE } from "../../sheets/typedRows";
import { countBySeverity } from "../../core/alerts";
import { buildAlertsSheet } from "../../sheets/reports/alertsSheet";
import { INPUT_TABLES } from "../../sheets/contract";
import { findTable } from "../../workbook/snapshot";
import { CommandContext } from "../context";
import type { Command, CommandInput, CommandResult } from "../types";
import { CHECK_STEPS } from "./steps";

export class UnusableWorkbookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnusableWorkbookError";
  }
}

export const checkCommand: Command = {
  name: "check",
  label: "Vérifier et recalculer",
  async run(input: CommandInput): Promise<CommandResult> {
    if (!INPUT_TABLES.some((spec) => findTable(input.snapshot, spec.name)))
      throw new UnusableWorkbookError(
        "Ce classeur ne contient aucune table Cap PAD (Productions, Taches, Equipe, Seances…) : créez-le avec « cappad new » ou insérez les modèles.",
      );
    const ctx = new CommandContext("check", input);
    for (const step of CHECK_STEPS) {
      ctx.progress(`Vérification : ${step.name}…`);
      await step.run(ctx);
    }
    // "Vérifier" covers the whole workbook: tables no step needed (Clients…) are read for their bad cells too.
    for (const spec of INPUT_TABLES) ctx.table(spec);
    ctx.reportUnreadCells();
    ctx.writeAlertColumns();
    const counts = countBySeverity(ctx.sink.items);
    // What was said once (rows taken into a table) is not kept: the sheet is what a second run writes too.
    ctx.addSheet(buildAlertsSheet(ctx.sink.items.filter((a) => !SAID_ONCE.has(a.code)), input.today));
    ctx.summary.unshift(`${counts.error} erreur(s), ${counts.warning} avertissement(s), ${counts.info} information(s).`);
    return ctx.finish();
  },
};

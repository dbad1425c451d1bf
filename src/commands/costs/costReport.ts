/**
 * "Rapport de coûts": the cost part of the check alone — `Budget`'s computed columns and the printable
 * "Rapport de coûts" sheet as of today — for a producer's weekly report without re-running every check.
 */
import { BUDGET } from "../../sheets/contract/costs";
import { CommandContext } from "../context";
import type { Command, CommandInput, CommandResult } from "../types";
import { writeCostReport } from "./checkStep";

export const costReportCommand: Command = {
  name: "costReport",
  label: "Rapport de coûts",
  run(input: CommandInput): CommandResult {
    const ctx = new CommandContext("costReport", input);
    // Bound first with `required`: a missing table is said as an alert too.
    ctx.table(BUDGET, { required: true });
    if (!writeCostReport(ctx)) {
      ctx.summary.push("Pas de table Budget : insérez le modèle « Budget » (Modèles) et saisissez le devis de chaque poste.");
    }
    return ctx.finish();
  },
};

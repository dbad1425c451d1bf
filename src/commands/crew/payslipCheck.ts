/** "Vérifier un bulletin": the `Bulletins` rows against the estimate (see bulletins.ts). */
import { BULLETINS } from "../../sheets/contract/crew";
import { CommandContext } from "../context";
import type { Command, CommandInput, CommandResult } from "../types";
import { checkPayslips } from "./bulletins";
import { keepPayrollAlerts } from "./scope";

export const payslipCheckCommand: Command = {
  name: "payslipCheck",
  label: "Vérifier un bulletin",
  run(input: CommandInput): CommandResult {
    const ctx = new CommandContext("payslipCheck", input);
    const { checked, flagged } = checkPayslips(ctx);
    // The `Alerte` column of `Bulletins` is this command's to write, like the check does; not the others'.
    ctx.writeAlertColumns([BULLETINS.name]);
    ctx.summary.push(
      checked === 0
        ? "Aucun bulletin à vérifier : saisissez les montants du prestataire dans la table Bulletins (période, nom, brut, net, coût employeur)."
        : `${checked} bulletin(s) comparé(s) à l'estimation : ${flagged === 0 ? "aucun écart au-delà de la tolérance" : `${flagged} écart(s) au-delà de la tolérance, voir la colonne Alerte`}.`,
    );
    return keepPayrollAlerts(ctx.finish(), ctx.snapshot);
  },
};

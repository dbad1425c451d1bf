/**
 * "Vérifier un bulletin": each `Bulletins` row (the provider's gross, net, employer cost for a person
 * and a month, one production or all) against the estimate of the same month; the differences go in
 * the computed columns, and each one beyond the tolerance of `Parametres` is an alert on its cell.
 */
import { checkPayslip, linesOf, payslipTolerance, type PayslipItem } from "../../core/crew/payslipCheck";
import { parseMonthKey } from "../../core/dates/civil";
import { eurosFromCents } from "../../core/money";
import { crewOf } from "../../sheets/crew";
import { payslipRowsOf } from "../../sheets/crew/bulletins";
import type { CommandContext } from "../context";

/** The `Bulletins` column each compared item was typed in, and the column its difference goes to. */
const COLUMNS: Partial<Record<PayslipItem, { input: string; difference: string }>> = {
  gross: { input: "Brut", difference: "Écart brut" },
  net: { input: "Net", difference: "Écart net" },
  employerCost: { input: "Coût employeur", difference: "Écart coût" },
};

export interface PayslipOutcome {
  checked: number;
  flagged: number;
}

export function checkPayslips(ctx: CommandContext): PayslipOutcome {
  const { table, rows } = payslipRowsOf(ctx);
  const outcome: PayslipOutcome = { checked: 0, flagged: 0 };
  if (!table) return outcome;
  for (const h of ["Brut estimé", "Écart brut", "Écart net", "Écart coût"]) ctx.claim(table, h);
  const crew = crewOf(ctx);
  for (const p of rows) {
    const lines = linesOf(crew.payroll(p.period).lines, p.name, p.production ? [p.production] : undefined);
    if (lines.length === 0) {
      p.row.alert(
        "PAIE_BULLETIN_SANS_ESTIMATION",
        "warning",
        `${p.row.cell("Nom")} : aucune séance de ${p.name}${p.production ? ` sur ${p.production}` : ""} en ${p.period} dans la table Seances : rien à comparer.`,
        "Nom",
        p.production,
      );
      continue;
    }
    const check = checkPayslip(lines, p.provider, payslipTolerance(crew.input.config, parseMonthKey(p.period)!.last));
    outcome.checked++;
    ctx.set(p.row, "Brut estimé", eurosFromCents(lines.reduce((s, l) => s + l.grossCents, 0)));
    // The engine raises one alert per flagged item, in the order of its rows: re-placed on the typed cell.
    const alerts = [...check.alerts];
    for (const item of check.rows) {
      const cols = COLUMNS[item.item];
      const alert = item.flagged ? alerts.shift() : undefined;
      if (!cols) continue;
      ctx.set(p.row, cols.difference, eurosFromCents(item.differenceCents));
      if (alert) {
        outcome.flagged++;
        p.row.alert(alert.code, alert.severity, `${p.row.cell(cols.input)} : ${alert.message}`, cols.input, p.production);
      }
    }
  }
  return outcome;
}

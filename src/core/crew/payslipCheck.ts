/**
 * "Vérifier un bulletin": the coordinator types the provider's figures for a person and a month
 * (gross, net, employer cost, and the contribution totals when the payslip shows them) and gets the
 * differences against the estimate, flagged beyond a tolerance. Technicians and coordinators audit
 * payslips by hand today (AOA, ITSI; common disputes: ÷5 day rates, overtime bands,
 * equivalence hours, the lower 2717 grid).
 *
 * The tolerance is the larger of a percentage of the estimate and a minimum in euros (parameters
 * TOLERANCE_BULLETIN_POURCENT, TOLERANCE_BULLETIN_EUROS): the estimate leaves out employer-specific
 * lines (actual AT/MP rate, versement mobilité…), so a small gap is expected; a gap is a question to
 * ask, not a proven error.
 */

import type { Alert } from "../alerts";
import type { DayNumber } from "../dates/civil";
import { Cents, formatEuros, roundCents } from "../money";
import { numberParameter } from "./parameters";
import { PayrollConfig } from "./payrollConfig";
import { foldKey } from "./model";
import type { PayrollLine } from "./payroll";
import { PAYSLIP_CHECK_NOTE } from "./labels";
import { formatPercent } from "../format/number";

export interface ProviderPayslip {
  grossCents: Cents;
  netCents?: Cents;
  employerCostCents?: Cents;
  employeeContributionsCents?: Cents;
  employerContributionsCents?: Cents;
}

export interface PayslipTolerance {
  percent: number;
  minimumCents: Cents;
}

export type PayslipItem = "gross" | "employeeContributions" | "net" | "employerContributions" | "employerCost";

export const PAYSLIP_ITEM_LABELS: Record<PayslipItem, string> = {
  gross: "Brut",
  employeeContributions: "Cotisations salariales",
  net: "Net avant impôt",
  employerContributions: "Cotisations patronales",
  employerCost: "Coût employeur",
};

export interface PayslipCheckRow {
  item: PayslipItem;
  label: string;
  estimateCents: Cents;
  providerCents: Cents;
  /** Provider − estimate. */
  differenceCents: Cents;
  /** Difference in % of the estimate (undefined when the estimate is 0). */
  differencePercent?: number;
  toleranceCents: Cents;
  flagged: boolean;
}

export interface PayslipCheck {
  name: string;
  period: string;
  productions: string[];
  rows: PayslipCheckRow[];
  ok: boolean;
  alerts: Alert[];
  note: string;
}

export function payslipTolerance(config: PayrollConfig, day: DayNumber): PayslipTolerance {
  return {
    percent: numberParameter(config, "TOLERANCE_BULLETIN_POURCENT", day) ?? 2,
    minimumCents: roundCents((numberParameter(config, "TOLERANCE_BULLETIN_EUROS", day) ?? 5) * 100),
  };
}

/**
 * Compares a payslip with the estimate of the lines it covers: one line (one production) or several
 * (a payslip covering a person's productions of the month with one employer).
 */
export function checkPayslip(lines: readonly PayrollLine[], provider: ProviderPayslip, tolerance: PayslipTolerance): PayslipCheck {
  if (lines.length === 0) throw new RangeError("Aucune ligne de paie à comparer");
  const sum = (f: (l: PayrollLine) => Cents) => lines.reduce((s, l) => s + f(l), 0);
  const estimates: Record<PayslipItem, Cents> = {
    gross: sum((l) => l.grossCents),
    employeeContributions: sum((l) => l.employeeContributionsCents),
    net: sum((l) => l.netCents),
    employerContributions: sum((l) => l.employerContributionsCents),
    employerCost: sum((l) => l.employerCostCents),
  };
  const given: Partial<Record<PayslipItem, Cents>> = {
    gross: provider.grossCents,
    employeeContributions: provider.employeeContributionsCents,
    net: provider.netCents,
    employerContributions: provider.employerContributionsCents,
    employerCost: provider.employerCostCents,
  };
  const name = lines[0].name;
  const period = lines[0].period;
  const productions = [...new Set(lines.map((l) => l.production))];
  const rows: PayslipCheckRow[] = [];
  const alerts: Alert[] = [];
  for (const item of Object.keys(PAYSLIP_ITEM_LABELS) as PayslipItem[]) {
    const providerCents = given[item];
    if (providerCents === undefined) continue;
    const estimateCents = estimates[item];
    const differenceCents = providerCents - estimateCents;
    const toleranceCents = Math.max(tolerance.minimumCents, roundCents((Math.abs(estimateCents) * tolerance.percent) / 100));
    const flagged = Math.abs(differenceCents) > toleranceCents;
    const differencePercent = estimateCents !== 0 ? Math.round((differenceCents / estimateCents) * 10000) / 100 : undefined;
    rows.push({ item, label: PAYSLIP_ITEM_LABELS[item], estimateCents, providerCents, differenceCents, differencePercent, toleranceCents, flagged });
    if (flagged) {
      const sign = differenceCents > 0 ? "+" : "";
      const pct = differencePercent !== undefined ? `, ${sign}${formatPercent(differencePercent)}` : "";
      const place = lines[0].person.place;
      alerts.push({
        code: "PAIE_BULLETIN_ECART",
        severity: "warning",
        sheet: place?.sheet ?? "",
        row: place?.row ?? 0,
        id: place?.id ?? name,
        cell: "",
        production: productions.join(", "),
        message:
          `Bulletin de ${name} (${productions.join(", ")}, ${period}) : ${PAYSLIP_ITEM_LABELS[item].toLowerCase()} ${formatEuros(providerCents)} ` +
          `contre ${formatEuros(estimateCents)} estimé (écart ${sign}${formatEuros(differenceCents)}${pct} ; tolérance ${formatEuros(toleranceCents)}).`,
      });
    }
  }
  return { name, period, productions, rows, ok: alerts.length === 0, alerts, note: PAYSLIP_CHECK_NOTE };
}

/** The lines of one person in a month (all productions, or those listed). */
export function linesOf(lines: readonly PayrollLine[], name: string, productions?: readonly string[]): PayrollLine[] {
  const key = foldKey(name);
  const prods = productions?.map(foldKey);
  return lines.filter((l) => foldKey(l.name) === key && (!prods || prods.includes(foldKey(l.production))));
}

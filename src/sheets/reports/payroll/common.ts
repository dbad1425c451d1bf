/** What the payroll report sheets share: their titles and the estimate notice. */
import { monthLabel } from "../../../core/crew/labels";
import { OWNED_MARKER } from "../../../workbook/model";

/** Title of an owned payroll sheet: "Cap PAD — Paie estimée, novembre 2026". */
export function payrollTitle(what: string, month: string): string {
  return `${OWNED_MARKER} — ${what}, ${monthLabel(month)}`;
}

/**
 * Said on every sheet that shows an amount of the engine: it estimates, it never replaces the payslip
 * the payroll provider issues.
 */
export const ESTIMATE_NOTICE = "Estimation, pas un bulletin de paie";

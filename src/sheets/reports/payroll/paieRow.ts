/**
 * One payroll line as a row of the `Paie` table: the workbook's column headers for the engine's
 * domain fields, amounts in euros (2 decimals) and hours in decimal hours, as the sheet shows them.
 */
import type { PayrollLine } from "../../../core/crew/payroll";
import { eurosFromCents } from "../../../core/money";

/** The `Paie` table's columns, in order. */
export const PAIE_COLUMNS = [
  "Période",
  "Production",
  "Nom",
  "Fonction",
  "Jours",
  "Heures",
  "HS 25 %",
  "HS 50 %",
  "Heures majorées",
  "Brut",
  "Cotisations salariales",
  "Net estimé",
  "Cotisations patronales",
  "Congés Spectacles",
  "Coût employeur",
  "Minimum conventionnel",
  "Alerte",
] as const;

export type PaieRow = Record<(typeof PAIE_COLUMNS)[number], string | number | null>;

/** One `Paie` row: amounts in euros (2 decimals), hours in decimal hours. */
export function payrollLineToRow(l: PayrollLine): PaieRow {
  return {
    Période: l.period,
    Production: l.production,
    Nom: l.name,
    Fonction: l.role,
    Jours: l.days,
    Heures: l.hours,
    "HS 25 %": l.overtime25,
    "HS 50 %": l.overtime50,
    "Heures majorées": l.majoredHours,
    Brut: eurosFromCents(l.grossCents),
    "Cotisations salariales": eurosFromCents(l.employeeContributionsCents),
    "Net estimé": eurosFromCents(l.netCents),
    "Cotisations patronales": eurosFromCents(l.employerContributionsCents),
    "Congés Spectacles": eurosFromCents(l.congesSpectaclesCents),
    "Coût employeur": eurosFromCents(l.employerCostCents),
    "Minimum conventionnel": l.minimumCents === undefined ? null : eurosFromCents(l.minimumCents),
    Alerte: l.alertText,
  };
}

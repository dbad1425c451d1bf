/**
 * The payroll commands read the plan (productions, tasks, unavailabilities) through `planningOf`,
 * which also reports the plan's own alerts (late tasks, cycles…). Their report keeps what concerns
 * payroll: the payroll alerts, the cells of the crew tables and the payroll sheets; "Vérifier et
 * recalculer" shows the rest.
 */
import type { Alert } from "../../core/alerts";
import { findTable, type Snapshot, type TableSnapshot } from "../../workbook/snapshot";
import { BULLETINS, CONTRATS, EQUIPE, GRILLES, PARAMETRES, SEANCES, TAUX } from "../../sheets/contract/crew";
import { ATTENDANCE_SHEET } from "../../sheets/reports/payroll/attendanceSheet";
import { PAY_ITEMS_SHEET } from "../../sheets/reports/payroll/payItemsSheet";
import { PAIE_SHEET } from "../../sheets/reports/payroll/payrollSheet";
import type { CommandResult } from "../types";

const CREW_TABLES = [EQUIPE, SEANCES, CONTRATS, GRILLES, TAUX, PARAMETRES, BULLETINS];
const CREW_SHEETS = new Set([...CREW_TABLES.map((s) => s.sheet), PAIE_SHEET, ATTENDANCE_SHEET, PAY_ITEMS_SHEET].map((s) => s.toLowerCase()));

/** Is the alert's row inside the table (header to last data row)? Alert rows are 1-based. */
function within(a: Alert, t: TableSnapshot): boolean {
  return a.sheet.toLowerCase() === t.sheet.toLowerCase() && a.row > t.headerRow && a.row <= t.headerRow + 1 + t.rows.length;
}

/**
 * Keeps the payroll alerts. A crew table is found where it is, not where the template puts it: a
 * user who moved `Taux` onto their planning sheet still hears of its bad cells (and not of the
 * planning's, on the same sheet).
 */
export function keepPayrollAlerts(result: CommandResult, snapshot: Snapshot): CommandResult {
  const crew = CREW_TABLES.map((s) => findTable(snapshot, s.name)).filter((t): t is TableSnapshot => t !== undefined);
  const others = Object.values(snapshot.tables).filter((t) => !crew.includes(t));
  // Rows typed under a table that this command took in (or could not): said whatever the table.
  const keep = (a: Alert): boolean =>
    a.code.startsWith("PAIE_") || a.code.startsWith("TABLE_LIGNE") || crew.some((t) => within(a, t)) || (CREW_SHEETS.has(a.sheet.toLowerCase()) && !others.some((t) => within(a, t)));
  return { ...result, report: { ...result.report, alerts: result.report.alerts.filter(keep) } };
}

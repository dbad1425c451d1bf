/**
 * The payroll commands read the plan (productions, tasks, unavailabilities) through `planningOf`,
 * which also reports the plan's own alerts (late tasks, cycles…). Their report keeps what concerns
 * payroll: the payroll alerts, the cells of the crew tables and the payroll sheets; "Vérifier et
 * recalculer" shows the rest.
 */
import { BULLETINS, EQUIPE, GRILLES, PARAMETRES, SEANCES, TAUX } from "../../sheets/contract/crew";
import { ATTENDANCE_SHEET } from "../../sheets/reports/payroll/attendanceSheet";
import { PAY_ITEMS_SHEET } from "../../sheets/reports/payroll/payItemsSheet";
import { PAIE_SHEET } from "../../sheets/reports/payroll/payrollSheet";
import type { CommandResult } from "../types";

const CREW_SHEETS = new Set([...[EQUIPE, SEANCES, GRILLES, TAUX, PARAMETRES, BULLETINS].map((s) => s.sheet), PAIE_SHEET, ATTENDANCE_SHEET, PAY_ITEMS_SHEET].map((s) => s.toLowerCase()));

export function keepPayrollAlerts(result: CommandResult): CommandResult {
  const alerts = result.report.alerts.filter((a) => a.code.startsWith("PAIE_") || CREW_SHEETS.has(a.sheet.toLowerCase()));
  return { ...result, report: { ...result.report, alerts } };
}

/**
 * The limits a planned week is held to, for the scenarios' overloads and the pane's workload picture:
 * the payroll's own dated `MAX_HEURES_SEMAINE` (the workbook's Parametres, else the shipped row: the
 * figure the séances are checked against too) and `MAX_WEEK_DAYS`, a planned day counting
 * `PLANNED_DAY_HOURS`. Read once per command.
 */
import { numberParameter } from "../../core/crew/parameters";
import type { WeekLimits } from "../../core/planning/resourceLoad";
import { MAX_WEEK_DAYS, PLANNED_DAY_HOURS } from "../../data/planning/weekLoad";
import { payrollConfigOf } from "../../sheets/crew/config";
import type { CommandContext } from "../context";

export function weekLimitsOf(ctx: CommandContext): WeekLimits {
  return ctx.memo("planning.weekLimits", () => {
    // The week's hours are held to the payroll's own limit (Parametres), so a company that lowers it sees it here too.
    const maxHours = numberParameter(payrollConfigOf(ctx).config, "MAX_HEURES_SEMAINE", ctx.today) ?? Infinity;
    return { hoursPerDay: PLANNED_DAY_HOURS, maxHours, maxDays: MAX_WEEK_DAYS.value };
  });
}

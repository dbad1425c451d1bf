/**
 * Baselines ("Figer la référence"): the planned dates saved at a moment, to measure slip against.
 * `Écart (j)` = working days (production calendar) from `Fin réf.` to `Fin`, positive = late; the
 * template mirrors it with NETWORKDAYS.INTL (see WorkingCalendar.workingDaysBetween).
 */

import { WorkingCalendar } from "../calendar/workingCalendar";
import { DayNumber } from "../dates/civil";
import { PlanningResult } from "./model";

export function slipDays(calendar: WorkingCalendar, baselineFinish: DayNumber, finish: DayNumber): number {
  return calendar.workingDaysBetween(baselineFinish, finish);
}

export interface BaselineValue {
  /** Index of the task in the input. */
  index: number;
  id: string;
  production: string;
  baselineStart: DayNumber;
  baselineFinish: DayNumber;
}

/**
 * The values "Figer la référence" writes into `Début réf.` / `Fin réf.`: the current `Début` / `Fin`
 * of every task of one production (or of all when `production` is omitted).
 */
export function freezeBaseline(result: PlanningResult, production?: string): BaselineValue[] {
  const key = production?.trim().toLowerCase();
  return result.tasks
    .filter((t) => key === undefined || t.production.trim().toLowerCase() === key)
    .map((t) => ({ index: t.index, id: t.id, production: t.production, baselineStart: t.start, baselineFinish: t.finish }));
}

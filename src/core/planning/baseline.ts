/**
 * Baselines ("Figer la référence"): the plan saved at a moment, to measure slip against — each task's
 * dates (`Début réf.`, `Fin réf.`), and what the slip cost needs to price it later: the duration and
 * the resources the task had then (`Durée réf. (j)`, `Ressources réf.`).
 * `Écart (j)` = working days (production calendar) from `Fin réf.` to `Fin`, positive = late; the
 * template mirrors it with NETWORKDAYS.INTL (see WorkingCalendar.workingDaysBetween).
 */

import { WorkingCalendar } from "../calendar/workingCalendar";
import { DayNumber } from "../dates/civil";
import { PlanningInput, PlanningResult } from "./model";

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
  /** The task's `Durée (j)` now (undefined when it has none: nothing to freeze). */
  baselineDuration?: number;
  /** The task's resources now, as the plan resolved them. */
  baselineResources: string[];
}

/**
 * The values "Figer la référence" writes into `Début réf.`, `Fin réf.`, `Durée réf. (j)` and
 * `Ressources réf.`: the current dates, duration and resources of every task of one production (or
 * of all when `production` is omitted).
 */
export function freezeBaseline(input: PlanningInput, result: PlanningResult, production?: string): BaselineValue[] {
  const key = production?.trim().toLowerCase();
  return result.tasks
    .filter((t) => key === undefined || t.production.trim().toLowerCase() === key)
    .map((t) => {
      const duration = input.tasks[t.index]?.duration;
      return {
        index: t.index,
        id: t.id,
        production: t.production,
        baselineStart: t.start,
        baselineFinish: t.finish,
        baselineDuration: duration !== undefined && Number.isFinite(duration) && duration >= 0 ? duration : undefined,
        baselineResources: [...t.resources],
      };
    });
}

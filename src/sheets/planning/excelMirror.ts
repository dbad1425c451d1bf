/**
 * The native formulas that mirror the engine's dates in the templates (English function names, as
 * stored in .xlsx files; Excel shows them in French: SERIE.JOUR.OUVRE.INTL, NB.JOURS.OUVRES.INTL).
 * A producer who opens the workbook without the add-in then sees the same days as the engine, as long
 * as the holiday range lists `WorkingCalendar.excelHolidayList()` and the mask is `weekendMask()`.
 * Arguments are cell references or expressions, inserted as given.
 */

import type { LinkType } from "../../core/planning/links";

export interface MirrorContext {
  /** WORKDAY.INTL weekend string, quoted ("\"0000011\"") or a cell reference. */
  mask: string;
  /** Holiday range, e.g. "Feries". */
  holidays: string;
}

/** WORKDAY.INTL(start, days, mask, holidays). */
export function workdayFormula(start: string, days: string, ctx: MirrorContext): string {
  return `WORKDAY.INTL(${start},${days},${ctx.mask},${ctx.holidays})`;
}

/** Finish of a task from its start and duration: a milestone finishes the day it starts. */
export function finishFormula(start: string, duration: string, ctx: MirrorContext): string {
  return `IF(${duration}=0,${start},${workdayFormula(start, `${duration}-1`, ctx)})`;
}

/**
 * Earliest start (or finish, for FF/SF) a link allows, as the engine computes it (see
 * core/planning/schedule.ts): FS → WORKDAY(F_pred, 1 + lag), or WORKDAY(F_pred, lag) into a milestone;
 * SS → WORKDAY(S_pred, lag); FF → finish ≥ WORKDAY(F_pred, lag); SF → finish ≥ WORKDAY(S_pred, lag − 1).
 */
export function linkBoundFormula(
  type: LinkType,
  predStart: string,
  predFinish: string,
  lag: number,
  successorIsMilestone: boolean,
  ctx: MirrorContext,
): { bounds: "start" | "finish"; formula: string } {
  switch (type) {
    case "FS":
      return { bounds: "start", formula: workdayFormula(predFinish, String((successorIsMilestone ? 0 : 1) + lag), ctx) };
    case "SS":
      return { bounds: "start", formula: workdayFormula(predStart, String(lag), ctx) };
    case "FF":
      return { bounds: "finish", formula: workdayFormula(predFinish, String(lag), ctx) };
    default:
      return { bounds: "finish", formula: workdayFormula(predStart, String(lag - 1), ctx) };
  }
}

/** `Écart (j)`: working days from the reference to the forecast, positive = late. */
export function slipFormula(finish: string, reference: string, ctx: MirrorContext): string {
  const nd = (a: string, b: string): string => `NETWORKDAYS.INTL(${a},${b},${ctx.mask},${ctx.holidays})`;
  return `IF(OR(${finish}="",${reference}=""),"",IF(${finish}>${reference},${nd(`${reference}+1`, finish)},IF(${finish}<${reference},-${nd(`${finish}+1`, reference)},0)))`;
}

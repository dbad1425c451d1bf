/**
 * Worked hours of a séance from its arrival, departure and break, across midnight, and the part of
 * them that falls in the night window.
 *
 * - A departure at or before the arrival means the next morning (a mix that ends at 02:00).
 * - The séance gives only the break's length, not when it was taken: we assume it was taken in the
 *   day part of the séance (a meal break), so that night hours are not understated; only when the
 *   whole séance is at night does the break come off night hours.
 * - The night window is 21:00–06:00 by default (Code du travail L3122-2) and comes from the
 *   parameter NUIT_PLAGE of the agreement and genre otherwise (CCNPA 00:00–07:00, fiction and
 *   documentary 20:00–06:00 in winter and 22:00–07:00 the rest of the year).
 */

import type { DayNumber } from "../dates/civil";
import type { Minutes } from "../dates/time";
import type { NightWindow } from "./nightRule";

export const MINUTES_PER_DAY = 1440;

export interface SeanceTimes {
  /** Minutes from the séance day's midnight; `end` may exceed 1440 (next day). */
  start: number;
  end: number;
  breakMinutes: number;
}

/** Span of a séance with the departure moved to the next day when it is not after the arrival. */
export function seanceSpan(start: Minutes, end: Minutes, breakMinutes = 0): SeanceTimes {
  const s = ((start % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  let e = ((end % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  if (e <= s) e += MINUTES_PER_DAY;
  return { start: s, end: e, breakMinutes: Math.max(0, breakMinutes) };
}

/** Effective minutes: span minus break, never negative. */
export function workedMinutes(t: SeanceTimes): number {
  return Math.max(0, t.end - t.start - t.breakMinutes);
}

/** Minutes of [start, end) inside a daily window, the window repeated on every day the span touches. */
export function minutesInWindow(start: number, end: number, window: NightWindow): number {
  const ws = window.start;
  const we = window.end <= window.start ? window.end + MINUTES_PER_DAY : window.end;
  let total = 0;
  // The span lies within [0, 2880); windows starting the day before, the day and the next day cover it.
  for (let d = -1; d <= 2; d++) {
    const a = Math.max(start, ws + d * MINUTES_PER_DAY);
    const b = Math.min(end, we + d * MINUTES_PER_DAY);
    if (b > a) total += b - a;
  }
  return total;
}

/** Night minutes of a séance, the break taken in the day part first (see the header). */
export function nightMinutes(t: SeanceTimes, window: NightWindow): number {
  const night = minutesInWindow(t.start, t.end, window);
  const dayPart = t.end - t.start - night;
  const breakFromNight = Math.max(0, t.breakMinutes - dayPart);
  return Math.max(0, night - breakFromNight);
}

/**
 * Effective minutes per calendar day (a séance across midnight puts its last hours on the next day:
 * Sunday and holiday premiums follow the calendar day the hours are worked). The break is taken from
 * the first day first.
 */
export function minutesByCalendarDay(day: DayNumber, t: SeanceTimes): { day: DayNumber; minutes: number }[] {
  const first = Math.min(t.end, MINUTES_PER_DAY) - t.start;
  const second = Math.max(0, t.end - MINUTES_PER_DAY);
  const breakFirst = Math.min(t.breakMinutes, first);
  const breakSecond = Math.min(t.breakMinutes - breakFirst, second);
  const out = [{ day, minutes: Math.max(0, first - breakFirst) }];
  if (second > 0) out.push({ day: day + 1, minutes: Math.max(0, second - breakSecond) });
  return out;
}

/** Hours as a decimal number rounded to the hundredth, for cells and JSON. */
export function hoursFromMinutes(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}

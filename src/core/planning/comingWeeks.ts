/**
 * The coming weeks of every person and room, as a grid a picture can draw: one row per resource with
 * planned work in the window, one column per civil week (Monday first). The hours, days and overloads
 * are those of `weeklyLoads` / `overloadedWeeks` (resourceLoad.ts), only arranged; the rows are capped
 * (a 320 px pane shows a dozen) and the number of rows left out is kept so the picture can say so.
 */
import { addDays, type DayNumber } from "../dates/civil";
import type { WeekLoad } from "./resourceLoad";

export interface LoadRow {
  resource: string;
  /** Planned hours of each week of the window (0 when none). */
  hours: number[];
  /** Distinct days worked each week. */
  days: number[];
  /** The week is above the limits (hours or days). */
  over: boolean[];
  /** Productions booking it in the window, in the order met. */
  productions: string[];
}

export interface LoadGrid {
  /** Mondays of the window. */
  weeks: DayNumber[];
  rows: LoadRow[];
  /** Resources with work in the window not in `rows` (over the cap). */
  leftOut: number;
}

/**
 * `loads`: every resource's weeks (`weeklyLoads`); `overloaded`: those above the limits
 * (`overloadedWeeks`, same bookings). Rows with an overloaded week come first, then by hours in the
 * window (most first), then as the loads met them; at most `maxRows`.
 */
export function comingWeeksGrid(loads: readonly WeekLoad[], overloaded: readonly WeekLoad[], firstMonday: DayNumber, weekCount: number, maxRows: number): LoadGrid {
  const weeks = Array.from({ length: weekCount }, (_, i) => addDays(firstMonday, 7 * i));
  const columnOf = new Map(weeks.map((w, i) => [w, i]));
  const overKeys = new Set(overloaded.map((w) => `${w.resource}\u0000${w.week}`));
  const byResource = new Map<string, LoadRow>();
  for (const w of loads) {
    const i = columnOf.get(w.week);
    if (i === undefined || w.hours <= 0) continue;
    let row = byResource.get(w.resource);
    if (!row) byResource.set(w.resource, (row = { resource: w.resource, hours: weeks.map(() => 0), days: weeks.map(() => 0), over: weeks.map(() => false), productions: [] }));
    row.hours[i] = w.hours;
    row.days[i] = w.days;
    row.over[i] = overKeys.has(`${w.resource}\u0000${w.week}`);
    for (const p of w.productions) if (!row.productions.includes(p)) row.productions.push(p);
  }
  const all = [...byResource.values()];
  const order = new Map(all.map((r, i) => [r, i]));
  const total = (r: LoadRow): number => r.hours.reduce((a, b) => a + b, 0);
  const hasOver = (r: LoadRow): number => (r.over.some(Boolean) ? 1 : 0);
  all.sort((a, b) => hasOver(b) - hasOver(a) || total(b) - total(a) || order.get(a)! - order.get(b)!);
  return { weeks, rows: all.slice(0, maxRows), leftOut: Math.max(0, all.length - maxRows) };
}

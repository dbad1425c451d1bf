/**
 * The charge of every person and room, week by week, across all productions: the hours the plan books
 * (`plannedDays` of its bookings) beside the hours the séances log, with the distinct days of each
 * week and the days booked while the resource is unavailable (its own absences, and the closures of the
 * company or of the production booking it). The window of weeks runs from the earliest of today's week
 * and the first planned or worked week to the last of them, at most `maxWeeks` weeks (see `chargeWindow`).
 */
import { addDays, weekStart, type DayNumber } from "../dates/civil";
import { closuresFor } from "./calendars";
import { isDay } from "./checks";
import type { Booking, ClosureInput, UnavailabilityInput } from "./model";
import { resourceKey } from "./resources";
import { plannedDays, weeklyLoadsOf, type DayLoad, type Unavailable, type WeekLoad } from "./resourceLoad";

export interface ChargeInput {
  /** The plan's bookings (`PlanningResult.bookings`). */
  bookings: ReadonlyArray<Booking>;
  /** Hours a planned resource-day counts. */
  hoursPerDay: number;
  /** The séances' hours, one item per séance. */
  worked: ReadonlyArray<DayLoad>;
  unavailabilities: ReadonlyArray<UnavailabilityInput>;
  closures: ReadonlyArray<ClosureInput>;
  today: DayNumber;
  maxWeeks: number;
}

/** One person or room: its weeks planned and worked, by Monday. */
export interface ChargeRow {
  resource: string;
  planned: Map<DayNumber, WeekLoad>;
  worked: Map<DayNumber, WeekLoad>;
}

export interface Charge {
  /** Hours a planned resource-day counts (`ChargeInput.hoursPerDay`). */
  hoursPerDay: number;
  /** Mondays of the weeks shown, in order. */
  weeks: DayNumber[];
  /** Every resource planned or worked in the window, by name (French order). */
  rows: ChargeRow[];
  /** Weeks with plan or séances left out of the window by `maxWeeks`. */
  cut: { before: boolean; after: boolean };
}

/** How many weeks of history a window too long keeps before today's week. */
export const HISTORY_WEEKS_WHEN_CUT = 13;

/**
 * From the earliest of today's week, `first` and through the latest of today's week and `last` (Mondays);
 * beyond `maxWeeks` weeks it starts `HISTORY_WEEKS_WHEN_CUT` weeks before today (or at `first` when later)
 * and keeps `maxWeeks` weeks.
 */
export function chargeWindow(first: DayNumber, last: DayNumber, today: DayNumber, maxWeeks: number): DayNumber[] {
  const now = weekStart(today);
  let from = Math.min(now, first);
  const to = Math.max(now, last);
  if ((to - from) / 7 + 1 > maxWeeks) from = Math.max(from, addDays(now, -7 * HISTORY_WEEKS_WHEN_CUT));
  const weeks: DayNumber[] = [];
  for (let w = from; w <= to && weeks.length < maxWeeks; w = addDays(w, 7)) weeks.push(w);
  return weeks;
}

/** Whether a resource is off a day: its own unavailability, or a closure of the production it works for. */
export function unavailabilityOf(unavailabilities: ReadonlyArray<UnavailabilityInput>, closures: ReadonlyArray<ClosureInput>): Unavailable {
  const absences = new Map<string, { from: DayNumber; to: DayNumber }[]>();
  for (const u of unavailabilities) {
    if (!u.resource || !isDay(u.from) || !isDay(u.to) || u.from > u.to) continue;
    const key = resourceKey(u.resource);
    absences.set(key, [...(absences.get(key) ?? []), u]);
  }
  const byProduction = new Map<string, ClosureInput[]>();
  const inside = (d: DayNumber, r: { from: DayNumber; to: DayNumber }) => r.from <= d && d <= r.to;
  return (resource, production, day) => {
    if ((absences.get(resourceKey(resource)) ?? []).some((r) => inside(day, r))) return true;
    const key = production.trim().toLowerCase();
    let mine = byProduction.get(key);
    if (!mine) byProduction.set(key, (mine = closuresFor(production, closures)));
    return mine.some((c) => inside(day, c));
  };
}

export function chargeOf(input: ChargeInput): Charge {
  const unavailable = unavailabilityOf(input.unavailabilities, input.closures);
  const planned = weeklyLoadsOf(plannedDays(input.bookings, input.hoursPerDay, -Infinity), unavailable);
  const worked = weeklyLoadsOf(input.worked, unavailable);
  const all = [...planned, ...worked];
  if (all.length === 0) return { hoursPerDay: input.hoursPerDay, weeks: [], rows: [], cut: { before: false, after: false } };
  const first = all.reduce((m, w) => Math.min(m, w.week), Infinity);
  const last = all.reduce((m, w) => Math.max(m, w.week), -Infinity);
  const weeks = chargeWindow(first, last, input.today, input.maxWeeks);
  const [from, to] = [weeks[0], weeks[weeks.length - 1]];
  const rows = new Map<string, ChargeRow>();
  const place = (w: WeekLoad, side: "planned" | "worked") => {
    if (w.week < from || w.week > to) return;
    const key = resourceKey(w.resource);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { resource: w.resource, planned: new Map(), worked: new Map() }));
    row[side].set(w.week, w);
  };
  planned.forEach((w) => place(w, "planned"));
  worked.forEach((w) => place(w, "worked"));
  return {
    hoursPerDay: input.hoursPerDay,
    weeks,
    rows: [...rows.values()].sort((a, b) => a.resource.localeCompare(b.resource, "fr")),
    cut: { before: first < from, after: last > to },
  };
}

/**
 * The weekly load of every person and room across all productions, from the plan's resource bookings
 * (`PlanningResult.bookings`, the same list the resource conflicts compare): each working day of a
 * task (on the calendar the task works) counts one resource-day of `hoursPerDay` hours for each of its
 * resources. A civil week (Monday to Sunday) is overloaded for a resource beyond `maxHours` hours or
 * beyond `maxDays` distinct days: the limits of the French working week (48 hours, and the weekly rest
 * that leaves at most 6 days — 5 in post-production practice, 2 days off in a row), given by the caller
 * as data. The same weekly sums serve the hours worked (`weeklyLoadsOf` over the séances' days).
 */

import { DayNumber, weekStart } from "../dates/civil";
import { Booking } from "./model";
import { resourceKey } from "./resources";

export interface WeekLimits {
  /** Hours a day of planned work counts. */
  hoursPerDay: number;
  /** A week is overloaded above these. */
  maxHours: number;
  maxDays: number;
}

/** One resource's planned work in one civil week. */
export interface WeekLoad {
  resource: string;
  /** Monday of the week. */
  week: DayNumber;
  /** Resource-days × hours per day (two tasks the same day count twice). */
  hours: number;
  /** Distinct days worked. */
  days: number;
  /** Productions booking it that week, in the order met. */
  productions: string[];
  /** Distinct days booked while the resource is unavailable (only when the caller says which days are). */
  unavailableDays?: number;
}

/** One resource's hours on one production one day: a day of a planned task, or a séance. */
export interface DayLoad {
  resource: string;
  production: string;
  day: DayNumber;
  hours: number;
}

/** Whether `resource` cannot work on `production` that day (absence, closure). */
export type Unavailable = (resource: string, production: string, day: DayNumber) => boolean;

/** The planned days of the bookings from `from` on, through `to` when given: the working days of each task's calendar. */
export function* plannedDays(bookings: ReadonlyArray<Booking>, hoursPerDay: number, from: DayNumber, to = Infinity): Generator<DayLoad> {
  for (const b of bookings) {
    const last = Math.min(b.finish, to);
    for (let d = Math.max(b.start, from); d <= last; d++) if (b.calendar.isWorkingDay(d)) yield { resource: b.resource, production: b.production, day: d, hours: hoursPerDay };
  }
}

/**
 * Every resource's weeks from `from` on (days before it are history, not plan), sorted by resource
 * (as first met) then week. O(total booked days).
 */
export function weeklyLoads(bookings: ReadonlyArray<Booking>, hoursPerDay: number, from: DayNumber): WeekLoad[] {
  return weeklyLoadsOf(plannedDays(bookings, hoursPerDay, from));
}

/**
 * The days summed by resource and civil week, sorted by resource (as first met) then week; with
 * `unavailable`, each week also counts its distinct days booked while the resource is unavailable.
 */
export function weeklyLoadsOf(days: Iterable<DayLoad>, unavailable?: Unavailable): WeekLoad[] {
  const byKey = new Map<string, { load: WeekLoad; seen: Set<DayNumber>; off: Set<DayNumber> }>();
  const order: string[] = [];
  for (const { resource, production, day: d, hours } of days) {
    const week = weekStart(d);
    const key = `${resourceKey(resource)}\u0000${week}`;
    let entry = byKey.get(key);
    if (!entry) {
      const load: WeekLoad = { resource, week, hours: 0, days: 0, productions: [], ...(unavailable ? { unavailableDays: 0 } : {}) };
      entry = { load, seen: new Set(), off: new Set() };
      byKey.set(key, entry);
      order.push(key);
    }
    entry.load.hours += hours;
    if (!entry.seen.has(d)) {
      entry.seen.add(d);
      entry.load.days++;
    }
    if (unavailable && !entry.off.has(d) && unavailable(resource, production, d)) {
      entry.off.add(d);
      entry.load.unavailableDays!++;
    }
    if (!entry.load.productions.includes(production)) entry.load.productions.push(production);
  }
  const firstOf = new Map<string, number>();
  order.forEach((k, i) => {
    const r = k.slice(0, k.indexOf("\u0000"));
    if (!firstOf.has(r)) firstOf.set(r, i);
  });
  return order
    .map((k) => byKey.get(k)!.load)
    .sort((a, b) => firstOf.get(resourceKey(a.resource))! - firstOf.get(resourceKey(b.resource))! || a.week - b.week);
}

/** The weeks above the limits. */
export function overloadedWeeks(bookings: ReadonlyArray<Booking>, limits: WeekLimits, from: DayNumber): WeekLoad[] {
  return weeklyLoads(bookings, limits.hoursPerDay, from).filter((w) => isOverloaded(w, limits));
}

/** A week above the limits (for a caller that holds the weekly loads already). */
export const isOverloaded = (w: WeekLoad, limits: WeekLimits): boolean => w.hours > limits.maxHours || w.days > limits.maxDays;

/**
 * Sundays and public holidays worked, and which premium each one carries.
 *
 * Holidays come from the French calendar of the production's zone (src/core/calendar: mainland,
 * Alsace-Moselle, overseas départements); this file never lists holidays itself. Callers may pass
 * their own lookup `(day) => name | undefined` (tests, or a workbook's `Feries` range).
 *
 * Premium classes follow the CCNPA (art. VII.2.3): 1 May (paid 300 %); the "major"
 * holidays 1 Jan, 14 Jul, 15 Aug, 1 Nov, 11 Nov, 25 Dec and the abolition day overseas (200 %); Whit
 * Monday, the branch's solidarity day (no premium); every other holiday (Easter Monday, 8 May,
 * Ascension…, 150 %). The percentages themselves are parameters (MAJ_FERIE_*), so other agreements
 * keep the same classes with their own rates.
 */

import { DayNumber, isoWeekday, ymdFromDay } from "../dates/civil";
import { holidayName } from "../calendar/holidays";
import { METROPOLE, normalizeKey, parseZone } from "../calendar/zones";

export type HolidayLookup = (day: DayNumber) => string | undefined;

/** The calendar's holidays for a zone cell; an unreadable zone falls back to mainland France. */
export function holidayLookupForZone(zoneText: string | undefined): HolidayLookup {
  const zone = parseZone(zoneText) ?? METROPOLE;
  return (day) => holidayName(zone, day);
}

export type HolidayClass = "mayDay" | "major" | "whitMonday" | "other";

export const HOLIDAY_PREMIUM_CODES: Record<HolidayClass, string> = {
  mayDay: "MAJ_FERIE_1ER_MAI",
  major: "MAJ_FERIE_MAJEUR",
  whitMonday: "MAJ_FERIE_PENTECOTE",
  other: "MAJ_FERIE_AUTRE",
};

const MAJOR_DATES = new Set(["1-1", "7-14", "8-15", "11-1", "11-11", "12-25"]);

export function holidayClass(day: DayNumber, name: string): HolidayClass {
  const { month, day: d } = ymdFromDay(day);
  if (month === 5 && d === 1) return "mayDay";
  const key = normalizeKey(name);
  if (key.includes("pentecote")) return "whitMonday";
  if (MAJOR_DATES.has(`${month}-${d}`) || key.includes("abolition")) return "major";
  return "other";
}

export interface DayKind {
  sunday: boolean;
  holiday?: string;
  holidayClass?: HolidayClass;
}

/**
 * Each lookup's answers by day, shared (never modified): a year's 19,760 séances and the days of its
 * 3,000 contracts ask about the same 365 days; computed per call, `dayKind` and its holiday lookup
 * took 45 ms of a 1 s crew step on that workbook.
 */
const kinds = new WeakMap<HolidayLookup, Map<DayNumber, DayKind>>();

export function dayKind(day: DayNumber, lookup: HolidayLookup): DayKind {
  let byDay = kinds.get(lookup);
  if (!byDay) kinds.set(lookup, (byDay = new Map()));
  let kind = byDay.get(day);
  if (!kind) byDay.set(day, (kind = computeDayKind(day, lookup)));
  return kind;
}

function computeDayKind(day: DayNumber, lookup: HolidayLookup): DayKind {
  const sunday = isoWeekday(day) === 7;
  const name = lookup(day);
  return name === undefined ? { sunday } : { sunday, holiday: name, holidayClass: holidayClass(day, name) };
}

/** `Seances[Dimanche/férié]`: "Dimanche", "Férié : Noël", "Dimanche, férié : Pâques" or "". */
export function dayKindLabel(kind: DayKind): string {
  if (kind.holiday && kind.sunday) return `Dimanche, férié : ${kind.holiday}`;
  if (kind.holiday) return `Férié : ${kind.holiday}`;
  return kind.sunday ? "Dimanche" : "";
}

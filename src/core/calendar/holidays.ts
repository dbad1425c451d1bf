/**
 * French public holidays per zone.
 *
 * Source: the npm package date-holidays (type "public" only), but not at run time: its bundle holds
 * the whole world and its parser pulls in moment-timezone, far too heavy for the task pane's first
 * script where the custom functions live. `scripts/generate-french-holidays.cjs` reads date-holidays'
 * output for every French zone and writes the rules it used (`frenchHolidayRules.ts`, < 3 KB);
 * test/core/calendar/holidays.test.ts proves these rules give exactly date-holidays' list for every
 * zone and every year 2000–2060. Dates are computed as civil days (Easter by the Gregorian computus),
 * so the host's time zone never matters — date-holidays' `Date` objects would (it computes them in
 * Europe/Paris and `isHoliday(Date)` compares instants).
 */

import { dayFromYmd, DayNumber, ymdFromDay } from "../dates/civil";
import { FR_HOLIDAY_RULES } from "./frenchHolidayRules";
import { dateHolidaysState, isZone, parseZone, Zone } from "./zones";

export interface Holiday {
  day: DayNumber;
  name: string;
}

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, a.k.a. Meeus/Jones/Butcher). */
export function easterSunday(year: number): DayNumber {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayFromYmd(year, month, day);
}

function resolveZone(zone: Zone): Zone {
  if (isZone(zone)) return zone;
  const parsed = parseZone(zone);
  if (parsed === undefined) throw new RangeError(`Zone inconnue : « ${zone} »`);
  return parsed;
}

const cache = new Map<string, ReadonlyArray<Holiday>>();

/**
 * Public holidays of `zone` in `year`, sorted by day. Accepts any text `parseZone` reads
 * ("57", "Alsace-Moselle"…); throws a RangeError for an unknown zone (callers parse the cell first).
 */
export function publicHolidays(zone: Zone, year: number): ReadonlyArray<Holiday> {
  const z = resolveZone(zone);
  const key = z + "|" + year;
  const hit = cache.get(key);
  if (hit) return hit;
  const rules = FR_HOLIDAY_RULES[dateHolidaysState(z) ?? ""];
  const easter = easterSunday(year);
  const list: Holiday[] = rules.map(([rule, name]) => {
    if (rule.startsWith("easter")) {
      const offset = rule.length > 6 ? Number(rule.slice(7)) : 0;
      return { day: easter + offset, name };
    }
    return { day: dayFromYmd(year, Number(rule.slice(0, 2)), Number(rule.slice(3, 5))), name };
  });
  list.sort((x, y) => x.day - y.day);
  const frozen = Object.freeze(list.map((h) => Object.freeze(h)));
  cache.set(key, frozen);
  return frozen;
}

/** Name of the public holiday on `day` in `zone`, or undefined when it is not one. */
export function holidayName(zone: Zone, day: DayNumber): string | undefined {
  const { year } = ymdFromDay(day);
  for (const h of publicHolidays(zone, year)) if (h.day === day) return h.name;
  return undefined;
}

/** Holidays of every year from `fromYear` to `toYear` inclusive (the `Feries` named range). */
export function publicHolidaysBetween(zone: Zone, fromYear: number, toYear: number): Holiday[] {
  const out: Holiday[] = [];
  for (let y = fromYear; y <= toYear; y++) out.push(...publicHolidays(zone, y));
  return out;
}

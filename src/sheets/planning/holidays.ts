/**
 * The holiday ranges the workbook keeps for native formulas (`WORKDAY.INTL`, `NETWORKDAYS.INTL`).
 *
 * One named range cannot serve productions of different zones at once, so the `Feries` sheet holds one
 * column per calendar in use, each a defined name:
 *  - `Feries`: Métropole public holidays + closures for every production (the default, used by the Gantt);
 *  - `Feries_<zone>` (`Feries_AlsaceMoselle`, `Feries_971`…): the same for another zone;
 *  - `Feries_<code>`: for a production that has closures of its own (its zone, common and own closures).
 * Closure days are listed whole (weekends included: WORKDAY.INTL ignores a holiday on a non-working
 * day), so one range serves every `Jours ouvrés` pattern; `Code week-end` gives the mask.
 */
import { publicHolidaysBetween } from "../../core/calendar/holidays";
import { weekendMask } from "../../core/calendar/weekdays";
import type { DayRange, WorkingCalendar } from "../../core/calendar/workingCalendar";
import { METROPOLE, normalizeKey, zoneLabel, type Zone } from "../../core/calendar/zones";
import { dayFromYmd, ymdFromDay, type DayNumber } from "../../core/dates/civil";
import type { ClosureInput, PlanningResult } from "../../core/planning/model";

export const DEFAULT_HOLIDAY_RANGE = "Feries";

export interface HolidayRange {
  /** Defined name. */
  name: string;
  /** Column header (French). */
  label: string;
  days: DayNumber[];
}

export interface HolidayRanges {
  years: { from: number; to: number };
  ranges: HolidayRange[];
  /** Range name and weekend code of each production, by its code as written. */
  byProduction: Map<string, { range: string; weekendCode: string }>;
}

/** Years listed: those the plan covers, and never further than this from today (typos in dates). */
const MAX_YEARS_AWAY = 10;

export function planYears(result: PlanningResult, today: DayNumber, extraDays: readonly (DayNumber | undefined)[] = []): { from: number; to: number } {
  const year = ymdFromDay(today).year;
  let from = year;
  let to = year + 1;
  const see = (d: DayNumber | undefined): void => {
    if (d === undefined || !Number.isFinite(d)) return;
    const y = ymdFromDay(d).year;
    if (y < from) from = y;
    if (y > to) to = y;
  };
  for (const t of result.tasks) {
    see(t.start);
    see(t.finish);
  }
  for (const p of result.productions) see(p.padTarget);
  extraDays.forEach(see);
  // A plan ending in December still needs next January's holidays for WORKDAY.INTL past its end.
  return { from: Math.max(from, year - MAX_YEARS_AWAY), to: Math.min(to + 1, year + MAX_YEARS_AWAY) };
}

/** The ranges for a zone's holidays and closures over `years`. */
export function rangeDays(zone: Zone, closures: readonly DayRange[], years: { from: number; to: number }): DayNumber[] {
  const lo = dayFromYmd(years.from, 1, 1);
  const hi = dayFromYmd(years.to, 12, 31);
  const days = new Set<DayNumber>(publicHolidaysBetween(zone, years.from, years.to).map((h) => h.day));
  for (const c of closures) for (let d = Math.max(c.from, lo); d <= Math.min(c.to, hi); d++) days.add(d);
  return [...days].sort((a, b) => a - b);
}

/** Closures for every production (blank `Production`), valid ones only. */
export function commonClosures(closures: readonly ClosureInput[]): DayRange[] {
  return closures.filter((c) => !(c.production ?? "").trim() && Number.isInteger(c.from) && Number.isInteger(c.to) && c.from <= c.to);
}

export function holidayRanges(calendars: ReadonlyMap<string, WorkingCalendar>, closures: readonly ClosureInput[], years: { from: number; to: number }): HolidayRanges {
  const common = commonClosures(closures);
  const ranges: HolidayRange[] = [{ name: DEFAULT_HOLIDAY_RANGE, label: zoneLabel(METROPOLE), days: rangeDays(METROPOLE, common, years) }];
  const byName = new Map(ranges.map((r) => [r.name, r]));
  const byProduction = new Map<string, { range: string; weekendCode: string }>();
  for (const [code, cal] of calendars) {
    const own = cal.closures.length > common.length;
    let name = own ? `${DEFAULT_HOLIDAY_RANGE}_${nameFragment(code)}` : cal.zone === METROPOLE ? DEFAULT_HOLIDAY_RANGE : `${DEFAULT_HOLIDAY_RANGE}_${nameFragment(cal.zone)}`;
    // Two codes may fold to the same fragment ("Prod-1", "Prod 1"): number the second.
    if (own) for (let k = 2; byName.has(name); k++) name = `${DEFAULT_HOLIDAY_RANGE}_${nameFragment(code)}_${k}`;
    if (!byName.has(name)) {
      const range = { name, label: own ? `Production ${code}` : zoneLabel(cal.zone), days: rangeDays(cal.zone, cal.closures, years) };
      ranges.push(range);
      byName.set(name, range);
    }
    byProduction.set(code, { range: name, weekendCode: weekendMask(cal.weekdays) });
  }
  return { years, ranges, byProduction };
}

/** Letters, digits and `_` only (a defined name): "Alsace-Moselle" → "AlsaceMoselle", "Fleuve 2" → "Fleuve2". */
function nameFragment(text: string): string {
  const folded = text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  const kept = folded.replace(/[^A-Za-z0-9_]/g, "");
  return kept || normalizeKey(text).replace(/[^a-z0-9]/g, "") || "X";
}

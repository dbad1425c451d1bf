/**
 * A working calendar: which civil days are worked, for a production (its weekdays, the public
 * holidays of its zone, its closures) or for one resource on it (the same minus that person's or
 * room's unavailable days).
 *
 * Date arithmetic is O(1) after indexing: the calendar keeps, over a span of days, the ordinal of
 * every day (how many working days precede it, counted from a fixed anchor) and the day of every
 * ordinal. The span grows lazily (doubling) when a computation leaves it; ordinals never change when
 * it grows because the anchor is fixed, so callers (the scheduler) may keep them.
 *
 * Semantics mirror Excel so that native formulas in the templates give the same days:
 *   workday(start, n)        = WORKDAY.INTL(start, n, mask, Feries)
 *   networkdays(start, end)  = NETWORKDAYS.INTL(start, end, mask, Feries)
 * where `Feries` holds `excelHolidayList()` (public holidays and closure days).
 */

import { DayNumber, dayFromYmd, isoWeekday, toFrench, ymdFromDay } from "../dates/civil";
import { holidayName, publicHolidays } from "./holidays";
import { isZone, parseZone, Zone } from "./zones";
import { MON_FRI, WEEKDAY_NAMES, WeekdayMask } from "./weekdays";

/** Inclusive span of civil days; `reason` is the `Motif` column, shown in explanations. */
export interface DayRange {
  from: DayNumber;
  to: DayNumber;
  reason?: string;
}

/** A resource's unavailable days, with whose they are (for messages). */
export interface UnavailableRange extends DayRange {
  resource?: string;
}

export interface CalendarSpec {
  zone: Zone;
  /** Monday … Sunday, true = worked; default Monday–Friday. */
  weekdays?: readonly boolean[];
  /** Company closures (`Fermetures`). */
  closures?: ReadonlyArray<DayRange>;
  /** Resource unavailability (`Indisponibilites`), kept apart from closures to explain delays. */
  unavailable?: ReadonlyArray<UnavailableRange>;
  /**
   * Other working weekdays over a period (a what-if scenario works Saturdays during the mix): inside
   * `from`–`to` these weekdays replace `weekdays`; holidays, closures and unavailability still apply.
   */
  weekdayPeriods?: ReadonlyArray<WeekdayPeriod>;
}

/** Working weekdays over an inclusive span of civil days. */
export interface WeekdayPeriod {
  from: DayNumber;
  to: DayNumber;
  weekdays: WeekdayMask;
}

/** Why a day is not worked, for alerts. */
export type NonWorkingReason =
  | { kind: "weekday"; text: string }
  | { kind: "holiday"; text: string }
  | { kind: "closure"; text: string; range: DayRange }
  | { kind: "unavailable"; text: string; range: UnavailableRange };

// Excel's date range (1900-01-01 … 9999-12-31): no spreadsheet can show a day outside it, and the
// bound keeps a runaway computation (workday(x, 1e9)) from allocating without end.
export const MIN_DAY = dayFromYmd(1900, 1, 1);
export const MAX_DAY = dayFromYmd(9999, 12, 31);

function rangeError(): RangeError {
  return new RangeError("Date hors de la plage des dates Excel (1900–9999)");
}

export class WorkingCalendar {
  readonly zone: Zone;
  readonly weekdays: WeekdayMask;
  readonly closures: ReadonlyArray<DayRange>;
  readonly unavailable: ReadonlyArray<UnavailableRange>;
  readonly weekdayPeriods: ReadonlyArray<WeekdayPeriod>;

  // Index over the civil days [lo, hi): worked[d - lo] (0/1), ord[d - lo] = ordinal of the first
  // working day on or after d (ord has one more slot, for d = hi). days[k - minOrd] = day of ordinal k.
  private anchor: DayNumber | undefined;
  private lo = 0;
  private hi = 0;
  private worked: Uint8Array = new Uint8Array(0);
  private ord: Int32Array = new Int32Array(1);
  private days: Int32Array = new Int32Array(0);
  private minOrd = 0;
  private maxOrd = 0;

  constructor(spec: CalendarSpec) {
    const zone = isZone(spec.zone) ? spec.zone : parseZone(spec.zone);
    if (zone === undefined) throw new RangeError(`Zone inconnue : « ${spec.zone} »`);
    const weekdays = spec.weekdays ?? MON_FRI;
    if (weekdays.length !== 7 || !weekdays.some(Boolean)) {
      throw new RangeError("Un calendrier doit avoir au moins un jour ouvré par semaine");
    }
    this.zone = zone;
    this.weekdays = Object.freeze([...weekdays]);
    this.closures = Object.freeze([...(spec.closures ?? [])]);
    this.unavailable = Object.freeze([...(spec.unavailable ?? [])]);
    this.weekdayPeriods = Object.freeze([...(spec.weekdayPeriods ?? [])]);
  }

  /** This calendar minus more unavailable days: a resource's calendar on this production. */
  withUnavailability(ranges: ReadonlyArray<UnavailableRange>): WorkingCalendar {
    if (ranges.length === 0) return this;
    return new WorkingCalendar({
      zone: this.zone,
      weekdays: this.weekdays,
      closures: this.closures,
      unavailable: [...this.unavailable, ...ranges],
      weekdayPeriods: this.weekdayPeriods,
    });
  }

  // --- Excel-compatible API ------------------------------------------------------------------

  isWorkingDay(day: DayNumber): boolean {
    this.ensureDays(day, day + 1);
    return this.worked[day - this.lo] === 1;
  }

  /**
   * WORKDAY.INTL: the day `days` working days after (before, if negative) `start`; `start` itself
   * is not counted and may be a non-working day; `days` = 0 gives `start` unchanged; fractional
   * `days` are truncated, as Excel does.
   */
  workday(start: DayNumber, days: number): DayNumber {
    const n = Math.trunc(days);
    if (n === 0) return start;
    if (n > 0) return this.dayAt(this.ordinalOnOrAfter(start + 1) + n - 1);
    return this.dayAt(this.ordinalOnOrAfter(start) + n);
  }

  /** NETWORKDAYS.INTL: working days from `start` to `end` inclusive; negative when end < start. */
  networkdays(start: DayNumber, end: DayNumber): number {
    if (end < start) return -this.networkdays(end, start);
    return this.ordinalOnOrAfter(end + 1) - this.ordinalOnOrAfter(start);
  }

  // --- Ordinal API (the scheduler's O(1) arithmetic) -------------------------------------------

  /** Ordinal of the first working day on or after `day`. */
  ordinalOnOrAfter(day: DayNumber): number {
    this.ensureDays(day, day + 1);
    return this.ord[day - this.lo];
  }

  /** Ordinal of the last working day on or before `day`. */
  ordinalOnOrBefore(day: DayNumber): number {
    return this.ordinalOnOrAfter(day + 1) - 1;
  }

  /** The working day of an ordinal. */
  dayAt(ordinal: number): DayNumber {
    if (ordinal < this.minOrd || ordinal >= this.maxOrd) this.ensureOrdinal(ordinal);
    return this.days[ordinal - this.minOrd];
  }

  /** `day` if worked, else the next working day. */
  nextWorkingDay(day: DayNumber): DayNumber {
    return this.dayAt(this.ordinalOnOrAfter(day));
  }

  /** `day` if worked, else the previous working day. */
  previousWorkingDay(day: DayNumber): DayNumber {
    return this.dayAt(this.ordinalOnOrBefore(day));
  }

  /**
   * Signed working days from `from` to `to`: the n with workday(from, n) = to when both are working
   * days; in general the working days in (from, to] (negative: in (to, from]). Used for slips
   * ("Écart (j)", positive = late). Excel mirror:
   * IF(to>from, NETWORKDAYS.INTL(from+1,to,…), IF(to<from, -NETWORKDAYS.INTL(to+1,from,…), 0)).
   */
  workingDaysBetween(from: DayNumber, to: DayNumber): number {
    return this.ordinalOnOrBefore(to) - this.ordinalOnOrBefore(from);
  }

  // --- Explanations and data for the workbook ---------------------------------------------------

  /** Why `day` is not worked (the first reason found), or undefined for a working day. */
  nonWorkingReason(day: DayNumber): NonWorkingReason | undefined {
    if (this.isWorkingDay(day)) return undefined;
    for (const r of this.unavailable) {
      if (day >= r.from && day <= r.to) {
        const who = r.resource ? `${r.resource} indisponible` : "Indisponibilité";
        return { kind: "unavailable", text: describeRange(who, r), range: r };
      }
    }
    const holiday = holidayName(this.zone, day);
    if (holiday !== undefined) return { kind: "holiday", text: `${holiday} (férié)` };
    for (const r of this.closures) {
      if (day >= r.from && day <= r.to) return { kind: "closure", text: describeRange("Fermeture", r), range: r };
    }
    return { kind: "weekday", text: `${WEEKDAY_NAMES[isoWeekday(day) - 1]} non ouvré` };
  }

  /** Unavailable ranges of this calendar overlapping [from, to]. */
  unavailabilityOverlapping(from: DayNumber, to: DayNumber): UnavailableRange[] {
    return this.unavailable.filter((r) => r.from <= to && r.to >= from);
  }

  /**
   * Days to list in the workbook's holiday range so that WORKDAY.INTL / NETWORKDAYS.INTL with
   * `weekendMask(weekdays)` give this calendar's days between `from` and `to`: public holidays and
   * closure/unavailable days that fall on worked weekdays, sorted, without duplicates.
   */
  excelHolidayList(from: DayNumber, to: DayNumber): DayNumber[] {
    const out: DayNumber[] = [];
    for (let d = from; d <= to; d++) {
      if (this.weekdays[isoWeekday(d) - 1] && !this.isWorkingDay(d)) out.push(d);
    }
    return out;
  }

  // --- Indexing ---------------------------------------------------------------------------------

  private ensureDays(from: DayNumber, to: DayNumber): void {
    // Covers [from, to] in `ord` (which has a slot for `hi`).
    if (this.anchor !== undefined && from >= this.lo && to <= this.hi) return;
    if (from < MIN_DAY || to > MAX_DAY + 1) throw rangeError();
    this.grow(from, to);
  }

  private ensureOrdinal(ordinal: number): void {
    if (this.anchor === undefined) this.grow(dayFromYmd(2020, 1, 1), dayFromYmd(2020, 1, 1));
    while (ordinal < this.minOrd) {
      if (this.lo <= MIN_DAY) throw rangeError();
      this.grow(this.lo - (this.hi - this.lo), this.hi);
    }
    while (ordinal >= this.maxOrd) {
      if (this.hi > MAX_DAY) throw rangeError();
      this.grow(this.lo, this.hi + (this.hi - this.lo));
    }
  }

  /** Rebuilds the index over a span holding [from, to], at least doubled, so growth is amortised O(1). */
  private grow(from: DayNumber, to: DayNumber): void {
    let lo: DayNumber;
    let hi: DayNumber;
    if (this.anchor === undefined) {
      // A plan looks ahead more than back: one year before, three after.
      lo = from - 366;
      hi = to + 3 * 366;
    } else {
      const span = this.hi - this.lo;
      // At least triple the span in the needed direction: few extensions, amortised O(1).
      lo = from < this.lo ? Math.min(from, this.lo - 2 * span) : this.lo;
      hi = to > this.hi ? Math.max(to, this.hi + 2 * span) : this.hi;
    }
    lo = Math.max(lo, MIN_DAY - 7);
    hi = Math.min(hi, MAX_DAY + 8);
    if (this.anchor === undefined) {
      this.build(lo, hi, from);
      return;
    }

    // Extend: the days already indexed are copied, only the new days are computed. Ordinals do not
    // move (the anchor is fixed), so the new ones continue from the old edges.
    const oldLo = this.lo;
    const oldHi = this.hi;
    const n = hi - lo;
    const worked = new Uint8Array(n);
    worked.set(this.worked, oldLo - lo);
    this.markWorked(worked, lo, lo, oldLo);
    this.markWorked(worked, lo, oldHi, hi);
    const ord = new Int32Array(n + 1);
    ord.set(this.ord, oldLo - lo);
    for (let i = oldLo - lo - 1; i >= 0; i--) ord[i] = ord[i + 1] - worked[i];
    for (let i = oldHi - lo; i < n; i++) ord[i + 1] = ord[i] + worked[i];
    const minOrd = ord[0];
    const maxOrd = ord[n];
    const days = new Int32Array(maxOrd - minOrd);
    days.set(this.days, this.minOrd - minOrd);
    for (let i = 0; i < oldLo - lo; i++) if (worked[i]) days[ord[i] - minOrd] = lo + i;
    for (let i = oldHi - lo; i < n; i++) if (worked[i]) days[ord[i] - minOrd] = lo + i;
    this.lo = lo;
    this.hi = hi;
    this.worked = worked;
    this.ord = ord;
    this.days = days;
    this.minOrd = minOrd;
    this.maxOrd = maxOrd;
  }

  /** First index over [lo, hi), ordinal 0 at `anchor`. */
  private build(lo: DayNumber, hi: DayNumber, anchor: DayNumber): void {
    const n = hi - lo;
    const worked = new Uint8Array(n);
    this.markWorked(worked, lo, lo, hi);
    // Ordinal of `lo` = -(working days in [lo, anchor)).
    let start = 0;
    for (let d = lo; d < anchor; d++) start -= worked[d - lo];
    const ord = new Int32Array(n + 1);
    let k = start;
    for (let i = 0; i < n; i++) {
      ord[i] = k;
      k += worked[i];
    }
    ord[n] = k;
    const days = new Int32Array(k - start);
    for (let i = 0, j = 0; i < n; i++) if (worked[i]) days[j++] = lo + i;
    this.anchor = anchor;
    this.lo = lo;
    this.hi = hi;
    this.worked = worked;
    this.ord = ord;
    this.days = days;
    this.minOrd = start;
    this.maxOrd = k;
  }

  /** Sets worked[d - base] for the days [a, b): weekday mask, minus holidays, closures, unavailability. */
  private markWorked(worked: Uint8Array, base: DayNumber, a: DayNumber, b: DayNumber): void {
    if (b <= a) return;
    const firstIso = isoWeekday(a) - 1;
    for (let d = a; d < b; d++) worked[d - base] = this.weekdays[(firstIso + d - a) % 7] ? 1 : 0;
    for (const p of this.weekdayPeriods) {
      for (let d = Math.max(p.from, a); d <= Math.min(p.to, b - 1); d++) worked[d - base] = p.weekdays[(firstIso + d - a) % 7] ? 1 : 0;
    }
    const clear = (x: DayNumber, y: DayNumber): void => {
      const s = Math.max(x, a);
      const e = Math.min(y, b - 1);
      for (let d = s; d <= e; d++) worked[d - base] = 0;
    };
    const y0 = ymdFromDay(a).year;
    const y1 = ymdFromDay(b - 1).year;
    for (let y = y0; y <= y1; y++) for (const h of publicHolidays(this.zone, y)) clear(h.day, h.day);
    for (const r of this.closures) clear(r.from, r.to);
    for (const r of this.unavailable) clear(r.from, r.to);
  }

}

function describeRange(what: string, r: DayRange): string {
  const span = r.from === r.to ? `le ${toFrench(r.from)}` : `du ${toFrench(r.from)} au ${toFrench(r.to)}`;
  return `${what} ${span}${r.reason ? ` (${r.reason})` : ""}`;
}

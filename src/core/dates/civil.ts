/**
 * Civil dates without time zones.
 *
 * Core code never uses `Date` for calendar days: a `Date` carries an instant, and converting it to a
 * day depends on the machine's time zone (a French user at 00:30 would get yesterday in UTC). A civil
 * day is an integer, the number of days since 1970-01-01 (`DayNumber`), so that adding working days,
 * comparing and indexing are plain integer operations. The conversions below are Howard Hinnant's
 * `days_from_civil` / `civil_from_days` algorithms (proleptic Gregorian calendar), exact for any year.
 */

/** Days since 1970-01-01 (1970-01-01 = 0). */
export type DayNumber = number;

export interface Ymd {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

export function dayFromYmd(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function ymdFromDay(dayNumber: DayNumber): Ymd {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(dayNumber: DayNumber): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

const pad2 = (n: number): string => (n < 10 ? "0" : "") + n;

/** `AAAA-MM-JJ`, the format of every date in the JSON outputs. */
export function toIso(dayNumber: DayNumber): string {
  const { year, month, day } = ymdFromDay(dayNumber);
  const y = year < 0 ? "-" + String(-year).padStart(4, "0") : String(year).padStart(4, "0");
  return `${y}-${pad2(month)}-${pad2(day)}`;
}

/** `JJ/MM/AAAA`, as French users read dates. */
export function toFrench(dayNumber: DayNumber): string {
  const { year, month, day } = ymdFromDay(dayNumber);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** Parses `AAAA-MM-JJ` strictly; undefined when not a real date. */
export function fromIso(text: string): DayNumber | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYmd(year, month, day) ? dayFromYmd(year, month, day) : undefined;
}

/** Parses a date typed as text the French way (`27/11/2026`, `27-11-2026`, `27.11.26`) or as ISO. */
export function parseDateText(text: string): DayNumber | undefined {
  const t = text.trim();
  const iso = fromIso(t);
  if (iso !== undefined) return iso;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(t);
  if (!m) return undefined;
  const day = Number(m[1]);
  const month = Number(m[2]);
  // Two-digit years: Excel's own rule (00-29 -> 20xx, 30-99 -> 19xx).
  const year = m[3].length === 2 ? (Number(m[3]) < 30 ? 2000 : 1900) + Number(m[3]) : Number(m[3]);
  return isValidYmd(year, month, day) ? dayFromYmd(year, month, day) : undefined;
}

// --- Excel serial numbers -------------------------------------------------------------------------
// The 1900 date system counts 1900-01-01 as 1 and keeps Lotus 1-2-3's fictitious 1900-02-29 (serial
// 60); the 1904 system counts 1904-01-01 as 0. Excel accepts serials from 1 (or 0) to 2958465
// (9999-12-31); anything else is not a date.
const EPOCH_1900 = dayFromYmd(1899, 12, 30); // serial 61 = 1900-03-01
const EPOCH_1904 = dayFromYmd(1904, 1, 1);
export const MAX_SERIAL_1900 = 2958465;
export const MAX_SERIAL_1904 = MAX_SERIAL_1900 - 1462;

/** Civil day of an Excel serial (its integer part); undefined outside Excel's date range. */
export function dayFromSerial(serial: number, date1904 = false): DayNumber | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const whole = Math.floor(serial);
  if (date1904) {
    if (whole < 0 || whole > MAX_SERIAL_1904) return undefined;
    return EPOCH_1904 + whole;
  }
  if (whole < 1 || whole > MAX_SERIAL_1900 || whole === 60) return undefined;
  return whole < 60 ? EPOCH_1900 + whole + 1 : EPOCH_1900 + whole;
}

/** Excel serial of a civil day; undefined when the day cannot be written as an Excel date. */
export function serialFromDay(dayNumber: DayNumber, date1904 = false): number | undefined {
  if (date1904) {
    const s = dayNumber - EPOCH_1904;
    return s >= 0 && s <= MAX_SERIAL_1904 ? s : undefined;
  }
  let s = dayNumber - EPOCH_1900;
  if (s < 61) s -= 1; // before 1900-03-01 the fictitious 29 February is not counted
  return s >= 1 && s <= MAX_SERIAL_1900 ? s : undefined;
}

export function addDays(dayNumber: DayNumber, days: number): DayNumber {
  return dayNumber + days;
}

/** Monday of the civil (ISO) week holding `dayNumber`. */
export function weekStart(dayNumber: DayNumber): DayNumber {
  return dayNumber - (isoWeekday(dayNumber) - 1);
}

/** `AAAA-MM` of a day (payroll periods). */
export function toMonthKey(dayNumber: DayNumber): string {
  return toIso(dayNumber).slice(0, 7);
}

const MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"] as const;

/** "novembre 2026" (any case) → "2026-11"; undefined when the text is not a month and a year. */
export function monthKeyFromLabel(label: string): string | undefined {
  const m = /^\s*(\p{L}+)\s+(\d{4})\s*$/u.exec(label);
  const month = m ? MONTHS_FR.indexOf(m[1].toLocaleLowerCase("fr") as (typeof MONTHS_FR)[number]) : -1;
  return m && month >= 0 ? `${m[2]}-${String(month + 1).padStart(2, "0")}` : undefined;
}

/** "2026-11" → "novembre 2026" (the key itself when it is not a month). */
export function monthLabel(monthKey: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(monthKey);
  const name = m ? MONTHS_FR[Number(m[2]) - 1] : undefined;
  return m && name ? `${name} ${m[1]}` : monthKey;
}

/** Parses `AAAA-MM` into the first and last day of the month. */
export function parseMonthKey(text: string): { first: DayNumber; last: DayNumber } | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  return { first: dayFromYmd(year, month, 1), last: dayFromYmd(year, month, daysInMonth(year, month)) };
}

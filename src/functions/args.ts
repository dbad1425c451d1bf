/**
 * Reading the arguments of the custom functions.
 *
 * Excel hands a custom function raw cell values: numbers, texts, booleans, `null` for an omitted
 * optional argument or an empty cell. Each reader below turns one argument into a core value or
 * throws `#VALUE!` with a French message naming the argument and what was typed, so that the
 * wrappers in functions.ts stay one line of logic each. Nothing here calls Office.
 */
import { WorkingCalendar, ZONES, parseZone, zoneLabel, type Zone } from "../core/calendar";
import { type DayNumber, dayFromSerial, parseDateText, serialFromDay } from "../core/dates/civil";
import { type Minutes, minutesFromDayFraction, parseTimeText } from "../core/dates/time";
import {
  type FilmGauge,
  type FrameRate,
  type TimecodeError,
  dropFrameVariant,
  hasDropFrameSeparator,
  isTimecodeError,
  parseFilmGauge,
  parseFrameRate,
  parseTimecodeValue,
} from "../core/timecode";
import { isDateSystem1904 } from "./dateSystem";
import { formatNumber } from "../core/format/number";

/** Throws `#VALUE!` with a French message (Excel shows it in the cell's error tooltip). */
export function fail(message: string): never {
  throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

/**
 * Runs a function body and makes sure no JavaScript error text reaches the user: our own
 * `CustomFunctions.Error`s pass through, anything else becomes a French `#VALUE!`.
 */
export function guard<T>(functionName: string, body: () => T): T {
  try {
    return body();
  } catch (error) {
    return rethrow(functionName, error);
  }
}

/** `guard` for the functions that return a promise (those that load the payroll data on first use). */
export async function guardAsync<T>(functionName: string, body: () => T | Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    return rethrow(functionName, error);
  }
}

function rethrow(functionName: string, error: unknown): never {
  if (error instanceof CustomFunctions.Error) throw error;
  throw new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    `${functionName} : calcul impossible avec ces arguments (erreur interne de Cap PAD).`,
  );
}

/** Omitted optional argument, empty cell or blank text. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** How a typed value is quoted back in messages. */
export function shown(value: unknown): string {
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "boolean") return value ? "VRAI" : "FAUX";
  return String(value);
}

function failWith(what: string, value: unknown, error: TimecodeError): never {
  return fail(isBlank(value) ? `${what} : ${error.message}.` : `${what} « ${shown(value)} » refusé : ${error.message}.`);
}

// --- Timecode ---------------------------------------------------------------------------------

/** The `ips` argument; blank means 25 fps. */
export function readRate(value: unknown, what = "ips"): FrameRate {
  const rate = parseFrameRate(isBlank(value) ? undefined : value);
  return isTimecodeError(rate) ? failWith(what, value, rate) : rate;
}

/** A timecode argument: text `HH:MM:SS:II` or a whole number of frames. */
export function readFrames(value: unknown, rate: FrameRate, what: string): number {
  const frames = parseTimecodeValue(value, rate);
  return isTimecodeError(frames) ? failWith(what, value, frames) : frames;
}

/**
 * The rate results are written at: the given rate, switched to drop-frame when one of the input
 * timecodes was written with a drop-frame separator (`00:00:59;29` at 29.97 gives a `;` result).
 */
export function outputRate(rate: FrameRate, ...inputs: unknown[]): FrameRate {
  if (rate.dropFrame) return rate;
  for (const v of inputs) {
    if (typeof v === "string" && hasDropFrameSeparator(v)) return dropFrameVariant(rate) ?? rate;
  }
  return rate;
}

export function readGauge(value: unknown): FilmGauge {
  const gauge = parseFilmGauge(isBlank(value) ? undefined : value);
  return isTimecodeError(gauge) ? failWith("pellicule", value, gauge) : gauge;
}

// --- Numbers --------------------------------------------------------------------------------------

/** A number typed as a number or as text with a French decimal comma ("52,5"). */
export function readNumber(value: unknown, what: string, options: { min?: number; integer?: boolean; defaultValue?: number } = {}): number {
  let n: number | undefined;
  if (isBlank(value)) {
    if (options.defaultValue !== undefined) return options.defaultValue;
    return fail(`${what} : valeur manquante.`);
  }
  if (typeof value === "number") n = value;
  else if (typeof value === "string") {
    const text = value.trim().replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
    n = /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : undefined;
  }
  if (n === undefined || !Number.isFinite(n)) return fail(`${what} « ${shown(value)} » : nombre attendu.`);
  if (options.integer && !Number.isInteger(n)) return fail(`${what} « ${shown(value)} » : nombre entier attendu.`);
  if (options.min !== undefined && n < options.min) return fail(`${what} « ${shown(value)} » : doit être supérieur ou égal à ${shown(options.min)}.`);
  return n;
}

// --- Dates and times ------------------------------------------------------------------------------

/**
 * A date argument: an Excel serial number (its time part ignored) in the workbook's date system, or
 * a date typed as text (`27/11/2026`, `2026-11-27`).
 */
export function readDay(value: unknown, what: string): DayNumber {
  if (typeof value === "number") {
    const day = dayFromSerial(value, isDateSystem1904());
    return day ?? fail(`${what} « ${shown(value)} » : ce nombre n'est pas une date Excel.`);
  }
  if (isBlank(value)) return fail(`${what} : date manquante.`);
  const day = typeof value === "string" ? parseDateText(value) : undefined;
  return day ?? fail(`${what} « ${shown(value)} » : date attendue (JJ/MM/AAAA ou numéro de série Excel).`);
}

/** The Excel serial of a civil day in the workbook's date system. */
export function serialOf(day: DayNumber, functionName: string): number {
  const serial = serialFromDay(day, isDateSystem1904());
  return serial ?? fail(`${functionName} : le résultat sort de la plage des dates Excel.`);
}

/** A time of day: an Excel time (fraction of a day, date part ignored) or text `9:30`, `09:30`, `9h30`. */
export function readTimeOfDay(value: unknown, what: string): Minutes {
  if (isBlank(value)) return fail(`${what} : heure manquante.`);
  const minutes = typeof value === "number" ? minutesFromDayFraction(value) : typeof value === "string" ? parseTimeText(value) : undefined;
  return minutes ?? fail(`${what} « ${shown(value)} » : heure attendue (09:30, 9h30 ou une heure Excel).`);
}

// --- Calendar zone -----------------------------------------------------------------------------

// One calendar per zone, kept between calls: WorkingCalendar indexes its days on first use and then
// answers in O(1), which matters when a column of formulas recalculates.
const calendars = new Map<Zone, WorkingCalendar>();

/** The `zone` argument (blank: Métropole) as the planning engine's working calendar of that zone. */
export function readCalendar(value: unknown): WorkingCalendar {
  const zone = parseZone(isBlank(value) ? undefined : typeof value === "number" ? String(value) : typeof value === "string" ? value : "?");
  if (zone === undefined) {
    return fail(`zone « ${shown(value)} » inconnue ; zones possibles : ${ZONES.map(zoneLabel).join(", ")} (57, 67 et 68 valent Alsace-Moselle).`);
  }
  let calendar = calendars.get(zone);
  if (!calendar) {
    calendar = new WorkingCalendar({ zone });
    calendars.set(zone, calendar);
  }
  return calendar;
}

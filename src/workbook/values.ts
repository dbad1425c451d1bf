/**
 * The cell values that cross the host boundary.
 *
 * In: what a host reads, the same shape from Office.js and from exceljs (`Range.values` semantics):
 * numbers (dates and times as Excel serials), strings, booleans, empty, or an Excel error.
 * Out: what a command writes; a civil day is written as `{ day }` so that the host converts it with the
 * workbook's own date system (1900 or 1904).
 */
import type { DayNumber } from "../core/dates/civil";

export interface CellError {
  error: string; // "#REF!", "#N/A", …
}

export type CellValue = number | string | boolean | null | CellError;

export interface DayValue {
  day: DayNumber;
}

export type OutValue = number | string | boolean | null | DayValue;

export function isCellError(v: unknown): v is CellError {
  return typeof v === "object" && v !== null && typeof (v as CellError).error === "string";
}

export function isDayValue(v: unknown): v is DayValue {
  return typeof v === "object" && v !== null && typeof (v as DayValue).day === "number";
}

/** A cell counts as blank when empty or only whitespace. */
export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** Text shown to users for a raw cell value (in messages, always as text, never as markup). */
export function displayValue(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (isCellError(v)) return v.error;
  if (typeof v === "boolean") return v ? "VRAI" : "FAUX";
  return String(v);
}

const ERROR_TEXTS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#PYTHON!"]);

/** Office.js returns errors as their text in `values`; this tells them from ordinary text. */
export function isErrorText(text: string): boolean {
  return ERROR_TEXTS.has(text);
}

/** Two values equal as the workbook stores them (used for idempotence: unchanged cells are not rewritten). */
export function sameValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (isBlank(a ?? null) && isBlank(b ?? null)) return true;
  if (isCellError(a) || isCellError(b)) return isCellError(a) && isCellError(b) && a.error === b.error;
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  return a === b;
}

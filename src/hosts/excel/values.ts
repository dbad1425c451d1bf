/**
 * Values at the Office.js border: what `Range.values` gives (empty cells as "", errors as their text)
 * into CellValue, and OutValue into what `Range.values` takes (civil days as serials of the workbook's
 * date system, empty as "", text that Excel would reinterpret flagged so that it is written as text).
 */
import { serialFromDay } from "../../core/dates/civil";
import { isDayValue, isErrorText, type CellValue, type OutValue } from "../../workbook/values";

/** A cell as read through `Range.values` (or `formulas` of a constant). */
export function cellValueFromExcel(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : { error: "#NUM!" };
  if (typeof v === "boolean") return v;
  if (typeof v === "string") return isErrorText(v) ? { error: v } : v;
  return String(v);
}

export type ExcelScalar = string | number | boolean;

/** What to write for a value: "" clears the cell (null in an Office.js 2-D array would leave it unchanged). */
export function excelValue(v: OutValue | undefined, date1904: boolean): ExcelScalar {
  if (v === null || v === undefined) return "";
  if (isDayValue(v)) return serialFromDay(v.day, date1904) ?? "";
  return v;
}

/** The value as the workbook stores it after the write (for "unchanged" comparisons). */
export function storedValue(v: OutValue | undefined, date1904: boolean): CellValue {
  if (v === undefined) return null;
  if (isDayValue(v)) return serialFromDay(v.day, date1904) ?? null;
  return v;
}

const TYPED_LOOKING = [
  /^[-+]?[\d\s\u00a0\u202f]*[.,]?\d+([eE][-+]?\d+)?\s*%?$/, // 12, 1 234,5, 50 %, 1e3
  /^\d{1,4}[/.-]\d{1,2}([/.-]\d{1,4})?$/, // 27/11/2026, 2026-11-27, 11-27
  /^\d{1,2}:\d{2}(:\d{2})?(\s*[ap]m)?$/i, // 9:30
  /^(true|false|vrai|faux)$/i,
  /^\(\s*[\d.,\s]+\)$/, // (123): a negative number in accounting notation
  /^[$€£]\s*[\d.,\s]+$|^[\d.,\s]+\s*[$€£]$/, // 12 €
];

/**
 * Text that Excel would not keep as text if written into a General cell: Office.js documents that a
 * value starting with `+`, `-` or `=` is interpreted as a formula (Excel.Range.values), `@` starts a
 * formula too, and numbers, dates, times, percentages and booleans are parsed as typed. Such text is
 * written after setting the cell's number format to `@`, so "=1+1" stays the text "=1+1".
 */
export function mustWriteAsText(text: string): boolean {
  if (/^[=+\-@]/.test(text)) return true;
  const t = text.trim();
  return t !== "" && (isErrorText(t.toUpperCase()) || TYPED_LOOKING.some((re) => re.test(t)));
}

/** base64 of bytes without Node's Buffer (the host runs in the task pane's browser). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

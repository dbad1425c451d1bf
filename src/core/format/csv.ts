/**
 * The one CSV writer of Cap PAD's exports, as French Excel opens them: UTF-8 with a BOM (or accents are
 * read as Windows-1252), `;` between fields (`,` is the decimal comma), CRLF line ends, numbers with a
 * decimal comma, `Oui`/`Non` for booleans. A text a spreadsheet would run as a formula — starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return, or their full-width forms — gets an apostrophe in front,
 * which spreadsheets show as text and do not evaluate (OWASP, "CSV Injection",
 * https://owasp.org/www-community/attacks/CSV_Injection).
 */
import { formatNumber } from "./number";

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** True when a spreadsheet could read the text as a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** The text, prefixed with an apostrophe when a spreadsheet would run it. */
export function neutralizeFormula(text: string): string {
  return looksLikeFormula(text) ? "'" + text : text;
}

/** French number: decimal comma, no grouping; amounts with decimals keep two (1204,50). */
export function csvNumber(n: number): string {
  if (!Number.isFinite(n)) return "";
  return Number.isInteger(n) ? formatNumber(n) : formatNumber(n, { decimals: 2, fixed: true });
}

function csvField(v: CsvValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return csvNumber(v);
  if (typeof v === "boolean") return v ? "Oui" : "Non";
  const t = neutralizeFormula(v);
  return /[;"\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

/** UTF-8 text with BOM, `;` separated, CRLF: opens in French Excel as columns. */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [headers.map(csvField).join(";"), ...rows.map((r) => r.map(csvField).join(";"))];
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}

/**
 * Escaping for everything the invoicing engine exports (exports neutralise formula injection):
 * - XML text and attributes are always escaped, and characters XML 1.0 forbids (control characters a
 *   paste from another program can bring) are removed, so a generated file always parses;
 * - a cell text that a spreadsheet would run as a formula — starting with `=`, `+`, `-`, `@`, a tab or
 *   a carriage return (OWASP "CSV injection"), or their full-width forms — is prefixed with an
 *   apostrophe, which spreadsheets show as text and do not evaluate.
 */

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
const INVALID_XML_CHARS = /[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, "");
}

export function escapeXmlText(text: string): string {
  return stripInvalidXmlChars(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text)
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** True when a spreadsheet could read the text as a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** The text, prefixed with an apostrophe when a spreadsheet would run it. */
export function neutralizeFormula(text: string): string {
  return looksLikeFormula(text) ? "'" + text : text;
}

/** A cell value for an export: texts neutralised, numbers, booleans and empty cells unchanged. */
export function neutralizeCell<T>(value: T): T | string {
  return typeof value === "string" ? neutralizeFormula(value) : value;
}

/**
 * One CSV line the way French Excel opens it (semicolon separator), every text neutralised and quoted
 * when needed. Numbers are written with a decimal comma.
 */
export function csvLine(values: readonly (string | number | boolean | null | undefined)[], separator = ";"): string {
  return values
    .map((v) => {
      if (v === null || v === undefined) return "";
      if (typeof v === "number") return String(v).replace(".", ",");
      if (typeof v === "boolean") return v ? "VRAI" : "FAUX";
      const t = neutralizeFormula(v);
      return /[";\n\r,]/.test(t) || t.includes(separator) ? `"${t.replace(/"/g, '""')}"` : t;
    })
    .join(separator);
}

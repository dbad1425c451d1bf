/**
 * Escaping for the XML the invoicing engine exports: text and attributes are always escaped, and
 * characters XML 1.0 forbids (control characters a paste from another program can bring) are removed,
 * so a generated file always parses (W3C, Extensible Markup Language 1.0, 5th edition, 26/11/2008,
 * production [2] Char: https://www.w3.org/TR/xml/#charsets). Cell texts of CSV exports are neutralised
 * by the CSV writer (core/format/csv).
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

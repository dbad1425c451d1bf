/**
 * Requirement sets. The manifest declares ExcelApi 1.8 as the minimum (data validation is the newest
 * API used unconditionally); anything newer is asked for at run time, and when missing the host
 * falls back or says in French what was left out.
 */

/** `Office.context.requirements.isSetSupported("ExcelApi", version)`, false outside Office. */
export function isExcelApiSupported(version: string): boolean {
  if (typeof Office === "undefined") return false;
  const requirements = Office.context?.requirements;
  return Boolean(requirements && requirements.isSetSupported("ExcelApi", version));
}

/** Page layout (print orientation, fit to width, repeated rows): ExcelApi 1.9. */
export const PRINT_API = "1.9";
/** `Workbook.insertWorksheetsFromBase64`: ExcelApi 1.13. */
export const INSERT_FROM_BASE64_API = "1.13";
/**
 * `Table.resize` (takes the rows typed under a table into it), with `Range.getMergedAreasOrNullObject`
 * to see whether it can: ExcelApi 1.13. Without it each typed row gets an alert (typedRows.ts says why).
 */
export const RESIZE_API = "1.13";

export function printSetupMissing(sheet: string): string {
  return `Mise en page d'impression de « ${sheet} » non appliquée : cette version d'Excel ne le permet pas par programme (ExcelApi 1.9 requise). Réglez-la dans Mise en page si besoin.`;
}

/**
 * Reading cells without reporting them: for tables another feature owns and reports (Productions,
 * Taches, Indisponibilites are the planning's), and for the payroll reference tables, whose rows the
 * engine checks itself (`payrollConfigFromRows` returns one issue per bad cell, which the caller
 * places on the cell). Each bad cell is thus reported once.
 */
import { dayFromSerial } from "../../core/dates/civil";
import type { RowReader } from "../read";
import { displayValue, isBlank, isCellError } from "../../workbook/values";

/** Trimmed text of a cell, undefined when blank or an Excel error. */
export function quietText(row: RowReader, header: string): string | undefined {
  const v = row.raw(header);
  if (isBlank(v) || isCellError(v)) return undefined;
  const t = displayValue(v).trim();
  return t === "" ? undefined : t;
}

/**
 * A cell as the engine's config rows take it (`NumberCell`/`DateCell`): numbers stay numbers (dates
 * become civil days), text stays text, an Excel error becomes its text (which the engine refuses with
 * a message quoting it), blank is null.
 */
export function configCell(row: RowReader, header: string, kind: "text" | "number" | "date", date1904: boolean): string | number | null {
  const v = row.raw(header);
  if (isBlank(v)) return null;
  if (isCellError(v) || typeof v === "boolean") return displayValue(v);
  if (kind === "date" && typeof v === "number") return dayFromSerial(v, date1904) ?? Number.NaN;
  if (kind === "text") return displayValue(v).trim();
  return v;
}

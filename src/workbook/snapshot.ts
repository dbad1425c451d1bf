/**
 * A Snapshot is everything a command reads, as plain data, taken in one batch by a host (Office.js:
 * one `context.sync()` for the loads; exceljs: one pass over the file). Commands never touch a host.
 */
import type { CellValue } from "./values";

export interface TableSnapshot {
  name: string;
  sheet: string;
  /** 0-based sheet row of the header row. */
  headerRow: number;
  /** 0-based sheet column of the table's first column. */
  left: number;
  headers: string[];
  /** Data rows (no header, no totals row), `headers.length` values each. */
  rows: CellValue[][];
  /**
   * Formula text (`=…`) of each data cell that holds one, else null; same shape as `rows`. The file host
   * reads them; the Excel host leaves them out (commands use values only, and the read must stay small).
   */
  formulas?: (string | null)[][];
  /**
   * Rows typed just under the table, not part of it yet (LibreOffice, Google Sheets or a script do not
   * grow a table while typing; Excel does): non-empty cells in the table's columns, in contiguous rows
   * from the one under its last row. Hosts read them for the tables users type into.
   */
  below?: TypedBelow;
}

export interface TypedBelow {
  /** The rows' values, `headers.length` each (and their formulas, as `formulas`, where the host reads them). */
  rows: CellValue[][];
  formulas?: (string | null)[][];
  /** Why the table cannot take them in (merged cells, another table, a totals row, this Excel): said per row. */
  blocked?: string;
}

export interface SheetInfo {
  name: string;
  visible: boolean;
  /**
   * Text of A1: Cap PAD's own sheets start with their marker there. Undefined when not read yet (the
   * Excel host reads it right before writing, for the sheets a patch targets).
   */
  a1?: string;
}

/** The cells of an owned sheet a command reads back (the months a payroll sheet keeps), as `Range.values`. */
export interface SheetValues {
  /** 0-based position of `values[0][0]` on the sheet. */
  top: number;
  left: number;
  values: CellValue[][];
}

export interface Snapshot {
  /** The workbook counts dates from 1904 (old Mac files) instead of 1900. */
  date1904: boolean;
  sheets: SheetInfo[];
  /** By table name, as found in the workbook. */
  tables: Record<string, TableSnapshot>;
  /** Defined names → reference text (`Feries!$A$2:$A$40`). */
  names: Record<string, string>;
  /** The add-in's per-document settings (Excel); empty in files. */
  settings: Record<string, unknown>;
  /**
   * The used cells of the owned sheets that keep earlier results (`keepsMonths` in
   * src/sheets/contract/sheets.ts), by sheet name, when the sheet exists.
   */
  sheetValues?: Record<string, SheetValues>;
}

/** The values an owned sheet held when read (case-insensitive name, as Excel treats sheet names). */
export function sheetValuesOf(snapshot: Snapshot, name: string): SheetValues | undefined {
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(snapshot.sheetValues ?? {})) if (k.toLowerCase() === lower) return v;
  return undefined;
}

/** Table lookup by name, case-insensitive as Excel treats table names. */
export function findTable(snapshot: Snapshot, name: string): TableSnapshot | undefined {
  const exact = snapshot.tables[name];
  if (exact) return exact;
  const lower = name.toLowerCase();
  for (const [k, t] of Object.entries(snapshot.tables)) if (k.toLowerCase() === lower) return t;
  return undefined;
}

export function findSheet(snapshot: Snapshot, name: string): SheetInfo | undefined {
  const lower = name.toLowerCase();
  return snapshot.sheets.find((s) => s.name.toLowerCase() === lower);
}

/** Header comparison tolerates case, surrounding spaces and Unicode composition, not other renames. */
export function normalizeHeader(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("fr");
}

export function emptySnapshot(): Snapshot {
  return { date1904: false, sheets: [], tables: {}, names: {}, settings: {} };
}

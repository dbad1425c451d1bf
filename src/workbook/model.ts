/**
 * A rendered sheet, independent of any host: the exceljs renderer writes it into files (and into the
 * base64 that Excel's `insertWorksheetsFromBase64` takes), the Office.js writer builds it through the API
 * where that call is missing. Templates and reports are both SheetModels, so files and Excel get the
 * very same sheets.
 */
import type { OutValue } from "./values";

export interface CellStyle {
  numFmt?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** `#RRGGBB` */
  fontColor?: string;
  /** `#RRGGBB` solid fill */
  fill?: string;
  hAlign?: "left" | "center" | "right";
  vAlign?: "top" | "middle" | "bottom";
  wrap?: boolean;
  border?: "thin" | "box" | "bottom";
  /** Protection: unlocked cells stay editable when the sheet is protected. */
  locked?: boolean;
}

export interface CellModel {
  value?: OutValue;
  /** English formula without `=` (`SUM(A1:A3)`), as both exceljs and Office.js `formulas` take it (with `=`). */
  formula?: string;
  style?: CellStyle;
}

export interface TableModel {
  name: string;
  /** 0-based position of the header row's first cell. */
  row: number;
  col: number;
  headers: string[];
  /** Number of data rows written below the header (at least 1: exceljs writes a corrupt file otherwise). */
  rowCount: number;
  style?: string;
  /** Formulas for columns computed by Excel itself (structured references), by header. */
  columnFormulas?: Record<string, string>;
}

export interface ConditionalFormatStyle {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
}

export interface ConditionalFormatModel {
  /** `A2:F200` on this sheet. */
  range: string;
  /** English formula without `=`, relative to the range's top-left cell (`$T2="En retard"`). */
  formula: string;
  style: ConditionalFormatStyle;
  stopIfTrue?: boolean;
}

export interface ValidationModel {
  range: string;
  type: "list" | "whole" | "decimal" | "date" | "textLength" | "custom";
  operator?: "between" | "greaterThanOrEqual" | "lessThanOrEqual" | "greaterThan" | "lessThan" | "equal";
  /** Formulas or a quoted list (`"\"lun,mar\""`), English, without `=`. */
  formulae: string[];
  allowBlank?: boolean;
  /** French title and text of the error box. */
  errorTitle?: string;
  error?: string;
  /** French input message. */
  promptTitle?: string;
  prompt?: string;
  /** Warn instead of refusing (users may paste anything; the add-in reports it). */
  errorStyle?: "stop" | "warning" | "information";
}

export interface SheetModel {
  name: string;
  /** An add-in report sheet: replaced whole by commands; never a sheet users type into. */
  owned: boolean;
  /** Dense rows from A1; null/undefined cells stay empty. */
  rows: (CellModel | null | undefined)[][];
  columnWidths?: number[];
  merges?: string[];
  tables?: TableModel[];
  conditionalFormats?: ConditionalFormatModel[];
  validations?: ValidationModel[];
  /** Workbook-level defined names pointing into this sheet (range without sheet, e.g. `$A$3:$A$40`). */
  names?: { name: string; range: string }[];
  freeze?: { rows: number; columns: number };
  /**
   * Heights in points of rows holding wrapped text, by 0-based row: LibreOffice keeps the default
   * height of a row on import, so a wrapped cell would print over its neighbours.
   */
  rowHeights?: Record<number, number>;
  tabColor?: string;
  /** Page setup (A4), resolved from the sheet's print contract (`print.ts`). */
  print?: PrintSetup;
  /** Protect the sheet (issued invoices): locked cells cannot be edited. */
  protect?: boolean;
  hidden?: boolean;
}

/** Marker that starts A1 of every sheet Cap PAD owns: the host only replaces sheets that carry it. */
export const OWNED_MARKER = "Cap PAD";

export function isOwnedTitle(a1: string): boolean {
  return a1.startsWith(OWNED_MARKER);
}

/** Margins in inches, as xlsx takes them (Office.js's `PageLayout` in points): Excel's « Étroites » sides (6 mm). */
export interface Margins {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

/** The resolved page setup a SheetModel carries, applied as is by both hosts. */
export interface PrintSetup {
  landscape?: boolean;
  /** Fit the printed columns to `pagesWide` pages across (as many pages down as needed). */
  fitToWidth?: boolean;
  /** Pages across when fitting to width (default 1). */
  pagesWide?: number;
  /** Rows 1..n printed at the top of every page. */
  repeatRows?: number;
  /** Columns A.. printed at the left of every page (a sheet several pages wide keeps its IDs in view). */
  repeatColumns?: number;
  /** 0-based rows that start a new printed page (one attendance sheet per page…). */
  rowBreaks?: number[];
  /** Printed range (`A$1:T$90`): leaves long text columns off paper. */
  area?: string;
  margins?: Margins;
}

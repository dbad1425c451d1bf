/**
 * How every sheet Cap PAD writes prints: on A4, with text a producer reads (never under 8 pt), one
 * document per page where a sheet holds several (attendance sheets, productions, months).
 *
 * A sheet declares a `PrintContract` (orientation, repeated rows and columns, the last printed column,
 * which rows start a page); `printSetup` turns it into the concrete page setup of a given sheet content
 * (print area, manual row breaks, how many pages wide). The same function runs on a SheetModel when a
 * sheet is built and, in the file host, on a worksheet read back from a file before every save: the
 * page setup of an owned sheet never depends on what a spreadsheet library kept while reading.
 */
import type { Margins, PrintSetup, SheetModel } from "../workbook/model";
import { a1, columnLetters, parseRange } from "./address";

/** Excel's « Étroites » margins (6 mm sides), in inches as xlsx takes them. */
export const MARGINS: Margins = { left: 0.25, right: 0.25, top: 0.5, bottom: 0.5, header: 0.2, footer: 0.2 };

/** A4 in points. */
const A4 = { short: 595.3, long: 841.9 };

/** Smallest printed text size, in points, that a producer reads without a magnifier. */
export const MIN_PRINTED_POINTS = 8;
/** Excel's and exceljs' default font size (Calibri 11). */
export const DEFAULT_FONT_POINTS = 11;
/**
 * Width in points of one unit of column width at 100 %: LibreOffice prints a column of width w about
 * 7·w points wide with DejaVu Sans (the font it falls back to without Calibri), Excel 5.25·w + 3.75
 * with Calibri. The wider of the two is planned for, so that both print at 8 pt or more.
 */
export const POINTS_PER_WIDTH_UNIT = 7;
/** Default row height in points (Excel and LibreOffice for an 11 pt font). */
export const ROW_POINTS = 15;
/** Room kept under the scale found, for each engine's own rounding of columns and scale. */
const SCALE_ROOM = 1.02;

/** What a sheet declares about its printing; `printSetup` resolves it for a given content. */
export interface PrintContract {
  landscape: boolean;
  repeatRows?: number;
  repeatColumns?: number;
  /** First printed row, 0-based (default 0: the title). */
  firstRow?: number;
  /** Last printed column, 0-based (columns after it stay off paper); default: the last column with a width or a value. */
  lastColumn?: number;
  /** Rows below the content that the print area also covers (input sheets: rows the user will type). */
  extraRows?: number;
  /** A new page starts at each row whose first cell's text matches, the first such row aside. */
  pageStarts?: RegExp;
  /**
   * The print area ends before the first row whose first cell's text matches: what follows is for the
   * screen (a list thousands of lines long, filtered there, never printed whole).
   */
  endsBefore?: RegExp;
  /** Pages across; by default the fewest at which the smallest text still prints at 8 pt or more. */
  pagesWide?: number;
}

/** What `printSetup` needs to know of a sheet's content, whichever host holds it. */
export interface SheetView {
  /** Rows with content: the last row holding a value or part of a merged area, + 1. */
  rowCount: number;
  /** Column widths in characters (0 or missing: the default 8.43). */
  widths: readonly number[];
  /** Text of column A of a row (undefined when empty or not text). */
  firstCell(row: number): string | undefined;
  /** Smallest font size (points) of a cell holding a value, over the rows from `firstRow` and columns to `lastColumn`. */
  smallestFont(firstRow: number, lastColumn: number): number;
  /** Last column holding a value, 0-based. */
  lastColumn: number;
}

const DEFAULT_WIDTH = 8.43;

export function columnPoints(width: number | undefined): number {
  return (width && width > 0 ? width : DEFAULT_WIDTH) * POINTS_PER_WIDTH_UNIT;
}

/** Printable width in points of an A4 page. */
export function printableWidth(landscape: boolean, margins: Margins = MARGINS): number {
  return (landscape ? A4.long : A4.short) - (margins.left + margins.right) * 72;
}

/** The smallest scale at which text of `smallestFont` points prints at 8 points or more. */
export function minimumScale(smallestFont: number): number {
  return Math.min(1, (MIN_PRINTED_POINTS / smallestFont) * SCALE_ROOM);
}

/**
 * Pages across that columns `0..last` need at `scale`: columns are laid out page by page (a column is
 * never cut), the first `repeat` columns printed again on every page.
 */
export function pagesAcross(widths: readonly number[], last: number, repeat: number, landscape: boolean, scale: number): number {
  const room = printableWidth(landscape) / scale;
  let repeated = 0;
  for (let c = 0; c < Math.min(repeat, last + 1); c++) repeated += columnPoints(widths[c]);
  let pages = 1;
  let used = repeated;
  for (let c = Math.min(repeat, last + 1); c <= last; c++) {
    const w = columnPoints(widths[c]);
    if (used + w > room && used > repeated) {
      pages++;
      used = repeated;
    }
    used += w;
  }
  return pages;
}

/** Rows that start a page: every row whose first cell matches, the first one aside. */
export function pageStartRows(view: SheetView, pattern: RegExp | undefined): number[] {
  if (!pattern) return [];
  const rows: number[] = [];
  for (let r = 0; r < view.rowCount; r++) {
    const text = view.firstCell(r);
    if (text !== undefined && pattern.test(text)) rows.push(r);
  }
  return rows.slice(1);
}

function firstMatchingRow(view: SheetView, pattern: RegExp): number | undefined {
  for (let r = 0; r < view.rowCount; r++) {
    const text = view.firstCell(r);
    if (text !== undefined && pattern.test(text)) return r;
  }
  return undefined;
}

/** The last row before `row` whose first cell holds text (the blank rows between two parts stay off paper). */
function lastFilledRowBefore(view: SheetView, row: number): number {
  for (let r = row - 1; r > 0; r--) if (view.firstCell(r) !== undefined) return r;
  return 0;
}

/** The page setup of a sheet's content under its contract. */
export function printSetup(contract: PrintContract, view: SheetView): PrintSetup {
  const last = contract.lastColumn ?? Math.max(view.lastColumn, view.widths.length - 1, 0);
  const repeat = contract.repeatColumns ?? 0;
  const pagesWide = contract.pagesWide ?? pagesAcross(view.widths, last, repeat, contract.landscape, minimumScale(view.smallestFont(contract.firstRow ?? 0, last)));
  const end = contract.endsBefore ? firstMatchingRow(view, contract.endsBefore) : undefined;
  const bottom = end !== undefined ? Math.max(0, lastFilledRowBefore(view, end)) : Math.max(0, view.rowCount - 1 + (contract.extraRows ?? 0));
  return {
    landscape: contract.landscape,
    fitToWidth: true,
    pagesWide,
    repeatRows: contract.repeatRows,
    repeatColumns: pagesWide > 1 && repeat > 0 ? repeat : undefined,
    rowBreaks: pageStartRows(view, contract.pageStarts),
    // Rows absolute (`A$1`): a relative print area is read relative to the cursor by LibreOffice.
    area: `${columnLetters(0)}$${(contract.firstRow ?? 0) + 1}:${a1(bottom, last).replace(/(\d+)$/, "$$$1")}`,
    margins: MARGINS,
  };
}

/** The view `printSetup` takes of a SheetModel (a sheet being built). */
export function modelView(model: SheetModel): SheetView {
  let lastColumn = 0;
  let lastRow = -1;
  const fonts: { row: number; col: number; size: number }[] = [];
  model.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell || (cell.formula === undefined && (cell.value === null || cell.value === undefined || cell.value === ""))) return;
      lastRow = r;
      lastColumn = Math.max(lastColumn, c);
      if (cell.style?.fontSize && cell.style.fontSize < DEFAULT_FONT_POINTS) fonts.push({ row: r, col: c, size: cell.style.fontSize });
    }),
  );
  // A merged area (a signature box) prints even when empty.
  for (const m of model.merges ?? []) {
    const range = parseRange(m);
    if (range) lastRow = Math.max(lastRow, range.bottom);
  }
  return {
    rowCount: lastRow + 1,
    widths: model.columnWidths ?? [],
    firstCell: (r) => {
      const v = model.rows[r]?.[0]?.value;
      return typeof v === "string" ? v : undefined;
    },
    smallestFont: (firstRow, last) => fonts.reduce((min, f) => (f.row >= firstRow && f.col <= last ? Math.min(min, f.size) : min), DEFAULT_FONT_POINTS),
    lastColumn,
  };
}

/**
 * Page setup of the .xlsx files exceljs writes (the file host, and the sheets rendered for Excel).
 * exceljs reads a file's page setup and print titles, but drops the manual page breaks (`<rowBreaks>`:
 * its worksheet reader parses them and leaves them out of the worksheet model, and its `<brk>` reader
 * keeps an attribute that does not exist). So:
 *
 * - at open, the breaks of every sheet are taken from the sheet's XML itself, as exceljs streams it
 *   (`keepRowBreaks`), so that a user's own breaks survive a command;
 * - before every save, each of Cap PAD's own sheets that declares a print contract
 *   (`src/sheets/contract/sheets.ts`) gets its page setup again from it (`reapplyPrintContracts`),
 *   resolved against what the sheet holds, whatever was read.
 */
import type ExcelJS from "exceljs";
import { ownedSheetSpec } from "../../sheets/contract/sheets";
import { isOwnedTitle, type PrintSetup } from "../../workbook/model";
import { DEFAULT_FONT_POINTS, printSetup, type SheetView } from "../../sheets/print";

/** A manual break as exceljs writes it: below 1-based row `id`, across every column. */
interface Break {
  id: number;
  max: number;
  man: number;
  min?: number;
}

const ALL_COLUMNS = 16383;
/** exceljs' `ValueType.Merge`: a cell of a merged area other than its first. */
const MERGE_CELL = 1;

/** Writes a resolved page setup on a worksheet (A4), replacing its manual row breaks. */
export function applyPageSetup(ws: ExcelJS.Worksheet, print: PrintSetup): void {
  const pagesWide = print.pagesWide ?? 1;
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: print.landscape ? "landscape" : "portrait",
    paperSize: 9, // A4
    fitToPage: Boolean(print.fitToWidth),
    fitToWidth: print.fitToWidth ? pagesWide : undefined,
    fitToHeight: print.fitToWidth ? 0 : undefined,
    scale: print.fitToWidth ? undefined : 100,
    margins: print.margins ?? ws.pageSetup.margins,
    printTitlesRow: print.repeatRows ? `1:${print.repeatRows}` : undefined,
    printTitlesColumn: print.repeatColumns ? `A:${columnLetter(print.repeatColumns - 1)}` : undefined,
    // exceljs writes a `$` before each corner itself (`$A$3` would become `$$A$3`, broken); the rows stay
    // absolute (`A$3` → `$A$3`): a relative print area is read relative to the cursor by LibreOffice.
    printArea: print.area?.split(":").map((corner) => corner.replace(/^\$/, "").replace(/^([A-Z]+)(\d)/, "$1$$$2")).join(":"),
  } as ExcelJS.PageSetup;
  // A break goes below the row before the one that starts a page.
  (ws as unknown as { rowBreaks: Break[] }).rowBreaks = (print.rowBreaks ?? []).filter((r) => r > 0).map((r) => ({ id: r, max: ALL_COLUMNS, man: 1 }));
}

function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** What the print contract needs of a worksheet: its rows, column widths, first column, fonts. */
export function worksheetView(ws: ExcelJS.Worksheet): SheetView {
  let rowCount = 0;
  let lastColumn = 0;
  const fonts: { row: number; col: number; size: number }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, number) =>
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // A merged area (a signature box) prints even when empty: its cells are exceljs' Merge cells.
      if (cell.type === MERGE_CELL) rowCount = Math.max(rowCount, number);
      if (cell.value === null || cell.value === undefined || cell.value === "") return;
      rowCount = Math.max(rowCount, number);
      lastColumn = Math.max(lastColumn, col - 1);
      const size = cell.font?.size;
      if (size && size < DEFAULT_FONT_POINTS) fonts.push({ row: number - 1, col: col - 1, size });
    }),
  );
  const widths: number[] = [];
  for (let c = 1; c <= Math.max(lastColumn + 1, ws.columnCount); c++) widths.push(ws.getColumn(c).width ?? 0);
  return {
    rowCount,
    widths,
    firstCell: (r) => {
      const v = ws.getCell(r + 1, 1).value;
      if (typeof v === "string") return v;
      const rich = (v as { richText?: { text: string }[] } | null)?.richText;
      return rich ? rich.map((t) => t.text).join("") : undefined;
    },
    smallestFont: (firstRow, last) => fonts.reduce((min, f) => (f.row >= firstRow && f.col <= last ? Math.min(min, f.size) : min), DEFAULT_FONT_POINTS),
    lastColumn,
  };
}

/** Before a save: every owned sheet's page setup from its contract, whatever the file held. */
export function reapplyPrintContracts(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    const a1 = ws.getCell(1, 1).value;
    if (typeof a1 !== "string" || !isOwnedTitle(a1)) continue;
    // An owned sheet that declares no contract keeps the setup it was written with (breaks included).
    const spec = ownedSheetSpec(ws.name, a1);
    if (spec) applyPageSetup(ws, printSetup(spec.print, worksheetView(ws)));
  }
}

/** exceljs' reader, as far as the worksheet stream goes (private API, checked before use). */
interface StreamingXlsx {
  _processWorksheetEntry?: (stream: AsyncIterable<unknown>, model: unknown, sheetNo: string, options: unknown, path: string) => Promise<void>;
  reconcile(model: { worksheets: ({ name?: string; sheetNo?: string | number } | undefined)[] }, options: unknown): void;
}

/**
 * Notes each worksheet's `<rowBreaks>` while exceljs reads the file, to put them back once loaded
 * (`restoreRowBreaks`), by sheet name. The worksheet's XML reaches exceljs as a stream of text chunks:
 * the chunks are kept, searched, and replayed unchanged to exceljs' own reader. Where exceljs' reader is
 * not the one this was written against, nothing is noted (owned sheets get their breaks from their
 * contract anyway).
 */
export function keepRowBreaks(wb: ExcelJS.Workbook): Map<string, Break[]> {
  const byName = new Map<string, Break[]>();
  const xlsx = wb.xlsx as unknown as StreamingXlsx;
  const original = xlsx._processWorksheetEntry?.bind(xlsx);
  if (!original) return byName;
  const bySheetNo = new Map<string, Break[]>();
  xlsx._processWorksheetEntry = async (stream, model, sheetNo, options, path) => {
    const chunks: unknown[] = [];
    for await (const chunk of stream) chunks.push(chunk);
    const breaks = parseRowBreaks(chunks.map((c) => (typeof c === "string" ? c : new TextDecoder().decode(c as Uint8Array))).join(""));
    if (breaks.length) bySheetNo.set(String(sheetNo), breaks);
    async function* replay(): AsyncGenerator<unknown> {
      yield* chunks;
    }
    await original(replay(), model, sheetNo, options, path);
  };
  const reconcile = xlsx.reconcile.bind(xlsx);
  xlsx.reconcile = (model, options) => {
    reconcile(model, options);
    // Sheet names are known once reconciled.
    for (const ws of model.worksheets) {
      const breaks = ws && bySheetNo.get(String(ws.sheetNo));
      if (breaks && ws.name) byName.set(ws.name, breaks);
    }
  };
  return byName;
}

/** `<rowBreaks count="2" manualBreakCount="2"><brk id="30" max="16383" man="1"/>…</rowBreaks>`. */
export function parseRowBreaks(xml: string): Break[] {
  const start = xml.indexOf("<rowBreaks");
  if (start < 0) return [];
  const end = xml.indexOf("</rowBreaks>", start);
  const block = xml.slice(start, end < 0 ? undefined : end);
  const out: Break[] = [];
  for (const m of block.matchAll(/<brk\b([^>]*?)\/?>/g)) {
    const attr = (name: string): number | undefined => {
      const a = new RegExp(`\\b${name}="(\\d+)"`).exec(m[1]);
      return a ? Number(a[1]) : undefined;
    };
    const id = attr("id");
    if (id === undefined) continue;
    const brk: Break = { id, max: attr("max") ?? ALL_COLUMNS, man: attr("man") ?? 1 };
    const min = attr("min");
    if (min) brk.min = min;
    out.push(brk);
  }
  return out;
}

/** Puts the breaks noted while reading back on their worksheets. */
export function restoreRowBreaks(wb: ExcelJS.Workbook, byName: ReadonlyMap<string, Break[]>): void {
  for (const [name, breaks] of byName) {
    const ws = wb.getWorksheet(name);
    if (ws) (ws as unknown as { rowBreaks: Break[] }).rowBreaks = breaks.map((b) => ({ ...b }));
  }
}

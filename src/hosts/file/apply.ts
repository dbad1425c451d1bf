/**
 * Applies a Patch to an exceljs workbook, after the guard: computed columns are written cell by cell
 * (only cells whose value changes, so a second run writes nothing), rows are appended below tables,
 * report sheets are replaced, templates are inserted without overwriting anything.
 */
import type ExcelJS from "exceljs";
import { numberFormatOf } from "../../sheets/spec";
import { tableSpec } from "../../sheets/contract";
import { findColumn } from "../../sheets/spec";
import type { SheetModel } from "../../workbook/model";
import { isCellError, isDayValue, sameValue, type CellValue, type OutValue } from "../../workbook/values";
import { serialFromDay } from "../../core/dates/civil";
import { a1, parseRange } from "../../sheets/address";
import { assertExtendable, assertRowsUnchanged, headerIndex, keyOf, PatchRefusedError, rowKeysMade, type AppendOp, type ApplyResult, type ColumnsOp, type ExtendOp, type Patch } from "../../workbook/patch";
import { assertPatchAllowed } from "../../sheets/patchGuard";
import { findTable, type Snapshot, type TableSnapshot } from "../../workbook/snapshot";
import { readBelow, readSnapshot, readTable, tablesOf, cellValueOf, valueOfCell } from "./read";
import { exceljsValue, renderSheet, setNumFmt } from "../xlsx/render";
import { isDate1904 } from "../xlsx/workbook";
import { ROW_POINTS } from "../../sheets/print";
import { wrappedLines } from "../../sheets/wrap";

export async function applyPatch(wb: ExcelJS.Workbook, patch: Patch, snapshot: Snapshot): Promise<ApplyResult> {
  assertPatchAllowed(patch, snapshot);
  const result: ApplyResult = { cellsWritten: 0, rowsAppended: 0, rowsTakenIn: 0, sheetsWritten: [], renamed: {} };
  const date1904 = isDate1904(wb);
  // Rows typed under a table are taken into it first (checked against the rows under it now): the
  // command computed on them as the table's last rows, so its other ops expect them there.
  const extensions = patch.ops.filter((op): op is ExtendOp => op.kind === "extend");
  for (const op of extensions) {
    const found = findTableSheet(wb, op.table);
    assertExtendable(op, frameTable(tableFrame(wb, op.table, date1904)), found ? (readBelow(found.ws, found.t, tablesOf(found.ws), date1904)?.rows ?? []) : []);
  }
  for (const op of extensions) {
    growTable(findTableSheet(wb, op.table)!, op.rows);
    result.rowsTakenIn += op.rows;
  }
  // Everything else is checked against the workbook as it is now before the first cell is written:
  // the key columns only (the rows' count for an append), not the whole table again.
  const frames = new Map<ColumnsOp, TableFrame>();
  for (const op of patch.ops) {
    if (op.kind !== "columns" && op.kind !== "append") continue;
    const frame = tableFrame(wb, op.table, date1904);
    const keys = op.kind === "columns" && frame ? (keysAsRead(frame, op, findTable(snapshot, op.table), date1904) ? op.expectedKeys : keysNow(frame, op.keyColumns, date1904)) : undefined;
    assertRowsUnchanged(op, frameTable(frame), keys);
    if (op.kind === "columns") frames.set(op, frame!);
  }

  for (const [op, frame] of frames) result.cellsWritten += writeColumns(frame, op, date1904);
  for (const op of patch.ops) if (op.kind === "append") result.rowsAppended += appendRows(wb, op, date1904);
  for (const op of patch.ops) {
    if (op.kind === "sheet") {
      await renderSheet(wb, op.sheet, { replace: true });
      result.sheetsWritten.push(op.sheet.name);
    } else if (op.kind === "template") {
      for (const sheet of op.sheets) {
        const name = freeSheetName(wb, sheet.name);
        if (name !== sheet.name) result.renamed[sheet.name] = name;
        await renderSheet(wb, retarget(sheet, name), { name });
        result.sheetsWritten.push(name);
      }
    }
  }
  return result;
}

function findTableSheet(wb: ExcelJS.Workbook, table: string): { ws: ExcelJS.Worksheet; t: ReturnType<typeof tablesOf>[number] } | undefined {
  const lower = table.toLowerCase();
  for (const ws of wb.worksheets) for (const t of tablesOf(ws)) if (t.name.toLowerCase() === lower) return { ws, t };
  return undefined;
}

/** Where a table is now: its sheet, header row and first column (0-based), headers and data rows' count. */
interface TableFrame {
  name: string;
  ws: ExcelJS.Worksheet;
  headerRow: number;
  left: number;
  headers: string[];
  rowCount: number;
}

/** The table's frame, read from its header row and reference alone (undefined: gone, or without headers). */
function tableFrame(wb: ExcelJS.Workbook, table: string, date1904: boolean): TableFrame | undefined {
  const found = findTableSheet(wb, table);
  const range = found ? parseRange(found.t.ref) : undefined;
  if (!found || !range || !found.t.headerRow) return undefined;
  const header = found.ws.getRow(range.top + 1);
  const headers: string[] = [];
  for (let c = range.left; c <= range.right; c++) {
    const { value } = cellValueOf(header.getCell(c + 1), date1904);
    headers.push(value === null ? "" : typeof value === "object" ? value.error : String(value));
  }
  const rowCount = range.bottom - (found.t.totalsRow ? 1 : 0) - range.top;
  return { name: found.t.name, ws: found.ws, headerRow: range.top, left: range.left, headers, rowCount };
}

/** The frame as the guard takes it (`assertRowsUnchanged`, `assertExtendable` count its rows; keys are read apart). */
function frameTable(frame: TableFrame | undefined): TableSnapshot | undefined {
  if (!frame) return undefined;
  return { name: frame.name, sheet: frame.ws.name, headerRow: frame.headerRow, left: frame.left, headers: frame.headers, rows: Array.from({ length: frame.rowCount }, () => []) };
}

/**
 * The rows' keys as the workbook has them now, from the key columns' cells only: reading the whole
 * table again (every column of 19,765 séances and 5,000 tasks) to check them cost more than the writes.
 */
function keysNow(frame: TableFrame, keyColumns: readonly string[], date1904: boolean): string[] {
  const columns = keyColumns.map((h) => headerIndex(frame.headers, h));
  const keys: string[] = [];
  const values: CellValue[] = columns.map(() => null);
  for (let i = 0; i < frame.rowCount; i++) {
    const row = frame.ws.getRow(frame.headerRow + 2 + i);
    columns.forEach((j, k) => (values[k] = j < 0 ? null : cellValueOf(row.getCell(frame.left + j + 1), date1904).value));
    keys.push(keyOf(values));
  }
  return keys;
}

/**
 * Do the key cells still hold what the Snapshot read, and are the op's keys those of that read (the very
 * array `rowKeys` made for it)? Then the keys now are the expected ones without being made again. On the
 * year's workbook (the check's columns ops over 19,765 séances, 5,000 tasks…, applied again with nothing
 * to write) the apply took 314 ms rebuilding every key as text, 140 ms comparing the cells to the values
 * read (medians of 7, a loaded machine). Any cell that differs, a table that moved or grew, a patch made
 * from another read: the keys are made and compared as before.
 */
function keysAsRead(frame: TableFrame, op: ColumnsOp, read: TableSnapshot | undefined, date1904: boolean): boolean {
  if (!read || read.headerRow !== frame.headerRow || read.left !== frame.left || read.rows.length !== frame.rowCount) return false;
  if (read.headers.length !== frame.headers.length || read.headers.some((h, i) => h !== frame.headers[i])) return false;
  if (rowKeysMade(read, op.keyColumns) !== op.expectedKeys) return false;
  const columns = op.keyColumns.map((h) => headerIndex(frame.headers, h)).filter((j) => j >= 0);
  for (let i = 0; i < frame.rowCount; i++) {
    const row = frame.ws.getRow(frame.headerRow + 2 + i);
    const was = read.rows[i];
    for (const j of columns) {
      const cell = row.getCell(frame.left + j + 1);
      const now = valueOfCell(cell, cell.value, date1904);
      const before = was[j] as CellValue;
      if (now !== before && !(isCellError(now) && isCellError(before) && now.error === before.error)) return false;
    }
  }
  return true;
}

function writeColumns(frame: TableFrame, op: ColumnsOp, date1904: boolean): number {
  const spec = tableSpec(op.table)!;
  let written = 0;
  for (const col of op.columns) {
    const j = headerIndex(frame.headers, col.header);
    if (j < 0) continue; // the column was removed by the user: nothing to write, the check said so
    const numFmt = numberFormatOf(findColumn(spec, col.header)!);
    col.values.forEach((v, i) => {
      if (v === undefined) return; // not this command's row to write
      const cell = frame.ws.getRow(frame.headerRow + 2 + i).getCell(frame.left + j + 1);
      // Inside a merged area, only its first cell holds a value: exceljs would carry the write to that
      // cell, which may be one the user typed (a comment merged over the computed column beside it).
      if (cell.isMerged && cell.master !== cell) return;
      const current = cellValueOf(cell, date1904);
      if (current.formula === null && sameValue(current.value, asStored(v, date1904))) return;
      cell.value = exceljsValue(v, date1904);
      if (numFmt && (!cell.numFmt || cell.numFmt === "General")) setNumFmt(cell, numFmt);
      written++;
    });
  }
  return written;
}

function asStored(v: OutValue, date1904: boolean): CellValue {
  if (isDayValue(v)) return serialFromDay(v.day, date1904) ?? null;
  return v;
}

function appendRows(wb: ExcelJS.Workbook, op: AppendOp, date1904: boolean): number {
  if (op.rows.length === 0) return 0;
  const found = findTableSheet(wb, op.table)!;
  if (found.t.totalsRow) throw new PatchRefusedError(`la table ${op.table} a une ligne de totaux : ajout impossible`);
  const snap = readTable(found.ws, found.t, date1904)!;
  const firstNew = snap.headerRow + 1 + snap.rows.length; // 0-based sheet row of the first appended row
  // Never write over what the user has below the table.
  for (let i = 0; i < op.rows.length; i++)
    for (let j = 0; j < snap.headers.length; j++) {
      const v = cellValueOf(found.ws.getCell(firstNew + i + 1, snap.left + j + 1), date1904).value;
      if (v !== null && v !== "")
        throw new PatchRefusedError(`des cellules sous la table ${op.table} ne sont pas vides (ligne ${firstNew + i + 1}) : déplacez-les puis relancez`);
    }
  // A single blank data row (a fresh template) is filled instead of left empty above the new rows.
  let start = firstNew;
  if (snap.rows.length === 1 && snap.rows[0].every((v) => v === null || v === "")) start = firstNew - 1;
  // A merged cell there would carry a value into its first cell (another column, or a row the user typed).
  for (let i = 0; i < op.rows.length; i++)
    for (let j = 0; j < snap.headers.length; j++) {
      const cell = found.ws.getCell(start + i + 1, snap.left + j + 1);
      if (cell.isMerged)
        throw new PatchRefusedError(`des cellules fusionnées (${found.ws.name}!${cell.address}) empêchent d'ajouter une ligne à la table ${op.table} : défusionnez-les puis relancez`);
    }
  // The table's last row gives the new rows their formats (number format, alignment, wrap, fill,
  // font, borders), as Excel does when a table grows: `cappad production`'s tasks line up with the rest.
  const styleRow = found.ws.getRow(snap.headerRow + 1 + Math.max(1, snap.rows.length));
  op.rows.forEach((row, i) => {
    snap.headers.forEach((h, j) => {
      const cell = found.ws.getCell(start + i + 1, snap.left + j + 1);
      const src = styleRow.getCell(snap.left + j + 1);
      if (cell !== src) cell.style = JSON.parse(JSON.stringify(src.style ?? {})) as Partial<ExcelJS.Style>;
      const key = Object.keys(row).find((k) => headerIndex([h], k) === 0);
      if (key !== undefined) cell.value = exceljsValue(row[key], date1904);
    });
  });
  for (let i = 0; i < op.rows.length; i++) fitRowHeight(found.ws, start + i + 1, snap.left, snap.headers.length);
  growTable(found, start + op.rows.length - (snap.headerRow + 1 + snap.rows.length));
  return op.rows.length;
}

/** Moves a table's last row `rows` rows down: the rows under it become its own (no cell is written). */
function growTable(found: { ws: ExcelJS.Worksheet; t: ReturnType<typeof tablesOf>[number] }, rows: number): void {
  const range = parseRange(found.t.ref)!;
  const model = tableModel(found.ws, found.t.name);
  const [from] = found.t.ref.split(":");
  const to = a1(range.bottom + rows, range.right);
  model.tableRef = `${from}:${to}`;
  model.ref = from;
  if (model.autoFilterRef) model.autoFilterRef = `${from}:${to}`;
  found.t.ref = `${from}:${to}`;
}

/**
 * A row whose wrapped cells (task names, resources) hold more than a line gets their height: LibreOffice
 * keeps a row's height as the file says, and the text would print cut (Excel fits it on opening).
 */
export function fitRowHeight(ws: ExcelJS.Worksheet, row: number, left: number, count: number): void {
  let lines = 1;
  for (let j = 0; j < count; j++) {
    const cell = ws.getCell(row, left + j + 1);
    if (cell.alignment?.wrapText && typeof cell.value === "string") lines = Math.max(lines, wrappedLines(cell.value, ws.getColumn(left + j + 1).width ?? DEFAULT_WIDTH));
  }
  if (lines > 1) ws.getRow(row).height = lines * ROW_POINTS;
}

const DEFAULT_WIDTH = 8.43;

/** The model object exceljs keeps for a table (loaded or added), whose refs it writes back. */
function tableModel(ws: ExcelJS.Worksheet, name: string): Record<string, string> {
  const t = ws.getTable(name) as unknown as { table?: Record<string, string> };
  return (t.table ?? (t as unknown as Record<string, string>));
}

function freeSheetName(wb: ExcelJS.Workbook, name: string): string {
  if (!wb.getWorksheet(name)) return name;
  for (let i = 2; ; i++) {
    const candidate = `${name.slice(0, 26)} (${i})`;
    if (!wb.getWorksheet(candidate)) return candidate;
  }
}

function retarget(sheet: SheetModel, name: string): SheetModel {
  return name === sheet.name ? sheet : { ...sheet, name };
}

export { readSnapshot };

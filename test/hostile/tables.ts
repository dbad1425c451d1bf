/**
 * Tables of an exceljs workbook as the hostile generator reshapes them: found by name, read as a grid
 * (headers, cell values with their number formats, column models), and written back anywhere — on
 * another sheet, at another place, under another name, with columns removed, added or shuffled, or
 * with thousands of rows. exceljs keeps a loaded table as a model it writes back as is, so the cells and
 * the model (`tableRef`, columns) are changed together, as Excel itself would keep them.
 */
import type ExcelJS from "exceljs";
import { parseRange, rangeA1 } from "../../src/sheets/address";

/** The model exceljs writes for a table. */
export interface TableModel {
  name: string;
  displayName?: string;
  tableRef: string;
  ref?: string;
  autoFilterRef?: string;
  columns: { name: string; [k: string]: unknown }[];
  totalsRow?: boolean;
  [k: string]: unknown;
}

export interface TableRef {
  ws: ExcelJS.Worksheet;
  model: TableModel;
  name: string;
  /** 0-based header row and columns; `bottom` is the last data row (no totals row in Cap PAD's tables). */
  top: number;
  left: number;
  right: number;
  bottom: number;
}

interface TableObject {
  table?: TableModel;
  worksheet?: ExcelJS.Worksheet;
}

function tablesOfSheet(ws: ExcelJS.Worksheet): Record<string, TableObject> {
  return (ws as unknown as { tables: Record<string, TableObject> }).tables;
}

function modelOf(entry: TableObject): TableModel {
  return (entry.table ?? entry) as TableModel;
}

export function tableRefs(wb: ExcelJS.Workbook): TableRef[] {
  const out: TableRef[] = [];
  for (const ws of wb.worksheets)
    for (const entry of Object.values(tablesOfSheet(ws))) {
      const model = modelOf(entry);
      const r = parseRange(model.tableRef);
      if (!r) continue;
      out.push({ ws, model, name: model.name, top: r.top, left: r.left, right: r.right, bottom: r.bottom - (model.totalsRow ? 1 : 0) });
    }
  return out;
}

export function findTableRef(wb: ExcelJS.Workbook, name: string): TableRef | undefined {
  return tableRefs(wb).find((t) => t.name.toLowerCase() === name.toLowerCase());
}

export function dataRowCount(t: TableRef): number {
  return t.bottom - t.top;
}

/** The exceljs cell of data row `row` (0-based), column `col` (0-based inside the table). */
export function dataCell(t: TableRef, row: number, col: number): ExcelJS.Cell {
  return t.ws.getCell(t.top + 2 + row, t.left + col + 1);
}

export function headersOf(t: TableRef): string[] {
  return t.model.columns.map((c) => c.name);
}

/** Renames a header in the model and in its cell (Excel keeps both the same). */
export function renameHeader(t: TableRef, col: number, name: string): void {
  t.model.columns[col].name = name;
  t.ws.getCell(t.top + 1, t.left + col + 1).value = name;
}

export function renameTable(t: TableRef, name: string): void {
  const tables = tablesOfSheet(t.ws);
  const entry = tables[t.name] ?? Object.values(tables).find((e) => modelOf(e) === t.model);
  delete tables[t.name];
  t.model.name = name;
  t.model.displayName = name;
  if (entry) tables[name] = entry;
  t.name = name;
}

export interface GridCell {
  value: ExcelJS.CellValue;
  numFmt?: string;
}

/** A table's content, detached from its place. */
export interface Grid {
  columns: TableModel["columns"];
  rows: GridCell[][];
}

export function gridOf(t: TableRef): Grid {
  const rows: GridCell[][] = [];
  for (let r = 0; r < dataRowCount(t); r++)
    rows.push(
      t.model.columns.map((_, j) => {
        const cell = dataCell(t, r, j);
        return { value: cell.type === 1 ? null : (cell.value as ExcelJS.CellValue), numFmt: cell.numFmt };
      }),
    );
  return { columns: t.model.columns.map((c) => ({ ...c })), rows };
}

/** Empties the cells a table covers (header and data), unmerging them first. */
function clearArea(t: TableRef): void {
  for (let r = t.top; r <= t.bottom; r++)
    for (let c = t.left; c <= t.right; c++) {
      const cell = t.ws.getCell(r + 1, c + 1);
      if (cell.isMerged) t.ws.unMergeCells(cell.address);
      cell.value = null;
    }
}

/**
 * Puts a grid back as table `t`, at `at` (another sheet or place), keeping its name unless told.
 * A grid needs at least one row: a table without data rows is written with one blank row, as Excel
 * keeps it.
 */
export function placeGrid(t: TableRef, grid: Grid, at: { ws: ExcelJS.Worksheet; top: number; left: number }): TableRef {
  clearArea(t);
  const rows: GridCell[][] = grid.rows.length > 0 ? grid.rows : [grid.columns.map(() => ({ value: null }))];
  grid.columns.forEach((c, j) => (at.ws.getCell(at.top + 1, at.left + j + 1).value = c.name));
  rows.forEach((row, i) =>
    row.forEach((g, j) => {
      const cell = at.ws.getCell(at.top + i + 2, at.left + j + 1);
      cell.value = g.value;
      if (g.numFmt) cell.numFmt = g.numFmt;
    }),
  );
  const ref = rangeA1(at.top, at.left, at.top + rows.length, at.left + grid.columns.length - 1);
  t.model.columns = grid.columns;
  t.model.tableRef = ref;
  t.model.ref = ref.split(":")[0];
  if (t.model.autoFilterRef) t.model.autoFilterRef = ref;
  if (at.ws !== t.ws) {
    const from = tablesOfSheet(t.ws);
    const entry = from[t.name] ?? Object.values(from).find((e) => modelOf(e) === t.model);
    delete from[t.name];
    if (entry) {
      if (entry.worksheet) entry.worksheet = at.ws;
      tablesOfSheet(at.ws)[t.name] = entry;
    }
  }
  return { ws: at.ws, model: t.model, name: t.name, top: at.top, left: at.left, right: at.left + grid.columns.length - 1, bottom: at.top + rows.length };
}

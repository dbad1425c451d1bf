/**
 * Applies a Patch through Office.js with the file host's semantics (`src/hosts/file/apply.ts`):
 *
 * - sync 2 re-reads what the patch is about to touch: the header row, the position and the key
 *   columns of every table it writes (and the target cells' formulas and number formats, to write only
 *   what changes), the row count and the rows below a table it appends to, A1 and the position of every
 *   sheet it replaces, the sheet, table and defined names. Then the guard runs against this fresh read:
 *   `assertPatchAllowed`, `assertRowsUnchanged`; on any mismatch nothing is written and the error
 *   (RowsChangedError, PatchRefusedError) propagates;
 * - sync 3 writes everything, after `suspendApiCalculationUntilNextSync`: only the changed cells of
 *   computed columns (runs of consecutive rows), appended rows, report sheets (the old owned sheet is
 *   deleted and the new one built at the same position), templates (the exceljs rendering inserted with
 *   `insertWorksheetsFromBase64` where ExcelApi 1.13 exists, else built through the API), settings.
 *
 * Writes are split so that no request passes Excel on the web's 5 MB limit: a normal patch takes
 * exactly one write sync, a very large one a few more. Text that Excel would reinterpret (starting with
 * `=`, `+`, `-`, `@`, or looking like a number or a date) is written after formatting its cell as text.
 */
import type { Alert } from "../../core/alerts";
import { tableSpec } from "../../sheets/contract";
import { adoptTypedRows } from "../../sheets/typedRows";
import { isOwnedTitle, type SheetModel } from "../../workbook/model";
import { findColumn, numberFormatOf } from "../../sheets/spec";
import { assertPatchAllowed, assertTypedFormulaKept } from "../../sheets/patchGuard";
import { normalizeHeader } from "../../workbook/snapshot";
import { sameValue, type CellValue, type OutValue } from "../../workbook/values";
import {
  assertExtendable,
  assertRowsUnchanged,
  headerIndex,
  PatchRefusedError,
  RowsChangedError,
  type AppendOp,
  type ApplyResult,
  type ColumnsOp,
  type ExtendOp,
  type Patch,
  type PatchOp,
  type SheetOp,
  type TemplateOp,
} from "../../workbook/patch";
import { findTable, type SheetInfo, type Snapshot, type TableSnapshot } from "../../workbook/snapshot";
import { jsonBytes, RESPONSE_BUDGET, slices, WriteBatch } from "./batch";
import { INSERT_FROM_BASE64_API, isExcelApiSupported, PRINT_API } from "./requirements";
import { nameTaken, writeSheet } from "./sheetWriter";
import { bytesToBase64, cellValueFromExcel, excelValue, mustWriteAsText, storedValue, type ExcelScalar } from "./values";

export interface ExcelApplyResult extends ApplyResult {
  /** Estimated size of each write request (bytes); one entry per write sync. */
  writeRequests: number[];
  /** How templates went in: the exceljs file through insertWorksheetsFromBase64, or built through the API. */
  templateMethod?: "base64" | "api";
  /** French notes about what could not be done on this Excel (print setup on an old version…). */
  warnings: string[];
}

export interface ApplyOutcome {
  result: ExcelApplyResult;
  /** Alerts found while writing (a report sheet's name taken by a sheet that is not Cap PAD's). */
  alerts: Alert[];
}

export interface ApplyOptions {
  /** Build templates through the API even where insertWorksheetsFromBase64 exists (tests compare both). */
  templatesThroughApi?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Sync 2: what the guard re-reads

interface ColumnSlot {
  header: string;
  /** Column index in the sync-1 headers (and, checked, in the fresh ones). */
  j: number;
}

interface ColumnsGuard {
  op: ColumnsOp;
  snap: TableSnapshot;
  table: Excel.Table;
  headerRow: Excel.Range;
  body: Excel.Range;
  sheet: Excel.Worksheet;
  keys: (ColumnSlot & { values: unknown[] })[];
  targets: (ColumnSlot & { formulas: unknown[]; formats: unknown[]; column: ColumnsOp["columns"][number] })[];
}

/** A typed cell about to be written that holds a formula now: refused for the commands that keep them (patchGuard.ts). */
function checkTypedFormulas(command: string, g: ColumnsGuard): void {
  for (const t of g.targets)
    t.column.values.forEach((v, i) => {
      const f = t.formulas[i];
      if (v !== undefined && typeof f === "string" && f.startsWith("=") && g.snap.rows[i]?.[t.j] !== f) assertTypedFormulaKept(command, g.op.table, t.column.header, i);
    });
}

interface AppendGuard {
  op: AppendOp;
  table: Excel.Table;
  headerRow: Excel.Range;
  body: Excel.Range;
  firstRow: Excel.Range;
  below?: Excel.Range;
  sheet: Excel.Worksheet;
}

interface ExtendGuard {
  op: ExtendOp;
  table: Excel.Table;
  headerRow: Excel.Range;
  body: Excel.Range;
  below: Excel.Range;
}

interface SheetGuard {
  op: SheetOp;
  ws: Excel.Worksheet;
  a1: Excel.Range;
}

interface TableProbe {
  name: string;
  table: Excel.Table;
  sheet: Excel.Worksheet;
}

interface Guards {
  extends: ExtendGuard[];
  columns: ColumnsGuard[];
  appends: AppendGuard[];
  sheets: SheetGuard[];
  tables: TableProbe[];
  worksheets?: Excel.WorksheetCollection;
  names?: Excel.NamedItemCollection;
}

/**
 * Queues the reads that check the workbook before a patch writes (one sync answers them all): per op,
 * the table or sheet it touches; for sheet and template ops, the workbook's sheets and names.
 */
function queueGuards(context: Excel.RequestContext, patch: Patch, snapshot: Snapshot): Guards {
  const q: GuardQueue = { wb: context.workbook, guards: { extends: [], columns: [], appends: [], sheets: [], tables: [] }, growth: tableGrowth(patch) };
  const { guards } = q;
  for (const op of patch.ops) {
    if (op.kind === "columns") guards.columns.push(guardColumns(q, op, snapshot));
    else if (op.kind === "append") guards.appends.push(guardAppend(q, op));
    else if (op.kind === "extend") guards.extends.push(guardExtend(q.wb, op));
    else if (op.kind === "sheet") guards.sheets.push(guardSheet(q, op));
    else if (op.kind === "template") for (const s of op.sheets) for (const t of s.tables ?? []) probeTable(q, t.name);
  }
  if (patch.ops.some((op) => op.kind === "sheet" || op.kind === "template")) {
    const worksheets = q.wb.worksheets;
    worksheets.load("items/name,items/visibility,items/position");
    const names = q.wb.names;
    names.load("items/name,items/formula");
    guards.worksheets = worksheets;
    guards.names = names;
  }
  return guards;
}

/** The guards being queued, and how many rows each table takes in from under it (lower-case name → rows). */
interface GuardQueue {
  wb: Excel.Workbook;
  guards: Guards;
  growth: Map<string, number>;
}

/** A table that takes in the rows typed under it: its other ops read it grown by them. */
function tableGrowth(patch: Patch): Map<string, number> {
  const growth = new Map<string, number>();
  for (const op of patch.ops) if (op.kind === "extend") growth.set(op.table.toLowerCase(), op.rows);
  return growth;
}

function grown(q: GuardQueue, range: Excel.Range, table: string): Excel.Range {
  const k = q.growth.get(table.toLowerCase()) ?? 0;
  return k > 0 ? range.getResizedRange(k, 0) : range;
}

/** The sheet a table is on (once per table name), to refuse a new sheet whose table name is taken. */
function probeTable(q: GuardQueue, name: string): void {
  if (q.guards.tables.some((t) => t.name.toLowerCase() === name.toLowerCase())) return;
  const table = q.wb.tables.getItemOrNullObject(name);
  // eslint-disable-next-line office-addins/call-sync-before-read -- `worksheet` is a navigation property: a proxy, no data to sync
  const sheet = table.worksheet;
  sheet.load("name");
  q.guards.tables.push({ name, table, sheet });
}

/** Computed columns: the table's header row and body, and where its key and target columns are in the snapshot. */
function guardColumns(q: GuardQueue, op: ColumnsOp, snapshot: Snapshot): ColumnsGuard {
  const snap = findTable(snapshot, op.table);
  if (!snap) throw new RowsChangedError(op.table);
  const table = q.wb.tables.getItemOrNullObject(op.table);
  table.load("name,showHeaders");
  const headerRow = table.getRange().getRow(0);
  headerRow.load("values");
  const body = grown(q, table.getDataBodyRange(), op.table);
  body.load("rowIndex,columnIndex,rowCount,columnCount");
  // eslint-disable-next-line office-addins/call-sync-before-read -- `worksheet` is a navigation property: a proxy, no data to sync
  const sheet = table.worksheet;
  sheet.load("name");
  const slot = (header: string): ColumnSlot | undefined => {
    const j = headerIndex(snap.headers, header);
    return j < 0 ? undefined : { header, j };
  };
  const keys = op.keyColumns.map(slot).filter((s): s is ColumnSlot => s !== undefined);
  const targets = op.columns.flatMap((column) => {
    const s = slot(column.header);
    return s ? [{ ...s, column }] : [];
  });
  return {
    op,
    snap,
    table,
    headerRow,
    body,
    sheet,
    keys: keys.map((k) => ({ ...k, values: [] })),
    targets: targets.map((t) => ({ ...t, formulas: [], formats: [] })),
  };
}

/** Appended rows: the table grown by what it takes in, its first row, and the rows under it that must be empty. */
function guardAppend(q: GuardQueue, op: AppendOp): AppendGuard {
  const table = q.wb.tables.getItemOrNullObject(op.table);
  table.load("name,showHeaders,showTotals");
  const whole = grown(q, table.getRange(), op.table);
  const headerRow = whole.getRow(0);
  headerRow.load("values");
  const body = grown(q, table.getDataBodyRange(), op.table);
  body.load("rowIndex,columnIndex,rowCount,columnCount");
  const firstRow = body.getRow(0);
  firstRow.load("values");
  let below: Excel.Range | undefined;
  if (op.rows.length > 0) {
    below = whole.getRowsBelow(op.rows.length);
    below.load("values");
  }
  // eslint-disable-next-line office-addins/call-sync-before-read -- `worksheet` is a navigation property: a proxy, no data to sync
  const sheet = table.worksheet;
  sheet.load("name");
  return { op, table, headerRow, body, firstRow, below, sheet };
}

/** A table taking in the rows typed under it: those rows, as the snapshot saw them. */
function guardExtend(wb: Excel.Workbook, op: ExtendOp): ExtendGuard {
  const table = wb.tables.getItemOrNullObject(op.table);
  table.load("name,showHeaders,showTotals");
  const headerRow = table.getRange().getRow(0);
  headerRow.load("values");
  const body = table.getDataBodyRange();
  body.load("rowCount");
  const below = table.getRange().getRowsBelow(op.rows);
  below.load("values");
  return { op, table, headerRow, body, below };
}

/** An owned sheet: the existing sheet of that name and its A1 (the owned marker), and its tables' names. */
function guardSheet(q: GuardQueue, op: SheetOp): SheetGuard {
  const ws = q.wb.worksheets.getItemOrNullObject(op.sheet.name);
  ws.load("name,position");
  const a1 = ws.getRange("A1");
  a1.load("values");
  const guard = { op, ws, a1 };
  for (const t of op.sheet.tables ?? []) probeTable(q, t.name);
  return guard;
}

/** A column slice of a table body: the whole column, or rows start..start+count-1. */
function columnSlice(body: Excel.Range, j: number, start: number, count: number, whole: boolean): Excel.Range {
  return whole ? body.getColumn(j) : body.getCell(start, j).getResizedRange(count - 1, 0);
}

/**
 * Queues the key and target column reads, in row windows when a table is too large for one answer.
 * Returns the groups of loads to sync one after the other (the first goes with the structural loads).
 */
function planColumnReads(guards: ColumnsGuard[]): { queue: () => () => void; bytes: number }[] {
  const out: { queue: () => () => void; bytes: number }[] = [];
  for (const g of guards) {
    const n = g.snap.rows.length;
    if (n === 0) continue;
    // Estimated answer per row: the key values as read in sync 1, the targets' formulas (about their
    // values) and number formats (the column's own, as the template set it, or "General"; a format the
    // user typed may be longer: the 10 % kept under the budget and Excel's 5 MB over it cover that). A
    // flat 26 bytes a format split a facility's year (5,000 tasks, 20,000 séances: 2.9 MB read) into
    // two syncs for an estimated 4.4 MB.
    const formatBytes = g.targets.map((t) => formatBytesOf(g.op.table, t.column.header));
    const rowBytes = (i: number): number =>
      g.keys.reduce((b, k) => b + jsonBytes(g.snap.rows[i][k.j]) + 1, 0) + g.targets.reduce((b, t, x) => b + jsonBytes(g.snap.rows[i][t.j]) + formatBytes[x], 0);
    const windows = slices(n, rowBytes, RESPONSE_BUDGET * 0.9);
    const whole = windows.length === 1;
    for (const w of windows) {
      let bytes = 0;
      for (let i = w.start; i < w.end; i++) bytes += rowBytes(i);
      out.push({
        bytes,
        queue: () => {
          const keyRanges = g.keys.map((k) => {
            const r = columnSlice(g.body, k.j, w.start, w.end - w.start, whole);
            r.load("values");
            return r;
          });
          const targetRanges = g.targets.map((t) => {
            const r = columnSlice(g.body, t.j, w.start, w.end - w.start, whole);
            r.load("formulas,numberFormat");
            return r;
          });
          return () => {
            g.keys.forEach((k, x) => k.values.push(...keyRanges[x].values.map((row) => row[0])));
            g.targets.forEach((t, x) => {
              t.formulas.push(...targetRanges[x].formulas.map((row) => row[0]));
              t.formats.push(...targetRanges[x].numberFormat.map((row) => row[0]));
            });
          };
        },
      });
    }
  }
  return out;
}

/** The number format the contract gives a table's column (undefined: none, Excel's "General"). */
function columnFormatOf(table: string, header: string): string | undefined {
  const spec = tableSpec(table);
  const colSpec = spec ? findColumn(spec, header) : undefined;
  return colSpec ? numberFormatOf(colSpec) : undefined;
}

/** Bytes of a column's number format in the guard's answer, with its separator. */
function formatBytesOf(table: string, header: string): number {
  return Math.max(jsonBytes(columnFormatOf(table, header) ?? "General"), jsonBytes("General")) + 1;
}

/** Sync 2 (and, for tables past the 5 MB answer, a few more): every guard read. */
async function readGuards(context: Excel.RequestContext, patch: Patch, snapshot: Snapshot): Promise<Guards> {
  const guards = queueGuards(context, patch, snapshot);
  const reads = planColumnReads(guards.columns);
  let collectors: (() => void)[] = [];
  let bytes = 0;
  for (const r of reads) {
    if (collectors.length > 0 && bytes + r.bytes > RESPONSE_BUDGET) {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB window of a huge table, never per row
      await context.sync();
      collectors.forEach((c) => c());
      collectors = [];
      bytes = 0;
    }
    collectors.push(r.queue());
    bytes += r.bytes;
  }
  await context.sync();
  collectors.forEach((c) => c());
  return guards;
}

// ---------------------------------------------------------------------------------------------
// The guard, against the fresh read

function occupiedAlert(sheet: string): Alert {
  return {
    code: "FEUILLE_OCCUPEE",
    severity: "warning",
    sheet,
    row: 0,
    id: "",
    cell: "",
    message: `La feuille « ${sheet} » existe déjà et n'a pas été créée par Cap PAD : renommez-la pour que Cap PAD puisse y écrire son rapport.`,
  };
}

function freshSnapshot(guards: Guards, snapshot: Snapshot): Snapshot {
  const a1 = new Map<string, string>();
  for (const g of guards.sheets) {
    if (g.ws.isNullObject) continue;
    const v = g.a1.values[0][0];
    a1.set(g.ws.name.toLowerCase(), typeof v === "string" ? v : "");
  }
  const sheets: SheetInfo[] = guards.worksheets
    ? guards.worksheets.items.map((ws) => {
        const info: SheetInfo = { name: ws.name, visible: ws.visibility === "Visible" };
        const known = a1.get(ws.name.toLowerCase());
        if (known !== undefined) info.a1 = known;
        return info;
      })
    : snapshot.sheets;
  const tables: Record<string, TableSnapshot> = {};
  for (const t of guards.tables)
    if (!t.table.isNullObject) tables[t.name] = { name: t.name, sheet: t.sheet.name, headerRow: 0, left: 0, headers: [], rows: [] };
  const names: Record<string, string> = {};
  if (guards.names) for (const n of guards.names.items) names[n.name] = String(n.formula ?? "").replace(/^=/, "");
  return { date1904: snapshot.date1904, sheets, tables, names: guards.names ? names : snapshot.names, settings: snapshot.settings };
}

function checkColumns(g: ColumnsGuard): void {
  if (g.table.isNullObject || !g.table.showHeaders) throw new RowsChangedError(g.op.table);
  const fresh = (g.headerRow.values[0] ?? []).map((v) => String(v ?? ""));
  // The columns read by position must still be the same columns.
  for (const s of [...g.keys, ...g.targets])
    if (normalizeHeader(fresh[s.j] ?? "") !== normalizeHeader(g.snap.headers[s.j] ?? "")) throw new RowsChangedError(g.op.table);
  const rowCount = g.body.rowCount;
  if (rowCount !== g.snap.rows.length || g.keys.some((k) => k.values.length !== rowCount)) throw new RowsChangedError(g.op.table);
  const rows: CellValue[][] = Array.from({ length: rowCount }, (_, i) => {
    const row: CellValue[] = fresh.map(() => null);
    for (const k of g.keys) row[k.j] = cellValueFromExcel(k.values[i]);
    return row;
  });
  assertRowsUnchanged(g.op, { ...g.snap, headers: fresh, rows });
}

function checkExtend(g: ExtendGuard): void {
  if (g.table.isNullObject || !g.table.showHeaders || g.table.showTotals) throw new RowsChangedError(g.op.table);
  const headers = (g.headerRow.values[0] ?? []).map((v) => String(v ?? ""));
  const current = { name: g.op.table, sheet: "", headerRow: 0, left: 0, headers, rows: Array.from({ length: g.body.rowCount }, () => []) };
  assertExtendable(g.op, current, g.below.values.map((row) => row.map(cellValueFromExcel)));
}

function checkAppend(g: AppendGuard): void {
  if (g.table.isNullObject || !g.table.showHeaders) throw new RowsChangedError(g.op.table);
  const rowCount = g.body.rowCount;
  assertRowsUnchanged(g.op, { name: g.op.table, sheet: g.sheet.name, headerRow: 0, left: 0, headers: [], rows: Array.from({ length: rowCount }, () => []) });
  if (g.op.rows.length === 0) return;
  if (g.table.showTotals) throw new PatchRefusedError(`la table ${g.op.table} a une ligne de totaux : ajout impossible`);
  // Never write over what the user has below the table.
  g.below!.values.forEach((row, i) => {
    if (row.some((v) => v !== "" && v !== null))
      throw new PatchRefusedError(
        `des cellules sous la table ${g.op.table} ne sont pas vides (ligne ${g.body.rowIndex + rowCount + i + 1}) : déplacez-les puis relancez`,
      );
  });
}

// ---------------------------------------------------------------------------------------------
// Sync 3: the writes

interface CellPlan {
  value: ExcelScalar;
  format: string | null;
}

/** Changed cells of one target column, as runs of consecutive rows. */
function changedRuns(g: ColumnsGuard, t: ColumnsGuard["targets"][number], date1904: boolean): { start: number; cells: CellPlan[] }[] {
  const numFmt = columnFormatOf(g.op.table, t.column.header);
  const runs: { start: number; cells: CellPlan[] }[] = [];
  let run: { start: number; cells: CellPlan[] } | undefined;
  t.column.values.forEach((v: OutValue | undefined, i) => {
    // Undefined: this row is not the command's to write (e.g. another production's baseline).
    if (v === undefined) {
      run = undefined;
      return;
    }
    const f = t.formulas[i];
    const readText = g.snap.rows[i]?.[t.j];
    // `formulas` gives the constant for a constant cell; a text that merely starts with "=" reads the
    // same through `values`, a real formula does not.
    const isFormula = typeof f === "string" && f.startsWith("=") && readText !== f;
    const current = isFormula ? null : cellValueFromExcel(f);
    if (!isFormula && sameValue(current, storedValue(v, date1904))) {
      run = undefined;
      return;
    }
    const value = excelValue(v, date1904);
    const currentFormat = String(t.formats[i] ?? "General");
    let format: string | null = null;
    if (typeof value === "string" && mustWriteAsText(value)) format = currentFormat === "@" ? null : "@";
    else if (numFmt && currentFormat === "General") format = numFmt;
    if (!run) runs.push((run = { start: i, cells: [] }));
    run.cells.push({ value, format });
  });
  return runs;
}

async function writeColumns(context: Excel.RequestContext, batch: WriteBatch, g: ColumnsGuard, date1904: boolean): Promise<number> {
  let written = 0;
  const ws = context.workbook.worksheets.getItem(g.sheet.name);
  for (const t of g.targets) {
    for (const run of changedRuns(g, t, date1904)) {
      const cellBytes = (i: number): number => jsonBytes(run.cells[i].value) + (run.cells[i].format ? jsonBytes(run.cells[i].format) : 5) + 8;
      for (const part of slices(run.cells.length, cellBytes, batch.budgetBytes / 2)) {
        const cells = run.cells.slice(part.start, part.end);
        let bytes = 0;
        for (let i = part.start; i < part.end; i++) bytes += cellBytes(i);
        await batch.reserve(bytes);
        const range = ws.getRangeByIndexes(g.body.rowIndex + run.start + part.start, g.body.columnIndex + t.j, cells.length, 1);
        // Number formats first: a cell formatted as text keeps "=…" as text.
        if (cells.some((c) => c.format !== null)) range.numberFormat = cells.map((c) => [c.format]);
        range.values = cells.map((c) => [c.value]);
        written += cells.length;
      }
    }
  }
  return written;
}

async function appendRows(context: Excel.RequestContext, batch: WriteBatch, g: AppendGuard, date1904: boolean): Promise<number> {
  const { op } = g;
  if (op.rows.length === 0) return 0;
  const headers = (g.headerRow.values[0] ?? []).map((v) => String(v ?? ""));
  const ws = context.workbook.worksheets.getItem(g.sheet.name);
  const top = g.body.rowIndex;
  const left = g.body.columnIndex;
  const rowCount = g.body.rowCount;
  const textCells: { row: number; col: number; text: string }[] = [];
  // Absent columns stay null: Excel leaves them alone (and fills a calculated column's formula).
  const rows = op.rows.map((row, i) =>
    headers.map((h, j) => {
      const key = Object.keys(row).find((k) => headerIndex([h], k) === 0);
      if (key === undefined) return null;
      const v = excelValue(row[key], date1904);
      if (typeof v === "string" && mustWriteAsText(v)) {
        textCells.push({ row: i, col: j, text: v });
        return null;
      }
      return v;
    }),
  );
  // A single blank data row (a fresh template) is filled instead of left empty above the new rows.
  const fillBlank = rowCount === 1 && (g.firstRow.values[0] ?? []).every((v) => v === "" || v === null);
  const firstRow = fillBlank ? top : top + rowCount;
  await batch.reserve(jsonBytes(rows) + textCells.length * 300);
  if (fillBlank) ws.getRangeByIndexes(top, left, 1, headers.length).values = [rows[0] as ExcelScalar[]];
  const added = fillBlank ? rows.slice(1) : rows;
  // TableRowCollection.add (ExcelApi 1.4 for several rows) inserts inside the table; rows.add merges
  // badly under co-authoring (docs/excel/co-authoring-in-excel-add-ins.md), so it is one call per patch.
  if (added.length > 0) g.table.rows.add(undefined, added as ExcelScalar[][]);
  for (const c of textCells) {
    const cell = ws.getRangeByIndexes(firstRow + c.row, left + c.col, 1, 1);
    cell.numberFormat = [["@"]];
    cell.values = [[c.text]];
  }
  return op.rows.length;
}

function freeSheetName(taken: Set<string>, name: string): string {
  if (!taken.has(name.toLowerCase())) return name;
  for (let i = 2; ; i++) {
    const candidate = `${name.slice(0, 26)} (${i})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** References into `sheet` (`Alertes!$A$1`, `'Mon planning'!$B$2`). */
function pointsInto(formula: string, sheet: string): boolean {
  const ref = formula.replace(/^=/, "");
  const i = ref.lastIndexOf("!");
  if (i < 0) return false;
  const s = ref.slice(0, i);
  return (s.startsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s).toLowerCase() === sheet.toLowerCase();
}

async function replaceSheet(context: Excel.RequestContext, batch: WriteBatch, g: SheetGuard, names: Set<string>, fresh: Snapshot, date1904: boolean, warnings: string[]): Promise<void> {
  const name = g.op.sheet.name;
  const exists = !g.ws.isNullObject;
  if (exists) removeNamesInto(context, name, names, fresh);
  if (await insertedAsFile(context, batch, g, fresh, date1904)) return;
  await batch.reserve(400);
  // The new sheet is added first under a temporary name: a workbook may not lose its last visible
  // sheet, and the table names of the old sheet are only free once it is deleted.
  const temp = `~CapPAD ${Date.now() % 100000}`.slice(0, 31);
  const ws = context.workbook.worksheets.add(temp);
  if (exists) g.ws.delete();
  ws.name = name;
  if (exists) ws.position = g.ws.position;
  await writeSheet(context, ws, name, g.op.sheet, { date1904, batch, warnings, names, print: isExcelApiSupported(PRINT_API) });
}

/** The file host removes the names into a replaced sheet; Excel would turn them into #REF!. */
function removeNamesInto(context: Excel.RequestContext, sheet: string, names: Set<string>, fresh: Snapshot): void {
  for (const [n, formula] of Object.entries(fresh.names))
    if (pointsInto(formula, sheet)) {
      context.workbook.names.getItem(n).delete();
      names.delete(n.toLowerCase());
    }
}

/**
 * A sheet of values whose rules and lists stay inside it, with no name, protection or hiding, can go
 * in as an xlsx file rendered by the file host: its request is the zipped file (a 3,000-row « Planning
 * à imprimer » is about 0.1 MB in base64 against 0.6 MB of values and formats through the API, which
 * pushed a 3,000-task check past one write request). A sheet with formulas, or whose rules name other
 * sheets, tables or defined names (Gantt, fériés), is built through the API: references of an inserted
 * file to what is outside it may turn into external links in Excel on the web (OfficeDev/office-js#5911).
 */
export function insertableAsFile(model: SheetModel): boolean {
  if (model.names?.length || model.protect || model.hidden) return false;
  if (model.rows.some((row) => row?.some((c) => c?.formula !== undefined))) return false;
  const rules = [...(model.conditionalFormats ?? []).map((cf) => cf.formula), ...(model.validations ?? []).flatMap((v) => v.formulae)];
  return rules.every(staysOnSheet);
}

/** A rule's formula names only cells of its own sheet: no `Sheet!`, no `Table[…]`, no defined name. */
function staysOnSheet(formula: string): boolean {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  if (/[![]/.test(code)) return false;
  for (const m of code.matchAll(/[A-Za-z_][A-Za-z0-9_.]*/g)) {
    const after = code.slice(m.index! + m[0].length).trimStart();
    const word = m[0];
    const isCell = /^[A-Za-z]{1,3}\d+$/.test(word) || (/^[A-Za-z]{1,3}$/.test(word) && /^\$?\d/.test(after)) || (/^\d+$/.test(word));
    if (after.startsWith("(") || isCell || /^(TRUE|FALSE)$/i.test(word)) continue;
    return false;
  }
  return true;
}

/**
 * Replaces an owned sheet by the file host's rendering (insertWorksheetsFromBase64, ExcelApi 1.13), at
 * the old sheet's place. The old sheet goes first (its table names must be free), so a sheet that is
 * the workbook's only visible one is left to the API path. False when this path does not apply.
 */
async function insertedAsFile(context: Excel.RequestContext, batch: WriteBatch, g: SheetGuard, fresh: Snapshot, date1904: boolean): Promise<boolean> {
  const model = g.op.sheet;
  if (!isExcelApiSupported(INSERT_FROM_BASE64_API) || !insertableAsFile(model)) return false;
  const at = fresh.sheets.findIndex((s) => s.name.toLowerCase() === model.name.toLowerCase());
  if (at >= 0 && !fresh.sheets.some((s, i) => i !== at && s.visible)) return false;
  const { base64 } = await renderTemplates([{ model, name: model.name }], date1904, batch.budgetBytes);
  if (base64.length === 0) return false;
  await batch.reserve(base64[0].length + 400);
  if (at >= 0) g.ws.delete();
  const before = at > 0 ? fresh.sheets[at - 1].name : undefined;
  const options: Excel.InsertWorksheetOptions =
    at < 0 ? { positionType: "End" } : before !== undefined ? { positionType: "After", relativeTo: before } : { positionType: "Beginning" };
  context.workbook.insertWorksheetsFromBase64(base64[0], options);
  return true;
}

async function insertTemplates(
  context: Excel.RequestContext,
  batch: WriteBatch,
  op: TemplateOp,
  taken: Set<string>,
  names: Set<string>,
  date1904: boolean,
  result: ExcelApplyResult,
  opts: ApplyOptions,
): Promise<void> {
  const placed: { model: SheetModel; name: string }[] = [];
  for (const sheet of op.sheets) {
    const name = freeSheetName(taken, sheet.name);
    taken.add(name.toLowerCase());
    if (name !== sheet.name) result.renamed[sheet.name] = name;
    placed.push({ model: sheet, name });
    result.sheetsWritten.push(name);
  }
  let throughApi = placed;
  if (!opts.templatesThroughApi && isExcelApiSupported(INSERT_FROM_BASE64_API)) {
    // The very bytes the file host writes: templates look the same in files and in Excel. Names are
    // added through the API after the insert (what insertWorksheetsFromBase64 does with workbook-level
    // names is not documented). Known Excel on the web issues: structured references turned into
    // external links (OfficeDev/office-js#5911) — the templates avoid them.
    const files = await renderTemplates(placed, date1904, batch.budgetBytes);
    throughApi = files.tooLarge;
    for (const b64 of files.base64) {
      await batch.reserve(b64.length + 100);
      context.workbook.insertWorksheetsFromBase64(b64, { positionType: "End" });
    }
    for (const p of placed)
      if (!files.tooLarge.includes(p))
        for (const n of p.model.names ?? []) {
          if (names.has(n.name.toLowerCase())) {
            result.warnings.push(nameTaken(n.name, p.name));
            continue;
          }
          names.add(n.name.toLowerCase());
          await batch.reserve(200);
          context.workbook.names.add(n.name, `=${quoteForFormula(p.name)}!${n.range}`);
        }
    result.templateMethod = files.tooLarge.length === placed.length ? "api" : "base64";
  } else result.templateMethod = "api";
  for (const p of throughApi) {
    await batch.reserve(200);
    const ws = context.workbook.worksheets.add(p.name);
    await writeSheet(context, ws, p.name, p.model, { date1904, batch, warnings: result.warnings, names, print: isExcelApiSupported(PRINT_API) });
  }
}

function quoteForFormula(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** Renders the templates with exceljs (loaded on demand) into as few base64 files as the budget allows. */
async function renderTemplates(
  placed: { model: SheetModel; name: string }[],
  date1904: boolean,
  budget: number,
): Promise<{ base64: string[]; tooLarge: { model: SheetModel; name: string }[] }> {
  const { newWorkbook, saveWorkbook } = await import(/* webpackChunkName: "host-file" */ "../xlsx/workbook");
  const { renderSheet } = await import(/* webpackChunkName: "host-file" */ "../xlsx/render");
  const render = async (list: { model: SheetModel; name: string }[]): Promise<string> => {
    const wb = await newWorkbook();
    // Serials of civil days must be those of the target workbook's date system.
    (wb.properties as { date1904?: boolean }).date1904 = date1904;
    for (const p of list) await renderSheet(wb, { ...p.model, name: p.name, names: [] }, { name: p.name });
    return bytesToBase64(await saveWorkbook(wb));
  };
  const all = await render(placed);
  if (all.length <= budget) return { base64: [all], tooLarge: [] };
  const base64: string[] = [];
  const tooLarge: { model: SheetModel; name: string }[] = [];
  for (const p of placed) {
    const one = await render([p]);
    if (one.length <= budget) base64.push(one);
    else tooLarge.push(p);
  }
  return { base64, tooLarge };
}

// ---------------------------------------------------------------------------------------------

/**
 * Sync 2 (guard) and sync 3 (writes) of a command. A patch with nothing to write costs no sync; a
 * patch whose cells are all unchanged costs only the guard's.
 */
export async function applyPatch(context: Excel.RequestContext, patch: Patch, read: Snapshot, opts: ApplyOptions = {}): Promise<ApplyOutcome> {
  // The command computed on its tables with the rows typed under them taken in: its ops address them so.
  const snapshot = adoptTypedRows(read).snapshot;
  const result: ExcelApplyResult = { cellsWritten: 0, rowsAppended: 0, rowsTakenIn: 0, sheetsWritten: [], renamed: {}, writeRequests: [], warnings: [] };
  const alerts: Alert[] = [];
  if (patch.ops.length === 0) return { result, alerts };
  // Programming errors (a write to a user column) are refused before touching the workbook at all.
  assertPatchAllowed({ ...patch, ops: patch.ops.filter((op) => op.kind !== "sheet" && op.kind !== "template") }, snapshot);

  // Settings need no guard: a patch of settings alone goes straight to the write.
  const guards = patch.ops.some((op) => op.kind !== "setting") ? await readGuards(context, patch, snapshot) : queueGuards(context, { ...patch, ops: [] }, snapshot);
  const fresh = freshSnapshot(guards, snapshot);
  // A report sheet whose name is taken by a sheet that is not Cap PAD's is left alone and said, as
  // commands do when they see it in the snapshot (A1 of other sheets is only read now).
  const occupied = new Set<SheetOp>();
  for (const g of guards.sheets)
    if (!g.ws.isNullObject && !isOwnedTitle(fresh.sheets.find((s) => s.name.toLowerCase() === g.ws.name.toLowerCase())?.a1 ?? "")) {
      occupied.add(g.op);
      alerts.push(occupiedAlert(g.op.sheet.name));
    }
  const ops: PatchOp[] = patch.ops.filter((op) => !(op.kind === "sheet" && occupied.has(op)));
  assertPatchAllowed({ ...patch, ops }, fresh);
  for (const g of guards.extends) checkExtend(g);
  for (const g of guards.columns) checkColumns(g);
  for (const g of guards.columns) checkTypedFormulas(patch.command, g);
  for (const g of guards.appends) checkAppend(g);

  const date1904 = snapshot.date1904;
  const batch = new WriteBatch(context);
  // The typed rows first: the other writes address the grown tables. `Table.resize`: ExcelApi 1.13,
  // only ever asked for where the snapshot found it (typedRows.ts).
  for (const g of guards.extends) {
    await batch.reserve(300);
    g.table.resize(g.table.getRange().getResizedRange(g.op.rows, 0));
    result.rowsTakenIn += g.op.rows;
  }
  for (const g of guards.columns) result.cellsWritten += await writeColumns(context, batch, g, date1904);
  for (const g of guards.appends) result.rowsAppended += await appendRows(context, batch, g, date1904);
  const taken = new Set(fresh.sheets.map((s) => s.name.toLowerCase()));
  const names = new Set(Object.keys(fresh.names).map((n) => n.toLowerCase()));
  for (const op of ops) {
    if (op.kind === "sheet") {
      const g = guards.sheets.find((x) => x.op === op)!;
      await replaceSheet(context, batch, g, names, fresh, date1904, result.warnings);
      taken.add(op.sheet.name.toLowerCase());
      result.sheetsWritten.push(op.sheet.name);
    } else if (op.kind === "template") await insertTemplates(context, batch, op, taken, names, date1904, result, opts);
    else if (op.kind === "setting") {
      await batch.reserve(jsonBytes(op.value) + op.key.length);
      context.workbook.settings.add(op.key, op.value);
    }
  }
  await batch.flush();
  result.writeRequests = batch.requests;
  return { result, alerts };
}

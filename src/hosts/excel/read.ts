/**
 * Reads a Snapshot through Office.js in ONE `context.sync()`: the worksheets, every contract table by
 * name (one range per table: header, body and totals in a single `values` array, plus where it sits),
 * the defined names, the add-in's settings, the date system, and A1 of the sheets the contract names
 * (so commands see whether a report sheet is Cap PAD's before they plan to replace it).
 *
 * Formulas are not read (commands use values; the read must stay small). If a workbook is so large
 * that the answer passes Excel on the web's 5 MB limit, the read falls back to table chunks over a few
 * more syncs instead of failing.
 */
import { allTableSpecs, tableSpec } from "../../sheets/contract";
import { isTypedInto } from "../../sheets/spec";
import { isExcelApiSupported, RESIZE_API } from "./requirements";
import { queueBelow, typedBelow, type BelowLoad } from "./typedRows";
import { ALERTS_SHEET } from "../../sheets/reports/alertsSheet";
import type { CellValue } from "../../workbook/values";
import { sheetsKeepingMonths } from "../../sheets/contract/sheets";
import type { SheetInfo, SheetValues, Snapshot, TableSnapshot } from "../../workbook/snapshot";
import { RESPONSE_BUDGET } from "./batch";
import { cellValueFromExcel } from "./values";

/** Names of the tables a snapshot holds: every table the contract knows (features register theirs). */
export function contractTableNames(): string[] {
  return [...new Set(allTableSpecs().map((s) => s.name))];
}

/** Sheets whose A1 is read with the snapshot: those the contract places tables on, and the reports. */
export function contractSheetNames(): string[] {
  return [...new Set([...allTableSpecs().map((s) => s.sheet), ALERTS_SHEET])];
}

interface TableLoad {
  table: Excel.Table;
  range: Excel.Range;
  sheet: Excel.Worksheet;
  /** Rows typed under a table users type into. */
  below?: BelowLoad;
}

interface Loads {
  sheets: Excel.WorksheetCollection;
  names: Excel.NamedItemCollection;
  settings: Excel.SettingCollection;
  date: Excel.FunctionResult<number>;
  tables: TableLoad[];
  a1: { name: string; cell: Excel.Range }[];
  /** The used range of each owned sheet that keeps earlier months (read back by the command that rewrites it). */
  kept: { name: string; range: Excel.Range }[];
}

function queueLoads(context: Excel.RequestContext, withValues: boolean): Loads {
  const wb = context.workbook;
  const sheets = wb.worksheets;
  sheets.load("items/name,items/visibility");
  const names = wb.names;
  names.load("items/name,items/formula");
  const settings = wb.settings;
  settings.load("items/key,items/value");
  // There is no API property for the date system: DATE(1904,1,1) is 0 in the 1904 system, 1462 in 1900.
  const date = wb.functions.date(1904, 1, 1);
  date.load("value");
  const canResize = isExcelApiSupported(RESIZE_API);
  const tables = contractTableNames().map((name) => {
    // A missing table is a null object, and so are the range and sheet taken from it.
    const table = wb.tables.getItemOrNullObject(name);
    table.load("name,showHeaders,showTotals");
    const range = table.getRange();
    if (withValues) range.load("values,rowIndex,columnIndex,rowCount,columnCount");
    else range.load("rowIndex,columnIndex,rowCount,columnCount");
    // eslint-disable-next-line office-addins/call-sync-before-read -- `worksheet` is a navigation property: a proxy, no data to sync
    const sheet = table.worksheet;
    sheet.load("name");
    // The rows typed under it (in the chunked read, once the tables are in: this read stays small).
    const spec = tableSpec(name);
    const below = withValues && spec && isTypedInto(spec) ? queueBelow(range, canResize) : undefined;
    return { table, range, sheet, below };
  });
  const a1 = contractSheetNames().map((name) => {
    const cell = wb.worksheets.getItemOrNullObject(name).getRange("A1");
    cell.load("values");
    return { name, cell };
  });
  // getUsedRangeOrNullObject: ExcelApi 1.4; a missing sheet gives a null object, not an error.
  const kept = sheetsKeepingMonths().map((name) => {
    const range = wb.worksheets.getItemOrNullObject(name).getUsedRangeOrNullObject(true);
    // Small (a block of lines per month): read whole even when the tables are read in chunks.
    range.load("values,rowIndex,columnIndex");
    return { name, range };
  });
  return { sheets, names, settings, date, tables, a1, kept };
}

export function isPayloadLimit(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

/** Sync 1 of every command. */
export async function readSnapshot(context: Excel.RequestContext): Promise<Snapshot> {
  let loads = queueLoads(context, true);
  try {
    await context.sync();
    return buildSnapshot(loads, (i) => loads.tables[i].range.values);
  } catch (e) {
    if (!isPayloadLimit(e)) throw e;
  }
  // The workbook is too large for one answer: positions first, then the tables in chunks.
  loads = queueLoads(context, false);
  await context.sync();
  const values = await readTablesInChunks(context, loads);
  const canResize = isExcelApiSupported(RESIZE_API);
  for (const t of loads.tables) {
    const spec = tableSpec(t.table.isNullObject ? "" : t.table.name);
    if (spec && isTypedInto(spec)) t.below = queueBelow(t.range, canResize);
  }
  await context.sync();
  return buildSnapshot(loads, (i) => values[i]);
}

function buildSnapshot(loads: Loads, valuesOf: (i: number) => unknown[][]): Snapshot {
  const a1 = new Map<string, string>();
  for (const { name, cell } of loads.a1) {
    if (cell.isNullObject) continue;
    const v = cell.values[0][0];
    a1.set(name.toLowerCase(), typeof v === "string" ? v : "");
  }
  const sheets: SheetInfo[] = loads.sheets.items.map((ws) => {
    const info: SheetInfo = { name: ws.name, visible: ws.visibility === "Visible" };
    const known = a1.get(ws.name.toLowerCase());
    if (known !== undefined) info.a1 = known;
    return info;
  });
  const tables: Record<string, TableSnapshot> = {};
  loads.tables.forEach(({ table, range, sheet }, i) => {
    if (table.isNullObject || !table.showHeaders) return;
    const values = valuesOf(i);
    const headers = (values[0] ?? []).map((v) => (v === null || v === undefined ? "" : String(v)));
    const body = values.slice(1, table.showTotals ? values.length - 1 : values.length);
    const rows: CellValue[][] = body.map((row) => row.map(cellValueFromExcel));
    tables[table.name] = { name: table.name, sheet: sheet.name, headerRow: range.rowIndex, left: range.columnIndex, headers, rows };
  });
  // Once every table's place is known: the rows typed under each (cells of other tables left out).
  const canResize = isExcelApiSupported(RESIZE_API);
  for (const { table, below } of loads.tables) {
    const snap = !table.isNullObject && below ? tables[table.name] : undefined;
    const typed = snap && below ? typedBelow(snap, table.showTotals, below, Object.values(tables), canResize) : undefined;
    if (snap && typed) snap.below = typed;
  }
  const names: Record<string, string> = {};
  for (const n of loads.names.items) names[n.name] = String(n.formula ?? "").replace(/^=/, "");
  const settings: Record<string, unknown> = {};
  for (const s of loads.settings.items) settings[s.key] = s.value;
  const sheetValues: Record<string, SheetValues> = {};
  for (const { name, range } of loads.kept)
    if (!range.isNullObject) sheetValues[name] = { top: range.rowIndex, left: range.columnIndex, values: range.values.map((row) => row.map(cellValueFromExcel)) };
  return { date1904: loads.date.value === 0, sheets, tables, names, settings, sheetValues };
}

/**
 * Reads the tables' values in row chunks that each fit the response budget (a first guess of 40 bytes
 * per cell, halved on refusal). Only for workbooks past the 5 MB answer; it costs a sync per chunk group.
 */
async function readTablesInChunks(context: Excel.RequestContext, loads: Loads): Promise<unknown[][][]> {
  const out: unknown[][][] = loads.tables.map(() => []);
  let bytesPerCell = 40;
  let pending = loads.tables
    .map((t, i) => ({ i, t }))
    .filter(({ t }) => !t.table.isNullObject)
    .map(({ i, t }) => ({ i, sheet: t.sheet.name, top: t.range.rowIndex, left: t.range.columnIndex, rows: t.range.rowCount, cols: t.range.columnCount, done: 0 }));
  while (pending.length > 0) {
    const batch: { i: number; start: number; range: Excel.Range }[] = [];
    let bytes = 0;
    for (const p of pending) {
      let rowsFit = Math.floor((RESPONSE_BUDGET - bytes) / (p.cols * bytesPerCell));
      if (rowsFit < 1) {
        if (bytes > 0) break;
        rowsFit = 1;
      }
      const n = Math.min(p.rows - p.done, rowsFit);
      const range = context.workbook.worksheets.getItem(p.sheet).getRangeByIndexes(p.top + p.done, p.left, n, p.cols);
      range.load("values");
      batch.push({ i: p.i, start: p.done, range });
      bytes += n * p.cols * bytesPerCell;
      if (bytes >= RESPONSE_BUDGET) break;
    }
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk group is the point: the answer must stay under 5 MB
      await context.sync();
    } catch (e) {
      if (!isPayloadLimit(e) || bytesPerCell > 1e6) throw e;
      bytesPerCell *= 2;
      continue;
    }
    for (const b of batch) {
      const p = pending.find((x) => x.i === b.i)!;
      out[b.i].push(...b.range.values);
      p.done += b.range.values.length;
    }
    pending = pending.filter((p) => p.done < p.rows);
  }
  return out;
}

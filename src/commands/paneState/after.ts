/**
 * The workbook as it will be once a Patch is applied, computed in memory from the snapshot the command
 * read: the task pane refreshes its picture of the workbook (productions, months, invoices, alerts)
 * from it after each action, without a second read (in Excel, another sync) of the whole workbook.
 */
import { serialFromDay } from "../../core/dates/civil";
import { headerIndex, type Patch, type PatchOp } from "../../workbook/patch";
import { findSheet, findTable, type Snapshot, type TableSnapshot } from "../../workbook/snapshot";
import type { SheetModel } from "../../workbook/model";
import { isDayValue, type CellValue, type OutValue } from "../../workbook/values";

export function snapshotAfter(snapshot: Snapshot, patch: Patch): Snapshot {
  const next: Snapshot = { ...snapshot, sheets: [...snapshot.sheets], tables: { ...snapshot.tables }, settings: { ...snapshot.settings } };
  for (const op of patch.ops) applyOp(next, op);
  return next;
}

function applyOp(snap: Snapshot, op: PatchOp): void {
  switch (op.kind) {
    case "columns": {
      const table = editable(snap, op.table);
      if (!table) return;
      for (const column of op.columns) {
        const j = headerIndex(table.headers, column.header);
        if (j < 0) continue;
        column.values.forEach((v, i) => {
          if (table.rows[i] && v !== undefined) table.rows[i][j] = cellOf(v, snap.date1904);
        });
      }
      return;
    }
    case "extend": {
      // The rows typed under the table are now its last rows.
      const table = editable(snap, op.table);
      if (table?.below) {
        table.rows.push(...table.below.rows.slice(0, op.rows).map((r) => [...r]));
        delete table.below;
      }
      return;
    }
    case "append": {
      const table = editable(snap, op.table);
      if (table) for (const row of op.rows) table.rows.push(table.headers.map((h) => cellOf(valueFor(row, h), snap.date1904)));
      return;
    }
    case "sheet":
      return addSheet(snap, op.sheet, true);
    case "template":
      for (const sheet of op.sheets) addSheet(snap, sheet, false);
      return;
    case "setting":
      snap.settings[op.key] = op.value;
  }
}

/** A copy of the table's rows the op may change (the snapshot the command read stays untouched). */
function editable(snap: Snapshot, name: string): TableSnapshot | undefined {
  const table = findTable(snap, name);
  if (!table) return undefined;
  const copy = { ...table, rows: table.rows.map((r) => [...r]) };
  snap.tables[table.name] = copy;
  return copy;
}

function valueFor(row: Record<string, OutValue>, header: string): OutValue {
  const key = Object.keys(row).find((k) => headerIndex([header], k) === 0);
  return key === undefined ? null : row[key];
}

function cellOf(v: OutValue, date1904: boolean): CellValue {
  return isDayValue(v) ? (serialFromDay(v.day, date1904) ?? null) : v;
}

/** A report sheet replaces its tables; a template only adds what is not there (as the hosts do). */
function addSheet(snap: Snapshot, sheet: SheetModel, replace: boolean): void {
  if (!findSheet(snap, sheet.name)) snap.sheets.push({ name: sheet.name, visible: !sheet.hidden, a1: String(sheet.rows[0]?.[0]?.value ?? "") });
  for (const t of sheet.tables ?? []) {
    const existing = findTable(snap, t.name);
    if (existing && !replace) continue;
    if (existing) delete snap.tables[existing.name];
    const rows: CellValue[][] = [];
    const formulas: (string | null)[][] = [];
    for (let i = 0; i < t.rowCount; i++) {
      const cells = t.headers.map((_, j) => sheet.rows[t.row + 1 + i]?.[t.col + j]);
      rows.push(cells.map((c) => cellOf(c?.value ?? null, snap.date1904)));
      formulas.push(cells.map((c) => (c?.formula === undefined ? null : "=" + c.formula.replace(/^=/, ""))));
    }
    snap.tables[t.name] = { name: t.name, sheet: sheet.name, headerRow: t.row, left: t.col, headers: [...t.headers], rows, formulas };
  }
}

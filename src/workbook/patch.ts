/**
 * A Patch is everything a command wants written, as plain data; a host applies it in one batch.
 *
 * The Patch is the safety boundary of the add-in (Excel has no undo for what an add-in writes): it may
 * write only computed columns (or an input column a specific command owns, like the baseline), append
 * rows where a command is allowed to, replace the add-in's own report sheets, and insert templates
 * without overwriting anything. `assertPatchAllowed` (src/sheets/patchGuard.ts: it knows the contract)
 * refuses anything else before a host writes a single cell, and hosts call `assertRowsUnchanged` right before writing so that rows added, deleted or moved
 * since the read (a co-author, or the user typing) stop the write.
 */
import type { SheetModel } from "./model";
import { displayValue, type CellValue, type OutValue } from "./values";
import { normalizeHeader, type TableSnapshot } from "./snapshot";

export interface ColumnsOp {
  kind: "columns";
  table: string;
  /** Header names of the columns that identify a row, and each data row's key at read time. */
  keyColumns: string[];
  expectedKeys: string[];
  /**
   * Whole columns, one value per data row, aligned with `expectedKeys`. `undefined` leaves the cell as
   * it is (an input column a command owns only for some rows: the baseline of one production).
   */
  columns: { header: string; values: (OutValue | undefined)[] }[];
}

export interface AppendOp {
  kind: "append";
  table: string;
  /** Data rows of the table at read time; appending after a change would misplace rows. */
  expectedRowCount: number;
  rows: Record<string, OutValue>[];
}

/**
 * Takes the rows typed just under a table into it (as Excel does while typing): the table's range grows
 * by `rows`; no cell is written. The host checks first that the table still has `expectedRowCount` rows
 * and that the rows under it still read `expectedKeys`.
 */
export interface ExtendOp {
  kind: "extend";
  table: string;
  expectedRowCount: number;
  rows: number;
  keyColumns: string[];
  /** Keys of the rows taken in, as read (see `rowKey`). */
  expectedKeys: string[];
}

export interface SheetOp {
  kind: "sheet";
  /** An owned sheet (report): created, or replaced if it exists and carries the owned marker. */
  sheet: SheetModel;
}

export interface TemplateOp {
  kind: "template";
  /** New sheets; a name already taken gets a suffix, an existing table name refuses the insertion. */
  sheets: SheetModel[];
}

export interface SettingOp {
  kind: "setting";
  key: string;
  value: unknown;
}

export type PatchOp = ColumnsOp | AppendOp | ExtendOp | SheetOp | TemplateOp | SettingOp;

export interface Patch {
  /** The command that made it: decides which input columns it may write (e.g. `baseline`). */
  command: string;
  ops: PatchOp[];
}

/** What a host did when it applied a Patch (the file host and the Office.js host say the same). */
export interface ApplyResult {
  cellsWritten: number;
  rowsAppended: number;
  /** Rows typed under tables that the tables took in. */
  rowsTakenIn: number;
  sheetsWritten: string[];
  /** Template sheets renamed because the name was taken: original → new name. */
  renamed: Record<string, string>;
}

export class PatchRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PatchRefusedError";
  }
}

export class RowsChangedError extends Error {
  constructor(table: string) {
    super(
      `La table « ${table} » a changé pendant le calcul (lignes ajoutées, supprimées ou déplacées) : ` +
        "rien n'a été écrit. Relancez la commande.",
    );
    this.name = "RowsChangedError";
  }
}

/** Key of one data row: the displayed values of its key columns (blank when the column is missing). */
export function rowKey(table: TableSnapshot, keyColumns: readonly string[], rowIndex: number): string {
  const row = table.rows[rowIndex];
  return keyOf(keyColumns.map((h) => valueAt(row, headerIndex(table.headers, h))));
}

/** The key of a row from its key columns' values, in order (null for a missing column: blank). */
export function keyOf(values: readonly CellValue[]): string {
  // The JSON of the array of displayed texts, built without the intermediate array (20,000 séances
  // are keyed twice a check).
  let key = "[";
  for (let i = 0; i < values.length; i++) key += (i > 0 ? "," : "") + JSON.stringify(displayValue(values[i]).trim());
  return key + "]";
}

function valueAt(row: readonly CellValue[], j: number): CellValue {
  return j < 0 ? null : (row[j] as CellValue);
}

/** The keys `rowKeys` made, by table read and key columns: the same array each time (never changed by a caller). */
const keysMade = new WeakMap<TableSnapshot, Map<string, string[]>>();

export function rowKeys(table: TableSnapshot, keyColumns: readonly string[]): string[] {
  const made = keysMade.get(table) ?? new Map<string, string[]>();
  const known = made.get(keyColumns.join("\n"));
  if (known) return known;
  // Header positions found once, not per row (headers are compared normalised: 20,000 rows would pay it each time).
  const columns = keyColumns.map((h) => headerIndex(table.headers, h));
  const values: CellValue[] = columns.map(() => null);
  const keys = table.rows.map((row) => {
    columns.forEach((j, k) => (values[k] = valueAt(row, j)));
    return keyOf(values);
  });
  made.set(keyColumns.join("\n"), keys);
  keysMade.set(table, made);
  return keys;
}

/**
 * The keys `rowKeys` already made for this table read, if any (undefined: not made, and not made
 * here either). Hosts compare them by identity with a patch's expected keys: the same array means the
 * patch was made from this very read.
 */
export function rowKeysMade(table: TableSnapshot, keyColumns: readonly string[]): string[] | undefined {
  return keysMade.get(table)?.get(keyColumns.join("\n"));
}

export function headerIndex(headers: readonly string[], header: string): number {
  const key = normalizeHeader(header);
  return headers.findIndex((h) => normalizeHeader(h) === key);
}

/** Called by hosts with the keys read right before writing. */
export function assertRowsUnchanged(op: ColumnsOp | AppendOp, current: TableSnapshot | undefined, currentKeys?: string[]): void {
  if (!current) throw new RowsChangedError(op.table);
  if (op.kind === "append") {
    if (current.rows.length !== op.expectedRowCount) throw new RowsChangedError(op.table);
    return;
  }
  const keys = currentKeys ?? rowKeys(current, op.keyColumns);
  if (keys.length !== op.expectedKeys.length || keys.some((k, i) => k !== op.expectedKeys[i])) throw new RowsChangedError(op.table);
}

/**
 * Called by hosts right before taking typed rows into a table: the table's data rows (`current`) and the
 * rows now under it (`below`, with its headers) must be those the command read.
 */
export function assertExtendable(op: ExtendOp, current: TableSnapshot | undefined, below: CellValue[][]): void {
  if (!current || current.rows.length !== op.expectedRowCount || below.length !== op.rows) throw new RowsChangedError(op.table);
  const keys = rowKeys({ ...current, rows: below }, op.keyColumns);
  if (keys.some((k, i) => k !== op.expectedKeys[i])) throw new RowsChangedError(op.table);
}

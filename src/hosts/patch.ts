/**
 * A Patch is everything a command wants written, as plain data; a host applies it in one batch.
 *
 * The Patch is the safety boundary of the add-in (Excel has no undo for what an add-in writes): it may
 * write only computed columns (or an input column a specific command owns, like the baseline), append
 * rows where a command is allowed to, replace the add-in's own report sheets, and insert templates
 * without overwriting anything. `assertPatchAllowed` refuses anything else before a host writes a single
 * cell, and hosts call `assertRowsUnchanged` right before writing so that rows added, deleted or moved
 * since the read (a co-author, or the user typing) stop the write.
 */
import { findColumn, isTypedInto, isWritableBy, keyColumns, normalizeHeader, type TableSpec } from "../sheets/spec";
import { tableSpec } from "../sheets/contract";
import { isOwnedTitle, type SheetModel } from "../sheets/model";
import { displayValue, type CellValue, type OutValue } from "../sheets/values";
import { findSheet, findTable, type Snapshot, type TableSnapshot } from "./snapshot";

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
  return keyOf(table.rows[rowIndex], keyColumns.map((h) => headerIndex(table.headers, h)));
}

function keyOf(row: readonly CellValue[], columns: readonly number[]): string {
  return JSON.stringify(columns.map((i) => (i < 0 ? "" : displayValue(row[i] as CellValue).trim())));
}

/** Key columns of a table as the guard compares them. */
export function keyColumnsOf(spec: TableSpec): string[] {
  return keyColumns(spec);
}

export function rowKeys(table: TableSnapshot, keyColumns: readonly string[]): string[] {
  // Header positions found once, not per row (headers are compared normalised: 20,000 rows would pay it each time).
  const columns = keyColumns.map((h) => headerIndex(table.headers, h));
  return table.rows.map((row) => keyOf(row, columns));
}

export function headerIndex(headers: readonly string[], header: string): number {
  const key = normalizeHeader(header);
  return headers.findIndex((h) => normalizeHeader(h) === key);
}

/** Refuses a patch that would touch what the user typed. Throws PatchRefusedError (a bug, never user error). */
export function assertPatchAllowed(patch: Patch, snapshot: Snapshot): void {
  for (const op of patch.ops) {
    switch (op.kind) {
      case "columns": {
        const spec = tableSpec(op.table);
        if (!spec) throw new PatchRefusedError(`table inconnue du contrat : ${op.table}`);
        for (const c of op.columns) {
          if (!findColumn(spec, c.header)) throw new PatchRefusedError(`colonne inconnue : ${op.table}[${c.header}]`);
          if (!isWritableBy(spec, c.header, patch.command))
            throw new PatchRefusedError(
              `la commande ${patch.command} ne peut pas écrire la colonne saisie ${op.table}[${c.header}]`,
            );
          if (c.values.length !== op.expectedKeys.length)
            throw new PatchRefusedError(`colonne ${op.table}[${c.header}] : ${c.values.length} valeurs pour ${op.expectedKeys.length} lignes`);
        }
        break;
      }
      case "extend": {
        const spec = tableSpec(op.table);
        if (!spec || !isTypedInto(spec)) throw new PatchRefusedError(`la table ${op.table} n'est pas une table de saisie : elle ne s'agrandit pas`);
        if (op.rows < 1 || op.expectedKeys.length !== op.rows) throw new PatchRefusedError(`agrandissement de ${op.table} : ${op.rows} ligne(s) pour ${op.expectedKeys.length} clé(s)`);
        break;
      }
      case "append": {
        const spec = tableSpec(op.table);
        if (!spec || !(spec.appendableBy ?? []).includes(patch.command))
          throw new PatchRefusedError(`la commande ${patch.command} ne peut pas ajouter de lignes à ${op.table}`);
        for (const row of op.rows)
          for (const header of Object.keys(row))
            if (!findColumn(spec, header)) throw new PatchRefusedError(`colonne inconnue : ${op.table}[${header}]`);
        break;
      }
      case "sheet": {
        if (!op.sheet.owned) throw new PatchRefusedError(`la feuille ${op.sheet.name} n'est pas une feuille de Cap PAD`);
        const existing = findSheet(snapshot, op.sheet.name);
        if (existing && (existing.a1 === undefined || !isOwnedTitle(existing.a1)))
          throw new PatchRefusedError(`la feuille ${op.sheet.name} existe et n'a pas été créée par Cap PAD`);
        for (const t of op.sheet.tables ?? []) {
          const other = findTable(snapshot, t.name);
          if (other && other.sheet.toLowerCase() !== op.sheet.name.toLowerCase())
            throw new PatchRefusedError(`la table ${t.name} existe déjà sur la feuille ${other.sheet}`);
        }
        break;
      }
      case "template":
        for (const sheet of op.sheets)
          for (const t of sheet.tables ?? [])
            if (findTable(snapshot, t.name)) throw new PatchRefusedError(`la table ${t.name} existe déjà dans le classeur`);
        break;
      case "setting":
        break;
    }
  }
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

/** May a report sheet of this name be written (absent, or ours)? Commands check this to alert instead. */
export function canWriteOwnedSheet(snapshot: Snapshot, name: string): boolean {
  const existing = findSheet(snapshot, name);
  // Not read yet (Excel host): the host decides with a fresh read right before writing.
  return !existing || existing.a1 === undefined || isOwnedTitle(existing.a1);
}

/**
 * What a command works with: the snapshot, tables bound once (so each bad cell is reported once),
 * memoised parsed data shared between check steps, and the Patch being built.
 */
import { AlertSink, sortAlerts, type Alert } from "../core/alerts";
import { rowKeys, type PatchOp } from "../workbook/patch";
import { canWriteOwnedSheet } from "../sheets/patchGuard";
import type { Snapshot } from "../workbook/snapshot";
import type { SheetModel } from "../workbook/model";
import { bindTable, reportUnreadCells, type BoundTable, type RowReader } from "../sheets/read";
import { findColumn, keyColumns as keyColumnsOf, type TableSpec } from "../sheets/spec";
import { sheetCell } from "../sheets/address";
import { adoptTypedRows, SAID_ONCE } from "../sheets/typedRows";
import { buildLogSheet, type LogSheet } from "../sheets/reports/logSheet";
import type { OutValue } from "../workbook/values";
import type { CommandInput, CommandResult, OutputFile } from "./types";

/**
 * One step of "Vérifier et recalculer" (`check/steps.ts` lists them in order). It lives here, beside the
 * context it runs on, so that the steps and the list import it without importing each other.
 */
export interface CheckStep {
  name: string;
  run(ctx: CommandContext): void | Promise<void>;
}

export class CommandContext {
  readonly sink = new AlertSink();
  readonly ops: PatchOp[] = [];
  readonly sections: Record<string, unknown> = {};
  readonly summary: string[] = [];
  readonly files: OutputFile[] = [];
  private readonly bound = new Map<string, BoundTable | undefined>();
  /** Bound tables whose unread cells have been checked already (`reportUnreadCells`). */
  private readonly swept = new Set<BoundTable>();
  private readonly memos = new Map<string, unknown>();
  /** Computed values to write: table → header → data row index → value. */
  private readonly writes = new Map<string, { table: BoundTable; columns: Map<string, Map<number, OutValue>> }>();

  readonly input: CommandInput;

  /**
   * Rows typed just under an input table are taken into it before anything else (`typedRows.ts`): the
   * command computes on them, its patch grows the table first, and an alert says which rows.
   */
  constructor(
    readonly command: string,
    input: CommandInput,
  ) {
    const typed = adoptTypedRows(input.snapshot);
    this.input = typed.snapshot === input.snapshot ? input : { ...input, snapshot: typed.snapshot };
    for (const a of typed.alerts) this.sink.add(a);
    for (const a of typed.alerts) if (SAID_ONCE.has(a.code)) this.summary.push(a.message);
    this.ops.push(...typed.extensions);
  }

  get snapshot(): Snapshot {
    return this.input.snapshot;
  }
  get today(): number {
    return this.input.today;
  }
  get date1904(): boolean {
    return this.input.snapshot.date1904;
  }

  progress(message: string): void {
    this.input.progress?.(message);
  }

  /** The table bound to its spec (alerts for missing table/columns are added once). */
  table(spec: TableSpec, opts: { required?: boolean } = {}): BoundTable | undefined {
    const key = spec.name.toLowerCase();
    if (!this.bound.has(key)) this.bound.set(key, bindTable(this.snapshot, spec, this.sink, opts));
    return this.bound.get(key);
  }

  /** Computes once per command: parsed productions, the schedule, payroll… shared between steps. */
  memo<T>(key: string, compute: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }

  /** Sets a computed cell; rows not set are written empty (computed columns hold nothing stale). */
  set(row: RowReader, header: string, value: OutValue): void {
    const spec = row.table.spec;
    let entry = this.writes.get(spec.name);
    if (!entry) this.writes.set(spec.name, (entry = { table: row.table, columns: new Map() }));
    let col = entry.columns.get(header);
    if (!col) {
      // Checked once per column (header comparison normalises text: thousands of rows would pay it each time).
      if (!findColumn(spec, header)) throw new Error(`${spec.name}[${header}] n'est pas dans le contrat`);
      entry.columns.set(header, (col = new Map()));
    }
    col.set(row.index, value);
  }

  /** Declares that a computed column is owned by this run even if no row gets a value (it is cleared). */
  claim(table: BoundTable, header: string): void {
    let entry = this.writes.get(table.spec.name);
    if (!entry) this.writes.set(table.spec.name, (entry = { table, columns: new Map() }));
    if (entry.columns.has(header)) return;
    if (!findColumn(table.spec, header)) throw new Error(`${table.spec.name}[${header}] n'est pas dans le contrat`);
    entry.columns.set(header, new Map());
  }

  /** A report sheet; if a sheet of that name exists and is not Cap PAD's, it is left alone and said. */
  addSheet(sheet: SheetModel): boolean {
    if (!canWriteOwnedSheet(this.snapshot, sheet.name)) {
      this.sink.add({
        code: "FEUILLE_OCCUPEE",
        severity: "warning",
        sheet: sheet.name,
        row: 0,
        id: "",
        cell: "",
        message: `La feuille « ${sheet.name} » existe déjà et n'a pas été créée par Cap PAD : renommez-la pour que Cap PAD puisse y écrire son rapport.`,
      });
      return false;
    }
    this.ops.push({ kind: "sheet", sheet });
    return true;
  }

  /**
   * Appends rows to a table (only where the contract lets this command append). Besides the row count
   * the append op carries, a key check of the existing rows (a columns op that writes nothing) travels
   * with it: a co-author who filled a fresh table's single blank row leaves the count unchanged, and
   * appending then would place two invoices under one number.
   */
  append(table: BoundTable, rows: Record<string, OutValue>[]): boolean {
    if (!this.canAppend(table, rows)) return false;
    const keyColumns = keyColumnsOf(table.spec);
    const name = table.snapshot.name;
    this.ops.push({ kind: "columns", table: name, keyColumns, expectedKeys: rowKeys(table.snapshot, keyColumns), columns: [] });
    this.ops.push({ kind: "append", table: name, expectedRowCount: table.snapshot.rows.length, rows });
    return true;
  }

  /**
   * Adds rows to an add-in's log (a table only appended to, by the commands its contract names): to its
   * table when the workbook has it, else by writing its sheet with these rows (the first run). False,
   * with the alert said, when it cannot.
   */
  appendToLog(log: LogSheet, rows: Record<string, OutValue>[]): boolean {
    const table = this.table(log.spec);
    return table ? this.append(table, rows) : this.addSheet(buildLogSheet(log, rows));
  }

  /**
   * Can these rows be appended whole? A column they fill that the table lacks (renamed, deleted) would
   * drop its value from the new row — an invoice archived without its number: said, and nothing appended.
   */
  canAppend(table: BoundTable, rows: readonly Record<string, OutValue>[]): boolean {
    // A computed column may be missing (the check says so and recomputes it); a typed value may not.
    const missing = [...new Set(rows.flatMap(Object.keys))].filter((h) => {
      const column = findColumn(table.spec, h);
      return !column?.computed && (table.columnIndex.get(column?.header ?? h) ?? -1) < 0;
    });
    if (missing.length === 0) return true;
    const snap = table.snapshot;
    this.sink.add({
      code: "TABLE_AJOUT_IMPOSSIBLE",
      severity: "error",
      sheet: snap.sheet,
      row: snap.headerRow + 1,
      id: "",
      cell: sheetCell(snap.sheet, snap.headerRow, snap.left),
      message: `Table ${table.spec.name} : ${missing.length > 1 ? "les colonnes" : "la colonne"} ${missing.map((h) => `« ${h} »`).join(", ")} ${missing.length > 1 ? "sont introuvables" : "est introuvable"} ; rien n'y a été ajouté. Rétablissez ${missing.length > 1 ? "ces en-têtes" : "cet en-tête"} puis relancez.`,
    });
    return false;
  }

  addAlert(alert: Alert): void {
    this.sink.add(alert);
  }

  /**
   * The cells of the tables this command bound that no step read nor reported are read by their
   * declared type (read.ts `reportUnreadCells`): every unusable cell of a table the command reads is an
   * alert, even in a row a step left out at its first bad cell. `finish` does it; the check does it
   * before writing its `Alerte` columns and its `Alertes` sheet.
   */
  reportUnreadCells(): void {
    // Each table once: after its sweep every cell of it has been read (the check sweeps, then finishes).
    const tables = [...this.bound.values()].filter((t): t is BoundTable => t !== undefined && !this.swept.has(t));
    if (tables.length === 0) return;
    // A cell an alert already names is not reported twice; but « rows taken into the table » names the
    // first cell of a row without judging it: that cell is still checked, as the next run will.
    const reported = new Set(this.sink.items.filter((a) => !SAID_ONCE.has(a.code)).map((a) => a.cell));
    for (const table of tables) {
      reportUnreadCells(table, reported, this.date1904);
      this.swept.add(table);
    }
  }

  /**
   * Writes each bound table's `Alerte` column with the messages of its rows' alerts (the check does
   * this; other commands leave the column as the last check wrote it). `only` limits it to some tables
   * (a command that checks one table must not clear the alerts the check wrote in the others).
   */
  writeAlertColumns(only?: readonly string[]): void {
    const byPlace = new Map<string, string[]>();
    for (const a of this.sink.items) {
      if (!a.row || SAID_ONCE.has(a.code)) continue;
      const k = `${a.sheet.toLowerCase()}|${a.row}`;
      const list = byPlace.get(k) ?? [];
      const text = a.detail ?? a.message;
      if (!list.includes(text)) list.push(text);
      byPlace.set(k, list);
    }
    for (const table of this.bound.values()) {
      if (!table || !findColumn(table.spec, "Alerte")?.computed) continue;
      if (only && !only.some((name) => name.toLowerCase() === table.spec.name.toLowerCase())) continue;
      this.claim(table, "Alerte");
      for (const row of table.rows) {
        const msgs = byPlace.get(`${row.sheet.toLowerCase()}|${row.sheetRow}`);
        if (msgs) this.set(row, "Alerte", msgs.join(" • "));
      }
    }
  }

  finish(): CommandResult {
    this.reportUnreadCells();
    const ops: PatchOp[] = [];
    for (const { table, columns } of this.writes.values()) {
      const keyColumns = keyColumnsOf(table.spec);
      const n = table.snapshot.rows.length;
      ops.push({
        kind: "columns",
        table: table.snapshot.name,
        keyColumns,
        expectedKeys: rowKeys(table.snapshot, keyColumns),
        columns: [...columns.entries()]
          .filter(([header]) => (table.columnIndex.get(header) ?? -1) >= 0 && !table.ambiguous.has(header))
          .map(([header, values]) => {
            // Rows not set: a computed column is cleared (nothing stale stays), an input column a
            // command owns for some rows only (the baseline) is left exactly as the user has it.
            const blank = findColumn(table.spec, header)?.computed ? null : undefined;
            return { header, values: Array.from({ length: n }, (_, i) => (values.has(i) ? values.get(i)! : blank)) };
          }),
      });
    }
    return {
      patch: { command: this.command, ops: [...ops, ...this.ops] },
      report: {
        version: 1,
        command: this.command,
        alerts: sortAlerts(this.sink.items),
        summary: this.summary,
        sections: this.sections,
        files: this.files,
      },
    };
  }
}

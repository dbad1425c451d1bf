/**
 * The workbook being made hostile: the exceljs workbook, the seed's random source, what each mutation
 * did (in French, as a user would describe it) and the alerts its bad cells must produce.
 */
import type ExcelJS from "exceljs";
import { INPUT_TABLES, tableSpec } from "../../src/sheets/contract";
import { sheetCell } from "../../src/sheets/address";
import type { ColumnSpec, TableSpec } from "../../src/sheets/spec";
import { findColumn } from "../../src/sheets/spec";
import type { CellValue } from "../../src/workbook/values";
import type { Random } from "./random";
import { dataCell, dataRowCount, headersOf, tableRefs, type TableRef } from "./tables";
import { readForm } from "./values";

export interface MutationRecord {
  /** Stable name of the mutation (`date-hors-plage`, `table-deplacee`…). */
  kind: string;
  /** What it did, with the place. */
  detail: string;
}

/**
 * An alert the commands must give. `cell` alerts: the cell holds a value its column's declared type
 * cannot hold (or a required cell is blank, or a link loops); `header` alerts: a column of the contract
 * is missing or a header is duplicated (`code` is then the alert's code).
 */
export interface Expectation {
  /** `rows`: rows typed under a table, which the commands must take in (`code` on the first row). */
  kind: "cell" | "header" | "rows";
  reason: string;
  /** Contract table and column. */
  table: string;
  header: string;
  sheet: string;
  /** 1-based sheet row, as alerts give it. */
  row: number;
  /** `Sheet!A1`, as alerts give it. */
  cell: string;
  code?: string;
  /** Header expectations of a duplicate: the duplicate header's text. */
  text?: string;
  /** Cell expectations: the value the commands read there (checked again once the workbook is saved). */
  read?: CellValue;
  /** 0-based position, for the final check. */
  at: { row: number; col: number };
  /** `rows` expectations: how many rows were typed. */
  count?: number;
}

/** A contract input table present in the workbook under its name (what the commands bind). */
export interface BoundRef {
  t: TableRef;
  spec: TableSpec;
}

const INPUT_NAMES = new Set(INPUT_TABLES.map((s) => s.name.toLowerCase()));

export class Build {
  readonly mutations: MutationRecord[] = [];
  readonly expected: Expectation[] = [];

  constructor(
    readonly wb: ExcelJS.Workbook,
    readonly rnd: Random,
  ) {}

  get date1904(): boolean {
    return Boolean((this.wb.properties as { date1904?: boolean }).date1904);
  }

  note(kind: string, detail: string): void {
    this.mutations.push({ kind, detail });
  }

  /** Input tables the commands will find, first by name (Excel table names are case-insensitive). */
  bound(): BoundRef[] {
    const seen = new Set<string>();
    const out: BoundRef[] = [];
    for (const t of tableRefs(this.wb)) {
      const key = t.name.toLowerCase();
      if (!INPUT_NAMES.has(key) || seen.has(key)) continue;
      seen.add(key);
      out.push({ t, spec: tableSpec(t.name)! });
    }
    return out;
  }

  /** The contract column at table column `col`, when it is the first header of that name. */
  columnAt(b: BoundRef, col: number): ColumnSpec | undefined {
    const headers = headersOf(b.t);
    const c = findColumn(b.spec, headers[col] ?? "");
    if (!c) return undefined;
    const first = headers.findIndex((h) => findColumn(b.spec, h) === c);
    return first === col ? c : undefined;
  }

  /** Writes a cell of a data row and, when the value makes it unusable, expects an alert on it. */
  put(b: BoundRef, row: number, col: number, value: ExcelJS.CellValue, expect: string | undefined, kind: string, detail: string): void {
    const cell = dataCell(b.t, row, col);
    cell.value = value;
    // Any earlier expectation on this cell is void: the cell holds something else now.
    const addr = this.cellAddress(b.t, row, col);
    const i = this.expected.findIndex((e) => e.kind === "cell" && e.cell === addr);
    if (i >= 0) this.expected.splice(i, 1);
    const column = this.columnAt(b, col);
    this.note(kind, `${addr} (${headersOf(b.t)[col]}) ← ${JSON.stringify(value)}${detail ? ` : ${detail}` : ""}`);
    if (expect && column && !column.computed)
      this.expected.push({
        kind: "cell",
        reason: expect,
        table: b.spec.name,
        header: column.header,
        sheet: b.t.ws.name,
        row: b.t.top + 2 + row,
        cell: addr,
        read: readForm(value),
        at: { row: b.t.top + 1 + row, col: b.t.left + col },
      });
  }

  /**
   * Expects a column alert (`TABLE_COLONNE_ABSENTE`, `TABLE_COLONNE_CALCULEE_ABSENTE`) or a duplicate
   * header (`TABLE_EN_TETE_DOUBLE`, `text` being the duplicate). Where bindTable puts it is found once the
   * workbook is final (a later mutation may still move the table).
   */
  expectHeader(b: BoundRef, code: string, header: string, reason: string, text?: string): void {
    this.expected.push({ kind: "header", reason, table: b.spec.name, header, code, text, sheet: "", row: 0, cell: "", at: { row: -1, col: -1 } });
  }

  /** Rows typed under a table (from 1-based sheet row `row`): the commands must say they took them in. */
  expectRows(b: BoundRef, row: number, count: number, cell: string): void {
    this.expected.push({ kind: "rows", reason: "lignes-sous-la-table", table: b.spec.name, header: "", code: "TABLE_LIGNES_AJOUTEES", sheet: b.t.ws.name, row, cell, count, at: { row: row - 1, col: b.t.left } });
  }

  cellAddress(t: TableRef, row: number, col: number): string {
    return sheetCell(t.ws.name, t.top + 1 + row, t.left + col);
  }

  /** A bound table with data rows, or undefined. */
  someTable(filter: (b: BoundRef) => boolean = () => true): BoundRef | undefined {
    const candidates = this.bound().filter((b) => dataRowCount(b.t) > 0 && filter(b));
    return candidates.length ? this.rnd.pick(candidates) : undefined;
  }

}

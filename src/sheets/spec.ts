/**
 * The workbook contract, declared once: each table's name, default sheet, columns (header, type, who
 * writes it) and presentation. Templates are rendered from these specs, parsers read rows through them,
 * and the Patch guard uses them to refuse any write to a column the user types in.
 */
import { normalizeHeader } from "../workbook/snapshot";

export type ColumnType =
  | "text"
  | "integer"
  | "number"
  | "date"
  | "time"
  | "percent"
  | "money"
  | "boolean"
  | "timecode"
  | "list";

export interface ColumnSpec {
  header: string;
  type: ColumnType;
  /** Written by Cap PAD's commands (never typed by users). */
  computed?: boolean;
  /** An input column that these commands (and only they) may also write, e.g. the baseline. */
  writableBy?: readonly string[];
  /** Allowed values for `list` columns (a drop-down in the template; French labels). */
  values?: readonly string[];
  /** A blank cell in a non-empty row is an alert. */
  required?: boolean;
  /** An extra column a workbook may lack (templates have it): no alert when it is missing. */
  optional?: boolean;
  /** Excel number format; a sensible default per type otherwise. */
  numFmt?: string;
  /** Column width in characters. */
  width?: number;
  /** Long text (task names, people, comments): wraps on several lines in its cell, never cut. */
  wrap?: boolean;
  /** What the column means, shown as the header's input message in templates. */
  note?: string;
}

export interface TableSpec {
  name: string;
  /** Sheet the template puts the table on. */
  sheet: string;
  columns: readonly ColumnSpec[];
  /**
   * Columns that identify a row, used to detect rows added, deleted or moved between a command's read
   * and its write. Default: every input (non-computed) column.
   */
  key?: readonly string[];
  /** The ID column named in alerts (`ID`, `Numéro`, `Nom`, `Code`…), if any. */
  idColumn?: string;
  /** Commands allowed to append rows (never to change existing ones). */
  appendableBy?: readonly string[];
  /** Table style in templates. */
  style?: string;
}

export const DEFAULT_NUMBER_FORMATS: Record<ColumnType, string | undefined> = {
  text: "@",
  integer: "0",
  number: "0.00",
  date: "dd/mm/yyyy",
  time: "hh:mm",
  percent: "0%",
  money: '#,##0.00 "€"',
  boolean: undefined,
  timecode: "@",
  list: "@",
};

export function numberFormatOf(column: ColumnSpec): string | undefined {
  return column.numFmt ?? DEFAULT_NUMBER_FORMATS[column.type];
}

export function findColumn(spec: TableSpec, header: string): ColumnSpec | undefined {
  const key = normalizeHeader(header);
  return spec.columns.find((c) => normalizeHeader(c.header) === key);
}

/** A table users type into (any column not computed): rows typed just under it are taken into it. */
export function isTypedInto(spec: TableSpec): boolean {
  return spec.columns.some((c) => !c.computed);
}

export function inputColumns(spec: TableSpec): ColumnSpec[] {
  return spec.columns.filter((c) => !c.computed);
}

export function keyColumns(spec: TableSpec): string[] {
  return spec.key ? [...spec.key] : inputColumns(spec).map((c) => c.header);
}

/** May `command` write `header` of this table? */
export function isWritableBy(spec: TableSpec, header: string, command: string): boolean {
  const col = findColumn(spec, header);
  if (!col) return false;
  return col.computed === true || (col.writableBy ?? []).includes(command);
}

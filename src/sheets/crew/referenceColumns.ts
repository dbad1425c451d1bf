/**
 * The payroll reference tables `Grilles`, `Taux`, `Parametres` and the engine's rows (core/crew/configRows):
 * one map per table from each domain field to its column header and how its cell is read. The same map
 * reads the user's cells into rows (config.ts) and writes the shipped rows into the templates
 * (templates/payroll.ts), so a renamed column is changed here and in the table's spec only.
 */
import type { ConfigIssue, ConfigRows, ConfigTable, GridRow, ParameterRow, RateRow } from "../../core/crew/configRows";
import type { OutValue } from "../../workbook/values";
import { GRILLES, PARAMETRES, TAUX } from "../contract/crew";
import type { TableSpec } from "../spec";

/** How a cell becomes the row's value: text trimmed, number (or the text typed), date as a civil day. */
export type CellKind = "text" | "number" | "date";

export interface FieldColumn {
  header: string;
  kind: CellKind;
}

/** Every field of a row, optional ones included, with its column. */
export type ColumnMap<Row> = { [F in keyof Required<Row>]: FieldColumn };

const text = (header: string): FieldColumn => ({ header, kind: "text" });
const number = (header: string): FieldColumn => ({ header, kind: "number" });
const date = (header: string): FieldColumn => ({ header, kind: "date" });

/** `Grilles`: the conventional minima, one row per agreement, role and effective date. */
export const GRID_COLUMNS: ColumnMap<GridRow> = {
  agreement: text("Convention"),
  role: text("Fonction"),
  level: text("Niveau"),
  weekly35: number("Minimum semaine 35 h"),
  weekly39: number("Minimum semaine 39 h"),
  daily: number("Minimum jour"),
  hourly: number("Minimum heure"),
  effective: date("Date d'effet"),
  source: text("Source"),
};

/** `Taux`: the dated contribution rates. */
export const RATE_COLUMNS: ColumnMap<RateRow> = {
  code: text("Code"),
  label: text("Libellé"),
  base: text("Assiette"),
  employeePercent: number("Salarié (%)"),
  employerPercent: number("Employeur (%)"),
  from: date("Du"),
  to: date("Au"),
  condition: text("Condition"),
  source: text("Source"),
};

/** `Parametres`: the dated payroll parameters (`Valeur` is a number or a text such as overtime bands). */
export const PARAMETER_COLUMNS: ColumnMap<ParameterRow> = {
  code: text("Code"),
  label: text("Libellé"),
  agreement: text("Convention"),
  genre: text("Genre"),
  value: number("Valeur"),
  unit: text("Unité"),
  from: date("Du"),
  to: date("Au"),
  source: text("Source"),
};

/** Each reference table: its contract (sheet, table, headers) and the map of its rows' fields. */
export const REFERENCE_TABLES: { [T in ConfigTable]: { spec: TableSpec; columns: ColumnMap<ConfigRows[T]> } } = {
  grids: { spec: GRILLES, columns: GRID_COLUMNS },
  rates: { spec: TAUX, columns: RATE_COLUMNS },
  parameters: { spec: PARAMETRES, columns: PARAMETER_COLUMNS },
};

/** The header of the column of a table's field (where a config issue is placed). */
export function headerOf({ table, field }: Pick<ConfigIssue, "table" | "field">): string {
  return (REFERENCE_TABLES[table].columns as Record<string, FieldColumn>)[field].header;
}

/** A row keyed by its table's headers, as the templates write it (absent optional fields are blank). */
export function headerCells<Row extends object>(row: Row, columns: ColumnMap<Row>): Record<string, OutValue> {
  const cells: Record<string, OutValue> = {};
  for (const [field, column] of Object.entries(columns) as [keyof Row & string, FieldColumn][]) cells[column.header] = (row[field] ?? null) as OutValue;
  return cells;
}

/** Shorthands for declaring columns in the contract files. */
import type { ColumnSpec, ColumnType } from "../spec";

type Extra = Omit<ColumnSpec, "header" | "type">;

export const input = (header: string, type: ColumnType, extra: Extra = {}): ColumnSpec => ({ header, type, ...extra });

export const computed = (header: string, type: ColumnType, extra: Extra = {}): ColumnSpec => ({
  header,
  type,
  computed: true,
  ...extra,
});

export const list = (header: string, values: readonly string[], extra: Extra = {}): ColumnSpec => ({
  header,
  type: "list",
  values,
  ...extra,
});

/** The `Alerte` column every input table carries: the messages of the alerts of that row. */
export const alertColumn = (): ColumnSpec => computed("Alerte", "text", { width: 50 });

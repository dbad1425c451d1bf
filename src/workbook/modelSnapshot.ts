/**
 * The Snapshot a host would read from sheets not yet written: the tables of sheet models as values
 * (days as 1900-system serials, what a new workbook counts in). It lets a command run on a workbook
 * being built — the demo issues its earlier invoices with « Émettre la facture » itself, so that they
 * are exactly what the product writes — without a round trip through a host.
 */
import { serialFromDay } from "../core/dates/civil";
import type { SheetModel } from "./model";
import type { Snapshot, TableSnapshot } from "./snapshot";
import { isDayValue, type CellValue, type OutValue } from "./values";

function cellValue(v: OutValue | undefined): CellValue {
  if (v === undefined) return null;
  return isDayValue(v) ? (serialFromDay(v.day) ?? null) : v;
}

function tablesOf(sheet: SheetModel): TableSnapshot[] {
  return (sheet.tables ?? []).map((t) => ({
    name: t.name,
    sheet: sheet.name,
    headerRow: t.row,
    left: t.col,
    headers: [...t.headers],
    rows: Array.from({ length: t.rowCount }, (_, i) => t.headers.map((_h, j) => cellValue(sheet.rows[t.row + 1 + i]?.[t.col + j]?.value))),
  }));
}

export function snapshotOfModels(sheets: readonly SheetModel[], settings: Record<string, unknown> = {}): Snapshot {
  const tables: Record<string, TableSnapshot> = {};
  for (const s of sheets) for (const t of tablesOf(s)) tables[t.name] = t;
  const a1 = (s: SheetModel): string => {
    const v = s.rows[0]?.[0]?.value;
    return typeof v === "string" ? v : "";
  };
  return {
    date1904: false,
    sheets: sheets.map((s) => ({
      name: s.name,
      visible: !s.hidden,
      a1: a1(s),
    })),
    tables,
    names: {},
    settings: { ...settings },
  };
}

/**
 * Rows typed just under an input table, read through Office.js in the snapshot's sync (sync 1): the
 * used part of a window of rows under the table, and — where this Excel can grow a table
 * (`Table.resize`, ExcelApi 1.13) — the merged areas and the tables in that window.
 *
 * The manifest asks for ExcelApi 1.8. `Table.resize` (1.13) takes rows in exactly as Excel does while
 * typing; `TableRowCollection.add`, the older way, inserts new rows and pushes the typed ones down,
 * moving what the user typed (and, under co-authoring, what others typed). So where 1.13 is missing
 * each typed row gets an error alert telling how to take it in, rather than a move of the user's cells.
 */
import { parseRange } from "../../sheets/address";
import { cellValueFromExcel } from "./values";
import type { CellValue } from "../../workbook/values";
import type { TableSnapshot, TypedBelow } from "../../workbook/snapshot";

/** Rows under a table that one read looks at (only their used part comes back). */
export const BELOW_WINDOW = 500;

export interface BelowLoad {
  used: Excel.Range;
  merged?: Excel.RangeAreas;
  tables?: Excel.TableScopedCollection;
}

/** Queued with the table's own loads (its range is `tableRange`). */
export function queueBelow(tableRange: Excel.Range, canResize: boolean): BelowLoad {
  const window = tableRange.getRowsBelow(BELOW_WINDOW);
  // Used part only (ExcelApi 1.4): nothing comes back when the rows under the table are empty.
  const used = window.getUsedRangeOrNullObject(true);
  used.load("values,rowIndex,columnIndex");
  if (!canResize) return { used };
  const merged = window.getMergedAreasOrNullObject();
  merged.load("address");
  const tables = window.getTables(false);
  tables.load("items/name");
  return { used, merged, tables };
}

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Rows (0-based, sheet) of a `Sheet!A3:B4, Sheet!D9` address list. */
function rectsOf(address: string): Rect[] {
  return address.split(",").flatMap((part) => {
    const r = parseRange(part.trim().replace(/^.*!/, "").replace(/\$/g, ""));
    return r ? [r] : [];
  });
}

/**
 * The typed rows of a table from what sync 1 read: contiguous non-empty rows from the one under its
 * last row, cells of other tables the snapshot knows left out.
 */
export function typedBelow(t: TableSnapshot, showTotals: boolean, load: BelowLoad, others: readonly TableSnapshot[], canResize: boolean): TypedBelow | undefined {
  if (load.used.isNullObject) return undefined;
  const first = t.headerRow + 1 + t.rows.length + (showTotals ? 1 : 0);
  if (load.used.rowIndex !== first) return undefined;
  const width = t.headers.length;
  const otherRects = others.filter((o) => o.sheet === t.sheet && o.name !== t.name).map((o) => ({ top: o.headerRow, left: o.left, bottom: o.headerRow + o.rows.length + 1, right: o.left + o.headers.length - 1 }));
  const inOther = (r: number, c: number): boolean => otherRects.some((o) => r >= o.top && r <= o.bottom && c >= o.left && c <= o.right);
  const rows: CellValue[][] = [];
  for (const [i, raw] of load.used.values.entries()) {
    const r = first + i;
    const row: CellValue[] = Array.from({ length: width }, (_, j) => {
      const k = t.left + j - load.used.columnIndex;
      return k < 0 || k >= raw.length || inOther(r, t.left + j) ? null : cellValueFromExcel(raw[k]);
    });
    if (row.every((v) => v === null || v === "")) break;
    rows.push(row);
  }
  if (rows.length === 0) return undefined;
  const last = first + rows.length - 1;
  const crosses = (x: Rect): boolean => x.top <= last && x.bottom >= first && x.left <= t.left + width - 1 && x.right >= t.left;
  let blocked: string | undefined;
  if (!canResize) blocked = "cette version d'Excel ne permet pas d'agrandir un tableau par programme (ExcelApi 1.13)";
  else if (showTotals) blocked = "la table a une ligne de totaux";
  else if (otherRects.some(crosses)) blocked = "une autre table occupe ces lignes";
  else if (load.tables?.items.some((x) => x.name !== t.name && !others.some((o) => o.name === x.name))) blocked = "une autre table se trouve sous le tableau";
  else if (load.merged && !load.merged.isNullObject && rectsOf(load.merged.address).some(crosses)) blocked = "des cellules y sont fusionnées";
  else if (rows.length === load.used.values.length && load.used.values.length >= BELOW_WINDOW) blocked = `plus de ${BELOW_WINDOW} lignes saisies à la suite sous le tableau`;
  return { rows, ...(blocked ? { blocked } : {}) };
}

/** Where a row lives, for the engine's alerts: sheet, 1-based row, ID and the A1 address of each column. */
import type { RowPlace } from "../../core/crew/model";
import type { RowReader } from "../read";

export function placeOf(row: RowReader, headers: readonly string[], id = row.id): RowPlace {
  return { sheet: row.sheet, row: row.sheetRow, id, cells: Object.fromEntries(headers.map((h) => [h, row.cell(h)])) };
}

/**
 * Where a row lives, for the engine's alerts: sheet, 1-based row, ID and the A1 address of the cell of
 * each domain field the engine may point at (`columns` maps the field to its header in this table).
 */
import type { RowPlace } from "../../core/alerts";
import type { RowReader } from "../read";

export function placeOf<F extends string>(row: RowReader, columns: Readonly<Partial<Record<F, string>>>, id = row.id): RowPlace<F> {
  const cells: Partial<Record<F, string>> = {};
  for (const field of Object.keys(columns) as F[]) cells[field] = row.cell(columns[field]!);
  return { sheet: row.sheet, row: row.sheetRow, id, cells };
}

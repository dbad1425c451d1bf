/**
 * Mutations of the layout users give their tables: merged cells (across two columns, one of them
 * possibly computed, or down two rows) and hidden or filtered rows, which change no value and must
 * survive every command (a merged cell never carrying a write into its neighbour); and rows typed
 * just under a table, outside it, as LibreOffice or a script leaves them, which every command must
 * take into the table and say so.
 */
import { sheetCell } from "../../src/sheets/address";
import type { Build } from "./build";
import { dataCell, dataRowCount, headersOf, tableRefs } from "./tables";

function merge(b: Build): void {
  const bound = b.someTable((x) => headersOf(x.t).length > 1);
  if (!bound) return;
  const { t } = bound;
  const n = dataRowCount(t);
  const row = b.rnd.int(n);
  // Across the last input column and the first computed one when there is one: the risky case.
  const computed = headersOf(t).findIndex((_, j) => b.columnAt(bound, j)?.computed);
  const col = computed > 0 && b.rnd.chance(0.5) ? computed - 1 : b.rnd.int(headersOf(t).length - 1);
  const down = n > 1 && row + 1 < n && b.rnd.chance(0.3);
  const top = t.top + 2 + row;
  const left = t.left + col + 1;
  const bottom = down ? top + 1 : top;
  const right = down ? left : left + 1;
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if (t.ws.getCell(r, c).isMerged) return;
  t.ws.mergeCells(top, left, bottom, right);
  b.note("cellules-fusionnees", `${t.ws.name}!${t.ws.getCell(top, left).address}:${t.ws.getCell(bottom, right).address} fusionnées (${t.name})`);
}

function hideRows(b: Build): void {
  const bound = b.someTable();
  if (!bound) return;
  const { t } = bound;
  const rows = b.rnd.sample(
    Array.from({ length: dataRowCount(t) }, (_, r) => r),
    1 + b.rnd.int(3),
  );
  for (const r of rows) t.ws.getRow(t.top + 2 + r).hidden = true;
  b.note(b.rnd.chance(0.5) ? "lignes-masquees" : "lignes-filtrees", `${t.name} : lignes ${rows.map((r) => t.top + 2 + r).join(", ")} masquées`);
}

/**
 * One to three rows typed right under a table (a copy of one of its rows, its input cells only): the
 * rows under it must be free in its columns, and no other table there. The commands must take them in
 * (TABLE_LIGNES_AJOUTEES on the first), which the invariants expect.
 */
function typeUnder(b: Build): void {
  const bound = b.someTable();
  if (!bound) return;
  const { t } = bound;
  const width = headersOf(t).length;
  const others = tableRefs(b.wb).filter((o) => o.ws === t.ws && o.name !== t.name);
  const free = (r: number): boolean =>
    Array.from({ length: width }, (_, j) => t.left + j).every((c) => {
      const cell = t.ws.findCell(r + 1, c + 1);
      return (!cell || cell.value === null || cell.value === "") && !others.some((o) => r >= o.top && r <= o.bottom + 1 && c >= o.left && c <= o.right);
    });
  let count = 0;
  const wanted = 1 + b.rnd.int(3);
  while (count < wanted && free(t.bottom + 1 + count) && free(t.bottom + 2 + count)) count++;
  if (count === 0) return;
  const source = b.rnd.int(dataRowCount(t));
  for (let i = 0; i < count; i++)
    headersOf(t).forEach((_, j) => {
      if (b.columnAt(bound, j)?.computed) return;
      const v = dataCell(t, source, j).value;
      if (v !== null && v !== undefined) t.ws.getCell(t.bottom + 2 + i, t.left + j + 1).value = v;
    });
  const first = t.bottom + 2;
  if (!Array.from({ length: width }, (_, j) => t.ws.findCell(first, t.left + j + 1)?.value).some((v) => v !== null && v !== undefined && v !== "")) return;
  b.note("lignes-sous-la-table", `${t.name} : ${count} ligne(s) saisie(s) sous le tableau, de la ligne ${first}`);
  b.expectRows(bound, first, count, sheetCell(t.ws.name, first - 1, t.left));
}

export const LAYOUT_MUTATIONS: readonly ((b: Build) => void)[] = [merge, hideRows, typeUnder];

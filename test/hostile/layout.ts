/**
 * Mutations of the layout users give their tables: merged cells (across two columns, one of them
 * possibly computed, or down two rows) and hidden or filtered rows. They change no value; they must
 * survive every command, and a merged cell must never carry a write into its neighbour.
 */
import type { Build } from "./build";
import { dataRowCount, headersOf } from "./tables";

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

export const LAYOUT_MUTATIONS: readonly ((b: Build) => void)[] = [merge, hideRows];

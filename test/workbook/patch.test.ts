/**
 * Row keys, compared by the guard before every write (src/workbook/patch.ts). A 20,000-row table of a
 * hostile workbook (issue 8) showed them found header by header for every row: the headers are now
 * matched once per table.
 */
import { rowKey, rowKeys, rowKeysMade } from "../../src/workbook/patch";
import * as snapshot from "../../src/workbook/snapshot";
import type { TableSnapshot } from "../../src/workbook/snapshot";

function table(n: number): TableSnapshot {
  const headers = ["ID", "Production", "Tâche", "Durée (j)", "Alerte"];
  return { name: "Taches", sheet: "Planning", headerRow: 2, left: 0, headers, rows: Array.from({ length: n }, (_, i) => [` T${i} `, "FLEUVE", null, i, { error: "#N/A" }]) };
}

test("row keys: the displayed key values of each row, the headers matched once whatever the number of rows", () => {
  const keys = ["id", "Production", "Colonne absente"];
  expect(rowKeys(table(2), keys)).toEqual(['["T0","FLEUVE",""]', '["T1","FLEUVE",""]']);
  expect(rowKey(table(2), keys, 1)).toBe('["T1","FLEUVE",""]');
  const spy = jest.spyOn(snapshot, "normalizeHeader");
  try {
    rowKeys(table(10), keys);
    const few = spy.mock.calls.length;
    spy.mockClear();
    rowKeys(table(20_000), keys);
    expect(spy.mock.calls.length).toBe(few);
  } finally {
    spy.mockRestore();
  }
});

test("row keys are made once per table read and key columns: the host knows a patch made from that read by its very keys", () => {
  const t = table(3);
  expect(rowKeysMade(t, ["ID"])).toBeUndefined();
  const keys = rowKeys(t, ["ID"]);
  expect(rowKeys(t, ["ID"])).toBe(keys);
  expect(rowKeysMade(t, ["ID"])).toBe(keys);
  // Other columns, or another read of the same rows, are keys of their own.
  expect(rowKeysMade(t, ["ID", "Production"])).toBeUndefined();
  expect(rowKeys(table(3), ["ID"])).not.toBe(keys);
  expect(rowKeys(table(3), ["ID"])).toEqual(keys);
});

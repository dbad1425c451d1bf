/** The command context's write rules, proven through the file host. */
import { dayFromYmd } from "../../src/core/dates/civil";
import { CommandContext } from "../../src/commands/context";
import { applyPatch } from "../../src/hosts/file/apply";
import { readSnapshot } from "../../src/hosts/file/read";
import { RowsChangedError } from "../../src/workbook/patch";
import { FACTURES } from "../../src/sheets/contract/costs";
import { TACHES } from "../../src/sheets/contract/planning";
import { SheetBuilder } from "../../src/sheets/render";
import { dumpCells, reopen, workbookOf } from "../helpers/workbooks";

const today = dayFromYmd(2026, 11, 27);

function registerSheet(rows: Record<string, string>[] = []) {
  const b = new SheetBuilder("Factures", false);
  b.title("Registre");
  b.table(FACTURES, 2, 0, rows);
  return b.build();
}

describe("CommandContext", () => {
  test("append refuses when a co-author filled a fresh table's single blank row (same row count)", async () => {
    const wb = await reopen(await workbookOf(registerSheet()));
    const snapshot = readSnapshot(wb);
    const ctx = new CommandContext("invoiceIssue", { snapshot, today, options: {} });
    ctx.append(ctx.table(FACTURES)!, [{ Numéro: "FA-2026-0001", Client: "Les Films du Fleuve" }]);
    const { patch } = ctx.finish();
    // Meanwhile a co-author issued FA-2026-0001 into the blank row: the row count is still 1.
    wb.getWorksheet("Factures")!.getCell("A4").value = "FA-2026-0001";
    const before = dumpCells(wb);
    await expect(applyPatch(wb, patch, snapshot)).rejects.toBeInstanceOf(RowsChangedError);
    expect(dumpCells(wb)).toEqual(before);
  });

  test("append lands below the existing rows when nothing moved", async () => {
    const wb = await reopen(await workbookOf(registerSheet([{ Numéro: "FA-2026-0001" }])));
    const snapshot = readSnapshot(wb);
    const ctx = new CommandContext("invoiceIssue", { snapshot, today, options: {} });
    ctx.append(ctx.table(FACTURES)!, [{ Numéro: "FA-2026-0002" }]);
    await applyPatch(wb, ctx.finish().patch, snapshot);
    expect(readSnapshot(wb).tables.Factures.rows.map((r) => r[0])).toEqual(["FA-2026-0001", "FA-2026-0002"]);
  });

  test("rows a command leaves unset: a computed column is cleared, an owned input column is untouched", async () => {
    const b = new SheetBuilder("Planning", false);
    b.table(TACHES, 2, 0, [
      { ID: "T1", Production: "A", "Fin réf.": 46000, Début: 46001 },
      { ID: "T2", Production: "B", "Fin réf.": 46010, Début: 46011 },
    ]);
    const wb = await reopen(await workbookOf(b.build()));
    const ws = wb.getWorksheet("Planning")!;
    const finRef = ws.getCell("N5");
    finRef.value = { formula: "DATE(2025,12,1)", result: 46000 } as never; // the user's own formula on T2
    const snapshot = readSnapshot(wb);
    const ctx = new CommandContext("baseline", { snapshot, today, options: {} });
    const tasks = ctx.table(TACHES)!;
    ctx.set(tasks.rows[0], "Fin réf.", { day: today });
    ctx.set(tasks.rows[0], "Début", { day: today });
    const { patch } = ctx.finish();
    await applyPatch(wb, patch, snapshot);
    const after = readSnapshot(wb).tables.Taches;
    expect(after.rows[0][13]).toBe(46353); // T1's reference written
    expect(after.formulas![1][13]).toBe("=DATE(2025,12,1)"); // T2's formula kept as the user typed it
    expect(after.rows[1][14]).toBeNull(); // T2's computed Début cleared: nothing stale stays
  });
});

/**
 * "Vérifier et recalculer" reads the whole workbook (hostile workbooks, issue 8): a bad cell in a table
 * no step needs (Clients), in a column no feature uses (Equipe[Email]) or in a row a step leaves out at
 * its first bad cell (a register row without its number) is an alert naming its cell, like any other.
 */
import { checkCommand } from "../../src/commands/check";
import { fromIso } from "../../src/core/dates/civil";
import { openWorkbook, saveWorkbook } from "../../src/hosts/xlsx/workbook";
import { readSnapshot } from "../../src/hosts/file/read";
import { runOnBytes } from "../../src/hosts/file/runner";
import { headerIndex } from "../../src/workbook/patch";
import { baseWorkbook } from "../hostile/generator";

const today = fromIso("2026-11-27")!;

test("the check reports the unusable cells of every table, read by a step or not", async () => {
  const wb = await openWorkbook(await baseWorkbook(true));
  const snap = readSnapshot(wb);
  const put = (table: string, row: number, header: string, value: unknown): string => {
    const t = snap.tables[table];
    const cell = wb.getWorksheet(t.sheet)!.getCell(t.headerRow + 2 + row, t.left + headerIndex(t.headers, header) + 1);
    cell.value = value as never;
    return `${t.sheet}!${cell.address}`;
  };
  const expected = [
    put("Clients", 1, "Délai de paiement (j)", { error: "#DIV/0!" }),
    put("Equipe", 0, "Email", { error: "#REF!" }),
    put("Factures", 0, "Client", { error: "#VALUE!" }),
    put("Factures", 0, "TTC", "🎬"),
  ];
  const r = await runOnBytes(await saveWorkbook(wb), checkCommand, { today });
  const invalid = r.report.alerts.filter((a) => a.code === "CELLULE_INVALIDE").map((a) => a.cell);
  expect(invalid).toEqual(expect.arrayContaining(expected));
  // Each cell said once: the sweep skips what a step already said.
  const cells = r.report.alerts.filter((a) => a.code.startsWith("CELLULE_")).map((a) => a.cell);
  expect(new Set(cells).size).toBe(cells.length);
});

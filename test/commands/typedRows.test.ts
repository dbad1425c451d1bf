/**
 * Rows typed just under an input table are never ignored. In the empty template, `Seances` spans 20
 * rows; five more typed under it (as LibreOffice, Google Sheets or a script leaves them — only Excel
 * grows a table while typing) used to be dropped without a word. Every table users type into is tried,
 * in a file (exceljs) and in Excel (Office.js fake): the table grows to take the rows in, with an
 * information alert naming them; where it cannot grow (merged cells, another table, a totals row, an
 * Excel without `Table.resize`), each row gets an error alert.
 */
import type ExcelJS from "exceljs";
import { checkCommand } from "../../src/commands/check";
import { insertTemplatesCommand } from "../../src/commands/templates";
import { runCommandInExcel } from "../../src/hosts/excel/run";
import { runOnBytes } from "../../src/hosts/file/runner";
import { tablesOf } from "../../src/hosts/file/read";
import { openWorkbook, saveWorkbook } from "../../src/hosts/xlsx/workbook";
import { parseRange } from "../../src/sheets/address";
import { allTableSpecs } from "../../src/sheets/contract";
import { isTypedInto } from "../../src/sheets/spec";
import { installFrom } from "../hosts/excel/helpers";
import { TODAY } from "./planning/fixtures";

/** Every template, empty: each input table with its blank rows. */
async function templates(): Promise<Uint8Array> {
  return (await runOnBytes(undefined, insertTemplatesCommand, { today: TODAY, options: { template: "all" } })).bytes!;
}

function tableRange(wb: ExcelJS.Workbook, name: string): { ws: ExcelJS.Worksheet; top: number; left: number; bottom: number; right: number } {
  for (const ws of wb.worksheets)
    for (const t of tablesOf(ws)) if (t.name === name) return { ws, ...parseRange(t.ref)! };
  throw new Error(`table ${name} absente`);
}

/** Types `count` rows under a table: its first column, as someone would in LibreOffice. */
function typeBelow(wb: ExcelJS.Workbook, name: string, count: number): number[] {
  const r = tableRange(wb, name);
  const rows = Array.from({ length: count }, (_, i) => r.bottom + 2 + i); // 1-based sheet rows
  rows.forEach((row, i) => (r.ws.getCell(row, r.left + 1).value = `saisie ${i + 1}`));
  return rows;
}

const INPUT_TABLES = allTableSpecs().filter(isTypedInto).map((s) => s.name);

describe("rows typed under an input table", () => {
  test("every input table takes in the rows typed under it, says which, and a second run changes nothing", async () => {
    const wb = await openWorkbook(await templates());
    const present = INPUT_TABLES.filter((n) => tablesOf(wb.worksheets.find((ws) => tablesOf(ws).some((t) => t.name === n)) ?? wb.worksheets[0]).some((t) => t.name === n));
    expect(present.length).toBeGreaterThan(15);
    const typed = new Map(present.map((n) => [n, typeBelow(wb, n, 2)]));
    const sizes = new Map(present.map((n) => [n, tableRange(wb, n).bottom]));
    const result = await runOnBytes(await saveWorkbook(wb), checkCommand, { today: TODAY });
    const info = result.report.alerts.filter((a) => a.code === "TABLE_LIGNES_AJOUTEES");
    const after = await openWorkbook(result.bytes!);
    for (const name of present) {
      const [first, second] = typed.get(name)!;
      // The alert names the two rows, on the table's sheet; the table now ends on the second one.
      expect({ name, alert: info.filter((a) => a.message.startsWith(`Table ${name} : les lignes ${first} à ${second}, saisies juste sous le tableau`)).length }).toEqual({ name, alert: 1 });
      expect({ name, bottom: tableRange(after, name).bottom }).toEqual({ name, bottom: sizes.get(name)! + 2 });
    }
    expect(result.report.alerts.filter((a) => a.code === "TABLE_LIGNE_HORS_TABLE")).toEqual([]);
    const again = await runOnBytes(result.bytes!, checkCommand, { today: TODAY });
    expect(again.report.alerts.filter((a) => a.code.startsWith("TABLE_LIGNE"))).toEqual([]);
    expect(again.apply.rowsTakenIn).toBe(0);
  }, 120000);

  test("a bad first cell of a row taken in is reported on the first run, not only on the next", async () => {
    // The « rows taken in » alert names the row's first cell; that cell must still be judged by its type.
    const wb = await openWorkbook(await templates());
    const r = tableRange(wb, "EnteteFacture");
    const row = r.bottom + 2;
    r.ws.getCell(row, r.left + 1).value = { error: "#NAME?" } as ExcelJS.CellErrorValue;
    r.ws.getCell(row, r.left + 2).value = "valeur";
    const first = await runOnBytes(await saveWorkbook(wb), checkCommand, { today: TODAY });
    const cell = `${r.ws.name}!${r.ws.getCell(row, r.left + 1).address}`;
    const bad = (alerts: { code: string; cell: string }[]) => alerts.filter((a) => a.cell === cell && a.code === "CELLULE_INVALIDE").length;
    expect(first.report.alerts.filter((a) => a.cell === cell).map((a) => a.code).sort()).toEqual(["CELLULE_INVALIDE", "TABLE_LIGNES_AJOUTEES"]);
    const again = await runOnBytes(first.bytes!, checkCommand, { today: TODAY });
    expect([bad(first.report.alerts), bad(again.report.alerts)]).toEqual([1, 1]);
  }, 60000);

  test("the séances typed under Seances count: five rows of night and Sunday work are paid", async () => {
    const wb = await openWorkbook(await templates());
    const r = tableRange(wb, "Seances");
    const headers = (r.ws.getRow(r.top + 1).values as unknown[]).slice(r.left + 1).map(String);
    const col = (h: string): number => r.left + 1 + headers.indexOf(h);
    // Rows 1-20 of the template are blank; five séances under it.
    for (let i = 0; i < 5; i++) {
      const row = r.bottom + 2 + i;
      r.ws.getCell(row, col("Date")).value = 46332 + i; // Friday 6 to Tuesday 10 November 2026, Sunday 8 among them
      r.ws.getCell(row, col("Ressource")).value = "Marc Lefèvre";
      r.ws.getCell(row, col("Production")).value = "FLEUVE";
      r.ws.getCell(row, col("Arrivée")).value = 20 / 24;
      r.ws.getCell(row, col("Départ")).value = 4 / 24;
    }
    const result = await runOnBytes(await saveWorkbook(wb), checkCommand, { today: TODAY });
    const bookings = result.report.sections.bookings as { row: number; hours: number; nightHours: number }[] | undefined;
    // The five rows typed under the table, each 20:00 → 04:00: 8 h of work, most of it at night.
    expect(bookings?.map((b) => b.row)).toEqual([0, 1, 2, 3, 4].map((i) => r.bottom + 2 + i));
    expect(bookings?.map((b) => b.hours)).toEqual([8, 8, 8, 8, 8]);
    expect(bookings?.every((b) => b.nightHours > 0)).toBe(true);
    expect(result.report.alerts.filter((a) => a.code === "TABLE_LIGNES_AJOUTEES").map((a) => a.row)).toEqual([r.bottom + 2]);
  }, 60000);

  test("where the table cannot grow: an error alert per row, the table left as it is", async () => {
    const wb = await openWorkbook(await templates());
    const rows = typeBelow(wb, "Seances", 2);
    const r = tableRange(wb, "Seances");
    r.ws.mergeCells(rows[1], r.left + 2, rows[1], r.left + 3); // merged cells on the second typed row
    const result = await runOnBytes(await saveWorkbook(wb), checkCommand, { today: TODAY });
    const errors = result.report.alerts.filter((a) => a.code === "TABLE_LIGNE_HORS_TABLE");
    expect(errors.map((a) => [a.row, a.severity])).toEqual([
      [rows[0], "error"],
      [rows[1], "error"],
    ]);
    expect(errors[0].message).toMatch(/fusionnées.*Redimensionner le tableau/);
    expect(tableRange(await openWorkbook(result.bytes!), "Seances").bottom).toBe(r.bottom);

    // Another table (the user's own) takes up part of the row under the typed one: no room to grow either.
    const other = await openWorkbook(await templates());
    const [typed] = typeBelow(other, "Fermetures", 1);
    const f = tableRange(other, "Fermetures");
    f.ws.addTable({ name: "MesNotes", ref: f.ws.getCell(typed, f.left + 3).address, headerRow: true, columns: [{ name: "Note" }, { name: "Suite" }], rows: [["a", "b"]] });
    const blocked = await runOnBytes(await saveWorkbook(other), checkCommand, { today: TODAY });
    const said = blocked.report.alerts.filter((a) => a.code.startsWith("TABLE_LIGNE") && a.sheet === f.ws.name);
    expect(said.map((a) => [a.code, a.row])).toEqual([["TABLE_LIGNE_HORS_TABLE", typed]]);
    expect(said[0].message).toMatch(/une autre table occupe ces lignes/);
  }, 60000);

  test("in Excel, every input table: Table.resize (ExcelApi 1.13) takes the rows in, with the file host's alerts", async () => {
    const wb = await openWorkbook(await templates());
    const present = INPUT_TABLES.filter((n) => wb.worksheets.some((ws) => tablesOf(ws).some((t) => t.name === n)));
    const typed = new Map(present.map((n) => [n, typeBelow(wb, n, 2)]));
    const bytes = await saveWorkbook(wb);
    const file = await runOnBytes(bytes, checkCommand, { today: TODAY });
    const env = await installFrom(bytes, { excelApi: "1.13" });
    try {
      const run = await runCommandInExcel(checkCommand, { today: TODAY });
      expect(run.syncs).toBeLessThanOrEqual(3);
      for (const name of present) {
        const table = env.fake.state.tables.find((t) => t.name === name)!;
        expect({ name, last: table.rect.bottom + 1 }).toEqual({ name, last: typed.get(name)![1] });
      }
      const said = (alerts: typeof run.report.alerts) => alerts.filter((a) => a.code.startsWith("TABLE_LIGNE")).map((a) => a.message).sort();
      expect(said(run.report.alerts)).toEqual(said(file.report.alerts));
      expect(said(run.report.alerts)).toHaveLength(present.length);
    } finally {
      env.uninstall();
    }
  }, 120000);

  test("in Excel: Table.resize (ExcelApi 1.13) takes the rows in; an older Excel says it per row", async () => {
    const wb = await openWorkbook(await templates());
    const rows = typeBelow(wb, "Seances", 3);
    const bytes = await saveWorkbook(wb);
    for (const [excelApi, grows] of [
      ["1.13", true],
      ["1.12", false],
    ] as const) {
      const env = await installFrom(bytes, { excelApi });
      try {
        const run = await runCommandInExcel(checkCommand, { today: TODAY });
        expect(run.syncs).toBeLessThanOrEqual(3);
        const table = env.fake.state.tables.find((t) => t.name === "Seances")!;
        const codes = run.report.alerts.filter((a) => a.code.startsWith("TABLE_LIGNE")).map((a) => [a.code, a.row]);
        if (grows) {
          expect(table.rect.bottom + 1).toBe(rows[2]);
          expect(codes).toEqual([["TABLE_LIGNES_AJOUTEES", rows[0]]]);
          // The check wrote the computed columns of the rows taken in (their alerts: no date, no resource…).
          expect(run.apply.rowsTakenIn).toBe(3);
        } else {
          expect(table.rect.bottom + 1).toBe(rows[0] - 1);
          expect(codes).toEqual(rows.map((r) => ["TABLE_LIGNE_HORS_TABLE", r]));
          expect(run.report.alerts.find((a) => a.code === "TABLE_LIGNE_HORS_TABLE")!.message).toMatch(/ExcelApi 1\.13/);
        }
      } finally {
        env.uninstall();
      }
    }
  }, 60000);
});

/**
 * Rows a command appends take the table's formats: the tasks `cappad production` adds to `Taches` used to
 * lose their alignment (durations left-aligned among centred ones), their wrap (a long task name cut) and
 * to show their IDs cut in a column too narrow (« DOC3-(DOC3 »).
 */
import { newProductionCommand } from "../../../src/commands/planning/newProduction";
import { runOnBytes } from "../../../src/hosts/file/runner";
import { tablesOf } from "../../../src/hosts/file/read";
import { openWorkbook } from "../../../src/hosts/xlsx/workbook";
import { parseRange } from "../../../src/sheets/address";
import { TACHES } from "../../../src/sheets/contract/planning";
import { charsPerLine } from "../../../src/sheets/wrap";
import { demoBytes, TODAY } from "../../commands/planning/fixtures";

describe("appended rows", () => {
  test("the tasks of a new production take the formats, alignment and wrap of the table's rows, their IDs shown whole", async () => {
    const before = await openWorkbook(await demoBytes());
    const ws0 = before.getWorksheet(TACHES.sheet)!;
    const range0 = parseRange(tablesOf(ws0).find((t) => t.name === TACHES.name)!.ref)!;
    const r = await runOnBytes(await demoBytes(), newProductionCommand, { today: TODAY, options: { code: "DOC3", genre: "Documentaire", pad: "2027-06-30", minutes: "52" } });
    const wb = await openWorkbook(r.bytes!);
    const ws = wb.getWorksheet(TACHES.sheet)!;
    const range = parseRange(tablesOf(ws).find((t) => t.name === TACHES.name)!.ref)!;
    // « Production DOC3 créée : 22 tâches du plan type … »: as many rows appended to the table.
    const tasks = Number(/(\d+) tâches du plan type/.exec(r.report.summary.join("\n"))![1]);
    expect(range.bottom - range0.bottom).toBe(tasks);
    const col = (h: string): number => range.left + TACHES.columns.findIndex((c) => c.header === h) + 1;
    const last = range0.bottom + 1; // 1-based last row of the demo's tasks
    for (let row = range0.bottom + 2; row <= range.bottom + 1; row++)
      for (const h of ["ID", "Tâche", "Ressources", "Durée (j)", "Début", "Statut"]) {
        const [cell, model] = [ws.getCell(row, col(h)), ws.getCell(last, col(h))];
        expect({ row, h, numFmt: cell.numFmt, alignment: cell.alignment }).toEqual({ row, h, numFmt: model.numFmt, alignment: model.alignment });
      }
    // IDs such as « DOC3-22 » fit their column; a task name longer than a line gets the height of its lines.
    const ids = Array.from({ length: range.bottom - range0.bottom }, (_, i) => String(ws.getCell(range0.bottom + 2 + i, col("ID")).value));
    expect(Math.max(...ids.map((id) => id.length))).toBeLessThanOrEqual(charsPerLine(ws.getColumn(col("ID")).width!));
    const long = Array.from({ length: range.bottom - range0.bottom }, (_, i) => range0.bottom + 2 + i).find((row) => String(ws.getCell(row, col("Tâche")).value).length > charsPerLine(ws.getColumn(col("Tâche")).width!));
    expect(long).toBeDefined();
    expect(ws.getRow(long!).height).toBeGreaterThanOrEqual(30);
  });
});

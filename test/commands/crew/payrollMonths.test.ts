/**
 * `Paie` and « Éléments variables de paie » keep every month prepared: one block per month, the latest
 * first; preparing a month again replaces only its block, the others stay exactly as they were — in a
 * file (exceljs) and in Excel (Office.js fake, where the sheet is read back with the snapshot).
 */
import { payrollCommand } from "../../../src/commands/crew/payroll";
import { runCommandInExcel } from "../../../src/hosts/excel/run";
import { openWorkbook, saveWorkbook } from "../../../src/hosts/xlsx/workbook";
import { dumpCells } from "../../helpers/workbooks";
import { installFrom } from "../../hosts/excel/helpers";
import { run, tableRows, TODAY } from "../planning/fixtures";
import { crewBytes, person, seance, seanceCell, week } from "./fixtures";

const crew = [person("Alice Roy", "Chef monteuse", 1400, "semaine 39 h"), person("Bruno Petit", "Assistant monteur", 160, "jour")];
const seances = [
  ...week("2026-03-02", "Alice Roy", "DOC1", "09:00", "19:00", 60),
  seance("2026-03-03", "Bruno Petit", "DOC1", "09:00", "18:00", 60),
  seance("2026-02-27", "Alice Roy", "DOC1", "09:00", "18:00", 60), // the only February séance: 8 h
];
const FEBRUARY = 6; // index of the February séance in `seances`

/** Column A of a sheet, top to bottom. */
async function firstColumn(bytes: Uint8Array, sheet: string): Promise<string[]> {
  const ws = (await openWorkbook(bytes)).getWorksheet(sheet)!;
  const out: string[] = [];
  ws.eachRow((row) => out.push(String(row.getCell(1).value ?? "")));
  return out;
}

const headings = (column: string[]): string[] => column.filter((t) => /^(Mars|Février) 2026 — paie estimée le /.test(t)).map((t) => t.split(" — ")[0]);
const itemMonths = (column: string[]): string[] => [...new Set(column.filter((t) => /^Élément( \(suite\))? — /.test(t)).map((t) => t.split(" — ")[1]))];

describe("payroll sheets keep every month", () => {
  test("February after March keeps March, latest first; February again replaces only February", async () => {
    const march = await run(await crewBytes({ crew, seances }), payrollCommand, { month: "2026-03" });
    const both = await run(march.bytes!, payrollCommand, { month: "2026-02" });
    const wb = await openWorkbook(both.bytes!);
    // March (the latest month) first, its lines in the `Paie` table as March's run wrote them.
    expect(headings(await firstColumn(both.bytes!, "Paie"))).toEqual(["Mars 2026", "Février 2026"]);
    expect(tableRows(wb, "Paie")).toEqual(tableRows(await openWorkbook(march.bytes!), "Paie"));
    // February's single line: 09:00–18:00 less a 60-minute break = 8 h.
    expect(tableRows(wb, "Paie_2026_02").map((l) => [l.Période, l.Nom, l.Heures])).toEqual([["2026-02", "Alice Roy", 8]]);
    expect(itemMonths(await firstColumn(both.bytes!, "Éléments variables de paie"))).toEqual(["mars 2026", "février 2026"]);

    // The February séance now ends at 20:00: 10 h. February again: its block changes, March's does not.
    const edited = await openWorkbook(both.bytes!);
    const [sheet, cell] = seanceCell("Départ", FEBRUARY).split("!");
    edited.getWorksheet(sheet)!.getCell(cell).value = 20 / 24;
    const again = await run(await saveWorkbook(edited), payrollCommand, { month: "2026-02" });
    const after = await openWorkbook(again.bytes!);
    expect(tableRows(after, "Paie_2026_02").map((l) => l.Heures)).toEqual([10]);
    expect(tableRows(after, "Paie")).toEqual(tableRows(wb, "Paie"));
    expect(headings(await firstColumn(again.bytes!, "Paie"))).toEqual(["Mars 2026", "Février 2026"]);
    const marchItems = (cells: Map<string, string>, rows: string[]): string[] => {
      const end = rows.findIndex((t) => t.endsWith("février 2026"));
      return [...cells.entries()].filter(([k]) => k.startsWith("'Éléments variables de paie'!") || k.startsWith("Éléments variables de paie!")).filter(([k]) => Number(/\d+$/.exec(k)![0]) <= end).map(([k, v]) => `${k}=${v}`);
    };
    expect(marchItems(dumpCells(after), await firstColumn(again.bytes!, "Éléments variables de paie"))).toEqual(marchItems(dumpCells(wb), await firstColumn(both.bytes!, "Éléments variables de paie")));

    // A second run of the same month writes nothing new.
    const twice = await run(again.bytes!, payrollCommand, { month: "2026-02" });
    expect(dumpCells(await openWorkbook(twice.bytes!))).toEqual(dumpCells(after));
  });

  test("in Excel too: the sheet read back with the snapshot, March kept under February's run", async () => {
    const env = await installFrom(await crewBytes({ crew, seances }));
    try {
      const march = await runCommandInExcel(payrollCommand, { today: TODAY, options: { month: "2026-03" } });
      const february = await runCommandInExcel(payrollCommand, { today: TODAY, options: { month: "2026-02" } });
      expect(february.syncs).toBeLessThanOrEqual(3);
      const paie = env.fake.dump().sheets.find((s) => s.name === "Paie")!;
      const column = Object.entries(paie.cells)
        .filter(([a]) => /^A\d+$/.test(a))
        .sort(([a], [b]) => Number(a.slice(1)) - Number(b.slice(1)))
        .map(([, c]) => String(c.value ?? ""));
      expect(headings(column)).toEqual(["Mars 2026", "Février 2026"]);
      expect(env.fake.state.tables.map((t) => t.name)).toEqual(expect.arrayContaining(["Paie", "Paie_2026_02"]));
      expect(march.apply.sheetsWritten).toContain("Paie");
    } finally {
      env.uninstall();
    }
  });
});

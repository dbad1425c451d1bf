/**
 * « Appliquer le scénario » through Office.js (the fake that enforces load/sync): the same cells as the
 * file host, in at most 3 syncs; and a formula the coordinator typed in a cell the scenario changes is
 * refused by the host itself (the Excel snapshot holds no formulas: only the guard's read sees it).
 */
import { applyScenarioCommand } from "../../../src/commands/planning/applyScenario";
import { runCommandInExcel } from "../../../src/hosts/excel/run";
import { runOnBytes } from "../../../src/hosts/file/runner";
import { openWorkbook, saveWorkbook } from "../../../src/hosts/xlsx/workbook";
import { TODAY, demoBytes, tableRows } from "../../commands/planning/fixtures";
import { installFrom } from "./helpers";

describe("appliquer le scénario dans Excel", () => {
  let uninstall: () => void = () => undefined;
  afterEach(() => uninstall());

  test("writes what the file host writes, history included, in 3 syncs at most", async () => {
    const bytes = await demoBytes();
    const env = await installFrom(bytes);
    uninstall = env.uninstall;
    const options = { scenario: "PAD décalé", production: "FLEUVE" };
    const excel = await runCommandInExcel(applyScenarioCommand, { today: TODAY, options });
    const file = await runOnBytes(bytes, applyScenarioCommand, { today: TODAY, options });
    expect(excel.syncs).toBeLessThanOrEqual(3);
    expect(excel.report.alerts).toEqual(file.report.alerts);
    // Durée (j) of F10 and PAD contractuel of FLEUVE.
    expect(excel.apply.cellsWritten).toBe(2);
    expect(file.apply.cellsWritten).toBe(2);
    expect(excel.apply.sheetsWritten).toEqual(["Historique des scénarios"]);
    const headers = env.fake.table("HistoriqueScenarios").headers();
    const fileRows = tableRows(await openWorkbook(file.bytes!), "HistoriqueScenarios");
    expect(env.fake.tableRows("HistoriqueScenarios").map((r) => r[headers.indexOf("Nouvelle valeur")])).toEqual(fileRows.map((r) => r["Nouvelle valeur"]));
  });

  test("a second scenario appends its rows to the history table, as the file host does", async () => {
    const first = await runOnBytes(await demoBytes(), applyScenarioCommand, { today: TODAY, options: { scenario: "PAD décalé" } });
    const env = await installFrom(first.bytes!);
    uninstall = env.uninstall;
    const excel = await runCommandInExcel(applyScenarioCommand, { today: TODAY, options: { scenario: "Samedis au mix" } });
    const file = await runOnBytes(first.bytes!, applyScenarioCommand, { today: TODAY, options: { scenario: "Samedis au mix" } });
    expect(excel.apply.rowsAppended).toBe(1);
    expect(file.apply.rowsAppended).toBe(1);
    const headers = env.fake.table("HistoriqueScenarios").headers();
    const rows = env.fake.tableRows("HistoriqueScenarios").map((r) => [r[headers.indexOf("Application")], r[headers.indexOf("Scénario")], r[headers.indexOf("Colonne")]]);
    expect(rows).toEqual([
      [1, "PAD décalé", "Durée (j)"],
      [1, "PAD décalé", "PAD contractuel"],
      [2, "Samedis au mix", "Jours ouvrés"],
    ]);
    expect(tableRows(await openWorkbook(file.bytes!), "HistoriqueScenarios").map((r) => [r.Application, r.Scénario, r.Colonne])).toEqual(rows);
  });

  test("a formula typed in a cell the scenario changes: the host refuses, nothing is written", async () => {
    const wb = await openWorkbook(await demoBytes());
    const tasks = tableRows(wb, "Taches");
    const row = tasks.findIndex((t) => t.ID === "F10");
    // Durée (j) is column F; data rows start on sheet row 4.
    wb.getWorksheet("Planning")!.getCell(`F${4 + row}`).value = { formula: "1+2", result: 3 };
    const env = await installFrom(await saveWorkbook(wb));
    uninstall = env.uninstall;
    const writesBefore = env.fake.state.cellWrites.length;
    await expect(runCommandInExcel(applyScenarioCommand, { today: TODAY, options: { scenario: "PAD décalé" } })).rejects.toThrow(/ne remplace pas la formule saisie dans Taches\[Durée \(j\)\]/);
    expect(env.fake.state.cellWrites.length).toBe(writesBefore);
  });
});

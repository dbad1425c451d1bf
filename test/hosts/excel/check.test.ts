/**
 * "Vérifier et recalculer" in Excel: at most 3 syncs, the same report and `Alertes` sheet as the file
 * host, nothing but the report rewritten on a second run; and the pane's alert links.
 */
import { checkCommand } from "../../../src/commands/check";
import { runCommandInExcel, parseSheetCell, selectCell, SheetNotFoundError } from "../../../src/hosts/excel/run";
import { runOnBytes } from "../../../src/hosts/file/runner";
import { equipeSheet } from "../../../src/sheets/templates/crew";
import { DEMO_CREW } from "../../../src/demo/crew";
import { fromIso } from "../../../src/core/dates/civil";
import { OWNED_MARKER } from "../../../src/workbook/model";
import { dumpExcelJS } from "../../fakes/fakeXlsx";
import { installFrom, installNew, reopen, withoutTextFormat, xlsxOf } from "./helpers";

const today = fromIso("2026-11-27")!;

describe("checkCommand through Office.js", () => {
  let uninstall: () => void = () => undefined;
  afterEach(() => uninstall());

  test("at most 3 syncs; the same alerts and Alertes sheet as the file host; a second run rewrites only the report, identically", async () => {
    const bytes = await xlsxOf([equipeSheet(DEMO_CREW)]);
    const env = await installFrom(bytes);
    uninstall = env.uninstall;
    const first = await runCommandInExcel(checkCommand, { today });
    const file = await runOnBytes(bytes, checkCommand, { today });
    expect(first.syncs).toBeLessThanOrEqual(3);
    expect(env.fake.syncsOfRun().length).toBe(first.syncs);
    expect(first.report.alerts).toEqual(file.report.alerts);
    expect(first.apply.sheetsWritten).toEqual(["Alertes"]);
    expect(String(env.fake.value("Alertes", "A1"))).toMatch(new RegExp(`^${OWNED_MARKER}`));
    const fileAlertes = dumpExcelJS(await reopen(file.bytes!)).sheets.find((s) => s.name === "Alertes")!;
    const excelAlertes = env.fake.dump().sheets.find((s) => s.name === "Alertes")!;
    expect(withoutTextFormat(excelAlertes)).toEqual(withoutTextFormat(fileAlertes));

    const before = env.fake.dump();
    const order = env.fake.state.sheets.map((s) => s.name);
    const second = await runCommandInExcel(checkCommand, { today });
    expect(second.syncs).toBeLessThanOrEqual(3);
    expect(second.apply.cellsWritten).toBe(0);
    expect(env.fake.writesOfRun().every((w) => w.sheet === "Alertes")).toBe(true);
    expect(env.fake.state.sheets.map((s) => s.name)).toEqual(order);
    expect(env.fake.dump()).toEqual(before);
  });

  test("a user's own sheet named Alertes is left alone and said, as in the file host (its A1 is read with the snapshot)", async () => {
    const bytes = await xlsxOf([equipeSheet(DEMO_CREW), { name: "Alertes", owned: false, rows: [[{ value: "Mes alertes à moi" }]] }]);
    const env = await installFrom(bytes);
    uninstall = env.uninstall;
    const r = await runCommandInExcel(checkCommand, { today });
    const file = await runOnBytes(bytes, checkCommand, { today });
    expect(r.report.alerts).toEqual(file.report.alerts);
    expect(r.report.alerts.map((a) => a.code)).toContain("FEUILLE_OCCUPEE");
    expect(r.apply.sheetsWritten).toEqual([]);
    expect(env.fake.value("Alertes", "A1")).toBe("Mes alertes à moi");
    expect(env.fake.writesOfRun()).toEqual([]);
  });
});

describe("selectCell (the pane's alert links)", () => {
  let uninstall: () => void = () => undefined;
  afterEach(() => uninstall());

  test("activates the sheet and selects the cell, quoted sheet names included", async () => {
    const env = installNew({ sheets: ["Feuil1", "Mon planning"] });
    uninstall = env.uninstall;
    await selectCell("'Mon planning'!H12");
    expect(env.fake.state.activeSheet?.name).toBe("Mon planning");
    expect(env.fake.state.selection).toEqual({ sheet: "Mon planning", address: "H12" });
    expect(env.fake.syncsOfRun()).toHaveLength(2);
  });

  test("a sheet that no longer exists is said in French; a bad address is refused", async () => {
    const env = installNew({ sheets: ["Feuil1"] });
    uninstall = env.uninstall;
    await expect(selectCell("Taches!H12")).rejects.toThrow(new SheetNotFoundError("Taches"));
    await expect(selectCell("Taches")).rejects.toThrow(/Adresse de cellule invalide/);
    expect(parseSheetCell("Taches!$H$12")).toEqual({ sheet: "Taches", cell: "H12" });
    expect(parseSheetCell("'L''équipe'!A1:B2")).toEqual({ sheet: "L'équipe", cell: "A1:B2" });
  });
});

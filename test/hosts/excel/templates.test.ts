/**
 * Template insertion through Office.js: the exceljs file inserted with insertWorksheetsFromBase64
 * (ExcelApi 1.13) and the sheet built through the API (older Excel) must give the same sheet, never
 * overwrite a sheet (a taken name gets " (2)"), and cost at most 3 syncs.
 */
import { insertTemplatesCommand } from "../../../src/commands/templates";
import { runCommandInExcel } from "../../../src/hosts/excel/run";
import { runOnBytes } from "../../../src/hosts/file/runner";
import { newWorkbook, saveWorkbook } from "../../../src/hosts/xlsx/workbook";
import { PatchRefusedError } from "../../../src/workbook/patch";
import { equipeSheet } from "../../../src/sheets/templates/crew";
import { EQUIPE } from "../../../src/sheets/contract/crew";
import { columnLetters } from "../../../src/sheets/address";
import { buildAlertsSheet } from "../../../src/sheets/reports/alertsSheet";
import { DEMO_CREW } from "../../../src/demo/crew";
import { fromIso } from "../../../src/core/dates/civil";
import type { Alert } from "../../../src/core/alerts";
import type { SheetModel } from "../../../src/workbook/model";
import { dumpExcelJS } from "../../fakes/fakeXlsx";
import { opsCommand } from "./commands";
import { installFrom, installNew, reopen, withoutTextFormat, xlsxOf } from "./helpers";

const today = fromIso("2026-11-27")!;

const alerts: Alert[] = [
  { code: "PLAN_CYCLE", severity: "error", sheet: "Planning", row: 5, id: "T3", cell: "Planning!G5", message: "=T3 dépend d'elle-même" },
  { code: "PAIE_REPOS_11H", severity: "warning", sheet: "Seances", row: 7, id: "", cell: "Seances!E7", message: "Moins de 11 h de repos." },
];

/** A template op with a table, validations, print setup (Équipe) and native conditional formats (a listing). */
function templateSheets(): SheetModel[] {
  const alertsSheet = buildAlertsSheet(alerts, today);
  const listing: SheetModel = {
    ...alertsSheet,
    name: "Suivi",
    owned: false,
    names: [{ name: "SuiviGravite", range: "$A$5:$A$6" }],
    // Row heights and a print area must survive both paths (Excel does not autofit a built sheet).
    rowHeights: { 1: 30, 4: 24, 5: 24 },
    print: { ...alertsSheet.print, area: "$A$4:$H$6" },
  };
  return [equipeSheet(DEMO_CREW), listing];
}

const insertBoth = opsCommand("template", () => [{ kind: "template", sheets: templateSheets() }]);

describe("template insertion through Office.js", () => {
  let uninstall: () => void = () => undefined;
  afterEach(() => uninstall());

  async function insertWith(excelApi: string): Promise<{ dump: ReturnType<typeof dumpExcelJS>; method?: string; syncs: number; warnings: string[]; requests: number[] }> {
    const env = installNew({ sheets: ["Feuil1"], excelApi });
    uninstall = env.uninstall;
    const r = await runCommandInExcel(insertBoth, { today });
    uninstall();
    return { dump: env.fake.dump(), method: r.apply.templateMethod, syncs: r.syncs, warnings: r.apply.warnings, requests: env.fake.syncsOfRun().map((s) => s.requestBytes) };
  }

  test("insertWorksheetsFromBase64 and the API fallback give the same sheets (values, tables, formats, validations, conditional formats)", async () => {
    const viaFile = await insertWith("1.13");
    const viaApi = await insertWith("1.12");
    expect(viaFile.method).toBe("base64");
    expect(viaApi.method).toBe("api");
    expect(viaFile.syncs).toBe(3);
    expect(viaApi.syncs).toBe(3);
    expect(viaFile.dump.sheets.map((s) => s.name)).toEqual(["Feuil1", "Equipe", "Suivi"]);
    expect(viaApi.dump.sheets.map((s) => s.name)).toEqual(["Feuil1", "Equipe", "Suivi"]);
    for (let i = 1; i <= 2; i++) expect(withoutTextFormat(viaApi.dump.sheets[i])).toEqual(withoutTextFormat(viaFile.dump.sheets[i]));
    expect(viaApi.dump.sheets[2].rowHeights).toEqual({ 1: 30, 4: 24, 5: 24 });
    expect(viaApi.dump.sheets[2].pageLayout.printArea).toBe("A4:H6");
    expect(viaApi.dump.names).toEqual({ SuiviGravite: "=Suivi!$A$5:$A$6" });
    expect(viaFile.dump.names).toEqual(viaApi.dump.names);
    // The comparison is not vacuous.
    const [, equipe, suivi] = viaApi.dump.sheets;
    // The table spans every column of the contract (features add optional columns to Equipe).
    expect(equipe.tables).toEqual([{ name: "Equipe", range: `A3:${columnLetters(EQUIPE.columns.length - 1)}11`, style: "TableStyleMedium2", showHeaders: true, showTotals: false }]);
    expect(Object.keys(equipe.validations).length).toBeGreaterThan(100);
    // A4 landscape, the header rows and the name column on every page, 6 mm side margins (0.25 in = 18 pt),
    // as many pages across as 8 pt text needs: the contract's page setup, through both paths alike.
    expect(equipe.pageLayout).toEqual({
      landscape: true,
      paperSize: "A4",
      fitToWidth: true,
      pagesWide: expect.any(Number),
      margins: { left: 18, right: 18, top: 36, bottom: 36, header: 14.4, footer: 14.4 },
      printArea: expect.stringMatching(/^A1:[A-Z]+\d+$/),
      printTitleRows: "$1:$3",
      printTitleColumns: "$A:$A",
    });
    expect(suivi.conditionalFormats.map((c) => c.formula)).toEqual(['=$A5="Erreur"', '=$A5="Avertissement"']);
    expect(suivi.cells.H5).toMatchObject({ value: "=T3 dépend d'elle-même" });
    expect(suivi.cells.H5.formula).toBeUndefined();
    expect(suivi.cells.F5.formula).toBe('=HYPERLINK("#Planning!G5","Planning!G5")');
    // The insert request carries the file: larger than the API one's values, under the 5 MB limit.
    expect(Math.max(...viaFile.requests)).toBeLessThan(5_000_000);
  });

  test("the sheets equal the file host's rendering of the same templates", async () => {
    const viaFile = await insertWith("1.13");
    const wb = await newWorkbook();
    const { renderSheet } = await import("../../../src/hosts/xlsx/render");
    for (const m of templateSheets()) await renderSheet(wb, m);
    const rendered = dumpExcelJS(await reopen(await saveWorkbook(wb)));
    expect(viaFile.dump.sheets.slice(1)).toEqual(rendered.sheets);
    expect(viaFile.dump.names).toEqual(rendered.names);
  });

  test("on ExcelApi 1.8 the fallback builds everything but the print setup, and says so", async () => {
    const old = await insertWith("1.8");
    expect(old.method).toBe("api");
    expect(old.syncs).toBe(3);
    expect(old.warnings).toHaveLength(2);
    expect(old.warnings[0]).toMatch(/« Equipe ».*ExcelApi 1\.9/);
    expect(old.dump.sheets[1].pageLayout).toEqual({});
    expect(old.dump.sheets[1].tables.map((t) => t.name)).toEqual(["Equipe"]);
  });

  test.each(["1.13", "1.12"])("a taken sheet name gets ' (2)', as in the file host (ExcelApi %s)", async (excelApi) => {
    const bytes = await xlsxOf([{ name: "Equipe", owned: false, rows: [[{ value: "Mes notes" }]] }]);
    const env = await installFrom(bytes, { excelApi });
    uninstall = env.uninstall;
    const r = await runCommandInExcel(insertTemplatesCommand, { today, options: { template: "equipe" } });
    const file = await runOnBytes(bytes, insertTemplatesCommand, { today, options: { template: "equipe" } });
    expect(r.apply.renamed).toEqual({ Equipe: "Equipe (2)" });
    expect(r.apply.renamed).toEqual(file.apply.renamed);
    expect(env.fake.value("Equipe", "A1")).toBe("Mes notes");
    expect(env.fake.table("Equipe").sheet.name).toBe("Equipe (2)");
    expect(r.syncs).toBeLessThanOrEqual(3);
  });

  test("a template whose table exists is not inserted: the patch is empty, one sync", async () => {
    const env = await installFrom(await xlsxOf([equipeSheet()]));
    uninstall = env.uninstall;
    const r = await runCommandInExcel(insertTemplatesCommand, { today, options: { template: "equipe" } });
    expect(r.report.summary.join(" ")).toMatch(/« Equipe » non inséré : la table Equipe existe déjà/);
    expect(r.syncs).toBe(1);
    expect(env.fake.writesOfRun()).toEqual([]);
  });

  test("a co-author creating the table between read and write: refused, nothing inserted", async () => {
    const env = installNew({ sheets: ["Feuil1"] });
    uninstall = env.uninstall;
    env.fake.onBeforeSync = (n, fake) => {
      if (n === 2) fake.addTable("Feuil1", "A1", "Equipe", ["Nom"], [["x"]]);
    };
    await expect(runCommandInExcel(insertTemplatesCommand, { today, options: { template: "equipe" } })).rejects.toBeInstanceOf(PatchRefusedError);
    expect(env.fake.state.sheets.map((s) => s.name)).toEqual(["Feuil1"]);
    expect(env.fake.syncsOfRun()).toHaveLength(2);
  });
});

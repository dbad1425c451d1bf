/**
 * The payroll commands in Excel (Office.js fake): at most 3 syncs on the demo workbook, the same
 * report and the same owned sheets as the file host, and nothing but those sheets written.
 */
import { checkCommand } from "../../../src/commands/check";
import { payrollCommand } from "../../../src/commands/crew/payroll";
import { payslipCheckCommand } from "../../../src/commands/crew/payslipCheck";
import { runCommandInExcel } from "../../../src/hosts/excel/run";
import { runOnBytes } from "../../../src/hosts/file/runner";
import { dumpExcelJS } from "../../fakes/fakeXlsx";
import { demoBytes, TODAY } from "../../commands/planning/fixtures";
import { installFrom, reopen, withoutTextFormat } from "./helpers";

const PAYROLL_SHEETS = ["Paie", "Fiches de présence", "Éléments variables de paie"];

describe("payroll through Office.js", () => {
  let uninstall: () => void = () => undefined;
  afterEach(() => uninstall());

  test("« Préparer la paie » on the demo: 3 syncs, the file host's sheets, only them written", async () => {
    const bytes = await demoBytes();
    const env = await installFrom(bytes);
    uninstall = env.uninstall;
    const options = { month: "2026-11" };
    const excel = await runCommandInExcel(payrollCommand, { today: TODAY, options });
    const file = await runOnBytes(bytes, payrollCommand, { today: TODAY, options });
    expect(excel.syncs).toBeLessThanOrEqual(3);
    expect(excel.report.alerts).toEqual(file.report.alerts);
    expect(excel.report.files).toEqual(file.report.files);
    expect(excel.apply.sheetsWritten).toEqual(PAYROLL_SHEETS);
    expect(env.fake.writesOfRun().every((w) => PAYROLL_SHEETS.includes(w.sheet))).toBe(true);
    // One fiche per printed page in Excel too: a manual break above each fiche but the first.
    const fiches = file.patch.ops.flatMap((op) => (op.kind === "sheet" && op.sheet.name === "Fiches de présence" ? [op.sheet] : []))[0];
    expect(fiches.print?.rowBreaks?.length).toBeGreaterThan(1);
    expect(env.fake.state.sheets.find((s) => s.name === "Fiches de présence")!.pageLayout.rowBreaks).toEqual(fiches.print!.rowBreaks);
    // Every payroll sheet's page setup as its model says (ExcelApi 1.9 `PageLayout`): A4, orientation, pages
    // across, margins in points, print area, title rows, manual breaks.
    for (const name of PAYROLL_SHEETS) {
      const model = file.patch.ops.flatMap((op) => (op.kind === "sheet" && op.sheet.name === name ? [op.sheet] : []))[0].print!;
      const layout = env.fake.state.sheets.find((s) => s.name === name)!.pageLayout;
      expect({ name, ...layout }).toEqual({
        name,
        landscape: model.landscape,
        paperSize: "A4",
        fitToWidth: true,
        pagesWide: model.pagesWide,
        margins: { left: 18, right: 18, top: 36, bottom: 36, header: 14.4, footer: 14.4 },
        printArea: model.area!.replace(/\$/g, ""),
        ...(model.repeatColumns ? { printTitleColumns: `$A:$${String.fromCharCode(64 + model.repeatColumns)}` } : {}),
        ...(model.rowBreaks?.length ? { rowBreaks: model.rowBreaks } : {}),
      });
    }
    const fileDump = dumpExcelJS(await reopen(file.bytes!));
    for (const name of PAYROLL_SHEETS) {
      const inExcel = env.fake.dump().sheets.find((s) => s.name === name)!;
      const inFile = fileDump.sheets.find((s) => s.name === name)!;
      expect(withoutTextFormat(inExcel).cells).toEqual(withoutTextFormat(inFile).cells);
    }
  });

  test("the check of the demo (planning, payroll, costs…) and « Vérifier un bulletin »: at most 3 syncs each", async () => {
    const env = await installFrom(await demoBytes());
    uninstall = env.uninstall;
    const check = await runCommandInExcel(checkCommand, { today: TODAY });
    expect(check.syncs).toBeLessThanOrEqual(3);
    expect(check.report.alerts.map((a) => a.code)).toEqual(expect.arrayContaining(["PAIE_REPOS_11H", "PAIE_CHEVAUCHEMENT", "PAIE_BULLETIN_ECART"]));
    const payslips = await runCommandInExcel(payslipCheckCommand, { today: TODAY });
    expect(payslips.syncs).toBeLessThanOrEqual(3);
    // The check already wrote the differences: nothing left to write.
    expect(payslips.apply.cellsWritten).toBe(0);
  });
});

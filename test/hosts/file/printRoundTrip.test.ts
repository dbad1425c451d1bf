/**
 * Print settings survive every command. Before, `cappad paie` wrote one attendance sheet per page and
 * the next `cappad check` (exceljs re-reads the file and drops `<brk>`) ran three or four fiches
 * together. Here the XML each command writes is read back (not through exceljs) and every owned sheet's
 * page setup is compared with its print contract: after `paie` then `check`, and for every verb run
 * twice then followed by another.
 */
import type ExcelJS from "exceljs";
import { checkCommand } from "../../../src/commands/check";
import { payrollCommand } from "../../../src/commands/crew/payroll";
import { VERBS } from "../../../src/cli/verbs";
import { runOnBytes } from "../../../src/hosts/file/runner";
import { openWorkbook } from "../../../src/hosts/file/workbook";
import { worksheetView } from "../../../src/hosts/file/print";
import { ATTENDANCE_PAGE, ATTENDANCE_SHEET, ownedSheetSpec } from "../../../src/sheets/contract/sheets";
import { isOwnedTitle } from "../../../src/sheets/model";
import { MARGINS, printSetup } from "../../../src/sheets/print";
import { demoBytes, TODAY } from "../../commands/planning/fixtures";
import { printXml } from "../../helpers/xlsxXml";

/** Rows (0-based) whose column A matches, read from the worksheet itself: where pages must start. */
function rowsMatching(ws: ExcelJS.Worksheet, pattern: RegExp): number[] {
  const rows: number[] = [];
  ws.eachRow((row, n) => {
    const v = row.getCell(1).value;
    if (typeof v === "string" && pattern.test(v)) rows.push(n - 1);
  });
  return rows;
}

/** Every owned sheet of the file prints as its contract says, read from the XML written. */
async function expectContracts(bytes: Uint8Array, step: string): Promise<number> {
  const wb = await openWorkbook(bytes);
  const xml = printXml(bytes);
  let checked = 0;
  for (const ws of wb.worksheets) {
    const a1 = ws.getCell(1, 1).value;
    const spec = typeof a1 === "string" && isOwnedTitle(a1) ? ownedSheetSpec(ws.name, a1) : undefined;
    if (!spec) continue;
    const expected = printSetup(spec.print, worksheetView(ws));
    const got = xml.get(ws.name)!;
    const where = `${step} : ${ws.name}`;
    expect({ where, orientation: got.pageSetup.orientation, paper: got.pageSetup.paperSize, fit: got.fitToPage, wide: got.pageSetup.fitToWidth, tall: got.pageSetup.fitToHeight }).toEqual({
      where,
      orientation: expected.landscape ? "landscape" : "portrait",
      paper: "9",
      fit: true,
      wide: String(expected.pagesWide),
      tall: "0",
    });
    expect({ where, margins: Number(got.margins.left), top: Number(got.margins.top) }).toEqual({ where, margins: MARGINS.left, top: MARGINS.top });
    // The manual breaks are the rows that start a page by the contract, found in the sheet's own text.
    const starts = spec.print.pageStarts ? rowsMatching(ws, spec.print.pageStarts).slice(1) : [];
    expect({ where, breaks: got.rowBreaks }).toEqual({ where, breaks: starts });
    expect({ where, area: got.printArea?.replace(/^'[^']*'!|^[^!]*!/, "") }).toEqual({ where, area: expected.area!.replace(/^([A-Z]+)\$/, "$$$1$$").replace(/:([A-Z]+)\$/, ":$$$1$$") });
    checked++;
  }
  return checked;
}

describe("owned sheets print as their contract says after any command", () => {
  test("paie then check: one fiche per page, as many breaks as fiches less one, read back from the XML", async () => {
    const paid = await runOnBytes(await demoBytes(), payrollCommand, { today: TODAY, options: { month: "2026-11" } });
    const checked = await runOnBytes(paid.bytes!, checkCommand, { today: TODAY });
    const ws = (await openWorkbook(checked.bytes!)).getWorksheet(ATTENDANCE_SHEET)!;
    const fiches = rowsMatching(ws, ATTENDANCE_PAGE);
    // The demo's November: 8 fiches (person × production × civil week), so 7 breaks, each right above a fiche.
    expect(paid.report.summary.join("\n")).toMatch(new RegExp(`Fiches de présence : ${fiches.length} fiche\\(s\\)`));
    expect(fiches.length).toBeGreaterThan(1);
    expect(printXml(checked.bytes!).get(ATTENDANCE_SHEET)!.rowBreaks).toEqual(fiches.slice(1));
    expect(await expectContracts(checked.bytes!, "paie puis check")).toBeGreaterThan(5);
  }, 120000);

  /** Options of each verb on the demo (a test that misses a new verb fails: every verb is run). */
  const FLAGS: Record<string, Record<string, string | true>> = {
    new: {},
    check: {},
    baseline: { production: "FLEUVE" },
    production: { code: "DOC3", genre: "Documentaire", pad: "2027-06-30", minutes: "52" },
    depassement: {},
    paie: { mois: "2026-11" },
    bulletins: {},
    devis: { technique: true },
    couts: {},
    facturer: { mois: "2026-11", production: "FLEUVE" },
    facture: { emettre: true },
    avoir: { numero: "FA-2026-0001" },
    efacture: {},
  };

  test("every verb run twice, then the next one: every owned sheet keeps its page setup and breaks", async () => {
    expect(VERBS.map((v) => v.name).sort()).toEqual(Object.keys(FLAGS).sort());
    let bytes = await demoBytes();
    // `new` writes a fresh workbook (the demo here): every other verb runs on a file.
    const verbs = VERBS.filter((v) => v.command);
    const chain = [...verbs.flatMap((v) => [v, v]), verbs[0]];
    let written = 0;
    for (const verb of chain) {
      const result = await runOnBytes(bytes, verb.command!, { today: TODAY, options: verb.toOptions(FLAGS[verb.name]) });
      if (!result.bytes) continue;
      bytes = result.bytes;
      written++;
      await expectContracts(bytes, verb.name);
    }
    // Most verbs rewrite the workbook (a second identical run may not).
    expect(written).toBeGreaterThan(verbs.length);
  }, 600000);
});

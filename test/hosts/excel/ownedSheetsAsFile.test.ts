/**
 * Owned sheets of values go into Excel as a file (insertWorksheetsFromBase64, ExcelApi 1.13): a small
 * request instead of megabytes of values and formats. Sheets with formulas or with rules naming what
 * is outside them are built through the API (their references could turn into external links). Either
 * way the sheet is the same, at the same place.
 */
import { checkCommand } from "../../../src/commands/check";
import { insertableAsFile } from "../../../src/hosts/excel/apply";
import { runCommandInExcel } from "../../../src/hosts/excel/run";
import type { SheetModel } from "../../../src/workbook/model";
import { TODAY, demoBytes } from "../../commands/planning/fixtures";
import { installFrom, withoutTextFormat } from "./helpers";

function sheet(extra: Partial<SheetModel>): SheetModel {
  return { name: "Rapport", rows: [[{ value: "Cap PAD — Rapport" }], [{ value: 12 }]], ...extra, owned: true };
}

describe("which owned sheets go in as a file", () => {
  test("values, with rules on their own cells only", () => {
    expect(insertableAsFile(sheet({}))).toBe(true);
    expect(insertableAsFile(sheet({ conditionalFormats: [{ range: "A2:C9", formula: 'AND(ISNUMBER($B2),$B2<0,C$2="x")', style: { bold: true } }] }))).toBe(true);
    expect(insertableAsFile(sheet({ validations: [{ range: "A2:A9", type: "list", formulae: ['"oui,non"'] }] }))).toBe(true);
  });

  test("a formula, a rule naming another sheet, a table or a defined name, names, protection or hiding: through the API", () => {
    expect(insertableAsFile(sheet({ rows: [[{ value: "Cap PAD — Gantt" }], [{ formula: "MIN(Taches[Début])" }]] }))).toBe(false);
    expect(insertableAsFile(sheet({ conditionalFormats: [{ range: "A2:C9", formula: "Planning!$B2<0", style: { bold: true } }] }))).toBe(false);
    expect(insertableAsFile(sheet({ conditionalFormats: [{ range: "A2:C9", formula: "COUNTIF(Taches[ID],$A2)>1", style: { bold: true } }] }))).toBe(false);
    expect(insertableAsFile(sheet({ conditionalFormats: [{ range: "A2:C9", formula: "COUNTIF(Feries_Metropole,$A2)>0", style: { bold: true } }] }))).toBe(false);
    expect(insertableAsFile(sheet({ validations: [{ range: "A2:A9", type: "list", formulae: ["=Listes!$A$1:$A$5"] }] }))).toBe(false);
    expect(insertableAsFile(sheet({ names: [{ name: "Feries_Metropole", range: "$A$3:$A$9" }] }))).toBe(false);
    expect(insertableAsFile(sheet({ protect: true }))).toBe(false);
    expect(insertableAsFile(sheet({ hidden: true }))).toBe(false);
  });
});

describe("a check in Excel replaces its sheets of values through a file", () => {
  let uninstall: () => void = () => undefined;
  afterEach(() => uninstall());

  test("same content and same place as built through the API, run after run", async () => {
    const bytes = await demoBytes();
    const asFile = await installFrom(bytes);
    uninstall = asFile.uninstall;
    await runCommandInExcel(checkCommand, { today: TODAY });
    const firstOrder = asFile.fake.dump().sheets.map((s) => s.name);
    // A second run replaces every owned sheet that exists: each keeps its place.
    const second = await runCommandInExcel(checkCommand, { today: TODAY });
    const dumpFile = asFile.fake.dump();
    expect(dumpFile.sheets.map((s) => s.name)).toEqual(firstOrder);
    uninstall();

    const throughApi = await installFrom(bytes, { excelApi: "1.12" });
    uninstall = throughApi.uninstall;
    await runCommandInExcel(checkCommand, { today: TODAY });
    const secondApi = await runCommandInExcel(checkCommand, { today: TODAY });
    const dumpApi = throughApi.fake.dump();
    // The file path really was taken: its write request is the smaller.
    const sum = (r: typeof second) => r.apply.writeRequests.reduce((a, b) => a + b, 0);
    expect(sum(second)).toBeLessThan(sum(secondApi));
    for (const name of ["Planning à imprimer", "Synthese", "Alertes"]) {
      const a = dumpFile.sheets.find((s) => s.name === name)!;
      const b = dumpApi.sheets.find((s) => s.name === name)!;
      expect(a).toBeDefined();
      expect(Object.keys(a.cells).length).toBeGreaterThan(10);
      // Values and formulas are the same; the API path formats parseable text as "@" (helpers.ts).
      const values = (s: typeof a) => Object.fromEntries(Object.entries(withoutTextFormat(s).cells).map(([k, c]) => [k, c.value ?? c.formula ?? null]));
      expect(values(a)).toEqual(values(b));
      expect(a.tables.map((t) => [t.name, t.range])).toEqual(b.tables.map((t) => [t.name, t.range]));
      expect(a.conditionalFormats.length).toBe(b.conditionalFormats.length);
    }
    // On 1.12 the sheets keep their places too.
    expect(dumpApi.sheets.map((s) => s.name)).toEqual(firstOrder);
  }, 120000);
});

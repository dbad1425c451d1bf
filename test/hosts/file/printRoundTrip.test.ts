/**
 * Print settings survive every command. Before, `cappad paie` wrote one attendance sheet per page and
 * the next `cappad check` (exceljs re-reads the file and drops `<brk>`) ran three or four fiches
 * together. Here the XML each command writes is read back (not through exceljs) and every owned sheet's
 * page setup is compared with its print contract: after `paie` then `check`, and for every verb run
 * twice then followed by another.
 */
import { checkCommand } from "../../../src/commands/check";
import { payrollCommand } from "../../../src/commands/crew/payroll";
import { VERBS } from "../../../src/cli/verbs";
import { runOnBytes } from "../../../src/hosts/file/runner";
import { openWorkbook } from "../../../src/hosts/xlsx/workbook";
import { ATTENDANCE_PAGE, ATTENDANCE_SHEET } from "../../../src/sheets/contract/sheets";
import { demoBytes, TODAY } from "../../commands/planning/fixtures";
import { printContractDifferences, rowsMatching } from "../../helpers/printContract";
import { printXml } from "../../helpers/xlsxXml";

/** Every owned sheet of the file prints as its contract says, read from the XML written. */
async function expectContracts(bytes: Uint8Array, step: string): Promise<number> {
  const { checked, differences } = await printContractDifferences(bytes);
  expect({ step, differences }).toEqual({ step, differences: [] });
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
    scenarios: { production: "FLEUVE" },
    "appliquer-scenario": { scenario: "Deuxième monteur", production: "FLEUVE" },
    paie: { mois: "2026-11" },
    contrats: { mois: "2026-11" },
    bulletins: {},
    devis: { technique: true },
    "figer-devis": { production: "FLEUVE", technique: true },
    couts: {},
    facturer: { mois: "2026-11", production: "FLEUVE" },
    facture: { emettre: true },
    avoir: { numero: "FA-2026-0001" },
    efacture: {},
    "export-comptable": { du: "2026-01-01", au: "2026-12-31" },
    paiement: { facture: "MS-88213", montant: "504,00", date: "2026-11-27" },
    relance: {},
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

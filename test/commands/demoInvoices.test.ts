/**
 * The demo's October invoices are what « Émettre la facture » writes: issuing GLACIER's October draft by
 * hand on a workbook with the demo's company and clients and an empty register gives the very register
 * row, archive and printable sheet the demo carries as FA-2026-0001; the demo's numbering counter is at 2,
 * so its November draft is issued as FA-2026-0003.
 */
import { invoiceIssueCommand } from "../../src/commands/invoicing/issue";
import { insertTemplatesCommand } from "../../src/commands/templates";
import { counterKey } from "../../src/commands/invoicing/documents";
import { runOnBytes } from "../../src/hosts/file/runner";
import { openWorkbook, saveWorkbook } from "../../src/hosts/xlsx/workbook";
import { DEMO_CLIENTS, DEMO_COMPANY, DEMO_ISSUED_DRAFTS } from "../../src/demo/invoicing";
import { clientsSheet, facturesSheets, factureSheet, societeSheet } from "../../src/sheets/templates/invoicing";
import { emptySnapshot } from "../../src/workbook/snapshot";
import { dumpCells, workbookOf } from "../helpers/workbooks";
import { recordsOf, TODAY } from "./invoicing/helpers";

/** The cells of one sheet, keyed without the sheet's name. */
async function sheetCells(bytes: Uint8Array, sheet: string): Promise<Map<string, string>> {
  const cells = dumpCells(await openWorkbook(bytes));
  return new Map([...cells].filter(([k]) => k.startsWith(`${sheet}!`)).map(([k, v]) => [k.slice(sheet.length + 1), v]));
}

describe("the demo's October invoices", () => {
  let demo: Uint8Array;
  beforeAll(async () => {
    demo = (await runOnBytes(undefined, insertTemplatesCommand, { today: TODAY, options: { template: "all", demo: true } })).bytes!;
  });

  test("FA-2026-0001 is exactly what issuing its draft writes: register row, archive, printable sheet", async () => {
    const [glacier] = DEMO_ISSUED_DRAFTS;
    const byHand = await saveWorkbook(await workbookOf(societeSheet(TODAY, DEMO_COMPANY), clientsSheet(DEMO_CLIENTS), factureSheet(glacier.header, glacier.lines), ...facturesSheets()));
    const issued = await runOnBytes(byHand, invoiceIssueCommand, { today: (glacier.header.issueDate as { day: number }).day, options: { issue: true } });
    expect(issued.report.summary[0]).toMatch(/^Facture FA-2026-0001 émise le 09\/10\/2026 : Nord Sud Documentaires, 3\u202f000,00\u00a0€ HT, 3\u202f600,00\u00a0€ TTC, échéance le 30\/11\/2026\./);
    const [demoRow] = await recordsOf(demo, "Factures");
    expect(demoRow).toEqual((await recordsOf(issued.bytes!, "Factures"))[0]);
    const archive = (await recordsOf(demo, "ArchiveFactures")).filter((r) => r.Numéro === "FA-2026-0001");
    expect(archive.length).toBeGreaterThan(0);
    expect(archive).toEqual(await recordsOf(issued.bytes!, "ArchiveFactures"));
    const sheet = await sheetCells(demo, "FA-2026-0001");
    expect(sheet.size).toBeGreaterThan(40);
    expect(sheet).toEqual(await sheetCells(issued.bytes!, "FA-2026-0001"));
  });

  test("the register holds both, in order; the counter stored is 2 and the November draft comes next", async () => {
    expect((await recordsOf(demo, "Factures")).map((r) => [r.Numéro, r.Production, r.HT, r.TTC])).toEqual([
      ["FA-2026-0001", "GLACIER", 3000, 3600],
      ["FA-2026-0002", "FLEUVE", 4800, 5760],
    ]);
    const result = await insertTemplatesCommand.run({ snapshot: emptySnapshot(), today: TODAY, options: { template: "all", demo: true } });
    expect(result.patch.ops.filter((o) => o.kind === "setting")).toEqual([{ kind: "setting", key: counterKey("FA-2026-"), value: 2 }]);
    const dry = await runOnBytes(demo, invoiceIssueCommand, { today: TODAY, options: {} });
    expect(dry.report.summary[0]).toMatch(/recevrait le numéro FA-2026-0003 \(Les Films du Fleuve/);
  });

  test("only the demo, and only into a workbook without a register, issues them", async () => {
    const empty = await insertTemplatesCommand.run({ snapshot: emptySnapshot(), today: TODAY, options: { template: "all" } });
    const names = (empty.patch.ops.find((o) => o.kind === "template") as { sheets: { name: string }[] }).sheets.map((s) => s.name);
    expect(names.filter((n) => n.startsWith("FA-"))).toEqual([]);
    const again = await runOnBytes(demo, insertTemplatesCommand, { today: TODAY, options: { template: "all", demo: true } });
    expect(again.apply.sheetsWritten).toEqual([]);
  });
});

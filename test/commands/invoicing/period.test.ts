/**
 * "Facturer une période" on the demo: the billable séances of FLEUVE in November are exactly the demo
 * draft's lines; it appends only into an empty draft, and fills only a blank period in the header.
 */
import { invoicePeriodCommand } from "../../../src/commands/invoicing/period";
import { DEMO_INVOICE_LINES } from "../../../src/demo/invoicing";
import { saveWorkbook, openWorkbook } from "../../../src/hosts/file/workbook";
import { readSnapshot } from "../../../src/hosts/file/read";
import { serialFromDay, fromIso } from "../../../src/core/dates/civil";
import { demoBytes, TODAY } from "../planning/fixtures";
import { fieldRow, recordsOf, run, typeInto } from "./helpers";

/** The demo without its draft lines and without a period in the header. */
async function emptyDraft(): Promise<Uint8Array> {
  const bytes = await demoBytes();
  const wb = await openWorkbook(bytes);
  const t = readSnapshot(wb).tables.LignesFacture;
  const ws = wb.getWorksheet(t.sheet)!;
  // Delete the lines as a user would: clear the cells (the table keeps one blank row)…
  t.rows.forEach((_, i) => t.headers.forEach((_h, j) => (ws.getCell(t.headerRow + 2 + i, t.left + j + 1).value = null)));
  let out = await saveWorkbook(wb);
  for (const label of ["Début de période", "Fin de période"]) out = await typeInto(out, "EnteteFacture", await fieldRow(out, "EnteteFacture", label), "Valeur", null);
  return out;
}

describe("invoice a period", () => {
  test("FLEUVE, 2026-11: the demo draft's lines, the period filled, nothing else touched", async () => {
    const bytes = await emptyDraft();
    const r = await run(bytes, invoicePeriodCommand, { month: "2026-11", production: "FLEUVE" }, TODAY);
    const lines = (await recordsOf(r.bytes!, "LignesFacture")).map(({ "Montant HT": _amount, ...l }) => ({ ...l, Code: l.Code ?? "" }));
    expect(lines).toEqual(DEMO_INVOICE_LINES);
    // 5 × 280 + 14 × 450 + 14 × 180 = 10 220 € HT.
    expect(r.report.summary[0]).toBe("3 ligne(s) ajoutée(s) au brouillon (FLEUVE, du 01/11/2026 au 30/11/2026) : 10\u202f220,00\u00a0€ HT. Vérifiez-les, complétez l'en-tête puis « Émettre la facture ».");
    const header = Object.fromEntries((await recordsOf(r.bytes!, "EnteteFacture")).map((f) => [f.Champ, f.Valeur]));
    expect([header["Début de période"], header["Fin de période"]]).toEqual([serialFromDay(fromIso("2026-11-01")!), serialFromDay(fromIso("2026-11-30")!)]);
    // What the user typed in the header stays as it was.
    const before = Object.fromEntries((await recordsOf(bytes, "EnteteFacture")).map((f) => [f.Champ, f.Valeur]));
    expect({ ...header, "Début de période": null, "Fin de période": null }).toEqual(before);
  });

  test("refuses to add to a draft that already has lines, and says so", async () => {
    const r = await run(await demoBytes(), invoicePeriodCommand, { month: "2026-11" }, TODAY);
    expect(r.bytes).toBeUndefined();
    expect(r.report.summary[0]).toMatch(/^Le brouillon a déjà 3 ligne\(s\) : rien n'a été ajouté/);
  });
});

/**
 * "Facturer une période" on the demo: the days worked on FLEUVE in November are exactly the demo
 * draft's lines (Hugo Bernard 4 days, as many as his attendance sheets count); it appends only into an
 * empty draft, and fills only the header's blank fields (period, client, nature, periodic invoice).
 */
import { invoicePeriodCommand } from "../../../src/commands/invoicing/period";
import { DEMO_INVOICE_LINES } from "../../../src/demo/invoicing";
import { saveWorkbook, openWorkbook } from "../../../src/hosts/xlsx/workbook";
import { readSnapshot } from "../../../src/hosts/file/read";
import { serialFromDay, fromIso } from "../../../src/core/dates/civil";
import { attendanceSheets } from "../../../src/core/crew/attendance";
import { CommandContext } from "../../../src/commands/context";
import { crewOf } from "../../../src/sheets/crew";
import { demoBytes, TODAY } from "../planning/fixtures";
import { crewSheets, DOC, person, seance } from "../crew/fixtures";
import { tarifsSheet } from "../../../src/sheets/templates/costs";
import { factureSheet } from "../../../src/sheets/templates/invoicing";
import { workbookOf } from "../../helpers/workbooks";
import { fieldRow, recordsOf, run, typeInto } from "./helpers";

/** The demo without its draft lines and without these header fields (default: the period). */
async function emptyDraft(blank = ["Début de période", "Fin de période"]): Promise<Uint8Array> {
  const bytes = await demoBytes();
  const wb = await openWorkbook(bytes);
  const t = readSnapshot(wb).tables.LignesFacture;
  const ws = wb.getWorksheet(t.sheet)!;
  // Delete the lines as a user would: clear the cells (the table keeps one blank row)…
  t.rows.forEach((_, i) => t.headers.forEach((_h, j) => (ws.getCell(t.headerRow + 2 + i, t.left + j + 1).value = null)));
  let out = await saveWorkbook(wb);
  for (const label of blank) out = await typeInto(out, "EnteteFacture", await fieldRow(out, "EnteteFacture", label), "Valeur", null);
  return out;
}

describe("invoice a period", () => {
  test("FLEUVE, 2026-11: the demo draft's lines, the period filled, nothing else touched", async () => {
    const bytes = await emptyDraft();
    const r = await run(bytes, invoicePeriodCommand, { month: "2026-11", production: "FLEUVE" }, TODAY);
    const lines = (await recordsOf(r.bytes!, "LignesFacture")).map(({ "Montant HT": _amount, ...l }) => ({ ...l, Code: l.Code ?? "" }));
    expect(lines).toEqual(DEMO_INVOICE_LINES);
    // Days worked, not séances: Hugo 4 (five séances, two on 03/11), Léa 14, the room 14.
    // 4 × 380 + 14 × 850 + 14 × 180 = 1 520 + 11 900 + 2 520 = 15 940 € HT (16 320 when séances were counted).
    expect(r.report.summary[0]).toBe("3 ligne(s) ajoutée(s) au brouillon (FLEUVE, du 01/11/2026 au 30/11/2026) : 15\u202f940,00\u00a0€ HT. Vérifiez-les, complétez l'en-tête puis « Émettre la facture ».");
    const header = Object.fromEntries((await recordsOf(r.bytes!, "EnteteFacture")).map((f) => [f.Champ, f.Valeur]));
    expect([header["Début de période"], header["Fin de période"]]).toEqual([serialFromDay(fromIso("2026-11-01")!), serialFromDay(fromIso("2026-11-30")!)]);
    // What the user typed in the header stays as it was.
    const before = Object.fromEntries((await recordsOf(bytes, "EnteteFacture")).map((f) => [f.Champ, f.Valeur]));
    expect({ ...header, "Début de période": null, "Fin de période": null }).toEqual(before);
  });

  test("a person with two séances on one day is billed one day: Hugo's FLEUVE days equal his attendance sheets' days", async () => {
    const bytes = await emptyDraft();
    const r = await run(bytes, invoicePeriodCommand, { month: "2026-11", production: "FLEUVE" }, TODAY);
    const hugo = (await recordsOf(r.bytes!, "LignesFacture")).find((l) => String(l.Libellé).endsWith("Hugo Bernard"))!;
    // The attendance sheets of November for FLEUVE, week by week, from the same séances.
    const ctx = new CommandContext("payroll", { snapshot: readSnapshot(await openWorkbook(bytes)), today: TODAY, options: {} });
    const sheets = attendanceSheets(crewOf(ctx).analysis, { by: "week", from: fromIso("2026-11-01")!, to: fromIso("2026-11-30")! }).filter((s) => s.name === "Hugo Bernard" && s.production === "FLEUVE");
    // One sheet (week of 02/11): 02/11 (1 séance), 03/11 (2 séances), 05/11, 06/11 → 5 rows, 4 days.
    expect(sheets.map((s) => [s.rows.length, s.totals.days])).toEqual([[5, 4]]);
    expect(hugo.Quantité).toBe(4);
    expect(hugo.Quantité).toBe(sheets.reduce((n, s) => n + s.totals.days, 0));
  });

  test("fills the header's blank client, nature and periodic invoice from the production", async () => {
    const bytes = await emptyDraft(["Client", "Nature des opérations", "Facture périodique", "Début de période", "Fin de période"]);
    const r = await run(bytes, invoicePeriodCommand, { month: "2026-11", production: "FLEUVE" }, TODAY);
    const header = Object.fromEntries((await recordsOf(r.bytes!, "EnteteFacture")).map((f) => [f.Champ, f.Valeur]));
    expect([header.Client, header["Nature des opérations"], header["Facture périodique"]]).toEqual(["Les Films du Fleuve", "services", "oui"]);
    // Both productions on one draft: two clients, said, and the client is left blank.
    const all = await run(bytes, invoicePeriodCommand, { month: "2026-11" }, TODAY);
    const h2 = Object.fromEntries((await recordsOf(all.bytes!, "EnteteFacture")).map((f) => [f.Champ, f.Valeur]));
    expect(h2.Client).toBeNull();
    expect(all.report.alerts.find((a) => a.code === "FACTURER_CLIENTS_MULTIPLES")?.message).toMatch(/plusieurs clients \(Les Films du Fleuve, Nord Sud Documentaires\)/);
  });

  test("Sunday, holiday and night work from the séances, billed with the rate card's surcharges, each on its line", async () => {
    // Léa sold at MONTEUR (480 €/day; Sunday +25 %, holiday +100 %, night +50 %) on a documentary
    // (IDCC 2642, nights 22:00–07:00 in November):
    //   Wed 11/11 (Armistice) 09:00–13:00 → a day, a holiday;
    //   Thu 12/11 14:30–23:30 → a day with 1,5 h of night (22:00–23:30);
    //   Fri 13/11 09:30–18:30 (1 h break) and 19:00–20:00 → two séances, one day;
    //   Sun 15/11 10:00–17:00 → a day, a Sunday.
    // 4 days × 480 = 1 920 €; Sunday 1 × 120 = 120 €; holiday 1 × 480 = 480 €;
    // night 1,5 h ÷ 8 h = 0,1875 day × 240 = 45 €. Total 2 565 € HT.
    const tarifs = [{ Code: "MONTEUR", Libellé: "Chef monteur image (mise à disposition)", Unité: "jour", "Prix HT": 480, "TVA (%)": 20, Poste: "2.1", "Majoration dimanche": 0.25, "Majoration nuit": 0.5, "Majoration férié": 1 }];
    const seances = [
      seance("2026-11-11", "Léa Martin", "DOC1", "09:00", "13:00"),
      seance("2026-11-12", "Léa Martin", "DOC1", "14:30", "23:30"),
      seance("2026-11-13", "Léa Martin", "DOC1", "09:30", "18:30", 60),
      seance("2026-11-13", "Léa Martin", "DOC1", "19:00", "20:00"),
      seance("2026-11-15", "Léa Martin", "DOC1", "10:00", "17:00"),
    ];
    const crew = [person("Léa Martin", "Chef monteuse", 1850, "semaine 39 h", { Statut: "Intermittent technicien cadre", "Code tarif": "MONTEUR" })];
    const bytes = await saveWorkbook(await workbookOf(...crewSheets({ seances, crew, productions: [DOC] }), tarifsSheet(tarifs), factureSheet()));
    const r = await run(bytes, invoicePeriodCommand, { month: "2026-11", production: "DOC1" }, TODAY);
    const lines = (await recordsOf(r.bytes!, "LignesFacture")).map((l) => [l.Libellé, l.Quantité, l.Unité, l["Prix HT"], l["Montant HT"]]);
    expect(lines).toEqual([
      ["Chef monteur image (mise à disposition)", 4, "jour", 480, 1920],
      ["Chef monteur image (mise à disposition) — majoration dimanche (+25 %)", 1, "jour", 120, 120],
      ["Chef monteur image (mise à disposition) — majoration jour férié (+100 %)", 1, "jour", 480, 480],
      ["Chef monteur image (mise à disposition) — majoration de nuit (+50 %)", 0.1875, "jour", 240, 45],
    ]);
    expect(r.report.summary[0]).toMatch(/: 2\u202f565,00\u00a0€ HT\./);
  });

  test("refuses to add to a draft that already has lines, and says so", async () => {
    const r = await run(await demoBytes(), invoicePeriodCommand, { month: "2026-11" }, TODAY);
    expect(r.bytes).toBeUndefined();
    expect(r.report.summary[0]).toMatch(/^Le brouillon a déjà 3 ligne\(s\) : rien n'a été ajouté/);
  });
});

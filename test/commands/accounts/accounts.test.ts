/**
 * The accounts through the demo workbook (file host): supplier invoices and payments read and checked,
 * overdue payables and receivables alerted from the day after their due date, the register's Statut
 * derived from the payments, and an older Achats (Référence) still read.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../../src/cli/main";
import { checkCommand } from "../../../src/commands/check";
import { openWorkbook, saveWorkbook } from "../../../src/hosts/xlsx/workbook";
import { readSnapshot } from "../../../src/hosts/file/read";
import { headerIndex } from "../../../src/workbook/patch";
import { run, typeInto, TODAY } from "../invoicing/helpers";

let demo: Uint8Array;
beforeAll(async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cappad-acc-")), "demo.xlsx");
  const silent = { out: () => undefined, err: () => undefined };
  expect(await main(["new", file, "--demo", "--today", "2026-11-27"], silent)).toBe(0);
  demo = new Uint8Array(fs.readFileSync(file));
});

const codes = <A extends { code: string }>(alerts: A[], prefix: string): A[] => alerts.filter((a) => a.code.startsWith(prefix));

describe("accounts in the check", () => {
  test("the demo: MS-88213 (504,00 € TTC, due 20/11/2026) is 7 days late on 27/11, NS-2611-027 is to pay this week, FA-2026-0002 is half paid and late; nothing else is wrong", async () => {
    const r = await run(demo, checkCommand, {}, TODAY);
    const achats = codes(r.report.alerts, "ACHAT_").concat(codes(r.report.alerts, "PAIEMENT_"));
    expect(achats.map((a) => [a.code, a.id, a.cell])).toEqual([["ACHAT_ECHEANCE_DEPASSEE", "MS-88213", "Achats!K5"]]);
    expect(achats[0].message).toMatch(/504,00.€ restent dus, 7 jour\(s\) de retard/);
    const sections = r.report.sections as { accounts: { payables: unknown[]; receivables: unknown[] } };
    // NS-2611-027 (456,00 € TTC) falls due on 02/12, within the week: listed to pay, not late.
    expect(sections.accounts.payables).toEqual([
      { facture: "MS-88213", fournisseur: "Média Stock", production: "FLEUVE", echeance: "2026-11-20", du: 504, joursDeRetard: 7 },
      { facture: "NS-2611-027", fournisseur: "Nord Stockage", production: "GLACIER", echeance: "2026-12-02", du: 456, joursDeRetard: 0 },
    ]);
    // FA-2026-0002: 5 760,00 € TTC due 22/11, 2 880,00 € received on 13/11; FA-2026-0001 paid in full is not owed.
    expect(sections.accounts.receivables).toEqual([
      { facture: "FA-2026-0002", client: "Les Films du Fleuve", production: "FLEUVE", echeance: "2026-11-22", du: 2880, statut: "en retard", joursDeRetard: 5 },
    ]);
    const late = codes(r.report.alerts, "FACT_EN_RETARD");
    expect(late.map((a) => [a.id, a.cell])).toEqual([["FA-2026-0002", "Factures!H5"]]);
  });

  test("VAT off the rate, a number twice for one supplier, an unknown poste and production: each on its cell", async () => {
    let bytes = await typeInto(demo, "Achats", 0, "TVA", 100); // 1 850,00 × 20 % = 370,00, not 100,00
    bytes = await typeInto(bytes, "Achats", 2, "N° facture fournisseur", "LNN-2026-0412"); // same supplier as row 0
    bytes = await typeInto(bytes, "Achats", 3, "Poste", "9.9");
    bytes = await typeInto(bytes, "Achats", 1, "Production", "NULLE");
    const r = await run(bytes, checkCommand, {}, TODAY);
    const got = codes(r.report.alerts, "ACHAT_").map((a) => [a.code, a.cell]).sort();
    expect(got).toEqual(
      [
        ["ACHAT_TVA_TAUX", "Achats!I4"],
        ["ACHAT_TTC_INCOHERENT", "Achats!J4"], // 2 220,00 typed ≠ 1 850,00 + 100,00
        ["ACHAT_FACTURE_EN_DOUBLE", "Achats!C6"],
        ["ACHAT_POSTE_INCONNU", "Achats!E7"],
        ["ACHAT_PRODUCTION_INCONNUE", "Achats!D5"],
        ["ACHAT_ECHEANCE_DEPASSEE", "Achats!K5"],
      ].sort(),
    );
    expect(r.report.alerts.find((a) => a.code === "ACHAT_TVA_TAUX")!.message).toMatch(/TVA ne correspond pas au taux/);
  });

  test("a payment to an unknown invoice is an error on its cell", async () => {
    const bytes = await typeInto(demo, "Paiements", 0, "Facture", "INCONNUE-1");
    const r = await run(bytes, checkCommand, {}, TODAY);
    expect(codes(r.report.alerts, "PAIEMENT_").map((a) => [a.code, a.severity, a.cell])).toEqual([["PAIEMENT_FACTURE_INCONNUE", "error", "Paiements!C4"]]);
  });

  test("an older Achats whose number column is « Référence »: read as the supplier's invoice number, said once", async () => {
    const wb = await openWorkbook(demo);
    const t = readSnapshot(wb).tables.Achats;
    const ws = wb.getWorksheet(t.sheet)!;
    ws.getCell(t.headerRow + 1, t.left + headerIndex(t.headers, "N° facture fournisseur") + 1).value = "Référence";
    const table = ws.getTable("Achats") as unknown as { table?: { columns: { name: string }[] } };
    const col = table.table?.columns.find((c) => c.name === "N° facture fournisseur");
    if (col) col.name = "Référence";
    const r = await run(await saveWorkbook(wb), checkCommand, {}, TODAY);
    expect(codes(r.report.alerts, "ACHAT_").map((a) => [a.code, a.id])).toEqual(expect.arrayContaining([["ACHAT_REFERENCE_LUE", ""], ["ACHAT_ECHEANCE_DEPASSEE", "MS-88213"]]));
    // The partial payment still finds LNN-2026-0431 through the old column: no unknown invoice.
    expect(codes(r.report.alerts, "PAIEMENT_")).toEqual([]);
  });
});

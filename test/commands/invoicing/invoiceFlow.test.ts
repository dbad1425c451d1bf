/**
 * The invoice flow through a workbook (file host): a draft missing mentions is refused with the French
 * list, each item on its cell, and nothing is written; completed, it is issued as FA-2026-0001 (register
 * row, archive, protected printable sheet), never twice; the next draft gets 0002; a credit note cancels
 * 0001 as 0003 and changes nothing else; the check keeps the register honest; every e-invoice file the
 * commands produce is valid against the official XSD, the official EN 16931 rules and the French rules.
 */
import { checkCommand } from "../../../src/commands/check";
import { creditNoteCommand } from "../../../src/commands/invoicing/creditNote";
import { eInvoiceCommand } from "../../../src/commands/invoicing/eInvoice";
import { invoiceIssueCommand } from "../../../src/commands/invoicing/issue";
import { serialFromDay } from "../../../src/core/dates/civil";
import { checkEInvoiceXml } from "../../../src/core/invoicing/frenchRules";
import { openWorkbook, saveWorkbook } from "../../../src/hosts/xlsx/workbook";
import { readSnapshot } from "../../../src/hosts/file/read";
import { DEMO_CLIENTS } from "../../../src/demo/invoicing";
import { OWNED_MARKER } from "../../../src/workbook/model";
import { describeWithSchemas, expectValidEInvoices } from "../../helpers/schemas";
import { fieldRow, invoicingWorkbook, recordsOf, run, tableOf, TODAY, typeInto } from "./helpers";

const issue = { issue: true };

describe("invoice flow through the workbook", () => {
  test("a draft missing mentions is refused with the French list, each on its cell, and nothing is written", async () => {
    const bytes = await invoicingWorkbook({
      company: { vatOnDebits: "" },
      clients: [{ Nom: "Les Films du Fleuve", Adresse: "8 quai de la Loire", "Code postal": "75019", Ville: "Paris", Pays: "FR", "Délai de paiement (j)": 30 }],
      header: { nature: null },
    });
    const r = await run(bytes, invoiceIssueCommand, issue);
    expect(r.bytes).toBeUndefined();
    expect(r.patch.ops).toEqual([]);
    const missing = r.report.alerts.filter((a) => a.code === "FACT_MENTION_MANQUANTE");
    // Societe row of the option (data row i → sheet row 4 + i), Clients' SIREN column (B), the header's nature.
    const option = await fieldRow(bytes, "Societe", "Option TVA sur les débits");
    const nature = await fieldRow(bytes, "EnteteFacture", "Nature des opérations");
    expect(missing.map((a) => a.cell).sort()).toEqual([`Clients!B4`, `Facture!B${4 + nature}`, `Societe!B${4 + option}`].sort());
    expect(r.report.summary[0]).toBe("Facture non émise : 3 point(s) à corriger avant d'attribuer un numéro :");
    expect(r.report.summary).toEqual(
      expect.arrayContaining([
        "• Mention obligatoire manquante : le SIREN du client.",
        "• Mention obligatoire manquante : la nature des opérations (biens, services ou mixte).",
        "• Mention obligatoire manquante : l'option pour le paiement de la TVA d'après les débits (oui ou non).",
      ]),
    );
    // Without --emettre, the same list: the check-only mode says what is missing too.
    const dry = await run(bytes, invoiceIssueCommand, {});
    expect(dry.report.summary).toEqual(r.report.summary);
  });

  test("completed: FA-2026-0001 issued once, the next draft gets 0002, a credit note cancels 0001 as 0003", async () => {
    const draft = await invoicingWorkbook();
    const checked = await run(draft, invoiceIssueCommand, {});
    expect(checked.bytes).toBeUndefined();
    expect(checked.report.summary[0]).toMatch(/^Brouillon complet .* numéro FA-2026-0001 \(Les Films du Fleuve, 15\u202f940,00\u00a0€ HT, 19\u202f128,00\u00a0€ TTC\)/);

    const first = await run(draft, invoiceIssueCommand, issue);
    const v1 = first.bytes!;
    // The demo draft bills days worked: Hugo 4 days (02, 03, 05, 06/11; two séances on 03/11 are one day),
    // Léa and the room 14 each. 4 × 380 + 14 × 850 + 14 × 180 = 1 520 + 11 900 + 2 520 = 15 940 € HT
    // (16 320 when Hugo's five séances were billed as five days); VAT 20 % = 3 188; TTC 19 128;
    // due 30 days date de facture: 27/11 + 30 = 27/12/2026 (a periodic invoice, within its 45 days).
    expect(await recordsOf(v1, "Factures")).toEqual([
      { Numéro: "FA-2026-0001", Date: serialFromDay(TODAY), Client: "Les Films du Fleuve", Production: "FLEUVE", HT: 15940, TVA: 3188, TTC: 19128, Échéance: serialFromDay(TODAY + 30), Statut: "émise", "Avoir de": null },
    ]);
    const archive = await recordsOf(v1, "ArchiveFactures");
    expect(archive.map((a) => [a.Numéro, a.Partie])).toEqual([["FA-2026-0001", 1]]);
    expect(JSON.parse(String(archive[0].Données)).totals.ttcCents).toBe(1912800);
    const wb = await openWorkbook(v1);
    const sheet = wb.getWorksheet("FA-2026-0001")!;
    expect(String(sheet.getCell("A1").value)).toMatch(new RegExp(`^${OWNED_MARKER}`));
    expect((sheet as unknown as { sheetProtection: { sheet?: boolean } | null }).sheetProtection?.sheet).toBe(true);
    expect(sheet.getCell("A3").value).toBe("Studio Cap Nord");
    // The draft stays a draft: its lines are all there.
    expect((await recordsOf(v1, "LignesFacture")).map((l) => l.Quantité)).toEqual([4, 14, 14]);

    // Pressing "Émettre" again on the same draft issues nothing (the command is idempotent).
    const again = await run(v1, invoiceIssueCommand, issue);
    expect(again.bytes).toBeUndefined();
    expect(again.report.summary[0]).toMatch(/^Ce brouillon a déjà été émis : facture FA-2026-0001 du 27\/11\/2026/);

    // The next invoice: another month's quantities on the same draft.
    const v1b = await typeInto(v1, "LignesFacture", 0, "Quantité", 6);
    const second = await run(v1b, invoiceIssueCommand, issue, TODAY + 3);
    const v2 = second.bytes!;
    expect((await recordsOf(v2, "Factures")).map((r) => r.Numéro)).toEqual(["FA-2026-0001", "FA-2026-0002"]);
    // 6 × 380 + 14 × 850 + 14 × 180 = 2 280 + 11 900 + 2 520 = 16 700 € HT; VAT 20 % = 3 340; TTC 20 040.
    expect(second.report.sections.invoice).toMatchObject({ numero: "FA-2026-0002", ht: 16700, tva: 3340, ttc: 20040 });

    // The client paid 0002: the user types it; the credit note of 0001 keeps it.
    const paid = await typeInto(v2, "Factures", 1, "Statut", "payée");
    const avoir = await run(paid, creditNoteCommand, { number: "FA-2026-0001" }, TODAY + 4);
    const v3 = avoir.bytes!;
    const register = await recordsOf(v3, "Factures");
    expect(register.map((r) => [r.Numéro, r.Statut, r["Avoir de"], r.TTC])).toEqual([
      ["FA-2026-0001", "annulée par avoir", null, 19128],
      ["FA-2026-0002", "payée", null, 20040],
      ["FA-2026-0003", "émise", "FA-2026-0001", -19128],
    ]);
    // The issued invoice's row did not change otherwise (an issued invoice is never modified).
    const before = (await recordsOf(paid, "Factures"))[0];
    expect({ ...register[0], Statut: before.Statut }).toEqual(before);
    const avoirSheet = (await openWorkbook(v3)).getWorksheet("FA-2026-0003")!;
    expect(avoirSheet.getCell("F3").value).toBe("AVOIR");
    // Cancelling twice is refused.
    const twice = await run(v3, creditNoteCommand, { number: "FA-2026-0001" }, TODAY + 4);
    expect(twice.bytes).toBeUndefined();
    expect(twice.report.alerts.map((a) => a.code)).toContain("FACT_DEJA_ANNULEE");

    // The check computes the draft's amounts and finds the register consistent.
    const check = await run(v3, checkCommand, {}, TODAY + 4);
    expect(check.report.sections.invoices).toEqual([
      { numero: "FA-2026-0001", client: "Les Films du Fleuve", ht: 15940, tva: 3188, ttc: 19128, status: "annulée par avoir" },
      { numero: "FA-2026-0002", client: "Les Films du Fleuve", ht: 16700, tva: 3340, ttc: 20040, status: "payée" },
      { numero: "FA-2026-0003", client: "Les Films du Fleuve", ht: -15940, tva: -3188, ttc: -19128, status: "émise" },
    ]);
    // « payée » set by hand with no row in Paiements stays paid, and an information says to record the payment.
    expect(check.report.alerts.filter((a) => a.code.startsWith("FACT_")).map((a) => [a.code, a.severity, a.id])).toEqual([["FACT_PAYEE_SANS_PAIEMENT", "info", "FA-2026-0002"]]);
    expect((await recordsOf(check.bytes!, "LignesFacture")).map((l) => l["Montant HT"])).toEqual([2280, 11900, 2520]);

    // Someone edits an issued invoice's amount in the register: the check says so, on its cell.
    const edited = await typeInto(v3, "Factures", 1, "HT", 9000);
    const alarm = await run(edited, checkCommand, {}, TODAY + 4);
    expect(alarm.report.alerts.filter((a) => a.code === "FACT_REGISTRE_MODIFIE").map((a) => [a.id, a.cell])).toEqual([["FA-2026-0002", "Factures!A5"]]);
    // …and issuing refuses to number on top of a register whose 0002 row vanished (a gap).
    // (a new draft: other quantities, and no date, so that it is dated the day it is issued)
    const next = await typeInto(await typeInto(v3, "LignesFacture", 0, "Quantité", 7), "EnteteFacture", await fieldRow(v3, "EnteteFacture", "Date de facture"), "Valeur", null);
    const gap = await typeInto(next, "Factures", 1, "Numéro", "FA-2026-0009");
    expect((await run(gap, checkCommand, {}, TODAY + 5)).report.alerts.map((a) => a.code)).toContain("FACT_NUMERO_TROU");
    const refused = await run(gap, invoiceIssueCommand, issue, TODAY + 5);
    expect(refused.bytes).toBeUndefined();
    expect(refused.report.alerts.map((a) => a.code)).toContain("FACT_NUMERO_TROU");
    // The same new draft on the intact register is the 0004, dated the day it is issued.
    const fourth = await run(next, invoiceIssueCommand, issue, TODAY + 5);
    expect(fourth.report.sections.invoice).toMatchObject({ numero: "FA-2026-0004", date: "2026-12-02" });
  });
});

describeWithSchemas("the e-invoices of issued documents", () => {
  test("a client named like a formula is registered as typed, and the next check finds the register honest", async () => {
    const name = '=HYPERLINK("http://exemple.invalid","Fleuve")';
    const bytes = await invoicingWorkbook({ header: { client: name }, clients: [{ ...DEMO_CLIENTS[0], Nom: name }, ...DEMO_CLIENTS.slice(1)] });
    const issued = await run(bytes, invoiceIssueCommand, issue);
    expect((await recordsOf(issued.bytes!, "Factures"))[0].Client).toBe(name);
    const check = await run(issued.bytes!, checkCommand);
    expect(check.report.alerts.filter((a) => a.code.startsWith("FACT_REGISTRE"))).toEqual([]);
  });

  test("an archive whose number column was renamed refuses to issue (the invoice could not be found again), nothing written", async () => {
    const bytes = await invoicingWorkbook();
    const wb = await openWorkbook(bytes);
    const t = readSnapshot(wb).tables.ArchiveFactures;
    const ws = wb.getWorksheet(t.sheet)!;
    ws.getCell(t.headerRow + 1, t.left + 1).value = "N° (ancien)";
    (ws.getTable("ArchiveFactures") as unknown as { table: { columns: { name: string }[] } }).table.columns[0].name = "N° (ancien)";
    const damaged = await saveWorkbook(wb);
    for (let round = 0; round < 2; round++) {
      const r = await run(damaged, invoiceIssueCommand, issue);
      expect(r.bytes).toBeUndefined();
      expect(r.report.alerts.find((a) => a.code === "TABLE_AJOUT_IMPOSSIBLE")?.message).toMatch(/Table ArchiveFactures : la colonne « Numéro » est introuvable ; rien n'y a été ajouté/);
      expect(r.report.summary).toContain("Facture non émise : voir les alertes.");
    }
  });

  test("EN 16931 in the workbook: a 0 % line for a client outside the EU beside a 20 % line is an alert on its cell; the franchise en base issues a conforming file", async () => {
    const abroad = { ...DEMO_CLIENTS[0], Nom: "Hudson River Pictures LLC", SIREN: null, SIRET: null, "TVA intracom": null, Pays: "US", "Code postal": "10107", Ville: "New York", "Adresse de routage": "HUDSONRIVER" };
    const lines = [
      { Production: "FLEUVE", Code: "", Libellé: "Chef monteuse — Léa Martin", Quantité: 14, Unité: "jour", "Prix HT": 450, "TVA (%)": 0 },
      { Production: "FLEUVE", Code: "", Libellé: "Salle de montage Avid", Quantité: 14, Unité: "jour", "Prix HT": 180, "TVA (%)": 20 },
    ];
    const mixed = await invoicingWorkbook({ clients: [abroad], header: { client: abroad.Nom }, lines });
    for (const format of ["ubl", "cii"] as const) {
      const r = await run(mixed, invoiceIssueCommand, { issue: true, format });
      expect(r.bytes).toBeUndefined();
      const alert = r.report.alerts.find((a) => a.code === "FACT_TVA_HORS_CHAMP_MELANGEE")!;
      // The draft's lines start below the header; the first line's TVA (%) column is G.
      const t = await tableOf(mixed, "LignesFacture");
      expect(alert).toMatchObject({ severity: "error", sheet: "Facture", cell: `Facture!G${t.headerRow + 2}` });
      expect(alert.message).toMatch(/^Ligne 1 : .*\(règles BR-O-11 et BR-O-12\)\. Émettez deux factures\.$/);
    }
    // The same client with its 0 % line alone: "not subject to VAT", issued with a conforming file.
    const alone = await run(await invoicingWorkbook({ clients: [abroad], header: { client: abroad.Nom }, lines: lines.slice(0, 1) }), invoiceIssueCommand, { issue: true, format: "ubl" });
    const franchise = await run(
      await invoicingWorkbook({ company: { vatFranchise: "oui", vatNumber: null, legalForm: "EI", shareCapital: null }, lines: lines.slice(0, 1) }),
      invoiceIssueCommand,
      { issue: true, format: "cii" },
    );
    const files = [...alone.report.files, ...franchise.report.files].map((f) => ({ name: f.name, xml: String(f.content) }));
    expect(files.map((f) => f.name)).toEqual(["FA-2026-0001.ubl.xml", "FA-2026-0001.cii.xml"]);
    await expectValidEInvoices(files);
  });

  test("UBL and CII of an invoice and of its credit note: valid XSD and EN 16931, no French-rule violation", async () => {
    const issuing = await run(await invoicingWorkbook({ company: { vatOnDebits: "oui" } }), invoiceIssueCommand, { issue: true, format: "ubl" });
    const crediting = await run(issuing.bytes!, creditNoteCommand, { number: "FA-2026-0001", format: "cii" }, TODAY + 1);
    const cancelled = crediting.bytes!;
    // The files offered when issuing, then those exported again from the archive.
    const files: { name: string; xml: string }[] = [...issuing.report.files, ...crediting.report.files].map((f) => ({ name: `émis ${f.name}`, xml: String(f.content) }));
    expect(files.map((f) => f.name)).toEqual(["émis FA-2026-0001.ubl.xml", "émis FA-2026-0002.cii.xml"]);
    for (const number of ["FA-2026-0001", "FA-2026-0002"])
      for (const format of ["ubl", "cii"] as const) {
        const r = await run(cancelled, eInvoiceCommand, { number, format }, TODAY + 1);
        expect(r.bytes).toBeUndefined();
        expect(r.report.files.map((f) => f.name)).toEqual([`${number}.${format}.xml`]);
        files.push({ name: `${number} ${format}`, xml: String(r.report.files[0].content) });
      }
    for (const f of files) expect({ name: f.name, violations: checkEInvoiceXml(f.xml) }).toEqual({ name: f.name, violations: [] });
    const results = await expectValidEInvoices(files);
    expect(Object.fromEntries(results.map((r) => [r.name, r.kind]))).toEqual({
      "émis FA-2026-0001.ubl.xml": "ubl-invoice",
      "émis FA-2026-0002.cii.xml": "cii",
      "FA-2026-0001 ubl": "ubl-invoice",
      "FA-2026-0001 cii": "cii",
      "FA-2026-0002 ubl": "ubl-credit-note",
      "FA-2026-0002 cii": "cii",
    });
    // Exported again, a document says what it said when issued.
    expect(files[2].xml).toBe(files[0].xml);
    expect(files[5].xml).toBe(files[1].xml);
    // The French specifics really are in the files: the routing scheme, S1, the debits option, the reference of the avoir.
    const [ubl, cii, ublAvoir] = [files[2].xml, files[3].xml, files[4].xml];
    expect(ubl).toMatch(/<cbc:EndpointID schemeID="0225">813579240<\/cbc:EndpointID>/);
    expect(ubl).toMatch(/<cbc:ProfileID>S1<\/cbc:ProfileID>/);
    expect(ubl).toMatch(/#PMT#/);
    expect(cii).toMatch(/<ram:SubjectCode>PMD<\/ram:SubjectCode>/);
    expect(ublAvoir).toMatch(/<cac:InvoiceDocumentReference>\s*<cbc:ID>FA-2026-0001<\/cbc:ID>/);
  });
});

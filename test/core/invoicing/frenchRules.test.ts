/**
 * Each French rule of the FNFE BR-FR schematrons (and the EN 16931 arithmetic) caught on a file or on facts that
 * break it, starting from a valid invoice.
 */
import { toCii } from "../../../src/core/invoicing/cii";
import {
  checkEInvoiceXml,
  checkFrenchRules,
  type EInvoiceFacts,
  factsFromInvoice,
} from "../../../src/core/invoicing/frenchRules";
import { issueInvoice } from "../../../src/core/invoicing/register";
import { toUbl } from "../../../src/core/invoicing/ubl";
import { expectValidEInvoices } from "../../helpers/schemas";
import { SELLER, draft } from "./fixtures";

const r = issueInvoice({ draft: draft(), seller: SELLER, register: [] });
if (!r.ok) throw new Error("émission refusée");
const doc = r.invoice;
const valid = (): EInvoiceFacts => JSON.parse(JSON.stringify(factsFromInvoice(doc)));

type Mutation = [label: string, mutate: (f: EInvoiceFacts) => void, code: string, rule: string];

const MUTATIONS: Mutation[] = [
  ["profil autre qu'EN 16931", (f) => (f.customizationId = "urn:factur-x.eu:1p0:minimum"), "EFACT_PROFIL", "BT-24"],
  ["numéro de 36 caractères", (f) => (f.number = "F".repeat(36)), "EFACT_NUMERO", "BR-FR-01/02"],
  ["numéro avec espace", (f) => (f.number = "FA 2026 0001"), "EFACT_NUMERO", "BR-FR-01/02"],
  ["type de document non admis", (f) => (f.typeCode = "325"), "EFACT_TYPE", "BR-FR-04 (BT-3)"],
  ["cadre de facturation absent", (f) => (f.businessProcess = ""), "EFACT_CADRE", "BT-23"],
  ["cadre de facturation inconnu", (f) => (f.businessProcess = "S9"), "EFACT_CADRE", "BT-23"],
  ["SIREN vendeur absent", (f) => delete f.seller.siren, "EFACT_SIREN_VENDEUR", "BR-FR-10 (BT-30)"],
  ["SIREN vendeur sans schéma 0002", (f) => (f.seller.siren = { id: "842317547", scheme: "0009" }), "EFACT_SIREN_VENDEUR", "BR-FR-10 (BT-30)"],
  ["SIRET vendeur d'un autre SIREN", (f) => (f.seller.siret = { id: "51234567900017", scheme: "0009" }), "EFACT_SIRET_SIREN", "BR-FR-09"],
  ["SIRET acheteur d'un autre SIREN", (f) => (f.buyer.siret = { id: "84231754700011", scheme: "0009" }), "EFACT_SIRET_SIREN", "BR-FR-09"],
  ["SIREN acheteur absent (B2B)", (f) => delete f.buyer.siren, "EFACT_SIREN_ACHETEUR", "BR-FR-11 (BT-47)"],
  ["routage acheteur sans schéma 0225", (f) => (f.buyer.endpoint = { id: "512345679", scheme: "0002" }), "EFACT_ROUTAGE_ACHETEUR", "BR-FR-21"],
  ["routage acheteur d'un autre SIREN", (f) => (f.buyer.endpoint = { id: "842317547", scheme: "0225" }), "EFACT_ROUTAGE_ACHETEUR", "BR-FR-21"],
  ["note PMT absente", (f) => (f.notes = f.notes.filter((n) => n.subject !== "PMT")), "EFACT_NOTE_PAIEMENT", "BR-FR-05 (BT-22 PMT/PMD/AAB)"],
  ["note PMD en double", (f) => f.notes.push({ subject: "PMD", text: "bis" }), "EFACT_NOTE_PAIEMENT", "BR-FR-05 (BT-22 PMT/PMD/AAB)"],
  ["note AAB vide", (f) => (f.notes.find((n) => n.subject === "AAB")!.text = " "), "EFACT_NOTE_PAIEMENT", "BR-FR-05 (BT-22 PMT/PMD/AAB)"],
  ["avoir sans référence", (f) => (f.typeCode = "381"), "EFACT_AVOIR_REFERENCE", "BR-FR-CO-04/05"],
  ["catégorie de TVA inconnue", (f) => (f.vatBreakdown[0].category = "L"), "EFACT_CATEGORIE_TVA", "BR-FR-15"],
  ["taux de TVA non admis", (f) => { f.vatBreakdown[0].rate = "8"; }, "EFACT_TAUX_TVA", "BR-FR-16"],
  ["exonération sans motif", (f) => (f.vatBreakdown[1] = { category: "E", rate: "0", base: "0.00", amount: "0.00" }), "EFACT_MOTIF_EXONERATION", "EN 16931 BR-E-10/BR-AE-10/BR-O-10"],
  ["montant à 3 décimales", (f) => (f.lines[0].price = "250.001"), "EFACT_DECIMALES", "BR-FR-DEC-01"],
  ["quantité à 5 décimales", (f) => (f.lines[0].quantity = "1.23456"), "EFACT_DECIMALES", "BR-FR-DEC-02"],
  ["total des lignes faux", (f) => (f.totals.lineTotal = "1.00"), "EFACT_TOTAUX", "BR-CO-10"],
  ["total de TVA faux", (f) => (f.totals.taxTotal = "1.00"), "EFACT_TOTAUX", "BR-CO-14"],
  ["TTC faux", (f) => (f.totals.taxInclusive = "1.00"), "EFACT_TOTAUX", "BR-CO-15"],
  ["TVA d'un taux arrondie ligne à ligne", (f) => (f.vatBreakdown[0].amount = "1278.61"), "EFACT_TOTAUX", "BR-CO-17"],
  ["base d'un taux fausse", (f) => (f.lines[0].net = "3125.01"), "EFACT_TOTAUX", "BR-S-08"],
];

describe("French rules on the facts", () => {
  test("the valid invoice passes", () => {
    expect(checkFrenchRules(valid())).toEqual([]);
  });

  test.each(MUTATIONS)("%s", (_label, mutate, code, rule) => {
    const f = valid();
    mutate(f);
    const v = checkFrenchRules(f);
    expect(v).toContainEqual(expect.objectContaining({ code, rule }));
    expect(v.find((x) => x.code === code)!.message).toMatch(/[a-zé]/);
  });

  test("a foreign business client (B2BINT) does not need a SIREN nor a 0225 address", () => {
    const f = valid();
    f.notes.find((n) => n.subject === "BAR")!.text = "B2BINT";
    delete f.buyer.siren;
    f.buyer.endpoint = { id: "BE0123456749", scheme: "9925" };
    expect(checkFrenchRules(f)).toEqual([]);
  });
});

describe("French rules on the generated files", () => {
  test("a UBL file edited by hand is caught", async () => {
    const ubl = toUbl(doc);
    expect(checkEInvoiceXml(ubl)).toEqual([]);
    await expectValidEInvoices([{ name: "facture de départ (UBL)", xml: ubl }]);
    const noPmt = ubl.replace(/<cbc:Note>#PMT#[^<]*<\/cbc:Note>/, "");
    expect(checkEInvoiceXml(noPmt).map((v) => v.code)).toEqual(["EFACT_NOTE_PAIEMENT"]);
    const wrongScheme = ubl.replace('<cbc:EndpointID schemeID="0225">512345679_FACTURES', '<cbc:EndpointID schemeID="0088">512345679_FACTURES');
    expect(checkEInvoiceXml(wrongScheme).map((v) => v.code)).toEqual(["EFACT_ROUTAGE_ACHETEUR"]);
    const noProfile = ubl.replace("<cbc:ProfileID>S1</cbc:ProfileID>", "");
    expect(checkEInvoiceXml(noProfile).map((v) => v.code)).toEqual(["EFACT_CADRE"]);
  });

  test("a CII file edited by hand is caught", async () => {
    const cii = toCii(doc);
    expect(checkEInvoiceXml(cii)).toEqual([]);
    await expectValidEInvoices([{ name: "facture de départ (CII)", xml: cii }]);
    const noSubject = cii.replace("<ram:SubjectCode>AAB</ram:SubjectCode>", "");
    expect(checkEInvoiceXml(noSubject).map((v) => v.code)).toEqual(["EFACT_NOTE_PAIEMENT"]);
    const badVat = cii.replace("<ram:CalculatedAmount>1278.60</ram:CalculatedAmount>", "<ram:CalculatedAmount>1278.59</ram:CalculatedAmount>");
    expect(checkEInvoiceXml(badVat).map((v) => v.rule)).toEqual(["BR-CO-14", "BR-CO-17"]);
  });

  test("an unreadable file is one violation", () => {
    expect(checkEInvoiceXml("<Invoice><cbc:ID>1</Invoice>").map((v) => v.code)).toEqual(["EFACT_XML"]);
    expect(checkEInvoiceXml('<!DOCTYPE x [<!ENTITY a "b">]><Invoice/>').map((v) => v.code)).toEqual(["EFACT_XML"]);
  });
});

describe("as alerts", () => {
  test("violations and issues become alerts pointing at the workbook", async () => {
    const { violationsToAlerts } = await import("../../../src/core/invoicing/frenchRules");
    const { issuesToAlerts } = await import("../../../src/core/invoicing/invoice");
    const f = valid();
    f.businessProcess = "";
    const alerts = violationsToAlerts(checkFrenchRules(f), "FA-2026-0001", { sheet: "Factures", row: 5 });
    expect(alerts).toEqual([expect.objectContaining({ code: "EFACT_CADRE", sheet: "Factures", row: 5, id: "FA-2026-0001", severity: "error" })]);
    expect(alerts[0].message).toContain("Facture électronique FA-2026-0001 (BT-23)");
    const issues = issueInvoice({ draft: draft({ nature: undefined }), seller: SELLER, register: [] });
    const located = issuesToAlerts(issues.ok ? [] : issues.issues, (field) => ({ sheet: "Facture", row: 9, cell: field === "draft.nature" ? "Facture!C9" : "" }));
    expect(located).toEqual([expect.objectContaining({ code: "FACT_MENTION_MANQUANTE", cell: "Facture!C9", sheet: "Facture" })]);
  });
});

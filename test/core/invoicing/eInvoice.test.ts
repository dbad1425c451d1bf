/**
 * Every generated e-invoice — UBL and CII, both written from the one EN 16931 model (en16931.ts) — for
 * invoices and credit notes: valid against the official XSD (UBL 2.1, CII D16B) and the official
 * EN 16931 rules (CEN/TC 434 Schematron), free of French-rule violations, and saying the same thing in
 * both syntaxes as the model.
 */
import { toCii } from "../../../src/core/invoicing/cii";
import { EInvoiceError, en16931Document } from "../../../src/core/invoicing/en16931";
import { checkEInvoiceXml, factsFromInvoice, factsFromXml } from "../../../src/core/invoicing/frenchRules";
import type { IssuedInvoice } from "../../../src/core/invoicing/invoice";
import { cancelInvoice, issueInvoice } from "../../../src/core/invoicing/register";
import { toUbl } from "../../../src/core/invoicing/ubl";
import { describeWithSchemas, expectValidEInvoices, validateEn16931, validateXsd } from "../../helpers/schemas";
import { CLIENT, CLIENT_BE, CLIENT_US, D, LINES, SELLER, draft } from "./fixtures";

function issued(r: ReturnType<typeof issueInvoice>): IssuedInvoice {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.invoice;
}

function credit(original: IssuedInvoice, day: number): IssuedInvoice {
  const row = { number: original.number, date: original.issueDate, client: original.client.name, production: original.production, htCents: 0, vatCents: 0, ttcCents: 0, status: "issued" as const, creditOf: "" };
  const c = cancelInvoice({ original, register: [row], storedCounter: original.sequence, issueDate: day, seller: original.seller });
  if (!c.ok) throw new Error(JSON.stringify(c.issues));
  return c.creditNote;
}

const multiRate = issued(
  issueInvoice({
    draft: draft({
      lines: [
        ...LINES,
        { label: "Droits d'exploitation en salle (festival)", quantity: 1, unit: "forfait", unitPriceCents: 123457, vatRate: 5.5 },
        { label: "Débours : transport de disques payé au nom du client", quantity: 1, unit: "forfait", unitPriceCents: 8540, vatRate: 0 },
      ],
    }),
    seller: SELLER,
    register: [],
  }),
);

const goodsWithDebits = issued(
  issueInvoice({
    draft: draft({
      nature: "mixte",
      purchaseOrder: undefined,
      object: undefined,
      servicePeriod: undefined,
      deliveryDate: D(2026, 11, 25),
      deliveryAddress: { line1: "3 rue du Labo", line2: "Bâtiment B", postalCode: "69007", city: "Lyon", countryCode: "FR" },
      client: { ...CLIENT, siret: undefined },
      lines: [
        { code: "LTO", label: "Cartouches LTO-9 (livraison)", quantity: 4, unit: "forfait", unitPriceCents: 12990, vatRate: 20 },
        { label: "Copie et vérification des rushes", quantity: 2.25, unit: "heure", unitPriceCents: 9500, vatRate: 20 },
      ],
    }),
    seller: { ...SELLER, vatOnDebits: true, iban: undefined, bic: undefined, routingAddress: undefined, email: undefined, phone: "+33 1 23 45 67 89" },
    register: [],
  }),
);

const franchise = issued(
  issueInvoice({
    draft: draft({ lines: LINES.map((l) => ({ ...l, vatRate: 0 })) }),
    seller: { ...SELLER, vatFranchise: true, vatNumber: undefined, legalForm: "EI", shareCapitalCents: undefined },
    register: [],
  }),
);

// A client outside the EU: every line 0 %, "not subject to VAT" (O). EN 16931 BR-O-02: neither the
// seller's nor the buyer's VAT identifier in the file.
const notSubject = issued(issueInvoice({ draft: draft({ client: CLIENT_US, lines: LINES.map((l) => ({ ...l, vatRate: 0 })) }), seller: SELLER, register: [] }));

const awkwardText = issued(
  issueInvoice({
    draft: draft({
      object: "Étalonnage 🎬\u0007 « fin »",
      client: { ...CLIENT, name: `L'Atelier <Son> & Image "Paris"` },
      lines: [
        { label: "=SOMME(A1:A3)", quantity: 1, unit: "forfait", unitPriceCents: 100, vatRate: 20 },
        { label: "  Montage\nretouches  ", quantity: 0.3333, unit: "jour", unitPriceCents: 99999, vatRate: 20 },
      ],
    }),
    seller: SELLER,
    register: [],
  }),
);

const DOCS: [string, IssuedInvoice][] = [
  ["facture multi-taux (20 %, 10 %, 5,5 %, débours)", multiRate],
  ["avoir de la facture multi-taux", credit(multiRate, D(2026, 12, 3))],
  ["opérations mixtes livrées, TVA sur les débits", goodsWithDebits],
  ["franchise en base (art. 293 B)", franchise],
  ["avoir en franchise", credit(franchise, D(2026, 12, 3))],
  ["client hors UE, hors champ de la TVA (O)", notSubject],
  ["avoir hors champ", credit(notSubject, D(2026, 12, 3))],
  ["textes difficiles (XML, formule, émoji, caractère de contrôle)", awkwardText],
];

const files: { name: string; xml: string; doc: IssuedInvoice; syntax: "UBL" | "CII" }[] = [];

beforeAll(() => {
  for (const [name, doc] of DOCS) {
    files.push({ name: `${name} — UBL`, xml: toUbl(doc), doc, syntax: "UBL" });
    files.push({ name: `${name} — CII`, xml: toCii(doc), doc, syntax: "CII" });
  }
});

describeWithSchemas("XSD and EN 16931 validation of every generated file (UBL 2.1, CII D16B)", () => {
  test("all valid", async () => {
    const results = await expectValidEInvoices(files);
    expect(results).toHaveLength(DOCS.length * 2);
    expect(results.filter((r) => r.kind === "ubl-credit-note")).toHaveLength(3);
    expect(results.filter((r) => r.kind === "ubl-invoice")).toHaveLength(5);
    expect(results.filter((r) => r.kind === "cii")).toHaveLength(8);
  });

  test("what EN 16931 requires is written: no VAT identifier on an O invoice (BR-O-02), the SIREN as BT-32 under the franchise (BR-E-02)", () => {
    const [ublO, ciiO] = files.filter((f) => f.doc === notSubject).map((f) => f.xml);
    expect(ublO).not.toContain("FR27842317547");
    expect(ciiO).not.toContain('schemeID="VA"');
    expect(ublO).toContain("<cbc:ID>O</cbc:ID>");
    const [ublE, ciiE] = files.filter((f) => f.doc === franchise).map((f) => f.xml);
    expect(ublE).toMatch(/<cac:PartyTaxScheme>\s*<cbc:CompanyID>842317547<\/cbc:CompanyID>\s*<cac:TaxScheme>\s*<cbc:ID>FC<\/cbc:ID>/);
    expect(ciiE).toContain('<ram:ID schemeID="FC">842317547</ram:ID>');
  });

  test("the official rules catch what they forbid (the validation really runs)", () => {
    // The same O invoice with the seller's VAT number put back (BR-O-02), and a UBL total that does
    // not add up: 1 234,56 € more than HT + VAT (BR-CO-15).
    const ciiO = files.find((f) => f.doc === notSubject && f.syntax === "CII")!.xml;
    const withVat = ciiO.replace(/(<\/ram:URIUniversalCommunication>\s*)(<\/ram:SellerTradeParty>)/, `$1<ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">FR27842317547</ram:ID></ram:SpecifiedTaxRegistration>$2`);
    expect(withVat).not.toBe(ciiO);
    const ubl = files[0].xml.replace(/<cbc:TaxInclusiveAmount currencyID="EUR">([\d.]+)</, (_m, v: string) => `<cbc:TaxInclusiveAmount currencyID="EUR">${(Number(v) + 1234.56).toFixed(2)}<`);
    const [o, total] = validateEn16931([
      { name: "O avec TVA", xml: withVat },
      { name: "total faux", xml: ubl },
    ]);
    expect(o.fatal.map((a) => a.id)).toContain("BR-O-02");
    expect(total.fatal.map((a) => a.id)).toContain("BR-CO-15");
  });

  test("a broken file is caught (the validation really runs)", async () => {
    const ubl = files[0].xml.replace("<cbc:IssueDate>", "<cbc:IssueDateX>").replace("</cbc:IssueDate>", "</cbc:IssueDateX>");
    const cii = files[1].xml.replace(/<ram:ApplicableHeaderTradeDelivery\/>|<ram:ApplicableHeaderTradeDelivery>[\s\S]*?<\/ram:ApplicableHeaderTradeDelivery>/, "");
    const [a, b] = await validateXsd([
      { name: "ubl", xml: ubl },
      { name: "cii", xml: cii },
    ]);
    expect(a.valid).toBe(false);
    expect(b.valid).toBe(false);
    expect(b.errors.join(" ")).toContain("ApplicableHeaderTradeDelivery");
  });
});

describe("French rules and content", () => {
  test("no French-rule violation in any file", () => {
    for (const f of files) expect({ name: f.name, v: checkEInvoiceXml(f.xml) }).toEqual({ name: f.name, v: [] });
  });

  test("UBL, CII and the model say the same thing", () => {
    for (const f of files) {
      const { syntax: _s, ...fromFile } = factsFromXml(f.xml);
      const { syntax: _m, ...fromModel } = factsFromInvoice(f.doc);
      expect({ name: f.name, facts: fromFile }).toEqual({ name: f.name, facts: fromModel });
    }
  });

  test("the French requirements are in the UBL file", () => {
    const ubl = files[0].xml;
    expect(ubl).toContain("<cbc:ProfileID>S1</cbc:ProfileID>");
    expect(ubl).toContain('<cbc:EndpointID schemeID="0225">512345679_FACTURES</cbc:EndpointID>');
    expect(ubl).toContain('<cbc:CompanyID schemeID="0002">842317547</cbc:CompanyID>');
    expect(ubl).toContain('<cbc:CompanyID schemeID="0002">512345679</cbc:CompanyID>');
    for (const s of ["#PMT#", "#PMD#", "#AAB#", "#BAR#B2B"]) expect(ubl).toContain(`<cbc:Note>${s}`);
    const cn = files[2].xml;
    expect(cn).toContain("<CreditNote ");
    expect(cn).toContain("<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>");
    expect(cn).toMatch(/<cac:BillingReference>\s*<cac:InvoiceDocumentReference>\s*<cbc:ID>FA-2026-0001<\/cbc:ID>/);
  });

  test("the same in the CII file, with subject codes and the delivery block", () => {
    const cii = files[1].xml;
    expect(cii).toContain("<ram:BusinessProcessSpecifiedDocumentContextParameter>\n\t\t\t<ram:ID>S1</ram:ID>");
    for (const s of ["PMT", "PMD", "AAB", "BAR"]) expect(cii).toContain(`<ram:SubjectCode>${s}</ram:SubjectCode>`);
    expect(cii).toContain('<ram:URIID schemeID="0225">512345679_FACTURES</ram:URIID>');
    expect(cii).toContain("<ram:ApplicableHeaderTradeDelivery/>");
    const goods = files[5].xml;
    expect(goods).toContain("<ram:ShipToTradeParty>");
    expect(goods).toContain('<ram:DueDateTypeCode>5</ram:DueDateTypeCode>');
    expect(files[4].xml).toContain("<cbc:DescriptionCode>3</cbc:DescriptionCode>"); // UBL BT-8, VAT on debits
  });

  test("texts are escaped, control characters removed, nothing executable", () => {
    const [ubl, cii] = files.filter((f) => f.doc === awkwardText).map((f) => f.xml);
    for (const xml of [ubl, cii]) {
      expect(xml).not.toContain("\u0007");
      expect(xml).toContain("Atelier &lt;Son&gt; &amp; Image");
    }
    // Read back, the texts are the issued ones (control character removed, line break kept).
    expect(factsFromXml(cii).buyer.name).toBe(`L'Atelier <Son> & Image "Paris"`);
    expect(factsFromXml(cii).notes[0].text).toBe("Objet : Étalonnage 🎬 « fin »");
    expect(awkwardText.lines[1].label).toBe("Montage\nretouches");
    expect(cii).toContain("<ram:Name>Montage&#10;retouches</ram:Name>");
    expect(ubl).toContain("<cbc:Name>Montage&#10;retouches</cbc:Name>");
  });
});

describe("the one EN 16931 model both syntaxes place", () => {
  test("values are computed once, in their EN 16931 text form", () => {
    const m = en16931Document(multiRate);
    // Line 1: 12.5 days × 250.00 € = 3 125.00 €; line 6 (débours) is exempt, E, rate 0.
    expect(m.lines[0]).toMatchObject({ id: "1", quantity: "12.5", unitCode: "DAY", price: "250.00", net: "3125.00", category: "S", rate: "20", sellerItemId: "MONT-SALLE", accountingCost: "CANAL-EP1" });
    expect(m.lines[5]).toMatchObject({ category: "E", rate: "0", sellerItemId: undefined });
    // HT 10 212.97 € (3 125 + 2 800 + 468 + 2 500 + 1 234.57 + 85.40), VAT 1 278.60 + 250.00 + 67.90 + 0 = 1 596.50.
    expect(m.totals).toEqual({ lineTotal: "10212.97", taxExclusive: "10212.97", taxInclusive: "11809.47", payable: "11809.47" });
    expect(m.taxTotal).toBe("1596.50");
    expect(m.vatBreakdown.map((b) => `${b.category} ${b.rate} ${b.base} ${b.amount}`)).toEqual(["S 20 6393.00 1278.60", "S 10 2500.00 250.00", "S 5.5 1234.57 67.90", "E 0 85.40 0.00"]);
    expect(m.seller).toMatchObject({ endpoint: { id: "842317547", scheme: "0225" }, siren: { id: "842317547", scheme: "0002" }, siret: { id: "84231754700011", scheme: "0009" }, vatId: "FR27842317547" });
    expect(m.buyer.endpoint).toEqual({ id: "512345679_FACTURES", scheme: "0225" });
    expect(m.paymentMeans).toEqual({ code: "58", paymentId: "FA-2026-0001", iban: "FR7630006000011234567890189", bic: "AGRIFRPP" });
    expect(m.dueDate).toBe("2026-12-30");
  });

  test("a credit note: type 381, its invoice as preceding reference; O lines carry no rate", () => {
    const cn = en16931Document(credit(notSubject, D(2026, 12, 3)));
    expect(cn.typeCode).toBe("381");
    expect(cn.precedingInvoice).toEqual({ number: notSubject.number, issueDate: "2026-11-30" });
    expect(cn.vatBreakdown.every((b) => b.category === "O" && b.rate === undefined)).toBe(true);
    expect(cn.seller.vatId).toBeUndefined();
  });
});

describe("electronic addresses", () => {
  test("without a routing address the SIREN is the endpoint (and the French rules say so)", async () => {
    const doc = issued(issueInvoice({ draft: draft({ client: { ...CLIENT, routingAddress: undefined } }), seller: SELLER, register: [] }));
    const ubl = toUbl(doc);
    expect(ubl).toContain('<cbc:EndpointID schemeID="0002">512345679</cbc:EndpointID>');
    // Not a French-rule file, but an EN 16931 one all the same.
    await expectValidEInvoices([{ name: "acheteur sans adresse de routage (UBL)", xml: ubl }, { name: "acheteur sans adresse de routage (CII)", xml: toCii(doc) }]);
    expect(checkEInvoiceXml(ubl).map((v) => v.code)).toEqual(["EFACT_ROUTAGE_ACHETEUR"]);
    expect(checkEInvoiceXml(toCii(doc)).map((v) => v.code)).toEqual(["EFACT_ROUTAGE_ACHETEUR"]);
  });

  test("a client with neither routing address nor SIREN cannot get an e-invoice: said in French", () => {
    const doc = issued(issueInvoice({ draft: draft({ client: CLIENT_BE, lines: [{ ...LINES[0], vatRate: 0 }] }), seller: SELLER, register: [] }));
    expect(doc.lines[0]).toMatchObject({ vatCategory: "AE", exemptionReason: "Autoliquidation" });
    expect(() => toUbl(doc)).toThrow(/adresse de routage/);
    expect(() => toCii(doc)).toThrow(EInvoiceError);
  });
});

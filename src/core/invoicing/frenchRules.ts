/**
 * The French e-invoicing rules (FNFE-MPE BR-FR schematrons v1.2.0, https://github.com/fnfempe/France_RFE, flagged "warning" in v1.2.0
 * but platforms may reject, so they are errors here), plus the EN 16931 arithmetic a platform
 * recomputes, checked in TypeScript on the GENERATED FILE (UBL or CII, read back with `xmlReader`) or
 * on the invoice model. The full schematrons are XSLT 2.0 and need an XSLT 2 engine (SaxonJS, not
 * open source: https://saxonica.com/html/download/javascript.html); these checks are the light route.
 *
 * Both syntaxes are first reduced to the same `EInvoiceFacts`, so that a test can also prove the UBL
 * and the CII of one invoice say the same thing.
 */
import type { Alert, RowPlace } from "../alerts";
import { toIso } from "../dates/civil";
import {
  BILLING_FRAMEWORKS,
  BUYER_TYPE_NOTE_SUBJECT,
  EN16931_CUSTOMIZATION_ID,
  FRENCH_INVOICE_TYPE_CODES,
  FRENCH_VAT_CATEGORIES,
  FRENCH_VAT_RATES_PERCENT,
  PAYMENT_NOTE_SUBJECTS,
  SCHEME_FR_ROUTING,
  SCHEME_SIREN,
  SCHEME_SIRET,
  SELLER_TAX_REGISTRATION_SCHEME,
  VAT_ON_DEBITS_POINT_CODE,
} from "../../data/invoicing/eInvoiceCodes";
import { amount, endpointOf, quantityText, rateText, taxIdentifiersOf } from "./en16931";
import { compactIdentifier, countryCode, isValidSiren } from "./identifiers";
import type { IssuedInvoice } from "./invoice";
import { invoiceNumberProblem } from "./numbering";
import { all, at, parseXml, textAt, type XmlElement, XmlSyntaxError } from "./xmlReader";

export interface SchemeId {
  id: string;
  scheme?: string;
}

export interface PartyFacts {
  name: string;
  siren?: SchemeId;
  siret?: SchemeId;
  endpoint?: SchemeId;
  vatNumber?: string;
  /** BT-32, the seller's tax registration identifier (its SIREN under the franchise en base). */
  taxRegistration?: string;
  countryCode?: string;
}

export interface EInvoiceFacts {
  syntax: "UBL" | "CII" | "model";
  customizationId: string;
  businessProcess: string;
  number: string;
  typeCode: string;
  issueDate: string;
  dueDate?: string;
  currency: string;
  vatOnDebits: boolean;
  seller: PartyFacts;
  buyer: PartyFacts;
  notes: { subject?: string; text: string }[];
  precedingInvoices: { number: string; issueDate?: string }[];
  vatBreakdown: { category: string; rate?: string; base: string; amount: string; exemptionReason?: string }[];
  lines: { id: string; quantity: string; unitCode: string; net: string; price: string; category: string; rate?: string }[];
  totals: { lineTotal: string; taxExclusive: string; taxTotal: string; taxInclusive: string; payable: string };
}

export interface FrenchRuleViolation {
  /** Stable code (EFACT_…). */
  code: string;
  /** The published rule it stands for (BR-FR-… of the FNFE schematrons, EN 16931 BR-CO-…). */
  rule: string;
  message: string;
}

// --- Facts -------------------------------------------------------------------------------------------

const noteOf = (text: string): { subject?: string; text: string } => {
  const m = /^#([A-Z]{3})#([\s\S]*)$/.exec(text);
  return m ? { subject: m[1], text: m[2] } : { text };
};

function scheme(el: XmlElement | undefined, attr = "schemeID"): SchemeId | undefined {
  return el ? { id: el.text, scheme: el.attributes[attr] } : undefined;
}

function date102(el: XmlElement | undefined): string | undefined {
  const t = el?.text;
  return t && /^\d{8}$/.test(t) ? `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}` : t;
}

function clean<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

function ublParty(party: XmlElement | undefined): PartyFacts {
  const ids = all(party, "PartyIdentification", "ID");
  const legal = at(party, "PartyLegalEntity", "CompanyID");
  const taxSchemes = all(party, "PartyTaxScheme");
  const taxId = (vat: boolean): string | undefined => textAt(taxSchemes.find((t) => (textAt(t, "TaxScheme", "ID") === "VAT") === vat), "CompanyID");
  return clean({
    name: textAt(party, "PartyLegalEntity", "RegistrationName") ?? "",
    siren: legal?.attributes.schemeID === SCHEME_SIREN ? scheme(legal) : undefined,
    siret: scheme(ids.find((i) => i.attributes.schemeID === SCHEME_SIRET)),
    endpoint: scheme(at(party, "EndpointID")),
    vatNumber: taxId(true),
    taxRegistration: taxId(false),
    countryCode: textAt(party, "PostalAddress", "Country", "IdentificationCode"),
  });
}

function factsFromUbl(root: XmlElement): EInvoiceFacts {
  const credit = root.local === "CreditNote";
  const lineName = credit ? "CreditNoteLine" : "InvoiceLine";
  const qtyName = credit ? "CreditedQuantity" : "InvoicedQuantity";
  const total = at(root, "LegalMonetaryTotal");
  return clean({
    syntax: "UBL" as const,
    customizationId: textAt(root, "CustomizationID") ?? "",
    businessProcess: textAt(root, "ProfileID") ?? "",
    number: textAt(root, "ID") ?? "",
    typeCode: textAt(root, credit ? "CreditNoteTypeCode" : "InvoiceTypeCode") ?? "",
    issueDate: textAt(root, "IssueDate") ?? "",
    dueDate: textAt(root, "DueDate") ?? textAt(root, "PaymentMeans", "PaymentDueDate"),
    currency: textAt(root, "DocumentCurrencyCode") ?? "",
    vatOnDebits: textAt(root, "InvoicePeriod", "DescriptionCode") === VAT_ON_DEBITS_POINT_CODE.ubl,
    seller: ublParty(at(root, "AccountingSupplierParty", "Party")),
    buyer: ublParty(at(root, "AccountingCustomerParty", "Party")),
    notes: all(root, "Note").map((n) => noteOf(n.text)),
    precedingInvoices: all(root, "BillingReference", "InvoiceDocumentReference").map((r) =>
      clean({ number: textAt(r, "ID") ?? "", issueDate: textAt(r, "IssueDate") }),
    ),
    vatBreakdown: all(root, "TaxTotal", "TaxSubtotal").map((s) =>
      clean({
        category: textAt(s, "TaxCategory", "ID") ?? "",
        rate: textAt(s, "TaxCategory", "Percent"),
        base: textAt(s, "TaxableAmount") ?? "",
        amount: textAt(s, "TaxAmount") ?? "",
        exemptionReason: textAt(s, "TaxCategory", "TaxExemptionReason"),
      }),
    ),
    lines: all(root, lineName).map((l) =>
      clean({
        id: textAt(l, "ID") ?? "",
        quantity: textAt(l, qtyName) ?? "",
        unitCode: at(l, qtyName)?.attributes.unitCode ?? "",
        net: textAt(l, "LineExtensionAmount") ?? "",
        price: textAt(l, "Price", "PriceAmount") ?? "",
        category: textAt(l, "Item", "ClassifiedTaxCategory", "ID") ?? "",
        rate: textAt(l, "Item", "ClassifiedTaxCategory", "Percent"),
      }),
    ),
    totals: {
      lineTotal: textAt(total, "LineExtensionAmount") ?? "",
      taxExclusive: textAt(total, "TaxExclusiveAmount") ?? "",
      taxTotal: textAt(root, "TaxTotal", "TaxAmount") ?? "",
      taxInclusive: textAt(total, "TaxInclusiveAmount") ?? "",
      payable: textAt(total, "PayableAmount") ?? "",
    },
  });
}

function ciiParty(party: XmlElement | undefined): PartyFacts {
  const legal = at(party, "SpecifiedLegalOrganization", "ID");
  const globals = all(party, "GlobalID");
  const registrations = all(party, "SpecifiedTaxRegistration", "ID");
  const vat = registrations.find((i) => i.attributes.schemeID === "VA");
  const fiscal = registrations.find((i) => i.attributes.schemeID === SELLER_TAX_REGISTRATION_SCHEME);
  return clean({
    name: textAt(party, "Name") ?? "",
    siren: legal?.attributes.schemeID === SCHEME_SIREN ? scheme(legal) : undefined,
    siret: scheme(globals.find((g) => g.attributes.schemeID === SCHEME_SIRET)),
    endpoint: scheme(at(party, "URIUniversalCommunication", "URIID")),
    vatNumber: vat?.text,
    taxRegistration: fiscal?.text,
    countryCode: textAt(party, "PostalTradeAddress", "CountryID"),
  });
}

function factsFromCii(root: XmlElement): EInvoiceFacts {
  const tx = at(root, "SupplyChainTradeTransaction");
  const agreement = at(tx, "ApplicableHeaderTradeAgreement");
  const settlement = at(tx, "ApplicableHeaderTradeSettlement");
  const sum = at(settlement, "SpecifiedTradeSettlementHeaderMonetarySummation");
  const taxes = all(settlement, "ApplicableTradeTax");
  return clean({
    syntax: "CII" as const,
    customizationId: textAt(root, "ExchangedDocumentContext", "GuidelineSpecifiedDocumentContextParameter", "ID") ?? "",
    businessProcess: textAt(root, "ExchangedDocumentContext", "BusinessProcessSpecifiedDocumentContextParameter", "ID") ?? "",
    number: textAt(root, "ExchangedDocument", "ID") ?? "",
    typeCode: textAt(root, "ExchangedDocument", "TypeCode") ?? "",
    issueDate: date102(at(root, "ExchangedDocument", "IssueDateTime", "DateTimeString")) ?? "",
    dueDate: date102(at(settlement, "SpecifiedTradePaymentTerms", "DueDateDateTime", "DateTimeString")),
    currency: textAt(settlement, "InvoiceCurrencyCode") ?? "",
    vatOnDebits: taxes.some((t) => textAt(t, "DueDateTypeCode") === VAT_ON_DEBITS_POINT_CODE.cii),
    seller: ciiParty(at(agreement, "SellerTradeParty")),
    buyer: ciiParty(at(agreement, "BuyerTradeParty")),
    notes: all(root, "ExchangedDocument", "IncludedNote").map((n) =>
      clean({ subject: textAt(n, "SubjectCode"), text: all(n, "Content").map((c) => c.text).join("\n") }),
    ),
    precedingInvoices: all(settlement, "InvoiceReferencedDocument").map((r) =>
      clean({ number: textAt(r, "IssuerAssignedID") ?? "", issueDate: date102(at(r, "FormattedIssueDateTime", "DateTimeString")) }),
    ),
    vatBreakdown: taxes.map((t) =>
      clean({
        category: textAt(t, "CategoryCode") ?? "",
        rate: textAt(t, "RateApplicablePercent"),
        base: textAt(t, "BasisAmount") ?? "",
        amount: textAt(t, "CalculatedAmount") ?? "",
        exemptionReason: textAt(t, "ExemptionReason"),
      }),
    ),
    lines: all(tx, "IncludedSupplyChainTradeLineItem").map((l) =>
      clean({
        id: textAt(l, "AssociatedDocumentLineDocument", "LineID") ?? "",
        quantity: textAt(l, "SpecifiedLineTradeDelivery", "BilledQuantity") ?? "",
        unitCode: at(l, "SpecifiedLineTradeDelivery", "BilledQuantity")?.attributes.unitCode ?? "",
        net: textAt(l, "SpecifiedLineTradeSettlement", "SpecifiedTradeSettlementLineMonetarySummation", "LineTotalAmount") ?? "",
        price: textAt(l, "SpecifiedLineTradeAgreement", "NetPriceProductTradePrice", "ChargeAmount") ?? "",
        category: textAt(l, "SpecifiedLineTradeSettlement", "ApplicableTradeTax", "CategoryCode") ?? "",
        rate: textAt(l, "SpecifiedLineTradeSettlement", "ApplicableTradeTax", "RateApplicablePercent"),
      }),
    ),
    totals: {
      lineTotal: textAt(sum, "LineTotalAmount") ?? "",
      taxExclusive: textAt(sum, "TaxBasisTotalAmount") ?? "",
      taxTotal: textAt(sum, "TaxTotalAmount") ?? "",
      taxInclusive: textAt(sum, "GrandTotalAmount") ?? "",
      payable: textAt(sum, "DuePayableAmount") ?? "",
    },
  });
}

/** Reads an e-invoice (UBL Invoice/CreditNote or CII); throws `XmlSyntaxError` on malformed XML. */
export function factsFromXml(xml: string): EInvoiceFacts {
  const root = parseXml(xml);
  if (root.local === "Invoice" || root.local === "CreditNote") return factsFromUbl(root);
  if (root.local === "CrossIndustryInvoice") return factsFromCii(root);
  throw new XmlSyntaxError(`document inconnu : <${root.name}>`);
}

/** The facts the writers are expected to put in the file, from the model. */
export function factsFromInvoice(doc: IssuedInvoice): EInvoiceFacts {
  const tax = taxIdentifiersOf(doc);
  const party = (p: { name: string; siren?: string; siret?: string; routingAddress?: string; address: { countryCode: string } }, who: string, ids: { vatNumber?: string; taxRegistration?: string }): PartyFacts => {
    let endpoint: SchemeId | undefined;
    try {
      endpoint = endpointOf(p, who);
      endpoint = { id: endpoint.id, scheme: endpoint.scheme };
    } catch {
      endpoint = undefined;
    }
    return clean({
      name: p.name,
      siren: p.siren?.trim() ? { id: compactIdentifier(p.siren), scheme: SCHEME_SIREN } : undefined,
      siret: p.siret?.trim() ? { id: compactIdentifier(p.siret), scheme: SCHEME_SIRET } : undefined,
      endpoint,
      ...ids,
      countryCode: countryCode(p.address.countryCode) ?? "FR",
    });
  };
  const t = doc.totals;
  return clean({
    syntax: "model" as const,
    customizationId: EN16931_CUSTOMIZATION_ID,
    businessProcess: doc.billingFramework,
    number: doc.number,
    typeCode: doc.typeCode,
    issueDate: toIso(doc.issueDate),
    dueDate: doc.dueDate === undefined ? undefined : toIso(doc.dueDate),
    currency: doc.currency,
    vatOnDebits: doc.seller.vatOnDebits === true,
    seller: party(doc.seller, "la société", { vatNumber: tax.sellerVat, taxRegistration: tax.sellerTaxRegistration }),
    buyer: party(doc.client, "le client", { vatNumber: tax.buyerVat }),
    notes: doc.notes.map((n) => clean({ subject: n.subject, text: n.text })),
    precedingInvoices: doc.creditOf ? [{ number: doc.creditOf.number, issueDate: toIso(doc.creditOf.issueDate) }] : [],
    vatBreakdown: t.breakdown.map((b) =>
      clean({
        category: b.category,
        rate: b.category === "O" ? undefined : rateText(b.ratePercent),
        base: amount(b.baseCents),
        amount: amount(b.vatCents),
        exemptionReason: b.exemptionReason,
      }),
    ),
    lines: doc.lines.map((l) =>
      clean({
        id: l.lineId,
        quantity: quantityText(l.quantity),
        unitCode: l.unitCode,
        net: amount(l.netCents),
        price: amount(l.unitPriceCents),
        category: l.vatCategory,
        rate: l.vatCategory === "O" ? undefined : rateText(l.vatRate),
      }),
    ),
    totals: {
      lineTotal: amount(t.htCents),
      taxExclusive: amount(t.htCents),
      taxTotal: amount(t.vatCents),
      taxInclusive: amount(t.ttcCents),
      payable: amount(t.ttcCents),
    },
  });
}

// --- Rules -------------------------------------------------------------------------------------------

const AMOUNT = /^-?\d+(\.\d{1,2})?$/;
const QUANTITY = /^-?\d+(\.\d{1,4})?$/;

/** Cents of an amount text; NaN when malformed. */
function cents(text: string | undefined): number {
  if (!text || !AMOUNT.test(text)) return Number.NaN;
  const [i, f = ""] = text.replace("-", "").split(".");
  const v = Number(i) * 100 + Number(f.padEnd(2, "0"));
  return text.startsWith("-") ? -v : v;
}

export function checkFrenchRules(f: EInvoiceFacts): FrenchRuleViolation[] {
  const out: FrenchRuleViolation[] = [];
  const v = (code: string, rule: string, message: string): void => {
    out.push({ code, rule, message });
  };
  for (const check of [checkDocument, checkParties, checkNotesAndReferences, checkVatAndTotals]) check(f, v);
  return out;
}

/** Records one violation: its stable code, the rule it stands for, the French message. */
type Violate = (code: string, rule: string, message: string) => void;

/** Profile, number, document type and billing framework. */
function checkDocument(f: EInvoiceFacts, v: Violate): void {
  if (!f.customizationId.startsWith(EN16931_CUSTOMIZATION_ID)) {
    v("EFACT_PROFIL", "BT-24", `Le profil (BT-24) doit être EN 16931 (${EN16931_CUSTOMIZATION_ID}), pas « ${f.customizationId} ».`);
  }
  const numberProblem = invoiceNumberProblem(f.number);
  if (numberProblem) v("EFACT_NUMERO", "BR-FR-01/02", `Numéro de facture : ${numberProblem}.`);
  if (!(f.typeCode in FRENCH_INVOICE_TYPE_CODES)) {
    v("EFACT_TYPE", "BR-FR-04 (BT-3)", `Type de document ${f.typeCode || "absent"} non admis (380 facture, 381 avoir, 384, 386, 389).`);
  }
  if (!(f.businessProcess in BILLING_FRAMEWORKS)) {
    v("EFACT_CADRE", "BT-23", `Cadre de facturation (BT-23) « ${f.businessProcess} » absent ou inconnu (S1 pour des prestations de services).`);
  }
}

/** The seller's and the buyer's identifiers, and the buyer's routing address when B2B. */
function checkParties(f: EInvoiceFacts, v: Violate): void {
  // Seller SIREN (BT-30, scheme 0002) and SIRET consistency (BR-FR-09).
  const sellerSiren = f.seller.siren;
  if (!sellerSiren || sellerSiren.scheme !== SCHEME_SIREN || !isValidSiren(sellerSiren.id)) {
    v("EFACT_SIREN_VENDEUR", "BR-FR-10 (BT-30)", "SIREN du vendeur (BT-30, schéma 0002, 9 chiffres) absent ou invalide.");
  }
  for (const [who, p] of [["vendeur", f.seller], ["acheteur", f.buyer]] as const) {
    if (p.siret && p.siren && !p.siret.id.startsWith(p.siren.id)) {
      v("EFACT_SIRET_SIREN", "BR-FR-09", `Le SIRET de l'${who === "vendeur" ? "émetteur" : "acheteur"} (${p.siret.id}) ne commence pas par son SIREN (${p.siren.id}).`);
    }
  }

  // Buyer SIREN and routing address for a B2B invoice (BT-47, BT-49; BR-FR-21 for scheme 0225).
  const bar = f.notes.filter((n) => n.subject === BUYER_TYPE_NOTE_SUBJECT).map((n) => n.text.trim());
  const b2b = bar.includes("B2B");
  if (b2b) {
    const s = f.buyer.siren;
    if (!s || s.scheme !== SCHEME_SIREN || !isValidSiren(s.id)) {
      v("EFACT_SIREN_ACHETEUR", "BR-FR-11 (BT-47)", "Facture B2B : le SIREN de l'acheteur (BT-47, schéma 0002) est absent ou invalide.");
    }
    const e = f.buyer.endpoint;
    if (!e || e.scheme !== SCHEME_FR_ROUTING) {
      v("EFACT_ROUTAGE_ACHETEUR", "BR-FR-21", `Facture B2B : l'adresse électronique de l'acheteur (BT-49) doit utiliser le schéma ${SCHEME_FR_ROUTING} (adresse de routage de l'annuaire), pas « ${e?.scheme ?? "aucun"} ».`);
    } else if (s && !e.id.startsWith(s.id)) {
      v("EFACT_ROUTAGE_ACHETEUR", "BR-FR-21", `Facture B2B : l'adresse de routage de l'acheteur (${e.id}) doit commencer par son SIREN (${s.id}).`);
    }
  }
}

function checkNotesAndReferences(f: EInvoiceFacts, v: Violate): void {
  // The three payment notes, once each.
  for (const subject of Object.keys(PAYMENT_NOTE_SUBJECTS) as (keyof typeof PAYMENT_NOTE_SUBJECTS)[]) {
    const n = f.notes.filter((x) => x.subject === subject);
    if (n.length !== 1 || !n[0].text.trim()) {
      v("EFACT_NOTE_PAIEMENT", "BR-FR-05 (BT-22 PMT/PMD/AAB)", `La note ${subject} (${PAYMENT_NOTE_SUBJECTS[subject].toLowerCase()}) doit figurer une fois et une seule ; trouvée ${n.length} fois.`);
    }
  }

  // Credit notes refer to the invoice they correct (BR-FR-CO-04/05).
  if (f.typeCode === "381" && (f.precedingInvoices.length === 0 || !f.precedingInvoices[0].number)) {
    v("EFACT_AVOIR_REFERENCE", "BR-FR-CO-04/05", "Avoir : la référence de la facture d'origine (BT-25) est obligatoire.");
  }
}

/** VAT categories and rates, decimals, and the EN 16931 totals a platform recomputes. */
function checkVatAndTotals(f: EInvoiceFacts, v: Violate): void {
  // VAT categories and rates (BR-FR-15/16).
  const rates = new Set(FRENCH_VAT_RATES_PERCENT.map((r) => Math.round(r * 100)));
  for (const b of f.vatBreakdown) {
    if (!(FRENCH_VAT_CATEGORIES as readonly string[]).includes(b.category)) {
      v("EFACT_CATEGORIE_TVA", "BR-FR-15", `Catégorie de TVA « ${b.category} » non admise.`);
    }
    if (b.rate !== undefined && !rates.has(Math.round(Number(b.rate) * 100))) {
      v("EFACT_TAUX_TVA", "BR-FR-16", `Taux de TVA ${b.rate} % non admis (20, 10, 5,5, 2,1 ou 0).`);
    }
    if (b.category !== "S" && b.category !== "Z" && !b.exemptionReason) {
      v("EFACT_MOTIF_EXONERATION", "EN 16931 BR-E-10/BR-AE-10/BR-O-10", `TVA ${b.category} : le motif d'exonération est obligatoire.`);
    }
  }

  // Decimals: amounts 2, quantities 4 (BR-FR-DEC-01, BR-FR-DEC-02).
  const amounts = [
    ...Object.values(f.totals),
    ...f.vatBreakdown.flatMap((b) => [b.base, b.amount]),
    ...f.lines.flatMap((l) => [l.net, l.price]),
  ];
  if (amounts.some((a) => !AMOUNT.test(a))) v("EFACT_DECIMALES", "BR-FR-DEC-01", "Un montant n'a pas le format attendu (2 décimales au plus).");
  if (f.lines.some((l) => !QUANTITY.test(l.quantity))) v("EFACT_DECIMALES", "BR-FR-DEC-02", "Une quantité a plus de 4 décimales.");

  // EN 16931 arithmetic (BR-CO-10, -13, -15, -17; BR-S-08): what the platform recomputes.
  const lineSum = f.lines.reduce((s, l) => s + cents(l.net), 0);
  if (lineSum !== cents(f.totals.lineTotal)) v("EFACT_TOTAUX", "BR-CO-10", "Le total HT des lignes ne correspond pas à la somme des lignes.");
  if (cents(f.totals.taxExclusive) !== cents(f.totals.lineTotal)) v("EFACT_TOTAUX", "BR-CO-13", "Le total HT de la facture ne correspond pas au total des lignes.");
  const vatSum = f.vatBreakdown.reduce((s, b) => s + cents(b.amount), 0);
  if (vatSum !== cents(f.totals.taxTotal)) v("EFACT_TOTAUX", "BR-CO-14", "Le total de TVA ne correspond pas à la somme par taux.");
  if (cents(f.totals.taxInclusive) !== cents(f.totals.taxExclusive) + cents(f.totals.taxTotal)) {
    v("EFACT_TOTAUX", "BR-CO-15", "Le total TTC n'est pas égal au total HT plus la TVA.");
  }
  for (const b of f.vatBreakdown) {
    const base = cents(b.base);
    const expected = b.rate === undefined ? 0 : Math.sign(base) * Math.round(Math.abs(base * Number(b.rate)) / 100 + 1e-9);
    if (cents(b.amount) !== expected) {
      v("EFACT_TOTAUX", "BR-CO-17", `TVA à ${b.rate ?? 0} % : ${b.amount} au lieu de ${amount(expected)} (base × taux, arrondi au centime).`);
    }
    const linesBase = f.lines.filter((l) => l.category === b.category && (l.rate ?? "") === (b.rate ?? "")).reduce((s, l) => s + cents(l.net), 0);
    if (linesBase !== base) v("EFACT_TOTAUX", "BR-S-08", `Base de TVA à ${b.rate ?? 0} % : ${b.base} ne correspond pas à la somme des lignes à ce taux.`);
  }
}

/** Parses a generated file and checks it; a malformed file is one violation. */
export function checkEInvoiceXml(xml: string): FrenchRuleViolation[] {
  try {
    return checkFrenchRules(factsFromXml(xml));
  } catch (e) {
    if (e instanceof XmlSyntaxError) return [{ code: "EFACT_XML", rule: "XML", message: `Fichier XML illisible : ${e.message}.` }];
    throw e;
  }
}

/** Violations as alerts on the invoice's row of the register (placed by the workbook layer), the rule named in the message. */
export function violationsToAlerts(violations: readonly FrenchRuleViolation[], invoiceNumber: string, register: RowPlace): Alert[] {
  return violations.map((v) => ({
    code: v.code,
    severity: "error",
    sheet: register.sheet,
    row: register.row,
    id: invoiceNumber,
    cell: "",
    message: `Facture électronique ${invoiceNumber} (${v.rule}) : ${v.message}`,
  }));
}

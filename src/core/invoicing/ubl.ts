/**
 * UBL 2.1 e-invoice (EN 16931 core profile) of an issued invoice (`Invoice`) or credit note
 * (`CreditNote`, type 381): the EN 16931 content computed once by `en16931.ts` (the same as the CII
 * file, `cii.ts`), with the French requirements of the FNFE-MPE BR-FR schematrons v1.2.0,
 * https://github.com/fnfempe/France_RFE: seller and buyer SIREN (scheme 0002), SIRET (0009), routing
 * address (scheme 0225), billing framework BT-23 as `cbc:ProfileID` (`S1` for services), the payment
 * notes `#PMT#`, `#PMD#`, `#AAB#` (and `#BAR#B2B`), the credit note's reference to its invoice.
 *
 * Written by hand, like the CII file and for the same reasons (see `en16931.ts`: the
 * `@e-invoice-eu/core` versions we can install refuse scheme 0225, and the library's validation
 * needs `eval`). This module only places the model's values, in the element order of the UBL 2.1
 * schemas (`UBL-Invoice-2.1.xsd`, `UBL-CreditNote-2.1.xsd`, http://docs.oasis-open.org/ubl/os-UBL-2.1/);
 * every text goes through `escapeXmlText` (`xmlElement.ts`). A `CreditNote` differs from an `Invoice`
 * by its names (`CreditNoteTypeCode`, `CreditNoteLine`, `CreditedQuantity`) and has no `DueDate`.
 */
import { en16931Document, type En16931Address, type En16931Document, type En16931Line, type En16931Party } from "./en16931";
import type { IssuedInvoice } from "./invoice";
import { el, opt, schemeId, type XmlNode } from "./xmlElement";

/** The names that differ between the two UBL documents. */
const SYNTAX = {
  "380": { root: "Invoice", typeCode: "cbc:InvoiceTypeCode", line: "cac:InvoiceLine", quantity: "cbc:InvoicedQuantity" },
  "381": { root: "CreditNote", typeCode: "cbc:CreditNoteTypeCode", line: "cac:CreditNoteLine", quantity: "cbc:CreditedQuantity" },
} as const;
type Names = (typeof SYNTAX)[keyof typeof SYNTAX];

/** An amount in the document's currency (every UBL amount says it: `currencyID`). */
const money = (name: string, value: string, currency: string): XmlNode => el(name, value, { currencyID: currency });
const taxScheme = (): XmlNode => el("cac:TaxScheme", [el("cbc:ID", "VAT")]);

function address(name: string, a: En16931Address): XmlNode {
  return el(name, [
    el("cbc:StreetName", a.line1),
    el("cbc:AdditionalStreetName", a.line2),
    el("cbc:CityName", a.city),
    el("cbc:PostalZone", a.postalCode),
    el("cac:Country", [el("cbc:IdentificationCode", a.country)]),
  ]);
}

/** The UBL XML of an issued invoice (`Invoice`) or credit note (`CreditNote`). */
export function toUbl(doc: IssuedInvoice): string {
  const m = en16931Document(doc);
  const names = SYNTAX[m.typeCode];
  const body = el(
    names.root,
    [
      el("cbc:CustomizationID", m.customizationId),
      el("cbc:ProfileID", m.profile),
      el("cbc:ID", m.number),
      el("cbc:IssueDate", m.issueDate),
      el("cbc:DueDate", m.typeCode === "380" ? m.dueDate : undefined),
      el(names.typeCode, m.typeCode),
      ...m.notes.map((n) => el("cbc:Note", n.subject ? `#${n.subject}#${n.text}` : n.text)),
      el("cbc:DocumentCurrencyCode", m.currency),
      el("cbc:AccountingCost", m.accountingCost),
      ...references(m),
      el("cac:AccountingSupplierParty", [party(m.seller)]),
      el("cac:AccountingCustomerParty", [party(m.buyer)]),
      opt(m.delivery, (d) => el("cac:Delivery", [el("cbc:ActualDeliveryDate", d.date), opt(d.address, (a) => el("cac:DeliveryLocation", [address("cac:Address", a)]))])),
      ...payment(m),
      taxTotal(m),
      el("cac:LegalMonetaryTotal", [
        money("cbc:LineExtensionAmount", m.totals.lineTotal, m.currency),
        money("cbc:TaxExclusiveAmount", m.totals.taxExclusive, m.currency),
        money("cbc:TaxInclusiveAmount", m.totals.taxInclusive, m.currency),
        money("cbc:PayableAmount", m.totals.payable, m.currency),
      ]),
      ...m.lines.map((l) => line(l, names, m.currency)),
    ],
    {
      xmlns: `urn:oasis:names:specification:ubl:schema:xsd:${names.root}-2`,
      "xmlns:cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
      "xmlns:cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    },
  );
  return `<?xml version="1.0" encoding="utf-8"?>\n${body}`;
}

/** The invoicing period (with the BT-8 code), the order and the credited invoice. */
function references(m: En16931Document): XmlNode[] {
  return [
    opt(m.period || m.vatPointCode, () =>
      el("cac:InvoicePeriod", [el("cbc:StartDate", m.period?.start), el("cbc:EndDate", m.period?.end), el("cbc:DescriptionCode", m.vatPointCode?.ubl)]),
    ),
    opt(m.purchaseOrder, (id) => el("cac:OrderReference", [el("cbc:ID", id)])),
    opt(m.precedingInvoice, (p) =>
      el("cac:BillingReference", [el("cac:InvoiceDocumentReference", [el("cbc:ID", p.number), el("cbc:IssueDate", p.issueDate)])]),
    ),
  ];
}

function party(p: En16931Party): XmlNode {
  return el("cac:Party", [
    schemeId("cbc:EndpointID", p.endpoint),
    opt(p.siret, (siret) => el("cac:PartyIdentification", [schemeId("cbc:ID", siret)])),
    address("cac:PostalAddress", p.address),
    opt(p.vatId, (vat) => el("cac:PartyTaxScheme", [el("cbc:CompanyID", vat), taxScheme()])),
    opt(p.taxRegistration, (t) => el("cac:PartyTaxScheme", [el("cbc:CompanyID", t.id), el("cac:TaxScheme", [el("cbc:ID", t.scheme)])])),
    el("cac:PartyLegalEntity", [el("cbc:RegistrationName", p.name), schemeId("cbc:CompanyID", p.siren), el("cbc:CompanyLegalForm", p.legalInformation)]),
    opt(p.phone || p.email, () => el("cac:Contact", [el("cbc:Telephone", p.phone), el("cbc:ElectronicMail", p.email)])),
  ]);
}

/** The SEPA transfer to the seller's account and the payment terms. */
function payment(m: En16931Document): XmlNode[] {
  return [
    opt(m.paymentMeans, (p) =>
      el("cac:PaymentMeans", [
        el("cbc:PaymentMeansCode", p.code),
        el("cbc:PaymentID", p.paymentId),
        el("cac:PayeeFinancialAccount", [el("cbc:ID", p.iban), opt(p.bic, (bic) => el("cac:FinancialInstitutionBranch", [el("cbc:ID", bic)]))]),
      ]),
    ),
    opt(m.paymentTerms, (terms) => el("cac:PaymentTerms", [el("cbc:Note", terms)])),
  ];
}

function taxCategory(name: string, category: string, rate: string | undefined, exemptionReason?: string): XmlNode {
  return el(name, [el("cbc:ID", category), el("cbc:Percent", rate), el("cbc:TaxExemptionReason", exemptionReason), taxScheme()]);
}

function taxTotal(m: En16931Document): XmlNode {
  return el("cac:TaxTotal", [
    money("cbc:TaxAmount", m.taxTotal, m.currency),
    ...m.vatBreakdown.map((b) =>
      el("cac:TaxSubtotal", [
        money("cbc:TaxableAmount", b.base, m.currency),
        money("cbc:TaxAmount", b.amount, m.currency),
        taxCategory("cac:TaxCategory", b.category, b.rate, b.exemptionReason),
      ]),
    ),
  ]);
}

function line(l: En16931Line, names: Names, currency: string): XmlNode {
  return el(names.line, [
    el("cbc:ID", l.id),
    el(names.quantity, l.quantity, { unitCode: l.unitCode }),
    money("cbc:LineExtensionAmount", l.net, currency),
    el("cbc:AccountingCost", l.accountingCost),
    el("cac:Item", [
      el("cbc:Name", l.name),
      opt(l.sellerItemId, (id) => el("cac:SellersItemIdentification", [el("cbc:ID", id)])),
      taxCategory("cac:ClassifiedTaxCategory", l.category, l.rate),
    ]),
    el("cac:Price", [money("cbc:PriceAmount", l.price, currency)]),
  ]);
}

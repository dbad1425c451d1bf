/**
 * UN/CEFACT Cross Industry Invoice D16B (the syntax of Factur-X EN 16931) of an issued invoice or
 * credit note: the same content as the UBL file (`ubl.ts`), with the French requirements of the
 * FNFE-MPE BR-FR schematrons v1.2.0, https://github.com/fnfempe/France_RFE (SIREN 0002, SIRET 0009,
 * routing address 0225, BT-23, payment notes with their subject codes PMT/PMD/AAB).
 *
 * Written here, not with `@e-invoice-eu/core`: its 2.3.4 CII writer would need four fixes, more than
 * the code it saves — it rejects scheme 0225 (as in UBL), merges all notes into one `IncludedNote`
 * without `SubjectCode` (the French payment notes need one each, BR-FR-05), leaves out
 * `ApplicableHeaderTradeDelivery` when there is no delivery information (required by the D16B XSD,
 * schemas README), and drops the seller's SIRET (BT-29). Element order follows the D16B schema
 * (`CrossIndustryInvoice_ReusableAggregateBusinessInformationEntity_100pD16B.xsd`); every text goes
 * through `escapeXmlText`.
 */
import { toIso } from "../dates/civil";
import { formatEuros } from "../money";
import {
  EN16931_CUSTOMIZATION_ID,
  PAYMENT_MEANS_SEPA_TRANSFER,
  SCHEME_SIREN,
  SCHEME_SIRET,
  SELLER_TAX_REGISTRATION_SCHEME,
  VAT_ON_DEBITS_POINT_CODE,
} from "../../data/invoicing/eInvoiceCodes";
import { amount, endpointOf, paymentTermsText, quantityText, rateText, taxIdentifiersOf } from "./eInvoiceCommon";
import { escapeXmlAttribute, escapeXmlText } from "./escape";
import { compactIdentifier, countryCode } from "./identifiers";
import type { IssuedInvoice, PostalAddress } from "./invoice";
import { sellerLegalInformation } from "./notes";

const NS =
  'xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" ' +
  'xmlns:qdt="urn:un:unece:uncefact:data:standard:QualifiedDataType:100" ' +
  'xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" ' +
  'xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"';

/**
 * A tiny element builder: `el("ram:ID", "x", { schemeID: "0002" })`; empty children are dropped;
 * children are indented one tab (texts carry their line breaks as character references, so the
 * indentation never changes a value).
 */
type Node = string;
function el(name: string, content: string | Node[] | undefined, attrs?: Record<string, string>): Node {
  const a = attrs ? Object.entries(attrs).map(([k, v]) => ` ${k}="${escapeXmlAttribute(v)}"`).join("") : "";
  if (Array.isArray(content)) {
    const inner = content.filter((c) => c !== "");
    if (inner.length === 0) return `<${name}${a}/>`;
    return `<${name}${a}>\n${inner.map((c) => "\t" + c.replace(/\n/g, "\n\t")).join("\n")}\n</${name}>`;
  }
  if (content === undefined) return "";
  return `<${name}${a}>${escapeXmlText(content).replace(/\n/g, "&#10;").replace(/\r/g, "&#13;")}</${name}>`;
}
const opt = (cond: unknown, node: () => Node): Node => (cond ? node() : "");
const date102 = (day: number, ns = "udt"): Node => el(`${ns}:DateTimeString`, toIso(day).replace(/-/g, ""), { format: "102" });

function address(a: PostalAddress): Node {
  return el("ram:PostalTradeAddress", [
    el("ram:PostcodeCode", a.postalCode),
    el("ram:LineOne", a.line1),
    opt(a.line2?.trim(), () => el("ram:LineTwo", a.line2!.trim())),
    el("ram:CityName", a.city),
    el("ram:CountryID", countryCode(a.countryCode) ?? "FR"),
  ]);
}

/** The CII XML of an issued invoice or credit note: context, document header, then the trade transaction. */
export function toCii(doc: IssuedInvoice): string {
  const body = el("rsm:CrossIndustryInvoice", [
    el("rsm:ExchangedDocumentContext", [
      el("ram:BusinessProcessSpecifiedDocumentContextParameter", [el("ram:ID", doc.billingFramework)]),
      el("ram:GuidelineSpecifiedDocumentContextParameter", [el("ram:ID", EN16931_CUSTOMIZATION_ID)]),
    ]),
    el("rsm:ExchangedDocument", [
      el("ram:ID", doc.number),
      el("ram:TypeCode", doc.typeCode),
      el("ram:IssueDateTime", [date102(doc.issueDate)]),
      ...doc.notes.map((n) => el("ram:IncludedNote", [el("ram:Content", n.text), opt(n.subject, () => el("ram:SubjectCode", n.subject!))])),
    ]),
    el("rsm:SupplyChainTradeTransaction", [...doc.lines.map(lineItem), headerAgreement(doc), headerDelivery(doc), headerSettlement(doc)]),
  ]);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body.replace("<rsm:CrossIndustryInvoice>", `<rsm:CrossIndustryInvoice ${NS}>`)}\n`;
}

type InvoiceLine = IssuedInvoice["lines"][number];

function lineItem(l: InvoiceLine): Node {
  return el("ram:IncludedSupplyChainTradeLineItem", [
    el("ram:AssociatedDocumentLineDocument", [el("ram:LineID", l.lineId)]),
    el("ram:SpecifiedTradeProduct", [opt(l.code?.trim(), () => el("ram:SellerAssignedID", l.code!.trim())), el("ram:Name", l.label)]),
    el("ram:SpecifiedLineTradeAgreement", [
      el("ram:NetPriceProductTradePrice", [el("ram:ChargeAmount", amount(l.unitPriceCents))]),
    ]),
    el("ram:SpecifiedLineTradeDelivery", [el("ram:BilledQuantity", quantityText(l.quantity), { unitCode: l.unitCode })]),
    el("ram:SpecifiedLineTradeSettlement", [
      el("ram:ApplicableTradeTax", [
        el("ram:TypeCode", "VAT"),
        el("ram:CategoryCode", l.vatCategory),
        opt(l.vatCategory !== "O", () => el("ram:RateApplicablePercent", rateText(l.vatRate))),
      ]),
      el("ram:SpecifiedTradeSettlementLineMonetarySummation", [el("ram:LineTotalAmount", amount(l.netCents))]),
      opt(l.production?.trim(), () => el("ram:ReceivableSpecifiedTradeAccountingAccount", [el("ram:ID", l.production!.trim())])),
    ]),
  ]);
}

/** The seller and the buyer, and the buyer's order reference. */
function headerAgreement(doc: IssuedInvoice): Node {
  const tax = taxIdentifiersOf(doc);
  return el("ram:ApplicableHeaderTradeAgreement", [
    sellerParty(doc, tax),
    buyerParty(doc, tax),
    opt(doc.purchaseOrder, () => el("ram:BuyerOrderReferencedDocument", [el("ram:IssuerAssignedID", doc.purchaseOrder!)])),
  ]);
}

type TaxIdentifiers = ReturnType<typeof taxIdentifiersOf>;

function sellerParty(doc: IssuedInvoice, tax: TaxIdentifiers): Node {
  const { seller } = doc;
  const endpoint = endpointOf(seller, "la société");
  return el("ram:SellerTradeParty", [
    el("ram:GlobalID", compactIdentifier(seller.siret), { schemeID: SCHEME_SIRET }),
    el("ram:Name", seller.name),
    el("ram:Description", sellerLegalInformation(seller, formatEuros)),
    el("ram:SpecifiedLegalOrganization", [el("ram:ID", compactIdentifier(seller.siren), { schemeID: SCHEME_SIREN })]),
    opt(seller.email?.trim() || seller.phone?.trim(), () =>
      el("ram:DefinedTradeContact", [
        opt(seller.phone?.trim(), () => el("ram:TelephoneUniversalCommunication", [el("ram:CompleteNumber", seller.phone!.trim())])),
        opt(seller.email?.trim(), () => el("ram:EmailURIUniversalCommunication", [el("ram:URIID", seller.email!.trim())])),
      ]),
    ),
    address(seller.address),
    el("ram:URIUniversalCommunication", [el("ram:URIID", endpoint.id, { schemeID: endpoint.scheme })]),
    opt(tax.sellerVat, () => el("ram:SpecifiedTaxRegistration", [el("ram:ID", tax.sellerVat!, { schemeID: "VA" })])),
    opt(tax.sellerTaxRegistration, () => el("ram:SpecifiedTaxRegistration", [el("ram:ID", tax.sellerTaxRegistration!, { schemeID: SELLER_TAX_REGISTRATION_SCHEME })])),
  ]);
}

function buyerParty(doc: IssuedInvoice, tax: TaxIdentifiers): Node {
  const { client } = doc;
  const endpoint = endpointOf(client, `le client ${client.name}`);
  return el("ram:BuyerTradeParty", [
    opt(client.siret?.trim(), () => el("ram:GlobalID", compactIdentifier(client.siret), { schemeID: SCHEME_SIRET })),
    el("ram:Name", client.name),
    opt(client.siren?.trim(), () =>
      el("ram:SpecifiedLegalOrganization", [el("ram:ID", compactIdentifier(client.siren), { schemeID: SCHEME_SIREN })]),
    ),
    address(client.address),
    el("ram:URIUniversalCommunication", [el("ram:URIID", endpoint.id, { schemeID: endpoint.scheme })]),
    opt(tax.buyerVat, () => el("ram:SpecifiedTaxRegistration", [el("ram:ID", tax.buyerVat!, { schemeID: "VA" })])),
  ]);
}

/** Required by the D16B schema even when empty (schemas README). */
function headerDelivery(doc: IssuedInvoice): Node {
  return el("ram:ApplicableHeaderTradeDelivery", [
    opt(doc.deliveryAddress, () => el("ram:ShipToTradeParty", [address(doc.deliveryAddress!)])),
    opt(doc.deliveryDate !== undefined, () =>
      el("ram:ActualDeliverySupplyChainEvent", [el("ram:OccurrenceDateTime", [date102(doc.deliveryDate!)])]),
    ),
  ]);
}

/** Payment means, the VAT breakdown, the period, the terms, the totals and the credited invoice. */
function headerSettlement(doc: IssuedInvoice): Node {
  const { seller, totals } = doc;
  return el("ram:ApplicableHeaderTradeSettlement", [
    opt(seller.iban?.trim(), () => el("ram:PaymentReference", doc.number)),
    el("ram:InvoiceCurrencyCode", "EUR"),
    opt(seller.iban?.trim(), () =>
      el("ram:SpecifiedTradeSettlementPaymentMeans", [
        el("ram:TypeCode", PAYMENT_MEANS_SEPA_TRANSFER),
        el("ram:PayeePartyCreditorFinancialAccount", [el("ram:IBANID", compactIdentifier(seller.iban))]),
        opt(seller.bic?.trim(), () => el("ram:PayeeSpecifiedCreditorFinancialInstitution", [el("ram:BICID", compactIdentifier(seller.bic))])),
      ]),
    ),
    ...taxBreakdown(doc),
    opt(doc.servicePeriod, () =>
      el("ram:BillingSpecifiedPeriod", [
        el("ram:StartDateTime", [date102(doc.servicePeriod!.start)]),
        el("ram:EndDateTime", [date102(doc.servicePeriod!.end)]),
      ]),
    ),
    el("ram:SpecifiedTradePaymentTerms", [
      el("ram:Description", paymentTermsText(doc)),
      opt(doc.dueDate !== undefined, () => el("ram:DueDateDateTime", [date102(doc.dueDate!)])),
    ]),
    el("ram:SpecifiedTradeSettlementHeaderMonetarySummation", [
      el("ram:LineTotalAmount", amount(totals.htCents)),
      el("ram:TaxBasisTotalAmount", amount(totals.htCents)),
      el("ram:TaxTotalAmount", amount(totals.vatCents), { currencyID: "EUR" }),
      el("ram:GrandTotalAmount", amount(totals.ttcCents)),
      el("ram:DuePayableAmount", amount(totals.ttcCents)),
    ]),
    opt(doc.creditOf, () =>
      el("ram:InvoiceReferencedDocument", [
        el("ram:IssuerAssignedID", doc.creditOf!.number),
        el("ram:FormattedIssueDateTime", [date102(doc.creditOf!.issueDate, "qdt")]),
      ]),
    ),
    opt(doc.production, () => el("ram:ReceivableSpecifiedTradeAccountingAccount", [el("ram:ID", doc.production)])),
  ]);
}

function taxBreakdown(doc: IssuedInvoice): Node[] {
  return doc.totals.breakdown.map((b, i) =>
    el("ram:ApplicableTradeTax", [
      el("ram:CalculatedAmount", amount(b.vatCents)),
      el("ram:TypeCode", "VAT"),
      opt(b.exemptionReason, () => el("ram:ExemptionReason", b.exemptionReason!)),
      el("ram:BasisAmount", amount(b.baseCents)),
      el("ram:CategoryCode", b.category),
      // BT-8 (VAT-on-debits option), once; the code is not confirmed by a public text.
      opt(doc.seller.vatOnDebits && i === 0, () => el("ram:DueDateTypeCode", VAT_ON_DEBITS_POINT_CODE.cii)),
      opt(b.category !== "O", () => el("ram:RateApplicablePercent", rateText(b.ratePercent))),
    ]),
  );
}

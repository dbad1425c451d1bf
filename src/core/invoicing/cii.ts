/**
 * UN/CEFACT Cross Industry Invoice D16B (the syntax of Factur-X EN 16931) of an issued invoice or
 * credit note: the EN 16931 content computed once by `en16931.ts` (the same as the UBL file,
 * `ubl.ts`), with the French requirements of the FNFE-MPE BR-FR schematrons v1.2.0,
 * https://github.com/fnfempe/France_RFE (SIREN 0002, SIRET 0009, routing address 0225, BT-23, payment
 * notes with their subject codes PMT/PMD/AAB, one `IncludedNote` each).
 *
 * Written by hand, like the UBL file and for the same reasons (see `en16931.ts`): this module only
 * places the model's values, in the element order of the D16B schema
 * (`CrossIndustryInvoice_ReusableAggregateBusinessInformationEntity_100pD16B.xsd`), including the
 * `ApplicableHeaderTradeDelivery` block the XSD requires even when empty; every text goes through
 * `escapeXmlText` (`xmlElement.ts`).
 */
import { en16931Document, type En16931Address, type En16931Document, type En16931Line, type En16931Party } from "./en16931";
import type { IssuedInvoice } from "./invoice";
import { el, opt, schemeId, type XmlNode } from "./xmlElement";

const NAMESPACES = {
  "xmlns:rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
  "xmlns:qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
  "xmlns:ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
  "xmlns:udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
};

/** An ISO date as a D16B date, format 102 (`20261130`). */
const date102 = (iso: string, ns = "udt"): XmlNode => el(`${ns}:DateTimeString`, iso.replace(/-/g, ""), { format: "102" });

function address(a: En16931Address): XmlNode {
  return el("ram:PostalTradeAddress", [
    el("ram:PostcodeCode", a.postalCode),
    el("ram:LineOne", a.line1),
    el("ram:LineTwo", a.line2),
    el("ram:CityName", a.city),
    el("ram:CountryID", a.country),
  ]);
}

/** The CII XML of an issued invoice or credit note: context, document header, then the trade transaction. */
export function toCii(doc: IssuedInvoice): string {
  const m = en16931Document(doc);
  const body = el(
    "rsm:CrossIndustryInvoice",
    [
      el("rsm:ExchangedDocumentContext", [
        el("ram:BusinessProcessSpecifiedDocumentContextParameter", [el("ram:ID", m.profile)]),
        el("ram:GuidelineSpecifiedDocumentContextParameter", [el("ram:ID", m.customizationId)]),
      ]),
      el("rsm:ExchangedDocument", [
        el("ram:ID", m.number),
        el("ram:TypeCode", m.typeCode),
        el("ram:IssueDateTime", [date102(m.issueDate)]),
        ...m.notes.map((n) => el("ram:IncludedNote", [el("ram:Content", n.text), el("ram:SubjectCode", n.subject)])),
      ]),
      el("rsm:SupplyChainTradeTransaction", [...m.lines.map(lineItem), headerAgreement(m), headerDelivery(m), headerSettlement(m)]),
    ],
    NAMESPACES,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`;
}

function lineItem(l: En16931Line): XmlNode {
  return el("ram:IncludedSupplyChainTradeLineItem", [
    el("ram:AssociatedDocumentLineDocument", [el("ram:LineID", l.id)]),
    el("ram:SpecifiedTradeProduct", [el("ram:SellerAssignedID", l.sellerItemId), el("ram:Name", l.name)]),
    el("ram:SpecifiedLineTradeAgreement", [el("ram:NetPriceProductTradePrice", [el("ram:ChargeAmount", l.price)])]),
    el("ram:SpecifiedLineTradeDelivery", [el("ram:BilledQuantity", l.quantity, { unitCode: l.unitCode })]),
    el("ram:SpecifiedLineTradeSettlement", [
      el("ram:ApplicableTradeTax", [el("ram:TypeCode", "VAT"), el("ram:CategoryCode", l.category), el("ram:RateApplicablePercent", l.rate)]),
      el("ram:SpecifiedTradeSettlementLineMonetarySummation", [el("ram:LineTotalAmount", l.net)]),
      opt(l.accountingCost, (id) => el("ram:ReceivableSpecifiedTradeAccountingAccount", [el("ram:ID", id)])),
    ]),
  ]);
}

/** The seller and the buyer, and the buyer's order reference. */
function headerAgreement(m: En16931Document): XmlNode {
  return el("ram:ApplicableHeaderTradeAgreement", [
    party("ram:SellerTradeParty", m.seller),
    party("ram:BuyerTradeParty", m.buyer),
    opt(m.purchaseOrder, (id) => el("ram:BuyerOrderReferencedDocument", [el("ram:IssuerAssignedID", id)])),
  ]);
}

function party(name: string, p: En16931Party): XmlNode {
  return el(name, [
    schemeId("ram:GlobalID", p.siret),
    el("ram:Name", p.name),
    el("ram:Description", p.legalInformation),
    opt(p.siren, (siren) => el("ram:SpecifiedLegalOrganization", [schemeId("ram:ID", siren)])),
    opt(p.phone || p.email, () =>
      el("ram:DefinedTradeContact", [
        opt(p.phone, (phone) => el("ram:TelephoneUniversalCommunication", [el("ram:CompleteNumber", phone)])),
        opt(p.email, (email) => el("ram:EmailURIUniversalCommunication", [el("ram:URIID", email)])),
      ]),
    ),
    address(p.address),
    el("ram:URIUniversalCommunication", [schemeId("ram:URIID", p.endpoint)]),
    opt(p.vatId, (vat) => el("ram:SpecifiedTaxRegistration", [el("ram:ID", vat, { schemeID: "VA" })])),
    opt(p.taxRegistration, (t) => el("ram:SpecifiedTaxRegistration", [schemeId("ram:ID", t)])),
  ]);
}

/** Required by the D16B schema even when empty. */
function headerDelivery(m: En16931Document): XmlNode {
  return el("ram:ApplicableHeaderTradeDelivery", [
    opt(m.delivery?.address, (a) => el("ram:ShipToTradeParty", [address(a)])),
    opt(m.delivery?.date, (d) => el("ram:ActualDeliverySupplyChainEvent", [el("ram:OccurrenceDateTime", [date102(d)])])),
  ]);
}

/** Payment means, the VAT breakdown, the period, the terms, the totals and the credited invoice. */
function headerSettlement(m: En16931Document): XmlNode {
  return el("ram:ApplicableHeaderTradeSettlement", [
    el("ram:PaymentReference", m.paymentMeans?.paymentId),
    el("ram:InvoiceCurrencyCode", m.currency),
    opt(m.paymentMeans, (p) =>
      el("ram:SpecifiedTradeSettlementPaymentMeans", [
        el("ram:TypeCode", p.code),
        el("ram:PayeePartyCreditorFinancialAccount", [el("ram:IBANID", p.iban)]),
        opt(p.bic, (bic) => el("ram:PayeeSpecifiedCreditorFinancialInstitution", [el("ram:BICID", bic)])),
      ]),
    ),
    ...taxBreakdown(m),
    opt(m.period, (p) => el("ram:BillingSpecifiedPeriod", [el("ram:StartDateTime", [date102(p.start)]), el("ram:EndDateTime", [date102(p.end)])])),
    el("ram:SpecifiedTradePaymentTerms", [
      el("ram:Description", m.paymentTerms),
      opt(m.dueDate, (d) => el("ram:DueDateDateTime", [date102(d)])),
    ]),
    el("ram:SpecifiedTradeSettlementHeaderMonetarySummation", [
      el("ram:LineTotalAmount", m.totals.lineTotal),
      el("ram:TaxBasisTotalAmount", m.totals.taxExclusive),
      el("ram:TaxTotalAmount", m.taxTotal, { currencyID: m.currency }),
      el("ram:GrandTotalAmount", m.totals.taxInclusive),
      el("ram:DuePayableAmount", m.totals.payable),
    ]),
    opt(m.precedingInvoice, (p) =>
      el("ram:InvoiceReferencedDocument", [el("ram:IssuerAssignedID", p.number), el("ram:FormattedIssueDateTime", [date102(p.issueDate, "qdt")])]),
    ),
    opt(m.accountingCost, (id) => el("ram:ReceivableSpecifiedTradeAccountingAccount", [el("ram:ID", id)])),
  ]);
}

function taxBreakdown(m: En16931Document): XmlNode[] {
  return m.vatBreakdown.map((b, i) =>
    el("ram:ApplicableTradeTax", [
      el("ram:CalculatedAmount", b.amount),
      el("ram:TypeCode", "VAT"),
      el("ram:ExemptionReason", b.exemptionReason),
      el("ram:BasisAmount", b.base),
      el("ram:CategoryCode", b.category),
      // BT-8, once (VAT-on-debits option).
      el("ram:DueDateTypeCode", i === 0 ? m.vatPointCode?.cii : undefined),
      el("ram:RateApplicablePercent", b.rate),
    ]),
  );
}

/**
 * UBL 2.1 e-invoice (EN 16931 core profile) of an issued invoice or credit note, with the French
 * requirements of the FNFE-MPE BR-FR schematrons v1.2.0, https://github.com/fnfempe/France_RFE:
 * seller and buyer SIREN (scheme 0002), SIRET (0009), buyer routing
 * address (scheme 0225), billing framework BT-23 as `cbc:ProfileID` (`S1` for services), the payment
 * notes `#PMT#`, `#PMD#`, `#AAB#` (and `#BAR#B2B`), the credit note's reference to its invoice.
 *
 * Written with `@e-invoice-eu/core` 2.3.4 (https://npmjs.com/package/@e-invoice-eu/core): it checks the
 * document against its EN 16931 JSON schema and code lists (units, VAT categories, countries,
 * currencies: things the XSD does not check), orders the elements as the XSD wants, and turns a 381
 * into a UBL `CreditNote`. Its 2.3.4 code list of endpoint schemes predates `0225` (added in 3.0.0,
 * https://github.com/gflohr/e-invoice-eu), so the routing addresses are given to it under a stand-in
 * scheme (`0009`, never used for an endpoint here) and renamed in its output by
 * `applyFrenchRoutingScheme`, the one post-processing step, which checks it replaced exactly what it
 * expected. Upgrading to ≥ 3.0.0 makes that step unnecessary: pass `SCHEME_FR_ROUTING` directly and
 * delete it. (The CII writer does not use the library: its 2.3.4 CII output needs four fixes, see
 * `cii.ts`.)
 *
 * This module loads the library (≈ 1.6 MB in a browser bundle): import it lazily from the task pane
 * (`await import(".../invoicing/ubl")`); numbering, totals and mentions stay light.
 */
import { FormatFactoryService, type Invoice, InvoiceService } from "@e-invoice-eu/core";
import { toIso } from "../dates/civil";
import { formatEuros } from "../money";
import {
  EN16931_CUSTOMIZATION_ID,
  PAYMENT_MEANS_SEPA_TRANSFER,
  SCHEME_FR_ROUTING,
  SCHEME_SIREN,
  SCHEME_SIRET,
  SELLER_TAX_REGISTRATION_SCHEME,
  VAT_ON_DEBITS_POINT_CODE,
} from "../../data/invoicing/eInvoiceCodes";
import { compactIdentifier, countryCode } from "./identifiers";
import type { IssuedInvoice, PostalAddress } from "./invoice";
import { sellerLegalInformation } from "./notes";
import { amount, EInvoiceError, endpointOf, paymentTermsText, quantityText, rateText, taxIdentifiersOf } from "./eInvoiceCommon";

/** Stand-in endpoint scheme accepted by the 2.3.4 code list, replaced by 0225 in the output. */
const ROUTING_STAND_IN = "0009";

type Json = Record<string, unknown>;

function address(a: PostalAddress): Json {
  const out: Json = {
    "cbc:StreetName": a.line1,
    "cbc:CityName": a.city,
    "cbc:PostalZone": a.postalCode,
    "cac:Country": { "cbc:IdentificationCode": countryCode(a.countryCode) ?? "FR" },
  };
  if (a.line2?.trim()) out["cbc:AdditionalStreetName"] = a.line2.trim();
  return out;
}

/** The library's JSON input for a document (exported for tests and for the CLI's `--json`). */
export function toUblInput(doc: IssuedInvoice): { input: Invoice; routingEndpoints: number } {
  const tax = taxIdentifiersOf(doc);
  const routing = { endpoints: 0 };
  const ubl: Json = {
    "cbc:CustomizationID": EN16931_CUSTOMIZATION_ID,
    "cbc:ProfileID": doc.billingFramework,
    "cbc:ID": doc.number,
    "cbc:IssueDate": toIso(doc.issueDate),
    "cbc:InvoiceTypeCode": doc.typeCode,
    "cbc:Note": doc.notes.map((n) => (n.subject ? `#${n.subject}#${n.text}` : n.text)),
    "cbc:DocumentCurrencyCode": "EUR",
    "cac:AccountingSupplierParty": { "cac:Party": sellerParty(doc, tax, routing) },
    "cac:AccountingCustomerParty": { "cac:Party": buyerParty(doc, tax, routing) },
    "cac:TaxTotal": [taxTotal(doc)],
    "cac:LegalMonetaryTotal": {
      ...money("cbc:LineExtensionAmount", doc.totals.htCents),
      ...money("cbc:TaxExclusiveAmount", doc.totals.htCents),
      ...money("cbc:TaxInclusiveAmount", doc.totals.ttcCents),
      ...money("cbc:PayableAmount", doc.totals.ttcCents),
    },
    "cac:InvoiceLine": doc.lines.map(invoiceLine),
  };
  addDatesAndReferences(ubl, doc);
  addPayment(ubl, doc);
  return { input: { "ubl:Invoice": ubl } as unknown as Invoice, routingEndpoints: routing.endpoints };
}

type TaxIdentifiers = ReturnType<typeof taxIdentifiersOf>;

function money(name: string, cents: number): Json {
  return { [name]: amount(cents), [`${name}@currencyID`]: "EUR" };
}

/** A party's endpoint; a routing address (0225) goes under the stand-in scheme and is counted for the rename. */
function endpoint(party: { routingAddress?: string; siren?: string; name: string }, who: string, routing: { endpoints: number }): Json {
  const e = endpointOf(party, who);
  if (e.scheme === SCHEME_FR_ROUTING) routing.endpoints++;
  return { "cbc:EndpointID": e.id, "cbc:EndpointID@schemeID": e.scheme === SCHEME_FR_ROUTING ? ROUTING_STAND_IN : e.scheme };
}

function sellerParty(doc: IssuedInvoice, tax: TaxIdentifiers, routing: { endpoints: number }): Json {
  const { seller } = doc;
  const party: Json = {
    ...endpoint(seller, "la société", routing),
    "cac:PartyIdentification": [{ "cbc:ID": compactIdentifier(seller.siret), "cbc:ID@schemeID": SCHEME_SIRET }],
    "cac:PostalAddress": address(seller.address),
    "cac:PartyLegalEntity": {
      "cbc:RegistrationName": seller.name,
      "cbc:CompanyID": compactIdentifier(seller.siren),
      "cbc:CompanyID@schemeID": SCHEME_SIREN,
      "cbc:CompanyLegalForm": sellerLegalInformation(seller, formatEuros),
    },
  };
  if (tax.sellerVat) party["cac:PartyTaxScheme"] = [{ "cbc:CompanyID": tax.sellerVat, "cac:TaxScheme": { "cbc:ID": "VAT" } }];
  else if (tax.sellerTaxRegistration) {
    party["cac:PartyTaxScheme"] = [{ "cbc:CompanyID": tax.sellerTaxRegistration, "cac:TaxScheme": { "cbc:ID": SELLER_TAX_REGISTRATION_SCHEME } }];
  }
  if (seller.email?.trim() || seller.phone?.trim()) {
    const contact: Json = {};
    if (seller.phone?.trim()) contact["cbc:Telephone"] = seller.phone.trim();
    if (seller.email?.trim()) contact["cbc:ElectronicMail"] = seller.email.trim();
    party["cac:Contact"] = contact;
  }
  return party;
}

function buyerParty(doc: IssuedInvoice, tax: TaxIdentifiers, routing: { endpoints: number }): Json {
  const { client } = doc;
  const legal: Json = { "cbc:RegistrationName": client.name };
  if (client.siren?.trim()) {
    legal["cbc:CompanyID"] = compactIdentifier(client.siren);
    legal["cbc:CompanyID@schemeID"] = SCHEME_SIREN;
  }
  const party: Json = {
    ...endpoint(client, `le client ${client.name}`, routing),
    "cac:PostalAddress": address(client.address),
    "cac:PartyLegalEntity": legal,
  };
  if (client.siret?.trim()) {
    party["cac:PartyIdentification"] = { "cbc:ID": compactIdentifier(client.siret), "cbc:ID@schemeID": SCHEME_SIRET };
  }
  if (tax.buyerVat) party["cac:PartyTaxScheme"] = { "cbc:CompanyID": tax.buyerVat, "cac:TaxScheme": { "cbc:ID": "VAT" } };
  return party;
}

function taxTotal(doc: IssuedInvoice): Json {
  return {
    ...money("cbc:TaxAmount", doc.totals.vatCents),
    "cac:TaxSubtotal": doc.totals.breakdown.map((b) => {
      const category: Json = { "cbc:ID": b.category, "cac:TaxScheme": { "cbc:ID": "VAT" } };
      // EN 16931 BR-O-05/BR-O-14: no rate for "not subject to VAT".
      if (b.category !== "O") category["cbc:Percent"] = rateText(b.ratePercent);
      if (b.exemptionReason) category["cbc:TaxExemptionReason"] = b.exemptionReason;
      return { ...money("cbc:TaxableAmount", b.baseCents), ...money("cbc:TaxAmount", b.vatCents), "cac:TaxCategory": category };
    }),
  };
}

function invoiceLine(l: IssuedInvoice["lines"][number]): Json {
  const item: Json = { "cbc:Name": l.label };
  if (l.code?.trim()) item["cac:SellersItemIdentification"] = { "cbc:ID": l.code.trim() };
  const tax: Json = { "cbc:ID": l.vatCategory, "cac:TaxScheme": { "cbc:ID": "VAT" } };
  if (l.vatCategory !== "O") tax["cbc:Percent"] = rateText(l.vatRate);
  item["cac:ClassifiedTaxCategory"] = tax;
  const line: Json = {
    "cbc:ID": l.lineId,
    "cbc:InvoicedQuantity": quantityText(l.quantity),
    "cbc:InvoicedQuantity@unitCode": l.unitCode,
    ...money("cbc:LineExtensionAmount", l.netCents),
    "cac:Item": item,
    "cac:Price": money("cbc:PriceAmount", l.unitPriceCents),
  };
  if (l.production?.trim()) line["cbc:AccountingCost"] = l.production.trim();
  return line;
}

/** The optional header parts: due date, accounting cost, period, order, credited invoice, delivery. */
function addDatesAndReferences(ubl: Json, doc: IssuedInvoice): void {
  const { seller } = doc;
  if (doc.dueDate !== undefined) ubl["cbc:DueDate"] = toIso(doc.dueDate);
  if (doc.production) ubl["cbc:AccountingCost"] = doc.production;
  if (doc.servicePeriod || seller.vatOnDebits) {
    const period: Json = {};
    if (doc.servicePeriod) {
      period["cbc:StartDate"] = toIso(doc.servicePeriod.start);
      period["cbc:EndDate"] = toIso(doc.servicePeriod.end);
    }
    // BT-8: VAT due when the invoice is issued (VAT-on-debits option; the code is not confirmed by a
    // public text).
    if (seller.vatOnDebits) period["cbc:DescriptionCode"] = VAT_ON_DEBITS_POINT_CODE.ubl;
    ubl["cac:InvoicePeriod"] = period;
  }
  if (doc.purchaseOrder) ubl["cac:OrderReference"] = { "cbc:ID": doc.purchaseOrder };
  if (doc.creditOf) {
    ubl["cac:BillingReference"] = [
      { "cac:InvoiceDocumentReference": { "cbc:ID": doc.creditOf.number, "cbc:IssueDate": toIso(doc.creditOf.issueDate) } },
    ];
  }
  if (doc.deliveryDate !== undefined || doc.deliveryAddress) {
    const delivery: Json = {};
    if (doc.deliveryDate !== undefined) delivery["cbc:ActualDeliveryDate"] = toIso(doc.deliveryDate);
    if (doc.deliveryAddress) delivery["cac:DeliveryLocation"] = { "cac:Address": address(doc.deliveryAddress) };
    ubl["cac:Delivery"] = delivery;
  }
}

/** SEPA transfer to the seller's account (when it has an IBAN) and the payment terms. */
function addPayment(ubl: Json, doc: IssuedInvoice): void {
  const { seller } = doc;
  if (seller.iban?.trim()) {
    const account: Json = { "cbc:ID": compactIdentifier(seller.iban) };
    if (seller.bic?.trim()) account["cac:FinancialInstitutionBranch"] = { "cbc:ID": compactIdentifier(seller.bic) };
    ubl["cac:PaymentMeans"] = [
      { "cbc:PaymentMeansCode": PAYMENT_MEANS_SEPA_TRANSFER, "cbc:PaymentID": doc.number, "cac:PayeeFinancialAccount": account },
    ];
  }
  const terms = paymentTermsText(doc);
  if (terms) ubl["cac:PaymentTerms"] = { "cbc:Note": terms };
}

/**
 * THE post-processing step (see the header): renames the stand-in endpoint scheme to 0225 and checks
 * that exactly the expected endpoints were renamed.
 */
export function applyFrenchRoutingScheme(xml: string, expected: number): string {
  let count = 0;
  const out = xml.replace(/<cbc:EndpointID schemeID="0009">/g, () => {
    count++;
    return `<cbc:EndpointID schemeID="${SCHEME_FR_ROUTING}">`;
  });
  if (count !== expected) {
    throw new EInvoiceError(
      `Facture électronique : ${count} adresse(s) de routage trouvée(s) au lieu de ${expected} dans la sortie UBL ; la bibliothèque a peut-être changé.`,
      [],
    );
  }
  return out;
}

const SILENT = { log: (): void => undefined, warn: (): void => undefined, error: (): void => undefined };
const OPTIONS = { format: "UBL", lang: "fr-fr", noWarnings: true };
let service: InvoiceService | undefined;

/** A page whose Content-Security-Policy forbids `eval` refused to compile a validator. */
function isEvalRefused(e: unknown): boolean {
  return e instanceof EvalError || /unsafe-eval|Content Security Policy/i.test(String((e as Error)?.message ?? e));
}

/**
 * Where the library may compile its validator: not in a web page. The task pane's (and Excel's)
 * Content-Security-Policy forbids `eval` on purpose, and ajv compiles its validators with
 * `new Function`; even a refused attempt is logged as a violation. Core code reads no DOM: only the
 * presence of the global is looked at.
 */
const MAY_EVAL = typeof (globalThis as { document?: unknown }).document === "undefined";

/**
 * The library's XML for a document. `InvoiceService.generate` validates the input against the
 * library's EN 16931 schema (ajv), then formats it. In a web page (see `MAY_EVAL`), or wherever eval
 * is refused, the library's UBL formatter is called directly: the same steps without the schema
 * check, which the same input passes wherever it runs (Node, the CLI; the tests check that both paths
 * write the very same XML).
 */
export async function generateUblXml(input: Invoice, validate = MAY_EVAL): Promise<string> {
  if (validate) {
    service ??= new InvoiceService(SILENT);
    try {
      return (await service.generate(input, OPTIONS)) as string;
    } catch (e) {
      if (!isEvalRefused(e)) throw e;
    }
  }
  const formatter = new FormatFactoryService().createFormatService("UBL", SILENT);
  const invoice = structuredClone(input);
  formatter.fillInvoiceDefaults(invoice);
  return (await formatter.generate(invoice, OPTIONS)) as string;
}

/** The UBL XML of an issued invoice (`Invoice`) or credit note (`CreditNote`). */
export async function toUbl(doc: IssuedInvoice): Promise<string> {
  const { input, routingEndpoints } = toUblInput(doc);
  let xml: string;
  try {
    xml = await generateUblXml(input);
  } catch (e) {
    const errors = (e as { errors?: { instancePath?: string; message?: string }[] }).errors ?? [];
    throw new EInvoiceError(
      `Facture électronique ${doc.number} : la bibliothèque e-invoice-eu refuse les données (${errors
        .map((x) => `${x.instancePath ?? ""} ${x.message ?? ""}`.trim())
        .join(" ; ") || (e as Error).message}).`,
      errors.map((x) => `${x.instancePath ?? ""} ${x.message ?? ""}`.trim()),
    );
  }
  return applyFrenchRoutingScheme(xml, routingEndpoints);
}

/**
 * The EN 16931 content of an issued invoice or credit note, computed once for both syntaxes: the
 * business terms (BT-1 number, BT-2 date, BT-3 type, BT-23 billing framework, BT-24 specification,
 * the parties with their SIREN/SIRET/VAT identifiers and electronic addresses, the notes with their
 * subject codes, BT-20 payment terms, the payment means, the VAT breakdown, the lines, the totals, the
 * credit note's preceding invoice BT-25/26), every value already in its EN 16931 text form (amounts
 * with 2 decimals, quantities with up to 4, rates without trailing zeros, ISO dates). `ubl.ts` and
 * `cii.ts` only place these values in the elements of their syntax: both write the same facts by
 * construction, and a rule (which identifier, which endpoint, which note) is decided here once.
 *
 * Both syntaxes are written by hand from this model rather than with the `@e-invoice-eu/core`
 * library (https://www.npmjs.com/package/@e-invoice-eu/core, https://github.com/gflohr/e-invoice-eu):
 * - its 2.x releases (2.3.4 is the last) refuse the French directory address scheme 0225 as an
 *   electronic address: their code lists predate it, and only 3.0.0 upgraded them to those of
 *   Peppol BIS Billing 3.0.20 (packages/core/CHANGELOG.md, "3.0.0 … Upgraded code lists and schemas");
 *   the npm registry we install from offers 2.1.15, 2.3.2 and 2.3.4 only (`npm view
 *   @e-invoice-eu/core versions`), so using it meant a stand-in scheme renamed in its output;
 * - its 2.3.4 CII output would need four fixes (0225 again, one `IncludedNote` per subject code for
 *   the French payment notes, the `ApplicableHeaderTradeDelivery` block the D16B XSD requires, the
 *   seller's SIRET BT-29);
 * - its validating call compiles its JSON schema with `new Function` (ajv), which the task pane's
 *   Content-Security-Policy refuses, and it weighs about 1.6 MB in the pane's bundle.
 * What its validation checked is checked by the tests instead, on every generated file: the official
 * UBL 2.1 and CII D16B XSDs and the CEN/TC 434 EN 16931 Schematron (test/helpers/schemas.ts), plus the
 * French rules of `frenchRules.ts`.
 *
 * Light: no library, no DOM, no eval.
 */
import { toFrench, toIso } from "../dates/civil";
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

export class EInvoiceError extends Error {
  constructor(
    message: string,
    readonly details: string[],
  ) {
    super(message);
    // Written out, not `new.target.name`: the pane's bundle is minified and class names do not survive.
    this.name = "EInvoiceError";
  }
}

/** Cents as an EN 16931 amount: `1234.50`, `-12.00`. */
export function amount(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** A quantity with at most 4 decimals, no trailing zeros: `1`, `0.5`, `12.25`. */
export function quantityText(q: number): string {
  return String(Math.round(q * 10000) / 10000);
}

/** A VAT rate: `20`, `5.5`, `0`. */
export function rateText(rate: number): string {
  return String(Math.round(rate * 100) / 100);
}

/**
 * The tax identifiers of the parties as EN 16931 wants them for the document's VAT categories:
 * - an invoice "not subject to VAT" (category O) carries neither the seller's nor the buyer's VAT
 *   identifier (BR-O-02): the printed invoice keeps the seller's number (CGI annexe II art. 242
 *   nonies A), the e-invoice leaves it out;
 * - otherwise the seller is identified by its VAT number (BT-31), or, under the franchise en base
 *   without one, by its tax registration identifier (BT-32), its SIREN (BR-E-02, BR-S-02…); the
 *   buyer's VAT number (BT-48) is written when known.
 */
export function taxIdentifiersOf(doc: Pick<IssuedInvoice, "seller" | "client" | "lines">): { sellerVat?: string; sellerTaxRegistration?: string; buyerVat?: string } {
  if (doc.lines.some((l) => l.vatCategory === "O")) return {};
  const sellerVat = doc.seller.vatNumber?.trim() ? compactIdentifier(doc.seller.vatNumber) : undefined;
  const out: { sellerVat?: string; sellerTaxRegistration?: string; buyerVat?: string } = {};
  if (sellerVat) out.sellerVat = sellerVat;
  else if (doc.seller.vatFranchise && doc.seller.siren?.trim()) out.sellerTaxRegistration = compactIdentifier(doc.seller.siren);
  if (doc.client.vatNumber?.trim()) out.buyerVat = compactIdentifier(doc.client.vatNumber);
  return out;
}

/** The party's electronic address: its directory address (0225), else its SIREN (0002). */
export function endpointOf(party: { routingAddress?: string; siren?: string; name: string }, who: string): { id: string; scheme: string } {
  if (party.routingAddress?.trim()) return { id: party.routingAddress.trim(), scheme: SCHEME_FR_ROUTING };
  if (party.siren?.trim()) return { id: compactIdentifier(party.siren), scheme: SCHEME_SIREN };
  throw new EInvoiceError(
    `Facture électronique : aucune adresse électronique pour ${who} (${party.name}) : renseignez son adresse de routage (annuaire de la facturation électronique) ou son SIREN.`,
    [],
  );
}

/**
 * BT-20 payment terms, French (required when no due date is given, EN 16931 BR-CO-25): the sentence
 * fixed when the invoice was issued (`paymentTerms.ts`). An invoice archived before that sentence was
 * kept was due N days from its date (30 without an agreed term): it is said as it was then.
 */
export function paymentTermsText(doc: IssuedInvoice): string {
  if (doc.kind === "creditNote") {
    return "Avoir à imputer sur une prochaine facture ou à rembourser.";
  }
  const how = doc.seller.iban?.trim() ? ", par virement" : "";
  if (doc.paymentTerms) return `${doc.paymentTerms}${how}.`;
  const days = doc.client.paymentDelayDays ?? 30;
  const due = doc.dueDate !== undefined ? `, soit le ${toFrench(doc.dueDate)}` : "";
  return `Paiement à ${days} jours date de facture${due}${how}.`;
}

/** An identifier with its scheme (ISO 6523 ICD for SIREN 0002, SIRET 0009, routing address 0225). */
export interface SchemedId {
  id: string;
  scheme: string;
}

export interface En16931Address {
  line1: string;
  line2?: string;
  city: string;
  postalCode: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

export interface En16931Party {
  name: string;
  /** BT-34/BT-49 electronic address. */
  endpoint: SchemedId;
  /** BT-29/BT-46 SIRET (scheme 0009). */
  siret?: SchemedId;
  /** BT-30/BT-47 SIREN (scheme 0002). */
  siren?: SchemedId;
  /** BT-31/BT-48 VAT identifier. */
  vatId?: string;
  /** BT-32 tax registration identifier (the seller's SIREN under the franchise en base, scheme FC). */
  taxRegistration?: SchemedId;
  /** BT-33 seller's additional legal information (form, capital, registry). */
  legalInformation?: string;
  /** BT-42/BT-43 seller's contact telephone and e-mail. */
  phone?: string;
  email?: string;
  address: En16931Address;
}

export interface En16931Line {
  /** BT-126 */
  id: string;
  /** BT-129/BT-130 */
  quantity: string;
  unitCode: string;
  /** BT-131 */
  net: string;
  /** BT-146 */
  price: string;
  /** BT-153 */
  name: string;
  /** BT-155 seller's item identifier. */
  sellerItemId?: string;
  /** BT-151/BT-152: no rate for "not subject to VAT" (O, BR-O-05). */
  category: string;
  rate?: string;
  /** BT-133 buyer's accounting reference: the production. */
  accountingCost?: string;
}

export interface En16931VatBreakdown {
  category: string;
  /** BT-119: none for category O (BR-O-14). */
  rate?: string;
  base: string;
  amount: string;
  /** BT-120 */
  exemptionReason?: string;
}

/** The EN 16931 content of one document, every value in its text form. */
export interface En16931Document {
  /** BT-24 */
  customizationId: string;
  /** BT-23 billing framework (S1, B1, M1…). */
  profile: string;
  number: string;
  issueDate: string;
  /** BT-3: 380 invoice, 381 credit note. */
  typeCode: "380" | "381";
  /** BT-22 with its subject code (PMT, PMD, AAB, BAR…). */
  notes: { subject?: string; text: string }[];
  currency: string;
  /** BT-9 */
  dueDate?: string;
  /** BT-19 buyer's accounting reference. */
  accountingCost?: string;
  /** BT-73/BT-74 */
  period?: { start: string; end: string };
  /** BT-8 VAT point date code of each syntax (VAT-on-debits option; not confirmed by a public text). */
  vatPointCode?: { ubl: string; cii: string };
  /** BT-13 */
  purchaseOrder?: string;
  /** BT-25/BT-26 the invoice a credit note cancels. */
  precedingInvoice?: { number: string; issueDate: string };
  /** BT-72 and the deliver-to address BG-15. */
  delivery?: { date?: string; address?: En16931Address };
  seller: En16931Party;
  buyer: En16931Party;
  /** BG-16 SEPA transfer (BT-81 code, BT-83 remittance information, BT-84 IBAN, BT-86 BIC). */
  paymentMeans?: { code: string; paymentId: string; iban: string; bic?: string };
  /** BT-20 */
  paymentTerms: string;
  /** BT-110 */
  taxTotal: string;
  vatBreakdown: En16931VatBreakdown[];
  /** BT-106, BT-109, BT-112, BT-115 */
  totals: { lineTotal: string; taxExclusive: string; taxInclusive: string; payable: string };
  lines: En16931Line[];
}

const trimmed = (s: string | undefined): string | undefined => (s?.trim() ? s.trim() : undefined);

function addressOf(a: PostalAddress): En16931Address {
  return { line1: a.line1, line2: trimmed(a.line2), city: a.city, postalCode: a.postalCode, country: countryCode(a.countryCode) ?? "FR" };
}

const schemed = (id: string | undefined, scheme: string): SchemedId | undefined => (id?.trim() ? { id: compactIdentifier(id), scheme } : undefined);

function sellerOf(doc: IssuedInvoice, tax: ReturnType<typeof taxIdentifiersOf>): En16931Party {
  const { seller } = doc;
  return {
    name: seller.name,
    endpoint: endpointOf(seller, "la société"),
    siret: { id: compactIdentifier(seller.siret), scheme: SCHEME_SIRET },
    siren: { id: compactIdentifier(seller.siren), scheme: SCHEME_SIREN },
    vatId: tax.sellerVat,
    taxRegistration: tax.sellerTaxRegistration ? { id: tax.sellerTaxRegistration, scheme: SELLER_TAX_REGISTRATION_SCHEME } : undefined,
    legalInformation: sellerLegalInformation(seller, formatEuros),
    phone: trimmed(seller.phone),
    email: trimmed(seller.email),
    address: addressOf(seller.address),
  };
}

function buyerOf(doc: IssuedInvoice, tax: ReturnType<typeof taxIdentifiersOf>): En16931Party {
  const { client } = doc;
  return {
    name: client.name,
    endpoint: endpointOf(client, `le client ${client.name}`),
    siret: schemed(client.siret, SCHEME_SIRET),
    siren: schemed(client.siren, SCHEME_SIREN),
    vatId: tax.buyerVat,
    address: addressOf(client.address),
  };
}

function lineOf(l: IssuedInvoice["lines"][number]): En16931Line {
  return {
    id: l.lineId,
    quantity: quantityText(l.quantity),
    unitCode: l.unitCode,
    net: amount(l.netCents),
    price: amount(l.unitPriceCents),
    name: l.label,
    sellerItemId: trimmed(l.code),
    category: l.vatCategory,
    // EN 16931 BR-O-05: no rate for "not subject to VAT".
    rate: l.vatCategory === "O" ? undefined : rateText(l.vatRate),
    accountingCost: trimmed(l.production),
  };
}

function deliveryOf(doc: IssuedInvoice): En16931Document["delivery"] {
  if (doc.deliveryDate === undefined && !doc.deliveryAddress) return undefined;
  return {
    date: doc.deliveryDate !== undefined ? toIso(doc.deliveryDate) : undefined,
    address: doc.deliveryAddress ? addressOf(doc.deliveryAddress) : undefined,
  };
}

/** SEPA transfer to the seller's account, when it has an IBAN; the document number as remittance information. */
function paymentMeansOf(doc: IssuedInvoice): En16931Document["paymentMeans"] {
  const { seller } = doc;
  if (!seller.iban?.trim()) return undefined;
  const bic = trimmed(seller.bic);
  return { code: PAYMENT_MEANS_SEPA_TRANSFER, paymentId: doc.number, iban: compactIdentifier(seller.iban), bic: bic && compactIdentifier(bic) };
}

/** The EN 16931 content of an issued document, for the UBL and CII writers. */
export function en16931Document(doc: IssuedInvoice): En16931Document {
  const tax = taxIdentifiersOf(doc);
  const { totals } = doc;
  return {
    customizationId: EN16931_CUSTOMIZATION_ID,
    profile: doc.billingFramework,
    number: doc.number,
    issueDate: toIso(doc.issueDate),
    typeCode: doc.typeCode,
    notes: doc.notes.map((n) => ({ subject: n.subject || undefined, text: n.text })),
    currency: "EUR",
    dueDate: doc.dueDate !== undefined ? toIso(doc.dueDate) : undefined,
    accountingCost: doc.production || undefined,
    period: doc.servicePeriod && { start: toIso(doc.servicePeriod.start), end: toIso(doc.servicePeriod.end) },
    vatPointCode: doc.seller.vatOnDebits ? VAT_ON_DEBITS_POINT_CODE : undefined,
    purchaseOrder: doc.purchaseOrder || undefined,
    precedingInvoice: doc.creditOf && { number: doc.creditOf.number, issueDate: toIso(doc.creditOf.issueDate) },
    delivery: deliveryOf(doc),
    seller: sellerOf(doc, tax),
    buyer: buyerOf(doc, tax),
    paymentMeans: paymentMeansOf(doc),
    paymentTerms: paymentTermsText(doc),
    taxTotal: amount(totals.vatCents),
    vatBreakdown: totals.breakdown.map((b) => ({
      category: b.category,
      rate: b.category === "O" ? undefined : rateText(b.ratePercent),
      base: amount(b.baseCents),
      amount: amount(b.vatCents),
      exemptionReason: b.exemptionReason || undefined,
    })),
    totals: { lineTotal: amount(totals.htCents), taxExclusive: amount(totals.htCents), taxInclusive: amount(totals.ttcCents), payable: amount(totals.ttcCents) },
    lines: doc.lines.map(lineOf),
  };
}

/**
 * The invoice model: the user's company (`Societe`), a client (`Clients`), a draft (`Facture` header +
 * `LignesFacture`), and an issued invoice or credit note. Plain data; the sheets layer maps the
 * workbook onto it and the rules live in the files named after them (totals, mentions, numbering,
 * register, ubl, cii, frenchRules).
 *
 * An issued document keeps a copy of the seller and client as they were when it was issued: an issued
 * invoice is never edited (it is corrected by a credit note), even if the client moves afterwards.
 */
import type { Alert } from "../alerts";
import type { DayNumber } from "../dates/civil";
import type { Cents } from "../money";
import type { VatCategoryCode, ZeroVatCaseData } from "../../data/invoicing/vatRates";
import type { PaymentTermMode } from "./paymentTerms";

/** Nature of the operations (new mention of décret n° 2022-1299); encoded as BT-23. */
export type OperationNature = "biens" | "services" | "mixte";
export const OPERATION_NATURES: readonly OperationNature[] = ["biens", "services", "mixte"];

export interface PostalAddress {
  /** Street line ("12 rue des Studios"). */
  line1: string;
  line2?: string;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2 code ("FR"). */
  countryCode: string;
}

/** The user's company (`Societe`). */
export interface Seller {
  name: string;
  /** "SAS", "SARL", "EURL"… */
  legalForm: string;
  shareCapitalCents?: Cents;
  address: PostalAddress;
  siren: string;
  siret: string;
  /** Trade register and city of its registry: "RCS Paris 123 456 789" (or RM for a craftsman). */
  registration: string;
  vatNumber?: string;
  iban?: string;
  bic?: string;
  email?: string;
  phone?: string;
  /** Late-payment penalty wording, with its rate (Code de commerce art. L441-10 II). */
  latePaymentTerms: string;
  /** Early-payment discount conditions, or the statement that there is none. */
  earlyPaymentDiscount: string;
  /** VAT-on-debits option (new mention): must be answered; undefined = not filled in. */
  vatOnDebits?: boolean;
  /** Prefix of the invoice series, e.g. `FA-2026-` (the counter is appended). */
  seriesPrefix: string;
  /** e-invoicing directory address of the company, when known (scheme 0225). */
  routingAddress?: string;
  /** Franchise en base de TVA (CGI art. 293 B): no VAT on any line. */
  vatFranchise?: boolean;
}

/** A row of `Clients`. */
export interface Client {
  name: string;
  siren?: string;
  siret?: string;
  vatNumber?: string;
  address: PostalAddress;
  /** `Adresse de routage`: the client's e-invoicing directory address (scheme 0225). */
  routingAddress?: string;
  /** `Délai de paiement (j)`: agreed calendar days; undefined = the legal default (`paymentTerms.ts`). */
  paymentDelayDays?: number;
  /** `Calcul du délai`: how the days are counted (default: from the invoice date). */
  paymentTermMode?: PaymentTermMode;
  /** False for a private person (B2C): no SIREN, no €40 indemnity. Default: a business. */
  isBusiness?: boolean;
}

/** A row of `LignesFacture`. */
export interface InvoiceLineInput {
  production?: string;
  /** Rate-card code (`Tarifs[Code]`), if the line comes from it. */
  code?: string;
  label: string;
  quantity: number;
  /** `Unité`: jour, heure, forfait, plan, minute (other words are written as "one"). */
  unit: string;
  unitPriceCents: Cents;
  /** `TVA (%)`: 20, 10, 5.5, 2.1 or 0. */
  vatRate: number;
  /** For a 0 % line: which case (débours, autoliquidation…); inferred from the client when absent. */
  zeroVatCase?: ZeroVatCaseData["key"];
}

/** The `Facture` sheet before issue. */
export interface InvoiceDraft {
  client: Client;
  issueDate: DayNumber;
  /** Service period (BT-73/74): the usual "date of completion" of a post-production invoice. */
  servicePeriod?: { start: DayNumber; end: DayNumber };
  /** Date the service was completed or the goods delivered (BT-72), when it is a single day. */
  deliveryDate?: DayNumber;
  purchaseOrder?: string;
  /** `Objet` of the invoice, printed as a note. */
  object?: string;
  production?: string;
  nature?: OperationNature;
  /** Where goods were delivered, when not at the client's address (new mention, goods only). */
  deliveryAddress?: PostalAddress;
  /** Goods delivered at the client's address: no separate delivery address is needed. */
  deliveredAtClientAddress?: boolean;
  /** A periodic (recap) invoice of a month (CGI art. 289 I-3): due within 45 days of its date. */
  periodic?: boolean;
  lines: readonly InvoiceLineInput[];
}

export interface IssuedLine extends InvoiceLineInput {
  /** 1-based position, as written in the e-invoice (BT-126). */
  lineId: string;
  netCents: Cents;
  vatCategory: VatCategoryCode;
  /** Printed reason for a 0 % line (EN 16931 BR-E-10 …). */
  exemptionReason?: string;
  /** UN/ECE Rec 20 unit code. */
  unitCode: string;
}

export interface VatBreakdownLine {
  category: VatCategoryCode;
  ratePercent: number;
  baseCents: Cents;
  vatCents: Cents;
  exemptionReason?: string;
}

export interface InvoiceTotals {
  breakdown: VatBreakdownLine[];
  htCents: Cents;
  vatCents: Cents;
  ttcCents: Cents;
}

/** A note of the invoice; `subject` is the UNTDID 4451 code (PMT, PMD, AAB, BAR…) when it has one. */
export interface InvoiceNote {
  subject?: string;
  text: string;
}

export type DocumentKind = "invoice" | "creditNote";

export interface IssuedInvoice {
  kind: DocumentKind;
  /** BT-3: 380 invoice, 381 credit note. */
  typeCode: "380" | "381";
  number: string;
  /** The counter of the series this number carries. */
  sequence: number;
  issueDate: DayNumber;
  /** Due date; none for a credit note. */
  dueDate?: DayNumber;
  /** The payment terms as printed and written in the e-invoice (BT-20), fixed at issue. */
  paymentTerms?: string;
  /** Issued as a periodic (recap) invoice. */
  periodic?: boolean;
  currency: "EUR";
  seller: Seller;
  client: Client;
  nature: OperationNature;
  /** BT-23 "cadre de facturation" (S1 for services). */
  billingFramework: string;
  servicePeriod?: { start: DayNumber; end: DayNumber };
  deliveryDate?: DayNumber;
  deliveryAddress?: PostalAddress;
  purchaseOrder?: string;
  object?: string;
  /** Production(s) the document is for, as written in the register. */
  production: string;
  lines: IssuedLine[];
  totals: InvoiceTotals;
  notes: InvoiceNote[];
  /** For a credit note: the invoice it cancels (BT-25/26; BR-FR-CO-04/05). */
  creditOf?: { number: string; issueDate: DayNumber };
}

/** A problem that blocks (error) or accompanies (warning, info) the issue of an invoice. */
export interface InvoiceIssue {
  /** Stable code: FACT_MENTION_MANQUANTE, FACT_MENTION_INVALIDE, FACT_NUMERO_CONFLIT… */
  code: string;
  severity: "error" | "warning" | "info";
  /** Which field: `client.siren`, `seller.vatOnDebits`, `lines[2].vatRate`… (English, stable). */
  field: string;
  /** French, names the mention. */
  message: string;
}

export function hasBlockingIssue(issues: readonly InvoiceIssue[]): boolean {
  return issues.some((i) => i.severity === "error");
}

/** Where a field lives in the workbook; the sheets layer knows it, the engine does not. */
export type FieldLocator = (field: string) => { sheet: string; row: number; cell: string; id?: string };

/** Invoice issues as the project's alerts, each pointing at the cell of its field. */
export function issuesToAlerts(issues: readonly InvoiceIssue[], locate: FieldLocator): Alert[] {
  return issues.map((i) => {
    const at = locate(i.field);
    return { code: i.code, severity: i.severity, sheet: at.sheet, row: at.row, id: at.id ?? "", cell: at.cell, message: i.message };
  });
}

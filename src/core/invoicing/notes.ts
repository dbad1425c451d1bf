/**
 * The notes an issued document carries (Code de commerce art. L441-10, D441-5; BR-FR-05 of the FNFE-MPE
 * BR-FR schematrons v1.2.0, https://github.com/fnfempe/France_RFE): the three payment notes the French
 * rules expect once each — PMT (€40 recovery indemnity), PMD (late-payment penalties), AAB
 * (early-payment discount or its absence) — the BAR note (type of buyer), the VAT-on-debits option, the
 * object of the invoice and, for a credit note, the invoice it cancels. Written the same way in the
 * printable invoice, the UBL (`#PMT#text`) and the CII (`IncludedNote/SubjectCode`).
 */
import { toFrench } from "../dates/civil";
import {
  B2B_NOTE,
  RECOVERY_INDEMNITY,
  VAT_ON_DEBITS,
} from "../../data/invoicing/legalMentions";
import { BUYER_TYPE_NOTE_SUBJECT } from "../../data/invoicing/eInvoiceCodes";
import type { Client, DocumentKind, InvoiceNote, Seller } from "./invoice";

export const NO_RECOVERY_INDEMNITY_B2C =
  "Indemnité forfaitaire pour frais de recouvrement : non applicable (client non professionnel).";

export function documentNotes(doc: {
  kind: DocumentKind;
  seller: Seller;
  client: Client;
  object?: string;
  creditOf?: { number: string; issueDate: number };
}): InvoiceNote[] {
  const business = doc.client.isBusiness !== false;
  const notes: InvoiceNote[] = [];
  if (doc.object?.trim()) notes.push({ text: `Objet : ${doc.object.trim()}` });
  if (doc.kind === "creditNote" && doc.creditOf) {
    notes.push({ text: `Avoir annulant la facture n° ${doc.creditOf.number} du ${toFrench(doc.creditOf.issueDate)}.` });
  }
  if (doc.seller.vatOnDebits) notes.push({ text: VAT_ON_DEBITS.text });
  notes.push({ subject: "PMT", text: business ? RECOVERY_INDEMNITY.text : NO_RECOVERY_INDEMNITY_B2C });
  notes.push({ subject: "PMD", text: doc.seller.latePaymentTerms.trim() });
  notes.push({ subject: "AAB", text: doc.seller.earlyPaymentDiscount.trim() });
  notes.push({ subject: BUYER_TYPE_NOTE_SUBJECT, text: buyerType(doc.client) });
  return notes;
}

/**
 * BAR note: `B2B` for a French business client (the case e-invoicing covers, where the buyer's SIREN
 * and routing address are required), `B2BINT` for a business client abroad (e-reporting), `B2C` for a
 * private person. `B2BINT` follows the FNFE external specifications as understood at the time of
 * writing (unverified: confirm with the chosen PA).
 */
export function buyerType(client: Client): string {
  if (client.isBusiness === false) return "B2C";
  const country = (client.address.countryCode || "FR").trim().toUpperCase();
  return country === "FR" || country === "FRANCE" ? B2B_NOTE : "B2BINT";
}

/** BT-33, seller additional legal information: "SAS au capital de 10 000 € – RCS Paris 123 456 789". */
export function sellerLegalInformation(seller: Seller, formatCapital: (cents: number) => string): string {
  const capital =
    seller.shareCapitalCents !== undefined && seller.shareCapitalCents > 0
      ? ` au capital de ${formatCapital(seller.shareCapitalCents)}`
      : "";
  return `${seller.legalForm.trim()}${capital} – ${seller.registration.trim()}`;
}

/**
 * What the UBL and CII writers share: number formats of EN 16931 (amounts with 2 decimals, quantities
 * with up to 4, rates without trailing zeros), the electronic address of a party, the payment terms
 * text, and the error they throw. Light (no library).
 */
import { toFrench } from "../dates/civil";
import { SCHEME_FR_ROUTING, SCHEME_SIREN } from "../../data/invoicing/eInvoiceCodes";
import { compactIdentifier } from "./identifiers";
import type { IssuedInvoice } from "./invoice";

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

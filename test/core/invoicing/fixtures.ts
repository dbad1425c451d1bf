/**
 * A small post-production facility invoicing a production company: the company, clients and drafts
 * the invoicing tests share. SIREN/SIRET/VAT numbers are made up but carry valid check keys.
 */
import { dayFromYmd } from "../../../src/core/dates/civil";
import type { Client, InvoiceDraft, InvoiceLineInput, Seller } from "../../../src/core/invoicing/invoice";
import {
  DEFAULT_LATE_PAYMENT_PENALTY,
  DEFAULT_NO_EARLY_PAYMENT_DISCOUNT,
} from "../../../src/data/invoicing/legalMentions";

export const SELLER: Seller = {
  name: "Studio Rivage Post",
  legalForm: "SAS",
  shareCapitalCents: 1_000_000,
  address: { line1: "12 rue des Studios", postalCode: "93200", city: "Saint-Denis", countryCode: "FR" },
  siren: "842317547",
  siret: "84231754700011",
  registration: "RCS Bobigny 842 317 547",
  vatNumber: "FR27842317547",
  iban: "FR7630006000011234567890189",
  bic: "AGRIFRPP",
  email: "compta@rivage-post.fr",
  latePaymentTerms: DEFAULT_LATE_PAYMENT_PENALTY.text,
  earlyPaymentDiscount: DEFAULT_NO_EARLY_PAYMENT_DISCOUNT.text,
  vatOnDebits: false,
  seriesPrefix: "FA-2026-",
  routingAddress: "842317547",
};

export const CLIENT: Client = {
  name: "Les Films du Canal",
  siren: "512345679",
  siret: "51234567900017",
  vatNumber: "FR75512345679",
  address: { line1: "40 quai de Jemmapes", postalCode: "75010", city: "Paris", countryCode: "FR" },
  routingAddress: "512345679_FACTURES",
  paymentDelayDays: 30,
};

export const CLIENT_BE: Client = {
  name: "Brussels Pictures SRL",
  vatNumber: "BE0123456749",
  address: { line1: "Rue Royale 10", postalCode: "1000", city: "Bruxelles", countryCode: "BE" },
  paymentDelayDays: 45,
};

/** A business client outside the EU (place of supply abroad: 0 % lines are "not subject to VAT", O). */
export const CLIENT_US: Client = {
  name: "Hudson River Pictures LLC",
  address: { line1: "250 West 57th Street", postalCode: "10107", city: "New York", countryCode: "US" },
  routingAddress: "HUDSONRIVERPICTURES",
  paymentDelayDays: 30,
};

export const D = (y: number, m: number, d: number): number => dayFromYmd(y, m, d);

export const LINES: InvoiceLineInput[] = [
  { production: "CANAL-EP1", code: "MONT-SALLE", label: "Salle de montage image", quantity: 12.5, unit: "jour", unitPriceCents: 25000, vatRate: 20 },
  { production: "CANAL-EP1", code: "MIXAGE", label: "Auditorium de mixage 5.1 avec mixeur", quantity: 2, unit: "jour", unitPriceCents: 140000, vatRate: 20 },
  { production: "CANAL-EP1", code: "ST-SME", label: "Sous-titrage sourds et malentendants", quantity: 52, unit: "minute", unitPriceCents: 900, vatRate: 20 },
  { production: "CANAL-EP1", code: "DROITS-MUS", label: "Cession de droits, musique originale", quantity: 1, unit: "forfait", unitPriceCents: 250000, vatRate: 10 },
];

export function draft(over: Partial<InvoiceDraft> = {}): InvoiceDraft {
  return {
    client: CLIENT,
    issueDate: D(2026, 11, 30),
    servicePeriod: { start: D(2026, 11, 2), end: D(2026, 11, 27) },
    purchaseOrder: "BC-2026-118",
    object: "Postproduction épisode 1",
    production: "CANAL-EP1",
    nature: "services",
    lines: LINES,
    ...over,
  };
}

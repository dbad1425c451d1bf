/**
 * Which VAT applies to an invoice line (rates and bases in `src/data/invoicing/vatRates.ts`): a
 * positive rate must be a French rate in force on the invoice date (category S); a 0 % line needs a
 * reason — franchise (art. 293 B), débours, reverse charge for an EU business client, out of scope for
 * a client outside the EU — given on the line or inferred from the seller and the client.
 */
import type { DayNumber } from "../dates/civil";
import { fromIso } from "../dates/civil";
import {
  EU_MEMBER_STATES,
  VAT_RATES,
  type VatCategoryCode,
  type VatRateData,
  ZERO_VAT_CASES,
  type ZeroVatCaseData,
} from "../../data/invoicing/vatRates";
import type { Client, InvoiceLineInput, Seller } from "./invoice";

const RATES = VAT_RATES.map((r) => ({
  ...r,
  from: r.validFrom === null ? Number.NEGATIVE_INFINITY : fromIso(r.validFrom)!,
  to: r.validTo === null ? Number.POSITIVE_INFINITY : fromIso(r.validTo)!,
}));

/** The rate in force on `day`, if `ratePercent` is one (rates compared to the hundredth). */
export function vatRateOn(ratePercent: number, day: DayNumber): VatRateData | undefined {
  const bp = Math.round(ratePercent * 100);
  return RATES.find((r) => Math.round(r.ratePercent * 100) === bp && day >= r.from && day <= r.to);
}

export function zeroVatCase(key: ZeroVatCaseData["key"]): ZeroVatCaseData {
  return ZERO_VAT_CASES.find((c) => c.key === key)!;
}

export function isEuCountry(code: string): boolean {
  return EU_MEMBER_STATES.includes(code);
}

/** The 0 % case a line falls in when it does not say: from the seller's regime and the client's country. */
export function inferZeroVatCase(seller: Seller, client: Client): ZeroVatCaseData["key"] {
  if (seller.vatFranchise) return "franchise";
  const country = client.address.countryCode || "FR";
  if (country === "FR") return "debours";
  if (isEuCountry(country) && client.isBusiness !== false) return "autoliquidation";
  return "horsUE";
}

export type LineVat =
  | { ok: true; category: VatCategoryCode; ratePercent: number; exemptionReason?: string }
  | { ok: false; reason: "unknownRate" | "franchiseWithVat" };

export function lineVat(line: InvoiceLineInput, seller: Seller, client: Client, day: DayNumber): LineVat {
  if (line.vatRate === 0) {
    const c = zeroVatCase(line.zeroVatCase ?? inferZeroVatCase(seller, client));
    return { ok: true, category: c.category, ratePercent: 0, exemptionReason: c.reason };
  }
  if (seller.vatFranchise) return { ok: false, reason: "franchiseWithVat" };
  const rate = vatRateOn(line.vatRate, day);
  if (!rate) return { ok: false, reason: "unknownRate" };
  return { ok: true, category: rate.category, ratePercent: rate.ratePercent };
}

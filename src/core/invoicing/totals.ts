/**
 * Invoice totals in integer cents (CGI annexe II art. 242 nonies A: total HT per VAT rate, VAT per
 * rate, total TTC).
 *
 * Rounding, the choice and why:
 * 1. Each line's net amount is `quantity × unit price`, rounded to the cent (half away from zero):
 *    a line amount is printed, so it must be a whole number of cents (EN 16931 BR-DEC-23).
 * 2. VAT is computed PER RATE ON THE SUM OF THE LINES at that rate, then rounded once — not line by
 *    line. This is the French practice (the invoice shows "total HT per rate, VAT per rate") and the
 *    EN 16931 rule BR-CO-17 (VAT category tax amount = taxable amount × rate, rounded to 2 decimals),
 *    so the e-invoice the platform recomputes agrees to the cent. Line-by-line rounding can differ:
 *    three lines of 0,10 € at 5,5 % give 3 × 0,01 = 0,03 € line by line, but 0,30 × 5,5 % = 0,0165 →
 *    0,02 € on the sum (tested).
 * 3. Total VAT = sum of the per-rate amounts; TTC = HT + VAT. Nothing else is rounded.
 * The rate is taken in hundredths of a percent (5.5 % = 550) so the product is an exact integer.
 */
import type { Cents } from "../money";
import type { VatCategoryCode } from "../../data/invoicing/vatRates";
import { amountOf, mulDivRound } from "../costs/rateCard";
import type { InvoiceTotals, VatBreakdownLine } from "./invoice";

/** Net amount of a line: quantity × unit price, rounded to the cent. */
export function lineNetCents(quantity: number, unitPriceCents: Cents): Cents {
  return amountOf(quantity, unitPriceCents);
}

/** VAT on a base at a rate in percent, rounded once (half away from zero). */
export function vatOf(baseCents: Cents, ratePercent: number): Cents {
  return mulDivRound(baseCents, Math.round(ratePercent * 100), 10000);
}

export interface TotalsLine {
  netCents: Cents;
  vatCategory: VatCategoryCode;
  ratePercent: number;
  exemptionReason?: string;
}

/** Breakdown by VAT category and rate (highest rate first), and the totals. */
export function computeTotals(lines: readonly TotalsLine[]): InvoiceTotals {
  const groups = new Map<string, VatBreakdownLine>();
  for (const l of lines) {
    const key = `${l.vatCategory}|${Math.round(l.ratePercent * 100)}`;
    let g = groups.get(key);
    if (!g) {
      g = { category: l.vatCategory, ratePercent: l.ratePercent, baseCents: 0, vatCents: 0 };
      if (l.exemptionReason) g.exemptionReason = l.exemptionReason;
      groups.set(key, g);
    }
    g.baseCents += l.netCents;
  }
  const breakdown = [...groups.values()].sort(
    (a, b) => b.ratePercent - a.ratePercent || a.category.localeCompare(b.category),
  );
  let htCents = 0;
  let vatCents = 0;
  for (const g of breakdown) {
    g.vatCents = vatOf(g.baseCents, g.ratePercent);
    htCents += g.baseCents;
    vatCents += g.vatCents;
  }
  return { breakdown, htCents, vatCents, ttcCents: htCents + vatCents };
}

/**
 * The suggested technical lines priced at the workbook's rate card, and as quote lines that "Devis
 * depuis le planning" can add to the plan's quote. A code missing from the rate card leaves its line
 * unpriced (said by the caller): a surcharge is never priced at a guess.
 */
import { UNASSIGNED_BUDGET_CODE } from "../../data/costs/budgetCodes";
import { normalizeBudgetCode } from "../costs/budgetCodes";
import { amountOf, type RateCard, type RateCardEntry } from "../costs/rateCard";
import { quoteFromLines, type Quote, type QuoteLine } from "../costs/quote";
import { compareCodes } from "../costs/resourceRates";
import type { Cents } from "../money";
import type { TechnicalCostLine } from "./suggestions";

export interface PricedCostLine extends TechnicalCostLine {
  entry?: RateCardEntry;
  amountCents?: Cents;
}

/** What the quote's `Tâches` column shows for a technical line (it comes from no task of the plan). */
export const TECHNICAL_LINE_TAG = "Surcoût technique";

export function priceCostLines(lines: readonly TechnicalCostLine[], rateCard: RateCard): PricedCostLine[] {
  return lines.map((l) => {
    const entry = rateCard.get(l.rateCode);
    return entry ? { ...l, entry, amountCents: amountOf(l.quantity, entry.priceCents) } : { ...l };
  });
}

export function asQuoteLines(priced: readonly PricedCostLine[]): QuoteLine[] {
  return priced.flatMap((l) =>
    l.entry && l.amountCents !== undefined
      ? [
          {
            production: l.production,
            budgetCode: l.entry.budgetCode || UNASSIGNED_BUDGET_CODE,
            rateCode: l.entry.code,
            label: l.entry.label,
            unit: l.entry.unit,
            quantity: l.quantity,
            unitPriceCents: l.entry.priceCents,
            amountCents: l.amountCents,
            tasks: [TECHNICAL_LINE_TAG],
          },
        ]
      : [],
  );
}

/**
 * The plan's quote with the technical lines added: a line of the same production, poste and rate as a
 * plan line adds its quantity to it (priced once, as every quote line); the others are new lines, in
 * the quote's order. Totals per poste and production follow.
 */
export function addToQuote(quote: Quote, extra: readonly QuoteLine[]): Quote {
  const key = (l: QuoteLine): string => `${l.production}\u0000${normalizeBudgetCode(l.budgetCode)}\u0000${l.rateCode.toUpperCase()}`;
  const lines = quote.lines.map((l) => ({ ...l, tasks: [...l.tasks] }));
  const byKey = new Map(lines.filter((l) => l.rateCode).map((l) => [key(l), l]));
  for (const x of extra) {
    const same = byKey.get(key(x));
    if (!same) {
      lines.push({ ...x, tasks: [...x.tasks] });
      continue;
    }
    same.quantity = Math.round((same.quantity + x.quantity) * 10000) / 10000;
    same.amountCents = amountOf(same.quantity, same.unitPriceCents);
    for (const t of x.tasks) if (!same.tasks.includes(t)) same.tasks.push(t);
  }
  lines.sort((a, b) => compareCodes(a.production, b.production) || compareCodes(a.budgetCode, b.budgetCode) || compareCodes(a.rateCode || a.label, b.rateCode || b.label));
  return quoteFromLines(lines, quote.alerts);
}

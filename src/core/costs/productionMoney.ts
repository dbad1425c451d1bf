/**
 * The money of a production: one set of figures, computed here once, that every report, sheet, pane
 * card and JSON field shows. All amounts are HT, in integer cents.
 *
 * Sale side (what the client pays, at the prices of the quote):
 * - accepted quote (`quoteCents`): the sum of the production's `Devis HT` in the budget — typed by the
 *   user, or filled by "Figer le devis" from the plan's proposal where the user typed nothing — plus the
 *   technical surcharges the client accepted (see below). The quote the plan computes today
 *   (`proposalCents`, "Devis depuis le planning") is only a proposal until it is frozen there.
 * - slip cost (`slipCostCents`): the resource-days the current plan gained or lost against the frozen
 *   baseline, at each resource's rate (`slipCost.ts`): the amendment the slip calls for. Net: days given
 *   back count negative. 0 without a baseline.
 * - technical extra costs (`technicalExtraCents`): the surcharges the rushes and deliverables checks
 *   found (conversions, upscaling, 5.1 mix, M&E, subtitles, loudness), at the rate card. Accepted
 *   (`acceptedTechnicalCents`): those the user recorded as accepted by the client (the budget's
 *   accepted surcharges, filled by "Figer le devis" with the surcharges): they are in the accepted quote
 *   AND in the forecast (work still to do, at its price, as rooms and providers are counted).
 * - invoiced (`invoicedCents`): the register's invoices minus its credit notes (`invoicedByProduction`).
 *
 * Cost side (what the work costs the company, the cost report's columns):
 * - committed: actual + séances booked after today;
 * - actual: séances done (people at their payroll employer cost, rooms and providers at their rate)
 *   and supplier invoices received;
 * - remaining: séances booked after today + the work the plan still has (each task's remaining days ×
 *   its resources, from the schedule) + accepted technical surcharges;
 * - forecast = actual + remaining.
 *
 * Margins:
 * - margin (`marginCents`) = invoiced − actual: what the production has earned so far, revenue invoiced
 *   against the costs incurred (payroll employer cost, purchases, rooms); low while done work waits to
 *   be invoiced;
 * - forecast margin (`forecastMarginCents`) = accepted quote − forecast: what it will earn at the end
 *   if the client pays the accepted quote and nothing more (the cost report's variance, sign reversed).
 * - margin rate (`marginRate`) = margin ÷ invoiced, the share of the revenue invoiced that is left once
 *   the costs incurred are paid (a ratio: 0.231 is 23,1 %); none while nothing is invoiced (or the
 *   credit notes cancel it all), since a rate of no revenue means nothing. Rounded to 4 decimals
 *   (0,01 %), the precision every surface shows at most.
 */
import type { Cents } from "../money";
import type { CostFigures } from "./costReport";
import type { ProductionSlip } from "./slipCost";

export interface ProductionMoney {
  production: string;
  quoteCents: Cents;
  committedCents: Cents;
  actualCents: Cents;
  remainingCents: Cents;
  forecastCents: Cents;
  slipCostCents: Cents;
  technicalExtraCents: Cents;
  invoicedCents: Cents;
  marginCents: Cents;
  forecastMarginCents: Cents;
  /** Margin ÷ invoiced (0.231 = 23,1 %), to 4 decimals; null while nothing is invoiced. */
  marginRate: number | null;
  /** Of the technical extra costs, the part the client accepted (in the quote and the forecast). */
  acceptedTechnicalCents: Cents;
  /** The quote the plan proposes today (not accepted until frozen). */
  proposalCents: Cents;
  /** The production has a frozen baseline (else the slip cost is 0 for want of one). */
  hasBaseline: boolean;
}

/** What the figures are made of, each computed by its own rule. */
export interface MoneySources {
  production: string;
  /** The cost report's totals of the production (undefined: no budget line, no cost). */
  costs?: Pick<CostFigures, "quoteCents" | "committedCents" | "actualCents" | "remainingCents" | "forecastCents">;
  slip?: Pick<ProductionSlip, "costCents" | "hasBaseline">;
  technicalExtraCents?: Cents;
  acceptedTechnicalCents?: Cents;
  invoicedCents?: Cents;
  proposalCents?: Cents;
}

export function productionMoney(s: MoneySources): ProductionMoney {
  const quoteCents = s.costs?.quoteCents ?? 0;
  const actualCents = s.costs?.actualCents ?? 0;
  const remainingCents = s.costs?.remainingCents ?? 0;
  const forecastCents = actualCents + remainingCents;
  const invoicedCents = s.invoicedCents ?? 0;
  const marginCents = invoicedCents - actualCents;
  return {
    production: s.production,
    quoteCents,
    committedCents: s.costs?.committedCents ?? 0,
    actualCents,
    remainingCents,
    forecastCents,
    slipCostCents: s.slip?.costCents ?? 0,
    technicalExtraCents: s.technicalExtraCents ?? 0,
    invoicedCents,
    marginCents,
    forecastMarginCents: quoteCents - forecastCents,
    marginRate: marginRate(marginCents, invoicedCents),
    acceptedTechnicalCents: s.acceptedTechnicalCents ?? 0,
    proposalCents: s.proposalCents ?? 0,
    hasBaseline: s.slip?.hasBaseline ?? false,
  };
}

/** Margin ÷ invoiced to 4 decimals; null without revenue invoiced. */
export function marginRate(marginCents: Cents, invoicedCents: Cents): number | null {
  if (invoicedCents <= 0) return null;
  return Math.round((marginCents / invoicedCents) * 10000) / 10000;
}

/** Production codes are matched as the planning matches them: spaces around and letter case ignored. */
export function productionKey(code: string): string {
  return code.trim().toUpperCase();
}

/** Sums amounts keyed by production code into amounts keyed by `productionKey`. */
export function sumByProduction(entries: Iterable<[string, Cents]>): Map<string, Cents> {
  const out = new Map<string, Cents>();
  for (const [code, cents] of entries) {
    const k = productionKey(code);
    out.set(k, (out.get(k) ?? 0) + cents);
  }
  return out;
}

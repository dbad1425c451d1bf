/**
 * What a what-if scenario costs, per production, with the definitions the overrun report already uses:
 * - its slip cost (`slipCost.ts`): the resource-days of the scenario's plan against the frozen baseline,
 *   priced at each resource's rate — the very figure the overrun report gives for the plan. A second
 *   editor who keeps the work in person-days costs (nearly) nothing more; a longer task, an added
 *   resource on the same days, costs its extra days; a removed task gives its days back;
 * - the rate card's surcharges on the Sundays the scenario makes people or rooms work that the plan did
 *   not (`Jours ouvrés` opening a Sunday): for each such day of a resource, its rate-card line's Sunday
 *   surcharge for one planned day (by the day: 1 day; by the half-day: 2; by the hour: the hours of a
 *   planned day), as an invoice bills a Sunday séance (`invoicing/billing.ts`). Flat fees, per-minute
 *   and per-shot rates have none, nor a resource sold at its own rate.
 * - the pay surcharges the payroll's own rules give the crew for the scenario's weeks (overtime of a
 *   sixth day, Sunday and holiday premiums: `scenarioPay.ts`), minus the plan's: the employer's cost.
 * The extra cost is the sum of the three. The plan itself (`Plan actuel`) therefore costs its slip cost
 * (its pay surcharges minus its own are 0).
 * Not counted: the rate card's Saturdays (it has no Saturday surcharge), night work (a plan has no hours).
 */
import type { Cents } from "../money";
import { isoWeekday } from "../dates/civil";
import type { Booking } from "../planning/model";
import { resourceKey } from "../planning/resources";
import { surchargePriceCents, amountOfScaled } from "./rateCard";
import { type CostResource, plannedQuantity, resolveRate } from "./resourceRates";
import { slipCost, type SlipCost, type SlipCostInput } from "./slipCost";
import type { CrewInput } from "../crew/payroll";
import { plannedPayPremiums } from "./scenarioPay";

export interface ScenarioCostInput extends Omit<SlipCostInput, "crewTable"> {
  /** The slip cost when the caller has it already (the plan's own, for `Plan actuel`); else computed from `tasks`. */
  slip?: SlipCost;
  /** The scenario's resource bookings, and the plan's (the Sundays the plan already works are not extra). */
  bookings: readonly Booking[];
  planBookings: readonly Booking[];
  /** The payroll's input (crew, productions, contracts, parameters); without it no pay surcharge is counted. */
  crew?: Omit<CrewInput, "bookings">;
  /** The plan's pay premiums by production when the caller has them already (`plannedPayPremiums` of `planBookings`). */
  planPay?: ReadonlyMap<string, Cents>;
}

export interface ScenarioCost {
  production: string;
  slipCents: Cents;
  sundayCents: Cents;
  /** The pay surcharges (overtime, Sunday and holiday premiums, gross) of the scenario minus the plan's. */
  payCents: Cents;
  /** slip + Sunday surcharges + pay surcharges. */
  extraCents: Cents;
  /** The production has a frozen baseline (without one the slip cost is 0). */
  hasBaseline: boolean;
}

/** The extra cost of each production of the scenario, by production code as the plan writes it. */
export function scenarioCost(input: ScenarioCostInput): Map<string, ScenarioCost> {
  const slip = input.slip ?? slipCost(input);
  const sundays = sundaySurcharges(input, input.bookings);
  const planSundays = sundaySurcharges(input, input.planBookings);
  const pay = payDifference(input);
  const out = new Map<string, ScenarioCost>();
  const codes = new Set([...slip.productions.map((p) => p.production), ...sundays.keys(), ...pay.keys()]);
  for (const code of codes) {
    const p = slip.productions.find((x) => x.production === code);
    const slipCents = p?.costCents ?? 0;
    const sundayCents = (sundays.get(code) ?? 0) - (planSundays.get(code) ?? 0);
    const payCents = pay.get(code) ?? 0;
    out.set(code, { production: code, slipCents, sundayCents, payCents, extraCents: slipCents + sundayCents + payCents, hasBaseline: p?.hasBaseline ?? false });
  }
  return out;
}

/** The scenario's pay premiums minus the plan's, by production (none without the payroll, 0 for the plan itself). */
function payDifference(input: ScenarioCostInput): Map<string, Cents> {
  const out = new Map<string, Cents>();
  if (!input.crew || input.bookings === input.planBookings) return out;
  const mine = plannedPayPremiums(input.crew, input.bookings, input.hoursPerDay);
  const plan = input.planPay ?? plannedPayPremiums(input.crew, input.planBookings, input.hoursPerDay);
  for (const code of new Set([...mine.keys(), ...plan.keys()])) {
    const cents = (mine.get(code) ?? 0) - (plan.get(code) ?? 0);
    if (cents !== 0) out.set(code, cents);
  }
  return out;
}

/** The Sunday surcharges of the planned days of every production, at the rate card. */
function sundaySurcharges(input: ScenarioCostInput, bookings: readonly Booking[]): Map<string, Cents> {
  const byKey = new Map<string, CostResource>(input.resources.map((r) => [resourceKey(r.id), r]));
  const out = new Map<string, Cents>();
  for (const b of bookings) {
    const resource = byKey.get(resourceKey(b.resource));
    const rate = resource && resolveRate(resource, input.rateCard);
    const percent = rate?.surcharges?.sunday;
    if (!rate || !percent || (rate.unit !== "jour" && rate.unit !== "demi-journée" && rate.unit !== "heure")) continue;
    const q = plannedQuantity(rate.unit, { days: 1, hoursPerDay: input.hoursPerDay });
    if (!q.ok) continue;
    const perDay = amountOfScaled(q.scaled, surchargePriceCents(rate.priceCents, percent));
    let days = 0;
    for (let d = b.start; d <= b.finish; d++) if (isoWeekday(d) === 7 && b.calendar.isWorkingDay(d)) days++;
    if (days > 0) out.set(b.production, (out.get(b.production) ?? 0) + days * perDay);
  }
  return out;
}

/**
 * Which option Cap PAD suggests to the producer when the coordinator has recommended none, among a
 * production's options (`Plan actuel` first, then its scenarios, as `scenarios.ts` computes them):
 * 1. among the options whose PAD forecast holds their contractual PAD (on it or before; a production
 *    without one holds it) and that add no overloaded week to the plan's (a week the plan already
 *    overloads is there whatever the producer picks: it is no option's risk), the cheapest; a tie goes to
 *    the earlier PAD, then to the first in order;
 * 2. when none does, the option whose PAD comes earliest; a tie goes to the cheaper, then the first.
 * A suggestion, never a decision: the sheet says it is one, and which rule gave it.
 */

import type { Cents } from "../money";
import type { DayNumber } from "../dates/civil";
import type { WeekLoad } from "./resourceLoad";

/** What the rule weighs of one option. */
export interface SuggestionCandidate {
  padForecast?: DayNumber;
  /** Working days from the option's contractual PAD to its forecast (positive = late); undefined without a contractual PAD. */
  contractSlipDays?: number;
  extraCents: Cents;
  /** Overloaded weeks the plan does not already have (`addedOverloads`). */
  addedOverloads: number;
}

export interface Suggestion {
  /** Index of the option suggested. */
  index: number;
  /** `contract`: rule 1 (holds the contract without new overload); `earliest`: rule 2. */
  rule: "contract" | "earliest";
}

/** The option suggested, or undefined when there is none to choose from. */
export function suggestOption(options: readonly SuggestionCandidate[]): Suggestion | undefined {
  const indexed = options.map((o, index) => ({ o, index }));
  const holding = indexed.filter(({ o }) => (o.contractSlipDays ?? 0) <= 0 && o.padForecast !== undefined && o.addedOverloads === 0);
  if (holding.length > 0) {
    const best = holding.reduce((a, b) => (b.o.extraCents < a.o.extraCents || (b.o.extraCents === a.o.extraCents && pad(b.o) < pad(a.o)) ? b : a));
    return { index: best.index, rule: "contract" };
  }
  if (indexed.length === 0) return undefined;
  const best = indexed.reduce((a, b) => (pad(b.o) < pad(a.o) || (pad(b.o) === pad(a.o) && b.o.extraCents < a.o.extraCents) ? b : a));
  return { index: best.index, rule: "earliest" };
}

/** An option without a PAD forecast (no task) comes after every dated one. */
const pad = (o: SuggestionCandidate): number => o.padForecast ?? Infinity;

/**
 * The overloaded weeks of an option that the plan does not have, or has with fewer hours or days: the
 * overloads the option itself brings.
 */
export function addedOverloads(option: readonly WeekLoad[], plan: readonly WeekLoad[]): WeekLoad[] {
  const before = new Map(plan.map((w) => [`${w.resource}\u0000${w.week}`, w]));
  return option.filter((w) => {
    const p = before.get(`${w.resource}\u0000${w.week}`);
    return p === undefined || w.hours > p.hours || w.days > p.days;
  });
}

/**
 * Money is integer cents everywhere in core: floating euros drift (0.1 + 0.2), and French invoices
 * must add up to the cent. Rounding is explicit: half away from zero, the commercial rule the tax
 * administration applies to VAT amounts.
 */

export type Cents = number;

/** Rounds a (possibly fractional) amount of cents to whole cents, half away from zero. */
export function roundCents(value: number): Cents {
  if (!Number.isFinite(value)) throw new RangeError("montant non fini");
  // The epsilon absorbs binary noise such as 1.005 * 100 = 100.49999999999999.
  const sign = value < 0 ? -1 : 1;
  const rounded = sign * Math.round(Math.abs(value) + 1e-9);
  return rounded === 0 ? 0 : rounded; // never -0
}

/** Cents of a euro amount (number typed in a cell), rounded to the cent. */
export function centsFromEuros(euros: number): Cents {
  return roundCents(euros * 100);
}

/** Euros as a number with 2 decimals (for JSON and cells). */
export function eurosFromCents(cents: Cents): number {
  return Math.round(cents) / 100;
}

/** `amount × rate%` in cents, rounded: the one place percentages of money are taken. */
export function percentOf(cents: Cents, ratePercent: number): Cents {
  return roundCents((cents * ratePercent) / 100);
}

/** `1 234,56 €`: written by the one French number formatter (core/format/number). */
export { formatEuros } from "./format/number";

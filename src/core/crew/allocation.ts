/**
 * Allocation of an employee's week to the productions (and contracts) worked in it.
 *
 * Working time is counted on the employee's whole civil week with the employer (workWeek.ts); the week's
 * pay is then shared among the week's parts — one part per contract and production — pro rata of the
 * effective hours worked on each: a 45 h week of 27 h on one production and 18 h on another gives the
 * first 27/45 and the second 18/45 of every line of the week, overtime included (no public rule says
 * how payroll providers split weekly overtime between productions; pro rata of hours is the neutral
 * choice, said on the Paie sheet).
 *
 * Within a part, its share of a line goes to the days the part was worked, weighted by the line's own
 * day pattern (overtime falls on the last days of the week): a week straddling two months keeps its
 * overtime mostly in the month where it was worked. Cents are split so that they add up exactly.
 */

import type { Cents } from "../money";
import { allocateCents } from "./gross";

/** Weights of a part's days for a line: the line's day pattern on the part's hours, else the part's hours. */
function dayWeights(pattern: readonly number[], dayTotals: readonly number[], partHours: readonly number[]): number[] {
  const w = pattern.map((q, d) => (dayTotals[d] > 0 ? (q * partHours[d]) / dayTotals[d] : 0));
  return w.some((x) => x > 0) ? w : partHours.slice();
}

/**
 * Splits a quantity of cents with a per-day pattern among parts (each with its hours per day): the
 * totals pro rata of the parts' hours, each total spread over its own days.
 */
export function allocateDailyCents(perDay: readonly Cents[], partsHours: readonly (readonly number[])[]): Cents[][] {
  const dayTotals = perDay.map((_, d) => partsHours.reduce((s, h) => s + h[d], 0));
  const total = perDay.reduce((a, b) => a + b, 0);
  const shares = allocateCents(
    total,
    partsHours.map((h) => h.reduce((a, b) => a + b, 0)),
  );
  return partsHours.map((h, p) => allocateCents(shares[p], dayWeights(perDay, dayTotals, h)));
}

/** The same for hours (no rounding). */
export function allocateDailyHours(perDay: readonly number[], partsHours: readonly (readonly number[])[]): number[][] {
  const dayTotals = perDay.map((_, d) => partsHours.reduce((s, h) => s + h[d], 0));
  const total = perDay.reduce((a, b) => a + b, 0);
  const weekHours = partsHours.reduce((s, h) => s + h.reduce((a, b) => a + b, 0), 0);
  return partsHours.map((h) => {
    const partTotal = weekHours > 0 ? (total * h.reduce((a, b) => a + b, 0)) / weekHours : 0;
    const w = dayWeights(perDay, dayTotals, h);
    const sum = w.reduce((a, b) => a + b, 0);
    return w.map((x) => (sum > 0 ? (partTotal * x) / sum : 0));
  });
}

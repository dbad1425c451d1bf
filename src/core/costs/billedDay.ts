/**
 * What one working day of a resource is billed, from its own rate (`Equipe[Tarif HT]`, `[Unité tarif]`):
 * the rate itself by the day, twice the rate by the half-day, the rate × the hours of a billed day by
 * the hour. Flat fees, per-shot and
 * per-minute rates have no daily equivalent (undefined): a slip of N days does not change them.
 * The overrun report multiplies it by the slip (N extra working days).
 */
import type { Cents } from "../money";
import { amountOfScaled, isRateUnit } from "./rateCard";
import { plannedQuantity } from "./resourceRates";

export function billedDayCents(priceCents: Cents, unit: string, hoursPerDay?: number): Cents | undefined {
  const u = unit.trim().toLowerCase();
  if (!isRateUnit(u) || (u !== "jour" && u !== "demi-journée" && u !== "heure")) return undefined;
  const q = plannedQuantity(u, { days: 1, hoursPerDay });
  return q.ok ? amountOfScaled(q.scaled, priceCents) : undefined;
}

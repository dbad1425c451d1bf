/**
 * How a resource is priced, shared by the quote and the cost report: which rate applies to it, which
 * budget code its cost goes to, and how many units of that rate a piece of planned work represents.
 *
 * | unit         | quantity for N working days of a task     | quantity for one day worked             |
 * |--------------|-------------------------------------------|-----------------------------------------|
 * | jour         | N × allocation                            | 1, whatever its number of séances       |
 * | demi-journée | 2 × N × allocation                        | 1 up to 4 h that day, else 2            |
 * | heure        | N × allocation × hours per billed day     | the séances' hours                      |
 * | forfait | 1 per task                                     | once per task, at its first séance      |
 * | minute  | the programme's length in minutes, per task    | once per task, at its first séance      |
 * | plan    | must be given (number of shots)                | must be given                           |
 *
 * An explicit quantity always wins. People are priced at the rate card in the quote (what the client
 * pays) and at their payroll employer cost in the cost report (what they cost).
 */
import type { Cents } from "../money";
import { HOURS_PER_BILLED_DAY, HOURS_PER_BILLED_HALF_DAY } from "../../data/costs/costSettings";
import { QTY_SCALE, type RateCard, type RateUnit, type Surcharges, toScaledQuantity } from "./rateCard";

export type ResourceKind = "personne" | "salle" | "prestataire";

/** Employer cost of a person for a séance or a day, from the payroll engine (gross + employer charges). */
export interface PersonCost {
  salaryCents: Cents;
  chargesCents: Cents;
}

/** A resource of the `Equipe` table as the cost engines need it. */
export interface CostResource {
  /** `Equipe[Nom]`, the key séances and tasks use. */
  id: string;
  kind: ResourceKind;
  /** Its line in the rate card (`Tarifs[Code]`). */
  rateCode?: string;
  /** Its own rate when it has no rate-card line (`Equipe[Tarif HT]`, `Equipe[Unité tarif]`). */
  ownRate?: { priceCents: Cents; unit: RateUnit; vatRate?: number };
  /** Budget code that overrides the rate card's (e.g. the staff poste of a person). */
  budgetCode?: string;
  /**
   * Budget code of the employer charges when the report separates them (CNC devis 2018, chapter 4);
   * absent, a person's whole employer cost goes to `budgetCode`.
   */
  chargesBudgetCode?: string;
  /** Estimated employer cost of one day's work, for days the payroll has not computed (future work). */
  dayCost?: PersonCost;
}

/** The rate applied to a resource: from the rate card, or its own. */
export interface ResolvedRate {
  /** Rate-card code, or "" for a resource's own rate. */
  rateCode: string;
  label: string;
  unit: RateUnit;
  priceCents: Cents;
  vatRate: number | undefined;
  /** "" when neither the resource nor the rate card gives one. */
  budgetCode: string;
  /** Sunday, night and holiday surcharges of its rate-card line (a resource's own rate has none). */
  surcharges?: Surcharges;
}

export function resolveRate(resource: CostResource, rateCard: RateCard): ResolvedRate | undefined {
  const entry = rateCard.get(resource.rateCode);
  if (entry) {
    return {
      rateCode: entry.code,
      label: entry.label || entry.code,
      unit: entry.unit,
      priceCents: entry.priceCents,
      vatRate: entry.vatRate,
      budgetCode: (resource.budgetCode ?? "").trim() || entry.budgetCode,
      ...(entry.surcharges ? { surcharges: entry.surcharges } : {}),
    };
  }
  if (resource.ownRate) {
    return {
      rateCode: "",
      label: resource.id,
      unit: resource.ownRate.unit,
      priceCents: resource.ownRate.priceCents,
      vatRate: resource.ownRate.vatRate,
      budgetCode: (resource.budgetCode ?? "").trim(),
    };
  }
  return undefined;
}

/** What the quantity rules need to know about a piece of planned work. */
export interface WorkQuantityContext {
  /** Working days of the work (task duration, or what remains of it). */
  days: number;
  /** Share of the resource on the task (1 = full time). */
  allocation?: number;
  /** Quantity typed for this resource on this task, in the rate's unit. */
  explicitQuantity?: number;
  /** The production's programme length (`Productions[Durée (min)]`), for per-minute rates. */
  programmeMinutes?: number;
  hoursPerDay?: number;
}

export type QuantityResult = { ok: true; scaled: number } | { ok: false; reason: "plan" | "minute" };

/** Quantity of a rate's unit for planned work, in 1/10,000 units (see the table above). */
export function plannedQuantity(unit: RateUnit, ctx: WorkQuantityContext): QuantityResult {
  if (ctx.explicitQuantity !== undefined) return { ok: true, scaled: toScaledQuantity(ctx.explicitQuantity) };
  const allocation = ctx.allocation ?? 1;
  switch (unit) {
    case "jour":
      return { ok: true, scaled: toScaledQuantity(ctx.days * allocation) };
    case "demi-journée":
      return { ok: true, scaled: toScaledQuantity(2 * ctx.days * allocation) };
    case "heure":
      return { ok: true, scaled: toScaledQuantity(ctx.days * allocation * (ctx.hoursPerDay ?? HOURS_PER_BILLED_DAY)) };
    case "forfait":
      return { ok: true, scaled: toScaledQuantity(1) };
    case "minute":
      return ctx.programmeMinutes === undefined
        ? { ok: false, reason: "minute" }
        : { ok: true, scaled: toScaledQuantity(ctx.programmeMinutes) };
    case "plan":
      return { ok: false, reason: "plan" };
  }
}

/**
 * Quantity of one day worked for a rate by the day or the half-day, in 1/10,000 units (see the table
 * above): a day is one day whatever its number of séances; by the half-day, a day of at most
 * `HOURS_PER_BILLED_HALF_DAY` hours is one half-day, a longer day or one of unknown hours two.
 */
export function dayWorkedQuantity(unit: "jour" | "demi-journée", hours: number | undefined): number {
  if (unit === "jour") return QTY_SCALE;
  return hours !== undefined && hours <= HOURS_PER_BILLED_HALF_DAY ? QTY_SCALE : 2 * QTY_SCALE;
}

/** Units billed once per task (at the first séance), whatever the number of séances. */
export function isOncePerTask(unit: RateUnit): boolean {
  return unit === "forfait" || unit === "minute";
}

/** A map or a record of values by key, as callers have one or the other. */
export type Lookup<T> = ReadonlyMap<string, T> | Readonly<Record<string, T>>;

export function lookup<T>(table: Lookup<T> | undefined, key: string): T | undefined {
  if (!table) return undefined;
  if (table instanceof Map) return table.get(key);
  const rec = table as Readonly<Record<string, T>>;
  return Object.prototype.hasOwnProperty.call(rec, key) ? rec[key] : undefined;
}

/** Natural order for productions and budget codes ("8.2" < "8.10" < "81"), French collation. */
export function compareCodes(a: string, b: string): number {
  return COLLATOR.compare(a, b);
}
const COLLATOR = new Intl.Collator("fr", { numeric: true, sensitivity: "base" });

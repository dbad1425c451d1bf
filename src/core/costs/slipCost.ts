/**
 * The slip cost of a production: what the resource-days the plan gained or lost against its frozen
 * baseline are worth at each resource's rate (the rate card line of its `Code tarif`, else its own
 * `Tarif HT` per `Unité tarif`: the prices of the quote).
 *
 * For each resource, the quantity of its rate's unit the baseline plan asked of it (each task's frozen
 * duration × its frozen resources) and the quantity the current plan asks (each task's duration now, or
 * the working days it actually took once done, × its resources now); the slip cost is the difference
 * priced at the rate, amount now − amount then, each rounded once as the quote rounds its lines. So:
 * - a task that only moves (same duration, same resources) costs nothing, however late it is;
 * - a task that lasts longer costs its extra days for each of its resources; a resource added to a task
 *   costs the task's days; a task added after the baseline costs all its days;
 * - a shorter task, or a resource taken off a task, gives its days back (a negative cost: the slip cost
 *   is net);
 * - units that do not count days (flat fee, per minute) cost something only when the resource is added
 *   to or taken off a task; a per-shot rate without a quantity cannot be priced (listed as such).
 *
 * The slip cost is therefore exactly how much the quote the plan proposes today differs from the one it
 * proposed at the baseline (same rates): the amendment (avenant) the slip calls for. Only productions
 * with a baseline (one task with a frozen reference at least) have one.
 */
import type { Alert } from "../alerts";
import type { Cents } from "../money";
import { amountOfScaled, fromScaledQuantity, type RateCard, type RateUnit, toScaledQuantity } from "./rateCard";
import { type CostResource, type Lookup, lookup, plannedQuantity, resolveRate, type ResolvedRate } from "./resourceRates";
import type { Place, QuoteAssignment } from "./quote";

/** A task's work: working days and the resources on them. */
export interface SlipWork {
  days: number;
  resources: readonly QuoteAssignment[];
}

export interface SlipTask {
  id: string;
  production: string;
  /** The plan now. */
  current: SlipWork;
  /** As frozen with the baseline; undefined for a task added since. */
  baseline?: SlipWork;
  place?: Place;
}

export interface SlipCostInput {
  tasks: readonly SlipTask[];
  resources: readonly CostResource[];
  rateCard: RateCard;
  programmeMinutes?: Lookup<number>;
  hoursPerDay?: number;
  /** Where the crew table is, for the alert on resources that cannot be priced (the workbook layer says). */
  crewTable?: Place;
}

/** One resource of a production: its days then and now, and what the difference costs. */
export interface SlipResourceLine {
  resource: string;
  baselineDays: number;
  forecastDays: number;
  /** The rate's unit and price; undefined without a rate. */
  unit?: RateUnit;
  unitPriceCents?: Cents;
  /** 0 when it cannot be priced (`priced` false). */
  costCents: Cents;
  priced: boolean;
}

export interface ProductionSlip {
  production: string;
  /** At least one task of the production has a frozen reference. */
  hasBaseline: boolean;
  /** Resources in the order the plan first names them. */
  lines: SlipResourceLine[];
  costCents: Cents;
  /** Tasks without a reference in a production that has one: all their work is extra. */
  addedTasks: string[];
}

export interface SlipCost {
  /** Productions in the order of their first task. */
  productions: ProductionSlip[];
  alerts: Alert[];
}

interface Tally {
  resource: string;
  rate: ResolvedRate | undefined;
  baseDays: number; // scaled
  nowDays: number; // scaled
  base: number; // scaled quantity of the rate's unit
  now: number;
  unpriceable: boolean;
}

export function slipCost(input: SlipCostInput): SlipCost {
  const resources = new Map(input.resources.map((r) => [r.id, r]));
  const rates = new Map<string, ResolvedRate | undefined>();
  const rateOf = (r: CostResource): ResolvedRate | undefined => {
    if (!rates.has(r.id)) rates.set(r.id, resolveRate(r, input.rateCard));
    return rates.get(r.id);
  };
  const baselined = new Set(input.tasks.filter((t) => t.baseline).map((t) => t.production));
  const byProduction = new Map<string, { tallies: Map<string, Tally>; addedTasks: string[] }>();
  for (const task of input.tasks) {
    let p = byProduction.get(task.production);
    if (!p) byProduction.set(task.production, (p = { tallies: new Map(), addedTasks: [] }));
    if (!baselined.has(task.production)) continue;
    if (!task.baseline) p.addedTasks.push(task.id);
    const count = (work: SlipWork | undefined, side: "base" | "now"): void => {
      for (const a of work?.resources ?? []) {
        const r = resources.get(a.resource);
        if (!r) continue; // unknown names: the quote and the planning say so
        let t = p!.tallies.get(r.id);
        if (!t) p!.tallies.set(r.id, (t = { resource: r.id, rate: rateOf(r), baseDays: 0, nowDays: 0, base: 0, now: 0, unpriceable: false }));
        addWork(t, side, work!.days, a, task.production, input);
      }
    };
    count(task.baseline, "base");
    count(task.current, "now");
  }
  const productions: ProductionSlip[] = [];
  for (const [production, p] of byProduction) {
    const lines = [...p.tallies.values()].map(lineOf);
    productions.push({ production, hasBaseline: baselined.has(production), lines, costCents: lines.reduce((s, l) => s + l.costCents, 0), addedTasks: p.addedTasks });
  }
  return { productions, alerts: unpricedAlerts(productions, input.crewTable) };
}

function addWork(t: Tally, side: "base" | "now", days: number, a: QuoteAssignment, production: string, input: SlipCostInput): void {
  const scaledDays = toScaledQuantity(Math.max(0, days) * (a.allocation ?? 1));
  if (side === "base") t.baseDays += scaledDays;
  else t.nowDays += scaledDays;
  if (!t.rate) return;
  const q = plannedQuantity(t.rate.unit, {
    days: Math.max(0, days),
    allocation: a.allocation,
    explicitQuantity: a.quantity,
    programmeMinutes: lookup(input.programmeMinutes, production),
    hoursPerDay: input.hoursPerDay,
  });
  if (!q.ok) {
    t.unpriceable = true;
    return;
  }
  // Exactly as the quote counts it (a flat fee is due even on a 0-day task): slip = quote now − quote then.
  if (side === "base") t.base += q.scaled;
  else t.now += q.scaled;
}

function lineOf(t: Tally): SlipResourceLine {
  const priced = t.rate !== undefined && !t.unpriceable;
  return {
    resource: t.resource,
    baselineDays: fromScaledQuantity(t.baseDays),
    forecastDays: fromScaledQuantity(t.nowDays),
    unit: t.rate?.unit,
    unitPriceCents: t.rate?.priceCents,
    costCents: priced ? amountOfScaled(t.now, t.rate!.priceCents) - amountOfScaled(t.base, t.rate!.priceCents) : 0,
    priced,
  };
}

/** A resource whose days changed but whose change cannot be priced: said once per production. */
function unpricedAlerts(productions: readonly ProductionSlip[], crewTable: Place | undefined): Alert[] {
  const alerts: Alert[] = [];
  for (const p of productions) {
    const names = p.lines.filter((l) => !l.priced && l.baselineDays !== l.forecastDays).map((l) => l.resource);
    if (names.length === 0) continue;
    alerts.push({
      code: "GLISSEMENT_NON_CHIFFRE",
      severity: "warning",
      sheet: crewTable?.sheet ?? "",
      row: 0,
      id: p.production,
      cell: "",
      production: p.production,
      message: `Production ${p.production} : les jours de ${names.join(", ")} ont changé depuis la référence, mais ${names.length > 1 ? "leur tarif ne permet pas" : "son tarif ne permet pas"} de les chiffrer (pas de tarif, ou tarif au plan sans quantité) ; le coût du glissement ne les compte pas.`,
    });
  }
  return alerts;
}

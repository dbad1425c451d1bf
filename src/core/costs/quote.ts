/**
 * Quote (devis) from the plan: each task × each of its resources × its
 * duration, priced at the rate card, summed per rate and per budget code (poste) of each production;
 * and the difference between two quotes, to show what a re-planning changed.
 *
 * Amounts are HT (devis and final costs are kept before VAT, e.g. Eurimages,
 * http://www.coe.int/t/dg4/eurimages/reimbursement/finalproductioncosts_fr.asp?toPrint=yes). Each
 * line's amount is its summed quantity × its unit price, rounded once (see `rateCard.ts`), so that a
 * quote line reads "12,5 jours × 250,00 € = 3 125,00 €" exactly; the poste and production totals are
 * sums of lines.
 */
import type { Alert } from "../alerts";
import type { Cents } from "../money";
import { UNASSIGNED_BUDGET_CODE } from "../../data/costs/budgetCodes";
import { budgetCodeInfo, normalizeBudgetCode } from "./budgetCodes";
import { amountOfScaled, fromScaledQuantity, type RateCard, type RateUnit } from "./rateCard";
import {
  type CostResource,
  compareCodes,
  type Lookup,
  lookup,
  plannedQuantity,
  resolveRate,
} from "./resourceRates";

/**
 * Where a row lives, for alerts: the workbook layer fills it, with the one cell the alerts about the
 * row point at; core names no sheet (without a place, an alert has no location).
 */
export interface Place {
  sheet: string;
  row: number;
  id?: string;
  cell?: string;
}

export interface QuoteAssignment {
  /** `Equipe[Nom]`. */
  resource: string;
  /** Share of the resource on the task; default 1. */
  allocation?: number;
  /** Quantity in the rate's unit when the plan cannot derive it (number of VFX shots…). */
  quantity?: number;
}

export interface QuoteTask {
  id: string;
  production: string;
  name?: string;
  /** Working days (`Taches[Durée (j)]`); 0 = milestone. */
  durationDays: number;
  resources: readonly QuoteAssignment[];
  place?: Place;
}

export interface QuoteInput {
  tasks: readonly QuoteTask[];
  resources: readonly CostResource[];
  rateCard: RateCard;
  /** Programme length in minutes by production, for per-minute rates. */
  programmeMinutes?: Lookup<number>;
  hoursPerDay?: number;
}

export interface QuoteLine {
  production: string;
  budgetCode: string;
  /** Rate-card code, or "" when the resource has its own rate. */
  rateCode: string;
  label: string;
  unit: RateUnit;
  quantity: number;
  unitPriceCents: Cents;
  amountCents: Cents;
  /** IDs of the tasks the line comes from, in plan order. */
  tasks: string[];
}

export interface QuoteBudgetLine {
  production: string;
  budgetCode: string;
  label: string;
  chapter: number | null;
  amountCents: Cents;
}

export interface Quote {
  /** One line per production × poste × rate, sorted. */
  lines: QuoteLine[];
  /** One line per production × poste, sorted. */
  byBudgetCode: QuoteBudgetLine[];
  totals: { production: string; amountCents: Cents }[];
  totalCents: Cents;
  alerts: Alert[];
}

const SEP = "\u0000";

export function buildQuote(input: QuoteInput): Quote {
  const run: QuoteRun = {
    input,
    alerts: [],
    resources: new Map(input.resources.map((r) => [r.id, r])),
    rates: new Map(),
    acc: new Map(),
    warnedResource: new Set(),
  };
  for (const task of input.tasks) for (const a of task.resources) quoteAssignment(run, task, a);
  return quoteFromLines(sortedLines(run), run.alerts);
}

type ResolvedRate = NonNullable<ReturnType<typeof resolveRate>>;

/** A quote being built: the lines so far and the alerts, each resource's rate resolved (and said) once. */
interface QuoteRun {
  input: QuoteInput;
  alerts: Alert[];
  resources: Map<string, CostResource>;
  rates: Map<string, ResolvedRate | undefined>;
  /** production|poste|rate → the line and its summed scaled quantity (exact integer sums). */
  acc: Map<string, { line: Omit<QuoteLine, "quantity" | "amountCents">; scaled: number }>;
  warnedResource: Set<string>;
}

function taskPlace(task: QuoteTask): Pick<Alert, "sheet" | "row" | "id" | "cell" | "production"> {
  return {
    sheet: task.place?.sheet ?? "",
    row: task.place?.row ?? 0,
    id: task.id,
    cell: task.place?.cell ?? "",
    production: task.production,
  };
}

/** One resource of one task: its planned quantity at its rate, added to its quote line. */
function quoteAssignment(run: QuoteRun, task: QuoteTask, a: QuoteAssignment): void {
  const resource = run.resources.get(a.resource);
  if (!resource) {
    if (!run.warnedResource.has(a.resource)) {
      run.warnedResource.add(a.resource);
      run.alerts.push({
        code: "DEVIS_RESSOURCE_INCONNUE",
        severity: "warning",
        ...taskPlace(task),
        message: `Tâche ${task.id} (${task.production}) : la ressource « ${a.resource} » n'est pas dans la table Equipe ; elle n'est pas chiffrée.`,
      });
    }
    return;
  }
  const rate = rateOf(run, task, resource);
  if (!rate) return;
  const q = plannedQuantity(rate.unit, {
    days: task.durationDays,
    allocation: a.allocation,
    explicitQuantity: a.quantity,
    programmeMinutes: lookup(run.input.programmeMinutes, task.production),
    hoursPerDay: run.input.hoursPerDay,
  });
  if (!q.ok) {
    run.alerts.push({
      code: "DEVIS_QUANTITE_MANQUANTE",
      severity: "warning",
      ...taskPlace(task),
      message:
        q.reason === "plan"
          ? `Tâche ${task.id} (${task.production}) : le tarif de « ${resource.id} » est au plan ; indiquez le nombre de plans.`
          : `Tâche ${task.id} (${task.production}) : le tarif de « ${resource.id} » est à la minute ; indiquez la durée du programme (Productions, Durée (min)).`,
    });
    return;
  }
  if (q.scaled !== 0) addToLine(run, task, resource, rate, q.scaled);
}

/** The resource's rate, resolved the first time it is met, with an alert (at that task) when it has none or no poste. */
function rateOf(run: QuoteRun, task: QuoteTask, resource: CostResource): ResolvedRate | undefined {
  if (run.rates.has(resource.id)) return run.rates.get(resource.id);
  const rate = resolveRate(resource, run.input.rateCard);
  run.rates.set(resource.id, rate);
  if (!rate) {
    run.alerts.push({
      code: "DEVIS_TARIF_MANQUANT",
      severity: "warning",
      ...taskPlace(task),
      message: `Ressource « ${resource.id} » : aucun tarif (ni code de la table Tarifs, ni tarif propre) ; elle n'est pas chiffrée au devis.`,
    });
  } else if (!rate.budgetCode) {
    run.alerts.push({
      code: "DEVIS_POSTE_MANQUANT",
      severity: "warning",
      ...taskPlace(task),
      message: `Ressource « ${resource.id} » : aucun poste budgétaire ; son coût est classé « ${UNASSIGNED_BUDGET_CODE} ».`,
    });
  }
  return rate;
}

/** Adds a scaled quantity to the line of its production × poste × rate (a rate-card code, or the resource's own rate). */
function addToLine(run: QuoteRun, task: QuoteTask, resource: CostResource, rate: ResolvedRate, scaled: number): void {
  const budgetCode = rate.budgetCode || UNASSIGNED_BUDGET_CODE;
  const rateKey = rate.rateCode ? "T" + rate.rateCode.toUpperCase() : "R" + resource.id;
  const key = task.production + SEP + normalizeBudgetCode(budgetCode) + SEP + rateKey;
  let slot = run.acc.get(key);
  if (!slot) {
    slot = {
      line: {
        production: task.production,
        budgetCode,
        rateCode: rate.rateCode,
        label: rate.label,
        unit: rate.unit,
        unitPriceCents: rate.priceCents,
        tasks: [],
      },
      scaled: 0,
    };
    run.acc.set(key, slot);
  }
  slot.scaled += scaled;
  if (!slot.line.tasks.includes(task.id)) slot.line.tasks.push(task.id);
}

/** Each line's amount from its summed quantity, rounded once; sorted by production, poste, rate. */
function sortedLines(run: QuoteRun): QuoteLine[] {
  return [...run.acc.values()]
    .map(({ line, scaled }) => ({
      ...line,
      quantity: fromScaledQuantity(scaled),
      amountCents: amountOfScaled(scaled, line.unitPriceCents),
    }))
    .sort(
      (x, y) =>
        compareCodes(x.production, y.production) ||
        compareCodes(x.budgetCode, y.budgetCode) ||
        compareCodes(x.rateCode || x.label, y.rateCode || y.label),
    );
}

/** A quote from its lines (totals per poste and production summed), e.g. a quote read back from its sheet. */
export function quoteFromLines(lines: QuoteLine[], alerts: Alert[] = []): Quote {
  const byCode = new Map<string, QuoteBudgetLine>();
  const totals = new Map<string, Cents>();
  let totalCents = 0;
  for (const l of lines) {
    const key = l.production + SEP + normalizeBudgetCode(l.budgetCode);
    let b = byCode.get(key);
    if (!b) {
      const info = budgetCodeInfo(l.budgetCode);
      b = { production: l.production, budgetCode: l.budgetCode, label: info.label, chapter: info.chapter, amountCents: 0 };
      byCode.set(key, b);
    }
    b.amountCents += l.amountCents;
    totals.set(l.production, (totals.get(l.production) ?? 0) + l.amountCents);
    totalCents += l.amountCents;
  }
  return {
    lines,
    byBudgetCode: [...byCode.values()],
    totals: [...totals].map(([production, amountCents]) => ({ production, amountCents })),
    totalCents,
    alerts,
  };
}

// --- Difference between two quotes ----------------------------------------------------------------

export type QuoteChange = "added" | "removed" | "changed" | "unchanged";

/** French words for the change column of the comparison sheet. */
export const QUOTE_CHANGE_LABEL: Record<QuoteChange, string> = {
  added: "Ajouté",
  removed: "Supprimé",
  changed: "Modifié",
  unchanged: "Inchangé",
};

export interface QuoteDiffLine {
  production: string;
  budgetCode: string;
  label: string;
  beforeCents: Cents;
  afterCents: Cents;
  deltaCents: Cents;
  change: QuoteChange;
}

export interface QuoteRateDiffLine extends QuoteDiffLine {
  rateCode: string;
  unit: RateUnit;
  quantityBefore: number;
  quantityAfter: number;
}

export interface QuoteDiff {
  /** Per production × poste, sorted; unchanged postes included (so the sheet lists the whole devis). */
  byBudgetCode: QuoteDiffLine[];
  /** Per production × poste × rate: where the difference comes from (days added, a rate removed…). */
  byRate: QuoteRateDiffLine[];
  totals: { production: string; beforeCents: Cents; afterCents: Cents; deltaCents: Cents }[];
  totalBeforeCents: Cents;
  totalAfterCents: Cents;
  totalDeltaCents: Cents;
}

function changeOf(before: number | undefined, after: number | undefined, same: boolean): QuoteChange {
  if (before === undefined) return "added";
  if (after === undefined) return "removed";
  return same ? "unchanged" : "changed";
}

/** What changed from `before` (e.g. the quote sent to the producer) to `after` (after re-planning). */
export function diffQuotes(before: Quote, after: Quote): QuoteDiff {
  const codeKey = (l: { production: string; budgetCode: string }): string =>
    l.production + SEP + normalizeBudgetCode(l.budgetCode);
  const rateKey = (l: QuoteLine): string => codeKey(l) + SEP + (l.rateCode ? "T" + l.rateCode.toUpperCase() : "L" + l.label);

  const b1 = new Map(before.byBudgetCode.map((l) => [codeKey(l), l]));
  const a1 = new Map(after.byBudgetCode.map((l) => [codeKey(l), l]));
  const byBudgetCode: QuoteDiffLine[] = [];
  for (const key of new Set([...b1.keys(), ...a1.keys()])) {
    const b = b1.get(key);
    const a = a1.get(key);
    const ref = (a ?? b)!;
    const beforeCents = b?.amountCents ?? 0;
    const afterCents = a?.amountCents ?? 0;
    byBudgetCode.push({
      production: ref.production,
      budgetCode: ref.budgetCode,
      label: ref.label,
      beforeCents,
      afterCents,
      deltaCents: afterCents - beforeCents,
      change: changeOf(b?.amountCents, a?.amountCents, beforeCents === afterCents),
    });
  }

  const b2 = new Map(before.lines.map((l) => [rateKey(l), l]));
  const a2 = new Map(after.lines.map((l) => [rateKey(l), l]));
  const byRate: QuoteRateDiffLine[] = [];
  for (const key of new Set([...b2.keys(), ...a2.keys()])) {
    const b = b2.get(key);
    const a = a2.get(key);
    const ref = (a ?? b)!;
    const beforeCents = b?.amountCents ?? 0;
    const afterCents = a?.amountCents ?? 0;
    const same =
      beforeCents === afterCents && b?.quantity === a?.quantity && b?.unitPriceCents === a?.unitPriceCents;
    byRate.push({
      production: ref.production,
      budgetCode: ref.budgetCode,
      label: ref.label,
      rateCode: ref.rateCode,
      unit: ref.unit,
      quantityBefore: b?.quantity ?? 0,
      quantityAfter: a?.quantity ?? 0,
      beforeCents,
      afterCents,
      deltaCents: afterCents - beforeCents,
      change: changeOf(b?.amountCents, a?.amountCents, same),
    });
  }

  const order = (x: QuoteDiffLine, y: QuoteDiffLine): number =>
    compareCodes(x.production, y.production) || compareCodes(x.budgetCode, y.budgetCode);
  byBudgetCode.sort(order);
  byRate.sort((x, y) => order(x, y) || compareCodes(x.rateCode || x.label, y.rateCode || y.label));

  const totals = new Map<string, { production: string; beforeCents: Cents; afterCents: Cents; deltaCents: Cents }>();
  for (const l of byBudgetCode) {
    let t = totals.get(l.production);
    if (!t) totals.set(l.production, (t = { production: l.production, beforeCents: 0, afterCents: 0, deltaCents: 0 }));
    t.beforeCents += l.beforeCents;
    t.afterCents += l.afterCents;
    t.deltaCents += l.deltaCents;
  }
  return {
    byBudgetCode,
    byRate,
    totals: [...totals.values()],
    totalBeforeCents: before.totalCents,
    totalAfterCents: after.totalCents,
    totalDeltaCents: after.totalCents - before.totalCents,
  };
}

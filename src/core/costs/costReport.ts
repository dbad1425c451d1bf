/**
 * Cost report: budget against actual per budget line (`Budget` table), with the columns producers and
 * the CNC expect (prévu / engagé / réalisé / reste,
 * https://www.moov.paris/post/suivi-budget-production-audiovisuelle; final costs excluding VAT,
 * Eurimages: http://www.coe.int/t/dg4/eurimages/reimbursement/finalproductioncosts_fr.asp?toPrint=yes),
 * all amounts HT:
 *
 * - `Devis HT` (quote): given, typed by the user (or filled by "Figer le devis"), plus the technical
 *   surcharges the client accepted on the poste (`acceptedTechnicalCents`), which are also work still
 *   to do (in the remaining, at their rate-card price).
 * - `Réalisé` (actual): séances on or before the report date (`asOf`), people at their payroll
 *   employer cost, rooms and providers at their rate; plus every supplier invoice received (`Achats`).
 * - `Engagé` (committed): what is spent or booked — the actual plus the séances booked after `asOf`.
 * - `Reste à faire` (remaining): the séances booked after `asOf` plus the planned task work not yet
 *   booked (tasks still planned × their resources × the days that remain).
 * - `Prévision finale` (forecast at completion) = réalisé + reste à faire.
 * - `Écart` = prévision − devis (positive = over budget), `Écart (%)` = écart / devis (a fraction for a
 *   percent-formatted cell; empty when the devis is 0).
 * - status: over budget when écart > 0, "vigilance" when the forecast is within 5 % under the devis
 *   (Cap PAD's rule: red / orange through native conditional formatting keyed on this column).
 *
 * A person's pay goes to their poste; their employer charges go to the charges poste (4.1, chapter 4
 * of the CNC devis) when the production's budget has a line for it, and stay with the pay otherwise: a
 * facility that sells its technicians by the day quotes them all-in, with no charges line to compare to.
 *
 * Totals per CNC chapter (first digit of the poste, CNC devis 2018: see
 * `src/data/costs/budgetCodes.ts`) and per production.
 *
 * Supplier invoices (`Achats`) are taken as they are: a provider booked as séances AND whose invoice
 * is typed in `Achats` would be counted twice, so `Achats` holds what séances do not cost (labs,
 * media, external services). Linear in séances + purchases + budget lines (no sort of the séances):
 * 50,000 séances and 2,000 budget lines take a few tens of milliseconds.
 */
import type { Alert } from "../alerts";
import type { DayNumber } from "../dates/civil";
import type { Cents } from "../money";
import { UNASSIGNED_BUDGET_CODE } from "../../data/costs/budgetCodes";
import { HOURS_PER_BILLED_DAY, VARIANCE_WARNING_PERCENT } from "../../data/costs/costSettings";
import { budgetCodeInfo, chapterLabel, chapterOf, normalizeBudgetCode } from "./budgetCodes";
import { amountOfScaled, type RateCard, toScaledQuantity, QTY_SCALE, mulDivRound } from "./rateCard";
import {
  type CostResource,
  compareCodes,
  dayWorkedQuantity,
  isOncePerTask,
  type Lookup,
  lookup,
  type PersonCost,
  plannedQuantity,
  resolveRate,
  type ResolvedRate,
} from "./resourceRates";
import type { Place, QuoteAssignment } from "./quote";

export interface BudgetLine {
  production: string;
  /** `Budget[Poste]`. */
  budgetCode: string;
  label?: string;
  /** `Budget[Devis HT]`. */
  quoteCents: Cents;
  /** Technical surcharges the client accepted on this poste, on top of `quoteCents` (and still to do). */
  acceptedTechnicalCents?: Cents;
  comment?: string;
  place?: Place;
}

/** One séance (`Seances` row) as the cost report needs it. */
export interface CostBooking {
  day: DayNumber;
  production: string;
  task?: string;
  resource: string;
  /** Worked hours (`Seances[Heures]`), for hourly rates. */
  hours?: number;
  /** Quantity in the rate's unit when it is not one day / the hours (shots…). */
  quantity?: number;
  /** Employer cost of this séance, when the payroll engine gives it per séance. */
  personCost?: PersonCost;
  place?: Place;
}

/** A supplier invoice received (`Achats`). */
export interface Purchase {
  day: DayNumber;
  production: string;
  supplier?: string;
  budgetCode: string;
  amountCents: Cents;
  reference?: string;
  place?: Place;
}

/** A task still planned: what remains of it, in working days, after the report date. */
export interface RemainingTask {
  id: string;
  production: string;
  remainingDays: number;
  resources: readonly QuoteAssignment[];
  place?: Place;
}

export interface CostReportInput {
  /** Report date: séances on or before it are done. */
  asOf: DayNumber;
  budget: readonly BudgetLine[];
  bookings: readonly CostBooking[];
  purchases: readonly Purchase[];
  tasks?: readonly RemainingTask[];
  resources: readonly CostResource[];
  rateCard: RateCard;
  /** Employer cost per person and day from the payroll engine, keyed by `personDayKey`. */
  personDayCosts?: Lookup<PersonCost>;
  programmeMinutes?: Lookup<number>;
  hoursPerDay?: number;
  /** Share under the devis that is flagged "vigilance" (default from data: 5 %). */
  warningPercent?: number;
  /** Where the budget table is, for the alert on a poste it lacks (the workbook layer says). */
  budgetTable?: Place;
}

export function personDayKey(resource: string, day: DayNumber): string {
  return resource + "\u0000" + day;
}

export type VarianceStatus = "over" | "warning" | "ok";

export interface CostFigures {
  quoteCents: Cents;
  committedCents: Cents;
  actualCents: Cents;
  remainingCents: Cents;
  forecastCents: Cents;
  varianceCents: Cents;
  /** écart / devis (0.05 = 5 %), null when the devis is 0. */
  varianceRatio: number | null;
  status: VarianceStatus;
}

export interface CostReportLine extends CostFigures {
  production: string;
  budgetCode: string;
  label: string;
  chapter: number | null;
  comment?: string;
  /** False for a poste that received costs but has no line in `Budget`. */
  inBudget: boolean;
  place?: Place;
}

export interface ChapterTotal extends CostFigures {
  production: string;
  chapter: number | null;
  label: string;
}

export interface ProductionTotal extends CostFigures {
  production: string;
}

export interface CostReport {
  asOf: DayNumber;
  /** Budget lines in their input order, then postes missing from the budget (sorted). */
  lines: CostReportLine[];
  chapterTotals: ChapterTotal[];
  productionTotals: ProductionTotal[];
  total: CostFigures;
  alerts: Alert[];
}

interface Acc {
  quote: number;
  actual: number;
  booked: number; // séances after asOf
  planned: number; // task work not yet booked
}

const SEP = "\u0000";

export function buildCostReport(input: CostReportInput): CostReport {
  const ledger = openLedger(input);
  addBudgetLines(ledger);
  const seen = groupBookings(ledger);
  const futureBooked = costBookings(ledger, seen);
  addPurchases(ledger);
  addRemainingWork(ledger, seen.oncePerTaskSeen, futureBooked);
  const lines = reportLines(ledger);
  return { asOf: input.asOf, lines, ...reportTotals(ledger), alerts: ledger.alerts };
}

/**
 * The state every phase of a report shares: the amounts per production and poste, the alerts in the
 * order they are found (each warning once per key), and the resources with their resolved rate.
 */
interface Ledger {
  input: CostReportInput;
  alerts: Alert[];
  warnOnce(key: string, alert: Alert): void;
  resources: Map<string, CostResource>;
  rateOf(r: CostResource): ResolvedRate | undefined;
  /** production|normalized poste → amounts. */
  acc: Map<string, Acc>;
  /** Key → the poste as first written (for display). */
  rawCode: Map<string, string>;
  /** Key → index of the first budget line with that key. */
  budgetKeys: Map<string, number>;
  keyOf(production: string, budgetCode: string): string;
  slot(production: string, budgetCode: string): Acc;
  figures(a: Acc): CostFigures;
}

function openLedger(input: CostReportInput): Ledger {
  const alerts: Alert[] = [];
  const warningPercent = input.warningPercent ?? VARIANCE_WARNING_PERCENT;
  const rateCache = new Map<string, ResolvedRate | undefined>();
  const warned = new Set<string>();
  const acc = new Map<string, Acc>();
  const rawCode = new Map<string, string>();
  const normalized = new Map<string, string>(); // memo: a few dozen codes, tens of thousands of calls
  const norm = (code: string): string => {
    let n = normalized.get(code);
    if (n === undefined) normalized.set(code, (n = normalizeBudgetCode(code.trim() || UNASSIGNED_BUDGET_CODE)));
    return n;
  };
  const keyOf = (production: string, budgetCode: string): string => production + SEP + norm(budgetCode);
  return {
    input,
    alerts,
    warnOnce: (key, alert) => {
      if (warned.has(key)) return;
      warned.add(key);
      alerts.push(alert);
    },
    resources: new Map(input.resources.map((r) => [r.id, r])),
    rateOf: (r) => {
      if (!rateCache.has(r.id)) rateCache.set(r.id, resolveRate(r, input.rateCard));
      return rateCache.get(r.id);
    },
    acc,
    rawCode,
    budgetKeys: new Map(),
    keyOf,
    slot: (production, budgetCode) => {
      const key = keyOf(production, budgetCode);
      let a = acc.get(key);
      if (!a) {
        acc.set(key, (a = emptyAcc()));
        rawCode.set(key, budgetCode.trim() || UNASSIGNED_BUDGET_CODE);
      }
      return a;
    },
    figures: (a) => makeFigures(a.quote, a.actual, a.booked, a.planned, warningPercent),
  };
}

function emptyAcc(): Acc {
  return { quote: 0, actual: 0, booked: 0, planned: 0 };
}

/** Phase 1: the budget lines (devis); a poste written twice adds its devis to the first line. */
function addBudgetLines(ledger: Ledger): void {
  ledger.input.budget.forEach((b, i) => {
    const key = ledger.keyOf(b.production, b.budgetCode);
    if (ledger.budgetKeys.has(key)) {
      ledger.alerts.push({
        code: "BUDGET_POSTE_DOUBLON",
        severity: "warning",
        sheet: b.place?.sheet ?? "",
        row: b.place?.row ?? 0,
        id: b.budgetCode,
        cell: b.place?.cell ?? "",
        production: b.production,
        message: `Budget : le poste ${b.budgetCode} de la production ${b.production} apparaît deux fois ; les devis sont additionnés sur la première ligne.`,
      });
    } else ledger.budgetKeys.set(key, i);
    addBudgetLine(ledger.slot(b.production, b.budgetCode), b);
  });
}

/** Employer charges go to the charges poste only where the production budgets one (see the header). */
function chargesCodeOf(ledger: Ledger, production: string, r: CostResource): string {
  const code = (r.chargesBudgetCode ?? "").trim();
  return code && ledger.budgetKeys.has(ledger.keyOf(production, code)) ? code : "";
}

/** What a first look at the séances finds, before any is costed. */
interface BookingGroups {
  /** resource|day → indices of the séances of a person without a per-séance cost (they share the day). */
  personDay: Map<string, number[]>;
  /** production|task|resource → first séance day of a resource billed once per task. */
  oncePerTaskSeen: Map<string, DayNumber>;
}

/** Phase 2a: group the séances that share a cost, people's days and once-per-task resources. */
function groupBookings(ledger: Ledger): BookingGroups {
  const personDay = new Map<string, number[]>();
  const oncePerTaskSeen = new Map<string, DayNumber>();
  const bookings = ledger.input.bookings;
  for (let i = 0; i < bookings.length; i++) {
    const b = bookings[i];
    const r = ledger.resources.get(b.resource);
    if (!r) continue;
    if (r.kind === "personne") {
      if (!b.personCost) {
        const k = personDayKey(b.resource, b.day);
        const list = personDay.get(k);
        if (list) list.push(i);
        else personDay.set(k, [i]);
      }
    } else {
      const rate = ledger.rateOf(r);
      if (rate && isOncePerTask(rate.unit) && b.quantity === undefined) {
        const k = taskResourceKey(b.production, b.task ?? "", b.resource);
        const seen = oncePerTaskSeen.get(k);
        if (seen === undefined || b.day < seen) oncePerTaskSeen.set(k, b.day);
      }
    }
  }
  return { personDay, oncePerTaskSeen };
}

function taskResourceKey(production: string, task: string, resource: string): string {
  return production + SEP + task + SEP + resource;
}

type Where = Omit<Alert, "code" | "severity" | "message">;

/** The séances phase's running state. */
interface BookingRun {
  ledger: Ledger;
  groups: BookingGroups;
  /** Each séance's share of its person-day cost, filled a whole day at a time. */
  shares: (PersonCost | undefined)[];
  /** Future séances per production|task|resource, in the rate's unit (subtracted from remaining work). */
  futureBooked: Map<string, number>;
}

/**
 * Phase 2b: each séance costed, into the actual when done by `asOf`, the booked otherwise. Returns the
 * future séances per production|task|resource, which phase 4 subtracts from the planned work.
 */
function costBookings(ledger: Ledger, groups: BookingGroups): Map<string, number> {
  const bookings = ledger.input.bookings;
  const run: BookingRun = { ledger, groups, shares: new Array(bookings.length), futureBooked: new Map() };
  for (let i = 0; i < bookings.length; i++) {
    const b = bookings[i];
    const r = ledger.resources.get(b.resource);
    const where: Where = {
      sheet: b.place?.sheet ?? "",
      row: b.place?.row ?? 0,
      id: b.resource,
      cell: b.place?.cell ?? "",
      production: b.production,
    };
    if (!r) {
      ledger.warnOnce("R" + b.resource, {
        code: "COUT_RESSOURCE_INCONNUE",
        severity: "warning",
        ...where,
        message: `Séances : la ressource « ${b.resource} » n'est pas dans la table Equipe ; ses séances ne sont pas chiffrées.`,
      });
      continue;
    }
    if (r.kind === "personne") costPersonBooking(run, i, r, where);
    else costRatedBooking(run, i, r, where);
  }
  return run.futureBooked;
}

function addFuture(run: BookingRun, b: CostBooking, scaled: number): void {
  if (!b.task) return;
  const k = taskResourceKey(b.production, b.task, b.resource);
  run.futureBooked.set(k, (run.futureBooked.get(k) ?? 0) + scaled);
}

/** A person's séance at its employer cost: given per séance, or its share of the person-day cost. */
function costPersonBooking(run: BookingRun, i: number, r: CostResource, where: Where): void {
  const { ledger } = run;
  const b = ledger.input.bookings[i];
  const past = b.day <= ledger.input.asOf;
  const budgetCode = personBudgetCode(r, ledger.rateOf(r));
  if (!budgetCode) ledger.warnOnce("P" + r.id, missingPoste(r, where));
  const cost = b.personCost ?? personDayShare(run, i, r, where);
  if (cost) addPersonCost(ledger, b.production, r, budgetCode, past ? "actual" : "booked", cost.salaryCents, cost.chargesCents);
  if (!past) addFuture(run, b, QTY_SCALE);
}

/** The séance's share of its person-day cost; undefined (and an alert) when that cost is unknown. */
function personDayShare(run: BookingRun, i: number, r: CostResource, where: Where): PersonCost | undefined {
  const { ledger, shares } = run;
  const bookings = ledger.input.bookings;
  const b = bookings[i];
  const k = personDayKey(b.resource, b.day);
  const day = lookup(ledger.input.personDayCosts, k) ?? r.dayCost;
  if (!day) {
    ledger.warnOnce("C" + r.id, {
      code: "COUT_PERSONNE_INCONNU",
      severity: "warning",
      ...where,
      message: `Séances : le coût employeur de « ${r.id} » est inconnu (ni paie calculée, ni coût journalier estimé) ; ses séances comptent pour 0 €.`,
    });
    return undefined;
  }
  if (!shares[i]) {
    // Share the day among its séances once for the whole group (linear in the group's size).
    const group = run.groups.personDay.get(k) ?? [i];
    const parts = shareOfDay(day, group, bookings);
    group.forEach((j, n) => (shares[j] = parts[n]));
  }
  return shares[i]!;
}

/** Pay to the person's poste, charges to the charges poste when the production budgets one. */
function addPersonCost(
  ledger: Ledger,
  production: string,
  r: CostResource,
  budgetCode: string,
  target: "actual" | "booked" | "planned",
  salaryCents: Cents,
  chargesCents: Cents,
): void {
  const chargesCode = chargesCodeOf(ledger, production, r);
  if (chargesCode) {
    ledger.slot(production, budgetCode)[target] += salaryCents;
    ledger.slot(production, chargesCode)[target] += chargesCents;
  } else ledger.slot(production, budgetCode)[target] += salaryCents + chargesCents;
}

/** A room's or a provider's séance at its rate. */
function costRatedBooking(run: BookingRun, i: number, r: CostResource, where: Where): void {
  const { ledger } = run;
  const b = ledger.input.bookings[i];
  const rate = ledger.rateOf(r);
  if (!rate) {
    ledger.warnOnce("T" + r.id, {
      code: "COUT_TARIF_MANQUANT",
      severity: "warning",
      ...where,
      message: `Séances : « ${r.id} » n'a pas de tarif ; ses séances ne sont pas chiffrées.`,
    });
    return;
  }
  if (!rate.budgetCode) ledger.warnOnce("P" + r.id, missingPoste(r, where));
  const scaled = bookedQuantity(run, b, r, rate, where);
  if (scaled === undefined) return;
  const past = b.day <= ledger.input.asOf;
  ledger.slot(b.production, rate.budgetCode)[past ? "actual" : "booked"] += amountOfScaled(scaled, rate.priceCents);
  if (!past) addFuture(run, b, isTimeUnit(rate.unit) ? scaled : QTY_SCALE);
}

function isTimeUnit(unit: ResolvedRate["unit"]): boolean {
  return unit === "jour" || unit === "demi-journée" || unit === "heure";
}

/** The séance's quantity in the rate's unit (scaled); undefined when it is not billed (or unknown). */
function bookedQuantity(run: BookingRun, b: CostBooking, r: CostResource, rate: ResolvedRate, where: Where): number | undefined {
  const { ledger } = run;
  if (b.quantity !== undefined) return toScaledQuantity(b.quantity);
  if (rate.unit === "jour" || rate.unit === "demi-journée") return dayWorkedQuantity(rate.unit, b.hours);
  if (rate.unit === "heure") return toScaledQuantity(b.hours ?? ledger.input.hoursPerDay ?? HOURS_PER_BILLED_DAY);
  if (isOncePerTask(rate.unit)) {
    const seen = run.groups.oncePerTaskSeen;
    const k = taskResourceKey(b.production, b.task ?? "", b.resource);
    if (seen.get(k) !== b.day) return undefined; // billed at the first séance only
    seen.set(k, Number.NaN); // once, even if several séances share that first day
    const q = plannedQuantity(rate.unit, { days: 1, programmeMinutes: lookup(ledger.input.programmeMinutes, b.production) });
    if (!q.ok) {
      ledger.warnOnce("M" + b.production + SEP + r.id, minuteMissing(r, b.production, where));
      return undefined;
    }
    return q.scaled;
  }
  ledger.warnOnce("Q" + r.id, {
    code: "COUT_QUANTITE_MANQUANTE",
    severity: "warning",
    ...where,
    message: `Séances : « ${r.id} » est facturé au plan ; indiquez le nombre de plans de la séance.`,
  });
  return undefined;
}

/** Phase 3: supplier invoices, into the actual as they are. */
function addPurchases(ledger: Ledger): void {
  for (const p of ledger.input.purchases) {
    if (!p.budgetCode.trim()) {
      ledger.alerts.push({
        code: "ACHAT_POSTE_MANQUANT",
        severity: "warning",
        sheet: p.place?.sheet ?? "",
        row: p.place?.row ?? 0,
        id: p.reference ?? "",
        cell: p.place?.cell ?? "",
        production: p.production,
        message: `Achats : la facture ${p.reference ?? ""} de ${p.supplier ?? "?"} n'a pas de poste ; elle est classée « ${UNASSIGNED_BUDGET_CODE} ».`,
      });
    }
    ledger.slot(p.production, p.budgetCode).actual += p.amountCents;
  }
}

/** Phase 4: the planned task work not yet booked, at the people's day cost and the others' rates. */
function addRemainingWork(ledger: Ledger, oncePerTaskSeen: Map<string, DayNumber>, futureBooked: Map<string, number>): void {
  for (const t of ledger.input.tasks ?? []) {
    if (!(t.remainingDays > 0)) continue;
    for (const a of t.resources) {
      const r = ledger.resources.get(a.resource);
      if (!r) continue;
      const k = taskResourceKey(t.production, t.id, r.id);
      const booked = futureBooked.get(k) ?? 0;
      if (r.kind === "personne") addRemainingPersonWork(ledger, t, a, r, booked);
      // Billed at the first séance: remains to do only if no séance of that task uses the resource yet.
      else addRemainingRatedWork(ledger, t, a, r, booked, oncePerTaskSeen.has(k));
    }
  }
}

function addRemainingPersonWork(ledger: Ledger, t: RemainingTask, a: QuoteAssignment, r: CostResource, booked: number): void {
  const days = toScaledQuantity(t.remainingDays * (a.allocation ?? 1)) - booked;
  if (days <= 0) return;
  const cost = r.dayCost;
  if (!cost) {
    ledger.warnOnce("C" + r.id, {
      code: "COUT_PERSONNE_INCONNU",
      severity: "warning",
      sheet: t.place?.sheet ?? "",
      row: t.place?.row ?? 0,
      id: t.id,
      cell: "",
      production: t.production,
      message: `Planning : le coût journalier estimé de « ${r.id} » est inconnu ; le reste à faire de la tâche ${t.id} ne le compte pas.`,
    });
    return;
  }
  const budgetCode = personBudgetCode(r, ledger.rateOf(r));
  const salary = amountOfScaled(days, cost.salaryCents);
  const charges = amountOfScaled(days, cost.chargesCents);
  addPersonCost(ledger, t.production, r, budgetCode, "planned", salary, charges);
}

function addRemainingRatedWork(
  ledger: Ledger,
  t: RemainingTask,
  a: QuoteAssignment,
  r: CostResource,
  booked: number,
  alreadyBilledOnce: boolean,
): void {
  const rate = ledger.rateOf(r);
  if (!rate) return;
  if (isOncePerTask(rate.unit) && a.quantity === undefined && alreadyBilledOnce) return;
  const q = plannedQuantity(rate.unit, {
    days: t.remainingDays,
    allocation: a.allocation,
    explicitQuantity: a.quantity,
    programmeMinutes: lookup(ledger.input.programmeMinutes, t.production),
    hoursPerDay: ledger.input.hoursPerDay,
  });
  if (!q.ok) return;
  const left = isOncePerTask(rate.unit) ? q.scaled : q.scaled - booked;
  if (left <= 0) return;
  ledger.slot(t.production, rate.budgetCode).planned += amountOfScaled(left, rate.priceCents);
}

/** Phase 5: the budget lines first, in their order, then postes that received costs without a line. */
function reportLines(ledger: Ledger): CostReportLine[] {
  const lines: CostReportLine[] = [];
  for (const [key, index] of ledger.budgetKeys) {
    const b = ledger.input.budget[index];
    const info = budgetCodeInfo(b.budgetCode);
    lines.push({
      production: b.production,
      budgetCode: b.budgetCode,
      label: b.label?.trim() || info.label,
      chapter: info.chapter,
      comment: b.comment,
      inBudget: true,
      place: b.place,
      ...ledger.figures(ledger.acc.get(key)!),
    });
  }
  const extra: CostReportLine[] = [];
  for (const [key, a] of ledger.acc) {
    if (ledger.budgetKeys.has(key)) continue;
    const production = key.split(SEP)[0];
    const code = ledger.rawCode.get(key)!;
    const info = budgetCodeInfo(code);
    extra.push({ production, budgetCode: code, label: info.label, chapter: info.chapter, inBudget: false, ...ledger.figures(a) });
  }
  extra.sort((x, y) => compareCodes(x.production, y.production) || compareCodes(x.budgetCode, y.budgetCode));
  for (const l of extra) {
    ledger.alerts.push({
      code: "BUDGET_POSTE_ABSENT",
      severity: "warning",
      sheet: ledger.input.budgetTable?.sheet ?? "",
      row: 0,
      id: l.budgetCode,
      cell: "",
      production: l.production,
      message: `Budget : la production ${l.production} a des coûts au poste ${l.budgetCode}, qui n'a pas de ligne au budget ; une ligne est ajoutée au rapport avec un devis de 0 €.`,
    });
  }
  lines.push(...extra);
  return lines;
}

/** Phase 6: totals per CNC chapter and production, and the grand total. */
function reportTotals(ledger: Ledger): Pick<CostReport, "chapterTotals" | "productionTotals" | "total"> {
  const chapterAcc = new Map<string, { production: string; chapter: number | null; a: Acc }>();
  const productionAcc = new Map<string, Acc>();
  const grand = emptyAcc();
  for (const [key, a] of ledger.acc) {
    const [production, code] = key.split(SEP);
    const chapter = chapterOf(code);
    const ck = production + SEP + (chapter ?? "-");
    let c = chapterAcc.get(ck);
    if (!c) chapterAcc.set(ck, (c = { production, chapter, a: emptyAcc() }));
    addAcc(c.a, a);
    let p = productionAcc.get(production);
    if (!p) productionAcc.set(production, (p = emptyAcc()));
    addAcc(p, a);
    addAcc(grand, a);
  }
  const chapterTotals: ChapterTotal[] = [...chapterAcc.values()]
    .sort((x, y) => compareCodes(x.production, y.production) || (x.chapter ?? 10) - (y.chapter ?? 10))
    .map((c) => ({ production: c.production, chapter: c.chapter, label: chapterLabel(c.chapter), ...ledger.figures(c.a) }));
  const productionTotals: ProductionTotal[] = [...productionAcc]
    .sort(([x], [y]) => compareCodes(x, y))
    .map(([production, a]) => ({ production, ...ledger.figures(a) }));
  return { chapterTotals, productionTotals, total: ledger.figures(grand) };
}

/** A budget line's quote; the technical surcharges accepted on it are quoted and still to do. */
function addBudgetLine(a: Acc, b: BudgetLine): void {
  const technical = b.acceptedTechnicalCents ?? 0;
  a.quote += b.quoteCents + technical;
  a.planned += technical;
}

function addAcc(to: Acc, from: Acc): void {
  to.quote += from.quote;
  to.actual += from.actual;
  to.booked += from.booked;
  to.planned += from.planned;
}

export function makeFigures(
  quoteCents: Cents,
  actualCents: Cents,
  bookedCents: Cents,
  plannedCents: Cents,
  warningPercent = VARIANCE_WARNING_PERCENT,
): CostFigures {
  const remainingCents = bookedCents + plannedCents;
  const forecastCents = actualCents + remainingCents;
  const varianceCents = forecastCents - quoteCents;
  let status: VarianceStatus = "ok";
  if (varianceCents > 0) status = "over";
  // Within `warningPercent` under the devis: forecast ≥ devis × (1 − p). Integer test, no rounding.
  else if (quoteCents > 0 && forecastCents * 100 >= quoteCents * (100 - warningPercent)) status = "warning";
  return {
    quoteCents,
    committedCents: actualCents + bookedCents,
    actualCents,
    remainingCents,
    forecastCents,
    varianceCents,
    varianceRatio: quoteCents === 0 ? null : varianceCents / quoteCents,
    status,
  };
}

function personBudgetCode(r: CostResource, rate: ResolvedRate | undefined): string {
  return (r.budgetCode ?? "").trim() || rate?.budgetCode || "";
}

function missingPoste(r: CostResource, where: Omit<Alert, "code" | "severity" | "message">): Alert {
  return {
    code: "COUT_POSTE_MANQUANT",
    severity: "warning",
    ...where,
    message: `« ${r.id} » n'a pas de poste budgétaire (ni dans Equipe, ni dans Tarifs) ; son coût est classé « ${UNASSIGNED_BUDGET_CODE} ».`,
  };
}

function minuteMissing(r: CostResource, production: string, where: Omit<Alert, "code" | "severity" | "message">): Alert {
  return {
    code: "COUT_QUANTITE_MANQUANTE",
    severity: "warning",
    ...where,
    message: `« ${r.id} » est facturé à la minute ; indiquez la durée du programme de la production ${production} (Productions, Durée (min)).`,
  };
}

/**
 * How a person-day cost is shared among the day's séances: by hours when every séance of the day has
 * its hours, equally otherwise; the cents left by rounding go to the first séance so that the shares
 * add up to the day exactly. Returns one share per index of `group`, in order.
 */
function shareOfDay(day: PersonCost, group: readonly number[], bookings: readonly CostBooking[]): PersonCost[] {
  if (group.length === 1) return [day];
  const byHours = group.every((j) => (bookings[j].hours ?? 0) > 0);
  const weights = group.map((j) => (byHours ? toScaledQuantity(bookings[j].hours!) : 1));
  const total = weights.reduce((s, w) => s + w, 0);
  const split = (amount: Cents): Cents[] => {
    const parts = weights.map((w) => mulDivRound(amount, w, total));
    parts[0] = amount - parts.slice(1).reduce((s, x) => s + x, 0);
    return parts;
  };
  const salary = split(day.salaryCents);
  const charges = split(day.chargesCents);
  return group.map((_, n) => ({ salaryCents: salary[n], chargesCents: charges[n] }));
}

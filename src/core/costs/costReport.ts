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
  const alerts: Alert[] = [];
  const warningPercent = input.warningPercent ?? VARIANCE_WARNING_PERCENT;
  const resources = new Map(input.resources.map((r) => [r.id, r]));
  const rateCache = new Map<string, ResolvedRate | undefined>();
  const rateOf = (r: CostResource): ResolvedRate | undefined => {
    if (!rateCache.has(r.id)) rateCache.set(r.id, resolveRate(r, input.rateCard));
    return rateCache.get(r.id);
  };
  const warned = new Set<string>();
  const warnOnce = (key: string, alert: Alert): void => {
    if (warned.has(key)) return;
    warned.add(key);
    alerts.push(alert);
  };

  const acc = new Map<string, Acc>();
  const rawCode = new Map<string, string>(); // key → the code as first written (for display)
  const normalized = new Map<string, string>(); // memo: a few dozen codes, tens of thousands of calls
  const norm = (code: string): string => {
    let n = normalized.get(code);
    if (n === undefined) normalized.set(code, (n = normalizeBudgetCode(code.trim() || UNASSIGNED_BUDGET_CODE)));
    return n;
  };
  const slot = (production: string, budgetCode: string): Acc => {
    const key = production + SEP + norm(budgetCode);
    let a = acc.get(key);
    if (!a) {
      acc.set(key, (a = { quote: 0, actual: 0, booked: 0, planned: 0 }));
      rawCode.set(key, budgetCode.trim() || UNASSIGNED_BUDGET_CODE);
    }
    return a;
  };
  const budgetKeys = new Map<string, number>(); // key → index of the first budget line

  // 1. Budget lines (devis).
  const lines: CostReportLine[] = [];
  input.budget.forEach((b, i) => {
    const key = b.production + SEP + norm(b.budgetCode);
    const first = budgetKeys.get(key);
    if (first !== undefined) {
      alerts.push({
        code: "BUDGET_POSTE_DOUBLON",
        severity: "warning",
        sheet: b.place?.sheet ?? "Budget",
        row: b.place?.row ?? 0,
        id: b.budgetCode,
        cell: b.place?.cell ?? "",
        production: b.production,
        message: `Budget : le poste ${b.budgetCode} de la production ${b.production} apparaît deux fois ; les devis sont additionnés sur la première ligne.`,
      });
      addBudgetLine(slot(b.production, b.budgetCode), b);
      return;
    }
    budgetKeys.set(key, i);
    addBudgetLine(slot(b.production, b.budgetCode), b);
  });
  // Employer charges to the charges poste only where the production budgets one (see the header).
  const chargesCodeOf = (production: string, r: CostResource): string => {
    const code = (r.chargesBudgetCode ?? "").trim();
    return code && budgetKeys.has(production + SEP + norm(code)) ? code : "";
  };

  // 2. Séances. People without a per-séance cost share their person-day cost: group them first.
  const personDay = new Map<string, number[]>(); // resource|day → indices of séances
  const oncePerTaskSeen = new Map<string, DayNumber>(); // production|task|resource → first séance day
  const bookings = input.bookings;
  for (let i = 0; i < bookings.length; i++) {
    const b = bookings[i];
    const r = resources.get(b.resource);
    if (!r) continue;
    if (r.kind === "personne") {
      if (!b.personCost) {
        const k = personDayKey(b.resource, b.day);
        const list = personDay.get(k);
        if (list) list.push(i);
        else personDay.set(k, [i]);
      }
    } else {
      const rate = rateOf(r);
      if (rate && isOncePerTask(rate.unit) && b.quantity === undefined) {
        const k = b.production + SEP + (b.task ?? "") + SEP + b.resource;
        const seen = oncePerTaskSeen.get(k);
        if (seen === undefined || b.day < seen) oncePerTaskSeen.set(k, b.day);
      }
    }
  }

  // Future séances per production|task|resource, in the rate's unit (to subtract from remaining work).
  const futureBooked = new Map<string, number>();
  const addFuture = (b: CostBooking, scaled: number): void => {
    if (!b.task) return;
    const k = b.production + SEP + b.task + SEP + b.resource;
    futureBooked.set(k, (futureBooked.get(k) ?? 0) + scaled);
  };
  const hoursPerDay = input.hoursPerDay;
  const shares: (PersonCost | undefined)[] = new Array(bookings.length);

  for (let i = 0; i < bookings.length; i++) {
    const b = bookings[i];
    const past = b.day <= input.asOf;
    const r = resources.get(b.resource);
    const where = {
      sheet: b.place?.sheet ?? "Seances",
      row: b.place?.row ?? 0,
      id: b.resource,
      cell: b.place?.cell ?? "",
      production: b.production,
    };
    if (!r) {
      warnOnce("R" + b.resource, {
        code: "COUT_RESSOURCE_INCONNUE",
        severity: "warning",
        ...where,
        message: `Séances : la ressource « ${b.resource} » n'est pas dans la table Equipe ; ses séances ne sont pas chiffrées.`,
      });
      continue;
    }
    if (r.kind === "personne") {
      const budgetCode = personBudgetCode(r, rateOf(r));
      if (!budgetCode) warnOnce("P" + r.id, missingPoste(r, where));
      let cost = b.personCost;
      if (!cost) {
        const k = personDayKey(b.resource, b.day);
        const day = lookup(input.personDayCosts, k) ?? r.dayCost;
        if (!day) {
          warnOnce("C" + r.id, {
            code: "COUT_PERSONNE_INCONNU",
            severity: "warning",
            ...where,
            message: `Séances : le coût employeur de « ${r.id} » est inconnu (ni paie calculée, ni coût journalier estimé) ; ses séances comptent pour 0 €.`,
          });
          if (!past) addFuture(b, QTY_SCALE);
          continue;
        }
        let share = shares[i];
        if (!share) {
          // Share the day among its séances once for the whole group (linear in the group's size).
          const group = personDay.get(k) ?? [i];
          const parts = shareOfDay(day, group, bookings);
          group.forEach((j, n) => (shares[j] = parts[n]));
          share = shares[i]!;
        }
        cost = share;
      }
      const target = past ? "actual" : "booked";
      const chargesCode = chargesCodeOf(b.production, r);
      if (chargesCode) {
        slot(b.production, budgetCode)[target] += cost.salaryCents;
        slot(b.production, chargesCode)[target] += cost.chargesCents;
      } else {
        slot(b.production, budgetCode)[target] += cost.salaryCents + cost.chargesCents;
      }
      if (!past) addFuture(b, QTY_SCALE);
      continue;
    }

    // Rooms and providers: at their rate.
    const rate = rateOf(r);
    if (!rate) {
      warnOnce("T" + r.id, {
        code: "COUT_TARIF_MANQUANT",
        severity: "warning",
        ...where,
        message: `Séances : « ${r.id} » n'a pas de tarif ; ses séances ne sont pas chiffrées.`,
      });
      continue;
    }
    if (!rate.budgetCode) warnOnce("P" + r.id, missingPoste(r, where));
    let scaled: number;
    if (b.quantity !== undefined) scaled = toScaledQuantity(b.quantity);
    else if (rate.unit === "jour" || rate.unit === "demi-journée") scaled = dayWorkedQuantity(rate.unit, b.hours);
    else if (rate.unit === "heure") {
      scaled = toScaledQuantity(b.hours ?? hoursPerDay ?? HOURS_PER_BILLED_DAY);
    } else if (isOncePerTask(rate.unit)) {
      const k = b.production + SEP + (b.task ?? "") + SEP + b.resource;
      if (oncePerTaskSeen.get(k) !== b.day) continue; // billed at the first séance only
      oncePerTaskSeen.set(k, Number.NaN); // once, even if several séances share that first day
      const q = plannedQuantity(rate.unit, { days: 1, programmeMinutes: lookup(input.programmeMinutes, b.production) });
      if (!q.ok) {
        warnOnce("M" + b.production + SEP + r.id, minuteMissing(r, b.production, where));
        continue;
      }
      scaled = q.scaled;
    } else {
      warnOnce("Q" + r.id, {
        code: "COUT_QUANTITE_MANQUANTE",
        severity: "warning",
        ...where,
        message: `Séances : « ${r.id} » est facturé au plan ; indiquez le nombre de plans de la séance.`,
      });
      continue;
    }
    const amount = amountOfScaled(scaled, rate.priceCents);
    const target = past ? "actual" : "booked";
    slot(b.production, rate.budgetCode)[target] += amount;
    if (!past) addFuture(b, rate.unit === "jour" || rate.unit === "demi-journée" || rate.unit === "heure" ? scaled : QTY_SCALE);
  }

  // 3. Supplier invoices.
  for (const p of input.purchases) {
    if (!p.budgetCode.trim()) {
      alerts.push({
        code: "ACHAT_POSTE_MANQUANT",
        severity: "warning",
        sheet: p.place?.sheet ?? "Achats",
        row: p.place?.row ?? 0,
        id: p.reference ?? "",
        cell: p.place?.cell ?? "",
        production: p.production,
        message: `Achats : la facture ${p.reference ?? ""} de ${p.supplier ?? "?"} n'a pas de poste ; elle est classée « ${UNASSIGNED_BUDGET_CODE} ».`,
      });
    }
    slot(p.production, p.budgetCode).actual += p.amountCents;
  }

  // 4. Remaining planned work not yet booked.
  for (const t of input.tasks ?? []) {
    if (!(t.remainingDays > 0)) continue;
    for (const a of t.resources) {
      const r = resources.get(a.resource);
      if (!r) continue;
      const booked = futureBooked.get(t.production + SEP + t.id + SEP + r.id) ?? 0;
      const where = { sheet: t.place?.sheet ?? "Planning", row: t.place?.row ?? 0, id: t.id, cell: "", production: t.production };
      if (r.kind === "personne") {
        const days = toScaledQuantity(t.remainingDays * (a.allocation ?? 1)) - booked;
        if (days <= 0) continue;
        const cost = r.dayCost;
        if (!cost) {
          warnOnce("C" + r.id, {
            code: "COUT_PERSONNE_INCONNU",
            severity: "warning",
            ...where,
            message: `Planning : le coût journalier estimé de « ${r.id} » est inconnu ; le reste à faire de la tâche ${t.id} ne le compte pas.`,
          });
          continue;
        }
        const budgetCode = personBudgetCode(r, rateOf(r));
        const chargesCode = chargesCodeOf(t.production, r);
        const salary = amountOfScaled(days, cost.salaryCents);
        const charges = amountOfScaled(days, cost.chargesCents);
        if (chargesCode) {
          slot(t.production, budgetCode).planned += salary;
          slot(t.production, chargesCode).planned += charges;
        } else slot(t.production, budgetCode).planned += salary + charges;
        continue;
      }
      const rate = rateOf(r);
      if (!rate) continue;
      if (isOncePerTask(rate.unit) && a.quantity === undefined) {
        // Billed at the first séance: remains to do only if no séance of that task uses the resource yet.
        const k = t.production + SEP + t.id + SEP + r.id;
        if (oncePerTaskSeen.has(k)) continue;
      }
      const q = plannedQuantity(rate.unit, {
        days: t.remainingDays,
        allocation: a.allocation,
        explicitQuantity: a.quantity,
        programmeMinutes: lookup(input.programmeMinutes, t.production),
        hoursPerDay,
      });
      if (!q.ok) continue;
      const left = isOncePerTask(rate.unit) ? q.scaled : q.scaled - booked;
      if (left <= 0) continue;
      slot(t.production, rate.budgetCode).planned += amountOfScaled(left, rate.priceCents);
    }
  }

  // 5. Lines: the budget first, in its order, then postes that received costs without a budget line.
  const figures = (a: Acc): CostFigures => makeFigures(a.quote, a.actual, a.booked, a.planned, warningPercent);
  for (const [key, index] of budgetKeys) {
    const b = input.budget[index];
    const info = budgetCodeInfo(b.budgetCode);
    lines.push({
      production: b.production,
      budgetCode: b.budgetCode,
      label: b.label?.trim() || info.label,
      chapter: info.chapter,
      comment: b.comment,
      inBudget: true,
      place: b.place,
      ...figures(acc.get(key)!),
    });
  }
  const extra: CostReportLine[] = [];
  for (const [key, a] of acc) {
    if (budgetKeys.has(key)) continue;
    const production = key.split(SEP)[0];
    const code = rawCode.get(key)!;
    const info = budgetCodeInfo(code);
    extra.push({ production, budgetCode: code, label: info.label, chapter: info.chapter, inBudget: false, ...figures(a) });
  }
  extra.sort((x, y) => compareCodes(x.production, y.production) || compareCodes(x.budgetCode, y.budgetCode));
  for (const l of extra) {
    alerts.push({
      code: "BUDGET_POSTE_ABSENT",
      severity: "warning",
      sheet: "Budget",
      row: 0,
      id: l.budgetCode,
      cell: "",
      production: l.production,
      message: `Budget : la production ${l.production} a des coûts au poste ${l.budgetCode}, qui n'a pas de ligne au budget ; une ligne est ajoutée au rapport avec un devis de 0 €.`,
    });
  }
  lines.push(...extra);

  // 6. Totals per chapter and production.
  const chapterAcc = new Map<string, { production: string; chapter: number | null; a: Acc }>();
  const productionAcc = new Map<string, Acc>();
  const grand: Acc = { quote: 0, actual: 0, booked: 0, planned: 0 };
  for (const [key, a] of acc) {
    const [production, code] = key.split(SEP);
    const chapter = chapterOf(code);
    const ck = production + SEP + (chapter ?? "-");
    let c = chapterAcc.get(ck);
    if (!c) chapterAcc.set(ck, (c = { production, chapter, a: { quote: 0, actual: 0, booked: 0, planned: 0 } }));
    addAcc(c.a, a);
    let p = productionAcc.get(production);
    if (!p) productionAcc.set(production, (p = { quote: 0, actual: 0, booked: 0, planned: 0 }));
    addAcc(p, a);
    addAcc(grand, a);
  }
  const chapterTotals: ChapterTotal[] = [...chapterAcc.values()]
    .sort(
      (x, y) =>
        compareCodes(x.production, y.production) || (x.chapter ?? 10) - (y.chapter ?? 10),
    )
    .map((c) => ({ production: c.production, chapter: c.chapter, label: chapterLabel(c.chapter), ...figures(c.a) }));
  const productionTotals: ProductionTotal[] = [...productionAcc]
    .sort(([x], [y]) => compareCodes(x, y))
    .map(([production, a]) => ({ production, ...figures(a) }));

  return { asOf: input.asOf, lines, chapterTotals, productionTotals, total: figures(grand), alerts };
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

/**
 * "Facturer une période": the invoice lines of a period, from the séances — billable rooms, providers
 * and people at their RATE (what the client pays; the cost report prices people at their payroll
 * cost instead). One line per production × rate, quantities summed exactly, in the rate's unit:
 *
 * | unit           | billed                                                                      |
 * |----------------|-----------------------------------------------------------------------------|
 * | jour           | one day per resource and date worked, whatever the number of séances        |
 * | demi-journée   | per date worked: one half-day up to 4 h that day, two beyond (`resourceRates`) |
 * | heure          | the séances' effective hours                                                |
 * | forfait/minute | once per task, at its first séance                                          |
 * | plan           | a quantity typed on the séance                                              |
 *
 * A day worked is counted as the attendance sheet counts it (`daysWorked`, core/crew/attendance): a
 * person's séance without its times is not a day worked (warned), so that an invoice never bills a
 * person more days than the attendance sheets show. A room or a provider has no attendance sheet: its
 * séance without times is still a booked day (of unknown hours).
 *
 * Sunday, night and holiday work: a rate-card line may carry a surcharge of each kind (a percentage;
 * none by default). It is billed on its own line, right after the line it raises, which says it
 * ("… — majoration dimanche (+25 %)"), at the price × the percentage, for the quantity worked then:
 * - by the day or half-day: the day's quantity when its date is a Sunday or a public holiday (a
 *   holiday that falls on a Sunday takes the holiday surcharge, or the Sunday one if the line has no
 *   holiday surcharge: never both); night hours as a share of the billed day (8 h, or 4 h for a
 *   half-day), never more than the day's quantity;
 * - by the hour: the hours that fall on a Sunday or a holiday (a séance past midnight is split by
 *   day), and the night hours;
 * - flat fees, per minute or per shot: no surcharge.
 * A resource sold at its own rate (`Equipe[Tarif HT]`) has no surcharge: give it a rate-card code.
 */
import type { Alert } from "../alerts";
import { type DayNumber, toFrench } from "../dates/civil";
import { daysWorked } from "../crew/attendance";
import { formatNumber } from "../format/number";
import {
  fromScaledQuantity,
  type RateCard,
  SURCHARGE_LABEL,
  type SurchargeKind,
  surchargePriceCents,
  toScaledQuantity,
} from "../costs/rateCard";
import { type CostResource, dayWorkedQuantity, isOncePerTask, type Lookup, lookup, plannedQuantity, resolveRate, type ResolvedRate } from "../costs/resourceRates";
import { HOURS_PER_BILLED_DAY, HOURS_PER_BILLED_HALF_DAY } from "../../data/costs/costSettings";
import { VAT_RATES } from "../../data/invoicing/vatRates";
import type { InvoiceLineInput } from "./invoice";
import type { Place } from "../costs/quote";

/** Effective minutes of a séance on one calendar day, with that day's marks. */
export interface BillablePart {
  minutes: number;
  sunday: boolean;
  holiday: boolean;
}

export interface BillableBooking {
  day: DayNumber;
  production: string;
  task?: string;
  resource: string;
  /** Effective hours (arrival, departure, break); undefined when the times are missing. */
  hours?: number;
  /** A quantity typed for the séance, in the rate's unit: it wins over every rule. */
  quantity?: number;
  /** Hours inside the night window of the pay rules. */
  nightHours?: number;
  /** Effective minutes by calendar day (a séance past midnight has two parts). */
  parts?: readonly BillablePart[];
  /** Whether the séance's date is a Sunday, a public holiday (known even without times). */
  dateKind?: { sunday: boolean; holiday: boolean };
}

export interface BillingRequest {
  bookings: readonly BillableBooking[];
  resources: readonly CostResource[];
  rateCard: RateCard;
  period: { start: DayNumber; end: DayNumber };
  /** Only these productions (default: all). */
  productions?: readonly string[];
  programmeMinutes?: Lookup<number>;
  /** Resources not to bill (e.g. internal staff): by `Equipe[Nom]`. */
  notBillable?: readonly string[];
  /** Where the séance log is, for the alerts about a resource as a whole (the workbook layer says). */
  bookingsTable?: Place;
}

// The normal rate in force today is the default for a resource's own rate without a VAT rate.
const NORMAL_RATE = VAT_RATES.find((r) => r.category === "S" && r.validTo === null && r.label === "Taux normal")!.ratePercent;

const LINE_ORDER: readonly ("base" | SurchargeKind)[] = ["base", "sunday", "holiday", "night"];

/** The séances of one resource on one production at one rate. */
interface Group {
  production: string;
  resource: CostResource;
  rate: ResolvedRate;
  seances: BillableBooking[];
}

/** Quantities of a group, in 1/10,000 units: the base and each surcharge. */
type Quantities = Record<"base" | SurchargeKind, number>;
const none = (): Quantities => ({ base: 0, sunday: 0, holiday: 0, night: 0 });

type Warn = (key: string, code: string, message: string, production: string) => void;

export function invoiceLinesFromBookings(req: BillingRequest): { lines: InvoiceLineInput[]; alerts: Alert[] } {
  const alerts: Alert[] = [];
  const warned = new Set<string>();
  const warn: Warn = (key, code, message, production) => {
    if (warned.has(key)) return;
    warned.add(key);
    alerts.push({ code, severity: "warning", sheet: req.bookingsTable?.sheet ?? "", row: 0, id: key, cell: "", message, production });
  };
  const lines = new Map<string, { rate: ResolvedRate; production: string; q: Quantities }>();
  for (const g of groupsOf(req, warn)) {
    const q = quantitiesOf(g, req, warn);
    const key = `${g.production}|${g.rate.rateCode ? "T" + g.rate.rateCode.toUpperCase() : "R" + g.resource.id}`;
    const line = lines.get(key) ?? { rate: g.rate, production: g.production, q: none() };
    for (const k of LINE_ORDER) line.q[k] += q[k];
    lines.set(key, line);
  }
  return { lines: [...lines.values()].flatMap((l) => invoiceLines(l.production, l.rate, l.q)), alerts };
}

/** The billable séances of the period, by production × resource, in the order of their first séance. */
function groupsOf(req: BillingRequest, warn: Warn): Group[] {
  const resources = new Map(req.resources.map((r) => [r.id, r]));
  const skip = new Set(req.notBillable ?? []);
  const only = req.productions ? new Set(req.productions) : undefined;
  const groups = new Map<string, Group>();
  const inPeriod = req.bookings
    .filter((b) => b.day >= req.period.start && b.day <= req.period.end && (!only || only.has(b.production)) && !skip.has(b.resource))
    .sort((a, b) => a.day - b.day);
  for (const b of inPeriod) {
    const r = resources.get(b.resource);
    if (!r) {
      warn(b.resource, "FACTURER_RESSOURCE_INCONNUE", `Séances : « ${b.resource} » n'est pas dans la table Equipe ; ses séances ne sont pas facturées.`, b.production);
      continue;
    }
    const rate = resolveRate(r, req.rateCard);
    if (!rate) {
      warn(r.id, "FACTURER_TARIF_MANQUANT", `Séances : « ${r.id} » n'a pas de tarif ; ses séances ne sont pas facturées.`, b.production);
      continue;
    }
    const key = `${b.production}|${r.id}`;
    const g = groups.get(key) ?? { production: b.production, resource: r, rate, seances: [] };
    g.seances.push(b);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** What a group bills, by the unit of its rate. */
function quantitiesOf(g: Group, req: BillingRequest, warn: Warn): Quantities {
  const q = none();
  const typed = g.seances.filter((b) => b.quantity !== undefined);
  for (const b of typed) q.base += toScaledQuantity(b.quantity!);
  const rest = g.seances.filter((b) => b.quantity === undefined);
  const unit = g.rate.unit;
  if (unit === "jour" || unit === "demi-journée") addDays(q, g, rest, unit, warn);
  else if (unit === "heure") addHours(q, g, rest, warn);
  else if (isOncePerTask(unit)) addOncePerTask(q, g, rest, req, warn);
  else
    for (const b of rest)
      warn(`${g.resource.id}|${b.day}`, "FACTURER_QUANTITE_MANQUANTE", `« ${g.resource.id} » est facturé au plan : indiquez le nombre de plans de la séance du ${toFrench(b.day)}.`, b.production);
  return q;
}

/** By the day or the half-day: each date worked once, with its surcharges. */
function addDays(q: Quantities, g: Group, seances: readonly BillableBooking[], unit: "jour" | "demi-journée", warn: Warn): void {
  const person = g.resource.kind === "personne";
  const items = seances.map((b) => {
    if (b.hours !== undefined) return { day: b.day, minutes: Math.round(b.hours * 60) };
    if (person) {
      warn(`${g.resource.id}|${b.day}`, "FACTURER_HEURES_MANQUANTES", `Séance du ${toFrench(b.day)} de « ${g.resource.id} » : heures inconnues (arrivée et départ) ; comme sur la fiche de présence, la journée n'est pas facturée.`, b.production);
      return { day: b.day, minutes: 0 };
    }
    // A room's séance without times is a booked day all the same (minutes unknown).
    return { day: b.day, minutes: Number.POSITIVE_INFINITY };
  });
  const unitHours = unit === "jour" ? HOURS_PER_BILLED_DAY : HOURS_PER_BILLED_HALF_DAY;
  for (const d of daysWorked(items)) {
    const ofDay = d.seances.map((i) => seances[i]);
    const dayQ = dayWorkedQuantity(unit, Number.isFinite(d.minutes) ? d.minutes / 60 : undefined);
    q.base += dayQ;
    const kind = ofDay[0].dateKind;
    const dated = kind?.holiday && (g.rate.surcharges?.holiday || !kind.sunday) ? "holiday" : kind?.sunday ? "sunday" : undefined;
    if (dated && g.rate.surcharges?.[dated]) q[dated] += dayQ;
    const night = ofDay.reduce((s, b) => s + (b.nightHours ?? 0), 0);
    if (night > 0 && g.rate.surcharges?.night) q.night += Math.min(dayQ, toScaledQuantity(night / unitHours));
  }
}

/** By the hour: the séances' hours; Sunday and holiday hours by calendar day, night hours. */
function addHours(q: Quantities, g: Group, seances: readonly BillableBooking[], warn: Warn): void {
  const s = g.rate.surcharges ?? {};
  for (const b of seances) {
    if (b.hours === undefined) {
      warn(`${g.resource.id}|${b.day}`, "FACTURER_HEURES_MANQUANTES", `Séance du ${toFrench(b.day)} de « ${g.resource.id} » : heures inconnues (arrivée et départ) ; elle n'est pas facturée.`, b.production);
      continue;
    }
    q.base += toScaledQuantity(b.hours);
    for (const p of b.parts ?? []) {
      const kind = p.holiday && (s.holiday || !p.sunday) ? "holiday" : p.sunday ? "sunday" : undefined;
      if (kind && s[kind]) q[kind] += toScaledQuantity(p.minutes / 60);
    }
    if (s.night && b.nightHours) q.night += toScaledQuantity(b.nightHours);
  }
}

/** A flat fee or a per-minute rate: once per task, at its first séance. */
function addOncePerTask(q: Quantities, g: Group, seances: readonly BillableBooking[], req: BillingRequest, warn: Warn): void {
  const seen = new Set<string>();
  for (const b of seances) {
    const k = `${b.production}|${b.task ?? ""}|${g.resource.id}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const r = plannedQuantity(g.rate.unit, { days: 1, programmeMinutes: lookup(req.programmeMinutes, b.production) });
    if (!r.ok) {
      warn(k, "FACTURER_QUANTITE_MANQUANTE", `« ${g.resource.id} » est facturé à la minute : indiquez la durée du programme de ${b.production}.`, b.production);
      continue;
    }
    q.base += r.scaled;
  }
}

/** The line of a rate and, after it, one line per surcharge billed. */
function invoiceLines(production: string, rate: ResolvedRate, q: Quantities): InvoiceLineInput[] {
  const out: InvoiceLineInput[] = [];
  for (const kind of LINE_ORDER) {
    if (q[kind] === 0) continue;
    const percent = kind === "base" ? undefined : rate.surcharges![kind]!;
    const line: InvoiceLineInput = {
      production,
      label: percent === undefined ? rate.label : `${rate.label} — ${SURCHARGE_LABEL[kind as SurchargeKind]} (+${formatNumber(percent, { decimals: 2 })} %)`,
      quantity: fromScaledQuantity(q[kind]),
      unit: rate.unit,
      unitPriceCents: percent === undefined ? rate.priceCents : surchargePriceCents(rate.priceCents, percent),
      vatRate: rate.vatRate ?? NORMAL_RATE,
    };
    if (rate.rateCode) line.code = rate.rateCode;
    out.push(line);
  }
  return out;
}

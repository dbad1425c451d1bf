/**
 * Gross pay of one civil week (the employee's with the employer, workWeek.ts): base hours, overtime
 * bands, the guaranteed day of a day rate, and the night, Sunday and holiday premiums.
 *
 * Rounding follows payslips and the worked cases: the premium hourly rate is rounded to the cent
 * before it is multiplied by the hours (1 053,91 / 35 × 1,25 = 37,64 €, 4 × 37,64 = 150,56 €),
 * each line is rounded to the cent, and the gross is the sum of the lines.
 *
 * Premiums are computed on the plain hourly rate, even when they stack with overtime (CCNPA,
 * art. VI.9, VI.10, VII.2.3). A day that is both a Sunday and a holiday gets the higher of the two
 * premiums, not both (our reading: the texts read say nothing of that case).
 *
 * The hourly rate comes from the agreed pay: per hour; per day ÷ the hours a day covers (7 h by
 * default, JOUR_BASE_HEURES); per 35 h week ÷ 35; per 39 h week ÷ 40 (the 4 hours at +25 %
 * count as 5). A day rate is a guaranteed day: a shorter day is still paid in full.
 */

import type { DayNumber } from "../dates/civil";
import { Cents, roundCents } from "../money";
import type { Band } from "./overtime";
import type { SalaryUnit } from "./model";
import { allocateChronologically, Equivalence, paidHoursUnderEquivalence, roundUpHours, splitIntoBands } from "./overtime";
import type { HolidayClass } from "./sundaysHolidays";
import { formatPercent } from "../format/number";
import { isSortedBy } from "./ordered";

const dayOf = (w: WorkDay) => w.day;

/** Minutes of one work day that fall on one calendar day (a séance across midnight has two parts). */
export interface DayPart {
  minutes: number;
  sunday: boolean;
  holidayClass?: HolidayClass;
  holiday?: string;
}

export interface WorkDay {
  /** The séance date (a night séance stays on the day it started). */
  day: DayNumber;
  minutes: number;
  nightMinutes: number;
  parts: DayPart[];
}

export interface PayTerms {
  unit: SalaryUnit;
  amountCents: Cents;
  /** Hours covered by a day rate (unit "jour"). */
  dayBaseHours: number;
}

export interface PayRules {
  /** "day": contract of 4 days or less in the audiovisual agreement (VI.8.4). */
  regime: "week" | "day";
  weeklyBands: readonly Band[];
  weeklyRoundMinutes: number;
  dayBands: readonly Band[];
  equivalence?: Equivalence;
  nightPercent: number;
  sundayPercent: number;
  holidayPercent: Readonly<Record<HolidayClass, number>>;
  /**
   * Hours each day's pay guarantees (a day rate pays the whole day), by day. Default: the day base of
   * the terms on every day when the unit is "jour". Given by the employee's week, so that a day worked
   * on two contracts is topped up once.
   */
  guaranteedHoursByDay?: ReadonlyMap<DayNumber, number>;
}

export type PayComponentKind = "base" | "overtime" | "dayOverrun" | "dayGuarantee" | "night" | "sunday" | "holiday";

export interface PayComponent {
  kind: PayComponentKind;
  /** Premium in % (0 for base hours and the guaranteed day). */
  percent: number;
  hours: number;
  /** Rate per hour as paid, in cents (premium rates rounded to the cent). */
  rateCents: number;
  amountCents: Cents;
  label: string;
  /** Cents of this line per day of `PayResult.days`: the month split of a week. */
  perDayCents: Cents[];
  /** Hours of this line per day of `PayResult.days`. */
  perDayHours: number[];
}

export interface PayResult {
  days: DayNumber[];
  components: PayComponent[];
  grossCents: Cents;
  perDayCents: Cents[];
  /** Effective hours worked. */
  hours: number;
  /** Hours paid at face value (after half-hour rounding and equivalence), per day: the RGDU's SMIC base. */
  paidHours: number;
  perDayPaidHours: number[];
}

/**
 * "25 %" once per premium: every week of a year's workbook has an overtime line, twice (the pay and
 * its grid minimum), each formatting its percentage through Intl before.
 */
const percentTexts = new Map<number, string>();

function percentText(percent: number): string {
  let text = percentTexts.get(percent);
  if (text === undefined) percentTexts.set(percent, (text = formatPercent(percent)));
  return text;
}

/** "Heures supplémentaires +25 % (36e à 43e heure)", made once per band (percent, first and last hour). */
const overtimeLabels = new Map<number, Map<number, Map<number, string>>>();

function overtimeLabel(percent: number, from: number, to: number): string {
  let byFrom = overtimeLabels.get(percent);
  if (!byFrom) overtimeLabels.set(percent, (byFrom = new Map()));
  let byTo = byFrom.get(from);
  if (!byTo) byFrom.set(from, (byTo = new Map()));
  let label = byTo.get(to);
  if (label === undefined) {
    const hours = to === Infinity ? `${from}e heure et au-delà` : `${from}e à ${to}e heure`;
    byTo.set(to, (label = `Heures supplémentaires +${percentText(percent)} (${hours})`));
  }
  return label;
}

/** Cents per plain hour (not rounded: each line rounds). */
export function hourlyRateCents(terms: PayTerms): number {
  switch (terms.unit) {
    case "heure":
      return terms.amountCents;
    case "jour":
      return terms.amountCents / terms.dayBaseHours;
    case "semaine 35 h":
      return terms.amountCents / 35;
    case "semaine 39 h":
      return terms.amountCents / 40;
  }
}

/** Splits `total` cents by `weights` so that the parts add up exactly (cumulative rounding). */
export function allocateCents(total: Cents, weights: readonly number[]): Cents[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0) return [];
  if (sum <= 0) return weights.map((_, i) => (i === weights.length - 1 ? total : 0));
  const out: Cents[] = [];
  let cum = 0;
  let prev = 0;
  for (const w of weights) {
    cum += w;
    const next = roundCents((total * cum) / sum);
    out.push(next - prev);
    prev = next;
  }
  return out;
}

export function computePay(workDays: readonly WorkDay[], terms: PayTerms, rules: PayRules): PayResult {
  const days = isSortedBy(workDays, dayOf) ? workDays : [...workDays].sort((a, b) => a.day - b.day);
  const pay: PayLines = { r: hourlyRateCents(terms), days, dayHours: days.map((d) => d.minutes / 60), components: [] };
  const basePaid = rules.regime === "week" ? addWeekHours(pay, rules) : addDayHours(pay, rules);
  const perDayPaid = addDayGuarantee(pay, terms, rules, basePaid);
  addNightPremium(pay, rules);
  addSundayAndHolidayPremiums(pay, rules);
  const { components } = pay;
  return {
    days: days.map((d) => d.day),
    components,
    grossCents: components.reduce((s, c) => s + c.amountCents, 0),
    perDayCents: days.map((_, i) => components.reduce((s, c) => s + c.perDayCents[i], 0)),
    hours: pay.dayHours.reduce((a, b) => a + b, 0),
    paidHours: perDayPaid.reduce((a, b) => a + b, 0),
    perDayPaidHours: perDayPaid,
  };
}

/** The week's pay lines as they are added, and what each phase computes them from. */
interface PayLines {
  /** Cents per plain hour, not rounded. */
  r: number;
  /** Work days in date order. */
  days: readonly WorkDay[];
  /** Hours worked per day of `days`. */
  dayHours: number[];
  components: PayComponent[];
}

/** Adds a line (skipped when it has neither hours nor amount), split per day by `weights`. */
function addLine(pay: PayLines, kind: PayComponentKind, percent: number, h: number, rateCents: number, amountCents: Cents, label: string, weights: number[]): void {
  if (h <= 0 && amountCents === 0) return;
  pay.components.push({ kind, percent, hours: h, rateCents, amountCents, label, perDayCents: allocateCents(amountCents, weights), perDayHours: weights });
}

/** A line of `h` hours at `rate` (already rounded to the cent), the amount rounded once. */
function addLineAtRate(pay: PayLines, kind: PayComponentKind, percent: number, h: number, rate: number, label: string, weights: number[]): void {
  addLine(pay, kind, percent, h, rate, roundCents(rate * h), label, weights);
}

/**
 * Weekly regime: the week's hours rounded up and under equivalence, plain hours then the overtime
 * bands. Returns the paid hours per day.
 */
function addWeekHours(pay: PayLines, rules: PayRules): number[] {
  const { r, dayHours } = pay;
  const hours = dayHours.reduce((a, b) => a + b, 0);
  const rounded = roundUpHours(hours, rules.weeklyRoundMinutes);
  const paid = paidHoursUnderEquivalence(rounded, rules.equivalence);
  const scale = hours > 0 ? paid / hours : 0;
  const perDayPaid = dayHours.map((h) => h * scale);
  const split = splitIntoBands(paid, rules.weeklyBands);
  // Plain hours are the first hours of the week, overtime the last ones (chronological split).
  const plainWeights = allocateChronologically(perDayPaid, 0, split.plainHours);
  addLine(pay, "base", 0, split.plainHours, roundCents(r), roundCents(r * split.plainHours), "Heures de base", plainWeights);
  for (const b of split.bands) {
    if (b.hours <= 0) continue;
    const rate = roundCents((r * (100 + b.percent)) / 100);
    addLineAtRate(pay, "overtime", b.percent, b.hours, rate, overtimeLabel(b.percent, b.from, b.to), allocateChronologically(perDayPaid, b.from - 1, b.to));
  }
  return perDayPaid;
}

/** Daily regime (contracts of 4 days or less): each day's hours split into plain hours and overrun bands. */
function addDayHours(pay: PayLines, rules: PayRules): number[] {
  const { r, dayHours } = pay;
  const plainPerDay: number[] = [];
  const bandPerDay = new Map<number, number[]>();
  dayHours.forEach((h, i) => {
    const split = splitIntoBands(h, rules.dayBands);
    plainPerDay.push(split.plainHours);
    for (const b of split.bands) {
      const arr = bandPerDay.get(b.percent) ?? new Array<number>(dayHours.length).fill(0);
      arr[i] += b.hours;
      bandPerDay.set(b.percent, arr);
    }
  });
  const plain = plainPerDay.reduce((a, b) => a + b, 0);
  addLine(pay, "base", 0, plain, roundCents(r), roundCents(r * plain), "Heures de base", plainPerDay);
  for (const [percent, perDay] of [...bandPerDay.entries()].sort((a, b) => a[0] - b[0])) {
    const h = perDay.reduce((a, b) => a + b, 0);
    if (h <= 0) continue;
    const rate = roundCents((r * (100 + percent)) / 100);
    addLineAtRate(pay, "dayOverrun", percent, h, rate, `Dépassement journalier +${percentText(percent)} (contrat de 4 jours ou moins)`, perDay);
  }
  return dayHours.slice();
}

/**
 * A day rate pays the whole day even when fewer hours were worked (once per day, all contracts
 * together). Returns the paid hours per day with the guaranteed hours added.
 */
function addDayGuarantee(pay: PayLines, terms: PayTerms, rules: PayRules, perDayPaid: number[]): number[] {
  const { r, days, dayHours } = pay;
  const byDay = rules.guaranteedHoursByDay;
  // No day-rate contract that week (no guaranteed hours): nothing to top up.
  if (byDay && byDay.size === 0) return perDayPaid;
  const guaranteed = byDay ? days.map((d) => byDay.get(d.day) ?? 0) : terms.unit === "jour" ? days.map(() => terms.dayBaseHours) : undefined;
  if (!guaranteed) return perDayPaid;
  const short = dayHours.map((h, i) => Math.max(0, guaranteed[i] - h));
  const h = short.reduce((a, b) => a + b, 0);
  if (h <= 0) return perDayPaid;
  addLine(pay, "dayGuarantee", 0, h, roundCents(r), roundCents(r * h), "Complément de journée garantie (salaire à la journée)", short);
  return perDayPaid.map((p, i) => p + short[i]);
}

function addNightPremium(pay: PayLines, rules: PayRules): void {
  if (!(rules.nightPercent > 0)) return;
  // Summed as `night.reduce` would, the per-day array made only for a week with night hours.
  let h = 0;
  for (const d of pay.days) h += d.nightMinutes / 60;
  if (!(h > 0)) return;
  const night = pay.days.map((d) => d.nightMinutes / 60);
  const rate = roundCents((pay.r * rules.nightPercent) / 100);
  addLineAtRate(pay, "night", rules.nightPercent, h, rate, `Majoration heures de nuit +${percentText(rules.nightPercent)}`, night);
}

/** Sunday or holiday, per calendar-day part; the higher premium when both. */
function addSundayAndHolidayPremiums(pay: PayLines, rules: PayRules): void {
  const { r, days } = pay;
  if (!days.some((d) => d.parts.some((part) => part.sunday || part.holidayClass))) return;
  const sunday = new Array<number>(days.length).fill(0);
  const holiday = new Map<HolidayClass, { perDay: number[]; names: Set<string> }>();
  days.forEach((d, i) => {
    for (const part of d.parts) {
      const sp = part.sunday ? rules.sundayPercent : 0;
      const hp = part.holidayClass ? rules.holidayPercent[part.holidayClass] : 0;
      if (part.holidayClass && hp > 0 && hp >= sp) {
        const entry = holiday.get(part.holidayClass) ?? { perDay: new Array<number>(days.length).fill(0), names: new Set<string>() };
        entry.perDay[i] += part.minutes / 60;
        if (part.holiday) entry.names.add(part.holiday);
        holiday.set(part.holidayClass, entry);
      } else if (sp > 0) sunday[i] += part.minutes / 60;
    }
  });
  const sundayHours = sunday.reduce((a, b) => a + b, 0);
  if (sundayHours > 0) {
    const rate = roundCents((r * rules.sundayPercent) / 100);
    addLineAtRate(pay, "sunday", rules.sundayPercent, sundayHours, rate, `Majoration dimanche +${percentText(rules.sundayPercent)}`, sunday);
  }
  for (const [cls, entry] of holiday) {
    const p = rules.holidayPercent[cls];
    const h = entry.perDay.reduce((a, b) => a + b, 0);
    const rate = roundCents((r * p) / 100);
    addLineAtRate(pay, "holiday", p, h, rate, `Majoration jour férié +${percentText(p)} (${[...entry.names].join(", ")})`, entry.perDay);
  }
}

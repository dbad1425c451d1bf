/**
 * The social-security ceiling (plafond) of a short contract's pay period, prorated by the method the
 * user (or their payroll provider) applies. Three methods are used in practice and
 * vendors disagree; the choice moves the T1/T2 split and the employer cost by about ±0,5 %,
 * so the result always says which one was used.
 *
 * 1. "calendar": PMSS × calendar days covered by the contract in the month ÷ 30 (CSS R242-2, the
 *    general rule for an incomplete month).
 * 2. "daysWorked": daily ceiling × days worked (PSS_JOUR, 220 € in 2026: the pay-period ceiling).
 * 3. "april2025": the BOSS update of April 2025 for intermittents, PMSS ÷ 30 × the days that gave rise
 *    to pay only.
 *
 * A period covering the whole month gets the whole PMSS. The ceiling is the employee's with the
 * employer for the month (payslip.ts): simultaneous contracts on two productions share one.
 */

import { DayNumber, daysInMonth, ymdFromDay } from "../dates/civil";
import { Cents, centsFromEuros, formatEuros, roundCents } from "../money";
import { numberParameter } from "./parameters";
import { PayrollConfig } from "./payrollConfig";

export type CeilingMethod = "calendar" | "daysWorked" | "april2025";

export const CEILING_METHODS: readonly CeilingMethod[] = ["calendar", "daysWorked", "april2025"];

export const CEILING_METHOD_LABELS: Record<CeilingMethod, string> = {
  calendar: "Plafond au prorata des jours calendaires du contrat (PMSS × jours ÷ 30)",
  daysWorked: "Plafond journalier × jours travaillés",
  april2025: "Plafond au prorata des seuls jours rémunérés (BOSS, avril 2025)",
};

/** Reads "calendaire", "jours travaillés", "BOSS 2025"… as typed in an options cell. */
export function parseCeilingMethod(text: string | undefined): CeilingMethod | undefined {
  if (!text) return undefined;
  const t = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  if (t.includes("calend")) return "calendar";
  if (t.includes("avril") || t.includes("2025") || t.includes("boss") || t.includes("remunere")) return "april2025";
  if (t.includes("travaill") || t.includes("journalier")) return "daysWorked";
  return undefined;
}

/** The PMSS as text, formatted through Intl once per amount rather than once per payslip (3,000 a year). */
const eurosTexts = new Map<Cents, string>();

function eurosText(cents: Cents): string {
  let text = eurosTexts.get(cents);
  if (text === undefined) eurosTexts.set(cents, (text = formatEuros(cents)));
  return text;
}

export interface CeilingInput {
  method: CeilingMethod;
  /** Any day of the pay month (the PMSS in force that month). */
  month: DayNumber;
  /** Calendar days covered by the contract(s) of the line inside the month. */
  calendarDays: number;
  /** Days worked (days with pay) inside the month. */
  workedDays: number;
}

export interface Ceiling {
  method: CeilingMethod;
  label: string;
  cents: Cents;
  /** How it was computed, in French, e.g. "4 005,00 € × 5 / 30". */
  detail: string;
  /** Undefined when a parameter is missing (then `cents` is 0 and the caller raises an alert). */
  missing?: string;
}

export function prorateCeiling(config: PayrollConfig, input: CeilingInput): Ceiling {
  const { year, month } = ymdFromDay(input.month);
  const monthDays = daysInMonth(year, month);
  const pmss = numberParameter(config, "PMSS", input.month);
  const label = CEILING_METHOD_LABELS[input.method];
  if (input.method === "daysWorked") {
    const daily = numberParameter(config, "PSS_JOUR", input.month);
    if (daily === undefined) return { method: input.method, label, cents: 0, detail: "", missing: "PSS_JOUR" };
    const dailyCents = centsFromEuros(daily);
    let cents = dailyCents * input.workedDays;
    if (pmss !== undefined) cents = Math.min(cents, centsFromEuros(pmss));
    return { method: input.method, label, cents, detail: `${formatEuros(dailyCents)} × ${input.workedDays} jour(s)` };
  }
  if (pmss === undefined) return { method: input.method, label, cents: 0, detail: "", missing: "PMSS" };
  const pmssCents = centsFromEuros(pmss);
  const days = input.method === "calendar" ? input.calendarDays : input.workedDays;
  if (days >= monthDays || days >= 30) return { method: input.method, label, cents: pmssCents, detail: `${eurosText(pmssCents)} (mois complet)` };
  return { method: input.method, label, cents: roundCents((pmssCents * days) / 30), detail: `${eurosText(pmssCents)} × ${days} / 30` };
}

/**
 * Artists only (annexe 10), engagements of fewer than 5 consecutive days: ceiling = 12 × hourly PSS
 * per day (288 € a day in 2017, 360 € in 2026). Not used for technicians; kept so that
 * the ceiling parameters are checked against a published figure.
 */
export function artistShortEngagementCeiling(config: PayrollConfig, day: DayNumber, days: number): Cents | undefined {
  const hourly = numberParameter(config, "PSS_HEURE", day);
  return hourly === undefined ? undefined : centsFromEuros(12 * hourly * days);
}

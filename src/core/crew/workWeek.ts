/**
 * The employee's civil week with the employer: working time is counted per employee and per employer,
 * per civil week (Monday–Sunday), across every production and contract (Code du travail L3121-28 and
 * L3121-35; the facility agreement counts overtime on the civil week "quelle que soit la nature du
 * contrat", CCN 2717 art. 5.7.1; the CCNPA's annual quota is "pour un même employeur", art. VI.8.6).
 * Overtime bands, the daily overrun of short contracts, the guaranteed day of a day rate and the
 * minimum are computed on that week; the week's pay is then allocated to the productions pro rata of
 * the hours worked on each (allocation.ts). The 48 h, 12 h and rest checks already count every
 * production (checks.ts).
 *
 * - The rules (bands, rounding, night, premiums) are those of the agreement with the most hours that
 *   week; a week mixing agreements says so.
 * - The daily regime of short contracts (CCNPA contracts of 4 days or less; facility CDDU of fewer than
 *   5 days) applies when every contract of the week is that short and the employee worked at most that
 *   many days for the employer that week: otherwise the week is counted whole.
 * - Each contract keeps its own pay (function, status, salary): when the week's contracts differ, the
 *   hours are paid at their hour-weighted rate, and each contract is checked against its own grid line.
 */

import { type Alert, placedAlert } from "../alerts";
import { DayNumber, toFrench } from "../dates/civil";
import { allocateDailyCents, allocateDailyHours } from "./allocation";
import type { CrewContext, PreparedBooking } from "./bookings";
import { checkMinimum } from "./checks";
import { Band, Equivalence, parseBands, parseEquivalence } from "./overtime";
import { ParameterScope } from "./parameters";
import type { Contract } from "./contracts";
import { computePay, hourlyRateCents, PayComponentKind, PayResult, PayRules, PayTerms, WorkDay } from "./gross";
import { gridLineOn, minimumRate, MinimumRate, unitHours } from "./minimums";
import type { AgreementCode, CrewMember, PayrollProduction } from "./model";
import { HOLIDAY_PREMIUM_CODES, HolidayClass } from "./sundaysHolidays";
import { isSortedBy } from "./ordered";

export interface WeekItem {
  contract: Contract;
  booking: PreparedBooking;
}

/** One contract × production of the week, with what it receives of the week's pay. */
export interface WeekPart {
  contract: Contract;
  production: PayrollProduction;
  bookings: PreparedBooking[];
  /** Effective hours per day of `EmployeeWeek.days`. */
  perDayHours: number[];
  hours: number;
  perDayCents: number[];
  perDayMinimumCents?: number[];
  perDayPaidHours: number[];
  components: AllocatedComponent[];
}

export interface AllocatedComponent {
  kind: PayComponentKind;
  label: string;
  percent: number;
  rateCents: number;
  perDayHours: number[];
  perDayCents: number[];
}

/** The pay terms and minimum of one contract that week. */
export interface ContractRate {
  contract: Contract;
  terms?: PayTerms;
  min?: MinimumRate;
  /** A contract short enough for the agreement's daily regime (and its ÷ 4,5 day minimum in the CCNPA). */
  short: boolean;
  hours: number;
}

/**
 * The week once paid. Its pay and its grid minimum are not kept, only their shares in `parts`: nothing
 * else reads them, and on each of a year's workbook's 7,600 weeks, alive until the check ends, they
 * were 13.7 MB of the 96 MB the check holds when its crew step ends (82.3 MB without; heap sampling).
 */
export interface EmployeeWeek {
  personKey: string;
  person: CrewMember;
  week: DayNumber;
  agreement: AgreementCode;
  regime: "week" | "day";
  days: DayNumber[];
  terms: PayTerms;
  rates: ContractRate[];
  parts: WeekPart[];
  /** Alerts of the whole week (parameters, grid, salary). */
  alerts: Alert[];
  /** Minimum checks of each contract. */
  contractAlerts: Map<Contract, Alert[]>;
}

const NO_BANDS: Band[] = [];

/**
 * The week's work days, all productions together (two séances of a day make one work day). A week
 * has at most 7 days: a list searched by day number, not a map, and no spread of the parts.
 */
function workDaysOf(items: readonly WeekItem[]): WorkDay[] {
  const days: WorkDay[] = [];
  for (const { booking: b } of items) {
    const day = b.booking.day;
    let w = days.find((x) => x.day === day);
    if (!w) days.push((w = { day, minutes: 0, nightMinutes: 0, parts: [] }));
    w.minutes += b.minutes;
    w.nightMinutes += b.nightMinutes;
    for (const part of b.parts) w.parts.push(part);
  }
  return isSortedBy(days, (w) => w.day) ? days : days.sort((a, b) => a.day - b.day);
}

/** One part per contract × production (their id and code, as typed), with its hours on each day of the week. */
function partsOf(items: readonly WeekItem[], days: readonly DayNumber[]): WeekPart[] {
  const parts: WeekPart[] = [];
  for (const { contract, booking } of items) {
    const production = booking.production!;
    let p = parts.find((x) => x.contract.id === contract.id && x.production.code === production.code);
    if (!p) parts.push((p = { contract, production, bookings: [], perDayHours: days.map(() => 0), hours: 0, perDayCents: [], perDayPaidHours: [], components: [] }));
    p.bookings.push(booking);
    p.perDayHours[days.indexOf(booking.booking.day)] += booking.minutes / 60;
    p.hours += booking.minutes / 60;
  }
  return parts;
}

/** The agreement with the most hours in the week (ties: the first séance's). */
function mainAgreement(items: readonly WeekItem[]): { agreement: AgreementCode; genre?: string; mixed: AgreementCode[] } {
  // Agreements in the order of their first séance, with their minutes (almost always one).
  const agreements: AgreementCode[] = [];
  const minutes: number[] = [];
  for (const { booking: b } of items) {
    const i = agreements.indexOf(b.agreement!);
    if (i < 0) {
      agreements.push(b.agreement!);
      minutes.push(b.minutes);
    } else minutes[i] += b.minutes;
  }
  let best = 0;
  for (let i = 1; i < agreements.length; i++) if (minutes[i] > minutes[best]) best = i;
  const agreement = agreements[best];
  const genre = items.find((i) => i.booking.agreement === agreement)?.booking.production?.genre;
  return { agreement, genre, mixed: agreements.filter((a) => a !== agreement) };
}

/** Parsed band and equivalence texts: the same two or three texts, asked by every week of the year. */
const bandsOfText = new Map<string, Band[] | undefined>();
const equivalenceOfText = new Map<string, Equivalence | undefined>();

function bandsOf(text: string): Band[] | undefined {
  if (!bandsOfText.has(text)) bandsOfText.set(text, parseBands(text));
  return bandsOfText.get(text);
}

function equivalenceOf(text: string): Equivalence | undefined {
  if (!equivalenceOfText.has(text)) equivalenceOfText.set(text, parseEquivalence(text));
  return equivalenceOfText.get(text);
}

function weekRules(ctx: CrewContext, scope: ParameterScope, day0: DayNumber, regime: "week" | "day", equivalence: boolean, sixDays: boolean, missing: (code: string) => void): PayRules {
  const num = (code: string) => ctx.params.number(code, day0, scope);
  const txt = (code: string) => ctx.params.text(code, day0, scope);
  const weeklyBands = bandsOf(txt("HS_BANDES") ?? "") ?? NO_BANDS;
  if (weeklyBands.length === 0) missing("HS_BANDES");
  const eqText = equivalence ? txt(sixDays ? "EQUIVALENCE_6J" : "EQUIVALENCE_5J") : undefined;
  const holidayPercent = {} as Record<HolidayClass, number>;
  for (const [cls, code] of Object.entries(HOLIDAY_PREMIUM_CODES) as [HolidayClass, string][]) holidayPercent[cls] = num(code) ?? 0;
  return {
    regime,
    weeklyBands,
    weeklyRoundMinutes: num("HS_ARRONDI_MINUTES") ?? 0,
    dayBands: regime === "day" ? (bandsOf(txt("DEPASSEMENT_JOUR_BANDES") ?? "") ?? []) : [],
    equivalence: eqText ? equivalenceOf(eqText) : undefined,
    nightPercent: num("MAJ_NUIT") ?? 0,
    sundayPercent: num("MAJ_DIMANCHE") ?? 0,
    holidayPercent,
  };
}

/** A contract's pay terms and grid minimum for the week (`Equipe` or `Contrats` pay, else the minimum). */
function contractRate(ctx: CrewContext, contract: Contract, agreement: AgreementCode, day0: DayNumber, hours: number, alerts: Alert[]): ContractRate {
  const { person } = contract;
  const scope = { agreement, genre: contract.production.genre };
  const num = (code: string) => ctx.params.number(code, day0, scope);
  const shortDays = num("CONTRAT_COURT_JOURS");
  const divisor = num("DIVISEUR_JOUR");
  const short = shortDays !== undefined && contract.lengthDays <= shortDays;
  const gridDayHours = num("JOUR_BASE_HEURES") ?? 7;
  const dayBase = person.dayBaseHours ?? gridDayHours;
  const line = gridLineOn(ctx.config, agreement, person.role, day0);
  const unit = person.salaryUnit ?? "heure";
  const min = line ? minimumRate(line, { shortContract: short, dayDivisor: divisor, unit, gridDayHours }) : undefined;
  const production = contract.production.code;
  if (!line)
    alerts.push(placedAlert(person.place, "PAIE_GRILLE_INCONNUE", "info", `${person.name} : aucune ligne « ${person.role} » en ${agreement} au ${toFrench(day0)} dans le tableau Grilles : minimum non contrôlé.`, "role", production));
  if (person.salaryCents !== undefined && person.salaryUnit !== undefined) return { contract, terms: { unit: person.salaryUnit, amountCents: person.salaryCents, dayBaseHours: dayBase }, min, short, hours };
  alerts.push(
    placedAlert(person.place, "PAIE_SALAIRE_MANQUANT", "warning", min ? `${person.name} : salaire ou unité non renseigné, estimation au minimum conventionnel.` : `${person.name} : salaire non renseigné et aucune grille : brut non estimé.`, "salaryCents", production),
  );
  return { contract, terms: min ? { unit: "heure", amountCents: min.hourlyCents, dayBaseHours: dayBase } : undefined, min, short, hours };
}

const sameTerms = (a: PayTerms, b: PayTerms) => a.unit === b.unit && a.amountCents === b.amountCents && a.dayBaseHours === b.dayBaseHours;

/** The week's terms: the contracts' own when they agree, else their hour-weighted hourly rate. */
function weekTerms(rates: readonly ContractRate[]): PayTerms {
  const all = rates.map((r) => r.terms);
  const first = all[0];
  if (first && all.every((t) => t && sameTerms(t, first))) return first;
  const hours = rates.reduce((s, r) => s + r.hours, 0);
  const cents = rates.reduce((s, r) => s + (r.terms ? hourlyRateCents(r.terms) * r.hours : 0), 0);
  return { unit: "heure", amountCents: hours > 0 ? cents / hours : 0, dayBaseHours: Math.max(...rates.map((r) => r.terms?.dayBaseHours ?? 0)) };
}

/** Hours each day's pay guarantees: the longest day base of the day-rate contracts worked that day. */
function guaranteedHours(items: readonly WeekItem[], rates: readonly ContractRate[]): Map<DayNumber, number> {
  const out = new Map<DayNumber, number>();
  for (const { contract, booking } of items) {
    const t = rates.find((r) => r.contract === contract)?.terms;
    if (t?.unit === "jour") out.set(booking.booking.day, Math.max(out.get(booking.booking.day) ?? 0, t.dayBaseHours));
  }
  return out;
}

/**
 * The grid minimum of the same hours, per day of the week, at the contracts' hour-weighted minimum rate
 * (undefined when one has no grid line): only its days' cents are shared among the parts (see `EmployeeWeek`).
 */
function minimumPerDay(workDays: readonly WorkDay[], terms: PayTerms, rates: readonly ContractRate[], rules: PayRules): number[] | undefined {
  if (rates.some((r) => !r.min)) return undefined;
  const hours = rates.reduce((s, r) => s + r.hours, 0);
  const hourly = hours > 0 ? rates.reduce((s, r) => s + r.min!.hourlyCents * r.hours, 0) / hours : 0;
  return computePay(workDays, { unit: terms.unit, amountCents: hourly * unitHours(terms.unit, terms.dayBaseHours), dayBaseHours: terms.dayBaseHours }, rules).perDayCents;
}

/** Info when a worked Sunday or holiday is paid at a premium the data marks « à vérifier » (facility agreements). */
function unverifiedPremiums(ctx: CrewContext, workDays: readonly WorkDay[], scope: ParameterScope, person: CrewMember, production: string): Alert[] {
  const out: Alert[] = [];
  for (const w of workDays)
    for (const part of w.parts) {
      if (part.minutes <= 0 || (!part.sunday && !part.holidayClass)) continue;
      const code = part.holidayClass ? HOLIDAY_PREMIUM_CODES[part.holidayClass] : "MAJ_DIMANCHE";
      const p = ctx.params.get(code, w.day, scope);
      if (!p?.unverified) continue;
      const what = part.holiday ? `jour férié (${part.holiday})` : "dimanche";
      out.push(placedAlert(person.place, "PAIE_MAJORATION_A_VERIFIER", "info", `${person.name} travaille le ${toFrench(w.day)}, ${what} : majoration de ${p.value} % en ${scope.agreement} (paramètre ${code}, à vérifier).`, "name", production));
    }
  return out;
}

/** The week's pay of one employee across every contract and production, allocated to the parts. */
export function payEmployeeWeek(ctx: CrewContext, week: DayNumber, items: readonly WeekItem[]): EmployeeWeek {
  const workDays = workDaysOf(items);
  const days = workDays.map((w) => w.day);
  const parts = partsOf(items, days);
  const first = items[0].contract.person;
  const { agreement, genre, mixed } = mainAgreement(items);
  const scope = { agreement, genre };
  const day0 = days[0];
  const alerts: Alert[] = [];
  const production = parts[0].production.code;
  const say = (code: string, severity: Alert["severity"], message: string) => alerts.push(placedAlert(first.place, code, severity, message, "name", production));
  if (mixed.length > 0) say("PAIE_SEMAINE_CONVENTIONS", "warning", `${first.name}, semaine du ${toFrench(week)} : heures sous ${[agreement, ...mixed].join(" et ")} ; règles de ${agreement} appliquées à toute la semaine (la plus grande part des heures).`);

  const contracts = [...new Set(items.map((i) => i.contract))];
  const rates = contracts.map((c) => contractRate(ctx, c, agreement, day0, parts.filter((p) => p.contract === c).reduce((s, p) => s + p.hours, 0), alerts));
  const shortDays = ctx.params.number("CONTRAT_COURT_JOURS", day0, scope);
  const regime = shortDays !== undefined && days.length <= shortDays && rates.every((r) => r.short) ? "day" : "week";
  const equivalence = contracts.some((c) => c.production.equivalence);
  const rules = weekRules(ctx, scope, day0, regime, equivalence, days.length >= 6, (code) => say("PAIE_PARAMETRE_MANQUANT", "warning", `paramètre ${code} absent du tableau Parametres au ${toFrench(day0)} (${agreement}) : calcul incomplet.`));
  const terms = weekTerms(rates);
  rules.guaranteedHoursByDay = guaranteedHours(items, rates);
  const pay = computePay(workDays, terms, rules);
  const minimum = minimumPerDay(workDays, terms, rates, rules);
  alerts.push(...unverifiedPremiums(ctx, workDays, scope, first, production));
  allocate(pay, minimum, parts);
  const contractAlerts = checkContracts(ctx, week, day0, scope, rates, parts);
  return { personKey: items[0].contract.personKey, person: first, week, agreement, regime, days, terms, rates, parts, alerts, contractAlerts };
}

/** Shares every line of the week's pay (and of its minimum) among the parts, pro rata of their hours. */
function allocate(pay: PayResult, minimumPerDayCents: readonly number[] | undefined, parts: WeekPart[]): void {
  const hours = parts.map((p) => p.perDayHours);
  const cents = (perDay: readonly number[]) => allocateDailyCents(perDay, hours);
  const paid = allocateDailyHours(pay.perDayPaidHours, hours);
  parts.forEach((p, i) => {
    p.perDayCents = p.perDayHours.map(() => 0);
    p.perDayPaidHours = paid[i];
  });
  for (const c of pay.components) {
    const cc = cents(c.perDayCents);
    const hh = allocateDailyHours(c.perDayHours, hours);
    parts.forEach((p, i) => {
      p.components.push({ kind: c.kind, label: c.label, percent: c.percent, rateCents: c.rateCents, perDayHours: hh[i], perDayCents: cc[i] });
      cc[i].forEach((x, d) => (p.perDayCents[d] += x));
    });
  }
  if (minimumPerDayCents) {
    const mm = cents(minimumPerDayCents);
    parts.forEach((p, i) => (p.perDayMinimumCents = mm[i]));
  }
}

/** Each contract's pay against its own grid line and the SMIC, on its share of the week. */
function checkContracts(ctx: CrewContext, week: DayNumber, day0: DayNumber, scope: ParameterScope, rates: readonly ContractRate[], parts: readonly WeekPart[]): Map<Contract, Alert[]> {
  const out = new Map<Contract, Alert[]>();
  const smic = ctx.params.number("SMIC_HORAIRE", day0);
  for (const r of rates) {
    if (!r.terms) continue;
    const own = parts.filter((p) => p.contract === r.contract);
    const sum = (f: (p: WeekPart) => readonly number[] | undefined) => own.reduce((s, p) => s + (f(p) ?? []).reduce((a, b) => a + b, 0), 0);
    out.set(
      r.contract,
      checkMinimum({
        person: r.contract.person,
        production: [...new Set(own.map((p) => p.production.code))].join(", "),
        weekStart: week,
        shortContract: r.short && ctx.params.number("DIVISEUR_JOUR", day0, scope) !== undefined,
        hourlyCents: hourlyRateCents(r.terms),
        minimum: r.min,
        smicHourlyCents: smic !== undefined ? Math.round(smic * 100) : undefined,
        grossCents: sum((p) => p.perDayCents),
        minimumCents: sum((p) => p.perDayMinimumCents),
        dayDivisor: ctx.params.number("DIVISEUR_JOUR", day0, scope),
        divideBy5TolerancePercent: ctx.params.number("TOLERANCE_DIVISE_PAR_5", day0, scope) ?? 1,
      }),
    );
  }
  return out;
}

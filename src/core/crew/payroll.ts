/**
 * A month's payroll estimate: one `Paie` line per person × production, with hours, overtime, gross,
 * contributions, net, employer cost and the conventional minimum, and the alerts that explain it.
 *
 * Pipeline (each step in the file named after its rule):
 *   séances → bookings.ts (hours, night, Sunday/holiday) → checks.ts (labour law, unknowns)
 *   → contracts.ts (CDDU) → per contract and civil week: gross.ts (+ overtime.ts, minimums.ts)
 *   → per person × production × month: ceiling.ts → contributions.ts (+ rgdu.ts).
 *
 * A week that straddles two months is computed whole (overtime is weekly, §1.2) and each day keeps
 * its own share of the pay: base hours are the first hours of the week, overtime the last ones, so
 * the month split follows the days the hours were worked. Each production is its own contract and
 * payslip, so each line has its own prorated ceiling; the cost split per production is the lines
 * themselves (sPAIEctacle-style analytic split, §5).
 *
 * An estimate for budgets and for checking the provider's payslips, never a payslip (labels.ts).
 */

import type { Alert } from "../alerts";
import { DayNumber, parseMonthKey, toFrench, weekStart } from "../dates/civil";
import { Cents, eurosFromCents } from "../money";
import { parseZone } from "../calendar/zones";
import { Band, parseBands, parseEquivalence, PayrollConfig } from "./config";
import { BookingSources, crewContext, CrewContext, HolidayProvider, isPerson, prepareBookings, PreparedBooking } from "./bookings";
import { CeilingMethod, CEILING_METHOD_LABELS, prorateCeiling } from "./ceiling";
import { BookingCheckInput, checkBookings, checkMinimum, placedAlert } from "./checks";
import { ContributionResult, computeContributions } from "./contributions";
import { buildContracts, Contract, contractWeeks, daysInside } from "./contracts";
import { computePay, PayComponent, PayComponentKind, PayResult, PayRules, PayTerms, WorkDay, hourlyRateCents } from "./gross";
import { hoursFromMinutes } from "./hours";
import { PAYROLL_DISCLAIMER } from "./labels";
import { gridLineOn, minimumRate, MinimumRate, unitHours } from "./minimums";
import { AgreementCode, ContractInput, CrewMember, isCadre, isIntermittentTechnician, PayrollProduction, TaskRef, Unavailability, foldKey } from "./model";
import { isShortContract } from "./dayRate";
import { computeRgdu, RgduResult } from "./rgdu";
import { HOLIDAY_PREMIUM_CODES, HolidayClass } from "./sundaysHolidays";

export interface PayrollOptions {
  /** Ceiling proration (§2.7). Default "calendar" (CSS R242-2). */
  ceilingMethod?: CeilingMethod;
  /** Headcount band (FNAL, RGDU). Default "under50". */
  employerSize?: "under50" | "from50";
  /** +0,5 pt unemployment on CDDU of 3 months or less (§8.2). Default true. */
  shortContractSurcharge?: boolean;
  /** Deduct the RGDU (§8.5). Default true. */
  rgdu?: boolean;
  /** Employer bound to Congés Spectacles (RGDU × 100/90). Default true. */
  paidLeaveFund?: boolean;
  holidays?: HolidayProvider;
}

export interface CrewInput extends BookingSources, Pick<BookingCheckInput, "crewListed" | "productionsListed"> {
  tasks?: readonly TaskRef[];
  unavailabilities?: readonly Unavailability[];
  contracts?: readonly ContractInput[];
  config: PayrollConfig;
  options?: PayrollOptions;
}

/** `Seances` computed columns of one séance. */
export interface BookingResult {
  index: number;
  row?: number;
  hours: number;
  nightHours: number;
  dayKind: string;
  alerts: Alert[];
  /** `Seances[Alerte]`: the messages, joined. */
  alertText: string;
}

export interface ContractWeekPay {
  contract: Contract;
  week: DayNumber;
  agreement: AgreementCode;
  regime: "week" | "day";
  terms?: PayTerms;
  pay: PayResult;
  minimum?: PayResult;
  minimumRate?: MinimumRate;
  /** Effective hours per day of `pay.days`. */
  effectiveHours: number[];
  alerts: Alert[];
}

export interface CrewAnalysis {
  context: CrewContext;
  prepared: PreparedBooking[];
  bookings: BookingResult[];
  /** Séance alerts, in séance order. */
  alerts: Alert[];
  contracts: Contract[];
}

/** Hours, checks and contracts of the whole log (`cappad check`, the `Seances` columns). */
export function analyseCrew(input: CrewInput): CrewAnalysis {
  const context = crewContext(input, input.config, input.options?.holidays);
  const prepared = prepareBookings(input, context);
  const byBooking = checkBookings(prepared, context, input);
  const bookings: BookingResult[] = prepared.map((b) => {
    const alerts = byBooking.get(b.index) ?? [];
    return {
      index: b.index,
      row: b.booking.place?.row,
      hours: hoursFromMinutes(b.minutes),
      nightHours: hoursFromMinutes(b.nightMinutes),
      dayKind: b.kindLabel,
      alerts,
      alertText: alerts.map((a) => a.message).join(" | "),
    };
  });
  const payable = prepared.filter(
    (b) => isPerson(b.person) && isIntermittentTechnician(b.person.status) && b.production !== undefined && b.minutes > 0,
  );
  const shortMonths = context.params.number("CDDU_COURT_MOIS", payable[0]?.booking.day ?? 0) ?? 3;
  const contracts = buildContracts(payable, input.contracts, shortMonths);
  return { context, prepared, bookings, alerts: bookings.flatMap((b) => b.alerts), contracts };
}

/** No bands when HS_BANDES is missing: no overtime premium, and the week says the parameter is missing. */
const NO_BANDS: Band[] = [];

/** Pay of one contract over one civil week, with its minimum and the checks against the grid. */
export function payContractWeek(analysis: CrewAnalysis, contract: Contract, week: DayNumber): ContractWeekPay {
  const { context: ctx } = analysis;
  const { person, production } = contract;
  const agreement = person.agreement ?? production.agreement;
  const scope = { agreement, genre: production.genre };
  const bookings = contract.bookings.filter((b) => weekStart(b.booking.day) === week);
  const day0 = Math.min(...bookings.map((b) => b.booking.day));
  const num = (code: string) => ctx.params.number(code, day0, scope);
  const txt = (code: string) => ctx.params.text(code, day0, scope);
  const alerts: Alert[] = [];
  const missingParam = (code: string) =>
    alerts.push(placedAlert(person.place, "Equipe", "PAIE_PARAMETRE_MANQUANT", "warning", `paramètre ${code} absent du tableau Parametres au ${toFrench(day0)} (${agreement}) : calcul incomplet.`, undefined, production.code));

  // Séances of one day are one work day (two séances a day on the same contract add up).
  const byDay = new Map<DayNumber, WorkDay>();
  for (const b of bookings) {
    const w = byDay.get(b.booking.day) ?? { day: b.booking.day, minutes: 0, nightMinutes: 0, parts: [] };
    w.minutes += b.minutes;
    w.nightMinutes += b.nightMinutes;
    w.parts.push(...b.parts);
    byDay.set(b.booking.day, w);
  }
  const workDays = [...byDay.values()].sort((a, b) => a.day - b.day);

  const shortRuleDays = num("CONTRAT_COURT_JOURS");
  const divisor = num("DIVISEUR_JOUR");
  // CCNPA: a contract of 4 days or less is paid by the day (dayRate.ts, §1.2); other agreements have no such rule.
  const regime: "week" | "day" =
    shortRuleDays !== undefined && divisor !== undefined && isShortContract(contract.workedDays.length, { shortContractMaxDays: shortRuleDays, shortContractDivisor: divisor }) ? "day" : "week";
  const gridDayHours = num("JOUR_BASE_HEURES") ?? 7;
  const dayBase = person.dayBaseHours ?? gridDayHours;
  const weeklyBands = parseBands(txt("HS_BANDES") ?? "") ?? NO_BANDS;
  if (weeklyBands.length === 0) missingParam("HS_BANDES");
  const dayBands = regime === "day" ? parseBands(txt("DEPASSEMENT_JOUR_BANDES") ?? "") ?? [] : [];
  const eqText = production.equivalence ? txt(workDays.length >= 6 ? "EQUIVALENCE_6J" : "EQUIVALENCE_5J") : undefined;
  const holidayPercent = {} as Record<HolidayClass, number>;
  for (const [cls, code] of Object.entries(HOLIDAY_PREMIUM_CODES) as [HolidayClass, string][]) holidayPercent[cls] = num(code) ?? 0;
  const rules: PayRules = {
    regime,
    weeklyBands,
    weeklyRoundMinutes: num("HS_ARRONDI_MINUTES") ?? 0,
    dayBands,
    equivalence: eqText ? parseEquivalence(eqText) : undefined,
    nightPercent: num("MAJ_NUIT") ?? 0,
    sundayPercent: num("MAJ_DIMANCHE") ?? 0,
    holidayPercent,
  };

  const line = gridLineOn(ctx.config, agreement, person.role, day0);
  const unit = person.salaryUnit ?? "heure";
  const min = line ? minimumRate(line, { shortContract: regime === "day", dayDivisor: divisor, unit, gridDayHours }) : undefined;
  if (!line)
    alerts.push(
      placedAlert(person.place, "Equipe", "PAIE_GRILLE_INCONNUE", "info", `${person.name} : aucune ligne « ${person.role} » en ${agreement} au ${toFrench(day0)} dans le tableau Grilles : minimum non contrôlé.`, "Fonction", production.code),
    );

  let terms: PayTerms | undefined;
  if (person.salaryCents !== undefined && person.salaryUnit !== undefined) terms = { unit: person.salaryUnit, amountCents: person.salaryCents, dayBaseHours: dayBase };
  else if (min) {
    terms = { unit: "heure", amountCents: min.hourlyCents, dayBaseHours: dayBase };
    alerts.push(placedAlert(person.place, "Equipe", "PAIE_SALAIRE_MANQUANT", "warning", `${person.name} : salaire ou unité non renseigné, estimation au minimum conventionnel.`, "Salaire", production.code));
  } else
    alerts.push(placedAlert(person.place, "Equipe", "PAIE_SALAIRE_MANQUANT", "warning", `${person.name} : salaire non renseigné et aucune grille : brut non estimé.`, "Salaire", production.code));

  const zeroTerms: PayTerms = { unit: "heure", amountCents: 0, dayBaseHours: dayBase };
  const pay = computePay(workDays, terms ?? zeroTerms, rules);
  const minimum = min ? computePay(workDays, { unit: terms?.unit ?? "heure", amountCents: min.hourlyCents * unitHours(terms?.unit ?? "heure", dayBase), dayBaseHours: dayBase }, rules) : undefined;

  if (person.salaryCents !== undefined && person.salaryUnit !== undefined && terms) {
    const smicCode = parseZone(production.zone) === "976" ? "SMIC_HORAIRE_MAYOTTE" : "SMIC_HORAIRE";
    const smic = num(smicCode) ?? num("SMIC_HORAIRE");
    alerts.push(
      ...checkMinimum({
        person,
        production: production.code,
        weekStart: week,
        shortContract: regime === "day",
        hourlyCents: hourlyRateCents(terms),
        minimum: min,
        smicHourlyCents: smic !== undefined ? Math.round(smic * 100) : undefined,
        grossCents: pay.grossCents,
        minimumCents: minimum?.grossCents ?? 0,
        dayDivisor: divisor,
        divideBy5TolerancePercent: num("TOLERANCE_DIVISE_PAR_5") ?? 1,
      }),
    );
  }
  return { contract, week, agreement, regime, terms, pay, minimum, minimumRate: min, effectiveHours: workDays.map((w) => w.minutes / 60), alerts };
}

// --- Month lines -------------------------------------------------------------------------------

export interface PayLineComponent {
  kind: PayComponentKind;
  label: string;
  percent: number;
  hours: number;
  rateCents: number;
  amountCents: Cents;
}

export interface PayrollLine {
  /** `AAAA-MM`. */
  period: string;
  production: string;
  name: string;
  role: string;
  status: CrewMember["status"];
  agreement: AgreementCode;
  person: CrewMember;
  productionInfo: PayrollProduction;
  days: number;
  hours: number;
  overtime25: number;
  overtime50: number;
  /** Hours in other overtime bands (cinema +75 %…). */
  overtimeOther: { percent: number; hours: number }[];
  nightHours: number;
  sundayHours: number;
  holidayHours: number;
  /** `Paie[Heures majorées]`: night, Sunday and holiday hours, and overtime beyond the 25/50 % bands. */
  majoredHours: number;
  grossCents: Cents;
  employeeContributionsCents: Cents;
  netCents: Cents;
  /** Employer contributions including Congés Spectacles, after the RGDU (as §6 TC7 counts them). */
  employerContributionsCents: Cents;
  congesSpectaclesCents: Cents;
  employerCostCents: Cents;
  /** Gross at the grid minimum for the same hours; undefined when no grid line. */
  minimumCents?: Cents;
  minimumBasis?: string;
  components: PayLineComponent[];
  contributions: ContributionResult;
  contracts: { start: DayNumber; end: DayNumber; inferred: boolean; shortCddu: boolean; regime: "week" | "day" }[];
  weeks: ContractWeekPay[];
  /** Worked days of the month with their hours (pay items, attendance). */
  workedDays: { day: DayNumber; hours: number; grossCents: Cents }[];
  alerts: Alert[];
  alertText: string;
}

export interface ProductionCost {
  production: string;
  people: number;
  hours: number;
  grossCents: Cents;
  employerContributionsCents: Cents;
  employerCostCents: Cents;
}

export interface PayrollResult {
  period: string;
  ceilingMethod: CeilingMethod;
  ceilingMethodLabel: string;
  lines: PayrollLine[];
  costByProduction: ProductionCost[];
  /** Séances of the month (computed columns and alerts). */
  bookings: BookingResult[];
  /** Séance alerts of the month and line alerts. */
  alerts: Alert[];
  disclaimer: string;
}

/** The `Paie` table for `month` (`AAAA-MM`); pass `analysis` to reuse one `analyseCrew` run. */
export function computePayroll(input: CrewInput, month: string, analysis: CrewAnalysis = analyseCrew(input)): PayrollResult {
  const range = parseMonthKey(month);
  if (!range) throw new RangeError(`Mois invalide : « ${month} » (attendu AAAA-MM)`);
  const { first, last } = range;
  const options = input.options ?? {};
  const method = options.ceilingMethod ?? "calendar";
  const employerSize = options.employerSize ?? "under50";
  const ctx = analysis.context;

  // Contracts with a séance in a week that touches the month.
  const weeksByLine = new Map<string, ContractWeekPay[]>();
  const contractsByLine = new Map<string, Contract[]>();
  for (const c of analysis.contracts) {
    const weeks = contractWeeks(c).filter((w) => w <= last && w + 6 >= first);
    if (weeks.length === 0) continue;
    const key = c.personKey + "|" + foldKey(c.production.code);
    for (const w of weeks) {
      const wp = payContractWeek(analysis, c, w);
      if (!wp.pay.days.some((d) => d >= first && d <= last)) continue;
      weeksByLine.set(key, [...(weeksByLine.get(key) ?? []), wp]);
      const cs = contractsByLine.get(key) ?? [];
      if (!cs.includes(c)) cs.push(c);
      contractsByLine.set(key, cs);
    }
  }

  const lines: PayrollLine[] = [];
  for (const [key, weeks] of weeksByLine) {
    lines.push(monthLine(ctx, month, first, last, weeks, contractsByLine.get(key)!, method, employerSize, options));
  }
  lines.sort((a, b) => a.production.localeCompare(b.production) || a.name.localeCompare(b.name));

  const bookings = analysis.bookings.filter((b) => {
    const d = analysis.prepared[b.index].booking.day;
    return d >= first && d <= last;
  });
  return {
    period: month,
    ceilingMethod: method,
    ceilingMethodLabel: CEILING_METHOD_LABELS[method],
    lines,
    costByProduction: costByProduction(lines),
    bookings,
    alerts: [...bookings.flatMap((b) => b.alerts), ...lines.flatMap((l) => l.alerts)],
    disclaimer: PAYROLL_DISCLAIMER,
  };
}

function monthLine(
  ctx: CrewContext,
  period: string,
  first: DayNumber,
  last: DayNumber,
  weeks: ContractWeekPay[],
  contracts: Contract[],
  method: CeilingMethod,
  employerSize: "under50" | "from50",
  options: PayrollOptions,
): PayrollLine {
  const { person, production } = contracts[0];
  const agreement = weeks[0].agreement;
  const inMonth = (d: DayNumber) => d >= first && d <= last;
  const perDay = new Map<DayNumber, { cents: Cents; hours: number; paid: number }>();
  const components = new Map<string, PayLineComponent>();
  const overtime = new Map<number, number>();
  let night = 0;
  let sunday = 0;
  let holiday = 0;
  let minimumCents: Cents | undefined = 0;
  let minimumBasis: string | undefined;
  const alerts: Alert[] = [];
  const seen = new Set<string>();

  for (const w of weeks) {
    w.pay.days.forEach((d, i) => {
      if (!inMonth(d)) return;
      const e = perDay.get(d) ?? { cents: 0, hours: 0, paid: 0 };
      e.cents += w.pay.perDayCents[i];
      e.hours += w.effectiveHours[i];
      e.paid += w.pay.perDayPaidHours[i];
      perDay.set(d, e);
    });
    for (const c of w.pay.components) addComponent(components, c, w.pay.days, inMonth);
    for (const c of w.pay.components) {
      const h = sumIn(c.perDayHours, w.pay.days, inMonth);
      if (c.kind === "overtime" || c.kind === "dayOverrun") overtime.set(c.percent, (overtime.get(c.percent) ?? 0) + h);
      else if (c.kind === "night") night += h;
      else if (c.kind === "sunday") sunday += h;
      else if (c.kind === "holiday") holiday += h;
    }
    if (w.minimum && minimumCents !== undefined) minimumCents += sumIn(w.minimum.perDayCents, w.pay.days, inMonth);
    else minimumCents = undefined;
    if (w.minimumRate) minimumBasis = w.minimumRate.basis;
    for (const a of w.alerts) {
      // Grid, salary and parameter notices once per line; pay errors once per week.
      const k = a.severity === "error" ? a.code + a.message : a.code;
      if (!seen.has(k)) {
        seen.add(k);
        alerts.push(a);
      }
    }
  }

  const days = [...perDay.keys()].sort((a, b) => a - b);
  const workedDays = days.filter((d) => perDay.get(d)!.hours > 0);
  const calendarDays = new Set<DayNumber>();
  for (const c of contracts) for (const d of daysInside(c.start, c.end, first, last)) calendarDays.add(d);
  const ceiling = prorateCeiling(ctx.config, { method, month: first, calendarDays: calendarDays.size, workedDays: workedDays.length });
  if (ceiling.missing)
    alerts.push(placedAlert(person.place, "Equipe", "PAIE_PARAMETRE_MANQUANT", "warning", `paramètre ${ceiling.missing} absent pour ${period} : cotisations plafonnées non calculées.`, undefined, production.code));

  const grossDays = days.map((d) => ({ day: d, cents: perDay.get(d)!.cents }));
  const gross = grossDays.reduce((s, d) => s + d.cents, 0);
  let rgdu: RgduResult | undefined;
  if (options.rgdu !== false && gross > 0) {
    const zone = parseZone(production.zone);
    let smicBase = 0;
    for (const d of days) {
      const smic = (zone === "976" ? ctx.params.number("SMIC_HORAIRE_MAYOTTE", d) : undefined) ?? ctx.params.number("SMIC_HORAIRE", d) ?? 0;
      smicBase += perDay.get(d)!.paid * smic * 100;
    }
    rgdu = computeRgdu(ctx.config, { grossCents: gross, smicBaseCents: smicBase, day: first, employerSize, paidLeaveFund: options.paidLeaveFund });
    if (rgdu.missing && rgdu.missing.length > 0)
      alerts.push(placedAlert(person.place, "Equipe", "PAIE_PARAMETRE_MANQUANT", "info", `réduction générale non calculée pour ${period} (paramètres ${rgdu.missing.join(", ")} absents ; la réduction 2025 n'est pas modélisée) : coût employeur majoré.`, undefined, production.code));
  }
  const contributions = computeContributions(
    ctx.config,
    grossDays,
    ceiling,
    {
      cadre: isCadre(person.status),
      employerSize,
      shortContract: contracts.every((c) => c.shortCddu && !c.surchargeExempt),
      surcharge: options.shortContractSurcharge !== false,
    },
    rgdu,
  );
  for (const m of contributions.missing)
    alerts.push(placedAlert(person.place, "Equipe", "PAIE_TAUX_MANQUANT", "warning", `aucun taux ${m.code} en vigueur le ${toFrench(m.days[0])} dans le tableau Taux : cotisation omise.`, undefined, production.code));

  const ot25 = overtime.get(25) ?? 0;
  const ot50 = overtime.get(50) ?? 0;
  const other = [...overtime.entries()].filter(([p]) => p !== 25 && p !== 50).map(([percent, hours]) => ({ percent, hours: round2(hours) }));
  const hours = days.reduce((s, d) => s + perDay.get(d)!.hours, 0);
  return {
    period,
    production: production.code,
    name: person.name,
    role: person.role,
    status: person.status,
    agreement,
    person,
    productionInfo: production,
    days: workedDays.length,
    hours: round2(hours),
    overtime25: round2(ot25),
    overtime50: round2(ot50),
    overtimeOther: other,
    nightHours: round2(night),
    sundayHours: round2(sunday),
    holidayHours: round2(holiday),
    majoredHours: round2(night + sunday + holiday + other.reduce((s, o) => s + o.hours, 0)),
    grossCents: contributions.grossCents,
    employeeContributionsCents: contributions.employeeCents,
    netCents: contributions.netCents,
    employerContributionsCents: contributions.employerCents,
    congesSpectaclesCents: contributions.congesSpectaclesCents,
    employerCostCents: contributions.employerCostCents,
    minimumCents,
    minimumBasis,
    components: [...components.values()].filter((c) => c.amountCents !== 0 || c.hours !== 0),
    contributions,
    contracts: contracts.map((c) => ({
      start: c.start,
      end: c.end,
      inferred: c.inferred,
      shortCddu: c.shortCddu,
      regime: weeks.find((w) => w.contract === c)?.regime ?? "week",
    })),
    weeks,
    workedDays: workedDays.map((d) => ({ day: d, hours: round2(perDay.get(d)!.hours), grossCents: perDay.get(d)!.cents })),
    alerts,
    alertText: alerts
      .filter((a) => a.severity !== "info")
      .map((a) => `${a.code} : ${a.message}`)
      .join(" | "),
  };
}

function sumIn(values: readonly number[], days: readonly DayNumber[], inMonth: (d: DayNumber) => boolean): number {
  let s = 0;
  days.forEach((d, i) => {
    if (inMonth(d)) s += values[i];
  });
  return s;
}

function addComponent(map: Map<string, PayLineComponent>, c: PayComponent, days: readonly DayNumber[], inMonth: (d: DayNumber) => boolean): void {
  const cents = sumIn(c.perDayCents, days, inMonth);
  const hours = sumIn(c.perDayHours, days, inMonth);
  if (cents === 0 && hours === 0) return;
  const key = `${c.kind}|${c.label}|${c.rateCents}`;
  const e = map.get(key) ?? { kind: c.kind, label: c.label, percent: c.percent, hours: 0, rateCents: c.rateCents, amountCents: 0 };
  e.hours = round2(e.hours + hours);
  e.amountCents += cents;
  map.set(key, e);
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function costByProduction(lines: readonly PayrollLine[]): ProductionCost[] {
  const map = new Map<string, ProductionCost & { names: Set<string> }>();
  for (const l of lines) {
    const e = map.get(l.production) ?? { production: l.production, people: 0, hours: 0, grossCents: 0, employerContributionsCents: 0, employerCostCents: 0, names: new Set<string>() };
    e.names.add(foldKey(l.name));
    e.people = e.names.size;
    e.hours = round2(e.hours + l.hours);
    e.grossCents += l.grossCents;
    e.employerContributionsCents += l.employerContributionsCents;
    e.employerCostCents += l.employerCostCents;
    map.set(l.production, e);
  }
  return [...map.values()].map(({ names: _names, ...rest }) => rest).sort((a, b) => a.production.localeCompare(b.production));
}

// --- Outputs -----------------------------------------------------------------------------------

/** The `Paie` table's columns, in order. */
export const PAIE_COLUMNS = [
  "Période",
  "Production",
  "Nom",
  "Fonction",
  "Jours",
  "Heures",
  "HS 25 %",
  "HS 50 %",
  "Heures majorées",
  "Brut",
  "Cotisations salariales",
  "Net estimé",
  "Cotisations patronales",
  "Congés Spectacles",
  "Coût employeur",
  "Minimum conventionnel",
  "Alerte",
] as const;

export type PaieRow = Record<(typeof PAIE_COLUMNS)[number], string | number | null>;

/** One `Paie` row: amounts in euros (2 decimals), hours in decimal hours. */
export function payrollLineToRow(l: PayrollLine): PaieRow {
  return {
    Période: l.period,
    Production: l.production,
    Nom: l.name,
    Fonction: l.role,
    Jours: l.days,
    Heures: l.hours,
    "HS 25 %": l.overtime25,
    "HS 50 %": l.overtime50,
    "Heures majorées": l.majoredHours,
    Brut: eurosFromCents(l.grossCents),
    "Cotisations salariales": eurosFromCents(l.employeeContributionsCents),
    "Net estimé": eurosFromCents(l.netCents),
    "Cotisations patronales": eurosFromCents(l.employerContributionsCents),
    "Congés Spectacles": eurosFromCents(l.congesSpectaclesCents),
    "Coût employeur": eurosFromCents(l.employerCostCents),
    "Minimum conventionnel": l.minimumCents === undefined ? null : eurosFromCents(l.minimumCents),
    Alerte: l.alertText,
  };
}

/** `cappad check --json`: `"payroll":[…]` (issue 5), euros with 2 decimals. */
export function payrollLineToJson(l: PayrollLine) {
  return {
    period: l.period,
    production: l.production,
    name: l.name,
    days: l.days,
    hours: l.hours,
    overtime25: l.overtime25,
    overtime50: l.overtime50,
    gross: eurosFromCents(l.grossCents),
    employeeContributions: eurosFromCents(l.employeeContributionsCents),
    employerContributions: eurosFromCents(l.employerContributionsCents),
    net: eurosFromCents(l.netCents),
    employerCost: eurosFromCents(l.employerCostCents),
  };
}

/** `cappad check --json`: `"bookings":[…]` (issue 5). */
export function bookingResultToJson(b: BookingResult) {
  return { row: b.row ?? b.index + 2, hours: b.hours, nightHours: b.nightHours, alerts: b.alerts.map((a) => a.code) };
}

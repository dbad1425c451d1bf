/**
 * A month's payroll estimate: one `Paie` line per person × production, with hours, overtime, gross,
 * contributions, net, employer cost and the conventional minimum, and the alerts that explain it.
 *
 * Pipeline (each step in the file named after its rule):
 *   séances → bookings.ts (hours, night, Sunday/holiday, agreement of employer.ts) → checks.ts (labour
 *   law across productions) → contracts.ts (listed CDDU, or inferred) → per employee and civil week,
 *   all productions together: workWeek.ts (overtime, daily overrun, guaranteed day, minimum) and
 *   allocation.ts (pro rata of the hours of each production) → paidHolidays.ts (holidays inside a
 *   contract) → per person × production and month: monthLines.ts → per employee and month:
 *   payslip.ts (ceiling, contributions, RGDU, shared among the person's lines).
 *
 * An estimate for budgets and for checking the provider's payslips, never a payslip (labels.ts).
 */

import { type Alert, placedAlert } from "../alerts";
import { DayNumber, parseMonthKey, toFrench, toMonthKey } from "../dates/civil";
import type { Cents } from "../money";
import type { PayrollConfig } from "./payrollConfig";
import { MOBILITY_PREFIX } from "./parameters";
import { BookingSources, crewContext, CrewContext, HolidayProvider, isPerson, prepareBookings, PreparedBooking } from "./bookings";
import { CeilingMethod, CEILING_METHOD_LABELS } from "./ceiling";
import { BookingCheckInput, bookingAlert, checkBookings } from "./checks";
import type { ContributionResult } from "./contributions";
import { buildContracts, Contract } from "./contracts";
import { agreementNotices, Employer } from "./employer";
import { hoursFromMinutes } from "./hours";
import { PAYROLL_DISCLAIMER } from "./labels";
import type { MinimumRate } from "./minimums";
import { AgreementCode, ContractInput, CrewMember, foldKey, isCadre, isIntermittentTechnician, PayrollProduction, TaskRef, Unavailability } from "./model";
import { LineDraft, monthDrafts, PayLineComponent } from "./monthLines";
import { employeeMonth, PayslipSettings } from "./payslip";
import type { PayTerms } from "./gross";
import { payrollYear, PayrollYear } from "./payrollYear";
import { sortNumbers } from "./ordered";
import type { EmployeeWeek } from "./workWeek";

export type { PayLineComponent } from "./monthLines";

export interface PayrollOptions {
  /** Ceiling proration. Default "calendar" (CSS R242-2). */
  ceilingMethod?: CeilingMethod;
  /** Headcount band (FNAL, RGDU). Default "under50". */
  employerSize?: "under50" | "from50";
  /** The employer's headcount (`EFFECTIF`): forfait social and versement mobilité from 11. */
  headcount?: number;
  /** +0,5 pt unemployment on CDDU of 3 months or less. Default true. */
  shortContractSurcharge?: boolean;
  /** Deduct the RGDU. Default true. */
  rgdu?: boolean;
  /** Employer bound to Congés Spectacles (RGDU × 100/90). Default true. */
  paidLeaveFund?: boolean;
  holidays?: HolidayProvider;
}

export interface CrewInput extends BookingSources, Pick<BookingCheckInput, "crewListed" | "productionsListed"> {
  tasks?: readonly TaskRef[];
  unavailabilities?: readonly Unavailability[];
  /** `Contrats`; empty or undefined = contracts inferred from the séances. */
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

export interface CrewAnalysis {
  context: CrewContext;
  prepared: PreparedBooking[];
  bookings: BookingResult[];
  /** Séance alerts (in séance order), then the contracts' and the agreements' notices. */
  alerts: Alert[];
  contracts: Contract[];
  /** The workbook lists contracts (else they are all inferred from the séances). */
  contractsListed: boolean;
}

/** Séances the payroll pays: intermittent technicians, on a known production, with hours. */
function isPayable(b: PreparedBooking): boolean {
  return isPerson(b.person) && isIntermittentTechnician(b.person.status) && b.production !== undefined && b.minutes > 0;
}

/** Hours, checks and contracts of the whole log (`cappad check`, the `Seances` columns). */
export function analyseCrew(input: CrewInput): CrewAnalysis {
  const context = crewContext(input, input.config, input.options?.holidays);
  const prepared = prepareBookings(input, context);
  const byBooking = checkBookings(prepared, context, input);
  const payable = prepared.filter(isPayable);
  const shortMonths = context.params.number("CDDU_COURT_MOIS", payable[0]?.booking.day ?? 0) ?? 3;
  const set = buildContracts(payable, input.contracts, shortMonths, context);
  for (const b of set.outside)
    byBooking.set(b.index, [
      ...(byBooking.get(b.index) ?? []),
      bookingAlert(b, "PAIE_HORS_CONTRAT", "warning", `${b.booking.resource} le ${toFrench(b.booking.day)} sur ${b.booking.production} : séance hors de tout contrat de la table Contrats, payée comme un contrat de la semaine déduit des séances. Ajoutez ou prolongez son contrat.`, "day"),
    ]);
  const bookings: BookingResult[] = prepared.map((b) => {
    const alerts = byBooking.get(b.index) ?? [];
    return { index: b.index, row: b.booking.place?.row, hours: hoursFromMinutes(b.minutes), nightHours: hoursFromMinutes(b.nightMinutes), dayKind: b.kindLabel, alerts, alertText: alerts.map((a) => a.message).join(" | ") };
  });
  const lastDay = payable.reduce((m, b) => Math.max(m, b.booking.day), -Infinity);
  const notices = Number.isFinite(lastDay) ? agreementNotices(input.employer, input.crew, input.productions, lastDay, context.params) : [];
  return { context, prepared, bookings, alerts: [...bookings.flatMap((b) => b.alerts), ...set.alerts, ...notices], contracts: set.contracts, contractsListed: set.listed };
}

// --- Month lines -------------------------------------------------------------------------------

export interface PayrollLine {
  /** `AAAA-MM`. */
  period: string;
  production: string;
  name: string;
  /** The function of the contract (the grid's job title), else the person's. */
  role: string;
  status: CrewMember["status"];
  agreement: AgreementCode;
  person: CrewMember;
  productionInfo: PayrollProduction;
  days: number;
  hours: number;
  overtime25: number;
  overtime50: number;
  /** Hours in other overtime bands (cinema +75 %, facility daily overrun +10 %…). */
  overtimeOther: { percent: number; hours: number }[];
  nightHours: number;
  sundayHours: number;
  holidayHours: number;
  /** Unworked public holidays paid inside a contract (not in `hours`, not overtime). */
  paidHolidayHours: number;
  /** `Paie[Heures majorées]`: night, Sunday and holiday hours, and overtime beyond the 25/50 % bands. */
  majoredHours: number;
  grossCents: Cents;
  employeeContributionsCents: Cents;
  netCents: Cents;
  /** Employer contributions including Congés Spectacles, after the RGDU. */
  employerContributionsCents: Cents;
  congesSpectaclesCents: Cents;
  employerCostCents: Cents;
  /** Gross at the grid minimum for the same hours; undefined when no grid line. */
  minimumCents?: Cents;
  minimumBasis?: string;
  components: PayLineComponent[];
  /** This line's share of the employee's month of contributions (payslip.ts). */
  contributions: ContributionResult;
  /** The whole payslip of the employee's month, all productions together. */
  payslip: ContributionResult;
  contracts: { start: DayNumber; end: DayNumber; inferred: boolean; shortCddu: boolean; regime: "week" | "day"; productions: string[] }[];
  /** The employee weeks the line takes a share of. */
  weeks: EmployeeWeek[];
  /** The séances of the line (its production, its weeks). */
  bookings: PreparedBooking[];
  /** The contract's pay terms and grid minimum (pay items). */
  terms?: PayTerms;
  minimumRate?: MinimumRate;
  /** Worked days of the month with their hours (pay items, attendance, the cost report). */
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
  /** Séance alerts of the month, line alerts and the employer's. */
  alerts: Alert[];
  /** Alerts about the employer rather than a line (versement mobilité rate unknown). */
  employerAlerts: Alert[];
  disclaimer: string;
}

/** The month-independent parts of each analysis, computed at its first month (payrollYear.ts). */
const years = new WeakMap<CrewAnalysis, PayrollYear>();

function yearOf(analysis: CrewAnalysis): PayrollYear {
  let year = years.get(analysis);
  if (!year) years.set(analysis, (year = payrollYear(analysis.context, analysis.contracts, analysis.prepared)));
  return year;
}

/** The versement mobilité rate of the employer's commune, or the alert that it is unknown (0 % used). */
function mobility(ctx: CrewContext, employer: Employer | undefined, headcount: number | undefined, day: DayNumber): { percent?: number; alert?: Alert } {
  if (!employer) return {};
  const threshold = ctx.params.number("SEUIL_VERSEMENT_MOBILITE", day) ?? 11;
  if (headcount === undefined || headcount < threshold) return {};
  const cp = employer.postalCode?.replace(/\s/g, "");
  const percent = cp ? ctx.params.number(MOBILITY_PREFIX + cp, day) : undefined;
  if (percent !== undefined) return { percent };
  const why = cp ? `aucun taux VERSEMENT_MOBILITE_${cp} dans le tableau Parametres pour la commune de l'employeur (${cp}${employer.city ? ` ${employer.city}` : ""})` : "code postal de l'employeur absent de la table Societe";
  return { alert: placedAlert(employer.postalCodePlace, "PAIE_VERSEMENT_MOBILITE_INCONNU", "warning", `${why} : versement mobilité compté à 0 % (effectif ${headcount}, dû à partir de ${threshold} salariés). Ajoutez le taux de la commune (moteur de recherche de l'Urssaf).`, "value") };
}

/** The `Paie` table for `month` (`AAAA-MM`); pass `analysis` to reuse one `analyseCrew` run. */
export function computePayroll(input: CrewInput, month: string, analysis: CrewAnalysis = analyseCrew(input)): PayrollResult {
  const range = parseMonthKey(month);
  if (!range) throw new RangeError(`Mois invalide : « ${month} » (attendu AAAA-MM)`);
  const { first, last } = range;
  const options = input.options ?? {};
  const method = options.ceilingMethod ?? "calendar";
  const ctx = analysis.context;
  const year = yearOf(analysis);
  const drafts = monthDrafts(year.weeksBetween(first, last), year.holidays, ctx.productionByCode, first, last);
  const vm = mobility(ctx, input.employer, options.headcount, first);
  const settings: PayslipSettings = {
    method,
    employerSize: options.employerSize ?? "under50",
    headcount: options.headcount,
    shortContractSurcharge: options.shortContractSurcharge !== false,
    rgdu: options.rgdu !== false,
    paidLeaveFund: options.paidLeaveFund,
    mobilityPercent: vm.percent,
  };
  const lines = payslipLines(ctx, drafts, month, first, last, settings);
  const employerAlerts = vm.alert && lines.length > 0 ? [vm.alert] : [];
  lines.sort((a, b) => a.production.localeCompare(b.production) || a.name.localeCompare(b.name));
  const bookings = year.bookingsOf(toMonthKey(first)).map((i) => analysis.bookings[i]);
  return {
    period: month,
    ceilingMethod: method,
    ceilingMethodLabel: CEILING_METHOD_LABELS[method],
    lines,
    costByProduction: costByProduction(lines),
    bookings,
    alerts: [...bookings.flatMap((b) => b.alerts), ...lines.flatMap((l) => l.alerts), ...employerAlerts],
    employerAlerts,
    disclaimer: PAYROLL_DISCLAIMER,
  };
}

/** The drafts grouped per employee payslip (person × cadre status), their contributions shared, as `Paie` lines. */
function payslipLines(ctx: CrewContext, drafts: readonly LineDraft[], period: string, first: DayNumber, last: DayNumber, settings: PayslipSettings): PayrollLine[] {
  const payslips = new Map<string, LineDraft[]>();
  for (const d of drafts) {
    const key = `${d.personKey}|${isCadre(d.person.status)}`;
    const group = payslips.get(key);
    if (group) group.push(d);
    else payslips.set(key, [d]);
  }
  const lines: PayrollLine[] = [];
  for (const group of payslips.values()) {
    const month = employeeMonth(ctx, group, period, first, last, settings);
    group.forEach((d, i) => lines.push(finishLine(d, period, month.shares[i], month.contributions, month.alerts)));
  }
  return lines;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function finishLine(d: LineDraft, period: string, share: ContributionResult, payslip: ContributionResult, payslipAlerts: readonly Alert[]): PayrollLine {
  const alerts = [...d.alerts, ...payslipAlerts];
  const days = sortNumbers([...d.perDay.keys()]);
  const worked = days.filter((day) => d.perDay.get(day)!.hours > 0);
  const other = [...d.overtime.entries()].filter(([p]) => p !== 25 && p !== 50).map(([percent, hours]) => ({ percent, hours: round2(hours) }));
  const minimumCents = d.minimumKnown && d.weeks.length > 0 ? [...d.perDay.values()].reduce((s, e) => s + e.minimum, 0) : undefined;
  const weekOf = (c: Contract) => d.weeks.find((w) => w.parts.some((p) => p.contract === c));
  return {
    period,
    production: d.production.code,
    name: d.person.name,
    role: d.person.role,
    status: d.person.status,
    agreement: d.agreement,
    person: d.person,
    productionInfo: d.production,
    days: worked.length,
    hours: round2(days.reduce((s, day) => s + d.perDay.get(day)!.hours, 0)),
    overtime25: round2(d.overtime.get(25) ?? 0),
    overtime50: round2(d.overtime.get(50) ?? 0),
    overtimeOther: other,
    nightHours: round2(d.night),
    sundayHours: round2(d.sunday),
    holidayHours: round2(d.holiday),
    paidHolidayHours: round2(d.holidays.reduce((s, h) => s + h.hours, 0)),
    majoredHours: round2(d.night + d.sunday + d.holiday + other.reduce((s, o) => s + o.hours, 0)),
    grossCents: share.grossCents,
    employeeContributionsCents: share.employeeCents,
    netCents: share.netCents,
    employerContributionsCents: share.employerCents,
    congesSpectaclesCents: share.congesSpectaclesCents,
    employerCostCents: share.employerCostCents,
    minimumCents,
    minimumBasis: d.minimumBasis,
    components: [...d.components.values()].filter((c) => c.amountCents !== 0 || c.hours !== 0),
    contributions: share,
    payslip,
    contracts: [...d.contracts].map((c) => ({ start: c.start, end: c.end, inferred: c.inferred, shortCddu: c.shortCddu, regime: weekOf(c)?.regime ?? "week", productions: c.productions.map((p) => p.code) })),
    weeks: d.weeks,
    bookings: d.bookings,
    terms: d.terms,
    minimumRate: d.minimumRate,
    workedDays: worked.map((day) => ({ day, hours: round2(d.perDay.get(day)!.hours), grossCents: d.perDay.get(day)!.cents })),
    alerts,
    alertText: alerts
      .filter((a) => a.severity !== "info")
      .map((a) => `${a.code} : ${a.message}`)
      .join(" | "),
  };
}

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

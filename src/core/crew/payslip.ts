/**
 * Contributions of an employee's month with the employer, then their allocation to the person's pay
 * lines (one per production).
 *
 * The social-security ceiling, the RGDU and the rates apply to the employee's pay from the employer,
 * not per production: two simultaneous contracts with one employer do not get two ceilings (the
 * ceiling is prorated over the calendar days the employee's contracts cover in the month, once each),
 * and the RGDU compares the employee's whole pay with the SMIC of all the hours paid. The result is
 * shared among the person's lines pro rata of their gross, line by line of contribution, so that the
 * production costs add up to the payslip to the cent (the analytic split of a payslip across
 * productions that payroll software does).
 */

import { type Alert, placedAlert } from "../alerts";
import { DayNumber, toFrench } from "../dates/civil";
import { parseZone } from "../calendar/zones";
import type { Cents } from "../money";
import type { CrewContext } from "./bookings";
import { CeilingMethod, prorateCeiling } from "./ceiling";
import { computeContributions, ContributionLine, ContributionResult, CONGES_SPECTACLES_CODE } from "./contributions";
import { allocateCents } from "./gross";
import { isCadre } from "./model";
import type { LineDraft } from "./monthLines";
import { sortNumbers } from "./ordered";
import { computeRgdu, rgduSmicHourly, RgduResult } from "./rgdu";

export interface PayslipSettings {
  method: CeilingMethod;
  employerSize: "under50" | "from50";
  headcount?: number;
  shortContractSurcharge: boolean;
  rgdu: boolean;
  paidLeaveFund?: boolean;
  /** Versement mobilité rate of the employer's commune (%), when owed. */
  mobilityPercent?: number;
}

export interface EmployeeMonth {
  contributions: ContributionResult;
  /** The share of each draft, in the drafts' order. */
  shares: ContributionResult[];
  alerts: Alert[];
}

export function draftGross(d: LineDraft): Cents {
  let s = 0;
  for (const e of d.perDay.values()) s += e.cents;
  return s + d.holidays.reduce((a, h) => a + h.cents, 0);
}

function grossDays(drafts: readonly LineDraft[]): { day: DayNumber; cents: Cents }[] {
  const byDay = new Map<DayNumber, Cents>();
  for (const d of drafts) {
    for (const [day, e] of d.perDay) byDay.set(day, (byDay.get(day) ?? 0) + e.cents);
    for (const h of d.holidays) byDay.set(h.day, (byDay.get(h.day) ?? 0) + h.cents);
  }
  const days = [...byDay.keys()];
  return sortNumbers(days).map((day) => ({ day, cents: byDay.get(day)! }));
}

/** SMIC × hours paid (worked at face value and paid holidays), in cents: the RGDU's SMICref. */
function smicBase(ctx: CrewContext, drafts: readonly LineDraft[]): number {
  let base = 0;
  for (const d of drafts) {
    const mayotte = parseZone(d.production.zone) === "976";
    for (const [day, e] of d.perDay) base += e.paid * (rgduSmicHourly(ctx.config, day, mayotte) ?? 0) * 100;
    for (const h of d.holidays) base += h.hours * (rgduSmicHourly(ctx.config, h.day, mayotte) ?? 0) * 100;
  }
  return base;
}

/** The Congés Spectacles base cap: the agreement's number of conventional minima of the same hours (none when a minimum is unknown). */
function congesSpectaclesCap(ctx: CrewContext, drafts: readonly LineDraft[], first: DayNumber): Cents | undefined {
  let cap = 0;
  for (const d of drafts) {
    const factor = ctx.params.number("CS_PLAFOND_MINIMUMS", first, { agreement: d.agreement });
    if (factor === undefined || !d.minimumKnown) return undefined;
    let minimum = 0;
    for (const e of d.perDay.values()) minimum += e.minimum;
    cap += factor * (minimum + d.holidays.reduce((a, h) => a + h.cents, 0));
  }
  return cap;
}

export function employeeMonth(ctx: CrewContext, drafts: readonly LineDraft[], period: string, first: DayNumber, last: DayNumber, settings: PayslipSettings): EmployeeMonth {
  const { person, production } = drafts[0];
  const alerts: Alert[] = [];
  const say = (code: string, severity: Alert["severity"], message: string) => alerts.push(placedAlert(person.place, code, severity, message, "name", production.code));
  const calendar = new Set<DayNumber>();
  const worked = new Set<DayNumber>();
  for (const d of drafts) {
    for (const c of d.contracts) for (let day = Math.max(c.start, first); day <= Math.min(c.end, last); day++) calendar.add(day);
    for (const [day, e] of d.perDay) if (e.hours > 0) worked.add(day);
  }
  const ceiling = prorateCeiling(ctx.config, { method: settings.method, month: first, calendarDays: calendar.size, workedDays: worked.size });
  if (ceiling.missing) say("PAIE_PARAMETRE_MANQUANT", "warning", `paramètre ${ceiling.missing} absent pour ${period} : cotisations plafonnées non calculées.`);
  const days = grossDays(drafts);
  const gross = days.reduce((s, d) => s + d.cents, 0);
  let rgdu: RgduResult | undefined;
  if (settings.rgdu && gross > 0) {
    rgdu = computeRgdu(ctx.config, { grossCents: gross, smicBaseCents: smicBase(ctx, drafts), day: first, employerSize: settings.employerSize, paidLeaveFund: settings.paidLeaveFund });
    if (rgdu.missing && rgdu.missing.length > 0) say("PAIE_PARAMETRE_MANQUANT", "info", `réduction générale non calculée pour ${period} (paramètres ${rgdu.missing.join(", ")} absents ; la réduction 2025 n'est pas modélisée) : coût employeur majoré.`);
  }
  const contracts = drafts.flatMap((d) => [...d.contracts]);
  const contributions = computeContributions(
    ctx.config,
    days,
    ceiling,
    {
      cadre: isCadre(person.status),
      employerSize: settings.employerSize,
      shortContract: contracts.every((c) => c.shortCddu && !c.surchargeExempt),
      surcharge: settings.shortContractSurcharge,
      headcount: settings.headcount,
      mobilityPercent: settings.mobilityPercent,
      congesSpectaclesCapCents: congesSpectaclesCap(ctx, drafts, first),
    },
    rgdu,
  );
  for (const m of contributions.missing) say("PAIE_TAUX_MANQUANT", "warning", `aucun taux ${m.code} en vigueur le ${toFrench(m.days[0])} dans le tableau Taux : cotisation omise.`);
  return { contributions, shares: shareContributions(contributions, drafts.map(draftGross)), alerts };
}

/** The payslip's contributions shared among the lines pro rata of their gross, each line of contribution on its own. */
export function shareContributions(r: ContributionResult, grossWeights: readonly Cents[]): ContributionResult[] {
  if (grossWeights.length === 1 && isWholeShare(r, grossWeights[0])) return [wholeShare(r, grossWeights[0])];
  const weights = grossWeights.some((w) => w > 0) ? grossWeights : grossWeights.map(() => 1);
  const split = (cents: Cents) => allocateCents(cents, weights);
  const perLine = r.lines.map((l) => ({ l, base: split(l.baseCents), ee: split(l.employeeCents), er: split(l.employerCents) }));
  const rgdu = split(r.rgdu?.amountCents ?? 0);
  return grossWeights.map((gross, i) => {
    const lines: ContributionLine[] = perLine.map(({ l, base, ee, er }) => ({ ...l, baseCents: base[i], employeeCents: ee[i], employerCents: er[i] }));
    const employee = lines.reduce((s, l) => s + l.employeeCents, 0);
    const employer = lines.reduce((s, l) => s + l.employerCents, 0) - rgdu[i];
    return {
      grossCents: gross,
      ceiling: r.ceiling,
      lines,
      employeeCents: employee,
      employerCents: employer,
      congesSpectaclesCents: lines.filter((l) => l.code === CONGES_SPECTACLES_CODE).reduce((s, l) => s + l.employerCents, 0),
      rgdu: r.rgdu ? { ...r.rgdu, amountCents: rgdu[i] } : undefined,
      netCents: gross - employee,
      employerCostCents: gross + employer,
      missing: r.missing,
    };
  });
}

/**
 * A payslip of one line (all 3,000 payslips of a year's workbook) gives that line every cent:
 * `allocateCents(c, [w])` is round(c × w ÷ w) = c for an integer c whenever c × w is exact. The line
 * then takes the payslip's own contribution lines rather than a copy of each (77,000 copies, 35 ms
 * and their garbage per check of that workbook).
 */
function isWholeShare(r: ContributionResult, weight: Cents): boolean {
  const w = weight > 0 ? weight : 1;
  const exact = (c: Cents) => Number.isSafeInteger(c) && !Object.is(c, -0) && Number.isSafeInteger(c * w);
  return exact(r.rgdu?.amountCents ?? 0) && r.lines.every((l) => exact(l.baseCents) && exact(l.employeeCents) && exact(l.employerCents));
}

/** The general sharing's result for one line: the same figures, the payslip's lines themselves. */
function wholeShare(r: ContributionResult, gross: Cents): ContributionResult {
  return {
    grossCents: gross,
    ceiling: r.ceiling,
    lines: r.lines,
    employeeCents: r.employeeCents,
    employerCents: r.employerCents,
    congesSpectaclesCents: r.congesSpectaclesCents,
    rgdu: r.rgdu,
    netCents: gross - r.employeeCents,
    employerCostCents: gross + r.employerCents,
    missing: r.missing,
  };
}

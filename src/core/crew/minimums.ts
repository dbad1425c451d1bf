/**
 * The conventional minimum that applies to a function on a day: the `Grilles` line used (named in
 * every alert, with its date and source) and the minimum hourly rate it implies for the contract.
 *
 * - The line is the most recent one of the agreement and function whose effective date is on or
 *   before the day (grids move on 1 July in the audiovisual agreement); functions are compared
 *   without case or accents, feminine titles matching the grid's masculine ones (jobTitles.ts).
 * - Audiovisual agreement (IDCC 2642), contract of 4 days or less: day minimum = weekly minimum ÷ 4,5
 *   ("précarité" rule of short contracts); the grid's own `Minimum jour` is used when present (it is the
 *   published figure: never rebuild a published amount from a rounded one).
 * - Otherwise the weekly minimum: 35 h week ÷ 35, or 39 h week ÷ 40 (the 4 hours at +25 % count as 5),
 *   or the hourly/day rate of grids written that way (technical facilities).
 * - The minimum is compared in the unit the person is paid in when the grid has that unit (a day rate
 *   against the published day minimum: 224,05 € ≠ 8 × 28,01 €).
 */

import { DayNumber, toFrench } from "../dates/civil";
import { Cents, roundCents } from "../money";
import type { PayrollConfig, WageGrid } from "./payrollConfig";
import { jobKey } from "./jobTitles";
import { AgreementCode, SalaryUnit } from "./model";
import { formatNumber } from "../format/number";

export function gridLineOn(
  config: PayrollConfig,
  agreement: AgreementCode,
  role: string,
  day: DayNumber,
): WageGrid | undefined {
  let best: WageGrid | undefined;
  for (const g of linesOf(config, agreement, role)) {
    if (g.effective > day) continue;
    if (!best || g.effective > best.effective || (g.effective === best.effective && g.index > best.index)) best = g;
  }
  return best;
}

/**
 * The grid lines of an agreement and function, in table order, per grid table (never modified once
 * read): every employee week asks for its contracts' lines (a year's workbook: 13,000 weeks), each a
 * scan of the whole table and a `jobKey` of the function before (30 ms per crew step of that workbook).
 */
const gridIndex = new WeakMap<readonly WageGrid[], Map<string, Map<string, WageGrid[]>>>();

function linesOf(config: PayrollConfig, agreement: AgreementCode, role: string): readonly WageGrid[] {
  let byRole = gridIndex.get(config.grids);
  if (!byRole) gridIndex.set(config.grids, (byRole = new Map()));
  let byAgreement = byRole.get(role);
  if (!byAgreement) byRole.set(role, (byAgreement = new Map()));
  let lines = byAgreement.get(agreement);
  if (!lines) {
    const key = jobKey(role);
    byAgreement.set(agreement, (lines = config.grids.filter((g) => g.agreement === agreement && g.roleKey === key)));
  }
  return lines;
}

/**
 * « grille IDCC 2642 « Chef monteur » (IIIA), Grilles, ligne 12, effet 01/07/2024, à vérifier »: how
 * messages name a grid line (where it is typed, or its line among the grids Cap PAD ships).
 */
export function gridLineLabel(g: WageGrid): string {
  const level = g.level ? ` (${g.level})` : "";
  const where = g.place ? `${g.place.sheet}, ligne ${g.place.row}` : `ligne ${g.index + 1} des grilles livrées`;
  return `grille ${g.agreement} « ${g.role} »${level}, ${where}, effet ${toFrench(g.effective)}${g.unverified ? ", à vérifier" : ""}`;
}

/** Day minimum of a contract of 4 days or less in the audiovisual agreement: weekly ÷ 4,5. */
export function shortContractDayMinimum(weeklyCents: Cents, divisor: number): Cents {
  return roundCents(weeklyCents / divisor);
}

/** Hours one unit of pay stands for (a 39 h week counts 40 hours: 35 + 4 × 1,25). */
export function unitHours(unit: SalaryUnit, dayBaseHours: number): number {
  switch (unit) {
    case "heure":
      return 1;
    case "jour":
      return dayBaseHours;
    case "semaine 35 h":
      return 35;
    case "semaine 39 h":
      return 40;
  }
}

export interface MinimumRate {
  line: WageGrid;
  /** Cents per plain hour (not rounded: the pay computation rounds where payslips do). */
  hourlyCents: number;
  /** The grid amount compared, in its own unit, and which column it comes from (for messages). */
  amountCents: Cents;
  basis: string;
}

export interface MinimumContext {
  /** Contract of 4 days or less under a "÷ 4,5" agreement. */
  shortContract: boolean;
  /** DIVISEUR_JOUR (4,5) when the agreement has the short-contract rule. */
  dayDivisor?: number;
  unit: SalaryUnit;
  /**
   * Hours the grid's `Minimum jour` stands for (JOUR_BASE_HEURES of the agreement: 7 h in the CCNPA,
   * 8 h at the technical providers), not the person's own day length.
   */
  gridDayHours: number;
}

export function minimumRate(line: WageGrid, ctx: MinimumContext): MinimumRate | undefined {
  const base = ctx.gridDayHours;
  if (ctx.shortContract && ctx.dayDivisor) {
    if (line.daily !== undefined) return { line, hourlyCents: line.daily / base, amountCents: line.daily, basis: "minimum jour (contrat de 4 jours ou moins)" };
    if (line.weekly35 !== undefined) {
      const day = shortContractDayMinimum(line.weekly35, ctx.dayDivisor);
      return { line, hourlyCents: day / base, amountCents: day, basis: `minimum semaine 35 h ÷ ${formatNumber(ctx.dayDivisor)} (contrat de 4 jours ou moins)` };
    }
    if (line.weekly39 !== undefined) {
      const day = shortContractDayMinimum(line.weekly39, ctx.dayDivisor);
      // 39 h week ÷ 4,5 is the 8 h day of the grid ("Day 8 h" column).
      return { line, hourlyCents: day / 8, amountCents: day, basis: `minimum semaine 39 h ÷ ${formatNumber(ctx.dayDivisor)} (journée de 8 h)` };
    }
  }
  if (ctx.unit === "jour" && line.daily !== undefined && !ctx.dayDivisor)
    return { line, hourlyCents: line.daily / base, amountCents: line.daily, basis: "minimum jour" };
  if (ctx.unit === "heure" && line.hourly !== undefined) return { line, hourlyCents: line.hourly, amountCents: line.hourly, basis: "minimum heure" };
  if (line.weekly35 !== undefined) return { line, hourlyCents: line.weekly35 / 35, amountCents: line.weekly35, basis: "minimum semaine 35 h" };
  if (line.weekly39 !== undefined) return { line, hourlyCents: line.weekly39 / 40, amountCents: line.weekly39, basis: "minimum semaine 39 h (÷ 40)" };
  if (line.hourly !== undefined) return { line, hourlyCents: line.hourly, amountCents: line.hourly, basis: "minimum heure" };
  if (line.daily !== undefined) return { line, hourlyCents: line.daily / base, amountCents: line.daily, basis: "minimum jour" };
  return undefined;
}


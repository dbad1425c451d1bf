/**
 * Employer cost of a gross amount for an intermittent technician, with the dated rates in force on a
 * day: what the custom function PAD.COUT.EMPLOYEUR wraps, for budget lines ("coût chargé").
 *
 * Without days or hours the amount is taken as a full month (whole PMSS ceiling, no RGDU); with
 * worked days the ceiling is prorated by the chosen method and, with hours, the RGDU is
 * deducted. The contract is taken as a short CDDU (the usual case in post-production, so the
 * 9,50 % unemployment rate applies) unless told otherwise.
 */

import type { DayNumber } from "../dates/civil";
import { Cents } from "../money";
import { CeilingMethod, prorateCeiling } from "./ceiling";
import type { PayrollConfig } from "./payrollConfig";
import { computeContributions, ContributionLine, ContributionResult } from "./contributions";
import { CrewStatus, isCadre, isIntermittentTechnician } from "./model";
import { computeRgdu, rgduSmicHourly } from "./rgdu";
import { EMPLOYER_COST_NOTE } from "./labels";

export interface EmployerCostOptions {
  /** Days worked in the month: prorates the ceiling. */
  workedDays?: number;
  /** Calendar days of the contract in the month (method "calendar"); default = workedDays. */
  calendarDays?: number;
  /** Hours paid: enables the RGDU. */
  hours?: number;
  ceilingMethod?: CeilingMethod;
  employerSize?: "under50" | "from50";
  shortContract?: boolean;
  surcharge?: boolean;
  rgdu?: boolean;
}

export interface EmployerCostEstimate {
  grossCents: Cents;
  employerContributionsCents: Cents;
  employerCostCents: Cents;
  employeeContributionsCents: Cents;
  netCents: Cents;
  /** Employer contributions ÷ gross, e.g. 0.608 (the "≈ 65 %" rule of thumb of budgets). */
  ratio: number;
  congesSpectaclesCents: Cents;
  lines: ContributionLine[];
  detail: ContributionResult;
  note: string;
}

export function estimateEmployerCost(
  grossCents: Cents,
  status: CrewStatus,
  day: DayNumber,
  config: PayrollConfig,
  options: EmployerCostOptions = {},
): EmployerCostEstimate | { error: string } {
  if (!isIntermittentTechnician(status))
    return { error: `Statut « ${status} » : le coût employeur n'est estimé que pour les intermittents techniciens (cadres ou non).` };
  if (!Number.isFinite(grossCents) || grossCents < 0) return { error: "Le brut doit être un montant positif." };
  const worked = options.workedDays;
  const ceiling = prorateCeiling(config, {
    method: worked === undefined ? "calendar" : options.ceilingMethod ?? "calendar",
    month: day,
    calendarDays: worked === undefined ? 30 : options.calendarDays ?? worked,
    workedDays: worked ?? 30,
  });
  if (ceiling.missing) return { error: `Paramètre ${ceiling.missing} absent au tableau Parametres pour cette date.` };
  const employerSize = options.employerSize ?? "under50";
  let rgdu;
  if (options.hours !== undefined && options.rgdu !== false) {
    const smic = rgduSmicHourly(config, day);
    if (smic !== undefined) rgdu = computeRgdu(config, { grossCents, smicBaseCents: options.hours * smic * 100, day, employerSize });
  }
  const detail = computeContributions(
    config,
    [{ day, cents: grossCents }],
    ceiling,
    { cadre: isCadre(status), employerSize, shortContract: options.shortContract ?? true, surcharge: options.surcharge ?? true },
    rgdu,
  );
  return {
    grossCents,
    employerContributionsCents: detail.employerCents,
    employerCostCents: detail.employerCostCents,
    employeeContributionsCents: detail.employeeCents,
    netCents: detail.netCents,
    ratio: grossCents > 0 ? Math.round((detail.employerCents / grossCents) * 10000) / 10000 : 0,
    congesSpectaclesCents: detail.congesSpectaclesCents,
    lines: detail.lines,
    detail,
    note: EMPLOYER_COST_NOTE,
  };
}


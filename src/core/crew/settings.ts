/**
 * The employer's payroll settings, kept as dated parameter rows like every other parameter:
 * how the social-security ceiling of a short contract is prorated (vendors disagree, so the
 * coordinator picks the method of their payroll provider and every result says which one was used)
 * and the headcount band (FNAL, RGDU).
 */

import type { DayNumber } from "../dates/civil";
import { CEILING_METHOD_LABELS, CeilingMethod, parseCeilingMethod } from "./ceiling";
import { numberParameter, parameterOn } from "./parameters";
import { PayrollConfig, PayrollParameter } from "./payrollConfig";
import type { PayrollOptions } from "./payroll";

export interface SettingProblem {
  parameter: PayrollParameter;
  message: string;
}

export interface PayrollSettings {
  options: Pick<PayrollOptions, "ceilingMethod" | "employerSize" | "headcount">;
  /** Rows whose value could not be read: the default was used. */
  problems: SettingProblem[];
}

export function payrollSettings(config: PayrollConfig, day: DayNumber): PayrollSettings {
  const problems: SettingProblem[] = [];
  let ceilingMethod: CeilingMethod | undefined;
  const method = parameterOn(config, "PLAFOND_METHODE", day);
  if (method) {
    ceilingMethod = parseCeilingMethod(String(method.value));
    if (!ceilingMethod)
      problems.push({
        parameter: method,
        message: `« ${method.value} » : méthode de plafond inconnue, écrire « jours calendaires », « jours travaillés » ou « BOSS avril 2025 ». Méthode retenue : ${CEILING_METHOD_LABELS.calendar.toLowerCase()}.`,
      });
  }
  const headcount = parameterOn(config, "EFFECTIF", day);
  // The threshold is a dated parameter too (SEUIL_EFFECTIF); 50 when a workbook's parameters predate it.
  const threshold = numberParameter(config, "SEUIL_EFFECTIF", day) ?? 50;
  const employerSize = typeof headcount?.value === "number" && headcount.value >= threshold ? "from50" : "under50";
  return { options: { ceilingMethod, employerSize, headcount: typeof headcount?.value === "number" ? headcount.value : undefined }, problems };
}

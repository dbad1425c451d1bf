/**
 * Réduction générale dégressive unique (RGDU), the employer reduction that replaced the reduced
 * health and family rates on 1 January 2026 (Code de la sécurité sociale art. D241-7; BOSS,
 * allègements généraux, https://boss.gouv.fr/portail/accueil/exonerations/allegements-generaux.html;
 * modele-social rule `salarié . cotisations . exonérations . RGDU`):
 *
 *   C = min(Tmin + Tdelta × [½ × (3 × SMICref ÷ gross − 1)]^1,75) × 100/90, Tmin + Tdelta), 4 decimals
 *   reduction = C × gross; nil from 3 SMICref.
 *
 * - SMICref = hourly SMIC × hours paid, overtime at face value. The hourly SMIC is the one in force on
 *   1 January for the whole year: the BOSS said in June 2026 that the SMIC of 1 January 2026 (12,02 €)
 *   is kept for the RGDU's eligibility and coefficient all year, despite the 1 June revaluation
 *   (parameter RGDU_SMIC_HORAIRE, dated; `rgduSmicHourly` falls back to the day's SMIC without it).
 * - × 100/90 because every employer of intermittents pays leave through Congés Spectacles, a
 *   paid-leave fund (BOSS). modele-social leaves that flag off by default; we set it.
 * - Intermittent technicians are eligible. The reduction is annual by nature and regularised over
 *   repeated contracts; we compute it per employee and month, an estimate [à vérifier].
 * - Before 2026 the engine has no parameters (the 2025 "réduction Fillon" is not modelled): no
 *   reduction, and the line says so.
 */

import type { DayNumber } from "../dates/civil";
import { Cents, roundCents } from "../money";
import { numberParameter } from "./parameters";
import { PayrollConfig } from "./payrollConfig";
import { formatNumber } from "../format/number";

/** The hourly SMIC of the RGDU on a day: RGDU_SMIC_HORAIRE (the 1 January value) or else the day's SMIC. */
export function rgduSmicHourly(config: PayrollConfig, day: DayNumber, mayotte = false): number | undefined {
  const p = (code: string) => numberParameter(config, code, day);
  return (mayotte ? p("RGDU_SMIC_HORAIRE_MAYOTTE") ?? p("SMIC_HORAIRE_MAYOTTE") : undefined) ?? p("RGDU_SMIC_HORAIRE") ?? p("SMIC_HORAIRE");
}

export interface RgduInput {
  grossCents: Cents;
  /** SMIC × hours paid, in cents (not rounded). */
  smicBaseCents: number;
  /** A day of the pay period, for the parameters in force. */
  day: DayNumber;
  employerSize: "under50" | "from50";
  /** Employer bound to a paid-leave fund (Congés Spectacles): coefficient × 100/90. Default true. */
  paidLeaveFund?: boolean;
}

export interface RgduResult {
  coefficient: number;
  amountCents: Cents;
  detail: string;
  /** Parameter codes missing on that day (no reduction computed). */
  missing?: string[];
}

export function computeRgdu(config: PayrollConfig, input: RgduInput): RgduResult {
  const p = (code: string) => numberParameter(config, code, input.day);
  const tmin = p("RGDU_TMIN");
  const tdelta = p(input.employerSize === "under50" ? "RGDU_TDELTA_MOINS_50" : "RGDU_TDELTA_50_ET_PLUS");
  const power = p("RGDU_PUISSANCE");
  const threshold = p("RGDU_SEUIL_SMIC");
  const fundFactor = input.paidLeaveFund === false ? 1 : p("RGDU_MAJORATION_CAISSE_CONGES") ?? 1;
  const missing = [
    ["RGDU_TMIN", tmin],
    [input.employerSize === "under50" ? "RGDU_TDELTA_MOINS_50" : "RGDU_TDELTA_50_ET_PLUS", tdelta],
    ["RGDU_PUISSANCE", power],
    ["RGDU_SEUIL_SMIC", threshold],
  ]
    .filter(([, v]) => v === undefined)
    .map(([k]) => k as string);
  if (missing.length > 0 || tmin === undefined || tdelta === undefined || power === undefined || threshold === undefined)
    return { coefficient: 0, amountCents: 0, detail: "Réduction générale non calculée (paramètres absents pour cette date).", missing };
  if (input.grossCents <= 0 || input.smicBaseCents <= 0 || input.grossCents >= threshold * input.smicBaseCents)
    return { coefficient: 0, amountCents: 0, detail: `Brut ≥ ${threshold} SMIC : pas de réduction.` };
  const x = 0.5 * ((3 * input.smicBaseCents) / input.grossCents - 1);
  const raw = (tmin + tdelta * Math.pow(x, power)) * fundFactor;
  const coefficient = Math.round(Math.min(raw, tmin + tdelta) * 10000 + 1e-9) / 10000;
  return {
    coefficient,
    amountCents: roundCents(input.grossCents * coefficient),
    detail: `Coefficient ${coefficientText(coefficient)}${fundFactor !== 1 ? " (× 100/90, caisse de congés)" : ""}`,
  };
}

/** "0,3194": formatted through Intl once per coefficient (4 decimals: few values), not per payslip. */
const coefficientTexts = new Map<number, string>();

function coefficientText(coefficient: number): string {
  let text = coefficientTexts.get(coefficient);
  if (text === undefined) {
    if (coefficientTexts.size >= 10_000) coefficientTexts.clear();
    coefficientTexts.set(coefficient, (text = formatNumber(coefficient, { decimals: 4, fixed: true })));
  }
  return text;
}

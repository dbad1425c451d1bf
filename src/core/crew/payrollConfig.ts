/**
 * The payroll reference data as the engine uses it, typed: wage grids (the `GridRow`s), contribution
 * rates (`RateRow`s) and dated parameters (`ParameterRow`s). Nothing of this is a constant in code: rates and
 * grids change on 1 January, 1 April, 1 May, 1 July…, so they are data with an effective date, read from
 * the rows by `payrollConfigFromRows` (configRows.ts).
 */

import type { RowPlace } from "../alerts";
import type { DayNumber } from "../dates/civil";
import type { Cents } from "../money";
import type { AgreementCode } from "./model";

export interface WageGrid {
  /** 0-based index of the grid row. */
  index: number;
  /** Where the line is typed, when the workbook layer read it from a sheet (messages point there). */
  place?: RowPlace<"role">;
  agreement: AgreementCode;
  role: string;
  roleKey: string;
  level?: string;
  weekly35?: Cents;
  weekly39?: Cents;
  daily?: Cents;
  hourly?: Cents;
  effective: DayNumber;
  source: string;
  /** The source says "à vérifier": messages and pay items repeat it. */
  unverified: boolean;
}

/**
 * Contribution bases (`RateRow.base`): the social-security ceiling P is the
 * prorated one of the pay period (see ceiling.ts).
 */
export type ContributionBase =
  | "gross" // brut
  | "tranche1" // min(brut, P)
  | "tranche2" // between P and 8 P
  | "tranches12" // min(brut, 8 P)
  | "tranches12AbovePss" // min(brut, 8 P), only when brut > P (CET)
  | "capped4Pss" // min(brut, 4 P): unemployment, AGS, APEC
  | "csg" // 98,25 % of brut up to 4 P, 100 % above, + employer prévoyance/santé
  | "employerWelfare"; // the employer's prévoyance and health contributions (forfait social)

export const BASE_LABELS: Record<ContributionBase, string> = {
  gross: "brut",
  tranche1: "tranche 1",
  tranche2: "tranche 2",
  tranches12: "tranches 1 et 2",
  tranches12AbovePss: "tranches 1 et 2 si brut > plafond",
  capped4Pss: "brut plafonné à 4 PSS",
  csg: "assiette CSG",
  employerWelfare: "prévoyance patronale",
};

/**
 * Conditions of a rate row (`RateRow.condition`). "effectif < 50"/"effectif ≥ 50" follow the SEUIL_EFFECTIF parameter;
 * any other "effectif ≥ N" (forfait social and versement mobilité from 11 employees) compares the
 * EFFECTIF parameter with N itself.
 */
export type RateCondition = "cadre" | "nonCadre" | "under50" | "from50" | "shortCddu" | "longCddu" | `headcountAtLeast:${number}` | `headcountUnder:${number}`;

export const CONDITION_LABELS: Record<"cadre" | "nonCadre" | "under50" | "from50" | "shortCddu" | "longCddu", string> = {
  cadre: "cadre",
  nonCadre: "non-cadre",
  under50: "effectif < 50",
  from50: "effectif ≥ 50",
  shortCddu: "CDDU ≤ 3 mois",
  longCddu: "CDDU > 3 mois",
};

export interface ContributionRate {
  index: number;
  code: string;
  label: string;
  base: ContributionBase;
  employeePercent: number;
  employerPercent: number;
  from: DayNumber;
  /** Inclusive; undefined = still in force. */
  to?: DayNumber;
  source: string;
  unverified: boolean;
  conditions: RateCondition[];
}

export interface PayrollParameter {
  index: number;
  code: string;
  label: string;
  agreement?: AgreementCode;
  /** Folded genre names; undefined = every genre. */
  genres?: string[];
  value: number | string;
  unit: string;
  from: DayNumber;
  to?: DayNumber;
  source: string;
  unverified: boolean;
}

export interface PayrollConfig {
  grids: WageGrid[];
  rates: ContributionRate[];
  parameters: PayrollParameter[];
}

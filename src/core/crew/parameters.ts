/**
 * The dated payroll parameters (ceilings, SMIC, premiums, maximum hours…): how each code is typed,
 * and which row is in force on a day for an agreement and a genre.
 */

import type { DayNumber } from "../dates/civil";
import { AgreementCode, foldKey } from "./model";
import type { PayrollConfig, PayrollParameter } from "./payrollConfig";

/** How each known parameter is typed, so that a wrong cell is caught when the table is read. */
export const PARAMETER_KINDS: Record<string, "number" | "text"> = {
  PMSS: "number",
  PSS_JOUR: "number",
  PSS_HEURE: "number",
  SMIC_HORAIRE: "number",
  SMIC_HORAIRE_MAYOTTE: "number",
  SMIC_MENSUEL: "number",
  DUREE_LEGALE_SEMAINE: "number",
  HS_BANDES: "text",
  HS_ARRONDI_MINUTES: "number",
  DEPASSEMENT_JOUR_BANDES: "text",
  CONTRAT_COURT_JOURS: "number",
  DIVISEUR_JOUR: "number",
  JOUR_BASE_HEURES: "number",
  NUIT_PLAGE: "text",
  MAJ_NUIT: "number",
  MAJ_DIMANCHE: "number",
  MAJ_FERIE_1ER_MAI: "number",
  MAJ_FERIE_MAJEUR: "number",
  MAJ_FERIE_AUTRE: "number",
  MAJ_FERIE_PENTECOTE: "number",
  MAX_HEURES_JOUR: "number",
  MAX_HEURES_SEMAINE: "number",
  REPOS_QUOTIDIEN_HEURES: "number",
  REPOS_REDUIT_HEURES: "number",
  REPOS_REDUIT_PAR_SEMAINE: "number",
  EQUIVALENCE_5J: "text",
  EQUIVALENCE_6J: "text",
  CDDU_COURT_MOIS: "number",
  CSG_ABATTEMENT: "number",
  CSG_ABATTEMENT_LIMITE_PSS: "number",
  CSG_INCLUT_PATRONAL: "text",
  RGDU_TMIN: "number",
  RGDU_TDELTA_MOINS_50: "number",
  RGDU_TDELTA_50_ET_PLUS: "number",
  RGDU_PUISSANCE: "number",
  RGDU_SEUIL_SMIC: "number",
  RGDU_MAJORATION_CAISSE_CONGES: "number",
  TOLERANCE_DIVISE_PAR_5: "number",
  TOLERANCE_BULLETIN_POURCENT: "number",
  TOLERANCE_BULLETIN_EUROS: "number",
  PLAFOND_METHODE: "text",
  EFFECTIF: "number",
  SEUIL_EFFECTIF: "number",
  CONVENTION_PRESTATAIRES: "text",
  MAX_HEURES_JOUR_EXCEPTION: "number",
  CS_PLAFOND_MINIMUMS: "number",
  FERIE_CHOME_HEURES: "number",
  FERIE_CHOME_JOURS_MIN: "number",
  RGDU_SMIC_HORAIRE: "number",
  RGDU_SMIC_HORAIRE_MAYOTTE: "number",
  SEUIL_VERSEMENT_MOBILITE: "number",
  FORFAIT_SOCIAL_ASSIETTE: "text",
  CONTRAT_PROPOSE_ECART_JOURS: "number",
};

/** Versement mobilité rates are keyed by the employer's postal code: `VERSEMENT_MOBILITE_59000`. */
export const MOBILITY_PREFIX = "VERSEMENT_MOBILITE_";

/** How a parameter code is typed (undefined: unknown to the engine). */
export function parameterKind(code: string): "number" | "text" | undefined {
  if (PARAMETER_KINDS[code]) return PARAMETER_KINDS[code];
  return code.startsWith(MOBILITY_PREFIX) && /^\d[\dAB]\d{3}$/.test(code.slice(MOBILITY_PREFIX.length)) ? "number" : undefined;
}

export interface ParameterScope {
  agreement?: AgreementCode;
  genre?: string;
}

/** The general rows' scope, shared rather than a `{}` per call (the RGDU asks for its SMIC per worked day). */
const ALL_SCOPES: ParameterScope = Object.freeze({});

function inForce(from: DayNumber, to: DayNumber | undefined, day: DayNumber): boolean {
  return from <= day && (to === undefined || day <= to);
}

/**
 * The parameter row in force on `day` for an agreement and genre: the most specific row wins
 * (agreement and genre, then agreement, then the general row), then the most recent.
 */
export function parameterOn(
  config: PayrollConfig,
  code: string,
  day: DayNumber,
  scope: ParameterScope = ALL_SCOPES,
): PayrollParameter | undefined {
  return readerOf(config).get(code, day, scope);
}

/**
 * One memoised reader per parameter table (never modified once read): the payslip of each employee
 * and month asks the ceiling, the RGDU and the CSG parameters again (a year's workbook: some 3,000
 * payslips, and the RGDU's SMIC once per worked day), each a scan of the whole table before
 * (`numberParameter`: 27 ms per crew step of that workbook, in a profile of the compiled CLI).
 */
const readers = new WeakMap<readonly PayrollParameter[], ParameterReader>();

function readerOf(config: PayrollConfig): ParameterReader {
  let reader = readers.get(config.parameters);
  if (!reader) readers.set(config.parameters, (reader = new ParameterReader(config)));
  return reader;
}

/** `parameterOn` among `rows` (the table, or the rows of one code in table order: ties keep the first). */
function bestRow(rows: readonly PayrollParameter[], code: string, day: DayNumber, scope: ParameterScope): PayrollParameter | undefined {
  const genreKey = scope.genre ? foldKey(scope.genre) : undefined;
  let best: PayrollParameter | undefined;
  let bestScore = -1;
  for (const p of rows) {
    if (p.code !== code || !inForce(p.from, p.to, day)) continue;
    if (p.agreement !== undefined && p.agreement !== scope.agreement) continue;
    if (p.genres !== undefined && (genreKey === undefined || !p.genres.includes(genreKey))) continue;
    const score = (p.agreement ? 2 : 0) + (p.genres ? 1 : 0);
    if (score > bestScore || (score === bestScore && best !== undefined && p.from > best.from)) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}

export function numberParameter(
  config: PayrollConfig,
  code: string,
  day: DayNumber,
  scope: ParameterScope = ALL_SCOPES,
): number | undefined {
  const p = parameterOn(config, code, day, scope);
  return p && typeof p.value === "number" ? p.value : undefined;
}

export function textParameter(
  config: PayrollConfig,
  code: string,
  day: DayNumber,
  scope: ParameterScope = ALL_SCOPES,
): string | undefined {
  const p = parameterOn(config, code, day, scope);
  return p ? String(p.value) : undefined;
}

/** Answers per day for one code, agreement and genre. */
type DayMemo = Map<DayNumber, PayrollParameter | undefined>;

/**
 * Memoised parameter lookups: a month of séances asks the same few questions (night window, maximum
 * hours…) thousands of times for a handful of (code, agreement, genre, day) keys. The memo is nested
 * maps rather than one string key built per call, and a miss scans only the rows of its code: on a
 * year's workbook (19,760 séances) that took `get` from 113 ms to 38 ms in a profile of `cappad check`.
 */
export class ParameterReader {
  private readonly memo = new Map<string, Map<string, Map<string, DayMemo>>>();
  private readonly rowsByCode = new Map<string, PayrollParameter[]>();
  constructor(readonly config: PayrollConfig) {
    for (const p of config.parameters) {
      const rows = this.rowsByCode.get(p.code);
      if (rows) rows.push(p);
      else this.rowsByCode.set(p.code, [p]);
    }
  }

  get(code: string, day: DayNumber, scope: ParameterScope = ALL_SCOPES): PayrollParameter | undefined {
    const days = this.dayMemo(code, scope.agreement ?? "", scope.genre ?? "");
    const known = days.get(day);
    if (known !== undefined || days.has(day)) return known;
    const p = bestRow(this.rowsByCode.get(code) ?? [], code, day, scope);
    days.set(day, p);
    return p;
  }

  private dayMemo(code: string, agreement: string, genre: string): DayMemo {
    let byAgreement = this.memo.get(code);
    if (!byAgreement) this.memo.set(code, (byAgreement = new Map()));
    let byGenre = byAgreement.get(agreement);
    if (!byGenre) byAgreement.set(agreement, (byGenre = new Map()));
    let days = byGenre.get(genre);
    if (!days) byGenre.set(genre, (days = new Map()));
    return days;
  }

  number(code: string, day: DayNumber, scope: ParameterScope = ALL_SCOPES): number | undefined {
    const p = this.get(code, day, scope);
    return p && typeof p.value === "number" ? p.value : undefined;
  }

  text(code: string, day: DayNumber, scope: ParameterScope = ALL_SCOPES): string | undefined {
    const p = this.get(code, day, scope);
    return p ? String(p.value) : undefined;
  }
}

/**
 * The payroll reference data as the engine uses it: wage grids (`Grilles`), contribution rates
 * (`Taux`) and dated parameters (`Parametres`). Nothing of this is a constant in code (rates and
 * grids change on 1 January, 1 April, 1 May, 1 July…: they are data with an effective date): the
 * add-in ships the rows of `src/data/payroll/` in the templates, the user corrects them, and the engine reads them
 * back through `payrollConfigFromRows`. A wrong cell becomes a `ConfigIssue` (data, not a throw) and
 * the row is left out, so one typo never stops the whole payroll.
 *
 * Rows are objects whose keys are the tables' French headers. Dates are text (`AAAA-MM-JJ` or
 * `JJ/MM/AAAA`) or a DayNumber (the sheets layer converts Excel serials); amounts are euros as typed;
 * rates are percentages (6,9 means 6,90 %).
 */

import { DayNumber, parseDateText, toFrench } from "../dates/civil";
import { Cents, centsFromEuros } from "../money";
import { jobKey } from "./jobTitles";
import { AgreementCode, foldKey, parseAgreement } from "./model";

// --- Rows (the tables' French headers) ---------------------------------------------------------

export type DateCell = string | number | null | undefined;
export type NumberCell = number | string | null | undefined;

/** A row of `Grilles`. `Niveau` and `Minimum heure` are optional extra columns. */
export interface GridRow {
  Convention: string;
  Fonction: string;
  Niveau?: string;
  "Minimum semaine 35 h": NumberCell;
  "Minimum semaine 39 h": NumberCell;
  "Minimum jour": NumberCell;
  /** Hourly minimum, for the agreements whose grid is hourly (technical providers). */
  "Minimum heure"?: NumberCell;
  "Date d'effet": DateCell;
  Source: string;
}

/** A row of `Taux`. `Condition` is an optional extra column (cadre, non-cadre, effectif, CDDU ≤ 3 mois). */
export interface RateRow {
  Code: string;
  Libellé: string;
  Assiette: string;
  "Salarié (%)": NumberCell;
  "Employeur (%)": NumberCell;
  Du: DateCell;
  Au: DateCell;
  Source: string;
  Condition?: string;
}

/** A row of `Parametres`: one dated, sourced value, optionally for one agreement and some genres. */
export interface ParameterRow {
  Code: string;
  Libellé: string;
  /** Blank: every agreement. */
  Convention?: string;
  /** Blank: every genre; else genres separated by commas ("Fiction TV, Série, Documentaire"). */
  Genre?: string;
  Valeur: number | string;
  Unité?: string;
  Du: DateCell;
  Au: DateCell;
  Source: string;
}

// --- Typed config ------------------------------------------------------------------------------

export interface WageGrid {
  /** 0-based index of the row in `Grilles` (alerts name the line). */
  index: number;
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
 * Contribution bases (`Taux[Assiette]`): the social-security ceiling P is the
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
 * Conditions of a `Taux` row. "effectif < 50"/"effectif ≥ 50" follow the SEUIL_EFFECTIF parameter;
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

export type ConfigTable = "Grilles" | "Taux" | "Parametres";

export interface ConfigIssue {
  code: "PAIE_DONNEE_INVALIDE";
  severity: "error" | "warning";
  table: ConfigTable;
  /** 0-based data row index. */
  index: number;
  column: string;
  message: string;
}

// --- Cell parsing ------------------------------------------------------------------------------

/** A number typed the French way ("1 138,62 €", "6,9 %") or a number; undefined when blank. */
export function parseNumberCell(v: NumberCell): number | undefined | "invalid" {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "number") return Number.isFinite(v) ? v : "invalid";
  const t = v.replace(/[\s\u00a0\u202f€%]/g, "").replace(",", ".");
  if (t === "") return undefined;
  if (!/^-?\d+(\.\d+)?$/.test(t)) return "invalid";
  return Number(t);
}

export function parseDateCell(v: DateCell): DayNumber | undefined | "invalid" {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "number") return Number.isInteger(v) ? v : "invalid";
  if (v.trim() === "") return undefined;
  return parseDateText(v) ?? "invalid";
}

export function isUnverified(source: string): boolean {
  return /[àa] v[ée]rifier/i.test(source);
}

const BASES_BY_KEY = new Map<string, ContributionBase>(
  (Object.entries(BASE_LABELS) as [ContributionBase, string][]).map(([k, label]) => [foldKey(label), k]),
);
// A few spellings users type.
BASES_BY_KEY.set("brut plafonne a 4 plafonds", "capped4Pss");
BASES_BY_KEY.set("tranche a", "tranche1");
BASES_BY_KEY.set("ta", "tranche1");
BASES_BY_KEY.set("csg", "csg");
BASES_BY_KEY.set("assiette csg-crds", "csg");

export function parseBase(text: string): ContributionBase | undefined {
  return BASES_BY_KEY.get(foldKey(text));
}

const CONDITIONS_BY_KEY = new Map<string, RateCondition>([
  ["cadre", "cadre"],
  ["non-cadre", "nonCadre"],
  ["non cadre", "nonCadre"],
  ["effectif < 50", "under50"],
  ["moins de 50 salaries", "under50"],
  ["effectif >= 50", "from50"],
  ["effectif ≥ 50", "from50"],
  ["50 salaries et plus", "from50"],
  ["cddu <= 3 mois", "shortCddu"],
  ["cddu ≤ 3 mois", "shortCddu"],
  ["cddu > 3 mois", "longCddu"],
]);

/** "effectif ≥ 11", "effectif >= 11", "effectif < 11". */
function headcountCondition(key: string): RateCondition | undefined {
  const m = /^effectif\s*(>=|≥|<)\s*(\d+)$/.exec(key);
  if (!m) return undefined;
  return m[1] === "<" ? `headcountUnder:${Number(m[2])}` : `headcountAtLeast:${Number(m[2])}`;
}

export function parseConditions(text: string | undefined): RateCondition[] | "invalid" {
  if (!text || text.trim() === "") return [];
  const out: RateCondition[] = [];
  for (const part of text.split(/[,;]/)) {
    const key = foldKey(part);
    if (key === "") continue;
    const c = CONDITIONS_BY_KEY.get(key) ?? headcountCondition(key);
    if (!c) return "invalid";
    out.push(c);
  }
  return out;
}

// --- Conversion ------------------------------------------------------------------------------

export interface ConfigResult {
  config: PayrollConfig;
  issues: ConfigIssue[];
}

export function payrollConfigFromRows(
  gridRows: readonly GridRow[],
  rateRows: readonly RateRow[],
  parameterRows: readonly ParameterRow[],
): ConfigResult {
  const issues: ConfigIssue[] = [];
  const grids = gridRows.flatMap((r, i) => {
    const g = gridFromRow(r, i, issues);
    return g ? [g] : [];
  });
  const rates = rateRows.flatMap((r, i) => {
    const x = rateFromRow(r, i, issues);
    return x ? [x] : [];
  });
  const parameters = parameterRows.flatMap((r, i) => {
    const p = parameterFromRow(r, i, issues);
    return p ? [p] : [];
  });
  checkOverlaps(rates, issues);
  return { config: { grids, rates, parameters }, issues };
}

function issue(
  issues: ConfigIssue[],
  table: ConfigTable,
  index: number,
  column: string,
  message: string,
  severity: "error" | "warning" = "error",
): undefined {
  issues.push({
    code: "PAIE_DONNEE_INVALIDE",
    severity,
    table,
    index,
    column,
    message: `${table}, ligne ${index + 1} (${column}) : ${message}`,
  });
  return undefined;
}

function moneyCell(
  v: NumberCell,
  table: ConfigTable,
  index: number,
  column: string,
  issues: ConfigIssue[],
): Cents | undefined | "invalid" {
  const n = parseNumberCell(v);
  if (n === "invalid" || (n !== undefined && n < 0)) {
    issue(issues, table, index, column, `« ${String(v)} » n'est pas un montant en euros.`);
    return "invalid";
  }
  return n === undefined ? undefined : centsFromEuros(n);
}

function gridFromRow(r: GridRow, index: number, issues: ConfigIssue[]): WageGrid | undefined {
  const agreement = parseAgreement(r.Convention);
  if (!agreement) return issue(issues, "Grilles", index, "Convention", `« ${r.Convention ?? ""} » n'est pas une convention connue (IDCC 2642, 3097, 2412, 2717, 3252).`);
  const role = (r.Fonction ?? "").trim();
  if (role === "") return issue(issues, "Grilles", index, "Fonction", "fonction manquante.");
  const effective = parseDateCell(r["Date d'effet"]);
  if (effective === undefined || effective === "invalid")
    return issue(issues, "Grilles", index, "Date d'effet", "date d'effet manquante ou invalide.");
  const weekly35 = moneyCell(r["Minimum semaine 35 h"], "Grilles", index, "Minimum semaine 35 h", issues);
  const weekly39 = moneyCell(r["Minimum semaine 39 h"], "Grilles", index, "Minimum semaine 39 h", issues);
  const daily = moneyCell(r["Minimum jour"], "Grilles", index, "Minimum jour", issues);
  const hourly = moneyCell(r["Minimum heure"], "Grilles", index, "Minimum heure", issues);
  if ([weekly35, weekly39, daily, hourly].includes("invalid")) return undefined;
  if (weekly35 === undefined && weekly39 === undefined && daily === undefined && hourly === undefined)
    return issue(issues, "Grilles", index, "Minimum semaine 35 h", "aucun minimum renseigné.");
  const source = (r.Source ?? "").trim();
  return {
    index,
    agreement,
    role,
    roleKey: jobKey(role),
    level: r.Niveau?.trim() || undefined,
    weekly35: weekly35 as Cents | undefined,
    weekly39: weekly39 as Cents | undefined,
    daily: daily as Cents | undefined,
    hourly: hourly as Cents | undefined,
    effective,
    source,
    unverified: isUnverified(source),
  };
}

function rateFromRow(r: RateRow, index: number, issues: ConfigIssue[]): ContributionRate | undefined {
  const code = (r.Code ?? "").trim();
  if (code === "") return issue(issues, "Taux", index, "Code", "code manquant.");
  const base = parseBase(r.Assiette ?? "");
  if (!base)
    return issue(issues, "Taux", index, "Assiette", `« ${r.Assiette ?? ""} » n'est pas une assiette connue (${Object.values(BASE_LABELS).join(", ")}).`);
  const ee = parseNumberCell(r["Salarié (%)"]);
  const er = parseNumberCell(r["Employeur (%)"]);
  if (ee === "invalid" || (ee !== undefined && (ee < 0 || ee > 100)))
    return issue(issues, "Taux", index, "Salarié (%)", `« ${String(r["Salarié (%)"])} » n'est pas un taux en %.`);
  if (er === "invalid" || (er !== undefined && (er < 0 || er > 100)))
    return issue(issues, "Taux", index, "Employeur (%)", `« ${String(r["Employeur (%)"])} » n'est pas un taux en %.`);
  const from = parseDateCell(r.Du);
  if (from === undefined || from === "invalid") return issue(issues, "Taux", index, "Du", "date de début manquante ou invalide.");
  const to = parseDateCell(r.Au);
  if (to === "invalid") return issue(issues, "Taux", index, "Au", "date de fin invalide.");
  if (to !== undefined && to < from) return issue(issues, "Taux", index, "Au", "la date de fin précède la date de début.");
  const conditions = parseConditions(r.Condition);
  if (conditions === "invalid")
    return issue(issues, "Taux", index, "Condition", `« ${r.Condition ?? ""} » : conditions possibles ${Object.values(CONDITION_LABELS).join(", ")}, effectif ≥ N.`);
  const source = (r.Source ?? "").trim();
  return {
    index,
    code,
    label: (r.Libellé ?? "").trim() || code,
    base,
    employeePercent: ee ?? 0,
    employerPercent: er ?? 0,
    from,
    to,
    source,
    unverified: isUnverified(source),
    conditions,
  };
}

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

function parameterFromRow(r: ParameterRow, index: number, issues: ConfigIssue[]): PayrollParameter | undefined {
  const code = (r.Code ?? "").trim();
  if (code === "") return issue(issues, "Parametres", index, "Code", "code manquant.");
  const kind = parameterKind(code);
  if (!kind) issue(issues, "Parametres", index, "Code", `code « ${code} » inconnu du moteur : ligne ignorée par les calculs.`, "warning");
  let agreement: AgreementCode | undefined;
  if (r.Convention && r.Convention.trim() !== "") {
    agreement = parseAgreement(r.Convention);
    if (!agreement) return issue(issues, "Parametres", index, "Convention", `« ${r.Convention} » n'est pas une convention connue.`);
  }
  let value: number | string;
  if (kind === "number") {
    const n = parseNumberCell(r.Valeur);
    if (n === undefined || n === "invalid") return issue(issues, "Parametres", index, "Valeur", `« ${String(r.Valeur)} » n'est pas un nombre.`);
    value = n;
  } else {
    value = typeof r.Valeur === "number" ? String(r.Valeur) : (r.Valeur ?? "").trim();
    const problem = kind === "text" ? textParameterProblem(code, value) : undefined;
    if (problem) return issue(issues, "Parametres", index, "Valeur", problem);
  }
  const from = parseDateCell(r.Du);
  if (from === undefined || from === "invalid") return issue(issues, "Parametres", index, "Du", "date de début manquante ou invalide.");
  const to = parseDateCell(r.Au);
  if (to === "invalid") return issue(issues, "Parametres", index, "Au", "date de fin invalide.");
  if (to !== undefined && to < from) return issue(issues, "Parametres", index, "Au", "la date de fin précède la date de début.");
  const genres =
    r.Genre && r.Genre.trim() !== ""
      ? r.Genre.split(/[,;]/)
          .map(foldKey)
          .filter((g) => g !== "")
      : undefined;
  const source = (r.Source ?? "").trim();
  return {
    index,
    code,
    label: (r.Libellé ?? "").trim() || code,
    agreement,
    genres,
    value,
    unit: (r.Unité ?? "").trim(),
    from,
    to,
    source,
    unverified: isUnverified(source),
  };
}

function textParameterProblem(code: string, value: string): string | undefined {
  switch (code) {
    case "HS_BANDES":
    case "DEPASSEMENT_JOUR_BANDES":
      return parseBands(value) ? undefined : `« ${value} » : écrire les tranches comme « 36-43:25 ; 44+:50 » (heures : majoration %).`;
    case "NUIT_PLAGE":
      return parseNightRule(value) ? undefined : `« ${value} » : écrire la plage comme « 21:00-06:00 » ou « 20:00-06:00 du 21/12 au 20/03 ; 22:00-07:00 sinon ».`;
    case "EQUIVALENCE_5J":
    case "EQUIVALENCE_6J":
      return parseEquivalence(value) ? undefined : `« ${value} » : écrire « heures de présence:heures payées », par exemple « 46:43 ».`;
    case "CONVENTION_PRESTATAIRES":
      return parseAgreement(value) ? undefined : `« ${value} » : écrire une convention, « IDCC 2717 » ou « IDCC 3252 ».`;
    default:
      return undefined;
  }
}

/** Two rows of one code with the same condition in force on the same day: the engine could not choose. */
function checkOverlaps(rates: ContributionRate[], issues: ConfigIssue[]): void {
  const byKey = new Map<string, ContributionRate[]>();
  for (const r of rates) {
    const key = r.code + "|" + [...r.conditions].sort().join(",");
    const list = byKey.get(key) ?? [];
    list.push(r);
    byKey.set(key, list);
  }
  for (const list of byKey.values()) {
    const sorted = [...list].sort((a, b) => a.from - b.from);
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1];
      const cur = sorted[i];
      if (prev.to === undefined || prev.to >= cur.from)
        issue(
          issues,
          "Taux",
          cur.index,
          "Du",
          `le taux ${cur.code} commence le ${toFrench(cur.from)} alors que la ligne ${prev.index + 1} est encore en vigueur : fermer la ligne précédente (colonne Au). La ligne la plus récente est retenue.`,
          "warning",
        );
    }
  }
}

// --- Text parameters -------------------------------------------------------------------------

/** A premium band: the `from`-th to the `to`-th hour (inclusive, 1-based) get +percent. */
export interface Band {
  from: number;
  to: number; // Infinity for "44+"
  percent: number;
}

/** "36-43:25 ; 44+:50" → bands. The hour numbers are ordinals, as the agreements write them. */
export function parseBands(text: string): Band[] | undefined {
  const out: Band[] = [];
  for (const part of text.split(";")) {
    const t = part.replace(/\s+/g, "").replace(",", ".");
    if (t === "") continue;
    const m = /^(\d+)(?:-(\d+)|\+):(\d+(?:\.\d+)?)%?$/.exec(t);
    if (!m) return undefined;
    const from = Number(m[1]);
    const to = m[2] === undefined ? Infinity : Number(m[2]);
    if (to < from) return undefined;
    out.push({ from, to, percent: Number(m[3]) });
  }
  out.sort((a, b) => a.from - b.from);
  for (let i = 1; i < out.length; i++) if (out[i].from <= out[i - 1].to) return undefined;
  return out.length > 0 ? out : undefined;
}

export interface NightWindow {
  start: number; // minutes
  end: number; // minutes; < start means across midnight
}

interface NightRulePart {
  window: NightWindow;
  /** Month-day range (inclusive), e.g. 21/12 → 20/03; undefined = "sinon" / always. */
  season?: { fromMonth: number; fromDay: number; toMonth: number; toDay: number };
}

export type NightRule = NightRulePart[];

export function parseNightRule(text: string): NightRule | undefined {
  const out: NightRulePart[] = [];
  for (const part of text.split(";")) {
    const t = part.trim().toLowerCase();
    if (t === "") continue;
    const m = /^(\d{1,2})[:h](\d{2})\s*-\s*(\d{1,2})[:h](\d{2})(?:\s+du\s+(\d{1,2})\/(\d{1,2})\s+au\s+(\d{1,2})\/(\d{1,2})|\s+sinon)?$/.exec(t);
    if (!m) return undefined;
    const start = Number(m[1]) * 60 + Number(m[2]);
    const end = Number(m[3]) * 60 + Number(m[4]);
    if (start > 1440 || end > 1440) return undefined;
    const window = { start: start % 1440, end: end % 1440 };
    if (m[5] !== undefined)
      out.push({ window, season: { fromDay: Number(m[5]), fromMonth: Number(m[6]), toDay: Number(m[7]), toMonth: Number(m[8]) } });
    else out.push({ window });
  }
  return out.length > 0 ? out : undefined;
}

/** The night window of a rule on a day (month, day of month). */
export function nightWindowOn(rule: NightRule, month: number, dayOfMonth: number): NightWindow {
  const md = month * 100 + dayOfMonth;
  for (const part of rule) {
    if (!part.season) continue;
    const from = part.season.fromMonth * 100 + part.season.fromDay;
    const to = part.season.toMonth * 100 + part.season.toDay;
    const inside = from <= to ? md >= from && md <= to : md >= from || md <= to;
    if (inside) return part.window;
  }
  return (rule.find((p) => !p.season) ?? rule[0]).window;
}

/** "46:43" → 46 hours of presence are paid 43 (cinema equivalence). */
export function parseEquivalence(text: string): { presence: number; paid: number } | undefined {
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*:\s*(\d+(?:[.,]\d+)?)\s*$/.exec(text);
  if (!m) return undefined;
  const presence = Number(m[1].replace(",", "."));
  const paid = Number(m[2].replace(",", "."));
  return paid <= presence ? { presence, paid } : undefined;
}

// --- Lookups ---------------------------------------------------------------------------------

export interface ParameterScope {
  agreement?: AgreementCode;
  genre?: string;
}

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
  scope: ParameterScope = {},
): PayrollParameter | undefined {
  const genreKey = scope.genre ? foldKey(scope.genre) : undefined;
  let best: PayrollParameter | undefined;
  let bestScore = -1;
  for (const p of config.parameters) {
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
  scope: ParameterScope = {},
): number | undefined {
  const p = parameterOn(config, code, day, scope);
  return p && typeof p.value === "number" ? p.value : undefined;
}

export function textParameter(
  config: PayrollConfig,
  code: string,
  day: DayNumber,
  scope: ParameterScope = {},
): string | undefined {
  const p = parameterOn(config, code, day, scope);
  return p ? String(p.value) : undefined;
}

/**
 * Memoised parameter lookups: a month of séances asks the same few questions (night window, maximum
 * hours…) thousands of times for a handful of (code, agreement, genre, day) keys.
 */
export class ParameterReader {
  private readonly memo = new Map<string, PayrollParameter | undefined>();
  constructor(readonly config: PayrollConfig) {}

  get(code: string, day: DayNumber, scope: ParameterScope = {}): PayrollParameter | undefined {
    const key = `${code}|${day}|${scope.agreement ?? ""}|${scope.genre ?? ""}`;
    if (this.memo.has(key)) return this.memo.get(key);
    const p = parameterOn(this.config, code, day, scope);
    this.memo.set(key, p);
    return p;
  }

  number(code: string, day: DayNumber, scope: ParameterScope = {}): number | undefined {
    const p = this.get(code, day, scope);
    return p && typeof p.value === "number" ? p.value : undefined;
  }

  text(code: string, day: DayNumber, scope: ParameterScope = {}): string | undefined {
    const p = this.get(code, day, scope);
    return p ? String(p.value) : undefined;
  }
}

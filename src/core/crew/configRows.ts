/**
 * The payroll reference rows read into the typed config (payrollConfig.ts). The add-in ships the rows of
 * `src/data/payroll/` in the templates, the user corrects them, and the engine reads them back through
 * `payrollConfigFromRows`. A wrong cell becomes a `ConfigIssue` (data, not a throw) and the row is left
 * out, so one typo never stops the whole payroll.
 *
 * Rows are objects whose keys are the tables' French headers, because the shipped data rows are written
 * into those tables as they are. Dates are text (`AAAA-MM-JJ` or `JJ/MM/AAAA`) or a DayNumber (the sheets
 * layer converts Excel serials); amounts are euros as typed; rates are percentages (6,9 means 6,90 %).
 */

import { DayNumber, parseDateText, toFrench } from "../dates/civil";
import { Cents, centsFromEuros } from "../money";
import { jobKey } from "./jobTitles";
import { AgreementCode, foldKey, parseAgreement } from "./model";
import { parseNightRule } from "./nightRule";
import { parseBands, parseEquivalence } from "./overtime";
import { parameterKind } from "./parameters";
import {
  BASE_LABELS,
  CONDITION_LABELS,
  type ConfigIssue,
  type ConfigTable,
  type ContributionBase,
  type ContributionRate,
  type PayrollConfig,
  type PayrollParameter,
  type RateCondition,
  type WageGrid,
} from "./payrollConfig";

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

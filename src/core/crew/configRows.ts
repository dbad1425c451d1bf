/**
 * The payroll reference rows read into the typed config (payrollConfig.ts). The add-in ships the rows of
 * `src/data/payroll/` in the templates, the user corrects them, and the engine reads them back through
 * `payrollConfigFromRows`. A wrong cell becomes a `ConfigIssue` (data, not a throw) and the row is left
 * out, so one typo never stops the whole payroll.
 *
 * Rows are keyed by domain field; the sheets layer maps each field to its column of the reference
 * tables (and writes the shipped rows through the same map). Dates are text (`AAAA-MM-JJ` or
 * `JJ/MM/AAAA`) or a DayNumber (the sheets layer converts Excel serials); amounts are euros as typed;
 * rates are percentages (6,9 means 6,90 %).
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
  type ContributionBase,
  type ContributionRate,
  type PayrollConfig,
  type PayrollParameter,
  type RateCondition,
  type WageGrid,
} from "./payrollConfig";

// --- Rows (domain fields, as typed) ------------------------------------------------------------

export type DateCell = string | number | null | undefined;
export type NumberCell = number | string | null | undefined;

/** A wage-grid row: the minima of one role of one agreement from an effective date. */
export interface GridRow {
  agreement: string;
  role: string;
  /** The grid's level or category (optional). */
  level?: string;
  weekly35: NumberCell;
  weekly39: NumberCell;
  /** The short-contract day of the grid. */
  daily: NumberCell;
  /** Hourly minimum, for the agreements whose grid is hourly (technical providers); optional. */
  hourly?: NumberCell;
  effective: DateCell;
  source: string;
}

/** A contribution-rate row. `condition` is optional (cadre, non-cadre, effectif, CDDU ≤ 3 mois). */
export interface RateRow {
  code: string;
  label: string;
  /** The contribution base as typed (a label of BASE_LABELS or a usual spelling). */
  base: string;
  employeePercent: NumberCell;
  employerPercent: NumberCell;
  from: DateCell;
  /** Inclusive; blank = still in force. */
  to: DateCell;
  source: string;
  condition?: string;
}

/** A payroll parameter row: one dated, sourced value, optionally for one agreement and some genres. */
export interface ParameterRow {
  code: string;
  label: string;
  /** Blank: every agreement. */
  agreement?: string;
  /** Blank: every genre; else genres separated by commas ("Fiction TV, Série, Documentaire"). */
  genre?: string;
  value: number | string;
  unit?: string;
  from: DateCell;
  to: DateCell;
  source: string;
}

/** The reference rows of each table, by domain name (the sheets layer names the sheet). */
export interface ConfigRows {
  grids: GridRow;
  rates: RateRow;
  parameters: ParameterRow;
}

export type ConfigTable = keyof ConfigRows;

/**
 * A bad cell of a reference row: which table, which row (0-based data row) and which field, and the
 * French explanation. The sheets layer locates it (sheet, cell, column header) and composes the alert.
 */
export type ConfigIssue = {
  [T in ConfigTable]: {
    code: "PAIE_DONNEE_INVALIDE";
    severity: "error" | "warning";
    table: T;
    index: number;
    field: keyof ConfigRows[T] & string;
    message: string;
    /** Rates only (two lines in force on one day): the earlier line's index, for the workbook layer to point at. */
    previous?: T extends "rates" ? number : never;
  };
}[ConfigTable];

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

function issue<T extends ConfigTable>(
  issues: ConfigIssue[],
  table: T,
  index: number,
  field: keyof ConfigRows[T] & string,
  message: string,
  severity: "error" | "warning" = "error",
  previous?: number,
): undefined {
  issues.push({ code: "PAIE_DONNEE_INVALIDE", severity, table, index, field, message, ...(previous !== undefined ? { previous } : {}) } as ConfigIssue);
  return undefined;
}

function moneyCell(r: GridRow, field: "weekly35" | "weekly39" | "daily" | "hourly", index: number, issues: ConfigIssue[]): Cents | undefined | "invalid" {
  const v = r[field];
  const n = parseNumberCell(v);
  if (n === "invalid" || (n !== undefined && n < 0)) {
    issue(issues, "grids", index, field, `« ${String(v)} » n'est pas un montant en euros.`);
    return "invalid";
  }
  return n === undefined ? undefined : centsFromEuros(n);
}

function gridFromRow(r: GridRow, index: number, issues: ConfigIssue[]): WageGrid | undefined {
  const agreement = parseAgreement(r.agreement);
  if (!agreement) return issue(issues, "grids", index, "agreement", `« ${r.agreement ?? ""} » n'est pas une convention connue (IDCC 2642, 3097, 2412, 2717, 3252).`);
  const role = (r.role ?? "").trim();
  if (role === "") return issue(issues, "grids", index, "role", "fonction manquante.");
  const effective = parseDateCell(r.effective);
  if (effective === undefined || effective === "invalid") return issue(issues, "grids", index, "effective", "date d'effet manquante ou invalide.");
  const weekly35 = moneyCell(r, "weekly35", index, issues);
  const weekly39 = moneyCell(r, "weekly39", index, issues);
  const daily = moneyCell(r, "daily", index, issues);
  const hourly = moneyCell(r, "hourly", index, issues);
  if ([weekly35, weekly39, daily, hourly].includes("invalid")) return undefined;
  if (weekly35 === undefined && weekly39 === undefined && daily === undefined && hourly === undefined)
    return issue(issues, "grids", index, "weekly35", "aucun minimum renseigné.");
  const source = (r.source ?? "").trim();
  return {
    index,
    agreement,
    role,
    roleKey: jobKey(role),
    level: r.level?.trim() || undefined,
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
  const code = (r.code ?? "").trim();
  if (code === "") return issue(issues, "rates", index, "code", "code manquant.");
  const base = parseBase(r.base ?? "");
  if (!base)
    return issue(issues, "rates", index, "base", `« ${r.base ?? ""} » n'est pas une assiette connue (${Object.values(BASE_LABELS).join(", ")}).`);
  const ee = parseNumberCell(r.employeePercent);
  const er = parseNumberCell(r.employerPercent);
  if (ee === "invalid" || (ee !== undefined && (ee < 0 || ee > 100)))
    return issue(issues, "rates", index, "employeePercent", `« ${String(r.employeePercent)} » n'est pas un taux en %.`);
  if (er === "invalid" || (er !== undefined && (er < 0 || er > 100)))
    return issue(issues, "rates", index, "employerPercent", `« ${String(r.employerPercent)} » n'est pas un taux en %.`);
  const from = parseDateCell(r.from);
  if (from === undefined || from === "invalid") return issue(issues, "rates", index, "from", "date de début manquante ou invalide.");
  const to = parseDateCell(r.to);
  if (to === "invalid") return issue(issues, "rates", index, "to", "date de fin invalide.");
  if (to !== undefined && to < from) return issue(issues, "rates", index, "to", "la date de fin précède la date de début.");
  const conditions = parseConditions(r.condition);
  if (conditions === "invalid")
    return issue(issues, "rates", index, "condition", `« ${r.condition ?? ""} » : conditions possibles ${Object.values(CONDITION_LABELS).join(", ")}, effectif ≥ N.`);
  const source = (r.source ?? "").trim();
  return {
    index,
    code,
    label: (r.label ?? "").trim() || code,
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
  const code = (r.code ?? "").trim();
  if (code === "") return issue(issues, "parameters", index, "code", "code manquant.");
  const kind = parameterKind(code);
  if (!kind) issue(issues, "parameters", index, "code", `code « ${code} » inconnu du moteur : ligne ignorée par les calculs.`, "warning");
  let agreement: AgreementCode | undefined;
  if (r.agreement && r.agreement.trim() !== "") {
    agreement = parseAgreement(r.agreement);
    if (!agreement) return issue(issues, "parameters", index, "agreement", `« ${r.agreement} » n'est pas une convention connue.`);
  }
  let value: number | string;
  if (kind === "number") {
    const n = parseNumberCell(r.value);
    if (n === undefined || n === "invalid") return issue(issues, "parameters", index, "value", `« ${String(r.value)} » n'est pas un nombre.`);
    value = n;
  } else {
    value = typeof r.value === "number" ? String(r.value) : (r.value ?? "").trim();
    const problem = kind === "text" ? textParameterProblem(code, value) : undefined;
    if (problem) return issue(issues, "parameters", index, "value", problem);
  }
  const from = parseDateCell(r.from);
  if (from === undefined || from === "invalid") return issue(issues, "parameters", index, "from", "date de début manquante ou invalide.");
  const to = parseDateCell(r.to);
  if (to === "invalid") return issue(issues, "parameters", index, "to", "date de fin invalide.");
  if (to !== undefined && to < from) return issue(issues, "parameters", index, "to", "la date de fin précède la date de début.");
  const genres =
    r.genre && r.genre.trim() !== ""
      ? r.genre
          .split(/[,;]/)
          .map(foldKey)
          .filter((g) => g !== "")
      : undefined;
  const source = (r.source ?? "").trim();
  return {
    index,
    code,
    label: (r.label ?? "").trim() || code,
    agreement,
    genres,
    value,
    unit: (r.unit ?? "").trim(),
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
          "rates",
          cur.index,
          "from",
          `le taux ${cur.code} commence le ${toFrench(cur.from)} alors que sa ligne précédente est encore en vigueur : donnez-lui une date de fin. La ligne la plus récente est retenue.`,
          "warning",
          prev.index,
        );
    }
  }
}

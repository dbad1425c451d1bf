/**
 * Employee and employer contributions of one pay line (one person, one production, one month) of an
 * intermittent technician (CDDU, annexe 8), from the dated contribution-rate rows.
 *
 * - Each worked day uses the rates in force that day: a line whose days straddle a change (1 May
 *   2025 unemployment, 1 April Congés Spectacles) applies each rate to the share of the gross earned
 *   under it (reference header: "the engine picks the rate in force on each worked day").
 * - Bases: gross; tranche 1 = up to the prorated ceiling P; tranche 2 = from P to 8 P;
 *   unemployment and AGS on gross capped at 4 P; CSG/CRDS on 98,25 % of gross up to 4 P (100 % above)
 *   plus the employer's prévoyance and health contributions (CSS L136-1-1, as modele-social does).
 * - Where the intermittent rules differ from the general scheme (why we do not simply call
 *   modele-social): AGIRC-ARRCO tranche 1 split 50/50 instead of 60/40 (tranche 2 too for
 *   non-cadres); unemployment 4 % + the annexe 8 specific 5 % employer and 2,40 % employee, +0,5 pt
 *   on CDDU of 3 months or less; Congés Spectacles 15,50 % instead of a paid-leave indemnity (its
 *   base capped at the agreement's number of conventional minima); AFDAS 2,10 %; Audiens prévoyance
 *   and the spectacle health fund, and the forfait social on them from 11 employees; occupational
 *   health; APEC for cadres; the versement mobilité of the employer's commune; the ceiling prorated
 *   for short contracts; no précarité indemnity.
 * - Each line is rounded to the cent and totals are sums of lines, as on a payslip. The RGDU
 *   (rgdu.ts) is deducted from the employer total.
 */

import type { DayNumber } from "../dates/civil";
import { Cents, roundCents } from "../money";
import { BASE_LABELS, ContributionBase, ContributionRate, PayrollConfig, RateCondition } from "./payrollConfig";
import { numberParameter, textParameter } from "./parameters";
import type { Ceiling } from "./ceiling";
import type { RgduResult } from "./rgdu";

export interface ContributionContext {
  cadre: boolean;
  employerSize: "under50" | "from50";
  /** CDDU whose initial duration is 3 months or less and not exempt. */
  shortContract: boolean;
  /** Apply the +0,5 pt unemployment surcharge to short CDDU (on by default: almost every post-production CDDU is short). */
  surcharge: boolean;
  /** The employer's headcount (`EFFECTIF`), for the "effectif ≥ N" conditions (forfait social). */
  headcount?: number;
  /**
   * Versement mobilité rate (%) of the employer's commune, when the employer owes it; ignored when the
   * rates have their own VERSEMENT_MOBILITE row (older workbooks).
   */
  mobilityPercent?: number;
  /** Cap of the Congés Spectacles base (a number of conventional minima of the same hours), when the agreement has one. */
  congesSpectaclesCapCents?: Cents;
}

export const MOBILITY_CODE = "VERSEMENT_MOBILITE";

export interface GrossDay {
  day: DayNumber;
  cents: Cents;
}

export interface ContributionLine {
  code: string;
  label: string;
  base: ContributionBase;
  baseLabel: string;
  baseCents: Cents;
  /** Effective rates over the line (weighted by the days' gross when the rate changed). */
  employeePercent: number;
  employerPercent: number;
  employeeCents: Cents;
  employerCents: Cents;
  /** 0-based indexes of the rate rows used. */
  rows: number[];
  unverified: boolean;
}

export interface MissingRate {
  code: string;
  days: DayNumber[];
}

export interface ContributionResult {
  grossCents: Cents;
  ceiling: Ceiling;
  lines: ContributionLine[];
  employeeCents: Cents;
  /** Employer contributions including Congés Spectacles, after the RGDU. */
  employerCents: Cents;
  congesSpectaclesCents: Cents;
  rgdu?: RgduResult;
  netCents: Cents;
  employerCostCents: Cents;
  /** Rate codes with no row in force on some worked days. */
  missing: MissingRate[];
}

export const CONGES_SPECTACLES_CODE = "CONGES_SPECTACLES";

function conditionHolds(c: RateCondition, ctx: ContributionContext): boolean {
  switch (c) {
    case "cadre":
      return ctx.cadre;
    case "nonCadre":
      return !ctx.cadre;
    case "under50":
      return ctx.employerSize === "under50";
    case "from50":
      return ctx.employerSize === "from50";
    case "shortCddu":
      return ctx.shortContract && ctx.surcharge;
    case "longCddu":
      return !ctx.shortContract;
    default: {
      const [kind, n] = c.split(":");
      if (ctx.headcount === undefined) return false;
      return kind === "headcountAtLeast" ? ctx.headcount >= Number(n) : ctx.headcount < Number(n);
    }
  }
}

/** Base amounts of a line before CSG (which needs the employer prévoyance first). */
export function baseAmount(base: ContributionBase, gross: Cents, ceiling: Cents): Cents {
  switch (base) {
    case "gross":
      return gross;
    case "tranche1":
      return Math.min(gross, ceiling);
    case "tranche2":
      return Math.max(0, Math.min(gross, 8 * ceiling) - ceiling);
    case "tranches12":
      return Math.min(gross, 8 * ceiling);
    case "tranches12AbovePss":
      return gross > ceiling ? Math.min(gross, 8 * ceiling) : 0;
    case "capped4Pss":
      return Math.min(gross, 4 * ceiling);
    case "csg":
    case "employerWelfare":
      return gross; // replaced by csgBase() / the employer welfare lines
  }
}

/** CSG/CRDS base: (100 − 1,75) % of gross up to 4 P, 100 % above, + employer prévoyance/santé. */
export function csgBase(gross: Cents, ceiling: Cents, abatementPercent: number, limitPss: number, employerExtras: Cents): Cents {
  const limit = limitPss * ceiling;
  const abated = Math.min(gross, limit);
  return roundCents((abated * (100 - abatementPercent)) / 100) + Math.max(0, gross - limit) + employerExtras;
}

/** The versement mobilité line from the commune's rate (employer only, on gross). */
function mobilityLine(gross: Cents, percent: number): ContributionLine {
  return {
    code: MOBILITY_CODE,
    label: "Versement mobilité (taux de la commune de l'employeur)",
    base: "gross",
    baseLabel: BASE_LABELS.gross,
    baseCents: gross,
    employeePercent: 0,
    employerPercent: percent,
    employeeCents: 0,
    employerCents: roundCents((gross * percent) / 100),
    rows: [],
    unverified: false,
  };
}

export function computeContributions(
  config: PayrollConfig,
  grossDays: readonly GrossDay[],
  ceiling: Ceiling,
  ctx: ContributionContext,
  rgdu?: RgduResult,
): ContributionResult {
  const days = grossDays.filter((d) => d.cents !== 0);
  const table = rateTableOf(config.rates);
  const run: LineRun = {
    config,
    ctx,
    days,
    dayRows: dayRowsOf(table, ctx, days),
    gross: days.reduce((s, d) => s + d.cents, 0),
    ceiling,
    refDay: days.length > 0 ? days[0].day : grossDays[0]?.day ?? 0,
    missing: [],
  };
  const { lines, welfareCodes, csgCodes } = directLines(run, table);
  if (ctx.mobilityPercent !== undefined && ctx.mobilityPercent > 0 && !table.codes.includes(MOBILITY_CODE)) lines.push(mobilityLine(run.gross, ctx.mobilityPercent));
  // Lines on other lines, in this order: the forfait social on the employer's prévoyance and health,
  // then the CSG/CRDS, whose base includes employer lines (possibly the forfait social's).
  lines.push(...welfareLines(run, lines, welfareCodes));
  lines.push(...csgLines(run, lines, csgCodes));
  return totalsOf(run, lines, rgdu);
}

/**
 * The row a code applies on a day: the row, `null` when rows of the code are in force but none whose
 * conditions hold, `undefined` when none is in force (a missing rate).
 */
type DayRow = ContributionRate | null | undefined;

/**
 * The rate table by code (in the order of the table, the order lines are shown in) and, per set of
 * conditions and per day, the row each code applies. Which row applies depends only on the day and
 * on the conditions (cadre, headcount, short CDDU), never on the employee: computed per payslip and
 * per code, the choice (`shares`) took 105 ms of a 1 s crew step on a year's workbook (3,000 payslips).
 */
interface RateTable {
  codes: string[];
  rows: ContributionRate[][];
  byConditions: Map<string, { byDay: Map<DayNumber, DayRow[]>; distinct: DayRow[][] }>;
}

const rateTables = new WeakMap<readonly ContributionRate[], RateTable>();

function rateTableOf(rates: readonly ContributionRate[]): RateTable {
  let table = rateTables.get(rates);
  if (table) return table;
  const byCode = new Map<string, ContributionRate[]>();
  for (const r of rates) {
    const list = byCode.get(r.code);
    if (list) list.push(r);
    else byCode.set(r.code, [r]);
  }
  rateTables.set(rates, (table = { codes: [...byCode.keys()], rows: [...byCode.values()], byConditions: new Map() }));
  return table;
}

/** For one code's rows on a day: the latest row in force whose conditions hold (see `DayRow`). */
function rowOn(rows: readonly ContributionRate[], day: DayNumber, ctx: ContributionContext): DayRow {
  let anyInForce = false;
  let chosen: ContributionRate | undefined;
  for (const r of rows) {
    if (r.from > day || (r.to !== undefined && day > r.to)) continue;
    anyInForce = true;
    if ((!chosen || r.from > chosen.from) && r.conditions.every((c) => conditionHolds(c, ctx))) chosen = r;
  }
  return anyInForce ? (chosen ?? null) : undefined;
}

/**
 * The row of every code on each of the days (`DayRow` per code, in the table's code order). Days on
 * the same rows share one array, so that a payslip whose days all have the same rows is seen at once.
 */
function dayRowsOf(table: RateTable, ctx: ContributionContext, days: readonly GrossDay[]): DayRow[][] {
  const key = `${ctx.cadre}|${ctx.employerSize}|${ctx.shortContract}|${ctx.surcharge}|${ctx.headcount}`;
  let memo = table.byConditions.get(key);
  if (!memo) table.byConditions.set(key, (memo = { byDay: new Map(), distinct: [] }));
  const { byDay, distinct } = memo;
  return days.map((d) => {
    let rows = byDay.get(d.day);
    if (!rows) {
      const computed = table.rows.map((list) => rowOn(list, d.day, ctx));
      rows = distinct.find((other) => other.every((r, i) => r === computed[i]));
      if (!rows) distinct.push((rows = computed));
      byDay.set(d.day, rows);
    }
    return rows;
  });
}

/** The parts of a code whose days are all under one row: that row, the whole gross (shared, never modified). */
const wholeParts = new WeakMap<ContributionRate, Parts>();
/**
 * The `rows` of a line on whole parts: `[row.index]`, one array per rate row shared by every line on it
 * (never modified). The 77,000 lines of a year's workbook, alive until the check ends, each had its own,
 * grown by `push` to room for 17 numbers: 25.4 MB of lines alive at the end of the crew step, 11.0 MB
 * after (heap sampling).
 */
const wholeRows = new WeakMap<Parts, number[]>();

function wholePartsOf(row: ContributionRate): Parts {
  let parts = wholeParts.get(row);
  if (!parts) {
    wholeParts.set(row, (parts = [{ row, share: 1 }]));
    wholeRows.set(parts, [row.index]);
  }
  return parts;
}

/** What the lines of one pay line are computed from. */
interface LineRun {
  config: PayrollConfig;
  ctx: ContributionContext;
  /** Worked days with a gross. */
  days: GrossDay[];
  /** The row of each code on each of `days`. */
  dayRows: DayRow[][];
  gross: Cents;
  ceiling: Ceiling;
  /** The day the parameters (CSG abatement, lists of codes) are read on: the first worked day. */
  refDay: DayNumber;
  /** Codes with no row in force on some worked days, filled as the codes are read. */
  missing: MissingRate[];
}

/** The rows in force for a code, each with its share of the gross. */
type Parts = { row: ContributionRate; share: number }[];

/**
 * For the `i`-th code: the applicable row per worked day, as shares of the gross (rows in the order
 * of the first day they apply). Days with no row in force at all are recorded in `run.missing`.
 */
function shares(run: LineRun, code: string, i: number): Parts {
  const first = run.dayRows[0];
  if (first !== undefined && run.dayRows.every((r) => r === first)) return sameRowEveryDay(run, code, first[i]);
  const rows: ContributionRate[] = [];
  const cents: number[] = [];
  const missingDays: DayNumber[] = [];
  run.days.forEach((d, k) => {
    const chosen = run.dayRows[k][i];
    if (chosen === undefined) missingDays.push(d.day);
    else if (chosen !== null) {
      const at = rows.indexOf(chosen);
      if (at < 0) {
        rows.push(chosen);
        cents.push(d.cents);
      } else cents[at] += d.cents;
    }
  });
  if (missingDays.length > 0) run.missing.push({ code, days: missingDays });
  return rows.map((row, k) => ({ row, share: run.gross > 0 ? cents[k] / run.gross : 0 }));
}

/**
 * `shares` when every day has the same row (no rate change within the payslip: 3,000 payslips of 3,000
 * on a year's workbook): its cents are the whole gross, summed in the same order, so its share is
 * exactly 1. The general path allocated 48 MB per check of that workbook (three arrays per code and
 * payslip), a third of the payslips' garbage.
 */
function sameRowEveryDay(run: LineRun, code: string, chosen: DayRow): Parts {
  if (chosen === undefined) {
    run.missing.push({ code, days: run.days.map((d) => d.day) });
    return [];
  }
  if (chosen === null) return [];
  return run.gross > 0 ? wholePartsOf(chosen) : [{ row: chosen, share: 0 }];
}

/** The most recent of the rows used: it gives the line its label and its base. */
function latestPart(parts: Parts): Parts[number] {
  return parts.reduce((a, p) => (p.row.from > a.row.from ? p : a), parts[0]);
}

/** A line at the rates weighted by the gross earned under each row, rounded to the cent. */
function makeLine(code: string, base: ContributionBase, baseCents: Cents, parts: Parts): ContributionLine {
  // One loop rather than five passes with closures: 77,000 lines per check of a year's workbook.
  let ee = 0;
  let er = 0;
  let unverified = false;
  for (const p of parts) {
    ee += p.share * p.row.employeePercent;
    er += p.share * p.row.employerPercent;
    if (p.row.unverified) unverified = true;
  }
  const rows = wholeRows.get(parts) ?? parts.map((p) => p.row.index);
  return {
    code,
    label: latestPart(parts).row.label,
    base,
    baseLabel: BASE_LABELS[base],
    baseCents,
    employeePercent: Math.round(ee * 1e6) / 1e6,
    employerPercent: Math.round(er * 1e6) / 1e6,
    employeeCents: roundCents((baseCents * ee) / 100),
    employerCents: roundCents((baseCents * er) / 100),
    rows,
    unverified,
  };
}

/**
 * The lines on the gross or its tranches, in table order; the codes whose base is other lines
 * (employer welfare, CSG) are set aside for later.
 */
function directLines(
  run: LineRun,
  table: RateTable,
): { lines: ContributionLine[]; welfareCodes: { code: string; parts: Parts }[]; csgCodes: { code: string; parts: Parts }[] } {
  const lines: ContributionLine[] = [];
  const csgCodes: { code: string; parts: Parts }[] = [];
  const welfareCodes: { code: string; parts: Parts }[] = [];
  for (let i = 0; i < table.codes.length; i++) {
    const code = table.codes[i];
    const parts = shares(run, code, i);
    if (parts.length === 0) continue;
    // One code keeps one base; a user who changes a code's base mid-year gets the most recent one.
    const base = latestPart(parts).row.base;
    if (base === "csg") {
      csgCodes.push({ code, parts });
      continue;
    }
    if (base === "employerWelfare") {
      welfareCodes.push({ code, parts });
      continue;
    }
    // Congés Spectacles on gross capped at the agreement's number of conventional minima.
    const cap = run.ctx.congesSpectaclesCapCents;
    const baseCents = code === CONGES_SPECTACLES_CODE && cap !== undefined ? Math.min(run.gross, cap) : baseAmount(base, run.gross, run.ceiling.cents);
    const line = makeLine(code, base, baseCents, parts);
    if (line.employeeCents !== 0 || line.employerCents !== 0 || line.baseCents !== 0) lines.push(line);
  }
  return { lines, welfareCodes, csgCodes };
}

/** The codes listed in a text parameter ("A, B; C"). */
function listedCodes(run: LineRun, parameter: string): ReadonlySet<string> {
  const text = textParameter(run.config, parameter, run.refDay) ?? "";
  let codes = codesOfText.get(text);
  if (!codes)
    codesOfText.set(
      text,
      (codes = new Set(
        text
          .split(/[,;]/)
          .map((s) => s.trim())
          .filter((s) => s !== ""),
      )),
    );
  return codes;
}

/** The lists of codes, read once per text (two per payslip before). */
const codesOfText = new Map<string, ReadonlySet<string>>();

function employerSum(lines: readonly ContributionLine[], codes: ReadonlySet<string>): Cents {
  return lines.filter((l) => codes.has(l.code)).reduce((s, l) => s + l.employerCents, 0);
}

/** Forfait social: on the employer's prévoyance and health lines computed before. */
function welfareLines(run: LineRun, lines: readonly ContributionLine[], welfareCodes: { code: string; parts: Parts }[]): ContributionLine[] {
  if (welfareCodes.length === 0) return [];
  const base = employerSum(lines, listedCodes(run, "FORFAIT_SOCIAL_ASSIETTE"));
  return welfareCodes
    .map(({ code, parts }) => makeLine(code, "employerWelfare", base, parts))
    .filter((line) => line.employerCents !== 0 || line.employeeCents !== 0);
}

/** CSG/CRDS on the abated gross plus the employer lines the parameters include. */
function csgLines(run: LineRun, lines: readonly ContributionLine[], csgCodes: { code: string; parts: Parts }[]): ContributionLine[] {
  if (csgCodes.length === 0) return [];
  const abatement = numberParameter(run.config, "CSG_ABATTEMENT", run.refDay) ?? 0;
  const limit = numberParameter(run.config, "CSG_ABATTEMENT_LIMITE_PSS", run.refDay) ?? 4;
  const extras = employerSum(lines, listedCodes(run, "CSG_INCLUT_PATRONAL"));
  const base = csgBase(run.gross, run.ceiling.cents, abatement, limit, extras);
  return csgCodes.map(({ code, parts }) => makeLine(code, "csg", base, parts));
}

/** Totals are sums of the rounded lines, as on a payslip; the RGDU comes off the employer total. */
function totalsOf(run: LineRun, lines: ContributionLine[], rgdu: RgduResult | undefined): ContributionResult {
  const employee = lines.reduce((s, l) => s + l.employeeCents, 0);
  const employerBefore = lines.reduce((s, l) => s + l.employerCents, 0);
  const employer = employerBefore - (rgdu?.amountCents ?? 0);
  const cs = lines.filter((l) => l.code === CONGES_SPECTACLES_CODE).reduce((s, l) => s + l.employerCents, 0);
  return {
    grossCents: run.gross,
    ceiling: run.ceiling,
    lines,
    employeeCents: employee,
    employerCents: employer,
    congesSpectaclesCents: cs,
    rgdu,
    netCents: run.gross - employee,
    employerCostCents: run.gross + employer,
    missing: run.missing,
  };
}

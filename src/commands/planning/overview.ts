/**
 * The `overview` section of « Vérifier et recalculer » (`cappad check --json`), what the task pane draws
 * its two pictures from — a contract (field names never change):
 *   "overview": {
 *     "today": "AAAA-MM-JJ",
 *     "timeline": [{ code, title, start, padBaseline, padForecast, padTarget, padSlipDays, status }],
 *     "workload": { weeks: ["AAAA-MM-JJ" (Mondays)], maxHours, maxDays,
 *                   rows: [{ name, hours: [], days: [], over: [], productions: [] }], leftOut }
 *   }
 * Every figure is the plan's (`ProductionSummary`) or the weekly loads' (`weeklyLoads`,
 * `overloadedWeeks`), never recomputed: only chosen and arranged. The workload covers the coming
 * `WEEKS` weeks from the Monday of today, at most `ROWS` people or rooms (those with an overloaded week
 * first, then the busiest); `leftOut` says how many more have work in those weeks.
 */
import { toIso, weekStart, type DayNumber } from "../../core/dates/civil";
import { comingWeeksGrid } from "../../core/planning/comingWeeks";
import { isOverloaded, weeklyLoads } from "../../core/planning/resourceLoad";
import { hasPlanning, planningOf } from "../../sheets/planning";
import type { CheckStep, CommandContext } from "../context";
import { weekLimitsOf } from "./weekLimits";

/** Weeks the workload picture shows (two months: what a coordinator can still rearrange). */
export const WEEKS = 8;
/** People and rooms it shows at most (a 320 px pane reads a dozen rows). */
export const ROWS = 12;

/** One production on the timeline (dates `AAAA-MM-JJ`, null when unknown). */
export interface OverviewProduction {
  code: string;
  title: string;
  /** First day of its first task. */
  start: string | null;
  padBaseline: string | null;
  padForecast: string | null;
  padTarget: string | null;
  /** Working days from PAD contractuel to PAD prévu (positive = late). */
  padSlipDays: number | null;
  status: string;
}

/** The coming weeks of the busiest people and rooms. */
export interface OverviewWorkload {
  /** Mondays. */
  weeks: string[];
  /** MAX_HEURES_SEMAINE (null when the payroll has none). */
  maxHours: number | null;
  maxDays: number;
  rows: { name: string; hours: number[]; days: number[]; over: boolean[]; productions: string[] }[];
  /** People and rooms with work in those weeks not in `rows`. */
  leftOut: number;
}

export interface Overview {
  today: string;
  timeline: OverviewProduction[];
  workload: OverviewWorkload;
}

const iso = (d: DayNumber | undefined): string | null => (d === undefined ? null : toIso(d));

export function overviewSection(ctx: CommandContext): Overview {
  const { input, result } = planningOf(ctx);
  const limits = weekLimitsOf(ctx);
  const monday = weekStart(ctx.today);
  // The weeks are summed once; the overloaded ones are picked from them.
  const loads = weeklyLoads(result.bookings, limits.hoursPerDay, monday);
  const grid = comingWeeksGrid(
    loads,
    loads.filter((w) => isOverloaded(w, limits)),
    monday,
    WEEKS,
    ROWS,
  );
  return {
    today: toIso(ctx.today),
    timeline: result.productions.map((p) => ({
      code: p.code,
      title: input.productions[p.index]?.title ?? "",
      start: iso(p.start),
      padBaseline: iso(p.padBaseline),
      padForecast: iso(p.padForecast),
      padTarget: iso(p.padTarget),
      padSlipDays: p.padSlipDays ?? null,
      status: p.status,
    })),
    workload: {
      weeks: grid.weeks.map(toIso),
      maxHours: Number.isFinite(limits.maxHours) ? limits.maxHours : null,
      maxDays: limits.maxDays,
      rows: grid.rows.map((r) => ({ name: r.resource, hours: r.hours, days: r.days, over: r.over, productions: r.productions })),
      leftOut: grid.leftOut,
    },
  };
}

export const overviewStep: CheckStep = {
  name: "vue d'ensemble",
  run(ctx) {
    if (hasPlanning(planningOf(ctx))) ctx.sections.overview = overviewSection(ctx);
  },
};

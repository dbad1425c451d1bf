/**
 * The JSON sections of `cappad check --json` for the plan (a contract: its field names never change):
 *   "productions": [{ code, padTarget, padForecast, padSlipDays, status }]
 *   "tasks": [{ production, id, start, finish, totalFloat, critical, slipDays, status,
 *               actualStart, actualFinish, progress }]
 * Dates `AAAA-MM-JJ` (null when unknown), floats and slips in working days (slip null without
 * baseline), a milestone's start equal to its finish. `actualStart` is typed or the first séance,
 * `actualFinish` that of a finished task, `progress` the percent complete the plan used (0–100: typed,
 * else estimated from the séance days). Tasks and productions in table row order.
 */
import { toIso, type DayNumber } from "../../core/dates/civil";
import type { PlanningResult } from "../../core/planning/model";
import { shownStart } from "../../sheets/planning/columns";

const iso = (d: DayNumber | undefined): string | null => (d === undefined ? null : toIso(d));

export function planningSections(result: PlanningResult): { productions: unknown[]; tasks: unknown[] } {
  return {
    productions: result.productions.map((p) => ({
      code: p.code,
      padTarget: iso(p.padTarget),
      padForecast: iso(p.padForecast),
      padSlipDays: p.padSlipDays ?? null,
      status: p.status,
    })),
    tasks: result.tasks.map((t) => ({
      production: t.production,
      id: t.id,
      start: iso(shownStart(t)),
      finish: iso(t.finish),
      totalFloat: t.totalFloat,
      critical: t.critical,
      slipDays: t.slipDays ?? null,
      status: t.status,
      actualStart: iso(t.actualStart),
      actualFinish: iso(t.actualFinish),
      progress: t.progress,
    })),
  };
}

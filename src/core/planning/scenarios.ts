/**
 * What-if scenarios: the current plan plus a few change rows (`scenarioChanges.ts`), computed by the
 * very engine of the plan (`runPlanning`: calendars, links, resources across productions). For each
 * production a scenario gives its PAD forecast, its slip against the baseline and against the
 * contract (the figures of the overrun report, `overrunReport`), its critical path, and for the whole
 * workbook the people and rooms overloaded week by week (`resourceLoad.ts`). A scenario without rows
 * is the plan itself: same input, same figures.
 */

import { DayNumber, weekStart } from "../dates/civil";
import { PlanningInput, PlanningResult } from "./model";
import { overrunReport } from "./overrun";
import { runPlanning } from "./plan";
import { overloadedWeeks, WeekLimits, WeekLoad } from "./resourceLoad";
import { applyScenario, ScenarioChange } from "./scenarioChanges";

/** The name of the first column of every comparison: the plan as it stands. */
export const CURRENT_PLAN = "Plan actuel";

export interface Scenario {
  name: string;
  changes: ReadonlyArray<ScenarioChange>;
}

/** One production under one scenario. */
export interface ScenarioProduction {
  production: string;
  padForecast?: DayNumber;
  padTarget?: DayNumber;
  padBaseline?: DayNumber;
  /** Working days from the baseline PAD (else the contractual one) to the forecast, as the overrun report says. */
  slipDays: number;
  slipReference: "baseline" | "contract" | "none";
  /** Working days from the contractual PAD to the forecast (positive = late). */
  contractSlipDays?: number;
  /** IDs of the production's critical tasks, in start order. */
  criticalPath: string[];
}

export interface ScenarioRun {
  name: string;
  input: PlanningInput;
  result: PlanningResult;
  /** Indices, in the plan's input, of the tasks the scenario removed. */
  removed: number[];
  productions: ScenarioProduction[];
  /** Weeks above the limits, every production together, from the week of `today` on. */
  overloads: WeekLoad[];
}

/**
 * The plan (as `Plan actuel`) then each scenario, in order. `plan` is the plan's own run, reused. Slips
 * are counted in the working days of the plan's calendars (a Saturday a scenario opens is not a day of
 * slip more or less), so that every option is measured in the same days as the overrun report.
 */
export function compareScenarios(
  input: PlanningInput,
  plan: PlanningResult,
  scenarios: ReadonlyArray<Scenario>,
  limits: WeekLimits,
): ScenarioRun[] {
  const runs = [outcomeOf(CURRENT_PLAN, input, plan, [], plan, limits)];
  for (const s of scenarios) {
    const applied = applyScenario(input, s.changes);
    runs.push(outcomeOf(s.name, applied.input, runPlanning(applied.input), applied.removed, plan, limits));
  }
  return runs;
}

function outcomeOf(name: string, input: PlanningInput, result: PlanningResult, removed: number[], plan: PlanningResult, limits: WeekLimits): ScenarioRun {
  const productions: ScenarioProduction[] = [];
  for (const summary of result.productions) {
    if (summary.code === "") continue;
    const report = overrunReport(input, result, summary.code);
    if (!report) continue;
    const calendar = plan.calendars.get(summary.code);
    const between = (from: DayNumber | undefined, to: DayNumber | undefined, same: number | undefined): number | undefined =>
      calendar === undefined || from === undefined || to === undefined || result === plan ? same : calendar.workingDaysBetween(from, to);
    const reference = report.slipReference === "baseline" ? report.padBaseline : report.slipReference === "contract" ? report.padTarget : undefined;
    productions.push({
      production: summary.code,
      padForecast: report.padForecast,
      padTarget: report.padTarget,
      padBaseline: report.padBaseline,
      slipDays: between(reference, report.padForecast, report.slipDays) ?? report.slipDays,
      slipReference: report.slipReference,
      contractSlipDays: between(report.padTarget, report.padForecast, report.contractSlipDays),
      criticalPath: criticalPathOf(result, summary.code),
    });
  }
  return { name, input, result, removed, productions, overloads: overloadedWeeks(result.bookings, limits, weekStart(input.today)) };
}

function criticalPathOf(result: PlanningResult, code: string): string[] {
  return result.tasks
    .filter((t) => t.critical && t.production === code)
    .sort((a, b) => a.start - b.start || a.finish - b.finish || a.index - b.index)
    .map((t) => t.id);
}

/**
 * The dates of the "Rapport de dépassement", the document the coordinator negotiates an overrun
 * with: baseline PAD vs forecast PAD, the slip in working days, and the critical tasks that caused it
 * (the chain of driving predecessors of the PAD milestone) with their own slip. What the slip costs is
 * not the PAD's slip × the rates of these tasks (a task that only moves costs nothing): it is the
 * resource-days the plan gained or lost against the baseline, priced by `core/costs/slipCost.ts`.
 */

import { DayNumber } from "../dates/civil";
import { isDay } from "./checks";
import { PlanningInput, PlanningResult } from "./model";

export interface OverrunCause {
  index: number;
  id: string;
  stage?: string;
  name?: string;
  baselineStart?: DayNumber;
  baselineFinish?: DayNumber;
  start: DayNumber;
  finish: DayNumber;
  /** Working days its finish is later than its baseline finish. */
  slipDays: number;
  /**
   * The part of the slip this task added itself (finish slip − start slip): longer than planned,
   * or started late for its own reasons; the rest it inherited from its predecessors.
   */
  ownSlipDays: number;
  resources: string[];
  critical: boolean;
}

export interface OverrunReport {
  production: string;
  title?: string;
  padTarget?: DayNumber;
  padBaseline?: DayNumber;
  padForecast?: DayNumber;
  /** Working days from the baseline PAD (or the contractual one without baseline) to the forecast. */
  slipDays: number;
  /** Which date the slip is measured from. */
  slipReference: "baseline" | "contract" | "none";
  /** Working days from PAD contractuel to the forecast. */
  contractSlipDays?: number;
  /** Tasks of the driving chain of the PAD that finish later than their baseline, earliest first. */
  causes: OverrunCause[];
}

/** Builds the report of one production from a planning run. Undefined when the production is unknown. */
export function overrunReport(input: PlanningInput, result: PlanningResult, productionCode: string): OverrunReport | undefined {
  const key = productionCode.trim().toLowerCase();
  const summary = result.productions.find((p) => p.code.toLowerCase() === key);
  if (!summary) return undefined;
  const production = input.productions[summary.index];
  const calendar = result.calendars.get(summary.code);

  let slipReference: OverrunReport["slipReference"] = "none";
  let slipDays = 0;
  if (summary.padBaselineSlipDays !== undefined) {
    slipReference = "baseline";
    slipDays = summary.padBaselineSlipDays;
  } else if (summary.padSlipDays !== undefined) {
    slipReference = "contract";
    slipDays = summary.padSlipDays;
  }

  // The chain of driving predecessors of the PAD milestone: what actually set its date.
  const chain: number[] = [];
  const seen = new Set<number>();
  for (let i = summary.padTaskIndex; i !== undefined && !seen.has(i); ) {
    seen.add(i);
    chain.push(i);
    const d = result.tasks[i].driver;
    i = d.kind === "link" ? d.predecessorIndex : undefined;
  }
  chain.reverse();

  const causes: OverrunCause[] = [];
  for (const i of chain) {
    const t = input.tasks[i];
    const r = result.tasks[i];
    if (r.slipDays === undefined || r.slipDays <= 0 || !calendar) continue;
    const startSlip = isDay(t.baselineStart) ? calendar.workingDaysBetween(t.baselineStart, r.start) : 0;
    causes.push({
      index: i,
      id: r.id,
      stage: t.stage,
      name: t.name,
      baselineStart: isDay(t.baselineStart) ? t.baselineStart : undefined,
      baselineFinish: isDay(t.baselineFinish) ? t.baselineFinish : undefined,
      start: r.start,
      finish: r.finish,
      slipDays: r.slipDays,
      ownSlipDays: Math.max(0, r.slipDays - Math.max(0, startSlip)),
      resources: r.resources,
      critical: r.critical,
    });
  }

  return {
    production: summary.code,
    title: production?.title,
    padTarget: summary.padTarget,
    padBaseline: summary.padBaseline,
    padForecast: summary.padForecast,
    slipDays,
    slipReference,
    contractSlipDays: summary.padSlipDays,
    causes,
  };
}

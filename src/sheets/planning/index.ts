/**
 * The plan of a workbook, computed once per command: tables read, engine run, checks located as
 * alerts. Every step that needs productions, calendars or scheduled tasks (payroll, costs, rushes…)
 * calls `planningOf(ctx)` and gets the same memoised result.
 */
import type { Alert } from "../../core/alerts";
import type { PlanningInput, PlanningResult } from "../../core/planning/model";
import { runPlanning } from "../../core/planning/plan";
import { seanceLogOf } from "../crew/seances";
import { planningAlerts } from "./alerts";
import type { SheetSource } from "../source";
import { readPlanning, type PlanningRows, type PlanningTables } from "./read";

export interface PlanningData {
  input: PlanningInput;
  result: PlanningResult;
  /** Row readers aligned with the input arrays (and so with the result's indices). */
  rows: PlanningRows;
  tables: PlanningTables;
  /** The engine's checks as located alerts (already added to the command's alerts). */
  alerts: Alert[];
}

export function planningOf(ctx: SheetSource): PlanningData {
  return ctx.memo("planning", () => {
    const { input, rows, tables } = readPlanning(ctx, ctx.today);
    // The séance log gives a task its actual start and, where `Avancement` is empty, its progress.
    input.seances = seanceLogOf(ctx).bookings.flatMap((b) => (b.task ? [{ production: b.production, task: b.task, day: b.day }] : []));
    const result = runPlanning(input);
    const alerts = planningAlerts(result.checks, rows, ctx.sink.items);
    for (const a of alerts) ctx.addAlert(a);
    return { input, result, rows, tables, alerts };
  });
}

/** The workbook has a plan to compute (either planning table is there). */
export function hasPlanning(data: PlanningData): boolean {
  return data.tables.productions !== undefined || data.tables.tasks !== undefined;
}

export { readPlanning, type PlanningRows, type PlanningTables } from "./read";

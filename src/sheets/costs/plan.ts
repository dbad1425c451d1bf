/**
 * The plan as the quote, the cost report and the slip cost need it, from the planning step's memoised
 * result (`planningOf`): each task's duration and resources (names resolved to `Equipe[Nom]`), the
 * working days a task still has after the report date on its production's calendar, what each task was
 * when the baseline was frozen, and each production's programme length (for per-minute rates).
 */
import type { RemainingTask } from "../../core/costs/costReport";
import type { Place, QuoteAssignment, QuoteTask } from "../../core/costs/quote";
import type { SlipTask, SlipWork } from "../../core/costs/slipCost";
import type { DayNumber } from "../../core/dates/civil";
import type { PlanningInput, PlanningResult, TaskInput } from "../../core/planning/model";
import { splitResources } from "../../core/planning/resources";
import type { WorkingCalendar } from "../../core/calendar/workingCalendar";
import type { SheetSource } from "../source";
import { planningOf } from "../planning";
import { costResourcesOf } from "./resources";

function assignments(ctx: SheetSource, names: readonly string[]): { resource: string }[] {
  const { canonical } = costResourcesOf(ctx);
  // Unknown names are kept as typed: the engines warn about them (planning does too).
  return names.map((n) => ({ resource: canonical(n) ?? n }));
}

export function quoteTasksOf(ctx: SheetSource): QuoteTask[] {
  return ctx.memo("costs.quoteTasks", () => {
    const plan = planningOf(ctx);
    return plan.result.tasks.flatMap((t) => {
      const duration = plan.input.tasks[t.index].duration;
      if (duration === undefined || !Number.isFinite(duration) || duration <= 0) return [];
      const row = plan.rows.tasks[t.index];
      return [{ id: t.id, production: t.production, name: plan.input.tasks[t.index].name, durationDays: duration, resources: assignments(ctx, t.resources), place: { sheet: row.sheet, row: row.sheetRow, id: t.id, cell: row.cell("Ressources") } }];
    });
  });
}

/** Tasks not done, with the working days they still have after `asOf` (never more than their duration). */
export function remainingTasksOf(ctx: SheetSource, asOf: DayNumber): RemainingTask[] {
  return ctx.memo(`costs.remaining.${asOf}`, () => {
    const plan = planningOf(ctx);
    return plan.result.tasks.flatMap((t) => {
      const duration = plan.input.tasks[t.index].duration ?? 0;
      if (t.state === "done" || t.milestone || !(duration > 0) || t.finish <= asOf) return [];
      const calendar = plan.result.calendars.get(t.production);
      const days = t.start > asOf ? duration : Math.min(duration, calendar ? calendar.networkdays(asOf + 1, t.finish) : t.finish - asOf);
      if (!(days > 0)) return [];
      const row = plan.rows.tasks[t.index];
      return [{ id: t.id, production: t.production, remainingDays: days, resources: assignments(ctx, t.resources), place: { sheet: row.sheet, row: row.sheetRow, id: t.id, cell: row.cell("Ressources") } }];
    });
  });
}

export function programmeMinutesOf(ctx: SheetSource): Map<string, number> {
  return ctx.memo("costs.minutes", () => {
    const out = new Map<string, number>();
    for (const p of planningOf(ctx).input.productions) if (p.code && p.durationMinutes !== undefined && p.durationMinutes > 0) out.set(p.code, p.durationMinutes);
    return out;
  });
}

export interface SlipTasks {
  tasks: SlipTask[];
  /**
   * Productions whose reference was frozen without the durations and resources of its tasks (before
   * Cap PAD kept them): their baseline is read from the reference dates and today's resources.
   */
  approximated: string[];
}

/**
 * Each task now (its `Durée (j)` and resources, as the quote counts them) and as frozen with the
 * baseline (`Durée réf. (j)` and `Ressources réf.`; for a reference frozen without them, the working
 * days from `Début réf.` to `Fin réf.` and the resources of today).
 */
export function slipTasksOf(ctx: SheetSource): SlipTasks {
  return ctx.memo("costs.slipTasks", () => {
    const plan = planningOf(ctx);
    return slipTasksFrom(plan.input, plan.result, (names) => assignments(ctx, names), (i) => {
      const row = plan.rows.tasks[i];
      return { sheet: row.sheet, row: row.sheetRow, id: plan.result.tasks[i].id, cell: row.cell("Ressources réf.") };
    });
  });
}

/** The same from any plan (a what-if scenario's), its resources assigned by `assign`. */
export function slipTasksFrom(input: PlanningInput, result: PlanningResult, assign: (names: readonly string[]) => QuoteAssignment[], placeOf?: (index: number) => Place): SlipTasks {
  const approximated = new Set<string>();
  const tasks = result.tasks.map((t): SlipTask => {
    const task = input.tasks[t.index];
    const duration = task.duration !== undefined && Number.isFinite(task.duration) && task.duration > 0 ? task.duration : 0;
    const current: SlipWork = { days: duration, resources: duration > 0 ? assign(t.resources) : [] };
    const frozen = frozenWork(task, t.resources, result.calendars.get(t.production));
    if (frozen?.approximated) approximated.add(t.production);
    const baseline = frozen && { days: frozen.days, resources: frozen.days > 0 ? assign(frozen.resources) : [] };
    return { id: t.id, production: t.production, current, baseline, ...(placeOf ? { place: placeOf(t.index) } : {}) };
  });
  return { tasks, approximated: [...approximated] };
}

/** Resource names as the cost engines key them (`Equipe[Nom]`; unknown names as typed). */
export function costAssignmentsOf(ctx: SheetSource): (names: readonly string[]) => QuoteAssignment[] {
  return (names) => assignments(ctx, names);
}

function frozenWork(task: TaskInput, resourcesNow: readonly string[], calendar: WorkingCalendar | undefined): { days: number; resources: readonly string[]; approximated: boolean } | undefined {
  const typed = splitResources(task.baselineResources);
  if (task.baselineDuration !== undefined) return { days: task.baselineDuration, resources: typed, approximated: false };
  if (task.baselineStart === undefined || task.baselineFinish === undefined || !calendar) return undefined;
  // A reference without its duration: the working days it spanned (a milestone spans none).
  const days = (task.duration ?? 0) > 0 && task.baselineFinish >= task.baselineStart ? calendar.networkdays(task.baselineStart, task.baselineFinish) : 0;
  return { days, resources: typed.length ? typed : resourcesNow, approximated: true };
}

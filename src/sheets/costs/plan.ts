/**
 * The plan as the quote and the cost report need it, from the planning step's memoised result
 * (`planningOf`): each task's duration and resources (names resolved to `Equipe[Nom]`), the working
 * days a task still has after the report date on its production's calendar, and each production's
 * programme length (for per-minute rates).
 */
import type { RemainingTask } from "../../core/costs/costReport";
import type { QuoteTask } from "../../core/costs/quote";
import type { DayNumber } from "../../core/dates/civil";
import type { CommandContext } from "../../commands/context";
import { planningOf } from "../planning";
import { costResourcesOf } from "./resources";

function assignments(ctx: CommandContext, names: readonly string[]): { resource: string }[] {
  const { canonical } = costResourcesOf(ctx);
  // Unknown names are kept as typed: the engines warn about them (planning does too).
  return names.map((n) => ({ resource: canonical(n) ?? n }));
}

export function quoteTasksOf(ctx: CommandContext): QuoteTask[] {
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
export function remainingTasksOf(ctx: CommandContext, asOf: DayNumber): RemainingTask[] {
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

export function programmeMinutesOf(ctx: CommandContext): Map<string, number> {
  return ctx.memo("costs.minutes", () => {
    const out = new Map<string, number>();
    for (const p of planningOf(ctx).input.productions) if (p.code && p.durationMinutes !== undefined && p.durationMinutes > 0) out.set(p.code, p.durationMinutes);
    return out;
  });
}

/**
 * The planning step of "Vérifier et recalculer": the schedule's computed columns (`Taches`,
 * `Productions`), the JSON sections `productions` and `tasks`, and the owned sheets that follow the
 * plan (`Feries` and its named ranges, `Gantt`, `Planning à imprimer`). `Synthese`, which adds the money
 * of each production, is written by the check's last step (`commands/costs/moneyStep.ts`).
 */
import { MON_FRI, weekendMask } from "../../core/calendar/weekdays";
import { toFrench } from "../../core/dates/civil";
import type { PlanningResult } from "../../core/planning/model";
import { PRODUCTION_STATUS, TASK_STATUS } from "../../core/planning/status";
import { PRODUCTION_COMPUTED, TASK_COMPUTED, productionCells, shownStart, taskCells } from "../../sheets/planning/columns";
import { commonClosures, holidayRanges, planYears } from "../../sheets/planning/holidays";
import { hasPlanning, planningOf, type PlanningData } from "../../sheets/planning";
import { buildFeriesSheet } from "../../sheets/reports/feries";
import { buildPlanningPrintSheet } from "../../sheets/reports/planningPrint";
import { buildGanttSheet, ganttCalendar, ganttLayout, initialGanttSheet } from "../../sheets/templates/gantt";
import type { CheckStep, CommandContext } from "../context";
import { planningSections } from "./sections";

export const planningStep: CheckStep = {
  name: "planning",
  run(ctx) {
    const plan = planningOf(ctx);
    if (!hasPlanning(plan)) return;
    const { input, result } = plan;
    const ranges = holidayRanges(result.calendars, input.closures ?? [], planYears(result, ctx.today));
    writeColumns(ctx, plan, ranges.byProduction);
    Object.assign(ctx.sections, planningSections(result));
    ctx.addSheet(buildFeriesSheet(ranges.ranges, ranges.years));
    ctx.addSheet(ganttOf(plan, ctx));
    ctx.addSheet(buildPlanningPrintSheet(input, result, ctx.today));
    ctx.summary.push(...summaryLines(result));
  },
};

function writeColumns(ctx: CommandContext, plan: PlanningData, calendars: Map<string, { range: string; weekendCode: string }>): void {
  const { tasks, productions } = plan.tables;
  if (tasks) {
    for (const h of TASK_COMPUTED) ctx.claim(tasks, h);
    plan.result.tasks.forEach((t, i) => {
      const cells = taskCells(t);
      for (const h of TASK_COMPUTED) ctx.set(plan.rows.tasks[i], h, cells[h]);
    });
  }
  if (productions) {
    for (const h of PRODUCTION_COMPUTED) ctx.claim(productions, h);
    plan.result.productions.forEach((p) => {
      const cells = productionCells(p, calendars.get(p.code));
      for (const h of PRODUCTION_COMPUTED) ctx.set(plan.rows.productions[p.index], h, cells[h]);
    });
  }
}

/** The Gantt sized to the plan: its rows follow `Taches` row for row, its columns span the plan. */
function ganttOf(plan: PlanningData, ctx: CommandContext) {
  const rows = plan.tables.tasks?.snapshot.rows.length ?? 0;
  const tasks = plan.result.tasks;
  if (tasks.length === 0) return initialGanttSheet(ctx.today, rows);
  let from = Infinity;
  let to = -Infinity;
  for (const t of tasks) {
    from = Math.min(from, shownStart(t));
    to = Math.max(to, t.finish);
  }
  // A column is worked when any production works that weekday.
  const weekdays = MON_FRI.map((_, k) => [...plan.result.calendars.values()].some((c) => c.weekdays[k])) as boolean[];
  const worked = weekdays.some(Boolean) ? weekdays : [...MON_FRI];
  const calendar = ganttCalendar(worked, commonClosures(plan.input.closures ?? []));
  return buildGanttSheet({ rows, layout: ganttLayout(from, to, calendar), today: ctx.today, weekendCode: weekendMask(worked) });
}

function summaryLines(result: PlanningResult): string[] {
  const late = result.tasks.filter((t) => t.status === TASK_STATUS.late).length;
  const slipping = result.tasks.filter((t) => t.status === TASK_STATUS.slipping).length;
  const lines = [`Planning : ${result.tasks.length} tâche(s), ${result.productions.length} production(s) ; ${late} en retard, ${slipping} en glissement.`];
  for (const p of result.productions) {
    if (p.padForecast === undefined) {
      lines.push(`${p.code} : ${p.status === PRODUCTION_STATUS.empty ? "aucune tâche" : p.status}.`);
      continue;
    }
    const gap =
      p.padSlipDays === undefined
        ? ""
        : ` (contractuel ${toFrench(p.padTarget as number)}, ${p.padSlipDays > 0 ? `${p.padSlipDays} j ouvré(s) de retard` : `${-p.padSlipDays} j ouvré(s) d'avance`})`;
    lines.push(`${p.code} : PAD prévu le ${toFrench(p.padForecast)}${gap} — ${p.status}.`);
  }
  return lines;
}

/**
 * The last phases of a planning run (`plan.ts`): from the scheduler's dates to what the workbook
 * shows. Loops, slips, deadlines and unavailability become alerts; resource conflicts are found
 * across productions; each production gets its PAD forecast and status, each task its result row.
 */

import { DayNumber, toFrench } from "../dates/civil";
import { FIELD, PLAN_CODES, isDay, rowCheck, taskCheck } from "./checks";
import { Driver, PlanningCheck, ProductionInput, ProductionSummary, ProgressState, ScheduledTask, TaskInput } from "./model";
import { ParsedLink } from "./links";
import { Booking, conflictChecks, Crew, findConflicts, isSharedFacility } from "./resources";
import { CpmLink, CpmResult, DRIVER_ACTUAL, DRIVER_NOT_BEFORE, DRIVER_TODAY } from "./schedule";
import { slipDays } from "./baseline";
import { type TaskActuals } from "./actuals";
import { productionStatus, taskStatus, TASK_STATUS } from "./status";
import type { EngineTasks, Group, Links } from "./planNetwork";

/** Phase 8: every task of a dependency loop is alerted with the loop it is on (or the nearest one of its production). */
export function loopChecks(tasks: ReadonlyArray<TaskInput>, groupOf: ReadonlyArray<Group>, r: CpmResult): PlanningCheck[] {
  const checks: PlanningCheck[] = [];
  const loopOf = new Map<number, string>();
  for (const loop of r.cycles) {
    const path = [...loop, loop[0]].map((i) => tasks[i].id).join(" → ");
    for (const i of loop) if (!loopOf.has(i)) loopOf.set(i, path);
  }
  // Tasks tangled in a loop without being on the one listed get the nearest listed loop of their
  // production (a strongly connected component can hold several loops; all its links are ignored).
  for (let i = 0; i < tasks.length; i++) {
    if (r.inLoop[i] !== 1) continue;
    const path = loopOf.get(i);
    if (path !== undefined) {
      checks.push(taskCheck("PLAN_CYCLE", tasks[i], i, FIELD.predecessors, `boucle de dépendances : ${path} (liens ignorés pour le calcul)`));
    } else {
      const other = r.cycles.find((l) => groupOf[l[0]] === groupOf[i]);
      const shown = other ? [...other, other[0]].map((k) => tasks[k].id).join(" → ") : "";
      checks.push(
        taskCheck("PLAN_CYCLE", tasks[i], i, FIELD.predecessors, `prise dans une boucle de dépendances${shown ? ` (dont ${shown})` : ""} : liens ignorés pour le calcul`),
      );
    }
  }
  return checks;
}

/** Per task: its slip against the baseline, a deadline passed, a start or finish pushed by unavailability. */
export interface TaskFacts {
  slips: Array<number | undefined>;
  pastDeadline: Uint8Array;
  delayed: Uint8Array;
}

/** Phase 9: slip, deadline and unavailability of every task not finished, with their alerts. */
export function taskFacts(tasks: ReadonlyArray<TaskInput>, groupOf: ReadonlyArray<Group>, engine: EngineTasks, r: CpmResult, checks: PlanningCheck[]): TaskFacts {
  const n = tasks.length;
  const facts: TaskFacts = {
    slips: new Array(n),
    pastDeadline: new Uint8Array(n),
    delayed: new Uint8Array(n),
  };
  tasks.forEach((t, i) => {
    const cal = groupOf[i].calendar;
    const done = engine.states[i] === "done";
    const finish = r.finish[i];
    facts.slips[i] = isDay(t.baselineFinish) ? slipDays(cal, t.baselineFinish, finish) : undefined;
    const s = facts.slips[i];
    if (!done && s !== undefined && s > 0) {
      checks.push(
        taskCheck(
          "PLAN_GLISSEMENT",
          t,
          i,
          FIELD.slip,
          `fin prévue le ${toFrench(finish)}, ${s} j ouvré${s > 1 ? "s" : ""} après la référence (${toFrench(t.baselineFinish as DayNumber)})`,
        ),
      );
    }
    if (!done && isDay(t.deadline) && finish > t.deadline) {
      facts.pastDeadline[i] = 1;
      const late = cal.workingDaysBetween(t.deadline, finish);
      checks.push(
        taskCheck(
          "PLAN_ECHEANCE_DEPASSEE",
          t,
          i,
          FIELD.finish,
          `fin prévue le ${toFrench(finish)}, après l'échéance du ${toFrench(t.deadline)} (${late} j ouvré${late > 1 ? "s" : ""} de retard)`,
        ),
      );
    }
    if (done) return;
    const unavailable = unavailabilityCheck(t, i, groupOf[i], engine, r);
    if (unavailable !== undefined) {
      facts.delayed[i] = 1;
      checks.push(unavailable);
    }
  });
  return facts;
}

/** The alert of a task whose start or finish its resources' unavailability pushed, if it did. */
function unavailabilityCheck(t: TaskInput, i: number, g: Group, engine: EngineTasks, r: CpmResult): PlanningCheck | undefined {
  const work = engine.cpm[i].workCalendar;
  if (work === undefined) return undefined;
  const finish = r.finish[i];
  const hits = work.unavailabilityOverlapping(g.calendar.dayAt(r.boundStart[i]), finish);
  const stretched = r.ef[i] - r.es[i] + 1 > engine.cpm[i].duration;
  if (hits.length === 0 || !(r.es[i] > r.boundStart[i] || stretched || engine.states[i] === "inProgress")) return undefined;
  const what = hits
    .map(
      (u) =>
        `${u.resource ?? "ressource"} indisponible ${u.from === u.to ? `le ${toFrench(u.from)}` : `du ${toFrench(u.from)} au ${toFrench(u.to)}`}${u.reason ? ` (${u.reason})` : ""}`,
    )
    .join(" ; ");
  const moved = r.es[i] > r.boundStart[i] ? `début repoussé au ${toFrench(r.start[i])}` : `fin repoussée au ${toFrench(finish)}`;
  return taskCheck("PLAN_INDISPONIBLE", t, i, FIELD.start, `${moved} : ${what}`);
}

/**
 * Phase 10: the resource bookings of unfinished tasks (a person or a room, not a shared facility), each on
 * the calendar its task works: what the conflicts compare and what the weekly load counts.
 */
export function resourceBookings(tasks: ReadonlyArray<TaskInput>, engine: EngineTasks, crew: Crew, r: CpmResult): Booking[] {
  const bookings: Booking[] = [];
  tasks.forEach((t, i) => {
    if (engine.states[i] === "done" || engine.cpm[i].duration === 0) return;
    for (const name of engine.resources[i]) {
      if (isSharedFacility(crew.find(name)?.type)) continue;
      bookings.push({
        taskIndex: i,
        taskId: t.id,
        production: t.production,
        resource: name,
        start: r.start[i],
        finish: r.finish[i],
        calendar: engine.cpm[i].workCalendar ?? engine.cpm[i].calendar,
      });
    }
  });
  return bookings;
}

/** A person or a room booked on two unfinished tasks at once, across all productions. */
export function resourceConflictChecks(bookings: ReadonlyArray<Booking>): PlanningCheck[] {
  return conflictChecks(findConflicts(bookings));
}

/** Phase 11: each production's PAD forecast, slips and status (late and critical counts come with the task results). */
export function summariseProductions(
  groups: ReadonlyArray<Group>,
  tasks: ReadonlyArray<TaskInput>,
  engine: EngineTasks,
  r: CpmResult,
  checks: PlanningCheck[],
): Map<number, ProductionSummary> {
  const summaryByIndex = new Map<number, ProductionSummary>();
  for (const g of groups) {
    if (g.productionIndex === undefined || g.production === undefined) continue;
    const pad = padFacts(g, g.production, tasks, engine, r);
    checks.push(...padChecks(g, g.production, tasks, pad));
    const { start, finish } = spanOf(g.tasks, r);
    summaryByIndex.set(g.productionIndex, {
      index: g.productionIndex,
      code: g.code,
      padTarget: pad.target,
      padForecast: pad.forecast,
      padTaskIndex: pad.task,
      padSlipDays: pad.slip,
      padBaseline: pad.baseline,
      padBaselineSlipDays: pad.baselineSlip,
      status: productionStatus({
        taskCount: g.tasks.length,
        hasError: g.tasks.some((i) => r.inLoop[i] === 1),
        padDone: pad.done,
        padSlipDays: pad.slip,
        padBaselineSlipDays: pad.baselineSlip,
      }),
      taskCount: g.tasks.length,
      lateTaskCount: 0,
      criticalTaskCount: 0,
      nextMilestone: nextMilestoneOf(g.tasks, tasks, engine, r),
      start,
      finish,
    });
  }
  return summaryByIndex;
}

/** A production's PAD: its milestone (else its last task), forecast, contractual target, baseline and slips. */
interface PadFacts {
  task?: number;
  forecast?: DayNumber;
  target?: DayNumber;
  slip?: number;
  baseline?: DayNumber;
  baselineSlip?: number;
  done: boolean;
}

function padFacts(g: Group, p: ProductionInput, tasks: ReadonlyArray<TaskInput>, engine: EngineTasks, r: CpmResult): PadFacts {
  const cal = g.calendar;
  let task = g.padTask;
  if (task === undefined && g.tasks.length > 0) task = g.tasks.reduce((best, i) => (r.finish[i] > r.finish[best] ? i : best), g.tasks[0]);
  const forecast = task !== undefined ? r.finish[task] : undefined;
  const target = isDay(p.padTarget) ? p.padTarget : undefined;
  const slip = forecast !== undefined && target !== undefined ? cal.workingDaysBetween(target, forecast) : undefined;
  const baseline = task !== undefined && isDay(tasks[task].baselineFinish) ? (tasks[task].baselineFinish as DayNumber) : undefined;
  const baselineSlip = baseline !== undefined && forecast !== undefined ? cal.workingDaysBetween(baseline, forecast) : undefined;
  const done = task !== undefined && engine.states[task] === "done";
  return { task, forecast, target, slip, baseline, baselineSlip, done };
}

/** A PAD forecast after the contractual PAD, or not before the air date, while the PAD is not delivered. */
function padChecks(g: Group, p: ProductionInput, tasks: ReadonlyArray<TaskInput>, pad: PadFacts): PlanningCheck[] {
  const checks: PlanningCheck[] = [];
  const index = g.productionIndex as number;
  const padId = pad.task !== undefined ? tasks[pad.task].id : "";
  const { forecast, target, slip } = pad;
  if (!pad.done && slip !== undefined && slip > 0 && forecast !== undefined && target !== undefined) {
    const detail = `PAD prévu le ${toFrench(forecast)}, ${slip} j ouvré${slip > 1 ? "s" : ""} après le PAD contractuel (${toFrench(target)})`;
    checks.push(rowCheck("PLAN_PAD_DEPASSE", "productions", index, g.code, FIELD.padForecast, detail, padId));
  }
  if (!pad.done && forecast !== undefined && isDay(p.airDate) && forecast >= p.airDate) {
    const detail = `PAD prévu le ${toFrench(forecast)}, pas avant la diffusion du ${toFrench(p.airDate)}`;
    checks.push(rowCheck("PLAN_PAD_APRES_DIFFUSION", "productions", index, g.code, FIELD.padForecast, detail, padId));
  }
  return checks;
}

/** The production's next milestone not yet reached. */
function nextMilestoneOf(members: ReadonlyArray<number>, tasks: ReadonlyArray<TaskInput>, engine: EngineTasks, r: CpmResult): ProductionSummary["nextMilestone"] {
  let next: ProductionSummary["nextMilestone"];
  for (const i of members) {
    if (engine.cpm[i].duration !== 0 || engine.states[i] === "done") continue;
    if (next === undefined || r.finish[i] < next.day)
      next = {
        index: i,
        id: tasks[i].id,
        name: tasks[i].name ?? tasks[i].stage ?? tasks[i].id,
        day: r.finish[i],
      };
  }
  return next;
}

function spanOf(members: ReadonlyArray<number>, r: CpmResult): { start?: DayNumber; finish?: DayNumber } {
  let start: DayNumber | undefined;
  let finish: DayNumber | undefined;
  for (const i of members) {
    if (start === undefined || r.start[i] < start) start = r.start[i];
    if (finish === undefined || r.finish[i] > finish) finish = r.finish[i];
  }
  return { start, finish };
}

/** Phase 12: each task's result row: dates, float, status, its alerts joined, what drove it, its progress. */
export function taskResults(
  tasks: ReadonlyArray<TaskInput>,
  engine: EngineTasks,
  actuals: ReadonlyArray<TaskActuals>,
  facts: TaskFacts,
  r: CpmResult,
  links: Links,
  checks: ReadonlyArray<PlanningCheck>,
): ScheduledTask[] {
  const byRow = new Map<number, PlanningCheck[]>();
  for (const c of checks) {
    if (c.table !== "tasks") continue;
    const list = byRow.get(c.index);
    if (list) list.push(c);
    else byRow.set(c.index, [c]);
  }
  return tasks.map((t, i) => {
    const rowChecks = byRow.get(i) ?? [];
    const state = engine.states[i];
    const done = state === "done";
    const critical = !done && r.critical[i] === 1;
    const status = taskStatus({
      hasError: rowChecks.some((c) => PLAN_CODES[c.code as keyof typeof PLAN_CODES] === "error"),
      done,
      started: state === "inProgress",
      pastDeadline: facts.pastDeadline[i] === 1,
      totalFloat: r.totalFloat[i],
      critical,
      slipDays: facts.slips[i],
    });
    return {
      index: i,
      id: t.id,
      production: t.production,
      milestone: engine.cpm[i].duration === 0,
      state,
      start: r.start[i],
      finish: r.finish[i],
      lateStart: r.lateStart[i],
      lateFinish: r.lateFinish[i],
      totalFloat: r.totalFloat[i],
      critical,
      slipDays: facts.slips[i],
      status,
      alert: rowChecks.map((c) => c.detail).join(" ; "),
      driver: driverOf(r.driver[i], links.links, links.meta, tasks),
      resources: engine.resources[i],
      delayedByUnavailability: facts.delayed[i] === 1,
      ...actualFacts(state, actuals[i], engine.cpm[i].duration, engine.remaining[i], r.start[i], r.finish[i]),
    };
  });
}

/** Phase 13: the productions in row order, with their late and critical task counts; a production row that could not be read is in error. */
export function productionList(
  rows: ReadonlyArray<ProductionInput>,
  groups: ReadonlyArray<Group>,
  summaryByIndex: Map<number, ProductionSummary>,
  out: ReadonlyArray<ScheduledTask>,
): ProductionSummary[] {
  for (const g of groups) {
    const s = g.productionIndex !== undefined ? summaryByIndex.get(g.productionIndex) : undefined;
    if (!s) continue;
    for (const i of g.tasks) {
      if (out[i].status === TASK_STATUS.late) s.lateTaskCount++;
      if (out[i].critical) s.criticalTaskCount++;
    }
  }
  return rows.map(
    (p, index) =>
      summaryByIndex.get(index) ?? {
        index,
        code: String(p.code ?? "").trim(),
        status: TASK_STATUS.error,
        taskCount: 0,
        lateTaskCount: 0,
        criticalTaskCount: 0,
      },
  );
}

/** What has happened to a task, for the JSON and the pane: real dates and the progress the plan used. */
function actualFacts(
  state: ProgressState,
  a: TaskActuals,
  duration: number,
  remaining: number | undefined,
  start: DayNumber,
  finish: DayNumber,
): Pick<ScheduledTask, "actualStart" | "actualFinish" | "progress" | "progressFrom"> {
  if (state === "done")
    return {
      actualStart: a.actualStart ?? start,
      actualFinish: finish,
      progress: 100,
      progressFrom: "state",
    };
  if (state === "notStarted") return { progress: 0, progressFrom: "state" };
  const out: Pick<ScheduledTask, "actualStart" | "progress" | "progressFrom"> =
    a.percentComplete !== undefined && a.percentComplete > 0
      ? { progress: a.percentComplete, progressFrom: a.progressFrom ?? "typed" }
      : {
          progress: duration > 0 && remaining !== undefined ? Math.round((10000 * (duration - remaining)) / duration) / 100 : 0,
          progressFrom: "elapsed",
        };
  if (a.actualStart !== undefined) out.actualStart = a.actualStart;
  return out;
}

function driverOf(code: number, links: CpmLink[], meta: ParsedLink[], tasks: ReadonlyArray<TaskInput>): Driver {
  if (code >= 0) {
    const l = links[code];
    return {
      kind: "link",
      predecessorIndex: l.from,
      predecessorId: tasks[l.from].id,
      type: meta[code].type,
      lag: meta[code].lag,
    };
  }
  if (code === DRIVER_NOT_BEFORE) return { kind: "notBefore" };
  if (code === DRIVER_TODAY) return { kind: "today" };
  if (code === DRIVER_ACTUAL) return { kind: "actual" };
  return { kind: "none" };
}

/**
 * The first phases of a planning run (`plan.ts`): from the plain rows to the network the scheduler
 * computes. Productions become calendars, task rows find their production and their ID, the
 * `Prédécesseurs` texts become links, the séance log fills in the progress a row leaves empty, and
 * each task becomes an engine task (duration, calendar, actual state, PAD deadline). Every phase
 * appends its findings to the run's `checks`, in row order, as the rows are read.
 */

import { WorkingCalendar } from "../calendar/workingCalendar";
import { DayNumber } from "../dates/civil";
import { FIELD, checkTaskRow, isDay, rowCheck, taskCheck } from "./checks";
import { ClosureInput, PlanningCheck, PlanningInput, ProductionInput, ProgressState, TaskInput } from "./model";
import { checkPeriods, closuresFor, productionCalendarSpec, ResourceCalendars } from "./calendars";
import { parsePredecessors, ParsedLink } from "./links";
import { checkUnknownResources, checkUnknownUnavailable, Crew, splitResources } from "./resources";
import { ActualState, CpmLink, CpmTask } from "./schedule";
import { taskActuals, taskLogs, type TaskActuals } from "./actuals";

/** Task ID matching: spaces around and letter case do not matter ("f1-3" = "F1-3 "). */
export function idKey(id: unknown): string {
  return String(id ?? "")
    .trim()
    .toUpperCase();
}

function productionKey(code: unknown): string {
  return String(code ?? "")
    .trim()
    .toLowerCase();
}

/** A milestone is the PAD delivery when flagged, or when "PAD" is a word of its stage or name. */
export function looksLikePad(task: Pick<TaskInput, "pad" | "stage" | "name">): boolean {
  if (task.pad !== undefined) return task.pad;
  return /(^|[^\p{L}\p{N}])PAD([^\p{L}\p{N}]|$)/iu.test(`${task.stage ?? ""} ${task.name ?? ""}`);
}

/** A production and its tasks, or the stand-in group of the tasks naming an unknown production. */
export interface Group {
  key: string;
  code: string;
  calendar: WorkingCalendar;
  /** Row of `Productions`; undefined for a stand-in group. */
  productionIndex?: number;
  production?: ProductionInput;
  tasks: number[];
  padTask?: number;
}

/** The productions by key; the task rows add stand-in groups to it. */
export interface Productions {
  groups: Group[];
  byKey: Map<string, Group>;
}

/** Phase 1: each production row becomes a group with its working calendar (zone, weekdays, closures). */
export function readProductions(input: PlanningInput, crew: Crew, checks: PlanningCheck[]): Productions {
  const closures: ReadonlyArray<ClosureInput> = input.closures ?? [];
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  input.productions.forEach((p, index) => {
    const key = productionKey(p.code);
    if (key === "") {
      checks.push(rowCheck("PLAN_ID_VIDE", "productions", index, "", FIELD.code, "code de production vide"));
      return;
    }
    if (byKey.has(key)) {
      checks.push(rowCheck("PLAN_PRODUCTION_DOUBLON", "productions", index, p.code, FIELD.code, `code « ${p.code} » déjà utilisé par une autre production`));
      return;
    }
    const spec = productionCalendarSpec(p, index, checks);
    const calendar = new WorkingCalendar({
      zone: spec.zone,
      weekdays: spec.weekdays,
      // The cell's own periods first: a scenario's period, added after them, wins where they overlap.
      weekdayPeriods: [...spec.periods, ...(p.weekdayPeriods ?? [])],
      closures: closuresFor(p.code, closures).map((c) => ({
        from: c.from,
        to: c.to,
        reason: c.reason,
      })),
    });
    const g: Group = {
      key,
      code: String(p.code).trim(),
      calendar,
      productionIndex: index,
      production: p,
      tasks: [],
    };
    groups.push(g);
    byKey.set(key, g);
  });
  checkPeriods(closures, input.unavailabilities ?? [], new Set(byKey.keys()), checks);
  checks.push(...checkUnknownUnavailable(crew, input.unavailabilities ?? []));
  return { groups, byKey };
}

/** Where each task row belongs and how its ID is found. */
export interface TaskRows {
  /** The group of each task. */
  groupOf: Group[];
  /** First task of each ID, all productions together (to explain a link to another production). */
  firstById: Map<string, number>;
  /** First task of each ID within each group: what a predecessor ID designates. */
  idsByGroup: Map<Group, Map<string, number>>;
}

/** Phase 2: each task row finds its production (or a stand-in) and its ID; the row's own values are checked. */
export function readTaskRows(input: PlanningInput, productions: Productions, checks: PlanningCheck[]): TaskRows {
  const tasks = input.tasks;
  const groupOf: Group[] = new Array(tasks.length);
  const firstById = new Map<string, number>();
  tasks.forEach((t, i) => {
    const g = productions.byKey.get(productionKey(t.production)) ?? standInGroup(t, i, productions, input.closures ?? [], checks);
    groupOf[i] = g;
    g.tasks.push(i);
    const id = idKey(t.id);
    if (id === "") {
      checks.push(taskCheck("PLAN_ID_VIDE", t, i, FIELD.id, "ID vide : la tâche ne peut pas être citée comme prédécesseur"));
    } else if (firstById.has(id)) {
      const first = tasks[firstById.get(id) as number];
      checks.push(
        taskCheck("PLAN_ID_DOUBLON", t, i, FIELD.id, `ID « ${t.id} » déjà utilisé (production ${first.production}) : les prédécesseurs citant cet ID visent la première`),
      );
    } else {
      firstById.set(id, i);
    }
    checks.push(...checkTaskRow(t, i, input.today));
  });
  const idsByGroup = new Map<Group, Map<string, number>>();
  for (const g of productions.groups) idsByGroup.set(g, new Map());
  tasks.forEach((t, i) => {
    const ids = idsByGroup.get(groupOf[i]) as Map<string, number>;
    const id = idKey(t.id);
    if (id !== "" && !ids.has(id)) ids.set(id, i);
  });
  return { groupOf, firstById, idsByGroup };
}

/** A task naming an unknown production is alerted, and still scheduled on a default calendar so the rest of its row shows something. */
function standInGroup(t: TaskInput, i: number, productions: Productions, closures: ReadonlyArray<ClosureInput>, checks: PlanningCheck[]): Group {
  const key = productionKey(t.production);
  checks.push(
    taskCheck(
      "PLAN_PRODUCTION_INCONNUE",
      t,
      i,
      FIELD.production,
      key === "" ? "production vide" : `production « ${t.production} » absente du tableau Productions (calcul en Métropole, lun-ven)`,
    ),
  );
  const fallbackKey = "\u0000" + key;
  let g = productions.byKey.get(fallbackKey);
  if (g === undefined) {
    g = {
      key: fallbackKey,
      code: String(t.production ?? "").trim(),
      calendar: new WorkingCalendar({
        zone: "Métropole",
        closures: closuresFor("", closures),
      }),
      tasks: [],
    };
    productions.groups.push(g);
    productions.byKey.set(fallbackKey, g);
  }
  return g;
}

/** The links of the network, and what each was parsed from (type and lag as typed, for the driver). */
export interface Links {
  links: CpmLink[];
  meta: ParsedLink[];
}

/** Phase 3: the `Prédécesseurs` of each task become links to tasks of its own production. */
export function readLinks(tasks: ReadonlyArray<TaskInput>, rows: TaskRows, checks: PlanningCheck[]): Links {
  const links: CpmLink[] = [];
  const meta: ParsedLink[] = [];
  tasks.forEach((t, i) => {
    const ids = rows.idsByGroup.get(rows.groupOf[i]) as Map<string, number>;
    let parsed: ReadonlyArray<ParsedLink>;
    if (typeof t.predecessors === "string" || t.predecessors === undefined || t.predecessors === null) {
      const r = parsePredecessors(t.predecessors as string | undefined, (id) => ids.has(idKey(id)));
      if (!r.ok) {
        checks.push(taskCheck("PLAN_PREDECESSEUR_INVALIDE", t, i, FIELD.predecessors, r.error));
        return;
      }
      parsed = r.links;
    } else {
      parsed = t.predecessors;
    }
    for (const l of parsed) {
      const p = ids.get(idKey(l.predecessorId));
      if (p === undefined) {
        checks.push(unresolvedLink(tasks, t, i, l, rows.firstById));
        continue;
      }
      links.push({ from: p, to: i, type: l.type, lag: l.lag });
      meta.push(l);
    }
  });
  return { links, meta };
}

/** A predecessor ID not found in the task's production: in another production, or nowhere. */
function unresolvedLink(tasks: ReadonlyArray<TaskInput>, t: TaskInput, i: number, l: ParsedLink, firstById: Map<string, number>): PlanningCheck {
  const elsewhere = firstById.get(idKey(l.predecessorId));
  if (elsewhere !== undefined) {
    return taskCheck(
      "PLAN_PREDECESSEUR_AUTRE_PRODUCTION",
      t,
      i,
      FIELD.predecessors,
      `le prédécesseur ${l.predecessorId} appartient à la production ${tasks[elsewhere].production} : les liens restent dans une production`,
    );
  }
  return taskCheck("PLAN_PREDECESSEUR_INCONNU", t, i, FIELD.predecessors, `prédécesseur « ${l.predecessorId} » inconnu dans la production ${t.production}`);
}

/** Phase 4: what the séance log says of each task (actual start, progress) where its row leaves them empty. */
export function readLog(input: PlanningInput, checks: PlanningCheck[]): TaskActuals[] {
  const logKey = (production: unknown, task: unknown): string => `${productionKey(production)}|${idKey(task)}`;
  const logs = taskLogs(
    (input.seances ?? []).map((x) => ({
      key: logKey(x.production, x.task),
      day: x.day,
    })),
    input.today,
  );
  const actuals: TaskActuals[] = input.tasks.map((t) => taskActuals(t, logs.get(logKey(t.production, t.id))));
  input.tasks.forEach((t, i) => {
    if (!actuals[i].logExceedsDuration) return;
    const days = logs.get(logKey(t.production, t.id))!.days.length;
    checks.push(
      taskCheck(
        "PLAN_SEANCES_AU_DELA_DUREE",
        t,
        i,
        FIELD.percentComplete,
        `${days} jours de séances pour une durée prévue de ${t.duration} j : indiquez l'avancement (100 % si la tâche est finie) ou allongez la durée ; d'ici là, il lui reste au moins un jour`,
      ),
    );
  });
  return actuals;
}

/** The scheduler's view of every task, and what the results need to know of it. */
export interface EngineTasks {
  cpm: CpmTask[];
  states: ProgressState[];
  /** Remaining working days of a task in progress. */
  remaining: number[];
  /** Canonical resource names of each task. */
  resources: string[][];
}

/** Phase 5: each task becomes an engine task: duration, calendars (its resources' unavailability), actual state. */
export function engineTasks(
  input: PlanningInput,
  groups: ReadonlyArray<Group>,
  rows: TaskRows,
  actuals: ReadonlyArray<TaskActuals>,
  crew: Crew,
  checks: PlanningCheck[],
): EngineTasks {
  const tasks = input.tasks;
  const n = tasks.length;
  const resourceCalendars = new ResourceCalendars(input.unavailabilities ?? []);
  const out: EngineTasks = {
    cpm: new Array(n),
    states: new Array(n),
    remaining: new Array(n),
    resources: new Array(n),
  };
  const groupIndex = new Map<Group, number>();
  groups.forEach((g, k) => groupIndex.set(g, k));
  tasks.forEach((t, i) => {
    const g = rows.groupOf[i];
    const cal = g.calendar;
    const d = typeof t.duration === "number" && Number.isInteger(t.duration) && t.duration >= 0 ? t.duration : 0;
    const names = splitResources(t.resources).map((r) => crew.canonical(r));
    out.resources[i] = names;
    checks.push(...checkUnknownResources(crew, t, i, names));
    const work = d > 0 ? resourceCalendars.calendarFor(g.key, cal, names) : cal;
    const progress = progressOf(actuals[i], isDay(t.notBefore) ? t.notBefore : undefined, d, cal, work, input.today);
    out.states[i] = progress.state;
    if (progress.remaining !== undefined) out.remaining[i] = progress.remaining;
    out.cpm[i] = {
      group: groupIndex.get(g) as number,
      duration: d,
      calendar: cal,
      workCalendar: work === cal ? undefined : work,
      notBefore: progress.notBefore,
      deadline: isDay(t.deadline) ? t.deadline : undefined,
      actual: progress.actual,
    };
  });
  return out;
}

/**
 * Where a task stands today, from its typed values first, then the log (`actuals.ts`); the row's own
 * checks ran on the typed values. Finished: real (or deduced) dates; started: real start and the
 * work left; not started: a real start in the future is a typing slip (alerted) that still keeps the
 * task from starting earlier.
 */
function progressOf(
  a: TaskActuals,
  typedNotBefore: DayNumber | undefined,
  d: number,
  cal: WorkingCalendar,
  work: WorkingCalendar,
  today: DayNumber,
): {
  state: ProgressState;
  actual?: ActualState;
  remaining?: number;
  notBefore?: DayNumber;
} {
  const { percentComplete: pct, actualStart: as, actualFinish: af } = a;
  const notBefore = typedNotBefore;
  if (af !== undefined || (pct !== undefined && pct >= 100) || (d === 0 && as !== undefined && as <= today)) {
    const finish = af ?? (d === 0 && as !== undefined ? as : Math.max(cal.previousWorkingDay(today), as ?? -Infinity));
    const start = as !== undefined ? Math.min(as, finish) : d === 0 ? finish : work.dayAt(work.ordinalOnOrBefore(finish) - d + 1);
    return {
      state: "done",
      actual: { kind: "done", start, finish },
      notBefore,
    };
  }
  if ((as !== undefined && as <= today) || (pct !== undefined && pct > 0 && as === undefined)) {
    let remaining: number;
    if (pct !== undefined && pct > 0) remaining = Math.max(1, Math.ceil((d * (100 - pct)) / 100 - 1e-9));
    else remaining = Math.max(1, d - (as !== undefined && as < today ? work.networkdays(as, today - 1) : 0));
    return {
      state: "inProgress",
      actual: { kind: "started", start: as, remaining },
      remaining,
      notBefore,
    };
  }
  if (as !== undefined)
    return {
      state: "notStarted",
      notBefore: notBefore === undefined ? as : Math.max(notBefore, as),
    };
  return { state: "notStarted", notBefore };
}

/** Phase 6: the PAD milestone of each production; its `PAD contractuel` becomes the milestone's deadline. */
export function markPadMilestones(groups: ReadonlyArray<Group>, tasks: ReadonlyArray<TaskInput>, cpm: CpmTask[]): void {
  for (const g of groups) {
    const candidates = g.tasks.filter((i) => cpm[i].duration === 0 && looksLikePad(tasks[i]));
    if (candidates.length === 0) continue;
    g.padTask = candidates.find((i) => tasks[i].pad === true) ?? candidates[candidates.length - 1];
    const target = g.production?.padTarget;
    if (isDay(target)) {
      const t = cpm[g.padTask];
      t.deadline = t.deadline === undefined ? target : Math.min(t.deadline, target);
    }
  }
}

/**
 * One full planning run over plain rows: parse and check the rows, read what the séance log says of
 * each task (`actuals.ts`), build the calendars, schedule every production (critical path), then
 * compute slips, statuses, alerts and per-production summaries. Pure: same input, same output; the
 * workbook layer maps rows in and columns out.
 */

import { WorkingCalendar } from "../calendar/workingCalendar";
import { DayNumber, toFrench } from "../dates/civil";
import { FIELD, PLAN_CODES, checkTaskRow, isDay, rowCheck, taskCheck } from "./checks";
import { ClosureInput, Driver, PlanningCheck, PlanningInput, PlanningResult, ProductionInput, ProductionSummary, ProgressState, ScheduledTask, TaskInput } from "./model";
import { checkPeriods, closuresFor, productionCalendarSpec, ResourceCalendars } from "./calendars";
import { LINK_TYPE_LABEL, parsePredecessors, ParsedLink } from "./links";
import { Booking, checkUnknownResources, checkUnknownUnavailable, conflictChecks, Crew, findConflicts, isSharedFacility, splitResources } from "./resources";
import { ActualState, CpmLink, CpmTask, DRIVER_ACTUAL, DRIVER_NOT_BEFORE, DRIVER_TODAY, scheduleNetwork } from "./schedule";
import { slipDays } from "./baseline";
import { taskActuals, taskLogs, type TaskActuals } from "./actuals";
import { productionStatus, taskStatus, TASK_STATUS } from "./status";

/** Task ID matching: spaces around and letter case do not matter ("f1-3" = "F1-3 "). */
export function idKey(id: unknown): string {
  return String(id ?? "").trim().toUpperCase();
}

function productionKey(code: unknown): string {
  return String(code ?? "").trim().toLowerCase();
}

/** A milestone is the PAD delivery when flagged, or when "PAD" is a word of its stage or name. */
export function looksLikePad(task: Pick<TaskInput, "pad" | "stage" | "name">): boolean {
  if (task.pad !== undefined) return task.pad;
  return /(^|[^\p{L}\p{N}])PAD([^\p{L}\p{N}]|$)/iu.test(`${task.stage ?? ""} ${task.name ?? ""}`);
}

interface Group {
  key: string;
  code: string;
  calendar: WorkingCalendar;
  productionIndex?: number;
  production?: ProductionInput;
  tasks: number[];
  padTask?: number;
}

export function runPlanning(input: PlanningInput): PlanningResult {
  const today = input.today;
  const checks: PlanningCheck[] = [];
  const closures: ReadonlyArray<ClosureInput> = input.closures ?? [];
  const unavailabilities = input.unavailabilities ?? [];
  const crew = new Crew(input.crew);

  // --- Productions and their calendars -----------------------------------------------------------
  const groups: Group[] = [];
  const groupByKey = new Map<string, Group>();
  input.productions.forEach((p, index) => {
    const key = productionKey(p.code);
    if (key === "") {
      checks.push(rowCheck("PLAN_ID_VIDE", "Productions", index, "", FIELD.code, "code de production vide"));
      return;
    }
    if (groupByKey.has(key)) {
      checks.push(rowCheck("PLAN_PRODUCTION_DOUBLON", "Productions", index, p.code, FIELD.code, `code « ${p.code} » déjà utilisé par une autre production`));
      return;
    }
    const spec = productionCalendarSpec(p, index, checks);
    const calendar = new WorkingCalendar({
      zone: spec.zone,
      weekdays: spec.weekdays,
      closures: closuresFor(p.code, closures).map((c) => ({ from: c.from, to: c.to, reason: c.reason })),
    });
    const g: Group = { key, code: String(p.code).trim(), calendar, productionIndex: index, production: p, tasks: [] };
    groups.push(g);
    groupByKey.set(key, g);
  });
  checkPeriods(closures, unavailabilities, new Set(groupByKey.keys()), checks);
  checks.push(...checkUnknownUnavailable(crew, unavailabilities));

  const resourceCalendars = new ResourceCalendars(unavailabilities);
  const tasks = input.tasks;
  const n = tasks.length;

  // --- Task rows: IDs, productions, own values ---------------------------------------------------
  const taskGroup: Group[] = new Array(n);
  const firstById = new Map<string, number>();
  const errorRow = new Uint8Array(n);
  tasks.forEach((t, i) => {
    let g = groupByKey.get(productionKey(t.production));
    if (g === undefined) {
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
      // Still scheduled, on a default calendar, so the rest of the row shows something.
      const fallbackKey = "\u0000" + key;
      g = groupByKey.get(fallbackKey);
      if (g === undefined) {
        g = {
          key: fallbackKey,
          code: String(t.production ?? "").trim(),
          calendar: new WorkingCalendar({ zone: "Métropole", closures: closuresFor("", closures) }),
          tasks: [],
        };
        groups.push(g);
        groupByKey.set(fallbackKey, g);
      }
    }
    taskGroup[i] = g;
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
    checks.push(...checkTaskRow(t, i, today));
  });
  const idsByGroup = new Map<Group, Map<string, number>>();
  for (const g of groups) idsByGroup.set(g, new Map());
  tasks.forEach((t, i) => {
    const ids = idsByGroup.get(taskGroup[i]) as Map<string, number>;
    const id = idKey(t.id);
    if (id !== "" && !ids.has(id)) ids.set(id, i);
  });

  // --- Links ---------------------------------------------------------------------------------------
  const links: CpmLink[] = [];
  const linkMeta: ParsedLink[] = [];
  tasks.forEach((t, i) => {
    const ids = idsByGroup.get(taskGroup[i]) as Map<string, number>;
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
      const key = idKey(l.predecessorId);
      const p = ids.get(key);
      if (p === undefined) {
        const elsewhere = firstById.get(key);
        if (elsewhere !== undefined) {
          checks.push(
            taskCheck(
              "PLAN_PREDECESSEUR_AUTRE_PRODUCTION",
              t,
              i,
              FIELD.predecessors,
              `le prédécesseur ${l.predecessorId} appartient à la production ${tasks[elsewhere].production} : les liens restent dans une production`,
            ),
          );
        } else {
          checks.push(taskCheck("PLAN_PREDECESSEUR_INCONNU", t, i, FIELD.predecessors, `prédécesseur « ${l.predecessorId} » inconnu dans la production ${t.production}`));
        }
        continue;
      }
      links.push({ from: p, to: i, type: l.type, lag: l.lag });
      linkMeta.push(l);
    }
  });

  // --- The log: actual start and progress where the row leaves them empty -------------------------
  const logKey = (production: unknown, task: unknown): string => `${productionKey(production)}|${idKey(task)}`;
  const logs = taskLogs((input.seances ?? []).map((x) => ({ key: logKey(x.production, x.task), day: x.day })), today);
  const actuals: TaskActuals[] = tasks.map((t) => taskActuals(t, logs.get(logKey(t.production, t.id))));
  tasks.forEach((t, i) => {
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

  // --- Engine tasks: durations, actuals, calendars -------------------------------------------------
  const resourcesOf: string[][] = new Array(n);
  const states: ProgressState[] = new Array(n);
  const remainingOf: number[] = new Array(n);
  const cpm: CpmTask[] = new Array(n);
  const groupIndex = new Map<Group, number>();
  groups.forEach((g, k) => groupIndex.set(g, k));
  tasks.forEach((t, i) => {
    const g = taskGroup[i];
    const cal = g.calendar;
    const d = typeof t.duration === "number" && Number.isInteger(t.duration) && t.duration >= 0 ? t.duration : 0;
    const names = splitResources(t.resources).map((r) => crew.canonical(r));
    resourcesOf[i] = names;
    checks.push(...checkUnknownResources(crew, t, i, names));
    // Typed values first, then the log (actuals.ts); the row's own checks ran on the typed values.
    const { percentComplete: pct, actualStart: as, actualFinish: af } = actuals[i];
    let notBefore = isDay(t.notBefore) ? t.notBefore : undefined;
    const work = d > 0 ? resourceCalendars.calendarFor(g.key, cal, names) : cal;

    let actual: ActualState | undefined;
    if (af !== undefined || (pct !== undefined && pct >= 100) || (d === 0 && as !== undefined && as <= today)) {
      const finish = af ?? (d === 0 && as !== undefined ? as : Math.max(cal.previousWorkingDay(today), as ?? -Infinity));
      const start = as !== undefined ? Math.min(as, finish) : d === 0 ? finish : work.dayAt(work.ordinalOnOrBefore(finish) - d + 1);
      actual = { kind: "done", start, finish };
      states[i] = "done";
    } else if ((as !== undefined && as <= today) || (pct !== undefined && pct > 0 && as === undefined)) {
      let remaining: number;
      if (pct !== undefined && pct > 0) remaining = Math.max(1, Math.ceil((d * (100 - pct)) / 100 - 1e-9));
      else remaining = Math.max(1, d - (as !== undefined && as < today ? work.networkdays(as, today - 1) : 0));
      actual = { kind: "started", start: as, remaining };
      remainingOf[i] = remaining;
      states[i] = "inProgress";
    } else {
      // A real start in the future is a typing slip (alerted); it still keeps the task from starting earlier.
      if (as !== undefined) notBefore = notBefore === undefined ? as : Math.max(notBefore, as);
      states[i] = "notStarted";
    }
    cpm[i] = {
      group: groupIndex.get(g) as number,
      duration: d,
      calendar: cal,
      workCalendar: work === cal ? undefined : work,
      notBefore,
      deadline: isDay(t.deadline) ? t.deadline : undefined,
      actual,
    };
  });

  // --- PAD milestone of each production: PAD contractuel becomes its deadline ----------------------
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

  // --- Schedule ----------------------------------------------------------------------------------------
  const r = scheduleNetwork(cpm, links, { today });

  const loopOf = new Map<number, string>();
  for (const loop of r.cycles) {
    const path = [...loop, loop[0]].map((i) => tasks[i].id).join(" → ");
    for (const i of loop) if (!loopOf.has(i)) loopOf.set(i, path);
  }
  // Tasks tangled in a loop without being on the one listed get the nearest listed loop of their
  // production (a strongly connected component can hold several loops; all its links are ignored).
  for (let i = 0; i < n; i++) {
    if (r.inLoop[i] !== 1) continue;
    const path = loopOf.get(i);
    if (path !== undefined) {
      checks.push(taskCheck("PLAN_CYCLE", tasks[i], i, FIELD.predecessors, `boucle de dépendances : ${path} (liens ignorés pour le calcul)`));
    } else {
      const other = r.cycles.find((l) => taskGroup[l[0]] === taskGroup[i]);
      const shown = other ? [...other, other[0]].map((k) => tasks[k].id).join(" → ") : "";
      checks.push(taskCheck("PLAN_CYCLE", tasks[i], i, FIELD.predecessors, `prise dans une boucle de dépendances${shown ? ` (dont ${shown})` : ""} : liens ignorés pour le calcul`));
    }
  }

  // --- Per task: slip, deadline, unavailability ----------------------------------------------------
  const slips: Array<number | undefined> = new Array(n);
  const pastDeadline = new Uint8Array(n);
  const delayed = new Uint8Array(n);
  tasks.forEach((t, i) => {
    const cal = taskGroup[i].calendar;
    const done = states[i] === "done";
    const finish = r.finish[i];
    slips[i] = isDay(t.baselineFinish) ? slipDays(cal, t.baselineFinish, finish) : undefined;
    const s = slips[i];
    if (!done && s !== undefined && s > 0) {
      checks.push(taskCheck("PLAN_GLISSEMENT", t, i, FIELD.slip, `fin prévue le ${toFrench(finish)}, ${s} j ouvré${s > 1 ? "s" : ""} après la référence (${toFrench(t.baselineFinish as DayNumber)})`));
    }
    if (!done && isDay(t.deadline) && finish > t.deadline) {
      pastDeadline[i] = 1;
      const late = cal.workingDaysBetween(t.deadline, finish);
      checks.push(
        taskCheck("PLAN_ECHEANCE_DEPASSEE", t, i, FIELD.finish, `fin prévue le ${toFrench(finish)}, après l'échéance du ${toFrench(t.deadline)} (${late} j ouvré${late > 1 ? "s" : ""} de retard)`),
      );
    }
    const work = cpm[i].workCalendar;
    if (!done && work !== undefined) {
      const boundDay = cal.dayAt(r.boundStart[i]);
      const hits = work.unavailabilityOverlapping(boundDay, finish);
      const stretched = r.ef[i] - r.es[i] + 1 > cpm[i].duration;
      if (hits.length > 0 && (r.es[i] > r.boundStart[i] || stretched || states[i] === "inProgress")) {
        delayed[i] = 1;
        const what = hits
          .map((u) => `${u.resource ?? "ressource"} indisponible ${u.from === u.to ? `le ${toFrench(u.from)}` : `du ${toFrench(u.from)} au ${toFrench(u.to)}`}${u.reason ? ` (${u.reason})` : ""}`)
          .join(" ; ");
        const moved = r.es[i] > r.boundStart[i] ? `début repoussé au ${toFrench(r.start[i])}` : `fin repoussée au ${toFrench(finish)}`;
        checks.push(taskCheck("PLAN_INDISPONIBLE", t, i, FIELD.start, `${moved} : ${what}`));
      }
    }
  });

  // --- Resource conflicts across all productions --------------------------------------------------------
  const bookings: Booking[] = [];
  tasks.forEach((t, i) => {
    if (states[i] === "done" || cpm[i].duration === 0) return;
    for (const name of resourcesOf[i]) {
      if (isSharedFacility(crew.find(name)?.type)) continue;
      bookings.push({
        taskIndex: i,
        taskId: t.id,
        production: t.production,
        resource: name,
        start: r.start[i],
        finish: r.finish[i],
        calendar: cpm[i].workCalendar ?? cpm[i].calendar,
      });
    }
  });
  checks.push(...conflictChecks(findConflicts(bookings)));

  // --- Productions: PAD forecast, slip, status ---------------------------------------------------------
  const inCycle = r.inLoop;
  const productions: ProductionSummary[] = [];
  const summaryByIndex = new Map<number, ProductionSummary>();
  for (const g of groups) {
    if (g.productionIndex === undefined || g.production === undefined) continue;
    const p = g.production;
    const cal = g.calendar;
    let padTask = g.padTask;
    if (padTask === undefined && g.tasks.length > 0) {
      padTask = g.tasks.reduce((best, i) => (r.finish[i] > r.finish[best] ? i : best), g.tasks[0]);
    }
    const padForecast = padTask !== undefined ? r.finish[padTask] : undefined;
    const padTarget = isDay(p.padTarget) ? p.padTarget : undefined;
    const padSlip = padForecast !== undefined && padTarget !== undefined ? cal.workingDaysBetween(padTarget, padForecast) : undefined;
    const padBaseline = padTask !== undefined && isDay(tasks[padTask].baselineFinish) ? (tasks[padTask].baselineFinish as DayNumber) : undefined;
    const padBaselineSlip = padBaseline !== undefined && padForecast !== undefined ? cal.workingDaysBetween(padBaseline, padForecast) : undefined;
    const padDone = padTask !== undefined && states[padTask] === "done";
    if (!padDone && padSlip !== undefined && padSlip > 0 && padForecast !== undefined && padTarget !== undefined) {
      checks.push(
        rowCheck(
          "PLAN_PAD_DEPASSE",
          "Productions",
          g.productionIndex,
          g.code,
          FIELD.padForecast,
          `PAD prévu le ${toFrench(padForecast)}, ${padSlip} j ouvré${padSlip > 1 ? "s" : ""} après le PAD contractuel (${toFrench(padTarget)})`,
          padTask !== undefined ? tasks[padTask].id : "",
        ),
      );
    }
    if (!padDone && padForecast !== undefined && isDay(p.airDate) && padForecast >= p.airDate) {
      checks.push(
        rowCheck(
          "PLAN_PAD_APRES_DIFFUSION",
          "Productions",
          g.productionIndex,
          g.code,
          FIELD.padForecast,
          `PAD prévu le ${toFrench(padForecast)}, pas avant la diffusion du ${toFrench(p.airDate)}`,
          padTask !== undefined ? tasks[padTask].id : "",
        ),
      );
    }
    let nextMilestone: ProductionSummary["nextMilestone"];
    for (const i of g.tasks) {
      if (cpm[i].duration !== 0 || states[i] === "done") continue;
      if (nextMilestone === undefined || r.finish[i] < nextMilestone.day) {
        nextMilestone = { index: i, id: tasks[i].id, name: tasks[i].name ?? tasks[i].stage ?? tasks[i].id, day: r.finish[i] };
      }
    }
    let start: DayNumber | undefined;
    let finish: DayNumber | undefined;
    for (const i of g.tasks) {
      if (start === undefined || r.start[i] < start) start = r.start[i];
      if (finish === undefined || r.finish[i] > finish) finish = r.finish[i];
    }
    const summary: ProductionSummary = {
      index: g.productionIndex,
      code: g.code,
      padTarget,
      padForecast,
      padTaskIndex: padTask,
      padSlipDays: padSlip,
      padBaseline,
      padBaselineSlipDays: padBaselineSlip,
      status: productionStatus({
        taskCount: g.tasks.length,
        hasError: g.tasks.some((i) => inCycle[i] === 1),
        padDone,
        padSlipDays: padSlip,
        padBaselineSlipDays: padBaselineSlip,
      }),
      taskCount: g.tasks.length,
      lateTaskCount: 0,
      criticalTaskCount: 0,
      nextMilestone,
      start,
      finish,
    };
    summaryByIndex.set(g.productionIndex, summary);
  }

  // --- Task results -------------------------------------------------------------------------------------
  const byRow = new Map<number, PlanningCheck[]>();
  for (const c of checks) {
    if (c.table !== "Taches") continue;
    const list = byRow.get(c.index);
    if (list) list.push(c);
    else byRow.set(c.index, [c]);
  }
  for (let i = 0; i < n; i++) {
    for (const c of byRow.get(i) ?? []) if (PLAN_CODES[c.code as keyof typeof PLAN_CODES] === "error") errorRow[i] = 1;
  }
  const out: ScheduledTask[] = tasks.map((t, i) => {
    const done = states[i] === "done";
    const critical = !done && r.critical[i] === 1;
    const status = taskStatus({
      hasError: errorRow[i] === 1,
      done,
      started: states[i] === "inProgress",
      pastDeadline: pastDeadline[i] === 1,
      totalFloat: r.totalFloat[i],
      critical,
      slipDays: slips[i],
    });
    const rowChecks = byRow.get(i) ?? [];
    return {
      index: i,
      id: t.id,
      production: t.production,
      milestone: cpm[i].duration === 0,
      state: states[i],
      start: r.start[i],
      finish: r.finish[i],
      lateStart: r.lateStart[i],
      lateFinish: r.lateFinish[i],
      totalFloat: r.totalFloat[i],
      critical,
      slipDays: slips[i],
      status,
      alert: rowChecks.map((c) => c.detail).join(" ; "),
      driver: driverOf(r.driver[i], links, linkMeta, tasks),
      resources: resourcesOf[i],
      delayedByUnavailability: delayed[i] === 1,
      ...actualFacts(states[i], actuals[i], cpm[i].duration, remainingOf[i], r.start[i], r.finish[i]),
    };
  });
  for (const g of groups) {
    const s = g.productionIndex !== undefined ? summaryByIndex.get(g.productionIndex) : undefined;
    if (!s) continue;
    for (const i of g.tasks) {
      if (out[i].status === TASK_STATUS.late) s.lateTaskCount++;
      if (out[i].critical) s.criticalTaskCount++;
    }
  }
  input.productions.forEach((p, index) => {
    const s = summaryByIndex.get(index);
    productions.push(
      s ?? {
        index,
        code: String(p.code ?? "").trim(),
        status: TASK_STATUS.error,
        taskCount: 0,
        lateTaskCount: 0,
        criticalTaskCount: 0,
      },
    );
  });

  const tableOrder = { Productions: 0, Taches: 1, Fermetures: 2, Indisponibilites: 3, Equipe: 4 };
  checks.sort((a, b) => tableOrder[a.table] - tableOrder[b.table] || a.index - b.index);
  const calendars = new Map<string, WorkingCalendar>();
  for (const g of groups) if (g.productionIndex !== undefined) calendars.set(g.code, g.calendar);
  return { tasks: out, productions, checks, calendars };
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
  if (state === "done") return { actualStart: a.actualStart ?? start, actualFinish: finish, progress: 100, progressFrom: "state" };
  if (state === "notStarted") return { progress: 0, progressFrom: "state" };
  const out: Pick<ScheduledTask, "actualStart" | "progress" | "progressFrom"> =
    a.percentComplete !== undefined && a.percentComplete > 0
      ? { progress: a.percentComplete, progressFrom: a.progressFrom ?? "typed" }
      : { progress: duration > 0 && remaining !== undefined ? Math.round((10000 * (duration - remaining)) / duration) / 100 : 0, progressFrom: "elapsed" };
  if (a.actualStart !== undefined) out.actualStart = a.actualStart;
  return out;
}

function driverOf(code: number, links: CpmLink[], meta: ParsedLink[], tasks: ReadonlyArray<TaskInput>): Driver {
  if (code >= 0) {
    const l = links[code];
    return { kind: "link", predecessorIndex: l.from, predecessorId: tasks[l.from].id, type: meta[code].type, lag: meta[code].lag };
  }
  if (code === DRIVER_NOT_BEFORE) return { kind: "notBefore" };
  if (code === DRIVER_TODAY) return { kind: "today" };
  if (code === DRIVER_ACTUAL) return { kind: "actual" };
  return { kind: "none" };
}

/** "après 12 (fin → début, +2 j)" — why a task starts when it does, for the task pane. */
export function describeDriver(d: Driver): string {
  switch (d.kind) {
    case "link":
      return `après ${d.predecessorId} (${LINK_TYPE_LABEL[d.type]}${d.lag !== 0 ? `, ${d.lag > 0 ? "+" : ""}${d.lag} j` : ""})`;
    case "notBefore":
      return "date « Pas avant »";
    case "today":
      return "pas commencée : au plus tôt aujourd'hui";
    case "actual":
      return "dates réelles";
    default:
      return "";
  }
}

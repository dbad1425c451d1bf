/**
 * The plan reads the séance log (worked cases, today Friday 13 November 2026; Wednesday 11/11 is
 * Armistice): a task with séances started at its first séance, its progress estimated from the séance
 * days against its duration where `Avancement` is empty, and whatever the user typed wins.
 */
import { fromIso, toIso } from "../../../src/core/dates/civil";
import { taskActuals, taskLogs } from "../../../src/core/planning/actuals";
import type { LoggedSeance, PlanningResult, TaskInput } from "../../../src/core/planning/model";
import { runPlanning } from "../../../src/core/planning/plan";

const d = (s: string): number => fromIso(s)!;
const TODAY = d("2026-11-13");

function plan(task: Partial<TaskInput>, seances: LoggedSeance[]): PlanningResult {
  return runPlanning({
    today: TODAY,
    productions: [{ code: "FLEUVE" }],
    tasks: [{ id: "F03", production: "FLEUVE", name: "Montage image", duration: 10, deadline: d("2026-11-20"), ...task }],
    seances,
  });
}
const seance = (iso: string, task = "F03"): LoggedSeance => ({ production: "FLEUVE", task, day: d(iso) });
// Three days of séances, one of them with two séances (two people, or two half-days): 3 days, 4 séances.
const LOG = [seance("2026-11-05"), seance("2026-11-06"), seance("2026-11-06"), seance("2026-11-09")];
const facts = (r: PlanningResult) => {
  const t = r.tasks[0];
  return { start: toIso(t.start), finish: toIso(t.finish), actualStart: t.actualStart && toIso(t.actualStart), progress: t.progress, from: t.progressFrom, status: t.status };
};

describe("a task with séances and nothing typed", () => {
  test("starts at its first séance; 3 séance days of 10 = 30 %, 7 days left from today", () => {
    // ⌈10 × 70 %⌉ = 7 working days from Fri 13/11: 13, 16, 17, 18, 19, 20, 23/11 → finish 23/11.
    expect(facts(plan({}, LOG))).toEqual({ start: "2026-11-05", finish: "2026-11-23", actualStart: "2026-11-05", progress: 30, from: "log", status: "En retard" });
  });

  test("without the log it would be rescheduled from today, 10 days: 13/11 → 26/11", () => {
    // The situation of the issue: a task being edited, no typed start, starts "today" and is later.
    expect(facts(plan({}, []))).toMatchObject({ start: "2026-11-13", finish: "2026-11-26", actualStart: undefined, progress: 0, from: "state" });
  });

  test("séances after today are bookings, not work done; another task's séances do not count", () => {
    expect(facts(plan({}, [...LOG, seance("2026-11-16"), seance("2026-11-10", "F04")]))).toMatchObject({ start: "2026-11-05", progress: 30 });
  });

  test("the log never finishes a task: at or past its duration the estimate stays at 99 %, one day left, and says so", () => {
    // 3 séance days on a 3-day task: 100 % → 99 %, ⌈3 × 1 %⌉ = 1 day left: finish today.
    const r = plan({ duration: 3 }, LOG);
    expect(facts(r)).toMatchObject({ finish: "2026-11-13", progress: 99, from: "log" });
    expect(r.tasks[0].state).toBe("inProgress");
    expect(r.checks.find((c) => c.code === "PLAN_SEANCES_AU_DELA_DUREE")).toMatchObject({ severity: "info", field: "percentComplete" });
  });
});

describe("what is typed wins over the log", () => {
  test("a typed start, and a typed progress", () => {
    // Typed start 04/11 before the first séance; typed 50 %: ⌈10 × 50 %⌉ = 5 days: 13, 16–19/11, before
    // its deadline (20/11); the only task of its production, so on the critical path.
    expect(facts(plan({ actualStart: d("2026-11-04"), percentComplete: 50 }, LOG))).toEqual({ start: "2026-11-04", finish: "2026-11-19", actualStart: "2026-11-04", progress: 50, from: "typed", status: "Critique" });
  });

  test("100 % typed: finished on its last séance; a typed end wins over it", () => {
    const done = plan({ percentComplete: 100 }, LOG).tasks[0];
    expect([toIso(done.actualStart!), toIso(done.actualFinish!), done.progress, done.status]).toEqual(["2026-11-05", "2026-11-09", 100, "Terminé"]);
    const typed = plan({ percentComplete: 100, actualFinish: d("2026-11-10") }, LOG).tasks[0];
    expect(toIso(typed.actualFinish!)).toBe("2026-11-10");
    // A typed end alone finishes it too, started at its first séance.
    const ended = plan({ actualFinish: d("2026-11-12") }, LOG).tasks[0];
    expect([toIso(ended.actualStart!), toIso(ended.actualFinish!), ended.progress]).toEqual(["2026-11-05", "2026-11-12", 100]);
  });

  test("taskActuals says where each value came from", () => {
    const log = taskLogs(LOG.map((s) => ({ key: s.task, day: s.day })), TODAY).get("F03");
    expect(log?.days.map(toIso)).toEqual(["2026-11-05", "2026-11-06", "2026-11-09"]);
    const task: TaskInput = { id: "F03", production: "FLEUVE", duration: 10 };
    expect(taskActuals(task, log)).toEqual({ actualStart: d("2026-11-05"), startFrom: "log", percentComplete: 30, progressFrom: "log", logExceedsDuration: false });
    expect(taskActuals({ ...task, actualStart: d("2026-11-04"), percentComplete: 0 }, log)).toEqual({ actualStart: d("2026-11-04"), startFrom: "typed", percentComplete: 0, progressFrom: "typed", logExceedsDuration: false });
    // A milestone has no duration to estimate against.
    expect(taskActuals({ ...task, duration: 0 }, log)).toEqual({ actualStart: d("2026-11-05"), startFrom: "log", logExceedsDuration: false });
  });
});

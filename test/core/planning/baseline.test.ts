import { WorkingCalendar } from "../../../src/core/calendar/workingCalendar";
import { fromIso, toIso } from "../../../src/core/dates/civil";
import { freezeBaseline, slipDays } from "../../../src/core/planning/baseline";
import { TaskInput } from "../../../src/core/planning/model";
import { runPlanning } from "../../../src/core/planning/plan";
import { PRODUCTION_STATUS, TASK_STATUS } from "../../../src/core/planning/status";

const d = (s: string): number => fromIso(s)!;
const TODAY = d("2026-05-04");

describe("baseline: Écart (j)", () => {
  const cal = new WorkingCalendar({ zone: "Métropole" });
  test("working days between Fin réf. and Fin, positive = late", () => {
    expect(slipDays(cal, d("2026-05-13"), d("2026-05-15"))).toBe(1); // 14 May is Ascension
    expect(slipDays(cal, d("2026-05-15"), d("2026-05-13"))).toBe(-1);
    expect(slipDays(cal, d("2026-05-15"), d("2026-05-15"))).toBe(0);
    expect(slipDays(cal, d("2026-05-07"), d("2026-05-11"))).toBe(1); // Friday 8 May off
  });

  const tasks: TaskInput[] = [
    { id: "A", production: "P", duration: 3, baselineStart: d("2026-05-04"), baselineFinish: d("2026-05-06") },
    { id: "B", production: "P", duration: 2, predecessors: "A", baselineStart: d("2026-05-07"), baselineFinish: d("2026-05-07") },
    { id: "C", production: "P", name: "Livraison PAD", duration: 0, predecessors: "B", baselineFinish: d("2026-05-11") },
  ];
  const input = { today: TODAY, productions: [{ code: "P", padTarget: d("2026-05-29") }], tasks };
  const r = runPlanning(input);

  test("slip per task, GLISSEMENT alerts, orange status, production slipping", () => {
    // A 4–6 May; B 7 and 11 May (8 off) → 1 day later than its baseline; PAD on 11 May = baseline.
    expect(r.tasks.map((t) => t.slipDays)).toEqual([0, 1, 0]);
    const g = r.checks.filter((c) => c.code === "PLAN_GLISSEMENT");
    expect(g.map((c) => [c.taskId, c.field])).toEqual([["B", "slipDays"]]);
    expect(g[0].detail).toBe("fin prévue le 11/05/2026, 1 j ouvré après la référence (07/05/2026)");
    expect(r.tasks[1].status).toBe(TASK_STATUS.slipping);
    expect(r.productions[0].padBaselineSlipDays).toBe(0);
    expect(r.productions[0].status).toBe(PRODUCTION_STATUS.onTrack);
  });

  test("Figer la référence copies Début/Fin, the duration and the resources, for one production or all", () => {
    const values = freezeBaseline(input, r, "p");
    expect(values.map((v) => [v.id, toIso(v.baselineStart), toIso(v.baselineFinish), v.baselineDuration, v.baselineResources])).toEqual([
      ["A", "2026-05-04", "2026-05-06", 3, []],
      ["B", "2026-05-07", "2026-05-11", 2, []],
      ["C", "2026-05-11", "2026-05-11", 0, []],
    ]);
    expect(freezeBaseline(input, r, "other")).toEqual([]);
    expect(freezeBaseline(input, r)).toHaveLength(3);
    // The resources frozen are those the plan resolved (trimmed, one per name).
    const staffed = { ...input, tasks: [{ ...tasks[0], resources: " Léa Martin ; Salle 2;léa martin" }] };
    expect(freezeBaseline(staffed, runPlanning(staffed))[0].baselineResources).toEqual(["Léa Martin", "Salle 2"]);
    // Frozen, then recomputed: no slip left.
    const again = runPlanning({
      today: TODAY,
      productions: [{ code: "P" }],
      tasks: tasks.map((t, i) => ({ ...t, baselineStart: values[i].baselineStart, baselineFinish: values[i].baselineFinish })),
    });
    expect(again.tasks.map((t) => t.slipDays)).toEqual([0, 0, 0]);
    expect(again.checks.filter((c) => c.code === "PLAN_GLISSEMENT")).toEqual([]);
  });

  test("a task past its deadline is red, with the cell to look at", () => {
    const late = runPlanning({
      today: TODAY,
      productions: [{ code: "P" }],
      tasks: [{ id: "A", production: "P", duration: 5, deadline: d("2026-05-07") }],
    });
    const c = late.checks.find((x) => x.code === "PLAN_ECHEANCE_DEPASSEE")!;
    expect(c).toMatchObject({ taskId: "A", field: "finish", severity: "warning" });
    expect(c.detail).toBe("fin prévue le 11/05/2026, après l'échéance du 07/05/2026 (1 j ouvré de retard)");
    expect(late.tasks[0].status).toBe(TASK_STATUS.late);
    expect(late.tasks[0].totalFloat).toBe(-1);
  });

  test("PAD later than the air date is an error", () => {
    const r2 = runPlanning({
      today: TODAY,
      productions: [{ code: "P", airDate: d("2026-05-06") }],
      tasks: [{ id: "A", production: "P", duration: 5 }, { id: "PAD", production: "P", duration: 0, predecessors: "A", pad: true }],
    });
    expect(r2.checks.find((c) => c.code === "PLAN_PAD_APRES_DIFFUSION")).toMatchObject({ table: "productions", field: "padForecast", taskId: "PAD", severity: "error" });
  });
});

describe("calendars per production", () => {
  test("closures for one production or all; Alsace-Moselle's Good Friday", () => {
    const r = runPlanning({
      today: d("2026-03-30"),
      productions: [{ code: "M" }, { code: "A", zone: "67" }],
      tasks: [
        { id: "M1", production: "M", duration: 5 },
        { id: "A1", production: "A", duration: 5 },
      ],
      closures: [
        { production: "m", from: d("2026-03-31"), to: d("2026-03-31"), reason: "Inventaire" },
        { production: "", from: d("2026-04-01"), to: d("2026-04-01"), reason: "Séminaire" },
      ],
    });
    // M: 30 Mar, (31 closed, 1 Apr all closed), 2, 3, (6 Easter Monday), 7, 8
    expect([toIso(r.tasks[0].start), toIso(r.tasks[0].finish)]).toEqual(["2026-03-30", "2026-04-08"]);
    // A: 30, 31, (1 closed), 2, (3 Good Friday, 6 Easter Monday), 7, 8
    expect([toIso(r.tasks[1].start), toIso(r.tasks[1].finish)]).toEqual(["2026-03-30", "2026-04-08"]);
    expect(r.calendars.get("A")?.nonWorkingReason(d("2026-04-03"))?.text).toBe("Vendredi saint (férié)");
    expect(r.calendars.get("M")?.isWorkingDay(d("2026-04-03"))).toBe(true);
    expect(r.calendars.get("A")?.isWorkingDay(d("2026-03-31"))).toBe(true);
  });

  test("bad periods are alerts on their own tables", () => {
    const r = runPlanning({
      today: TODAY,
      productions: [{ code: "P" }],
      tasks: [],
      closures: [{ production: "Q", from: d("2026-05-10"), to: d("2026-05-05") }],
      unavailabilities: [{ resource: "Nina", from: d("2026-05-10"), to: d("2026-05-05") }],
      crew: [{ name: "Léa" }],
    });
    expect(r.checks.map((c) => [c.code, c.table, c.field])).toEqual([
      ["PLAN_PERIODE_INVALIDE", "closures", "to"],
      ["PLAN_PRODUCTION_INCONNUE", "closures", "production"],
      ["PLAN_PERIODE_INVALIDE", "unavailabilities", "to"],
      ["PLAN_RESSOURCE_INCONNUE", "unavailabilities", "resource"],
    ]);
  });
});

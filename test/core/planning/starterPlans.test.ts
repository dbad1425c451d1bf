import { WorkingCalendar } from "../../../src/core/calendar/workingCalendar";
import { fromIso, toIso } from "../../../src/core/dates/civil";
import { STARTER_PLANS } from "../../../src/data/planning/starterPlans";
import { parsePredecessors } from "../../../src/core/planning/links";
import { runPlanning } from "../../../src/core/planning/plan";
import { buildStarterPlan, findStarterPlan, stageDuration } from "../../../src/core/planning/starterPlans";

const d = (s: string): number => fromIso(s)!;
const cal = new WorkingCalendar({ zone: "Métropole" });

describe("starter plans (data)", () => {
  test("every genre of the Productions table has a plan", () => {
    for (const g of ["Fiction TV", "Série", "Long métrage", "Documentaire", "Animation", "documentaire", "LONG METRAGE"]) {
      expect(findStarterPlan(g)).toBeDefined();
    }
    expect(findStarterPlan("Jeu télévisé")).toBeUndefined();
    expect(findStarterPlan("")).toBeUndefined();
  });

  test.each(STARTER_PLANS.map((p) => [p.key, p] as const))("%s: keys unique, links valid, one PAD milestone, French stages", (_, plan) => {
    const keys = plan.stages.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const s of plan.stages) {
      const parsed = parsePredecessors(s.after, (k) => keys.includes(k));
      expect(parsed.ok).toBe(true);
      if (parsed.ok) for (const l of parsed.links) expect(keys.indexOf(l.predecessorId)).toBeLessThan(keys.indexOf(s.key));
    }
    const pads = plan.stages.filter((s) => s.pad);
    expect(pads).toHaveLength(1);
    expect(stageDuration(pads[0].duration, plan.defaultMinutes)).toBe(0);
    expect(plan.stages[plan.stages.length - 1].pad).toBe(true);
    expect(plan.stages.some((s) => /Étalonnage|étalonnage/.test(s.name))).toBe(true);
    expect(plan.stages.some((s) => /Mixage/.test(s.name))).toBe(true);
  });

  test("durations scale with the programme length (étalonnage ≈ 1 day per 10 min)", () => {
    expect(stageDuration({ perMinute: 0.1, min: 2 }, 52)).toBe(6);
    expect(stageDuration({ perMinute: 0.1, min: 2 }, 90)).toBe(9);
    expect(stageDuration({ perMinute: 0.1, min: 2 }, 10)).toBe(2);
    expect(stageDuration({ perMinute: 0.4, min: 10, max: 60 }, 200)).toBe(60);
    expect(stageDuration({ days: 0 }, 90)).toBe(0);
  });
});

describe("buildStarterPlan", () => {
  const today = d("2026-09-01");

  test("fiction TV 52': a chain scheduled back from the PAD date, and it holds", () => {
    const r = buildStarterPlan({ genre: "Fiction TV", productionCode: "F1", padDate: d("2026-12-18"), calendar: cal, today })!;
    expect(r.plan.key).toBe("fiction-tv");
    expect(r.minutes).toBe(52);
    const pad = r.tasks[r.tasks.length - 1];
    expect(pad).toMatchObject({ id: "F1-24", name: "Livraison PAD", duration: 0, pad: true });
    expect(toIso(pad.latestFinish)).toBe("2026-12-18");
    expect(r.holds).toBe(true);
    expect(r.marginDays).toBeGreaterThan(0);
    // Starting at the latest start, the forecast PAD is exactly the PAD date.
    expect(toIso(r.padForecast)).toBe("2026-12-18");
    expect(r.padSlipDays).toBe(0);
    expect(r.tasks[0]).toMatchObject({ id: "F1-01", name: "Fin de tournage", predecessors: "", notBefore: r.latestStart });
    expect(r.tasks[3].predecessors).toBe("F1-03DD+1");
    expect(r.tasks.find((t) => t.name === "Étalonnage")!.predecessors).toBe("F1-11;F1-12FF");

    // The rows run through the scheduler give the same dates and no alert.
    const run = runPlanning({
      today,
      productions: [{ code: "F1", genre: "Fiction TV", padTarget: d("2026-12-18") }],
      tasks: r.tasks,
    });
    expect(run.checks).toEqual([]);
    expect(run.tasks.map((t) => [t.start, t.finish])).toEqual(r.tasks.map((t) => [t.start, t.finish]));
    expect(run.productions[0].padSlipDays).toBe(0);
    expect(run.tasks.filter((t) => t.critical).length).toBeGreaterThan(5);
  });

  test("a PAD date too close: the chain cannot hold, by how much", () => {
    const r = buildStarterPlan({ genre: "Documentaire", productionCode: "D2", minutes: 90, padDate: d("2026-10-15"), calendar: cal, today })!;
    expect(r.holds).toBe(false);
    expect(r.marginDays).toBeLessThan(0);
    expect(r.padSlipDays).toBe(-r.marginDays);
    expect(r.tasks[0].start).toBe(today);
  });

  test("with the end of shooting known, the chain starts there", () => {
    const r = buildStarterPlan({ genre: "long métrage", productionCode: "LM", padDate: d("2027-06-30"), calendar: cal, today, shootEnd: d("2026-09-25") })!;
    expect(toIso(r.tasks[0].start)).toBe("2026-09-25");
    expect(r.tasks[0].notBefore).toBe(d("2026-09-25"));
    expect(r.padForecast).toBeLessThanOrEqual(d("2027-06-30"));
  });

  test("a 90' documentary takes longer than a 52' one; animation builds too", () => {
    const base = { genre: "Documentaire", productionCode: "D", padDate: d("2027-06-30"), calendar: cal, today };
    const short = buildStarterPlan({ ...base, minutes: 52 })!;
    const long = buildStarterPlan({ ...base, minutes: 90 })!;
    expect(long.latestStart).toBeLessThan(short.latestStart);
    expect(buildStarterPlan({ ...base, genre: "Animation" })!.tasks.length).toBeGreaterThan(10);
    expect(buildStarterPlan({ ...base, genre: "Jeu" })).toBeUndefined();
  });
});

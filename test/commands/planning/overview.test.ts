/**
 * The `overview` section of `cappad check --json` (what the pane's pictures are drawn from): each
 * production's PAD dates as the plan computed them, and the coming weeks' hours of each person or room
 * as `weeklyLoads` counts them, overloads marked by the payroll's MAX_HEURES_SEMAINE (48) and 5 days.
 */
import { checkCommand } from "../../../src/commands/check";
import { ROWS, WEEKS } from "../../../src/commands/planning/overview";
import { day, demoBytes, planBytes, run } from "./fixtures";

interface Overview {
  today: string;
  timeline: { code: string; title: string; start: string | null; padBaseline: string | null; padForecast: string | null; padTarget: string | null; padSlipDays: number | null; status: string }[];
  workload: { weeks: string[]; maxHours: number | null; maxDays: number; rows: { name: string; hours: number[]; days: number[]; over: boolean[]; productions: string[] }[]; leftOut: number };
}

describe("la section overview de check --json", () => {
  test("two productions booking Léa the same week: 56 h over 48, marked; the PAD dates are the plan's", async () => {
    // TODAY is Friday 27/11/2026: the window starts Monday 23/11 and holds 8 Mondays.
    // A: Léa, 10 working days from Monday 30/11 → 30/11–04/12 and 07/12–11/12 (5 days a week).
    // C: Léa, 2 days from Monday 07/12 on another production → week of 07/12: (5 + 2) × 8 h = 56 h > 48,
    // on 5 distinct days (not above 5).
    const bytes = await planBytes({
      productions: [
        { Code: "P", Titre: "Pilote", "PAD contractuel": day("2026-12-10") },
        { Code: "Q", Titre: "Quai <b>", "PAD contractuel": day("2026-12-18") },
      ],
      tasks: [
        { ID: "A", Production: "P", "Durée (j)": 10, Ressources: "Léa", "Pas avant": day("2026-11-30") },
        { ID: "C", Production: "Q", "Durée (j)": 2, Ressources: "Léa", "Pas avant": day("2026-12-07") },
      ],
    });
    const r = await run(bytes, checkCommand);
    const o = r.report.sections.overview as Overview;
    expect(o.today).toBe("2026-11-27");
    expect(o.workload.weeks).toEqual(["2026-11-23", "2026-11-30", "2026-12-07", "2026-12-14", "2026-12-21", "2026-12-28", "2027-01-04", "2027-01-11"]);
    expect(o.workload.weeks).toHaveLength(WEEKS);
    expect(o.workload.maxHours).toBe(48);
    expect(o.workload.maxDays).toBe(5);
    expect(o.workload.rows).toEqual([
      { name: "Léa", hours: [0, 40, 56, 0, 0, 0, 0, 0], days: [0, 5, 5, 0, 0, 0, 0, 0], over: [false, false, true, false, false, false, false, false], productions: ["P", "Q"] },
    ]);
    expect(o.workload.leftOut).toBe(0);
    // P ends Friday 11/12 (10 days from 30/11), one working day after its contract (Thursday 10/12): late.
    const productions = r.report.sections.productions as { code: string; padForecast: string; padSlipDays: number; status: string }[];
    expect(o.timeline.map((p) => [p.code, p.title, p.start, p.padForecast, p.padTarget, p.padSlipDays, p.status])).toEqual([
      ["P", "Pilote", "2026-11-30", "2026-12-11", "2026-12-10", 1, "En retard"],
      ["Q", "Quai <b>", "2026-12-07", "2026-12-08", "2026-12-18", -8, "Dans les temps"],
    ]);
    // The very figures of the `productions` section.
    for (const p of productions) expect(o.timeline.find((t) => t.code === p.code)).toMatchObject({ padForecast: p.padForecast, padSlipDays: p.padSlipDays, status: p.status });
  });

  test("the demo: Léa and the editing room 2 overloaded first, at most ROWS rows, PAD référence of FLEUVE before its forecast", async () => {
    const r = await run(await demoBytes(), checkCommand);
    const o = r.report.sections.overview as Overview;
    expect(o.workload.rows.length).toBeLessThanOrEqual(ROWS);
    const firstPlain = o.workload.rows.findIndex((row) => !row.over.some(Boolean));
    // Rows with an overloaded week come before every row without one.
    expect(firstPlain).toBeGreaterThan(0);
    expect(o.workload.rows.slice(firstPlain).every((row) => !row.over.some(Boolean))).toBe(true);
    for (const row of o.workload.rows) row.hours.forEach((h, i) => expect(row.over[i]).toBe(h > 48 || row.days[i] > 5));
    const fleuve = o.timeline.find((p) => p.code === "FLEUVE")!;
    expect(fleuve.padBaseline! < fleuve.padForecast!).toBe(true);
    expect(fleuve.status).toBe("En glissement");
  });
});

import { fromIso, toIso } from "../../../src/core/dates/civil";
import { PlanningInput } from "../../../src/core/planning/model";
import { overrunReport } from "../../../src/core/planning/overrun";
import { runPlanning } from "../../../src/core/planning/plan";

const d = (s: string): number => fromIso(s)!;

describe("Rapport de dépassement", () => {
  // Baseline: montage 1–5 June, étalonnage 8–10, mixage 8–9 (parallel), PAD 10 June.
  // Reality: montage finished 2 days late (9 June); étalonnage then also lasts one more day.
  const input: PlanningInput = {
    today: d("2026-06-10"),
    productions: [{ code: "F1", title: "Les Veilleurs", padTarget: d("2026-06-12") }],
    tasks: [
      { id: "F1-1", production: "F1", name: "Montage image", duration: 5, resources: "Léa Martin", actualStart: d("2026-06-01"), actualFinish: d("2026-06-09"), baselineStart: d("2026-06-01"), baselineFinish: d("2026-06-05") },
      { id: "F1-2", production: "F1", name: "Étalonnage", duration: 4, predecessors: "F1-1", resources: "Paul; Salle Étalonnage", baselineStart: d("2026-06-08"), baselineFinish: d("2026-06-10") },
      { id: "F1-3", production: "F1", name: "Mixage", duration: 2, predecessors: "F1-1", resources: "Auditorium", baselineStart: d("2026-06-08"), baselineFinish: d("2026-06-09") },
      { id: "F1-4", production: "F1", name: "Livraison PAD", duration: 0, predecessors: "F1-2;F1-3", baselineStart: d("2026-06-10"), baselineFinish: d("2026-06-10") },
    ],
    crew: [
      { name: "Léa Martin", type: "Personne" },
      { name: "Paul", type: "Personne" },
      { name: "Salle Étalonnage", type: "Salle" },
      { name: "Auditorium", type: "Salle" },
    ],
  };
  const result = runPlanning(input);

  test("dates: the PAD moves from 10 to 15 June", () => {
    expect(result.tasks.map((t) => [toIso(t.start), toIso(t.finish)])).toEqual([
      ["2026-06-01", "2026-06-09"],
      ["2026-06-10", "2026-06-15"], // 10, 11, 12, 15
      ["2026-06-10", "2026-06-11"],
      ["2026-06-15", "2026-06-15"],
    ]);
  });

  // What the slip costs is not priced here: it is the resource-days of the plan against the baseline
  // (core/costs/slipCost.ts), a task that only moved costing nothing.
  test("baseline vs forecast PAD, slip, causes with their own slip and their resources", () => {
    const rep = overrunReport(input, result, "f1")!;
    expect(rep.title).toBe("Les Veilleurs");
    expect(toIso(rep.padBaseline!)).toBe("2026-06-10");
    expect(toIso(rep.padForecast!)).toBe("2026-06-15");
    expect(rep.slipReference).toBe("baseline");
    expect(rep.slipDays).toBe(3); // 11, 12, 15
    expect(rep.contractSlipDays).toBe(1); // PAD contractuel 12 June
    // Driving chain: montage → étalonnage → PAD. Montage: 2 days late on its own; étalonnage
    // starts 2 days late (inherited) and finishes 3 days late: 1 day of its own.
    expect(rep.causes.map((c) => [c.id, c.slipDays, c.ownSlipDays])).toEqual([
      ["F1-1", 2, 2],
      ["F1-2", 3, 1],
      ["F1-4", 3, 0],
    ]);
    expect(rep.causes.map((c) => c.resources)).toEqual([["Léa Martin"], ["Paul", "Salle Étalonnage"], []]);
  });

  test("unknown production: no report", () => {
    expect(overrunReport(input, result, "ZZ")).toBeUndefined();
  });
});

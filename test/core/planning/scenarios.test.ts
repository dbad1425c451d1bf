import { MON_SAT } from "../../../src/core/calendar/weekdays";
import { fromIso, toIso } from "../../../src/core/dates/civil";
import { PlanningInput } from "../../../src/core/planning/model";
import { runPlanning } from "../../../src/core/planning/plan";
import { overrunReport } from "../../../src/core/planning/overrun";
import { applyScenario, ScenarioChange, workKeptDuration } from "../../../src/core/planning/scenarioChanges";
import { compareScenarios, CURRENT_PLAN, ScenarioRun } from "../../../src/core/planning/scenarios";

const d = (s: string): number => fromIso(s)!;
const limits = { hoursPerDay: 8, maxHours: 48, maxDays: 5 };

// January 2027 on the French calendar: Mondays are 4, 11, 18 and 25; 1 January (a Friday) is the only
// holiday of the month. Today is Monday 4 January: nothing has started.
// Plan: A montage 10 days (Léa) 4–15 Jan; B mixage 6 days after A (Auditorium) 18–25 Jan
// (18, 19, 20, 21, 22, 25); C PAD milestone after B on 25 Jan. Baseline PAD: Wednesday 20 Jan;
// contractual PAD: Friday 29 Jan.
const input: PlanningInput = {
  today: d("2027-01-04"),
  productions: [{ code: "P", title: "Le Fleuve", padTarget: d("2027-01-29") }],
  tasks: [
    { id: "A", production: "P", stage: "Montage", duration: 10, resources: "Léa", baselineStart: d("2027-01-04"), baselineFinish: d("2027-01-13"), baselineDuration: 8, baselineResources: "Léa" },
    { id: "B", production: "P", stage: "Mixage", duration: 6, predecessors: "A", resources: "Auditorium", baselineStart: d("2027-01-14"), baselineFinish: d("2027-01-20"), baselineDuration: 5, baselineResources: "Auditorium" },
    { id: "C", production: "P", stage: "PAD", name: "Livraison PAD", duration: 0, predecessors: "B", baselineStart: d("2027-01-20"), baselineFinish: d("2027-01-20") },
  ],
  crew: [
    { name: "Léa", type: "Personne" },
    { name: "Hugo", type: "Personne" },
    { name: "Auditorium", type: "Salle" },
  ],
};
const plan = runPlanning(input);

function run(changes: ScenarioChange[]): ScenarioRun {
  return compareScenarios(input, plan, [{ name: "S", changes }], limits)[1];
}
function dates(r: ScenarioRun): string[][] {
  return r.result.tasks.map((t) => [t.id, toIso(t.start), toIso(t.finish)]);
}
function pad(r: ScenarioRun): [string, number, number | undefined] {
  const p = r.productions[0];
  return [toIso(p.padForecast!), p.slipDays, p.contractSlipDays];
}

describe("scénarios : le plan actuel", () => {
  test("the plan's dates, as the worked case says", () => {
    expect(plan.tasks.map((t) => [t.id, toIso(t.start), toIso(t.finish)])).toEqual([
      ["A", "2027-01-04", "2027-01-15"],
      ["B", "2027-01-18", "2027-01-25"],
      ["C", "2027-01-25", "2027-01-25"],
    ]);
  });

  test("a scenario without rows gives exactly the plan's figures, and so does Plan actuel", () => {
    const [current, empty] = compareScenarios(input, plan, [{ name: "Vide", changes: [] }], limits);
    expect(current.name).toBe(CURRENT_PLAN);
    expect(current.result).toBe(plan);
    const rep = overrunReport(input, plan, "P")!;
    for (const r of [current, empty]) {
      expect(r.productions).toEqual([
        {
          production: "P",
          padForecast: rep.padForecast,
          padTarget: rep.padTarget,
          padBaseline: rep.padBaseline,
          slipDays: rep.slipDays,
          slipReference: "baseline",
          contractSlipDays: rep.contractSlipDays,
          criticalPath: ["A", "B", "C"],
        },
      ]);
      expect(r.result.tasks.map((t) => [t.start, t.finish, t.totalFloat, t.critical])).toEqual(plan.tasks.map((t) => [t.start, t.finish, t.totalFloat, t.critical]));
      expect(r.removed).toEqual([]);
    }
    // PAD 25 Jan: 3 working days after the baseline (21, 22, 25), 4 before the contract (26, 27, 28, 29).
    expect(pad(current)).toEqual(["2027-01-25", 3, -4]);
  });

  test("nothing of the plan's input changes", () => {
    const before = JSON.stringify(input);
    applyScenario(input, [
      { kind: "duration", production: "P", task: "A", days: 3 },
      { kind: "addResource", production: "P", task: "B", resource: "Hugo" },
      { kind: "removeTask", production: "P", task: "B" },
      { kind: "padTarget", production: "P", day: d("2027-02-05") },
      { kind: "closure", production: "P", from: d("2027-01-11"), to: d("2027-01-13") },
      { kind: "workingDays", production: "P", weekdays: MON_SAT, from: d("2027-01-18"), to: d("2027-01-24") },
    ]);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe("scénarios : un cas chiffré par changement", () => {
  test("Durée (j): A in 6 days", () => {
    // A 4–11 Jan (4, 5, 6, 7, 8, 11); B 12–19 (12, 13, 14, 15, 18, 19); PAD 19 Jan:
    // 1 day before the baseline (20), 8 before the contract (20, 21, 22, 25, 26, 27, 28, 29).
    const r = run([{ kind: "duration", production: "P", task: "A", days: 6 }]);
    expect(dates(r)).toEqual([
      ["A", "2027-01-04", "2027-01-11"],
      ["B", "2027-01-12", "2027-01-19"],
      ["C", "2027-01-19", "2027-01-19"],
    ]);
    expect(pad(r)).toEqual(["2027-01-19", -1, -8]);
  });

  test("Ajouter ressource: the work in person-days is kept, rounded up", () => {
    // A: 10 days × 1 person = 10 person-days; with Hugo, ⌈10 × 1 / 2⌉ = 5 days: 4–8 Jan; B 11–18
    // (11, 12, 13, 14, 15, 18); PAD 18 Jan, 2 days before the baseline (19, 20).
    const r = run([{ kind: "addResource", production: "P", task: "a", resource: "Hugo" }]);
    expect(r.input.tasks[0]).toMatchObject({ duration: 5, resources: ["Léa", "Hugo"] });
    expect(dates(r)[0]).toEqual(["A", "2027-01-04", "2027-01-08"]);
    expect(pad(r)).toEqual(["2027-01-18", -2, -9]);
    // ⌈20 / 3⌉ = 7 (two people for 10 days, then three); ⌈5 × 2 / 1⌉ = 10 when one of two leaves.
    expect(workKeptDuration(10, 2, 3)).toBe(7);
    expect(workKeptDuration(5, 2, 1)).toBe(10);
    expect(workKeptDuration(5, 0, 1)).toBe(5);
  });

  test("a room is not a person: adding one keeps the duration", () => {
    // B (Auditorium, a room) + Léa: one person now, none before: 6 days stay 6 (18–25 Jan).
    const r = run([{ kind: "addResource", production: "P", task: "A", resource: "Auditorium" }]);
    expect(r.input.tasks[0]).toMatchObject({ duration: 10, resources: ["Léa", "Auditorium"] });
    const s = run([{ kind: "addResource", production: "P", task: "B", resource: "Léa" }]);
    expect(s.input.tasks[1]).toMatchObject({ duration: 6, resources: ["Auditorium", "Léa"] });
    expect(pad(s)).toEqual(["2027-01-25", 3, -4]);
  });

  test("a Durée (j) row wins over the rule", () => {
    // A 7 days with Hugo: 4–12 Jan; B 13–20 (13, 14, 15, 18, 19, 20); PAD 20 Jan = the baseline.
    const r = run([
      { kind: "addResource", production: "P", task: "A", resource: "Hugo" },
      { kind: "duration", production: "P", task: "A", days: 7 },
    ]);
    expect(r.input.tasks[0]).toMatchObject({ duration: 7, resources: ["Léa", "Hugo"] });
    expect(pad(r)).toEqual(["2027-01-20", 0, -7]);
  });

  test("Retirer ressource: the work is kept, the task lasts longer", () => {
    // A with Léa and Hugo for 10 days; Hugo leaves: ⌈10 × 2 / 1⌉ = 20 days: 4–29 Jan (4 weeks);
    // B 1–8 Feb (1, 2, 3, 4, 5, 8); PAD 8 Feb: 13 days after the baseline (21, 22, 25…29, 1…5, 8),
    // 6 after the contract (1, 2, 3, 4, 5, 8).
    const two: PlanningInput = { ...input, tasks: [{ ...input.tasks[0], resources: "Léa; Hugo" }, ...input.tasks.slice(1)] };
    const r = compareScenarios(two, runPlanning(two), [{ name: "S", changes: [{ kind: "removeResource", production: "P", task: "A", resource: "hugo" }] }], limits)[1];
    expect(r.input.tasks[0]).toMatchObject({ duration: 20, resources: ["Léa"] });
    expect(dates(r)[0]).toEqual(["A", "2027-01-04", "2027-01-29"]);
    expect(pad(r)).toEqual(["2027-02-08", 13, 6]);
  });

  test("Jours ouvrés: lun-sam during the mix week", () => {
    // B works Saturday 23 Jan: 18–23 (18, 19, 20, 21, 22, 23); PAD on Saturday 23 Jan. Counted in
    // the plan's working days: 2 after the baseline (21, 22), 5 before the contract (25…29).
    const r = run([{ kind: "workingDays", production: "P", weekdays: MON_SAT, from: d("2027-01-18"), to: d("2027-01-24") }]);
    expect(dates(r).slice(1)).toEqual([
      ["B", "2027-01-18", "2027-01-23"],
      ["C", "2027-01-23", "2027-01-23"],
    ]);
    expect(pad(r)).toEqual(["2027-01-23", 2, -5]);
    // Outside the period nothing changes: Saturday 9 Jan is still off (A still ends on Friday 15).
    expect(dates(r)[0]).toEqual(["A", "2027-01-04", "2027-01-15"]);
  });

  test("Pas avant: the mix cannot start before Wednesday 20 Jan", () => {
    // B 20–27 (20, 21, 22, 25, 26, 27); PAD 27 Jan: 5 days late on the baseline, 2 days ahead of the contract.
    const r = run([{ kind: "notBefore", production: "P", task: "B", day: d("2027-01-20") }]);
    expect(dates(r)[1]).toEqual(["B", "2027-01-20", "2027-01-27"]);
    expect(pad(r)).toEqual(["2027-01-27", 5, -2]);
  });

  test("Supprimer tâche: its successor takes its predecessors' links", () => {
    // Without B, C follows A (as B did): PAD on A's finish, 15 Jan: 3 days before the baseline (18, 19, 20).
    const r = run([{ kind: "removeTask", production: "P", task: "B" }]);
    expect(r.removed).toEqual([1]);
    expect(r.input.tasks.map((t) => t.id)).toEqual(["A", "C"]);
    expect(r.input.tasks[1].predecessors).toEqual([{ predecessorId: "A", type: "FS", lag: 0 }]);
    expect(pad(r)).toEqual(["2027-01-15", -3, -10]);
    expect(r.productions[0].criticalPath).toEqual(["A", "C"]);
  });

  test("Supprimer tâche: links inherited with their type and lag, through two removed tasks", () => {
    const chain = applyScenario(
      {
        ...input,
        tasks: [
          { id: "X", production: "P", duration: 2 },
          { id: "Y", production: "P", duration: 2, predecessors: "X DD+1" },
          { id: "Z", production: "P", duration: 2, predecessors: "Y" },
          { id: "W", production: "P", duration: 2, predecessors: "Z;X" },
        ],
      },
      [
        { kind: "removeTask", production: "P", task: "Y" },
        { kind: "removeTask", production: "P", task: "Z" },
      ],
    );
    expect(chain.input.tasks.map((t) => [t.id, t.predecessors])).toEqual([
      ["X", undefined],
      ["W", [{ predecessorId: "X", type: "SS", lag: 1 }, { predecessorId: "X", type: "FS", lag: 0 }]],
    ]);
  });

  test("PAD contractuel: moved to Friday 5 Feb", () => {
    // PAD still 25 Jan; the contract is now 9 days ahead (26, 27, 28, 29, 1, 2, 3, 4, 5).
    const r = run([{ kind: "padTarget", production: "P", day: d("2027-02-05") }]);
    expect(pad(r)).toEqual(["2027-01-25", 3, -9]);
    expect(toIso(r.productions[0].padTarget!)).toBe("2027-02-05");
  });

  test("Fermeture: the production closes 11–13 Jan", () => {
    // A: 4, 5, 6, 7, 8, 14, 15, 18, 19, 20 → 4–20 Jan; B 21–28 (21, 22, 25, 26, 27, 28); PAD 28 Jan:
    // 6 days after the baseline (the plan's calendar: 21, 22, 25, 26, 27, 28), 1 before the contract.
    const r = run([{ kind: "closure", production: "P", from: d("2027-01-11"), to: d("2027-01-13"), comment: "Travaux" }]);
    expect(dates(r)).toEqual([
      ["A", "2027-01-04", "2027-01-20"],
      ["B", "2027-01-21", "2027-01-28"],
      ["C", "2027-01-28", "2027-01-28"],
    ]);
    expect(pad(r)).toEqual(["2027-01-28", 6, -1]);
  });
});

describe("scénarios : surcharges sur toutes les productions", () => {
  // Q books Léa 4–15 Jan too: she works two tasks a day for two weeks, 2 × 5 days × 8 h = 80 h a week.
  const two: PlanningInput = {
    ...input,
    productions: [...input.productions, { code: "Q" }],
    tasks: [...input.tasks, { id: "Q1", production: "Q", stage: "Montage", duration: 10, resources: "Léa" }],
  };
  const twoPlan = runPlanning(two);

  test("the same person on two productions is overloaded both weeks", () => {
    const [current] = compareScenarios(two, twoPlan, [], limits);
    expect(current.overloads.map((w) => [w.resource, toIso(w.week), w.hours, w.days, w.productions])).toEqual([
      ["Léa", "2027-01-04", 80, 5, ["P", "Q"]],
      ["Léa", "2027-01-11", 80, 5, ["P", "Q"]],
    ]);
  });

  test("a sixth day in the week is an overload even under 48 hours; the second editor relieves Léa", () => {
    // Auditorium 18–23 Jan with the Saturday: 6 days × 8 h = 48 h (not above 48) but 6 days > 5.
    const [, r] = compareScenarios(
      two,
      twoPlan,
      [
        {
          name: "Samedis et Hugo",
          changes: [
            { kind: "workingDays", production: "P", weekdays: MON_SAT, from: d("2027-01-18"), to: d("2027-01-24") },
            { kind: "removeResource", production: "Q", task: "Q1", resource: "Léa" },
            { kind: "addResource", production: "Q", task: "Q1", resource: "Hugo" },
          ],
        },
      ],
      limits,
    );
    // Q1: Léa leaves and Hugo joins: still one person, 10 days.
    expect(r.input.tasks[3]).toMatchObject({ duration: 10, resources: ["Hugo"] });
    expect(r.overloads.map((w) => [w.resource, toIso(w.week), w.hours, w.days])).toEqual([["Auditorium", "2027-01-18", 48, 6]]);
  });
});

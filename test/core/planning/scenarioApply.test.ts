import { MON_SAT } from "../../../src/core/calendar/weekdays";
import { fromIso } from "../../../src/core/dates/civil";
import type { PlanningInput } from "../../../src/core/planning/model";
import { scenarioWrites } from "../../../src/core/planning/scenarioApply";

const d = (s: string): number => fromIso(s)!;

// P: A montage 10 days (Léa, Hugo) then B mixage 6 days (the auditorium), contractual PAD 29/01/2027.
const input: PlanningInput = {
  today: d("2027-01-04"),
  productions: [{ code: "P", padTarget: d("2027-01-29"), workingDays: "lun-ven" }],
  tasks: [
    { id: "A", production: "P", duration: 10, resources: "Léa; Hugo" },
    { id: "B", production: "P", duration: 6, predecessors: "A", resources: "Auditorium", notBefore: d("2027-01-11") },
  ],
  closures: [{ production: "P", from: d("2026-12-24"), to: d("2027-01-01"), reason: "Fêtes" }],
  crew: [
    { name: "Léa", type: "Personne" },
    { name: "Hugo", type: "Personne" },
    { name: "Zoé", type: "Personne" },
    { name: "Auditorium", type: "Salle" },
  ],
};

describe("what applying a scenario writes into the plan", () => {
  test("each field once, with its value before and the scenario's", () => {
    const w = scenarioWrites(input, "S", [
      // Zoé joins then Hugo leaves: 2 people before, 2 after → the work kept, 10 days stay 10.
      { kind: "addResource", production: "P", task: "A", resource: "Zoé" },
      { kind: "removeResource", production: "P", task: "A", resource: "Hugo" },
      { kind: "notBefore", production: "P", task: "B", day: d("2027-01-18") },
      { kind: "padTarget", production: "P", day: d("2027-02-12") },
      { kind: "workingDays", production: "P", weekdays: MON_SAT, from: d("2027-01-11"), to: d("2027-01-23") },
      { kind: "closure", production: "P", from: d("2027-01-04"), to: d("2027-01-05"), comment: "Inventaire" },
    ]);
    expect(w.refused).toEqual([]);
    expect(w.edits.map((e) => [e.table, e.index, e.field, e.before, e.after])).toEqual([
      ["tasks", 0, "resources", { text: "Léa; Hugo" }, { text: "Léa; Zoé" }],
      ["tasks", 1, "notBefore", { day: d("2027-01-11") }, { day: d("2027-01-18") }],
      ["productions", 0, "padTarget", { day: d("2027-01-29") }, { day: d("2027-02-12") }],
      ["productions", 0, "workingDays", { text: "lun-ven" }, { text: "lun-ven ; lun-sam du 11/01/2027 au 23/01/2027" }],
    ]);
    // Only the new closure: the typed one is not written again.
    expect(w.closures).toEqual([{ production: "P", from: d("2027-01-04"), to: d("2027-01-05"), reason: "Scénario « S » : Inventaire" }]);
  });

  test("a person more shortens the duration by the rule, a typed duration wins", () => {
    // ⌈10 × 2 / 3⌉ = 7.
    expect(scenarioWrites(input, "S", [{ kind: "addResource", production: "P", task: "A", resource: "Zoé" }]).edits.map((e) => [e.field, e.after])).toEqual([
      ["resources", { text: "Léa; Hugo; Zoé" }],
      ["duration", { number: 7 }],
    ]);
    const typed = scenarioWrites(input, "S", [
      { kind: "addResource", production: "P", task: "A", resource: "Zoé" },
      { kind: "duration", production: "P", task: "A", days: 4 },
    ]);
    expect(typed.edits.find((e) => e.field === "duration")!.after).toEqual({ number: 4 });
  });

  test("working days without a period replace the cell; « Supprimer tâche » is refused", () => {
    expect(scenarioWrites(input, "S", [{ kind: "workingDays", production: "P", weekdays: MON_SAT, from: -Infinity, to: Infinity }]).edits[0].after).toEqual({ text: "lun-sam" });
    const w = scenarioWrites(input, "S", [{ kind: "removeTask", production: "P", task: "A" }]);
    expect(w.edits).toEqual([]);
    expect(w.refused.map((r) => r.reason)).toEqual([expect.stringMatching(/^« Supprimer tâche » \(A\) ne peut pas être appliqué/)]);
  });

  test("an unreadable Jours ouvrés cell takes no period: refused", () => {
    const bad = { ...input, productions: [{ ...input.productions[0], workingDays: "lundi-bof" }] };
    const w = scenarioWrites(bad, "S", [{ kind: "workingDays", production: "P", weekdays: MON_SAT, from: d("2027-01-11"), to: d("2027-01-23") }]);
    expect(w.refused.map((r) => r.reason)).toEqual([expect.stringMatching(/illisible/)]);
  });
});

/**
 * The slip cost, worked by hand: the resource-days the plan gained or lost against its baseline, at
 * each resource's rate. Resources: Léa at 400 €/jour, the editing room at 250 €/jour, Marc at
 * 300 €/jour, the grading room at 50 €/heure (8 h billed a day), the titles at a 900 € flat fee, a VFX
 * house at 180 € a shot, and a room without a rate.
 */
import { buildQuote, type QuoteTask } from "../../../src/core/costs/quote";
import { RateCard } from "../../../src/core/costs/rateCard";
import type { CostResource } from "../../../src/core/costs/resourceRates";
import { slipCost, type SlipTask, type SlipWork } from "../../../src/core/costs/slipCost";

const RESOURCES: CostResource[] = [
  { id: "Léa", kind: "personne", ownRate: { priceCents: 40000, unit: "jour" } },
  { id: "Salle", kind: "salle", ownRate: { priceCents: 25000, unit: "jour" } },
  { id: "Marc", kind: "personne", ownRate: { priceCents: 30000, unit: "jour" } },
  { id: "Étalonnage", kind: "salle", ownRate: { priceCents: 5000, unit: "heure" } },
  { id: "Titres", kind: "prestataire", ownRate: { priceCents: 90000, unit: "forfait" } },
  { id: "VFX", kind: "prestataire", ownRate: { priceCents: 18000, unit: "plan" } },
  { id: "Sans tarif", kind: "salle" },
];
const rateCard = new RateCard([]);

const work = (days: number, ...names: string[]): SlipWork => ({ days, resources: names.map((resource) => ({ resource })) });
const task = (id: string, baseline: SlipWork | undefined, current: SlipWork, production = "P"): SlipTask => ({ id, production, baseline, current });
const cost = (tasks: SlipTask[]) => slipCost({ tasks, resources: RESOURCES, rateCard });
const line = (r: ReturnType<typeof cost>, name: string) => r.productions[0].lines.find((l) => l.resource === name);

describe("slip cost: resource-days against the baseline, at each resource's rate", () => {
  test("a task that only moves costs nothing", () => {
    // Same 5 days, same Léa and room, whatever its dates: 5 × 400 − 5 × 400 = 0.
    const r = cost([task("T1", work(5, "Léa", "Salle"), work(5, "Léa", "Salle"))]);
    expect(r.productions[0].costCents).toBe(0);
    expect(line(r, "Léa")).toMatchObject({ baselineDays: 5, forecastDays: 5, costCents: 0, priced: true });
  });

  test("a task 3 days longer with two resources at 400 and 250 €/jour costs 3 × 650 = 1 950 €", () => {
    // Léa: 8 × 400 − 5 × 400 = 1 200 ; room: 8 × 250 − 5 × 250 = 750 ; 1 200 + 750 = 1 950.
    const r = cost([task("T1", work(5, "Léa", "Salle"), work(8, "Léa", "Salle"))]);
    expect(r.productions[0].costCents).toBe(195000);
    expect(line(r, "Léa")).toMatchObject({ baselineDays: 5, forecastDays: 8, costCents: 120000, unit: "jour", unitPriceCents: 40000 });
    expect(line(r, "Salle")).toMatchObject({ baselineDays: 5, forecastDays: 8, costCents: 75000 });
  });

  test("a resource added for 2 days costs its 2 days; one taken off gives them back", () => {
    // Marc joins the 2-day sound edit: 2 × 300 = 600. The room leaves the 3-day task T2: −3 × 250 = −750.
    const r = cost([task("T1", work(2, "Léa"), work(2, "Léa", "Marc")), task("T2", work(3, "Léa", "Salle"), work(3, "Léa"))]);
    expect(line(r, "Marc")).toMatchObject({ baselineDays: 0, forecastDays: 2, costCents: 60000 });
    expect(line(r, "Salle")).toMatchObject({ baselineDays: 3, forecastDays: 0, costCents: -75000 });
    expect(line(r, "Léa")!.costCents).toBe(0);
    // Net: 600 − 750 = −150.
    expect(r.productions[0].costCents).toBe(-15000);
  });

  test("a shorter task gives its days back: 5 → 3 days of Léa = −2 × 400 = −800 €", () => {
    const r = cost([task("T1", work(5, "Léa"), work(3, "Léa"))]);
    expect(r.productions[0].costCents).toBe(-80000);
  });

  test("a task added after the baseline costs all its days; a production without baseline costs nothing", () => {
    // T2 has no reference in P, which has one: 4 × 250 = 1 000. Q has no reference at all: no slip cost.
    const r = cost([task("T1", work(5, "Léa"), work(5, "Léa")), task("T2", undefined, work(4, "Salle")), task("Q1", undefined, work(10, "Léa"), "Q")]);
    const [p, q] = r.productions;
    expect([p.production, p.hasBaseline, p.costCents, p.addedTasks]).toEqual(["P", true, 100000, ["T2"]]);
    expect([q.production, q.hasBaseline, q.costCents, q.lines]).toEqual(["Q", false, 0, []]);
  });

  test("units: hours are 8 h a day, a flat fee counts per task, a per-shot rate needs its quantity", () => {
    // Grading 2 → 4 days at 50 €/h: (4 − 2) × 8 h × 50 = 800. Titles, a flat fee, on a task 2 days
    // longer: still one fee, 0. VFX: 12 shots then, 15 now, at 180: 3 × 180 = 540.
    const r = cost([
      task("T1", work(2, "Étalonnage", "Titres"), work(4, "Étalonnage", "Titres")),
      task("T2", { days: 5, resources: [{ resource: "VFX", quantity: 12 }] }, { days: 5, resources: [{ resource: "VFX", quantity: 15 }] }),
    ]);
    expect(line(r, "Étalonnage")).toMatchObject({ baselineDays: 2, forecastDays: 4, costCents: 80000 });
    expect(line(r, "Titres")).toMatchObject({ costCents: 0, priced: true });
    expect(line(r, "VFX")).toMatchObject({ costCents: 54000 });
    expect(r.productions[0].costCents).toBe(80000 + 54000);
  });

  test("days that cannot be priced are listed, not counted, and said once", () => {
    // The room without a rate gains 2 days; the VFX house gets a task without a number of shots.
    const r = cost([task("T1", work(3, "Sans tarif"), work(5, "Sans tarif")), task("T2", undefined, work(2, "VFX"))]);
    expect(r.productions[0].lines.map((l) => [l.resource, l.priced, l.costCents])).toEqual([
      ["Sans tarif", false, 0],
      ["VFX", false, 0],
    ]);
    expect(r.alerts.map((a) => [a.code, a.production])).toEqual([["GLISSEMENT_NON_CHIFFRE", "P"]]);
    expect(r.alerts[0].message).toMatch(/Sans tarif, VFX/);
    // The alert is about the crew table as a whole: it sits where the workbook layer says that table is.
    expect(r.alerts[0].sheet).toBe("");
    const placed = slipCost({ tasks: [task("T1", work(3, "Sans tarif"), work(5, "Sans tarif"))], resources: RESOURCES, rateCard, crewTable: { sheet: "Equipe", row: 0 } });
    expect([placed.alerts[0].sheet, placed.alerts[0].row]).toEqual(["Equipe", 0]);
  });

  test("the slip cost is the difference between the quotes of the plan now and at the baseline", () => {
    const tasks = [
      task("T1", work(20, "Léa", "Salle"), work(25, "Léa", "Salle")),
      task("T2", work(3, "Marc", "Titres"), work(2, "Marc", "Titres", "Léa")),
      task("T3", undefined, work(1.5, "Étalonnage")),
    ];
    const quoteOf = (side: "baseline" | "current"): number =>
      buildQuote({
        tasks: tasks.flatMap((t): QuoteTask[] => (t[side] ? [{ id: t.id, production: t.production, durationDays: t[side]!.days, resources: t[side]!.resources }] : [])),
        resources: RESOURCES,
        rateCard,
      }).totalCents;
    // 5 × (400 + 250) − 300 + 2 × 400 + 1,5 × 8 × 50 = 3 250 − 300 + 800 + 600 = 4 350 €.
    expect(cost(tasks).productions[0].costCents).toBe(435000);
    expect(quoteOf("current") - quoteOf("baseline")).toBe(435000);
  });
});

/**
 * The cost report on a small crafted case, every figure computed by hand below.
 *
 * Report date (asOf): Friday 20 November 2026. Production EP1 (52 min) and EP2.
 * Rates: MONT-SALLE 250 €/j (8.2), MIXAGE 1 400 €/j (8.7), POSTSYNC 140 €/h (8.6), TITRES 900 €
 * forfait (8.5), ST-SME 9 €/min (8.5).
 * People: Léa, staff 2.1 with her charges in 4.1, estimated day 250 € + 120 € charges;
 *         Marc, staff 2.1 (charges not separated), estimated day 200 € + 90 €.
 *
 * Séances
 *   b1 16/11 EP1 T1 Salle 1 (past)             → réalisé 8.2: 250
 *   b2 17/11 EP1 T1 Salle 1 (past)             → réalisé 8.2: 250
 *   b3 23/11 EP1 T1 Salle 1 (booked)           → engagé/reste 8.2: 250
 *   b4 16/11 EP1 T1 Léa, payroll 260 + 124,80  → réalisé 2.1: 260 ; 4.1: 124,80
 *   b5 17/11 EP1 T1 Léa 6 h ┐ payroll of the day 260 + 124,80, shared by hours 6/8 and 2/8:
 *   b6 17/11 EP2 X1 Léa 2 h ┘ b5 → 2.1: 195 ; 4.1: 93,60   b6 (EP2) → 2.1: 65 ; 4.1: 31,20
 *   b7 24/11 EP1 T1 Léa (booked), estimate     → engagé/reste 2.1: 250 ; 4.1: 120
 *   b8 18/11 EP1 T3 Audi PS 3,5 h              → réalisé 8.6: 3,5 × 140 = 490
 *   b9 19/11 EP1 T4 Titreur (forfait)          → réalisé 8.5: 900 (first séance of the task)
 *   b10 25/11 EP1 T4 Titreur                   → nothing (the forfait is billed once)
 *   b11 26/11 EP1 T5 Sous-titres (booked)      → engagé/reste 8.5: 52 × 9 = 468
 *   b12 19/11 EP1 T1 « Inconnu »               → alert, not costed
 * Achats: 10/11 Labo X 1 200 € poste 8.1 (no budget line → extra line, alert) ; 12/11 disques 300 € 8.8.
 * Tasks still planned (remaining working days):
 *   T1 3 j, Salle 1 + Léa: Salle 3 − 1 booked = 2 j × 250 = 500 (8.2) ; Léa 3 − 1 = 2 j × (250 + 120)
 *      → 2.1: 500 ; 4.1: 240
 *   T6 2 j, Audi (mixage) → 2 × 1 400 = 2 800 (8.7)
 *   T4 1 j, Titreur → 0 (forfait already counted)
 *   T7 1 j, Marc → 1 × (200 + 90) = 290 (2.1)
 *
 * EP1 lines (€)   devis   réalisé   engagé    reste   prévision   écart    statut
 *   2.1          1 500     455      705      1 040     1 495       −5    vigilance (≥ 95 %)
 *   4.1            600     218,40   338,40     360       578,40   −21,60 vigilance (578,40 ≥ 570)
 *   8.2          1 500     500      750        750     1 250     −250    ok
 *   8.5          1 300     900    1 368        468     1 368      +68    dépassement (5,23 %)
 *   8.6            500     490      490          0       490      −10    vigilance
 *   8.7          2 500       0        0      2 800     2 800     +300    dépassement (12 %)
 *   8.8            300     300      300          0       300        0    vigilance (on budget)
 *   8.1 (extra)      0   1 200    1 200          0     1 200   +1 200    dépassement, % empty
 *   total        8 200   4 063,40 5 151,40   5 418     9 481,40 +1 281,40
 * EP2 has no 4.1 line: Léa's charges there stay with her pay (a budget without a charges line quotes
 * people all-in): 2.1 devis 100, réalisé 65 + 31,20 = 96,20 → écart −3,80, vigilance (96,20 ≥ 95).
 * Chapters EP1: 2 → 1 500 / 1 495 ; 4 → 600 / 578,40 ; 8 → 6 100 / 7 408.
 */
import {
  buildCostReport,
  type BudgetLine,
  type CostBooking,
  makeFigures,
  personDayKey,
  type Purchase,
} from "../../../src/core/costs/costReport";
import { rateCardFromRows } from "../../../src/core/costs/rateCard";
import type { CostResource } from "../../../src/core/costs/resourceRates";
import { dayFromYmd } from "../../../src/core/dates/civil";
import { DEFAULT_RATE_CARD } from "../../../src/data/costs/rateCard";

const { rateCard } = rateCardFromRows(DEFAULT_RATE_CARD);
const nov = (d: number): number => dayFromYmd(2026, 11, d);

const RESOURCES: CostResource[] = [
  { id: "Salle 1", kind: "salle", rateCode: "MONT-SALLE" },
  { id: "Audi", kind: "salle", rateCode: "MIXAGE" },
  { id: "Audi PS", kind: "salle", rateCode: "POSTSYNC" },
  { id: "Titreur", kind: "prestataire", rateCode: "TITRES" },
  { id: "Sous-titres", kind: "prestataire", rateCode: "ST-SME" },
  {
    id: "Léa",
    kind: "personne",
    budgetCode: "2.1",
    chargesBudgetCode: "4.1",
    dayCost: { salaryCents: 25000, chargesCents: 12000 },
  },
  { id: "Marc", kind: "personne", budgetCode: "2.1", dayCost: { salaryCents: 20000, chargesCents: 9000 } },
];

const b = (day: number, production: string, task: string, resource: string, extra: Partial<CostBooking> = {}): CostBooking => ({
  day: nov(day),
  production,
  task,
  resource,
  ...extra,
});

const BOOKINGS: CostBooking[] = [
  b(16, "EP1", "T1", "Salle 1"),
  b(17, "EP1", "T1", "Salle 1"),
  b(23, "EP1", "T1", "Salle 1"),
  b(16, "EP1", "T1", "Léa", { personCost: { salaryCents: 26000, chargesCents: 12480 } }),
  b(17, "EP1", "T1", "Léa", { hours: 6 }),
  b(17, "EP2", "X1", "Léa", { hours: 2 }),
  b(24, "EP1", "T1", "Léa"),
  b(18, "EP1", "T3", "Audi PS", { hours: 3.5 }),
  b(19, "EP1", "T4", "Titreur"),
  b(25, "EP1", "T4", "Titreur"),
  b(26, "EP1", "T5", "Sous-titres"),
  b(19, "EP1", "T1", "Inconnu", { place: { sheet: "Seances", row: 14 } }),
];

const PURCHASES: Purchase[] = [
  { day: nov(10), production: "EP1", supplier: "Labo X", budgetCode: "8.1", amountCents: 120000, reference: "LX-881" },
  { day: nov(12), production: "EP1", supplier: "Disques", budgetCode: "8.8", amountCents: 30000, reference: "D-12" },
];

const BUDGET: BudgetLine[] = [
  { production: "EP1", budgetCode: "2.1", quoteCents: 150000, comment: "Monteurs" },
  { production: "EP1", budgetCode: "4.1", quoteCents: 60000 },
  { production: "EP1", budgetCode: "8.2", quoteCents: 150000 },
  { production: "EP1", budgetCode: "8.5", quoteCents: 130000 },
  { production: "EP1", budgetCode: "8.6", quoteCents: 50000 },
  { production: "EP1", budgetCode: "8.7", quoteCents: 250000 },
  { production: "EP1", budgetCode: "8.8", quoteCents: 30000 },
  { production: "EP2", budgetCode: "2.1", quoteCents: 10000, label: "Personnel EP2" },
];

const report = buildCostReport({
  asOf: nov(20),
  budget: BUDGET,
  bookings: BOOKINGS,
  purchases: PURCHASES,
  tasks: [
    { id: "T1", production: "EP1", remainingDays: 3, resources: [{ resource: "Salle 1" }, { resource: "Léa" }] },
    { id: "T6", production: "EP1", remainingDays: 2, resources: [{ resource: "Audi" }] },
    { id: "T4", production: "EP1", remainingDays: 1, resources: [{ resource: "Titreur" }] },
    { id: "T7", production: "EP1", remainingDays: 1, resources: [{ resource: "Marc" }] },
  ],
  resources: RESOURCES,
  rateCard,
  personDayCosts: new Map([[personDayKey("Léa", nov(17)), { salaryCents: 26000, chargesCents: 12480 }]]),
  programmeMinutes: { EP1: 52 },
});

const line = (production: string, code: string) => report.lines.find((l) => l.production === production && l.budgetCode === code)!;
const figures = (l: { quoteCents: number; actualCents: number; committedCents: number; remainingCents: number; forecastCents: number; varianceCents: number; status: string }) => [
  l.quoteCents,
  l.actualCents,
  l.committedCents,
  l.remainingCents,
  l.forecastCents,
  l.varianceCents,
  l.status,
];

describe("cost report, crafted case computed by hand", () => {
  test("each budget line", () => {
    expect(figures(line("EP1", "2.1"))).toEqual([150000, 45500, 70500, 104000, 149500, -500, "warning"]);
    expect(figures(line("EP1", "4.1"))).toEqual([60000, 21840, 33840, 36000, 57840, -2160, "warning"]);
    expect(figures(line("EP1", "8.2"))).toEqual([150000, 50000, 75000, 75000, 125000, -25000, "ok"]);
    expect(figures(line("EP1", "8.5"))).toEqual([130000, 90000, 136800, 46800, 136800, 6800, "over"]);
    expect(figures(line("EP1", "8.6"))).toEqual([50000, 49000, 49000, 0, 49000, -1000, "warning"]);
    expect(figures(line("EP1", "8.7"))).toEqual([250000, 0, 0, 280000, 280000, 30000, "over"]);
    expect(figures(line("EP1", "8.8"))).toEqual([30000, 30000, 30000, 0, 30000, 0, "warning"]);
    expect(figures(line("EP2", "2.1"))).toEqual([10000, 9620, 9620, 0, 9620, -380, "warning"]);
    expect(line("EP1", "8.5").varianceRatio).toBeCloseTo(6800 / 130000, 12);
    expect(line("EP1", "8.7").varianceRatio).toBeCloseTo(0.12, 12);
    expect(line("EP1", "2.1").comment).toBe("Monteurs");
    expect(line("EP1", "8.7").label).toBe("Mixage et auditorium");
    expect(line("EP2", "2.1").label).toBe("Personnel EP2");
  });

  test("postes with costs but no budget line are added at the end, with an alert", () => {
    const extra = report.lines.filter((l) => !l.inBudget);
    expect(extra.map((l) => [l.production, l.budgetCode, l.actualCents, l.varianceRatio, l.status])).toEqual([["EP1", "8.1", 120000, null, "over"]]);
    expect(report.lines.slice(0, BUDGET.length).map((l) => l.budgetCode)).toEqual(BUDGET.map((x) => x.budgetCode));
    expect(report.alerts.filter((a) => a.code === "BUDGET_POSTE_ABSENT").map((a) => [a.production, a.id])).toEqual([["EP1", "8.1"]]);
  });

  test("the unknown resource is reported where it is", () => {
    const a = report.alerts.find((x) => x.code === "COUT_RESSOURCE_INCONNUE")!;
    expect(a).toMatchObject({ sheet: "Seances", row: 14, id: "Inconnu", severity: "warning" });
    expect(a.message).toContain("Inconnu");
    expect(report.alerts.map((x) => x.code).sort()).toEqual(["BUDGET_POSTE_ABSENT", "COUT_RESSOURCE_INCONNUE"]);
  });

  test("totals per chapter and production", () => {
    const ep1 = report.productionTotals.find((p) => p.production === "EP1")!;
    expect(figures(ep1)).toEqual([820000, 406340, 515140, 541800, 948140, 128140, "over"]);
    const chapters = report.chapterTotals.filter((c) => c.production === "EP1").map((c) => [c.chapter, c.quoteCents, c.forecastCents]);
    expect(chapters).toEqual([
      [2, 150000, 149500],
      [4, 60000, 57840],
      [8, 610000, 740800],
    ]);
    expect(report.chapterTotals.find((c) => c.chapter === 8)!.label).toBe("Postproduction image et son");
    expect(report.chapterTotals.filter((c) => c.production === "EP2").map((c) => [c.chapter, c.quoteCents, c.forecastCents])).toEqual([[2, 10000, 9620]]);
    expect(report.total.quoteCents).toBe(830000);
    expect(report.total.forecastCents).toBe(948140 + 9620);
  });

  test("invariants: forecast = actual + remaining, committed = actual + booked, sums add up", () => {
    for (const l of report.lines) {
      expect(l.forecastCents).toBe(l.actualCents + l.remainingCents);
      expect(l.varianceCents).toBe(l.forecastCents - l.quoteCents);
      expect(l.committedCents).toBeGreaterThanOrEqual(l.actualCents);
      expect(l.committedCents).toBeLessThanOrEqual(l.forecastCents);
    }
    const sum = (k: "forecastCents" | "actualCents" | "quoteCents") => report.lines.reduce((s, l) => s + l[k], 0);
    expect(sum("forecastCents")).toBe(report.total.forecastCents);
    expect(sum("actualCents")).toBe(report.total.actualCents);
    expect(sum("quoteCents")).toBe(report.total.quoteCents);
  });

  test("technical surcharges accepted on a poste are quoted and still to do: the variance does not move", () => {
    // EP1 8.7 accepts a 5.1 mix at 3 150 € on top of its 2 500 € devis: devis 2 500 + 3 150 = 5 650 ;
    // reste 2 800 (the auditorium) + 3 150 = 5 950 ; prévision 5 950 ; écart 5 950 − 5 650 = +300, as before.
    const withMix = buildCostReport({
      asOf: nov(20),
      budget: BUDGET.map((l) => (l.production === "EP1" && l.budgetCode === "8.7" ? { ...l, acceptedTechnicalCents: 315000 } : l)),
      bookings: [],
      purchases: [],
      tasks: [{ id: "T6", production: "EP1", remainingDays: 2, resources: [{ resource: "Audi" }] }],
      resources: RESOURCES,
      rateCard,
    });
    const mix = withMix.lines.find((l) => l.production === "EP1" && l.budgetCode === "8.7")!;
    expect(figures(mix)).toEqual([565000, 0, 0, 595000, 595000, 30000, "over"]);
  });

  test("a production whose budget has a 4.1 line gets its people's charges there; one without keeps them on the pay", () => {
    // Léa's séance of 17/11 on EP2 (2 h of her day: 65 € pay + 31,20 € charges): EP2 has only a 2.1 line.
    const ep2 = report.lines.filter((l) => l.production === "EP2").map((l) => [l.budgetCode, l.actualCents]);
    expect(ep2).toEqual([["2.1", 6500 + 3120]]);
    // EP1 has 4.1: 124,80 (16/11) + 93,60 (17/11, 6 h of 8) = 218,40 there.
    expect(line("EP1", "4.1").actualCents).toBe(12480 + 9360);
  });

  test("a person-day cost shared by several séances adds up to the day exactly", () => {
    const r = buildCostReport({
      asOf: nov(30),
      budget: [],
      bookings: [b(2, "A", "T", "Léa"), b(2, "B", "T", "Léa"), b(2, "C", "T", "Léa")],
      purchases: [],
      resources: [{ id: "Léa", kind: "personne", budgetCode: "2.1" }],
      rateCard,
      personDayCosts: { [personDayKey("Léa", nov(2))]: { salaryCents: 10000, chargesCents: 1 } },
    });
    const actual = r.lines.map((l) => l.actualCents);
    expect(actual.reduce((s, x) => s + x, 0)).toBe(10001);
    expect(actual.sort()).toEqual([3333, 3333, 3335]);
  });

  test("a person without any cost is flagged once", () => {
    const r = buildCostReport({
      asOf: nov(30),
      budget: [],
      bookings: [b(2, "A", "T", "Nina"), b(3, "A", "T", "Nina")],
      purchases: [],
      resources: [{ id: "Nina", kind: "personne", budgetCode: "2.1" }],
      rateCard,
    });
    expect(r.alerts.map((a) => a.code)).toEqual(["COUT_PERSONNE_INCONNU"]);
  });

  test("status thresholds: over budget, within 5 %, comfortably under", () => {
    expect(makeFigures(10000, 10001, 0, 0).status).toBe("over");
    expect(makeFigures(10000, 9500, 0, 0).status).toBe("warning");
    expect(makeFigures(10000, 9499, 0, 0).status).toBe("ok");
    expect(makeFigures(0, 0, 0, 0)).toMatchObject({ status: "ok", varianceRatio: null });
    expect(makeFigures(10000, 5000, 2000, 1000)).toMatchObject({ committedCents: 7000, remainingCents: 3000, forecastCents: 8000, varianceCents: -2000, varianceRatio: -0.2 });
  });
});

/**
 * A quote from a small plan, computed by hand, then re-planned.
 *
 * Production EP1, a 52-minute programme. Rate card (default data): MONT-SALLE 250 €/jour (8.2),
 * MONTEUR 480 €/jour (2.1), MONTEUR-SON 450 €/jour (2.1), POSTSYNC 140 €/heure (8.6), TITRES 900 €
 * forfait (8.5), ST-SME 9 €/minute (8.5), VFX-PLAN 180 €/plan (8.4), MIXAGE 1 400 €/jour (8.7).
 *
 *   T1 montage image, 10 j: Salle 1 → 10 j × 250 = 2 500 ; Léa → 10 j × 480 = 4 800
 *   T2 montage son, 5 j, Marc à mi-temps → 2,5 j × 450 = 1 125
 *   T3 post-synchro, 1,5 j: Audi PS à l'heure → 1,5 × 8 h = 12 h × 140 = 1 680
 *   T4 titres (jalon, 0 j): Titreur au forfait → 900
 *   T5 sous-titrage, 2 j: Sous-titres à la minute → 52 min × 9 = 468
 *   T6 VFX, 5 j: VFX 14 plans × 180 = 2 520
 *   T7 mixage, 2 j: Audi → 2 × 1 400 = 2 800
 *   T8 montage image (suite), 2 j: Salle 1 → same quote line as T1: 12 j × 250 = 3 000
 * Per poste: 8.2 = 3 000 ; 2.1 = 4 800 + 1 125 = 5 925 ; 8.6 = 1 680 ; 8.5 = 900 + 468 = 1 368 ;
 * 8.4 = 2 520 ; 8.7 = 2 800. Total 17 293 €.
 */
import { buildQuote, diffQuotes, type QuoteTask } from "../../../src/core/costs/quote";
import { rateCardFromRows } from "../../../src/core/costs/rateCard";
import type { CostResource } from "../../../src/core/costs/resourceRates";
import { DEFAULT_RATE_CARD } from "../../../src/data/costs/rateCard";

const { rateCard } = rateCardFromRows(DEFAULT_RATE_CARD);

const RESOURCES: CostResource[] = [
  { id: "Salle 1", kind: "salle", rateCode: "MONT-SALLE" },
  { id: "Léa", kind: "personne", rateCode: "MONTEUR" },
  { id: "Marc", kind: "personne", rateCode: "MONTEUR-SON" },
  { id: "Audi PS", kind: "salle", rateCode: "POSTSYNC" },
  { id: "Titreur", kind: "prestataire", rateCode: "TITRES" },
  { id: "Sous-titres", kind: "prestataire", rateCode: "ST-SME" },
  { id: "VFX", kind: "prestataire", rateCode: "VFX-PLAN" },
  { id: "Audi", kind: "salle", rateCode: "MIXAGE" },
  { id: "Étalonneur", kind: "personne", ownRate: { priceCents: 120000, unit: "jour" }, budgetCode: "8.3" },
  { id: "Sans tarif", kind: "salle" },
];

const t = (id: string, durationDays: number, resources: QuoteTask["resources"], production = "EP1"): QuoteTask => ({
  id,
  production,
  durationDays,
  resources,
  place: { sheet: "Planning", row: 10 + Number(id.slice(1)) },
});

const PLAN: QuoteTask[] = [
  t("T1", 10, [{ resource: "Salle 1" }, { resource: "Léa" }]),
  t("T2", 5, [{ resource: "Marc", allocation: 0.5 }]),
  t("T3", 1.5, [{ resource: "Audi PS" }]),
  t("T4", 0, [{ resource: "Titreur" }]),
  t("T5", 2, [{ resource: "Sous-titres" }]),
  t("T6", 5, [{ resource: "VFX", quantity: 14 }]),
  t("T7", 2, [{ resource: "Audi" }]),
  t("T8", 2, [{ resource: "Salle 1" }]),
];

const MINUTES = { EP1: 52 };

describe("quote from the plan", () => {
  const quote = buildQuote({ tasks: PLAN, resources: RESOURCES, rateCard, programmeMinutes: MINUTES });

  test("lines per rate, computed by hand", () => {
    expect(quote.alerts).toEqual([]);
    const line = (code: string) => quote.lines.find((l) => l.rateCode === code)!;
    expect(line("MONT-SALLE")).toMatchObject({ quantity: 12, unitPriceCents: 25000, amountCents: 300000, tasks: ["T1", "T8"] });
    expect(line("MONTEUR")).toMatchObject({ quantity: 10, amountCents: 480000, budgetCode: "2.1" });
    expect(line("MONTEUR-SON")).toMatchObject({ quantity: 2.5, amountCents: 112500 });
    expect(line("POSTSYNC")).toMatchObject({ unit: "heure", quantity: 12, amountCents: 168000 });
    expect(line("TITRES")).toMatchObject({ unit: "forfait", quantity: 1, amountCents: 90000 });
    expect(line("ST-SME")).toMatchObject({ unit: "minute", quantity: 52, amountCents: 46800 });
    expect(line("VFX-PLAN")).toMatchObject({ unit: "plan", quantity: 14, amountCents: 252000 });
    expect(line("MIXAGE")).toMatchObject({ quantity: 2, amountCents: 280000 });
  });

  test("grouped by budget code, sorted, with the total", () => {
    expect(quote.byBudgetCode.map((b) => [b.budgetCode, b.amountCents, b.chapter])).toEqual([
      ["2.1", 592500, 2],
      ["8.2", 300000, 8],
      ["8.4", 252000, 8],
      ["8.5", 136800, 8],
      ["8.6", 168000, 8],
      ["8.7", 280000, 8],
    ]);
    expect(quote.byBudgetCode.find((b) => b.budgetCode === "8.5")!.label).toBe("Titres, génériques et sous-titrage");
    expect(quote.totals).toEqual([{ production: "EP1", amountCents: 1729300 }]);
    expect(quote.totalCents).toBe(1729300);
  });

  test("what cannot be priced is said, not guessed", () => {
    const q = buildQuote({
      tasks: [
        t("T1", 3, [{ resource: "VFX" }]), // per shot without a number of shots
        t("T2", 3, [{ resource: "Sous-titres" }], "EP2"), // per minute without programme length
        t("T3", 3, [{ resource: "Fantôme" }]),
        t("T4", 3, [{ resource: "Sans tarif" }]),
      ],
      resources: RESOURCES,
      rateCard,
      programmeMinutes: MINUTES,
    });
    expect(q.alerts.map((a) => [a.code, a.id])).toEqual([
      ["DEVIS_QUANTITE_MANQUANTE", "T1"],
      ["DEVIS_QUANTITE_MANQUANTE", "T2"],
      ["DEVIS_RESSOURCE_INCONNUE", "T3"],
      ["DEVIS_TARIF_MANQUANT", "T4"],
    ]);
    expect(q.alerts[0].message).toContain("nombre de plans");
    expect(q.alerts[0].row).toBe(11);
    expect(q.totalCents).toBe(0);
  });

  test("several productions are kept apart", () => {
    const q = buildQuote({
      tasks: [t("T1", 2, [{ resource: "Salle 1" }], "EP2"), t("T1", 1, [{ resource: "Salle 1" }], "EP1")],
      resources: RESOURCES,
      rateCard,
    });
    expect(q.totals).toEqual([
      { production: "EP1", amountCents: 25000 },
      { production: "EP2", amountCents: 50000 },
    ]);
  });
});

describe("difference after re-planning", () => {
  /*
   * After: T1 lasts 12 days (montage +2 j), T7 (mixage) is removed, T9 étalonnage 3 j is added with a
   * resource that has its own rate (1 200 €/jour, poste 8.3).
   *   8.2: (12 + 2) × 250 = 3 500 (+500) ; 2.1: 12 × 480 + 1 125 = 6 885 (+960) ;
   *   8.7: removed (−2 800) ; 8.3: added 3 × 1 200 = 3 600 (+3 600) ; total +2 260 → 19 553 €.
   */
  const before = buildQuote({ tasks: PLAN, resources: RESOURCES, rateCard, programmeMinutes: MINUTES });
  const replanned = PLAN.filter((x) => x.id !== "T7").map((x) => (x.id === "T1" ? { ...x, durationDays: 12 } : x));
  replanned.push(t("T9", 3, [{ resource: "Étalonneur" }]));
  const after = buildQuote({ tasks: replanned, resources: RESOURCES, rateCard, programmeMinutes: MINUTES });
  const diff = diffQuotes(before, after);

  test("per budget code", () => {
    expect(diff.byBudgetCode.map((d) => [d.budgetCode, d.beforeCents, d.afterCents, d.deltaCents, d.change])).toEqual([
      ["2.1", 592500, 688500, 96000, "changed"],
      ["8.2", 300000, 350000, 50000, "changed"],
      ["8.3", 0, 360000, 360000, "added"],
      ["8.4", 252000, 252000, 0, "unchanged"],
      ["8.5", 136800, 136800, 0, "unchanged"],
      ["8.6", 168000, 168000, 0, "unchanged"],
      ["8.7", 280000, 0, -280000, "removed"],
    ]);
    expect(diff.totalDeltaCents).toBe(226000);
    expect(diff.totalAfterCents).toBe(1955300);
    expect(diff.totals).toEqual([{ production: "EP1", beforeCents: 1729300, afterCents: 1955300, deltaCents: 226000 }]);
  });

  test("per rate, with the quantities that moved", () => {
    const r = (label: string) => diff.byRate.find((d) => d.rateCode === label || d.label === label)!;
    expect(r("MONT-SALLE")).toMatchObject({ quantityBefore: 12, quantityAfter: 14, deltaCents: 50000, change: "changed" });
    expect(r("MIXAGE")).toMatchObject({ quantityBefore: 2, quantityAfter: 0, change: "removed" });
    expect(r("Étalonneur")).toMatchObject({ rateCode: "", quantityAfter: 3, afterCents: 360000, change: "added" });
    expect(diff.byRate.filter((d) => d.change === "unchanged").map((d) => d.rateCode)).toEqual([
      "MONTEUR-SON",
      "VFX-PLAN",
      "ST-SME",
      "TITRES",
      "POSTSYNC",
    ]);
  });

  test("a quote compared with itself does not change", () => {
    const same = diffQuotes(before, before);
    expect(same.totalDeltaCents).toBe(0);
    expect(same.byBudgetCode.every((d) => d.change === "unchanged")).toBe(true);
  });
});

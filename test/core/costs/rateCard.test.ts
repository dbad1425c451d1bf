import fc from "fast-check";
import {
  amountOf,
  amountOfScaled,
  hasAtMostFourDecimals,
  mulDivRound,
  rateCardFromRows,
  surchargePriceCents,
  toScaledQuantity,
} from "../../../src/core/costs/rateCard";
import { budgetCodeInfo, chapterOf } from "../../../src/core/costs/budgetCodes";
import { DEFAULT_RATE_CARD } from "../../../src/data/costs/rateCard";
import { CNC_CHAPTERS, CNC_POSTES } from "../../../src/data/costs/budgetCodes";

describe("rate card", () => {
  test("the default rate card parses without an issue", () => {
    const { rateCard, issues } = rateCardFromRows(DEFAULT_RATE_CARD);
    expect(issues).toEqual([]);
    expect(rateCard.size).toBe(DEFAULT_RATE_CARD.length);
    // The six fields every line has; the surcharges are optional (none by default).
    for (const row of DEFAULT_RATE_CARD) expect(Object.keys(row).sort()).toEqual(["budgetCode", "code", "label", "priceEuros", "unit", "vatPercent"]);
    const mixage = rateCard.get(" mixage ")!; // codes are typed by hand: case and spaces ignored
    expect(mixage).toMatchObject({ unit: "jour", priceCents: 140000, vatRate: 20, budgetCode: "8.7" });
    // Authors' rights at 10 % (CGI art. 279 g), everything else at 20 %.
    expect(rateCard.get("DROITS-MUS")!.vatRate).toBe(10);
    // Every poste of the default rate card is in the catalogue and in a chapter.
    for (const e of rateCard.entries()) {
      expect(budgetCodeInfo(e.budgetCode).label).not.toBe("");
      expect(chapterOf(e.budgetCode)).not.toBeNull();
    }
  });

  test("bad rows are left out with an alert naming the row", () => {
    const rows = [
      { code: "", label: "x", unit: "jour", priceEuros: 1, vatPercent: 20, budgetCode: "8.2" },
      { code: "A", label: "x", unit: "semaine", priceEuros: 1, vatPercent: 20, budgetCode: "8.2" },
      { code: "B", label: "x", unit: "jour", priceEuros: -5, vatPercent: 20, budgetCode: "8.2" },
      { code: "C", label: "x", unit: "jour", priceEuros: 5, vatPercent: 200, budgetCode: "8.2" },
      { code: "D", label: "x", unit: "heure", priceEuros: 12.345, vatPercent: 20, budgetCode: "8.2" },
      { code: "d", label: "doublon", unit: "heure", priceEuros: 1, vatPercent: 20, budgetCode: "8.2" },
      { code: "E", label: "x", unit: "jour", priceEuros: 5, vatPercent: 20, budgetCode: "8.2", surcharges: { night: 1.5 } },
    ];
    const { rateCard, issues } = rateCardFromRows(rows);
    // Each issue names the row (its index) and the field the workbook layer places it on.
    expect(issues.map((a) => [a.code, a.index, a.field])).toEqual([
      ["TARIF_CODE_MANQUANT", 0, "code"],
      ["TARIF_UNITE_INCONNUE", 1, "unit"],
      ["TARIF_PRIX_INVALIDE", 2, "priceEuros"],
      ["TARIF_TVA_INVALIDE", 3, "vatPercent"],
      ["TARIF_CODE_DOUBLON", 5, "code"],
      ["TARIF_MAJORATION_INVALIDE", 6, "night"],
    ]);
    expect(issues[5].message).toBe("tarif E : la majoration de nuit doit être un pourcentage entre 0 et 100 % (vide = pas de majoration).");
    expect(rateCard.get("D")!.priceCents).toBe(1235); // 12,345 € rounded half away from zero
  });

  test("surcharges: a percentage cell per kind, blank or 0 = none, kept in percent", () => {
    const { rateCard, issues } = rateCardFromRows([
      { code: "M", label: "Monteur", unit: "jour", priceEuros: 480, vatPercent: 20, budgetCode: "2.1", surcharges: { sunday: 0.25, night: null, holiday: 1 } },
      { code: "S", label: "Salle", unit: "demi-journée", priceEuros: 150, vatPercent: 20, budgetCode: "8.2", surcharges: { sunday: 0 } },
    ]);
    expect(issues).toEqual([]);
    expect(rateCard.get("M")!.surcharges).toEqual({ sunday: 25, holiday: 100 });
    expect(rateCard.get("S")).toMatchObject({ unit: "demi-journée", priceCents: 15000 });
    expect(rateCard.get("S")!.surcharges).toBeUndefined();
  });
});

describe("quantity × price", () => {
  test("a surcharge's unit price: price × percent, rounded once", () => {
    // 480 € × 25 % = 120 €; 333,33 € × 25 % = 83,3325 € → 83,33 €;
    // 0,10 € × 12,5 % = 1,25 c → 1 c; 0,10 € × 15 % = 1,5 c → 2 c (half away from zero).
    expect([surchargePriceCents(48000, 25), surchargePriceCents(33333, 25), surchargePriceCents(10, 12.5), surchargePriceCents(10, 15)]).toEqual([12000, 8333, 1, 2]);
  });

  test("one rounding, half away from zero", () => {
    expect(amountOf(12.5, 25000)).toBe(312500);
    expect(amountOf(0.333, 100)).toBe(33); // 33.3 c
    expect(amountOf(0.125, 100)).toBe(13); // 12.5 c → 13
    expect(amountOf(-0.125, 100)).toBe(-13);
    expect(amountOf(1.0001, 999999)).toBe(1000099); // 1 000 098.9999 → 1 000 099
    expect(hasAtMostFourDecimals(2.25)).toBe(true);
    expect(hasAtMostFourDecimals(0.12345)).toBe(false);
  });

  test("mulDivRound is exact against BigInt arithmetic", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: -1e6, max: 1e6 }),
        fc.integer({ min: 1, max: 1e6 }),
        (a, b, c) => {
          const n = BigInt(a) * BigInt(b);
          const abs = n < 0n ? -n : n;
          const q = abs / BigInt(c);
          const r = abs - q * BigInt(c);
          const rounded = 2n * r >= BigInt(c) ? q + 1n : q;
          const expected = Number(n < 0n ? -rounded : rounded);
          expect(mulDivRound(a, b, c)).toBe(expected === 0 ? 0 : expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test("summing scaled quantities is exact where floats drift", () => {
    let float = 0;
    let scaled = 0;
    for (let i = 0; i < 1000; i++) {
      float += 0.1;
      scaled += toScaledQuantity(0.1);
    }
    expect(float).not.toBe(100);
    expect(scaled).toBe(1_000_000);
    expect(amountOfScaled(scaled, 25000)).toBe(2_500_000);
  });
});

describe("CNC budget codes", () => {
  test("chapter = first digit; below the line otherwise", () => {
    expect(chapterOf("82")).toBe(8);
    expect(chapterOf(" 8.2 ")).toBe(8);
    expect(chapterOf("82101")).toBe(8);
    expect(chapterOf("21")).toBe(2);
    expect(chapterOf("FG")).toBeNull();
    expect(chapterOf("IMP")).toBeNull();
    expect(budgetCodeInfo("91")).toMatchObject({ label: "Assurances", chapter: 9, verified: true });
    expect(budgetCodeInfo("8.3")).toMatchObject({ label: "Étalonnage", chapter: 8, verified: false });
    expect(budgetCodeInfo("8.3").chapterLabel).toBe("Postproduction image et son");
    expect(budgetCodeInfo("8Z")).toMatchObject({ label: "", chapter: 8 });
  });

  test("the catalogue is consistent: nine chapters, unique codes, each poste in its chapter", () => {
    expect(CNC_CHAPTERS.map((c) => c.chapter)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(CNC_CHAPTERS.find((c) => c.chapter === 8)!.label).toBe("Postproduction image et son");
    const codes = CNC_POSTES.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const p of CNC_POSTES) expect(CNC_CHAPTERS.some((c) => c.chapter === chapterOf(p.code))).toBe(true);
    // Unconfirmed numbers are never written like official two-digit postes.
    for (const p of CNC_POSTES.filter((x) => !x.verified)) expect(p.code).toMatch(/^\d\.\d$/);
  });
});

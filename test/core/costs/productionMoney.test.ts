/**
 * The figures of a production put together, by hand: a production quoted 31 330 € that has cost
 * 15 792,86 € so far, with 22 804,72 € of work left, 3 150 € of slip, 488,40 € of surcharges found,
 * 10 220 € invoiced.
 */
import { productionMoney, productionKey, sumByProduction } from "../../../src/core/costs/productionMoney";

describe("the money of a production", () => {
  const m = productionMoney({
    production: "FLEUVE",
    costs: { quoteCents: 3133000, committedCents: 1579286, actualCents: 1579286, remainingCents: 2280472, forecastCents: 3859758 },
    slip: { costCents: 315000, hasBaseline: true },
    technicalExtraCents: 48840,
    acceptedTechnicalCents: 0,
    invoicedCents: 1022000,
    proposalCents: 3078000,
  });

  test("forecast = actual + remaining; margin = invoiced − actual; forecast margin = quote − forecast", () => {
    // 15 792,86 + 22 804,72 = 38 597,58.
    expect(m.forecastCents).toBe(3859758);
    // 10 220 − 15 792,86 = −5 572,86: the November work is not all invoiced yet.
    expect(m.marginCents).toBe(-557286);
    // 31 330 − 38 597,58 = −7 267,58.
    expect(m.forecastMarginCents).toBe(-726758);
    expect([m.slipCostCents, m.technicalExtraCents, m.invoicedCents, m.proposalCents, m.hasBaseline]).toEqual([315000, 48840, 1022000, 3078000, true]);
  });

  test("a production with nothing yet has every figure at 0 and no baseline", () => {
    const empty = productionMoney({ production: "ORAGE" });
    expect([empty.quoteCents, empty.forecastCents, empty.marginCents, empty.forecastMarginCents, empty.slipCostCents, empty.hasBaseline]).toEqual([0, 0, 0, 0, 0, false]);
  });

  test("codes are matched as the planning matches them", () => {
    expect(productionKey(" fleuve ")).toBe("FLEUVE");
    expect([...sumByProduction([["Fleuve", 100], ["FLEUVE ", 250], ["GLACIER", 5]])]).toEqual([
      ["FLEUVE", 350],
      ["GLACIER", 5],
    ]);
  });
});

/**
 * The figures of a production put together, by hand: a production quoted 31 330 € that has cost
 * 15 792,86 € so far, with 22 804,72 € of work left, 3 150 € of slip, 488,40 € of surcharges found,
 * 10 220 € invoiced.
 */
import { marginRate, productionMoney, productionKey, sumByProduction } from "../../../src/core/costs/productionMoney";

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

  test("a production with nothing yet has every figure at 0, no margin rate and no baseline", () => {
    const empty = productionMoney({ production: "ORAGE" });
    expect([empty.quoteCents, empty.forecastCents, empty.marginCents, empty.forecastMarginCents, empty.slipCostCents, empty.hasBaseline]).toEqual([0, 0, 0, 0, 0, false]);
    expect(empty.marginRate).toBeNull();
  });

  test("margin rate = margin ÷ invoiced, to 4 decimals; none without revenue invoiced", () => {
    // −5 572,86 ÷ 10 220 = −0,545289… → −0,5453 (−54,53 %).
    expect(m.marginRate).toBe(-0.5453);
    // 2 310 earned on 10 000 invoiced: 23,1 %; 1 on 3: 0,33333… → 0,3333.
    expect(marginRate(231000, 1000000)).toBe(0.231);
    expect(marginRate(100, 300)).toBe(0.3333);
    // Costs with nothing invoiced, or credit notes that cancel it all (or more): no rate, not −∞.
    expect(marginRate(-150000, 0)).toBeNull();
    expect(marginRate(-150000, -20000)).toBeNull();
  });

  test("codes are matched as the planning matches them", () => {
    expect(productionKey(" fleuve ")).toBe("FLEUVE");
    expect([...sumByProduction([["Fleuve", 100], ["FLEUVE ", 250], ["GLACIER", 5]])]).toEqual([
      ["FLEUVE", 350],
      ["GLACIER", 5],
    ]);
  });
});

import { halfYearRates, latePenalty } from "../../../src/core/accounts/latePenalties";
import { fromIso } from "../../../src/core/dates/civil";

const D = (iso: string) => fromIso(iso)!;
const RATES = halfYearRates([
  { from: "2025-07-01", to: "2025-12-31", ecbRatePercent: 2.15 },
  { from: "2026-01-01", to: "2026-06-30", ecbRatePercent: 2.15 },
  { from: "2026-07-01", to: "2026-12-31", ecbRatePercent: 3.0 },
]);

describe("late-payment penalties", () => {
  test("12 000,00 € TTC due 15/03/2026, reminded 14/04/2026: 30 days at 2,15 + 10 = 12,15 % → 119,84 € + 40 €", () => {
    // 1 200 000 × 12,15 % × 30 / 365 = 11 984,38 cents → 119,84 €.
    const p = latePenalty(1200000, D("2026-03-15"), D("2026-04-14"), RATES, 10, 4000);
    expect(p).toMatchObject({ daysLate: 30, penaltyCents: 11984, indemnityCents: 4000, daysWithoutRate: 0 });
    expect(p.segments).toEqual([{ from: D("2026-03-16"), to: D("2026-04-14"), days: 30, ratePercent: 12.15, note: undefined }]);
  });

  test("across 30 June: each half-year's days at its own rate", () => {
    // Due 20/06/2026, as of 10/07/2026: 10 days (21–30/06) at 12,15 % and 10 days (01–10/07) at 13 %.
    // 100 000 × (12,15 × 10 + 13 × 10) / 100 / 365 = 100 000 × 2,515 / 365 = 689,04 cents → 6,89 €.
    const p = latePenalty(100000, D("2026-06-20"), D("2026-07-10"), RATES, 10, 4000);
    expect(p.segments.map((s) => [s.days, s.ratePercent])).toEqual([[10, 12.15], [10, 13]]);
    expect(p.penaltyCents).toBe(689);
  });

  test("not late on the due date itself; days outside the rate table are left out and counted", () => {
    expect(latePenalty(100000, D("2026-06-20"), D("2026-06-20"), RATES, 10, 4000)).toMatchObject({ daysLate: 0, penaltyCents: 0, indemnityCents: 0 });
    const p = latePenalty(100000, D("2026-12-30"), D("2027-01-04"), RATES, 10, 4000);
    // 31/12 has a rate (13 %); 01–04/01/2027 have none in this table.
    expect(p).toMatchObject({ daysLate: 5, daysWithoutRate: 4, penaltyCents: Math.round((100000 * 13 * 1) / 100 / 365) });
  });
});

import { billedDayCents } from "../../../src/core/costs/billedDay";
import { HOURS_PER_BILLED_DAY } from "../../../src/data/costs/costSettings";

describe("billedDayCents (a working day of a resource, for the overrun report)", () => {
  test("a day rate is itself; an hourly rate counts the hours of a billed day (data)", () => {
    expect(billedDayCents(45_000, "jour")).toBe(45_000);
    expect(billedDayCents(6_250, " Heure ")).toBe(6_250 * HOURS_PER_BILLED_DAY);
    // A working day is two half-days: 150 € × 2 = 300 €.
    expect(billedDayCents(15_000, "demi-journée")).toBe(30_000);
  });
  test("flat fees, per-shot and per-minute rates, or an unknown unit, have no daily equivalent", () => {
    for (const unit of ["forfait", "plan", "minute", "semaine", ""]) expect(billedDayCents(10_000, unit)).toBeUndefined();
  });
});

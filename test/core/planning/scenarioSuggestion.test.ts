/** Cap PAD's suggestion among a production's options, and the overloaded weeks an option adds to the plan's. */
import { fromIso, type DayNumber } from "../../../src/core/dates/civil";
import type { WeekLoad } from "../../../src/core/planning/resourceLoad";
import { addedOverloads, suggestOption, type SuggestionCandidate } from "../../../src/core/planning/scenarioSuggestion";

const d = (s: string): DayNumber => fromIso(s) as DayNumber;
const option = (pad: string, contractSlipDays: number | undefined, extraCents: number, addedOverloads = 0): SuggestionCandidate => ({ padForecast: d(pad), contractSlipDays, extraCents, addedOverloads });

describe("la suggestion de Cap PAD", () => {
  test("the cheapest option that holds the contract without a new overload, before an earlier or cheaper one that does not", () => {
    // Plan: 12/01, 8 days before the contract, 5 150 €. A: 06/01, 2 270 € saved but a new overloaded week.
    // B: 08/01, 5 150 €. C: 14/01 on a contract moved to 05/02, 3 000 €. D: 29/01, 3 days late, 0 €.
    // Holding the contract without a new overload: plan (5 150), B (5 150), C (3 000) → C, the cheapest.
    const options = [option("2027-01-12", -8, 515000), option("2027-01-06", -12, -227000, 1), option("2027-01-08", -10, 515000), option("2027-01-14", -16, 300000), option("2027-01-29", 3, 0)];
    expect(suggestOption(options)).toEqual({ index: 3, rule: "contract" });
  });

  test("a tie on the cost goes to the earlier PAD, then to the first option", () => {
    // Plan and B both 5 150 €: B's PAD (08/01) is earlier than the plan's (12/01).
    expect(suggestOption([option("2027-01-12", -8, 515000), option("2027-01-08", -10, 515000)])).toEqual({ index: 1, rule: "contract" });
    // Same cost, same PAD: the plan, first.
    expect(suggestOption([option("2027-01-12", -8, 515000), option("2027-01-12", -8, 515000)])).toEqual({ index: 0, rule: "contract" });
  });

  test("the PAD on the contract day holds it; without a contractual PAD every option holds it", () => {
    expect(suggestOption([option("2027-01-29", 1, 0), option("2027-01-28", 0, 100)])).toEqual({ index: 1, rule: "contract" });
    expect(suggestOption([option("2027-01-29", undefined, 500), option("2027-01-28", undefined, 100)])).toEqual({ index: 1, rule: "contract" });
  });

  test("when no option holds the contract, the earliest PAD; a tie goes to the cheaper", () => {
    // Every option is late (or adds an overload): the plan 02/02, A 28/01 (+1 overload, 900 €), B 28/01 (400 €).
    const options = [option("2027-02-02", 3, 0), option("2027-01-28", -1, 90000, 1), option("2027-01-28", 1, 40000)];
    expect(suggestOption(options)).toEqual({ index: 2, rule: "earliest" });
    expect(suggestOption([])).toBeUndefined();
  });
});

describe("les surcharges qu'une option ajoute", () => {
  const w = (resource: string, week: string, hours: number, days = 5): WeekLoad => ({ resource, week: d(week), hours, days, productions: ["P"] });
  test("a week the plan already overloads as much is not the option's; a new week, more hours or more days are", () => {
    const plan = [w("Léa", "2026-11-23", 80), w("Léa", "2026-11-30", 56)];
    const option = [w("Léa", "2026-11-23", 80), w("Léa", "2026-11-30", 64), w("Hugo", "2026-11-30", 56), w("Léa", "2026-12-07", 48, 6)];
    expect(addedOverloads(option, plan).map((x) => `${x.resource} ${x.hours}`)).toEqual(["Léa 64", "Hugo 56", "Léa 48"]);
    expect(addedOverloads(plan, plan)).toEqual([]);
  });
});

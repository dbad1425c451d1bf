/** The coming weeks' grid: loads placed in their week's column, overloaded rows first, the cap said. */
import { fromIso, type DayNumber } from "../../../src/core/dates/civil";
import { comingWeeksGrid } from "../../../src/core/planning/comingWeeks";
import type { WeekLoad } from "../../../src/core/planning/resourceLoad";

const d = (iso: string): DayNumber => fromIso(iso) as DayNumber;
const load = (resource: string, week: string, hours: number, days: number, productions = ["P"]): WeekLoad => ({ resource, week: d(week), hours, days, productions });

describe("comingWeeksGrid", () => {
  const monday = d("2026-11-30");
  const loads = [
    load("Léa", "2026-11-30", 40, 5),
    load("Léa", "2026-12-14", 16, 2, ["Q"]),
    // Outside the 3-week window (30/11, 07/12, 14/12): before it and after it.
    load("Léa", "2026-11-23", 80, 5),
    load("Léa", "2026-12-21", 8, 1),
    load("Hugo", "2026-12-07", 24, 3),
    load("Salle", "2026-12-07", 56, 6),
    load("Zoé", "2026-12-07", 8, 1),
  ];
  const over = [load("Salle", "2026-12-07", 56, 6), load("Léa", "2026-11-23", 80, 5)];

  test("each week in its column, 0 where nothing is planned; the overloaded row first, then by hours", () => {
    const g = comingWeeksGrid(loads, over, monday, 3, 10);
    expect(g.weeks).toEqual([d("2026-11-30"), d("2026-12-07"), d("2026-12-14")]);
    // Salle: 56 h over; Léa 40 + 16 = 56 h in the window (the 80 h of 23/11 is before it); Hugo 24; Zoé 8.
    expect(g.rows.map((r) => [r.resource, r.hours, r.days, r.over, r.productions])).toEqual([
      ["Salle", [0, 56, 0], [0, 6, 0], [false, true, false], ["P"]],
      ["Léa", [40, 0, 16], [5, 0, 2], [false, false, false], ["P", "Q"]],
      ["Hugo", [0, 24, 0], [0, 3, 0], [false, false, false], ["P"]],
      ["Zoé", [0, 8, 0], [0, 1, 0], [false, false, false], ["P"]],
    ]);
    expect(g.leftOut).toBe(0);
  });

  test("capped: the rows beyond the cap are counted, not shown", () => {
    const g = comingWeeksGrid(loads, over, monday, 3, 2);
    expect(g.rows.map((r) => r.resource)).toEqual(["Salle", "Léa"]);
    expect(g.leftOut).toBe(2);
  });

  test("a resource busy only outside the window has no row", () => {
    const g = comingWeeksGrid([load("Léa", "2026-11-23", 80, 5)], [], monday, 3, 10);
    expect(g.rows).toEqual([]);
    expect(g.leftOut).toBe(0);
  });
});

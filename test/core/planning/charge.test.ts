/**
 * The charge of people and rooms across productions (`core/planning/charge.ts`, `resourceLoad.ts`):
 * planned hours per civil week from the plan's bookings on the French calendar, worked hours from the
 * séances, the days booked while unavailable, and the window of weeks.
 */
import { METROPOLE } from "../../../src/core/calendar/zones";
import { MON_FRI, MON_SAT } from "../../../src/core/calendar/weekdays";
import { WorkingCalendar } from "../../../src/core/calendar/workingCalendar";
import { fromIso, toIso } from "../../../src/core/dates/civil";
import { chargeOf, chargeWindow, unavailabilityOf, type ChargeInput } from "../../../src/core/planning/charge";
import type { Booking } from "../../../src/core/planning/model";
import { weeklyLoads, weeklyLoadsOf } from "../../../src/core/planning/resourceLoad";

const d = (s: string): number => fromIso(s)!;
const weekdays = new WorkingCalendar({ zone: METROPOLE, weekdays: MON_FRI });
const saturdays = new WorkingCalendar({ zone: METROPOLE, weekdays: MON_SAT });
const booking = (production: string, resource: string, start: string, finish: string, calendar = weekdays): Booking => ({
  taskIndex: 0,
  taskId: `${production}-1`,
  production,
  resource,
  start: d(start),
  finish: d(finish),
  calendar,
});

// November 2026 on the French calendar: Mondays 2, 9, 16; Wednesday 11 (Armistice) is a holiday.
// FLEUVE books Léa Mon 2 – Fri 13 Nov (Mon–Fri): week of 2/11: 5 days; week of 9/11: 9, 10, 12, 13 = 4 days.
// GLACIER books Léa Thu 12 – Tue 17 Nov working Saturdays: week of 9/11: 12, 13, 14 = 3 days; week of 16/11: 16, 17.
const bookings = [booking("FLEUVE", "Léa Martin", "2026-11-02", "2026-11-13"), booking("GLACIER", "Léa Martin", "2026-11-12", "2026-11-17", saturdays)];

describe("planned hours per week across productions", () => {
  test("worked case on the French calendar (8 h a planned day)", () => {
    const weeks = weeklyLoads(bookings, 8, -Infinity).map((w) => [toIso(w.week), w.hours, w.days, w.productions]);
    expect(weeks).toEqual([
      ["2026-11-02", 40, 5, ["FLEUVE"]], // 5 days × 8 h
      // FLEUVE 4 days (the 11th is off) + GLACIER 3 days = 7 resource-days × 8 h = 56 h, on 5 distinct days (9, 10, 12, 13, 14).
      ["2026-11-09", 56, 5, ["FLEUVE", "GLACIER"]],
      ["2026-11-16", 16, 2, ["GLACIER"]], // 16 and 17
    ]);
  });

  test("from a day on: the days before are history, not plan (the scenarios' reading is unchanged)", () => {
    // From Thu 12 Nov: FLEUVE 12, 13 + GLACIER 12, 13, 14 = 5 resource-days = 40 h on 3 days.
    expect(weeklyLoads(bookings, 8, d("2026-11-12")).map((w) => [toIso(w.week), w.hours, w.days])).toEqual([
      ["2026-11-09", 40, 3],
      ["2026-11-16", 16, 2],
    ]);
  });
});

describe("worked hours from the séances and days booked while unavailable", () => {
  const seances = [
    { resource: "Hugo Bernard", production: "FLEUVE", day: d("2026-11-09"), hours: 8.5 },
    { resource: "Hugo Bernard", production: "GLACIER", day: d("2026-11-09"), hours: 3 },
    { resource: "hugo bernard", production: "FLEUVE", day: d("2026-11-12"), hours: 10 },
    { resource: "Hugo Bernard", production: "GLACIER", day: d("2026-11-16"), hours: 7 },
  ];
  // Hugo is away on the 12th; GLACIER is closed on the 16th (FLEUVE is not).
  const off = unavailabilityOf([{ resource: "Hugo Bernard", from: d("2026-11-12"), to: d("2026-11-12") }], [{ production: "GLACIER", from: d("2026-11-16"), to: d("2026-11-16") }]);

  test("hours summed per week and resource (name case ignored), distinct days counted once", () => {
    const weeks = weeklyLoadsOf(seances, off).map((w) => [toIso(w.week), w.hours, w.days, w.unavailableDays]);
    // Week of 9/11: 8.5 + 3 + 10 = 21.5 h on 2 days (9 and 12), the 12th unavailable. Week of 16/11: 7 h, GLACIER closed.
    expect(weeks).toEqual([
      ["2026-11-09", 21.5, 2, 1],
      ["2026-11-16", 7, 1, 1],
    ]);
  });

  test("a closure of one production does not make its people unavailable to another; a company closure does", () => {
    expect(off("Hugo Bernard", "FLEUVE", d("2026-11-16"))).toBe(false);
    expect(off("Hugo Bernard", "glacier", d("2026-11-16"))).toBe(true);
    const company = unavailabilityOf([], [{ from: d("2026-12-24"), to: d("2026-12-31") }]);
    expect([company("Léa", "FLEUVE", d("2026-12-28")), company("Léa", "FLEUVE", d("2027-01-04"))]).toEqual([true, false]);
  });
});

describe("the charge grid", () => {
  const input: ChargeInput = {
    bookings,
    hoursPerDay: 8,
    worked: [{ resource: "Léa Martin", production: "FLEUVE", day: d("2026-11-03"), hours: 9 }],
    unavailabilities: [{ resource: "Léa Martin", from: d("2026-11-13"), to: d("2026-11-13") }],
    closures: [],
    today: d("2026-11-10"),
    maxWeeks: 78,
  };

  test("weeks from the first planned or worked week to the last, planned and worked side by side", () => {
    const charge = chargeOf(input);
    expect(charge.weeks.map(toIso)).toEqual(["2026-11-02", "2026-11-09", "2026-11-16"]);
    expect(charge.rows.map((r) => r.resource)).toEqual(["Léa Martin"]);
    const [lea] = charge.rows;
    expect([...lea.planned.values()].map((w) => [w.hours, w.unavailableDays])).toEqual([
      [40, 0],
      // Friday 13 is her day off, yet both productions book it: one day booked while unavailable.
      [56, 1],
      [16, 0],
    ]);
    expect([...lea.worked.values()].map((w) => [toIso(w.week), w.hours])).toEqual([["2026-11-02", 9]]);
    expect(charge.cut).toEqual({ before: false, after: false });
  });

  test("the window starts at today's week when the plan starts later", () => {
    expect(chargeOf({ ...input, today: d("2026-10-21") }).weeks.map(toIso)).toEqual(["2026-10-19", "2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16"]);
  });

  test("a window longer than the cap keeps 13 weeks of history before today's week, then the cap", () => {
    // From Mon 6 Jan 2025 to Mon 28 Dec 2026 (104 weeks); today Wed 1 Jul 2026 (week of 29 Jun).
    const weeks = chargeWindow(d("2025-01-06"), d("2026-12-28"), d("2026-07-01"), 20);
    // 29 Jun − 13 weeks = 30 Mar 2026; 20 weeks from there: the last is 30 Mar + 19 × 7 days = 10 Aug.
    expect([weeks.length, toIso(weeks[0]), toIso(weeks[19])]).toEqual([20, "2026-03-30", "2026-08-10"]);
    const cut = chargeOf({ ...input, maxWeeks: 2, today: d("2026-11-02") });
    expect([cut.weeks.map(toIso), cut.cut]).toEqual([["2026-11-02", "2026-11-09"], { before: false, after: true }]);
  });

  test("nothing planned nor worked: no weeks, no rows", () => {
    expect(chargeOf({ ...input, bookings: [], worked: [] })).toMatchObject({ weeks: [], rows: [] });
  });
});

import { ALL_WEEK, MON_FRI } from "../../../src/core/calendar/weekdays";
import { WorkingCalendar } from "../../../src/core/calendar/workingCalendar";
import { fromIso } from "../../../src/core/dates/civil";
import { RateCard } from "../../../src/core/costs/rateCard";
import { scenarioCost } from "../../../src/core/costs/scenarioCost";
import type { Booking } from "../../../src/core/planning/model";

const d = (s: string): number => fromIso(s)!;
const rateCard = new RateCard([
  { code: "MIX", label: "Auditorium", unit: "jour", priceCents: 90000, vatRate: 20, budgetCode: "8.7", surcharges: { sunday: 50 } },
  { code: "MIXEUR", label: "Mixeur", unit: "heure", priceCents: 12000, vatRate: 20, budgetCode: "2.1", surcharges: { sunday: 25 } },
  { code: "PAD", label: "PAD", unit: "forfait", priceCents: 150000, vatRate: 20, budgetCode: "8.8", surcharges: { sunday: 100 } },
]);
const resources = [
  { id: "Auditorium A", kind: "salle" as const, rateCode: "MIX" },
  { id: "Marc", kind: "personne" as const, rateCode: "MIXEUR" },
  { id: "Labo", kind: "prestataire" as const, rateCode: "PAD" },
];
const week = new WorkingCalendar({ zone: "Métropole", weekdays: MON_FRI });
const sevenDays = new WorkingCalendar({ zone: "Métropole", weekdays: ALL_WEEK });
// The mix from Monday 11 to Sunday 24 January 2027: two Sundays (17 and 24) when the calendar works them.
const booking = (resource: string, calendar: WorkingCalendar): Booking => ({ taskIndex: 0, taskId: "M", production: "P", resource, start: d("2027-01-11"), finish: d("2027-01-24"), calendar });

describe("coût d'un scénario", () => {
  test("Sunday surcharges a scenario adds: by the day 1 day, by the hour the 8 h of a planned day; a flat fee none", () => {
    const plan = [booking("Auditorium A", week), booking("Marc", week), booking("Labo", week)];
    const scenario = [booking("auditorium a", sevenDays), booking("Marc", sevenDays), booking("Labo", sevenDays)];
    const cost = scenarioCost({ tasks: [], resources, rateCard, bookings: scenario, planBookings: plan }).get("P")!;
    // Auditorium: 2 Sundays × 900 € × 50 % = 900 €; Marc: 2 Sundays × 8 h × (120 € × 25 % = 30 €) = 480 €; Labo: flat fee, none.
    expect(cost.sundayCents).toBe(90000 + 48000);
    expect(cost.slipCents).toBe(0);
    expect(cost.extraCents).toBe(138000);
    // The plan's own Sundays are not extra: the same bookings cost nothing more.
    expect(scenarioCost({ tasks: [], resources, rateCard, bookings: scenario, planBookings: scenario }).get("P")!.sundayCents).toBe(0);
  });

  test("the slip part is the slip cost: a task one day longer costs one more day of each resource", () => {
    const tasks = [{ id: "M", production: "P", current: { days: 6, resources: [{ resource: "Auditorium A" }] }, baseline: { days: 5, resources: [{ resource: "Auditorium A" }] } }];
    const cost = scenarioCost({ tasks, resources, rateCard, bookings: [], planBookings: [] }).get("P")!;
    expect(cost).toEqual({ production: "P", slipCents: 90000, sundayCents: 0, payCents: 0, extraCents: 90000, hasBaseline: true });
  });
});

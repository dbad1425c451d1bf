/** The pay surcharges of a scenario: the payroll's own overtime and Sunday premiums on the crew's planned days. */
import { ALL_WEEK, MON_FRI, MON_SAT, type WeekdayMask } from "../../../src/core/calendar/weekdays";
import { WorkingCalendar } from "../../../src/core/calendar/workingCalendar";
import { RateCard } from "../../../src/core/costs/rateCard";
import { scenarioCost } from "../../../src/core/costs/scenarioCost";
import { plannedPayPremiums, plannedSeances } from "../../../src/core/costs/scenarioPay";
import type { Booking } from "../../../src/core/planning/model";
import { d, DOC, FLUX, input, member } from "../crew/fixtures";

// The demo's shipped parameters (defaultPayrollConfig), CCNPA (IDCC 2642) for DOC1 and JEU:
// HS_BANDES "36-43:25 ; 44+:50" beyond the 35 h legal week, MAJ_DIMANCHE 50 %, contracts of 4 days or
// less paid by the day (CONTRAT_COURT_JOURS 4). The person is paid 20 € an hour (Equipe: Salaire 20, heure).
const crew = (() => {
  const { bookings: _none, ...rest } = input([], [member("Marc", "Mixeur", 20, "heure"), { ...member("Auditorium A", "", undefined, undefined), type: "Salle" }], [DOC, FLUX]);
  return rest;
})();
const calendar = (weekdays: WeekdayMask) => new WorkingCalendar({ zone: "Métropole", weekdays });
const monSat = calendar(MON_SAT);
const booking = (resource: string, production: string, start: string, finish: string, cal: WorkingCalendar): Booking => ({ taskIndex: 0, taskId: "M", production, resource, start: d(start), finish: d(finish), calendar: cal });
const noRates = { tasks: [], resources: [], rateCard: new RateCard([]) };

describe("majorations de paie d'un scénario", () => {
  test("a planned day is one séance of 8 h; days the calendar does not work are none", () => {
    const seances = plannedSeances([booking("Marc", "DOC1", "2027-01-11", "2027-01-17", calendar(MON_FRI))]);
    expect(seances.map((s) => s.day)).toEqual([0, 1, 2, 3, 4].map((i) => d("2027-01-11") + i));
    expect(seances.every((s) => s.end! - s.start! === 8 * 60)).toBe(true);
  });

  test("worked case: a sixth planned day, 48 h against 40 h, costs its overtime premiums", () => {
    // Scenario: Monday 11 to Saturday 16 January 2027, 6 × 8 h = 48 h (a 6-day contract: the weekly regime).
    //   35 plain hours; 36th–43rd hour +25 %: 8 h at 20 × 1,25 = 25,00 € = 200,00 €, premium share 25/125 = 40,00 €;
    //   44th–48th hour +50 %: 5 h at 20 × 1,50 = 30,00 € = 150,00 €, premium share 50/150 = 50,00 €. Total 90,00 €.
    // Plan: Monday to Friday, 40 h: 5 h at 25,00 € = 125,00 €, premium 25,00 €.
    // The scenario's pay surcharge: 90,00 − 25,00 = 65,00 €. The auditorium (a room) has no pay.
    const plan = [booking("Marc", "DOC1", "2027-01-11", "2027-01-16", calendar(MON_FRI)), booking("Auditorium A", "DOC1", "2027-01-11", "2027-01-16", calendar(MON_FRI))];
    const scenario = [booking("Marc", "DOC1", "2027-01-11", "2027-01-16", monSat), booking("Auditorium A", "DOC1", "2027-01-11", "2027-01-16", monSat)];
    expect(plannedPayPremiums(crew, scenario).get("DOC1")).toBe(9000);
    expect(plannedPayPremiums(crew, plan).get("DOC1")).toBe(2500);
    const cost = scenarioCost({ ...noRates, crew, bookings: scenario, planBookings: plan }).get("DOC1")!;
    expect(cost.payCents).toBe(6500);
    expect(cost.extraCents).toBe(cost.slipCents + cost.sundayCents + 6500);
  });

  test("a Sunday instead of a Monday costs the Sunday premium of its 8 h", () => {
    // One day alone (a short contract, paid by the day, 8 h: no daily overrun). Sunday 17 January 2027:
    // 8 h × 20 € × 50 % = 80,00 €; Monday 18: nothing.
    const plan = [booking("Marc", "DOC1", "2027-01-18", "2027-01-18", calendar(MON_FRI))];
    const scenario = [booking("Marc", "DOC1", "2027-01-17", "2027-01-17", calendar(ALL_WEEK))];
    expect(scenarioCost({ ...noRates, crew, bookings: scenario, planBookings: plan }).get("DOC1")!.payCents).toBe(8000);
  });

  test("a person on two productions in a week: the week's premiums shared by their hours", () => {
    // Monday–Wednesday on DOC1, Thursday–Saturday on JEU: one civil week of 48 h, premiums 90,00 € (worked
    // case above), 24 h each: 45,00 € each.
    const scenario = [booking("Marc", "DOC1", "2027-01-11", "2027-01-13", monSat), booking("Marc", "JEU", "2027-01-14", "2027-01-16", monSat)];
    const pay = plannedPayPremiums(crew, scenario);
    expect(pay.get("DOC1")).toBe(4500);
    expect(pay.get("JEU")).toBe(4500);
  });

  test("the plan itself, or no payroll, adds no pay surcharge", () => {
    const scenario = [booking("Marc", "DOC1", "2027-01-11", "2027-01-16", monSat)];
    expect(scenarioCost({ ...noRates, crew, bookings: scenario, planBookings: scenario }).get("DOC1")?.payCents ?? 0).toBe(0);
    expect(scenarioCost({ ...noRates, bookings: scenario, planBookings: [] }).get("DOC1")?.payCents ?? 0).toBe(0);
  });
});

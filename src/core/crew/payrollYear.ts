/**
 * What the payroll of every month shares, computed once for the whole séance log rather than once per
 * month: the employee weeks (each paid once, and reused by the two months a week straddles), the paid
 * unworked holidays of the listed contracts, and the séances grouped by month.
 *
 * A year's workbook (20 productions, 250 people, 19,760 séances, 3,000 contracts) spent 2.0 s of its
 * 2.7 s crew step in the twelve month payrolls, each rescanning the whole year: grouping the weeks,
 * the worked days and the holidays of every contract day, and paying again the weeks straddling two
 * months. A week's pay depends only on its séances (every séance of the person that civil week, all
 * contracts together), never on the month asking for it, so sharing it changes no figure.
 */

import { DayNumber, toMonthKey, weekStart } from "../dates/civil";
import type { CrewContext, PreparedBooking } from "./bookings";
import type { Contract } from "./contracts";
import { isIntermittentTechnician } from "./model";
import { PaidHoliday, paidHolidays, workedDaysByPerson } from "./paidHolidays";
import { EmployeeWeek, payEmployeeWeek, WeekItem } from "./workWeek";

/** One employee's civil week: its séances, and its pay once a month has asked for it. */
interface WeekGroup {
  week: DayNumber;
  items: WeekItem[];
  paid?: EmployeeWeek;
}

export interface PayrollYear {
  /** Employee weeks touching [first, last], in the order of the contracts and their séances. */
  weeksBetween(first: DayNumber, last: DayNumber): EmployeeWeek[];
  /** Paid unworked holidays of the whole log (each month keeps its own days). */
  holidays: PaidHoliday[];
  /** Indices of the séances of a month (`AAAA-MM`), in séance order. */
  bookingsOf(month: string): readonly number[];
}

/**
 * Every payable séance of a person in a civil week, all contracts together, in contract then séance
 * order (the groups in the order they first appear). Keyed by person then week number rather than a
 * string built per séance.
 */
function weekGroups(contracts: readonly Contract[]): WeekGroup[] {
  const byPerson = new Map<string, Map<DayNumber, WeekGroup>>();
  const groups: WeekGroup[] = [];
  for (const contract of contracts) {
    if (!isIntermittentTechnician(contract.person.status)) continue;
    let weeks = byPerson.get(contract.personKey);
    if (!weeks) byPerson.set(contract.personKey, (weeks = new Map()));
    for (const booking of contract.bookings) {
      const week = weekStart(booking.booking.day);
      let g = weeks.get(week);
      if (!g) {
        weeks.set(week, (g = { week, items: [] }));
        groups.push(g);
      }
      g.items.push({ contract, booking });
    }
  }
  return groups;
}

/** The séances by month, the `AAAA-MM` text made once per day rather than once per séance. */
function bookingsByMonth(prepared: readonly PreparedBooking[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const listOfDay = new Map<DayNumber, number[]>();
  for (const b of prepared) {
    const day = b.booking.day;
    let list = listOfDay.get(day);
    if (!list) {
      const month = toMonthKey(day);
      list = out.get(month);
      if (!list) out.set(month, (list = []));
      listOfDay.set(day, list);
    }
    list.push(b.index);
  }
  return out;
}

/** The month-independent parts of the payroll of one analysis (its context, contracts and séances). */
export function payrollYear(ctx: CrewContext, contracts: readonly Contract[], prepared: readonly PreparedBooking[]): PayrollYear {
  const groups = weekGroups(contracts);
  const byMonth = bookingsByMonth(prepared);
  return {
    weeksBetween(first, last) {
      const touching = groups.filter((g) => g.week <= last && g.week + 6 >= first);
      return touching.map((g) => (g.paid ??= payEmployeeWeek(ctx, g.week, g.items)));
    },
    holidays: paidHolidays(ctx, contracts, workedDaysByPerson(prepared)),
    bookingsOf: (month) => byMonth.get(month) ?? [],
  };
}

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

/** Every payable séance of a person in a civil week, all contracts together, in contract then séance order. */
function weekGroups(contracts: readonly Contract[]): WeekGroup[] {
  const groups = new Map<string, WeekGroup>();
  for (const contract of contracts) {
    if (!isIntermittentTechnician(contract.person.status)) continue;
    for (const booking of contract.bookings) {
      const week = weekStart(booking.booking.day);
      const key = `${contract.personKey}|${week}`;
      const g = groups.get(key) ?? { week, items: [] };
      g.items.push({ contract, booking });
      groups.set(key, g);
    }
  }
  return [...groups.values()];
}

function bookingsByMonth(prepared: readonly PreparedBooking[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const b of prepared) {
    const month = toMonthKey(b.booking.day);
    const list = out.get(month);
    if (list) list.push(b.index);
    else out.set(month, [b.index]);
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

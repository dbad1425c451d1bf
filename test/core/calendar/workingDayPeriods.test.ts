import { ALL_WEEK, MON_FRI, MON_SAT } from "../../../src/core/calendar/weekdays";
import { formatWorkingDayPeriod, parseWorkingDaysCell } from "../../../src/core/calendar/workingDayPeriods";
import { WorkingCalendar } from "../../../src/core/calendar/workingCalendar";
import { fromIso, toIso } from "../../../src/core/dates/civil";
import { METROPOLE } from "../../../src/core/calendar/zones";

const d = (s: string): number => fromIso(s)!;

describe("a Jours ouvrés cell with periods", () => {
  test("the plain cells read as before: no period", () => {
    expect(parseWorkingDaysCell(undefined)).toEqual({ weekdays: MON_FRI, periods: [] });
    expect(parseWorkingDaysCell("lun-sam")).toEqual({ weekdays: MON_SAT, periods: [] });
    // « ; » still separates days when no part holds a date.
    expect(parseWorkingDaysCell("lun;mar;mer;jeu;ven;sam")).toEqual({ weekdays: MON_SAT, periods: [] });
    expect(parseWorkingDaysCell("lundi-bof")).toBeUndefined();
  });

  test("periods after the days, each with its dates; either end may stay open", () => {
    expect(parseWorkingDaysCell("lun-ven ; lun-sam du 16/12/2026 au 09/01/2027 ; 7/7 dès le 01/02/2027 ; lun-sam jusqu'au 30/11/2026")).toEqual({
      weekdays: MON_FRI,
      periods: [
        { weekdays: MON_SAT, from: d("2026-12-16"), to: d("2027-01-09") },
        { weekdays: ALL_WEEK, from: d("2027-02-01"), to: Infinity },
        { weekdays: MON_SAT, from: -Infinity, to: d("2026-11-30") },
      ],
    });
    // A period that ends before it starts, or an unreadable one, makes the cell unreadable (the check says so).
    expect(parseWorkingDaysCell("lun-ven ; lun-sam du 09/01/2027 au 16/12/2026")).toBeUndefined();
    expect(parseWorkingDaysCell("lun-ven ; lun-sam vers le 16/12/2026")).toBeUndefined();
  });

  test("written back as read", () => {
    expect(formatWorkingDayPeriod(MON_SAT, d("2026-12-16"), d("2027-01-09"))).toBe("lun-sam du 16/12/2026 au 09/01/2027");
    expect(formatWorkingDayPeriod(ALL_WEEK, d("2027-02-01"), Infinity)).toBe("7/7 dès le 01/02/2027");
    expect(formatWorkingDayPeriod(MON_SAT, undefined, d("2026-11-30"))).toBe("lun-sam jusqu'au 30/11/2026");
    const text = `lun-ven ; ${formatWorkingDayPeriod(MON_SAT, d("2026-12-16"), d("2027-01-09"))}`;
    expect(parseWorkingDaysCell(text)!.periods).toEqual([{ weekdays: MON_SAT, from: d("2026-12-16"), to: d("2027-01-09") }]);
  });

  test("the calendar works the period's Saturdays only: 5 working days after Monday 14/12/2026", () => {
    const cell = parseWorkingDaysCell("lun-ven ; lun-sam du 16/12/2026 au 19/12/2026")!;
    const cal = new WorkingCalendar({ zone: METROPOLE, weekdays: cell.weekdays, weekdayPeriods: cell.periods });
    // WORKDAY from Monday 14 (not counted): Tue 15, Wed 16, Thu 17, Fri 18, Sat 19 (worked) — not Mon 21.
    expect(toIso(cal.workday(d("2026-12-14"), 5))).toBe("2026-12-19");
    // Saturday 26 is outside the period: Fri 25 is Christmas, so after Thu 24 comes Mon 28.
    expect(cal.isWorkingDay(d("2026-12-26"))).toBe(false);
  });
});

import fc from "fast-check";
import { dayFromYmd, fromIso, isoWeekday, toIso } from "../../../src/core/dates/civil";
import { holidayName } from "../../../src/core/calendar/holidays";
import { MON_SAT, parseWorkingWeekdays } from "../../../src/core/calendar/weekdays";
import { WorkingCalendar } from "../../../src/core/calendar/workingCalendar";

const d = (s: string): number => fromIso(s)!;

describe("WorkingCalendar — Excel semantics", () => {
  const cal = new WorkingCalendar({ zone: "Métropole" });

  test("working days: weekdays minus public holidays", () => {
    expect(cal.isWorkingDay(d("2026-05-13"))).toBe(true); // Wednesday
    expect(cal.isWorkingDay(d("2026-05-14"))).toBe(false); // Ascension
    expect(cal.isWorkingDay(d("2026-05-16"))).toBe(false); // Saturday
    expect(cal.isWorkingDay(d("2026-05-25"))).toBe(false); // Lundi de Pentecôte
  });

  test("WORKDAY.INTL: start not counted, 0 keeps start, negative goes back", () => {
    // Friday 2026-05-08 is a holiday (Victoire 1945); Thursday 2026-05-14 too (Ascension).
    expect(toIso(cal.workday(d("2026-05-07"), 1))).toBe("2026-05-11"); // Thu +1 → Mon (Fri 8 is off)
    expect(toIso(cal.workday(d("2026-05-11"), 3))).toBe("2026-05-15"); // skips Ascension
    expect(toIso(cal.workday(d("2026-05-09"), 0))).toBe("2026-05-09"); // a Saturday stays
    expect(toIso(cal.workday(d("2026-05-09"), 1))).toBe("2026-05-11"); // Sat +1 → Mon
    expect(toIso(cal.workday(d("2026-05-09"), -1))).toBe("2026-05-07"); // Sat -1 → Thu (Fri off)
    expect(toIso(cal.workday(d("2026-05-15"), -1))).toBe("2026-05-13");
    expect(toIso(cal.workday(d("2026-05-15"), 2.9))).toBe("2026-05-19"); // truncated to 2 (Mon 25 off? no: 18,19)
    expect(toIso(cal.workday(d("2026-05-22"), 1))).toBe("2026-05-26"); // Pentecost Monday
    expect(toIso(cal.workday(d("2026-12-24"), 1))).toBe("2026-12-28"); // Christmas Friday
  });

  test("NETWORKDAYS.INTL: inclusive, negative when reversed", () => {
    expect(cal.networkdays(d("2026-05-11"), d("2026-05-15"))).toBe(4); // Mon–Fri minus Ascension
    expect(cal.networkdays(d("2026-05-15"), d("2026-05-11"))).toBe(-4);
    expect(cal.networkdays(d("2026-05-16"), d("2026-05-16"))).toBe(0); // a Saturday
    expect(cal.networkdays(d("2026-05-13"), d("2026-05-13"))).toBe(1);
    expect(cal.networkdays(d("2026-01-01"), d("2026-12-31"))).toBe(261 - 9); // 261 weekdays; 9 holidays on weekdays in 2026 (15 Aug is a Saturday, 1 Nov a Sunday)
  });

  test("Alsace-Moselle loses Good Friday and St Stephen's day", () => {
    const als = new WorkingCalendar({ zone: "Alsace-Moselle" });
    expect(als.isWorkingDay(d("2026-04-03"))).toBe(false);
    expect(cal.isWorkingDay(d("2026-04-03"))).toBe(true);
    expect(toIso(als.workday(d("2026-04-02"), 1))).toBe("2026-04-07"); // Fri GF, Mon Easter Monday
    expect(toIso(cal.workday(d("2026-04-02"), 1))).toBe("2026-04-03");
  });

  test("closures, six-day weeks and unavailability", () => {
    const c = new WorkingCalendar({
      zone: "Métropole",
      weekdays: MON_SAT,
      closures: [{ from: d("2026-12-21"), to: d("2027-01-01"), reason: "Fermeture de Noël" }],
    });
    expect(c.isWorkingDay(d("2026-12-19"))).toBe(true); // a Saturday, worked
    expect(toIso(c.workday(d("2026-12-19"), 1))).toBe("2027-01-02"); // next: Saturday after New Year
    expect(c.nonWorkingReason(d("2026-12-22"))?.text).toBe("Fermeture du 21/12/2026 au 01/01/2027 (Fermeture de Noël)");
    expect(c.nonWorkingReason(d("2026-12-25"))?.text).toBe("Noël (férié)");
    expect(c.nonWorkingReason(d("2026-12-20"))?.text).toBe("dimanche non ouvré");
    const editor = c.withUnavailability([{ from: d("2027-01-04"), to: d("2027-01-05"), reason: "congés", resource: "Léa" }]);
    expect(toIso(editor.workday(d("2027-01-02"), 1))).toBe("2027-01-06");
    expect(toIso(c.workday(d("2027-01-02"), 1))).toBe("2027-01-04");
    expect(editor.nonWorkingReason(d("2027-01-04"))?.kind).toBe("unavailable");
    expect(editor.nonWorkingReason(d("2027-01-04"))?.text).toBe("Léa indisponible du 04/01/2027 au 05/01/2027 (congés)");
  });

  test("ordinals are stable while the index grows in both directions", () => {
    const c = new WorkingCalendar({ zone: "974" });
    const day = d("2026-06-15");
    const k = c.ordinalOnOrAfter(day);
    const far = c.workday(day, 5000);
    const back = c.workday(day, -5000);
    expect(c.ordinalOnOrAfter(day)).toBe(k);
    expect(c.ordinalOnOrAfter(far) - k).toBe(5000);
    expect(k - c.ordinalOnOrAfter(back)).toBe(5000);
    expect(c.dayAt(k)).toBe(day);
  });

  test("workingDaysBetween: signed slip, mirror of WORKDAY", () => {
    expect(cal.workingDaysBetween(d("2026-05-13"), d("2026-05-18"))).toBe(2); // Fri 15, Mon 18
    expect(cal.workingDaysBetween(d("2026-05-18"), d("2026-05-13"))).toBe(-2);
    expect(cal.workingDaysBetween(d("2026-05-17"), d("2026-05-15"))).toBe(0); // Sun target: Fri is on time
  });

  test("Feries list for native formulas: holidays and closures on worked weekdays", () => {
    const c = new WorkingCalendar({ zone: "Métropole", closures: [{ from: d("2026-08-10"), to: d("2026-08-16") }] });
    expect(c.excelHolidayList(d("2026-08-01"), d("2026-08-31")).map(toIso)).toEqual([
      "2026-08-10",
      "2026-08-11",
      "2026-08-12",
      "2026-08-13",
      "2026-08-14",
    ]); // 15 August 2026 is a Saturday: not listed, the mask already excludes it
  });

  test("refuses calendars without working days and dates outside Excel's range", () => {
    expect(() => new WorkingCalendar({ zone: "Métropole", weekdays: [false, false, false, false, false, false, false] })).toThrow(
      RangeError,
    );
    expect(() => new WorkingCalendar({ zone: "Nulle part" })).toThrow(RangeError);
    expect(() => cal.workday(d("2026-01-01"), 10_000_000)).toThrow(RangeError);
  });
});

// Naive reference: walk day by day, exactly as Excel documents WORKDAY.INTL / NETWORKDAYS.INTL.
function naiveWorking(mask: boolean[], closures: Array<[number, number]>, zone: string, day: number): boolean {
  if (!mask[isoWeekday(day) - 1]) return false;
  if (holidayName(zone, day) !== undefined) return false;
  return !closures.some(([a, b]) => day >= a && day <= b);
}
function naiveWorkday(w: (d: number) => boolean, start: number, days: number): number {
  let day = start;
  let left = Math.abs(days);
  const step = days > 0 ? 1 : -1;
  while (left > 0) {
    day += step;
    if (w(day)) left--;
  }
  return day;
}
function naiveNetworkdays(w: (d: number) => boolean, a: number, b: number): number {
  const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  let n = 0;
  for (let x = lo; x <= hi; x++) if (w(x)) n++;
  return sign * n;
}

describe("WorkingCalendar — property: same as a day-by-day walk", () => {
  const base = dayFromYmd(2024, 1, 1);
  const arb = fc.record({
    bits: fc.integer({ min: 1, max: 127 }),
    zone: fc.constantFrom("Métropole", "Alsace-Moselle", "971", "974"),
    closures: fc.array(
      fc.tuple(fc.integer({ min: 0, max: 2500 }), fc.integer({ min: 0, max: 20 })).map(([s, len]) => [base + s, base + s + len] as [number, number]),
      { maxLength: 4 },
    ),
    start: fc.integer({ min: 300, max: 2200 }),
    days: fc.integer({ min: -150, max: 150 }),
    end: fc.integer({ min: 300, max: 2200 }),
  });
  test("workday, networkdays, isWorkingDay", () => {
    fc.assert(
      fc.property(arb, ({ bits, zone, closures, start, days, end }) => {
        const mask = [0, 1, 2, 3, 4, 5, 6].map((i) => ((bits >> i) & 1) === 1);
        const cal = new WorkingCalendar({ zone, weekdays: mask, closures: closures.map(([from, to]) => ({ from, to })) });
        const w = (x: number): boolean => naiveWorking(mask, closures, zone, x);
        const s = base + start;
        expect(cal.isWorkingDay(s)).toBe(w(s));
        expect(cal.workday(s, days)).toBe(days === 0 ? s : naiveWorkday(w, s, days));
        expect(cal.networkdays(s, base + end)).toBe(naiveNetworkdays(w, s, base + end));
      }),
      { numRuns: 300 },
    );
  });

  test("parseWorkingWeekdays feeds the calendar", () => {
    const cal = new WorkingCalendar({ zone: "Métropole", weekdays: parseWorkingWeekdays("mar-sam")! });
    expect(cal.isWorkingDay(d("2026-06-15"))).toBe(false); // Monday
    expect(cal.isWorkingDay(d("2026-06-20"))).toBe(true); // Saturday
  });
});

describe("WorkingCalendar — the index grows lazily in both directions", () => {
  test("one calendar queried all over gives what a fresh one gives", () => {
    const shared = new WorkingCalendar({ zone: "Alsace-Moselle", closures: [{ from: d("2031-08-01"), to: d("2031-08-31") }] });
    fc.assert(
      fc.property(fc.integer({ min: dayFromYmd(1950, 1, 1), max: dayFromYmd(2090, 1, 1) }), fc.integer({ min: -400, max: 400 }), (day, n) => {
        const fresh = new WorkingCalendar({ zone: "Alsace-Moselle", closures: [{ from: d("2031-08-01"), to: d("2031-08-31") }] });
        expect(shared.workday(day, n)).toBe(fresh.workday(day, n));
        expect(shared.isWorkingDay(day)).toBe(fresh.isWorkingDay(day));
        expect(shared.networkdays(day, day + n)).toBe(fresh.networkdays(day, day + n));
        // ordinals are consistent across the whole indexed span
        expect(shared.ordinalOnOrAfter(shared.workday(day, n)) - shared.ordinalOnOrAfter(shared.nextWorkingDay(day))).toBe(
          n > 0 && !shared.isWorkingDay(day) ? n - 1 : n,
        );
      }),
      { numRuns: 400 },
    );
  });
});

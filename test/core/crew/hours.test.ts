/** Worked and night hours across midnight; Sundays and holidays from the French calendar. */
import fc from "fast-check";
import {
  crewContext,
  dayKind,
  holidayClass,
  holidayLookupForZone,
  minutesByCalendarDay,
  nightMinutes,
  nightWindowOn,
  parseNightRule,
  prepareBooking,
  seanceSpan,
  workedMinutes,
} from "../../../src/core/crew";
import { config, d, DOC, FLUX, member, seance, tm } from "./fixtures";

const DEFAULT_NIGHT = { start: tm("21:00"), end: tm("06:00") };

describe("worked hours", () => {
  test("a mix that ends after midnight: 22:00 → 02:00 is 4 h, 3 h 30 with a 30 min break", () => {
    const t = seanceSpan(tm("22:00"), tm("02:00"), 30);
    expect(t.end - t.start).toBe(240);
    expect(workedMinutes(t)).toBe(210);
  });

  test("departure equal to arrival means 24 h later, never negative hours", () => {
    expect(workedMinutes(seanceSpan(tm("09:00"), tm("09:00")))).toBe(1440);
    expect(workedMinutes(seanceSpan(tm("09:00"), tm("10:00"), 120))).toBe(0);
  });

  test("the hours after midnight belong to the next calendar day; the break comes off the first day", () => {
    const t = seanceSpan(tm("20:00"), tm("03:00"), 60);
    expect(minutesByCalendarDay(d("2026-03-07"), t)).toEqual([
      { day: d("2026-03-07"), minutes: 180 },
      { day: d("2026-03-08"), minutes: 180 },
    ]);
  });
});

describe("night hours", () => {
  test("default 21:00–06:00: 20:00 → 02:00 has 5 night hours; the break is taken in the day part first", () => {
    expect(nightMinutes(seanceSpan(tm("20:00"), tm("02:00"), 0), DEFAULT_NIGHT)).toBe(300);
    expect(nightMinutes(seanceSpan(tm("20:00"), tm("02:00"), 60), DEFAULT_NIGHT)).toBe(300);
    expect(nightMinutes(seanceSpan(tm("20:00"), tm("02:00"), 90), DEFAULT_NIGHT)).toBe(270);
    expect(nightMinutes(seanceSpan(tm("04:00"), tm("08:00"), 0), DEFAULT_NIGHT)).toBe(120);
  });

  test("CCNPA general rule 00:00–07:00; fiction and documentary 20:00–06:00 in winter, 22:00–07:00 otherwise (§8.3.4)", () => {
    const ccnpa = parseNightRule("00:00-07:00")!;
    expect(nightMinutes(seanceSpan(tm("20:00"), tm("02:00")), nightWindowOn(ccnpa, 3, 2))).toBe(120);
    const fiction = parseNightRule("20:00-06:00 du 21/12 au 20/03 ; 22:00-07:00 sinon")!;
    expect(nightWindowOn(fiction, 12, 21)).toEqual({ start: tm("20:00"), end: tm("06:00") });
    expect(nightWindowOn(fiction, 3, 20)).toEqual({ start: tm("20:00"), end: tm("06:00") });
    expect(nightWindowOn(fiction, 3, 21)).toEqual({ start: tm("22:00"), end: tm("07:00") });
    expect(nightWindowOn(fiction, 7, 14)).toEqual({ start: tm("22:00"), end: tm("07:00") });
  });

  test("the séance log picks the window of the production's agreement and genre", () => {
    const ctx = crewContext({ bookings: [], crew: [member("A", "Chef monteur", 1138.62, "semaine 35 h")], productions: [DOC, FLUX] }, config);
    // A documentary in March (winter window 20:00–06:00): 18:00 → 01:00 has 5 night hours.
    expect(prepareBooking(seance("2026-03-10", "A", "DOC1", "18:00", "01:00"), 0, ctx).nightMinutes).toBe(300);
    // A flux programme (CCNPA general rule 00:00–07:00): 1 night hour.
    expect(prepareBooking(seance("2026-03-10", "A", "JEU", "18:00", "01:00"), 0, ctx).nightMinutes).toBe(60);
  });

  test("properties: night ≤ worked, the calendar-day parts add up to the worked minutes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 1439 }), (s, e, pause, ws, we) => {
        const t = seanceSpan(s, e, pause);
        const worked = workedMinutes(t);
        const night = nightMinutes(t, { start: ws, end: we });
        const parts = minutesByCalendarDay(d("2026-03-10"), t);
        return night >= 0 && night <= worked && parts.reduce((a, p) => a + p.minutes, 0) === worked && worked <= 1440;
      }),
    );
  });
});

describe("Sundays and public holidays (src/core/calendar)", () => {
  const metro = holidayLookupForZone("Métropole");
  test("Sunday, 1 May, Christmas, Whit Monday and Easter Monday with their premium class", () => {
    expect(dayKind(d("2026-03-08"), metro)).toEqual({ sunday: true });
    expect(dayKind(d("2026-05-01"), metro).holidayClass).toBe("mayDay");
    expect(dayKind(d("2026-12-25"), metro)).toMatchObject({ holiday: "Noël", holidayClass: "major" });
    expect(dayKind(d("2026-05-25"), metro).holidayClass).toBe("whitMonday");
    expect(dayKind(d("2026-04-06"), metro).holidayClass).toBe("other");
    expect(holidayClass(d("2026-05-22"), "Abolition de l’esclavage")).toBe("major");
  });

  test("Alsace-Moselle has 26 December; mainland France does not", () => {
    expect(holidayLookupForZone("Moselle")(d("2026-12-26"))).toBeDefined();
    expect(metro(d("2026-12-26"))).toBeUndefined();
  });

  test("a Saturday-night séance shows the Sunday it runs into", () => {
    const ctx = crewContext({ bookings: [], crew: [member("A", "Chef monteur", 1138.62, "semaine 35 h")], productions: [DOC] }, config);
    const b = prepareBooking(seance("2026-03-07", "A", "DOC1", "20:00", "02:00"), 0, ctx);
    expect(b.kindLabel).toBe("Dimanche (après minuit)");
    expect(b.parts[1]).toMatchObject({ minutes: 120, sunday: true });
  });

  test("a caller may pass its own holiday list", () => {
    const ctx = crewContext({ bookings: [], crew: [], productions: [DOC] }, config, (_zone, day) => (day === d("2026-03-10") ? "Fête locale" : undefined));
    expect(ctx.holidaysFor(DOC)(d("2026-03-10"))).toBe("Fête locale");
  });
});

import Holidays from "date-holidays";
import { dayFromYmd, fromIso, toIso } from "../../../src/core/dates/civil";
import { easterSunday, holidayName, publicHolidays, publicHolidaysBetween } from "../../../src/core/calendar/holidays";
import { dateHolidaysState, ZONES } from "../../../src/core/calendar/zones";

const iso = (zone: string, year: number): string[] => publicHolidays(zone, year).map((h) => toIso(h.day));

// Written out by hand (Easter: 2025-04-20, 2026-04-05, 2027-03-28, 2028-04-16, 2029-04-01, 2030-04-21).
const METROPOLE: Record<number, string[]> = {
  2025: ["2025-01-01", "2025-04-21", "2025-05-01", "2025-05-08", "2025-05-29", "2025-06-09", "2025-07-14", "2025-08-15", "2025-11-01", "2025-11-11", "2025-12-25"],
  2026: ["2026-01-01", "2026-04-06", "2026-05-01", "2026-05-08", "2026-05-14", "2026-05-25", "2026-07-14", "2026-08-15", "2026-11-01", "2026-11-11", "2026-12-25"],
  2027: ["2027-01-01", "2027-03-29", "2027-05-01", "2027-05-06", "2027-05-08", "2027-05-17", "2027-07-14", "2027-08-15", "2027-11-01", "2027-11-11", "2027-12-25"],
  2028: ["2028-01-01", "2028-04-17", "2028-05-01", "2028-05-08", "2028-05-25", "2028-06-05", "2028-07-14", "2028-08-15", "2028-11-01", "2028-11-11", "2028-12-25"],
  2029: ["2029-01-01", "2029-04-02", "2029-05-01", "2029-05-08", "2029-05-10", "2029-05-21", "2029-07-14", "2029-08-15", "2029-11-01", "2029-11-11", "2029-12-25"],
  2030: ["2030-01-01", "2030-04-22", "2030-05-01", "2030-05-08", "2030-05-30", "2030-06-10", "2030-07-14", "2030-08-15", "2030-11-01", "2030-11-11", "2030-12-25"],
};
const GOOD_FRIDAY: Record<number, string> = {
  2025: "2025-04-18",
  2026: "2026-04-03",
  2027: "2027-03-26",
  2028: "2028-04-14",
  2029: "2029-03-30",
  2030: "2030-04-19",
};

describe("French public holidays", () => {
  test("Easter Sunday", () => {
    expect(toIso(easterSunday(2025))).toBe("2025-04-20");
    expect(toIso(easterSunday(2026))).toBe("2026-04-05");
    expect(toIso(easterSunday(2027))).toBe("2027-03-28");
    expect(toIso(easterSunday(2028))).toBe("2028-04-16");
    expect(toIso(easterSunday(2029))).toBe("2029-04-01");
    expect(toIso(easterSunday(2030))).toBe("2030-04-21");
    expect(toIso(easterSunday(2038))).toBe("2038-04-25"); // latest possible
    expect(toIso(easterSunday(2285))).toBe("2285-03-22"); // earliest possible
  });

  test.each(Object.keys(METROPOLE).map(Number))("Métropole %i: the 11 legal days", (year) => {
    expect(iso("Métropole", year)).toEqual(METROPOLE[year]);
  });

  test.each(Object.keys(METROPOLE).map(Number))("Alsace-Moselle %i: + Vendredi saint and 26 décembre", (year) => {
    const expected = [...METROPOLE[year], GOOD_FRIDAY[year], `${year}-12-26`].sort();
    expect(iso("Alsace-Moselle", year)).toEqual(expected);
    // the three départements are the same zone
    expect(iso("57", year)).toEqual(expected);
    expect(iso("67", year)).toEqual(expected);
    expect(iso("68", year)).toEqual(expected);
  });

  test("names in French", () => {
    expect(holidayName("Métropole", dayFromYmd(2026, 5, 25))).toBe("Lundi de Pentecôte");
    expect(holidayName("Métropole", dayFromYmd(2026, 7, 14))).toBe("Fête Nationale de la France");
    expect(holidayName("Métropole", dayFromYmd(2026, 4, 3))).toBeUndefined();
    expect(holidayName("Alsace-Moselle", dayFromYmd(2026, 4, 3))).toBe("Vendredi saint");
    expect(holidayName("Alsace-Moselle", dayFromYmd(2026, 12, 26))).toBe("Lendemain de Noël");
    expect(holidayName("Métropole", dayFromYmd(2026, 12, 26))).toBeUndefined();
  });

  test("overseas départements: their own days", () => {
    const has = (zone: string, date: string): boolean => holidayName(zone, fromIso(date)!) !== undefined;
    expect(has("971", "2026-05-27")).toBe(true); // Guadeloupe, abolition de l'esclavage
    expect(has("971", "2026-04-03")).toBe(true); // Vendredi saint in the Antilles
    expect(has("972", "2026-05-22")).toBe(true); // Martinique
    expect(has("972", "2026-04-03")).toBe(true);
    expect(has("973", "2026-06-10")).toBe(true); // Guyane
    expect(has("973", "2026-04-03")).toBe(false);
    expect(has("974", "2026-12-20")).toBe(true); // La Réunion
    expect(has("976", "2026-04-27")).toBe(true); // Mayotte
    expect(has("Métropole", "2026-12-20")).toBe(false);
    expect(holidayName("974", fromIso("2025-12-20")!)).toBe("Abolition de l’esclavage");
    expect(iso("974", 2025)).toHaveLength(12);
  });

  test("a zone given as text is parsed; an unknown zone is refused", () => {
    expect(iso("la réunion", 2026)).toEqual(iso("974", 2026));
    expect(() => publicHolidays("Atlantide", 2026)).toThrow(RangeError);
  });

  test("cached and frozen", () => {
    expect(publicHolidays("974", 2031)).toBe(publicHolidays("974", 2031));
    expect(Object.isFrozen(publicHolidays("974", 2031))).toBe(true);
    expect(publicHolidaysBetween("Métropole", 2025, 2026)).toHaveLength(22);
  });

  // The generated rules must be exactly date-holidays' public holidays (by their `date` strings,
  // never their Date objects, which depend on the host's time zone).
  test("equal to date-holidays for every zone, 2000–2060", () => {
    for (const zone of ZONES) {
      const state = dateHolidaysState(zone);
      const hd = state ? new Holidays("FR", state) : new Holidays("FR");
      for (let year = 2000; year <= 2060; year++) {
        const expected = hd
          .getHolidays(year, "fr")
          .filter((h) => h.type === "public")
          .map((h) => `${h.date.slice(0, 10)} ${h.name}`)
          .sort();
        const actual = publicHolidays(zone, year)
          .map((h) => `${toIso(h.day)} ${h.name}`)
          .sort();
        expect({ zone, year, days: actual }).toEqual({ zone, year, days: expected });
      }
    }
  });
});

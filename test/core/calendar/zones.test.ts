import { parseZone, zoneLabel, ZONES } from "../../../src/core/calendar/zones";
import {
  ALL_WEEK,
  formatWorkingWeekdays,
  MON_FRI,
  MON_SAT,
  parseWorkingWeekdays,
  weekendMask,
} from "../../../src/core/calendar/weekdays";

describe("parseZone", () => {
  test.each([
    [undefined, "Métropole"],
    [null, "Métropole"],
    ["", "Métropole"],
    ["  ", "Métropole"],
    ["Métropole", "Métropole"],
    ["metropole", "Métropole"],
    ["METROPOLE", "Métropole"],
    ["Alsace-Moselle", "Alsace-Moselle"],
    ["alsace moselle", "Alsace-Moselle"],
    ["57", "Alsace-Moselle"],
    ["67", "Alsace-Moselle"],
    ["68", "Alsace-Moselle"],
    ["971", "971"],
    ["GP", "971"],
    ["Guadeloupe", "971"],
    ["972", "972"],
    ["mq", "972"],
    ["973", "973"],
    ["GF", "973"],
    ["974", "974"],
    ["RE", "974"],
    ["La Réunion", "974"],
    ["la reunion", "974"],
    ["976", "976"],
    ["YT", "976"],
    ["FR-57", "Alsace-Moselle"],
    ["Guadeloupe (971)", "971"],
  ])("%p → %p", (text, zone) => {
    expect(parseZone(text as string | undefined | null)).toBe(zone);
  });

  test.each(["Atlantide", "75", "99", "GPX", "Métropole 2"])("%p is unknown", (text) => {
    expect(parseZone(text)).toBeUndefined();
  });

  test("labels are French and round-trip", () => {
    expect(zoneLabel("974")).toBe("La Réunion (974)");
    expect(zoneLabel("Alsace-Moselle")).toBe("Alsace-Moselle");
    for (const z of ZONES) expect(parseZone(zoneLabel(z))).toBe(z);
  });
});

describe("Jours ouvrés", () => {
  test.each([
    [undefined, MON_FRI],
    ["", MON_FRI],
    ["lun-ven", MON_FRI],
    ["Lun - Ven", MON_FRI],
    ["lundi-vendredi", MON_FRI],
    ["du lundi au vendredi", MON_FRI],
    ["5/7", MON_FRI],
    ["lun-sam", MON_SAT],
    ["lun,mar,mer,jeu,ven,sam", MON_SAT],
    ["lun;mar;mer;jeu;ven;sam", MON_SAT],
    ["du lundi au samedi", MON_SAT],
    ["6/7", MON_SAT],
    ["7/7", ALL_WEEK],
    ["7j/7", ALL_WEEK],
    ["tous les jours", ALL_WEEK],
    ["lun-dim", ALL_WEEK],
    ["0000011", MON_FRI],
    ["0000001", MON_SAT],
    ["mar-sam", [false, true, true, true, true, true, false]],
    ["sam-mar", [true, true, false, false, false, true, true]],
    ["lun, mer et ven", [true, false, true, false, true, false, false]],
    ["samedi", [false, false, false, false, false, true, false]],
    ["Mon-Fri", MON_FRI],
  ])("%p", (text, mask) => {
    expect(parseWorkingWeekdays(text as string | undefined)).toEqual(mask);
  });

  test.each(["lun-xyz", "n'importe quoi", "1111111", "8/7", "lun--ven"])("%p is refused", (text) => {
    expect(parseWorkingWeekdays(text)).toBeUndefined();
  });

  test("weekend mask for WORKDAY.INTL and text round trip", () => {
    expect(weekendMask(MON_FRI)).toBe("0000011");
    expect(weekendMask(MON_SAT)).toBe("0000001");
    expect(weekendMask(ALL_WEEK)).toBe("0000000");
    expect(formatWorkingWeekdays(MON_FRI)).toBe("lun-ven");
    expect(formatWorkingWeekdays(MON_SAT)).toBe("lun-sam");
    expect(formatWorkingWeekdays(ALL_WEEK)).toBe("7/7");
    expect(formatWorkingWeekdays([true, true, true, false, true, false, false])).toBe("lun-mer,ven");
    for (let bits = 1; bits < 128; bits++) {
      const mask = [0, 1, 2, 3, 4, 5, 6].map((i) => ((bits >> i) & 1) === 1);
      expect(parseWorkingWeekdays(formatWorkingWeekdays(mask))).toEqual(mask);
      expect(parseWorkingWeekdays(weekendMask(mask))).toEqual(mask);
    }
  });
});

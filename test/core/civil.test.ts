import {
  dayFromSerial,
  dayFromYmd,
  fromIso,
  isoWeekday,
  parseDateText,
  serialFromDay,
  toIso,
  ymdFromDay,
} from "../../src/core/dates/civil";
import { centsFromEuros, formatEuros, percentOf, roundCents } from "../../src/core/money";

describe("civil days", () => {
  test("epoch and known days", () => {
    expect(dayFromYmd(1970, 1, 1)).toBe(0);
    expect(toIso(dayFromYmd(2026, 11, 27))).toBe("2026-11-27");
    expect(isoWeekday(dayFromYmd(2026, 11, 27))).toBe(5); // a Friday
    expect(isoWeekday(dayFromYmd(1970, 1, 1))).toBe(4); // a Thursday
  });

  test("round trip over four centuries matches Date.UTC", () => {
    for (let d = dayFromYmd(1800, 1, 1); d <= dayFromYmd(2200, 12, 31); d += 37) {
      const { year, month, day } = ymdFromDay(d);
      expect(dayFromYmd(year, month, day)).toBe(d);
      expect(Date.UTC(year, month - 1, day) / 86400000).toBe(d);
    }
  });

  test("parsing refuses impossible dates", () => {
    expect(fromIso("2026-02-29")).toBeUndefined();
    expect(fromIso("2028-02-29")).toBe(dayFromYmd(2028, 2, 29));
    expect(parseDateText("27/11/2026")).toBe(dayFromYmd(2026, 11, 27));
    expect(parseDateText("31/11/2026")).toBeUndefined();
    expect(parseDateText("demain")).toBeUndefined();
  });
});

describe("Excel serials", () => {
  test("1900 system, with the fictitious 1900-02-29", () => {
    expect(toIso(dayFromSerial(1)!)).toBe("1900-01-01");
    expect(toIso(dayFromSerial(59)!)).toBe("1900-02-28");
    expect(dayFromSerial(60)).toBeUndefined();
    expect(toIso(dayFromSerial(61)!)).toBe("1900-03-01");
    expect(toIso(dayFromSerial(46353)!)).toBe("2026-11-27");
    expect(toIso(dayFromSerial(2958465)!)).toBe("9999-12-31");
    expect(dayFromSerial(2958466)).toBeUndefined();
    expect(dayFromSerial(0)).toBeUndefined();
    expect(dayFromSerial(-3)).toBeUndefined();
    for (const s of [1, 59, 61, 46353, 2958465]) expect(serialFromDay(dayFromSerial(s)!)).toBe(s);
  });

  test("1904 system is 1462 days apart", () => {
    expect(toIso(dayFromSerial(0, true)!)).toBe("1904-01-01");
    expect(dayFromSerial(46353 - 1462, true)).toBe(dayFromSerial(46353));
    expect(serialFromDay(dayFromYmd(2026, 11, 27), true)).toBe(46353 - 1462);
  });
});

describe("money in cents", () => {
  test("half away from zero, absorbing binary noise", () => {
    expect(centsFromEuros(1.005)).toBe(101);
    expect(roundCents(-150.5)).toBe(-151);
    expect(roundCents(-0.4)).toBe(0);
    expect(Object.is(roundCents(-0.4), -0)).toBe(false);
    expect(percentOf(12345, 20)).toBe(2469);
    expect(centsFromEuros(30_000_000)).toBe(3_000_000_000);
  });
  test("French display", () => {
    expect(formatEuros(123456789)).toBe("1\u202f234\u202f567,89\u00a0€");
    expect(formatEuros(-5)).toBe("-0,05\u00a0€");
  });
});

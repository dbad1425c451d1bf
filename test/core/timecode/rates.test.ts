import {
  DEFAULT_RATE,
  FRAME_RATES,
  RATE_23_976,
  RATE_24,
  RATE_25,
  RATE_29_97,
  RATE_29_97_DF,
  RATE_48,
  RATE_59_94,
  RATE_59_94_DF,
  RATE_60,
  dropFrameVariant,
  nonDropFrameVariant,
  parseFrameRate,
} from "../../../src/core/timecode";

describe("parseFrameRate", () => {
  it.each([
    [undefined, RATE_25],
    [null, RATE_25],
    ["", RATE_25],
    [25, RATE_25],
    ["25", RATE_25],
    ["25 ips", RATE_25],
    ["25fps", RATE_25],
    ["25p", RATE_25],
    [24, RATE_24],
    [48, RATE_48],
    [60, RATE_60],
    [23.976, RATE_23_976],
    [23.98, RATE_23_976],
    ["23,976", RATE_23_976],
    [24000 / 1001, RATE_23_976],
    [29.97, RATE_29_97],
    ["29,97", RATE_29_97],
    ["29.97NDF", RATE_29_97],
    ["29.97DF", RATE_29_97_DF],
    ["29,97 DF", RATE_29_97_DF],
    ["29.97df", RATE_29_97_DF],
    [59.94, RATE_59_94],
    ["59.94DF", RATE_59_94_DF],
  ])("reads %p", (input, expected) => {
    expect(parseFrameRate(input)).toBe(expected);
  });

  it.each([[24.5], [0], [-25], [Number.NaN], ["vingt-cinq"], ["25,5"], [true], ["29.97 DF DF"]])("refuses %p", (input) => {
    expect(parseFrameRate(input)).toMatchObject({ code: "IPS_INCONNUE" });
  });

  it("refuses drop-frame where SMPTE has none, 23.976 included", () => {
    expect(parseFrameRate("23.976DF")).toMatchObject({ code: "TC_DF_CADENCE", message: expect.stringContaining("23,976") });
    expect(parseFrameRate("25DF")).toMatchObject({ code: "TC_DF_CADENCE" });
    expect(parseFrameRate("30DF")).toMatchObject({ code: "TC_DF_CADENCE" });
  });

  it("keeps rates exact and consistent", () => {
    expect(DEFAULT_RATE).toBe(RATE_25);
    for (const r of FRAME_RATES) {
      expect(Number.isInteger(r.num) && Number.isInteger(r.den)).toBe(true);
      expect(Math.round(r.num / r.den)).toBe(r.base);
      expect(r.dropFrame ? r.dropPerMinute > 0 : true).toBe(true);
      expect(parseFrameRate(r.label)).toBe(r);
      expect(nonDropFrameVariant(r).num).toBe(r.num);
    }
    expect(dropFrameVariant(RATE_29_97)).toBe(RATE_29_97_DF);
    expect(dropFrameVariant(RATE_59_94)).toBe(RATE_59_94_DF);
    expect(dropFrameVariant(RATE_23_976)).toBeUndefined();
    expect(RATE_29_97.num / RATE_29_97.den).toBeCloseTo(29.97002997, 8);
  });
});

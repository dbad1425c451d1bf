import fc from "fast-check";
import {
  FRAME_RATES,
  GAUGE_16MM,
  GAUGE_35MM,
  RATE_23_976,
  RATE_24,
  RATE_25,
  RATE_29_97,
  RATE_29_97_DF,
  RATE_50,
  addFrames,
  clipDuration,
  convertFrames,
  formatFeetFrames,
  formatTimecode,
  framesToSeconds,
  parseFilmGauge,
  parseTimecode,
  secondsToFrames,
  sumFrames,
} from "../../../src/core/timecode";

const anyRate = fc.constantFrom(...FRAME_RATES);

describe("framesToSeconds / secondsToFrames", () => {
  it("counts 1001/30000 s per frame at 29.97", () => {
    expect(framesToSeconds(1800, RATE_29_97)).toBeCloseTo(60.06, 10);
    expect(framesToSeconds(parseTimecode("01:00:00:00", RATE_29_97) as number, RATE_29_97)).toBeCloseTo(3603.6, 9);
    // one hour of drop-frame labels is 3.6 ms short of an hour of clock
    expect(framesToSeconds(parseTimecode("01:00:00;00", RATE_29_97_DF) as number, RATE_29_97_DF)).toBeCloseTo(3599.9964, 9);
    expect(framesToSeconds(250, RATE_25)).toBe(10);
  });

  it("gives the 23.976 frame count of one real hour (86 314, i.e. 00:59:56:10)", () => {
    const frames = secondsToFrames(3600, RATE_23_976);
    expect(frames).toBe(86314);
    expect(formatTimecode(frames, RATE_23_976)).toBe("00:59:56:10");
  });

  it("round-trips frames through seconds", () => {
    fc.assert(
      fc.property(anyRate, fc.integer({ min: -1e9, max: 1e9 }), (rate, frames) => {
        expect(secondsToFrames(framesToSeconds(frames, rate), rate)).toBe(frames);
      }),
    );
  });
});

describe("convertFrames", () => {
  it("keeps the real duration to the nearest frame", () => {
    fc.assert(
      fc.property(anyRate, anyRate, fc.integer({ min: -1e9, max: 1e9 }), (from, to, frames) => {
        const out = convertFrames(frames, from, to);
        expect(Number.isInteger(out)).toBe(true);
        const exact = (frames * from.den * to.num) / (from.num * to.den);
        expect(Math.abs(out - exact)).toBeLessThanOrEqual(0.5 + 1e-6);
        expect(convertFrames(-frames, from, to)).toBe(out === 0 ? 0 : -out);
      }),
      { numRuns: 5000 },
    );
  });

  it("is exact far beyond the float range of the naive formula", () => {
    // 4e14 frames × 960 > 2^53: the integer path hands over to BigInt.
    const frames = 4e14 + 7;
    const expected = Number((BigInt(frames) * 960n * 2n + 1001n) / (2n * 1001n));
    expect(convertFrames(frames, RATE_25, RATE_23_976)).toBe(expected);
  });

  it("knows the usual conversions", () => {
    // a 52-minute 25 fps programme played at 23.976 for a US delivery keeps its 52 minutes
    const programme = parseTimecode("00:52:00:00", RATE_25) as number;
    expect(formatTimecode(convertFrames(programme, RATE_25, RATE_23_976), RATE_23_976)).toBe("00:51:56:21");
    expect(convertFrames(90000, RATE_25, RATE_24)).toBe(86400);
    expect(convertFrames(90000, RATE_25, RATE_50)).toBe(180000);
    expect(convertFrames(12345, RATE_29_97, RATE_29_97_DF)).toBe(12345);
    for (const r of FRAME_RATES) expect(convertFrames(123457, r, r)).toBe(123457);
  });
});

describe("sums and clip durations", () => {
  it("sums signed durations without wrapping", () => {
    expect(sumFrames([90000 * 20, 90000 * 5, -250])).toBe(90000 * 25 - 250);
    expect(sumFrames([])).toBe(0);
    expect(sumFrames([9e14, 9e14])).toMatchObject({ code: "TC_HORS_LIMITES" });
    expect(addFrames(9e14, 2e14)).toMatchObject({ code: "TC_HORS_LIMITES" });
  });

  it("counts the out point as exclusive and refuses an out before the in", () => {
    const tcIn = parseTimecode("10:00:00:00", RATE_25) as number;
    expect(clipDuration(tcIn, parseTimecode("10:00:01:00", RATE_25) as number)).toBe(25);
    expect(clipDuration(tcIn, tcIn)).toBe(0);
    expect(clipDuration(tcIn, tcIn - 1)).toMatchObject({ code: "TC_SORTIE_AVANT_ENTREE" });
    // a take crossing midnight is written with an out point past 24 h
    const lateIn = parseTimecode("23:50:00:00", RATE_25) as number;
    expect(formatTimecode(clipDuration(lateIn, parseTimecode("24:10:00:00", RATE_25) as number) as number, RATE_25)).toBe("00:20:00:00");
  });
});

describe("feet and frames", () => {
  it("counts 16 frames per foot in 35 mm and 40 in 16 mm", () => {
    expect(formatFeetFrames(100, GAUGE_35MM)).toBe("6+04");
    expect(formatFeetFrames(100, GAUGE_16MM)).toBe("2+20");
    expect(formatFeetFrames(86400, GAUGE_35MM)).toBe("5400+00");
    expect(formatFeetFrames(-20, GAUGE_35MM)).toBe("-1+04");
    expect(formatFeetFrames(0, GAUGE_35MM)).toBe("0+00");
  });

  it("writes back the frame count", () => {
    fc.assert(
      fc.property(fc.constantFrom(GAUGE_35MM, GAUGE_16MM), fc.integer({ min: -1e9, max: 1e9 }), (gauge, frames) => {
        const [, sign, feet, rest] = /^(-?)(\d+)\+(\d\d)$/.exec(formatFeetFrames(frames, gauge)) ?? [];
        expect(Number(rest)).toBeLessThan(gauge.framesPerFoot);
        expect((sign ? -1 : 1) * (Number(feet) * gauge.framesPerFoot + Number(rest))).toBe(frames);
      }),
    );
  });

  it.each([
    [undefined, GAUGE_35MM],
    ["", GAUGE_35MM],
    [35, GAUGE_35MM],
    ["35 mm", GAUGE_35MM],
    ["35MM", GAUGE_35MM],
    [16, GAUGE_16MM],
    ["16mm", GAUGE_16MM],
  ])("reads the gauge %p", (input, gauge) => {
    expect(parseFilmGauge(input)).toBe(gauge);
  });

  it("refuses an unknown gauge", () => {
    expect(parseFilmGauge(70)).toMatchObject({ code: "PELLICULE_INCONNUE" });
    expect(parseFilmGauge("super 8")).toMatchObject({ code: "PELLICULE_INCONNUE" });
  });
});

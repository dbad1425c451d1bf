/**
 * Agreement with smpte-timecode (https://www.npmjs.com/package/smpte-timecode) where it is right (one
 * day of time-of-day timecode), and the cases where it is wrong (durations past 24 h, below), shown
 * to be right here.
 */
import fc from "fast-check";
import {
  FRAME_RATES,
  RATE_23_976,
  RATE_25,
  RATE_29_97,
  RATE_29_97_DF,
  type FrameRate,
  addFrames,
  formatTimecode,
  parseFrameRate,
  parseTimecode,
  subtractFrames,
} from "../../../src/core/timecode";
import { framesPerDay, smpte, smpteAddLimit } from "./smpteOracle";

const anyRate = fc.constantFrom(...FRAME_RATES);

describe("agreement with smpte-timecode inside 24 h", () => {
  it("formats every frame count of the day like smpte-timecode", () => {
    fc.assert(
      fc.property(anyRate, fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), (rate: FrameRate, position: number) => {
        const frames = Math.floor(position * framesPerDay(rate));
        expect(formatTimecode(frames, rate)).toBe(smpte(frames, rate).toString());
      }),
      { numRuns: 20000 },
    );
  });

  it("parses every label of the day to smpte-timecode's frame count", () => {
    fc.assert(
      fc.property(anyRate, fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), (rate: FrameRate, position: number) => {
        const label = smpte(Math.floor(position * framesPerDay(rate)), rate).toString();
        expect(parseTimecode(label, rate)).toBe(smpte(label, rate).frameCount);
      }),
      { numRuns: 20000 },
    );
  });

  it("adds like smpte-timecode as long as the sum stays under its wrap point", () => {
    fc.assert(
      fc.property(anyRate, fc.nat(), fc.nat(), (rate: FrameRate, a: number, b: number) => {
        const day = smpteAddLimit(rate);
        const x = a % day;
        const y = b % (day - x);
        expect(formatTimecode(addFrames(x, y) as number, rate)).toBe(smpte(x, rate).add(smpte(y, rate)).toString());
      }),
      { numRuns: 5000 },
    );
  });

  it("refuses the drop-frame labels smpte-timecode refuses", () => {
    for (const label of ["00:01:00;00", "00:01:00;01", "00:59:00;01", "23:01:00;00"]) {
      expect(() => smpte(label, RATE_29_97_DF)).toThrow();
      expect(parseTimecode(label, RATE_29_97_DF)).toMatchObject({ code: "TC_DF_INEXISTANT" });
    }
  });
});

describe("where smpte-timecode is wrong", () => {
  it("sums past 24 h: 20 h + 5 h of rushes at 25 fps is 25 h, not 1 h", () => {
    const wrong = smpte("20:00:00:00", RATE_25).add(smpte("05:00:00:00", RATE_25)).toString();
    expect(wrong).toBe("01:00:00:00");
    const ours = addFrames(parseTimecode("20:00:00:00", RATE_25) as number, parseTimecode("05:00:00:00", RATE_25) as number);
    expect(formatTimecode(ours as number, RATE_25)).toBe("25:00:00:00");
  });

  it("reads durations of 24 h and more", () => {
    expect(() => smpte("24:00:00:00", RATE_25)).toThrow();
    expect(() => smpte("100:00:00:00", RATE_25)).toThrow();
    expect(parseTimecode("24:00:00:00", RATE_25)).toBe(24 * 3600 * 25);
    expect(parseTimecode("100:00:00:00", RATE_25)).toBe(100 * 3600 * 25);
  });

  it("gives negative differences instead of throwing", () => {
    expect(() => smpte("00:00:10:00", RATE_25).subtract(smpte("00:00:20:00", RATE_25))).toThrow(/Negative/);
    const ours = subtractFrames(parseTimecode("00:00:10:00", RATE_25) as number, parseTimecode("00:00:20:00", RATE_25) as number);
    expect(formatTimecode(ours as number, RATE_25)).toBe("-00:00:10:00");
  });

  it("does not wrap early at 23.976 (smpte-timecode's modulus comes from a rounded 23.98)", () => {
    expect(smpte("23:59:59:23", RATE_23_976).add(1).toString()).toBe("00:01:12:00");
    const ours = addFrames(parseTimecode("23:59:59:23", RATE_23_976) as number, 1) as number;
    expect(formatTimecode(ours, RATE_23_976)).toBe("24:00:00:00");
  });

  it("does not wrap early at 29.97 non-drop", () => {
    expect(smpte("23:59:00:00", RATE_29_97).add(0).toString()).toBe("00:00:26:12");
    const ours = addFrames(parseTimecode("23:59:00:00", RATE_29_97) as number, 0) as number;
    expect(formatTimecode(ours, RATE_29_97)).toBe("23:59:00:00");
  });

  it("refuses the 23.976 drop-frame that smpte-timecode accepts", () => {
    expect(smpte("10:00:00:06", { ...RATE_23_976, dropFrame: true }).toString()).toBe("10:00:00;06");
    expect(parseFrameRate("23.976DF")).toMatchObject({ code: "TC_DF_CADENCE" });
    expect(parseTimecode("10:00:00;06", RATE_23_976)).toMatchObject({ code: "TC_DF_CADENCE" });
  });
});

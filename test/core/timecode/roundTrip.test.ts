import fc from "fast-check";
import {
  FRAME_RATES,
  MAX_FRAMES,
  RATE_25,
  RATE_29_97_DF,
  type FrameRate,
  formatTimecode,
  parseTimecode,
} from "../../../src/core/timecode";

const anyRate = fc.constantFrom(...FRAME_RATES);
const DAY_AT_60 = 60 * 86400;

describe("frames -> timecode -> frames", () => {
  it("is the identity for every rate, across 24 h and for negative durations", () => {
    fc.assert(
      fc.property(anyRate, fc.integer({ min: -1000 * DAY_AT_60, max: 1000 * DAY_AT_60 }), (rate: FrameRate, frames: number) => {
        expect(parseTimecode(formatTimecode(frames, rate), rate)).toBe(frames);
      }),
      { numRuns: 20000 },
    );
  });

  it("is the identity near zero and around each day boundary (where smpte-timecode wraps)", () => {
    for (const rate of FRAME_RATES) {
      const day = 24 * 3600 * rate.base;
      for (const centre of [0, day, 2 * day, -day]) {
        for (let f = centre - 2000; f <= centre + 2000; f++) {
          if (parseTimecode(formatTimecode(f, rate), rate) !== f) throw new Error(`${rate.label} ${f}`);
        }
      }
    }
    expect(parseTimecode(formatTimecode(MAX_FRAMES, RATE_29_97_DF), RATE_29_97_DF)).toBe(MAX_FRAMES);
  });

  it("prints hours beyond 23 and a leading minus sign, never wrapping", () => {
    expect(formatTimecode(30 * 3600 * 25, RATE_25)).toBe("30:00:00:00");
    expect(formatTimecode(123 * 3600 * 25 + 1, RATE_25)).toBe("123:00:00:01");
    expect(formatTimecode(-250, RATE_25)).toBe("-00:00:10:00");
    expect(parseTimecode("-00:00:10:00", RATE_25)).toBe(-250);
    expect(parseTimecode("-00:00:00:00", RATE_25)).toBe(0);
    expect(Object.is(parseTimecode("-00:00:00:00", RATE_25), -0)).toBe(false);
  });

  it("timecode -> frames -> timecode gives back any canonical label", () => {
    fc.assert(
      fc.property(
        anyRate,
        fc.boolean(),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 59 }),
        (rate, negative, h, m, s, f) => {
          fc.pre(f < rate.base);
          fc.pre(!(rate.dropFrame && s === 0 && f < rate.dropPerMinute && m % 10 !== 0));
          const two = (n: number) => String(n).padStart(2, "0");
          const text = `${negative && h + m + s + f > 0 ? "-" : ""}${two(h)}:${two(m)}:${two(s)}${rate.dropFrame ? ";" : ":"}${two(f)}`;
          const frames = parseTimecode(text, rate);
          expect(typeof frames).toBe("number");
          expect(formatTimecode(frames as number, rate)).toBe(text);
        },
      ),
      { numRuns: 20000 },
    );
  });
});

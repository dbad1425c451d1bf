import fc from "fast-check";
import {
  RATE_29_97,
  RATE_29_97_DF,
  RATE_59_94_DF,
  type FrameRate,
  formatTimecode,
  parseTimecode,
} from "../../../src/core/timecode";

const two = (n: number) => String(n).padStart(2, "0");

/** Every label of a non-drop count at the DF base, in order, for `hours` hours. */
function* allLabels(rate: FrameRate, hours: number): Generator<{ label: string; m: number; s: number; f: number }> {
  for (let h = 0; h < hours; h++)
    for (let m = 0; m < 60; m++)
      for (let s = 0; s < 60; s++)
        for (let f = 0; f < rate.base; f++) yield { label: `${two(h)}:${two(m)}:${two(s)};${two(f)}`, m, s, f };
}

describe.each([
  [RATE_29_97_DF, 2, 17982, 107892],
  [RATE_59_94_DF, 4, 35964, 215784],
])("drop-frame at %s", (rate, drop, perTenMinutes, perHour) => {
  it(`labels consecutive frames with every label except ;00..;${two(drop - 1)} of minutes not divisible by ten`, () => {
    // Walk two hours frame by frame: frame n must carry exactly the n-th label that survives the rule.
    let frame = 0;
    let skipped = 0;
    for (const { label, m, s, f } of allLabels(rate, 2)) {
      const mustSkip = s === 0 && f < drop && m % 10 !== 0;
      if (mustSkip) {
        skipped++;
        expect(parseTimecode(label, rate)).toMatchObject({ code: "TC_DF_INEXISTANT" });
        continue;
      }
      if (formatTimecode(frame, rate) !== label) throw new Error(`frame ${frame}: ${formatTimecode(frame, rate)} != ${label}`);
      if (parseTimecode(label, rate) !== frame) throw new Error(`label ${label}: ${String(parseTimecode(label, rate))} != ${frame}`);
      frame++;
    }
    expect(skipped).toBe(2 * 54 * drop);
    expect(frame).toBe(2 * perHour);
  });

  it("holds the standard counts: ten minutes and one hour", () => {
    expect(parseTimecode("00:10:00;00", rate)).toBe(perTenMinutes);
    expect(parseTimecode("01:00:00;00", rate)).toBe(perHour);
    expect(formatTimecode(perTenMinutes, rate)).toBe("00:10:00;00");
  });

  it("never prints a skipped label, at any distance from zero", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (frames) => {
        const label = formatTimecode(frames, rate);
        const [mm, ss, ff] = label.replace("-", "").split(/[:;]/).slice(1).map(Number);
        expect(ss === 0 && ff < drop && mm % 10 !== 0).toBe(false);
        // and consecutive frames are consecutive labels: the next frame is never further than one skip
        expect(parseTimecode(formatTimecode(frames + 1, rate), rate)).toBe(frames + 1);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("known 29.97 drop-frame values", () => {
  it("frame 17982 is 00:10:00;00", () => {
    expect(formatTimecode(17982, RATE_29_97_DF)).toBe("00:10:00;00");
  });

  it("00:00:59;29 plus one frame is 00:01:00;02", () => {
    const f = parseTimecode("00:00:59;29", RATE_29_97_DF) as number;
    expect(f).toBe(1799);
    expect(formatTimecode(f + 1, RATE_29_97_DF)).toBe("00:01:00;02");
  });

  it("00:01:00;00 and 00:01:00;01 do not exist, 00:10:00;00 and 00:10:00;01 do", () => {
    expect(parseTimecode("00:01:00;00", RATE_29_97_DF)).toMatchObject({ code: "TC_DF_INEXISTANT" });
    expect(parseTimecode("00:01:00;01", RATE_29_97_DF)).toMatchObject({ code: "TC_DF_INEXISTANT" });
    expect(parseTimecode("00:10:00;00", RATE_29_97_DF)).toBe(17982);
    expect(parseTimecode("00:10:00;01", RATE_29_97_DF)).toBe(17983);
  });

  it("the `;` separator switches a 29.97 rate to drop-frame; Premiere's all-semicolon form is read too", () => {
    expect(parseTimecode("00:10:00;00", RATE_29_97)).toBe(17982);
    expect(parseTimecode("00;10;00;00", RATE_29_97)).toBe(17982);
    expect(parseTimecode("00:10:00.00", RATE_29_97)).toBe(17982);
    // the same label in non-drop is 10 × 60 × 30 frames
    expect(parseTimecode("00:10:00:00", RATE_29_97)).toBe(18000);
    // a DF rate reads colons as drop-frame labels too
    expect(parseTimecode("00:10:00:00", RATE_29_97_DF)).toBe(17982);
  });

  it("negative drop-frame durations mirror positive ones", () => {
    expect(formatTimecode(-1800, RATE_29_97_DF)).toBe("-00:01:00;02");
    expect(parseTimecode("-00:01:00;02", RATE_29_97_DF)).toBe(-1800);
  });
});

import {
  RATE_23_976,
  RATE_24,
  RATE_25,
  RATE_29_97,
  RATE_29_97_DF,
  RATE_59_94_DF,
  hasDropFrameSeparator,
  isValidTimecode,
  parseTimecode,
  parseTimecodeValue,
} from "../../../src/core/timecode";

describe("parseTimecode", () => {
  it("reads the usual forms at 25 fps", () => {
    expect(parseTimecode("01:02:03:04", RATE_25)).toBe(((1 * 60 + 2) * 60 + 3) * 25 + 4);
    expect(parseTimecode("  10:00:00:00\u00a0", RATE_25)).toBe(10 * 3600 * 25);
    expect(parseTimecode("1:2:3:4", RATE_25)).toBe(parseTimecode("01:02:03:04", RATE_25));
    expect(parseTimecode("\u221200:00:01:00", RATE_25)).toBe(-25);
    expect(parseTimecode("123456:00:00:00", RATE_25)).toBe(123456 * 3600 * 25);
  });

  it.each([
    ["", "TC_VIDE"],
    ["   ", "TC_VIDE"],
    ["abc", "TC_SYNTAXE"],
    ["10:00:00", "TC_SYNTAXE"],
    ["10:00:00:000", "TC_SYNTAXE"],
    ["10::00:00", "TC_SYNTAXE"],
    ["10:00:00:00:00", "TC_SYNTAXE"],
    ["- 10:00:00:00", "TC_SYNTAXE"],
    ["10h00m00s00", "TC_SYNTAXE"],
    ["10:60:00:00", "TC_MINUTES"],
    ["10:00:60:00", "TC_SECONDES"],
    ["10:00:00:25", "TC_IMAGE"],
    ["10:00:00;10", "TC_DF_CADENCE"],
    ["10:00:00.10", "TC_DF_CADENCE"],
    ["1234567890123:00:00:00", "TC_HORS_LIMITES"],
    ["999999999999:00:00:00", "TC_HORS_LIMITES"],
  ])("refuses %p at 25 fps with %s", (text, code) => {
    const result = parseTimecode(text, RATE_25);
    expect(result).toMatchObject({ code });
    expect(typeof (result as { message: string }).message).toBe("string");
    expect(isValidTimecode(text, RATE_25)).toBe(false);
  });

  it("bounds the frame field by the counting base of the rate", () => {
    expect(parseTimecode("00:00:00:23", RATE_24)).toBe(23);
    expect(parseTimecode("00:00:00:24", RATE_24)).toMatchObject({ code: "TC_IMAGE", message: expect.stringContaining("00 à 23") });
    expect(parseTimecode("00:00:00:23", RATE_23_976)).toBe(23);
    expect(parseTimecode("00:00:00:24", RATE_23_976)).toMatchObject({ code: "TC_IMAGE" });
    expect(parseTimecode("00:00:00:29", RATE_29_97)).toBe(29);
    expect(parseTimecode("00:00:00;59", RATE_59_94_DF)).toBe(59);
  });

  it("says whether a label exists (PAD.TC.VALIDE)", () => {
    expect(isValidTimecode("00:01:00;02", RATE_29_97_DF)).toBe(true);
    expect(isValidTimecode("00:01:00;00", RATE_29_97_DF)).toBe(false);
    expect(isValidTimecode("00:01:00:00", RATE_29_97)).toBe(true);
    expect(isValidTimecode("00:01:00;03", RATE_59_94_DF)).toBe(false);
    expect(isValidTimecode("00:01:00;04", RATE_59_94_DF)).toBe(true);
  });

  it("detects drop-frame separators", () => {
    expect(hasDropFrameSeparator("00:00:59;29")).toBe(true);
    expect(hasDropFrameSeparator("00:00:59.29")).toBe(true);
    expect(hasDropFrameSeparator("00:00:59:29")).toBe(false);
  });
});

describe("parseTimecodeValue (a cell's value)", () => {
  it("takes numbers as frame counts", () => {
    expect(parseTimecodeValue(250, RATE_25)).toBe(250);
    expect(parseTimecodeValue(-250, RATE_25)).toBe(-250);
    expect(Object.is(parseTimecodeValue(-0, RATE_25), 0)).toBe(true);
    expect(parseTimecodeValue("00:00:10:00", RATE_25)).toBe(250);
  });

  it("refuses fractions (an Excel time is not a frame count), blanks and other types", () => {
    expect(parseTimecodeValue(0.5, RATE_25)).toMatchObject({ code: "TC_NON_ENTIER" });
    expect(parseTimecodeValue(Number.NaN, RATE_25)).toMatchObject({ code: "TC_SYNTAXE" });
    expect(parseTimecodeValue(1e16, RATE_25)).toMatchObject({ code: "TC_HORS_LIMITES" });
    expect(parseTimecodeValue(null, RATE_25)).toMatchObject({ code: "TC_VIDE" });
    expect(parseTimecodeValue(undefined, RATE_25)).toMatchObject({ code: "TC_VIDE" });
    expect(parseTimecodeValue(true, RATE_25)).toMatchObject({ code: "TC_SYNTAXE" });
  });
});

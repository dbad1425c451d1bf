/**
 * smpte-timecode as a test oracle (and bench baseline) only. It ships no types; this is the part of
 * its API the tests use. Its `add` mutates in place; its strings are time-of-day timecodes (< 24 h).
 */
import type { FrameRate } from "../../../src/core/timecode";

export interface SmpteTimecode {
  frameCount: number;
  dropFrame: boolean;
  toString(): string;
  add(t: SmpteTimecode | number | string): SmpteTimecode;
  subtract(t: SmpteTimecode | number | string): SmpteTimecode;
}

export type SmpteTimecodeFactory = (timecode: number | string, frameRate?: number | [number, number], dropFrame?: boolean) => SmpteTimecode;

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const smpteTimecode = require("smpte-timecode") as SmpteTimecodeFactory;

/** smpte-timecode for `rate`: exact rational, explicit drop-frame flag (its defaults differ by input type). */
export function smpte(timecode: number | string, rate: FrameRate): SmpteTimecode {
  return smpteTimecode(timecode, [rate.num, rate.den], rate.dropFrame);
}

/** Frames in 24 h of labels at `rate`: the oracle's valid range is [0, this). */
export function framesPerDay(rate: FrameRate): number {
  return rate.dropFrame ? rate.base * 86400 - rate.dropPerMinute * (1440 - 144) : rate.base * 86400;
}

/**
 * Frames below which smpte-timecode's `add` does not wrap: it reduces sums modulo
 * round(rate rounded to 2 decimals × 86400), which at 23.976 and 29.97 NDF is short of a real day.
 */
export function smpteAddLimit(rate: FrameRate): number {
  const rounded = rate.den === 1 ? rate.num : Math.round((rate.num / rate.den + Number.EPSILON) * 100) / 100;
  return Math.min(framesPerDay(rate), Math.round(rounded * 86400));
}

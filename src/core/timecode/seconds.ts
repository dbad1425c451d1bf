/**
 * Real time of a frame count. At 29.97 a frame lasts 1001/30000 s, so one hour of 29.97 NDF timecode
 * (108 000 frames) is 3 603.6 real seconds, and 3 600 s of 23.976 material is 86 314 frames
 * (00:59:56:10 in timecode): the "durée réelle" users compare with a broadcaster's slot.
 */
import type { FrameRate } from "./rates";

/** Real seconds of `frames` at `rate` (exact up to the double's last digit: one division). */
export function framesToSeconds(frames: number, rate: FrameRate): number {
  return (frames * rate.den) / rate.num;
}

/** Nearest frame count to `seconds` of real time at `rate` (ties away from zero). */
export function secondsToFrames(seconds: number, rate: FrameRate): number {
  const exact = (seconds * rate.num) / rate.den;
  // Binary noise (2.4999999999999996 for an exact half) must not decide a tie: ties go away from zero.
  const rounded = Math.sign(exact) * Math.round(Math.abs(exact) + 1e-9);
  return rounded === 0 ? 0 : rounded;
}

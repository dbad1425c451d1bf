/**
 * Rate conversion keeping real duration: a 25 fps programme of N frames lasts N/25 s; at 23.976 it
 * needs N × 24000/(1001 × 25) frames, rounded to the nearest frame (ties away from zero, symmetric for
 * negative durations). Drop-frame does not matter here: it renames frames, it does not change time.
 *
 * Computed on integers (the reduced ratio of the two rationals), so that 10 h at 25 fps converts to
 * exactly what a conform tool gives, with no float rounding deciding a tie.
 */
import type { FrameRate } from "./rates";

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** Frames at `to` with the same real duration as `frames` at `from`, to the nearest frame. */
export function convertFrames(frames: number, from: FrameRate, to: FrameRate): number {
  let p = from.den * to.num;
  let q = from.num * to.den;
  const g = gcd(p, q);
  p /= g;
  q /= g;
  if (frames === 0) return 0; // never -0
  if (p === q) return frames;
  const negative = frames < 0;
  const count = negative ? -frames : frames;
  let result: number;
  if (count * p <= Number.MAX_SAFE_INTEGER) {
    const n = count * p;
    // `%` on integral doubles is exact; a floored float division could be one off near 2^53.
    const remainder = n % q;
    const quotient = (n - remainder) / q;
    result = 2 * remainder >= q ? quotient + 1 : quotient;
  } else {
    const n = BigInt(count) * BigInt(p);
    const bq = BigInt(q);
    const quotient = n / bq;
    const remainder = n - quotient * bq;
    result = Number(2n * remainder >= bq ? quotient + 1n : quotient);
  }
  return negative && result !== 0 ? -result : result;
}

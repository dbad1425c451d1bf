/**
 * Whether a measure is within a tolerance of its target (loudness −23 LUFS ± 1 LU, a programme's length
 * against its slot): |measured − target| ≤ margin, forgiving the binary noise of decimals typed in
 * cells (0,4 − 0,1 is 0.30000000000000004 in a double: a tolerance of 0,3 must still accept it).
 * `PAD.DANS.TOLERANCE` and the deliverables checks share this rule.
 */
export function withinTolerance(measured: number, target: number, margin: number): boolean {
  return Math.abs(measured - target) <= margin + decimalNoise(measured, target);
}

/** Whether a measure does not exceed a ceiling (a true-peak maximum), with the same forgiveness. */
export function atMost(measured: number, ceiling: number): boolean {
  return measured <= ceiling + decimalNoise(measured, ceiling);
}

function decimalNoise(a: number, b: number): number {
  return 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

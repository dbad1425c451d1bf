/**
 * One figure printed by `npm run bench`: our time beside a baseline measured in the same run, so the
 * ratio means something whatever the machine.
 */
export interface BenchResult {
  /** What was measured (French, printed as is). */
  name: string;
  /** Our time, milliseconds. */
  ms: number;
  /** What we compare with (a library, Excel's own formula, the naive way). */
  baselineName: string;
  baselineMs: number;
  /** The target, e.g. "≥ 5× plus rapide". */
  goal: string;
  /** What `ms` and `baselineMs` count when not milliseconds: "Mo" (memory, payload sizes). */
  unit?: "Mo";
}

/**
 * One million timecode parses + formats: our module against smpte-timecode doing the same work (read a
 * label at a rate, print it back) in the same run. Goal: at least 5× faster. The inputs are varied
 * (seven rates, drop-frame and not, every field moving) and stay within 24 h so that smpte-timecode
 * accepts them all.
 */
// The modules themselves, not the index: run under tsx (CommonJS), every call through a barrel's
// re-export goes through a getter (~40 ns, as much as a parse), which the add-in's ES-module bundle
// does not pay. smpte-timecode is likewise required directly.
import { formatTimecode } from "../../src/core/timecode/format";
import { parseTimecode } from "../../src/core/timecode/parse";
import { RATE_23_976, RATE_24, RATE_25, RATE_29_97, RATE_29_97_DF, RATE_50, RATE_59_94_DF, type FrameRate } from "../../src/core/timecode/rates";
import { framesPerDay, smpte } from "../core/timecode/smpteOracle";
import type { BenchResult } from "./types";

const OPERATIONS = 1_000_000;
const DISTINCT = 1000;
const RATES: readonly FrameRate[] = [RATE_25, RATE_24, RATE_23_976, RATE_29_97, RATE_29_97_DF, RATE_50, RATE_59_94_DF];

interface Sample {
  text: string;
  rate: FrameRate;
}

/** Deterministic varied labels: a linear congruential walk over a day of frames at each rate. */
function samples(): Sample[] {
  const out: Sample[] = [];
  let seed = 12345;
  for (let i = 0; i < DISTINCT; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const rate = RATES[i % RATES.length];
    out.push({ text: formatTimecode(seed % framesPerDay(rate), rate), rate });
  }
  return out;
}

function runOurs(input: readonly Sample[]): number {
  let check = 0;
  for (let n = 0; n < OPERATIONS; n++) {
    const s = input[n % DISTINCT];
    const frames = parseTimecode(s.text, s.rate);
    if (typeof frames !== "number") throw new Error(`bench: ${s.text} ${frames.message}`);
    check += formatTimecode(frames, s.rate).length;
  }
  return check;
}

function runSmpte(input: readonly Sample[]): number {
  let check = 0;
  for (let n = 0; n < OPERATIONS; n++) {
    const s = input[n % DISTINCT];
    check += smpte(s.text, s.rate).toString().length;
  }
  return check;
}

function timed(work: () => number): { ms: number; check: number } {
  const start = process.hrtime.bigint();
  const check = work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, check };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median of five alternated rounds after a warm-up, so both sides run JIT-compiled loops. */
export async function run(): Promise<BenchResult[]> {
  const input = samples();
  runOurs(input);
  runSmpte(input);
  const ours: number[] = [];
  const baseline: number[] = [];
  for (let round = 0; round < 5; round++) {
    const a = timed(() => runOurs(input));
    const b = timed(() => runSmpte(input));
    if (a.check !== b.check) throw new Error("bench : les deux bibliothèques n'écrivent pas les mêmes timecodes");
    ours.push(a.ms);
    baseline.push(b.ms);
  }
  return [
    {
      name: "Timecode : 1 000 000 lectures + écritures (7 cadences, DF compris)",
      ms: median(ours),
      baselineName: "smpte-timecode 1.3.6, même travail",
      baselineMs: median(baseline),
      goal: "≥ 5× plus rapide (ratio ≤ 0,20×)",
    },
  ];
}

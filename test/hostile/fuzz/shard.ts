/**
 * The full hostile run (`npm run test:fuzz`), split in shards that jest runs side by side: each shard
 * plays its share of the seeds and leaves its results in test-output/fuzz/, which the global teardown
 * adds up into test-output/fuzz-report.json. `FUZZ_SEEDS` picks the seeds (default 1-500; `FUZZ_SEEDS=137`
 * replays one, `FUZZ_SEEDS=1-20,137` a few).
 */
import * as path from "path";
import { describeFailure, REPORT_DIR, runSeed, writeJson, type SeedResult } from "../fuzz";

export const SHARDS = 4;
export const DEFAULT_SEEDS = "1-500";
export const SHARD_DIR = path.join(REPORT_DIR, "fuzz");

export function fuzzSeeds(spec = process.env.FUZZ_SEEDS || DEFAULT_SEEDS): number[] {
  const seeds = spec.split(",").flatMap((part) => {
    const [from, to] = part.trim().split("-").map(Number);
    if (!Number.isInteger(from) || (to !== undefined && !Number.isInteger(to))) throw new Error(`FUZZ_SEEDS illisible : « ${spec} » (ex. 1-500 ou 17,42)`);
    return Array.from({ length: (to ?? from) - from + 1 }, (_, i) => from + i);
  });
  return [...new Set(seeds)];
}

/** The shard of a seed; the few 20,000-row seeds (every 200th) land on different shards. */
export function shardOf(seed: number): number {
  return (seed + Math.floor(seed / 200)) % SHARDS;
}

export function runShard(k: number): void {
  const seeds = fuzzSeeds().filter((s) => shardOf(s) === k);
  const results: SeedResult[] = [];
  describe(`classeurs hostiles, part ${k + 1}/${SHARDS}`, () => {
    afterAll(() => writeJson(path.join(SHARD_DIR, `part-${k}.json`), results));
    if (seeds.length === 0) test.skip("aucune graine dans cette part", () => undefined);
    else
      test.each(seeds)(
        "graine %i : aucun plantage, aucune saisie perdue, chaque cellule inutilisable signalée, second passage sans effet",
        async (seed) => {
          const r = await runSeed(seed, { coauthors: true });
          results.push(r);
          expect(r.violations.length === 0 ? "" : describeFailure(r)).toBe("");
        },
        900_000,
      );
  });
}

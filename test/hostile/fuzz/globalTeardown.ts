/**
 * After the full hostile run: the shards' results added up, printed in French and written to
 * test-output/fuzz-report.json (the figures docs/securite.md reports).
 */
import * as fs from "fs";
import * as path from "path";
import { figuresOf, formatFigures, REPORT_DIR, writeJson, type SeedResult } from "../fuzz";
import { DEFAULT_SEEDS, SHARD_DIR } from "./shard";

export default function teardown(): void {
  const parts = fs.existsSync(SHARD_DIR) ? fs.readdirSync(SHARD_DIR).filter((f) => f.endsWith(".json")) : [];
  const results = parts.flatMap((f) => JSON.parse(fs.readFileSync(path.join(SHARD_DIR, f), "utf8")) as SeedResult[]).sort((a, b) => a.seed - b.seed);
  const seconds = (Date.now() - Number(process.env.FUZZ_STARTED ?? Date.now())) / 1000;
  const figures = figuresOf(results, `graines ${process.env.FUZZ_SEEDS || DEFAULT_SEEDS}`, seconds);
  const violations = results.flatMap((r) => r.violations).slice(0, 500);
  writeJson(path.join(REPORT_DIR, "fuzz-report.json"), { ...figures, violations });
  process.stdout.write(`\n${formatFigures(figures)}\nRapport : ${path.relative(process.cwd(), path.join(REPORT_DIR, "fuzz-report.json"))}\n`);
}

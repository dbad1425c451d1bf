/**
 * `npm run bench`: every `test/bench/*.bench.ts` measured in one run, each figure printed beside its
 * baseline measured in the same run (a ratio, because shared machines are noisy), then the sizes of the
 * task pane's scripts from a production build.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { BenchResult } from "./types";

const root = path.resolve(__dirname, "../..");

function fmt(ms: number, unit?: "Mo"): string {
  if (unit === "Mo") return `${ms >= 100 ? ms.toFixed(0) : ms.toFixed(2)} Mo`;
  return ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3);
}

async function main(): Promise<void> {
  const only = process.argv[2];
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts") && (!only || f.includes(only)))
    .sort();
  const rows: BenchResult[] = [];
  for (const f of files) {
    process.stderr.write(`… ${f}\n`);
    const mod = (await import(path.join(__dirname, f))) as { run(): Promise<BenchResult[]> };
    rows.push(...(await mod.run()));
  }
  console.log("\nCap PAD — mesures (médianes ; ratio = mesure / référence mesurée dans le même passage ; « Mo » : mémoire ou taille au lieu de ms)\n");
  const header = ["Mesure", "ms", "Référence", "ms réf.", "ratio", "objectif"];
  const table = rows.map((r) => [r.name, fmt(r.ms, r.unit), r.baselineName, fmt(r.baselineMs, r.unit), (r.ms / r.baselineMs).toFixed(2) + "×", r.goal]);
  printTable([header, ...table]);
  if (!only || only === "bundle") bundleSizes();
}

function printTable(rows: string[][]): void {
  const widths = rows[0].map((_, j) => Math.max(...rows.map((r) => r[j].length)));
  for (const [i, r] of rows.entries()) {
    console.log(r.map((c, j) => (j === 1 || j === 3 || j === 4 ? c.padStart(widths[j]) : c.padEnd(widths[j]))).join("  "));
    if (i === 0) console.log(widths.map((w) => "─".repeat(w)).join("  "));
  }
}

/** Sizes of the production scripts: the first paint (taskpane + functions) must stay under 300 KB. */
function bundleSizes(): void {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "cappad-bundle-"));
  try {
    execFileSync(path.join(root, "node_modules/.bin/webpack"), ["--mode", "production", "--env", "allowLocalhost", "--output-path", out], { cwd: root, stdio: "ignore" });
  } catch {
    console.log("\nTailles : build de production impossible (voir « npm run build -- --env allowLocalhost »).");
    return;
  }
  const size = (f: string): number => fs.statSync(path.join(out, f)).size;
  const first = size("taskpane.js") + size("functions.js");
  console.log("\nTailles du volet (production, minifié) :");
  console.log(`  premier affichage (taskpane.js + functions.js) : ${(first / 1024).toFixed(1)} Ko (objectif ≤ 300 Ko) — ${first <= 300 * 1024 ? "OK" : "DÉPASSÉ"}`);
  const chunks = fs.existsSync(path.join(out, "chunks")) ? fs.readdirSync(path.join(out, "chunks")).filter((f) => f.endsWith(".js")) : [];
  for (const c of chunks.sort()) console.log(`  chargé à la demande : ${c.replace(/\.[0-9a-f]{8}\.js$/, "")} ${(size(path.join("chunks", c)) / 1024).toFixed(1)} Ko`);
  fs.rmSync(out, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

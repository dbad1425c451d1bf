/**
 * A facility's whole year in one workbook (test/bench/yearWorkbook.ts: 20 productions × 250 tasks, 250
 * people, about 20,000 séances, 3,000 CDDU, 600 supplier invoices), the figures the scale goals ask for:
 *  - `cappad check` (open, snapshot, engine, patch, save: `runOnBytes`) beside exceljs alone loading and
 *    writing the same file unchanged, medians of 3 alternated runs in this process; then once on the
 *    workbook that check wrote (« Vérifier » pressed again), beside exceljs on that file;
 *  - the engine alone (Snapshot → Patch: `checkCommand.run`), a snapshot read for each run, median of 3;
 *  - peak resident memory and the growth at 2× and 4× the séances and tasks, each measured once in its
 *    own child process (test/bench/yearChild.ts) so that peaks do not mix;
 *  - every command of the pane, in the Office.js fake (test/fakes), on the same workbook: its syncs and
 *    the largest request or answer of a sync, against Excel on the web's 5 MB limit.
 * `npm run bench year` runs only this file (a few minutes: the 4× workbook is generated and checked once).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkCommand } from "../../src/commands/check";
import { scenariosCommand } from "../../src/commands/planning/scenarios";
import { readSnapshot } from "../../src/hosts/file/read";
import { runOnBytes } from "../../src/hosts/file/runner";
import { openWorkbook, SAVE_ZIP } from "../../src/hosts/xlsx/workbook";
import type { BenchResult } from "./types";
import { elapsedMsAsync } from "./timing";
import { exceljsRoundTrip, type ChildMeasure } from "./yearChild";
import { YEAR_TODAY, yearScenarios, yearWorkbook, type YearFigures } from "./yearWorkbook";
import { paneCommandsInFake } from "./yearPane";

const root = path.resolve(__dirname, "../..");

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** One measurement in a fresh node process (tsx), its JSON line parsed. */
function child(mode: "check" | "exceljs", file: string): ChildMeasure {
  const r = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(__dirname, "yearChild.ts"), mode, file], { cwd: root, encoding: "utf8", maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`bench : mesure ${mode} échouée : ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as ChildMeasure;
}

const fr = (n: number): string => n.toLocaleString("fr-FR");
const size = (f: YearFigures): string => `${f.productions} productions, ${fr(f.tasks)} tâches, ${fr(f.seances)} séances`;

export async function run(): Promise<BenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cappad-year-"));
  try {
    return await measure(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function measure(dir: string): Promise<BenchResult[]> {
  const files: Record<number, { file: string; figures: YearFigures }> = {};
  for (const scale of [1, 2, 4]) {
    const { bytes, figures } = await yearWorkbook(scale);
    const file = path.join(dir, `annee-${scale}x.xlsx`);
    fs.writeFileSync(file, bytes);
    files[scale] = { file, figures };
  }
  const one = new Uint8Array(fs.readFileSync(files[1].file));
  const f1 = files[1].figures;

  // 1×, in this process: alternated, medians of 3 (the first run of each also pays the JIT warm-up).
  const bare: number[] = [];
  const bareAtOurLevel: number[] = [];
  const checks: number[] = [];
  let checked: Uint8Array | undefined;
  for (let i = 0; i < 3; i++) {
    bare.push(await elapsedMsAsync(() => exceljsRoundTrip(one)));
    bareAtOurLevel.push(await elapsedMsAsync(() => exceljsRoundTrip(one, SAVE_ZIP.compressionOptions.level)));
    checks.push(await elapsedMsAsync(async () => (checked = (await runOnBytes(one, checkCommand, { today: YEAR_TODAY })).bytes)));
  }
  if (!checked) throw new Error("bench : la vérification de l'année n'a rien écrit");
  // The everyday case: « Vérifier » pressed again on a workbook checked before (once each, same run).
  const again = checked;
  const bareAgain = await elapsedMsAsync(() => exceljsRoundTrip(again));
  const checkAgain = await elapsedMsAsync(() => runOnBytes(again, checkCommand, { today: YEAR_TODAY }));
  // A fresh Snapshot for each run, as a real check has: the file host memoises what it derives from one
  // read (the row keys the patch's guard compares), and a second run on the same read would skip that work.
  const opened = await openWorkbook(one);
  const engine: number[] = [];
  for (let i = 0; i < 3; i++) {
    const snapshot = readSnapshot(opened);
    engine.push(await elapsedMsAsync(async () => checkCommand.run({ snapshot, today: YEAR_TODAY, options: {} })));
  }
  // What-if: five scenarios of one production compared on the same year (each a full run of the plan).
  const scenarioSnapshot = readSnapshot(await openWorkbook((await yearWorkbook(1, { scenarios: yearScenarios() })).bytes));
  const compare: number[] = [];
  for (let i = 0; i < 3; i++) compare.push(await elapsedMsAsync(async () => scenariosCommand.run({ snapshot: scenarioSnapshot, today: YEAR_TODAY, options: {} })));

  // Separate processes: peak memory, the phases of one check, and the growth.
  const c1 = child("check", files[1].file);
  const e1 = child("exceljs", files[1].file);
  const c2 = child("check", files[2].file);
  const c4 = child("check", files[4].file);
  const e4 = child("exceljs", files[4].file);
  const p = c1.phases!;
  const io = p.open + p.snapshot + p.apply + p.save;

  const bareName = "exceljs seul : ouverture et réécriture du même fichier, inchangé";
  const childBase = { baselineName: `« cappad check » à 1× (processus séparé, même passage)`, baselineMs: c1.ms };
  const memBase = { baselineName: "« cappad check » à 1× (processus séparé, même passage)", baselineMs: c1.peakMb, unit: "Mo" as const };
  const rows: BenchResult[] = [
    { name: `Année d'un prestataire : « cappad check » (${size(f1)}, ${fr(f1.contracts)} CDDU, ${f1.purchases} factures d'achat ; ${c1.alerts} alertes)`, ms: median(checks), baselineName: bareName, baselineMs: median(bare), goal: "≤ 1,5× exceljs" },
    {
      name: `Année : « cappad check » (la même médiane), référence compressée au niveau où Cap PAD enregistre (${SAVE_ZIP.compressionOptions.level}, au lieu du 6 d'exceljs)`,
      ms: median(checks),
      baselineName: `${bareName}, compression de niveau ${SAVE_ZIP.compressionOptions.level}`,
      baselineMs: median(bareAtOurLevel),
      goal: "indicatif : la part de l'écart qui ne vient pas de la compression",
    },
    { name: "Année : « cappad check » relancé sur le classeur déjà vérifié (une mesure)", ms: checkAgain, baselineName: `${bareName} (le classeur vérifié)`, baselineMs: bareAgain, goal: "≤ 1,5× exceljs" },
    { name: "Année : moteur seul (instantané → correctif : planning, équipe et paie, coûts, factures, feuilles)", ms: median(engine), baselineName: bareName, baselineMs: median(bare), goal: "≤ 500 ms" },
    { name: "Année : « cappad scenarios », 5 scénarios de P03 comparés au plan (moteur seul)", ms: median(compare), baselineName: "moteur seul de « cappad check » sur l'année", baselineMs: median(engine), goal: "en ratio d'une vérification" },
    {
      name: `Année : « cappad check » hors moteur (ouverture ${Math.round(p.open)} ms, instantané ${Math.round(p.snapshot)}, correctif appliqué ${Math.round(p.apply)}, enregistrement ${Math.round(p.save)} ; moteur ${Math.round(p.engine)} ms)`,
      ms: io,
      baselineName: `${bareName} (processus séparé)`,
      baselineMs: e1.ms,
      goal: "la part E/S de l'objectif ≤ 1,5×",
    },
    { name: "Année : mémoire résidente de pointe de « cappad check »", ms: c1.peakMb, baselineName: `${bareName} (pointe, processus séparé)`, baselineMs: e1.peakMb, unit: "Mo", goal: "affichée à côté d'exceljs" },
    { name: `Croissance du temps : « cappad check » à 2× (${size(files[2].figures)})`, ms: c2.ms, ...childBase, goal: "≈ 2× (linéaire)" },
    { name: `Croissance du temps : « cappad check » à 4× (${size(files[4].figures)})`, ms: c4.ms, ...childBase, goal: "≈ 4× (linéaire)" },
    { name: "Croissance de la mémoire de pointe : « cappad check » à 2×", ms: c2.peakMb, ...memBase, goal: "≤ 2× (linéaire)" },
    { name: "Croissance de la mémoire de pointe : « cappad check » à 4×", ms: c4.peakMb, ...memBase, goal: "≤ 4× (linéaire)" },
    { name: `Année à 4× : « cappad check » (processus séparé ; moteur ${Math.round(c4.phases!.engine)} ms)`, ms: c4.ms, baselineName: `${bareName} à 4× (processus séparé)`, baselineMs: e4.ms, goal: "≤ 1,5× exceljs" },
    { name: "Année à 4× : mémoire résidente de pointe de « cappad check »", ms: c4.peakMb, baselineName: `${bareName} à 4× (pointe)`, baselineMs: e4.peakMb, unit: "Mo", goal: "affichée à côté d'exceljs" },
  ];
  return [...rows, ...(await paneCommandsInFake(one))];
}

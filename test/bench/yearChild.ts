/**
 * One measurement of the year bench in its own process, so that peak memories do not mix:
 * `tsx test/bench/yearChild.ts check|exceljs <file.xlsx>` prints one JSON line — the wall time, the
 * process's peak resident memory (`process.resourceUsage().maxRSS`, the kernel's own high-water mark,
 * nothing sampled) and, for `check`, the time of each phase of `runOnBytes` (src/hosts/file/runner.ts)
 * done here step by step so that the engine (Snapshot → Patch) is timed apart from the I/O.
 *
 * `write <file.xlsx> [scale]` writes the year workbook (test/bench/yearWorkbook.ts), to profile
 * `cappad check` on it (see the README's bench paragraph).
 */
import * as fs from "fs";
import ExcelJS from "exceljs";
import { checkCommand } from "../../src/commands/check";
import { applyPatch } from "../../src/hosts/file/apply";
import { readSnapshot } from "../../src/hosts/file/read";
import { openWorkbook, saveWorkbook } from "../../src/hosts/xlsx/workbook";
import { YEAR_TODAY, yearWorkbook } from "./yearWorkbook";

export interface ChildMeasure {
  ms: number;
  /** Peak resident set size, in MB (10^6 bytes). */
  peakMb: number;
  /** `check` only: milliseconds of each phase. */
  phases?: { open: number; snapshot: number; engine: number; apply: number; save: number };
  alerts?: number;
}

const now = (): number => Number(process.hrtime.bigint()) / 1e6;

/**
 * exceljs alone: load the file and write it back unchanged (the floor of any check on a file), at
 * exceljs' default compression, or at the level Cap PAD saves with (`level`, src/hosts/xlsx/workbook.ts).
 */
export async function exceljsRoundTrip(bytes: Uint8Array, level?: number): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out = await wb.xlsx.writeBuffer(level === undefined ? undefined : { zip: { compression: "DEFLATE", compressionOptions: { level } } });
  return (out as ArrayBuffer).byteLength;
}

/** `cappad check` on the bytes, phase by phase, exactly the steps of `runOnBytes`. */
export async function checkByPhases(bytes: Uint8Array): Promise<{ phases: NonNullable<ChildMeasure["phases"]>; alerts: number }> {
  let t = now();
  const lap = (): number => {
    const d = now() - t;
    t = now();
    return d;
  };
  const wb = await openWorkbook(bytes);
  const open = lap();
  const snapshot = readSnapshot(wb);
  const snap = lap();
  const result = await checkCommand.run({ snapshot, today: YEAR_TODAY, options: {} });
  const engine = lap();
  await applyPatch(wb, result.patch, snapshot);
  const apply = lap();
  await saveWorkbook(wb);
  const save = lap();
  return { phases: { open, snapshot: snap, engine, apply, save }, alerts: result.report.alerts.length };
}

async function main(): Promise<void> {
  const [mode, file, scale] = process.argv.slice(2);
  if (mode === "write") {
    const { bytes, figures } = await yearWorkbook(Number(scale ?? 1));
    fs.writeFileSync(file, bytes);
    process.stdout.write(JSON.stringify(figures) + "\n");
    return;
  }
  const bytes = new Uint8Array(fs.readFileSync(file));
  const start = now();
  let extra: Partial<ChildMeasure> = {};
  if (mode === "exceljs") await exceljsRoundTrip(bytes);
  else if (mode === "check") extra = await checkByPhases(bytes);
  else throw new Error(`mode inconnu : ${mode}`);
  const measure: ChildMeasure = { ms: now() - start, peakMb: (process.resourceUsage().maxRSS * 1024) / 1e6, ...extra };
  process.stdout.write(JSON.stringify(measure) + "\n");
}

if (require.main === module)
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });

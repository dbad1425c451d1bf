/**
 * What the demo workbook gives, written to one text file per step: the JSON report of each command and
 * every cell of the workbook it wrote (value or formula). Refactoring must not change it:
 *
 *   npx tsx scripts/behaviour.ts /tmp/avant   # before the change
 *   npx tsx scripts/behaviour.ts /tmp/apres   # after
 *   diff -r /tmp/avant /tmp/apres             # nothing
 *
 * The steps are the README's story on the demo at a fixed date, each on the workbook the previous one wrote.
 * With `--annee` the steps run on the year-sized workbook of the scale bench (test/bench/yearWorkbook.ts)
 * instead, to prove that a speed-up changes no figure: `npx tsx scripts/behaviour.ts /tmp/avant --annee`.
 */
import * as fs from "fs";
import * as path from "path";
import { main } from "../src/cli/main";
import { openWorkbook } from "../src/hosts/xlsx/workbook";
import { yearWorkbook } from "../test/bench/yearWorkbook";
import { dumpCells } from "../test/helpers/workbooks";

const TODAY = "2026-11-27";
const STEPS: string[][] = [
  ["check", "--mois", "2026-11"],
  ["baseline", "--production", "GLACIER"],
  ["depassement"],
  ["paie", "--mois", "2026-11"],
  ["contrats"],
  ["devis"],
  ["couts"],
  ["facturer", "--mois", "2026-11", "--production", "FLEUVE"],
  ["facture"],
  ["check", "--mois", "2026-12"],
];
/** The year: a check, then the month's payroll and the cost report on the checked workbook. */
const YEAR_STEPS: string[][] = [["check"], ["paie", "--mois", "2026-11"], ["couts"], ["check"]];
const year = process.argv.includes("--annee");
/** The day of the year bench (YEAR_TODAY in test/bench/yearWorkbook.ts). */
const YEAR_DAY = "2026-12-23";

async function run(argv: string[]): Promise<{ code: number; out: string }> {
  let out = "";
  const code = await main([...argv, "--today", year ? YEAR_DAY : TODAY], { out: (s) => (out += s), err: () => undefined });
  return { code, out };
}

async function snapshot(dir: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  const work = fs.mkdtempSync(path.join(dir, ".classeurs-"));
  let file = path.join(work, "0.xlsx");
  if (year) fs.writeFileSync(file, (await yearWorkbook(1)).bytes);
  else await run(["new", file, "--demo"]);
  for (const [i, step] of (year ? YEAR_STEPS : STEPS).entries()) {
    const next = path.join(work, `${i + 1}.xlsx`);
    const { code, out } = await run([step[0], file, ...step.slice(1), "-o", next, "--json"]);
    const cells = fs.existsSync(next) ? [...dumpCells(await openWorkbook(new Uint8Array(fs.readFileSync(next))))].map(([k, v]) => `${k}\t${v}`) : [];
    const name = `${String(i + 1).padStart(2, "0")}-${step[0]}`;
    fs.writeFileSync(path.join(dir, `${name}.json`), `exit ${code}\n${out}`);
    fs.writeFileSync(path.join(dir, `${name}.cells.tsv`), cells.join("\n") + "\n");
    if (fs.existsSync(next)) file = next;
  }
  fs.rmSync(work, { recursive: true, force: true });
}

snapshot(process.argv.slice(2).find((a) => !a.startsWith("--")) ?? "behaviour").catch((e) => {
  console.error(e);
  process.exit(1);
});

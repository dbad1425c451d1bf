/**
 * One seed of the hostile run: the workbook generated, invariants 1 to 4 through the file host and
 * `cappad`, invariant 5 on the Office.js fake; and the figures of a set of seeds, as printed and as
 * written to `test-output/fuzz-report.json`.
 */
import * as fs from "fs";
import * as path from "path";
import { checkCoauthors } from "./coauthors";
import { generate, type HostileWorkbook } from "./generator";
import { checkWorkbook, type Violation } from "./invariants";

export interface SeedResult {
  seed: number;
  base: HostileWorkbook["base"];
  big: boolean;
  unusable: boolean;
  mutations: string[];
  expected: number;
  commandsRun: number;
  crashes: number;
  userCellsChanged: number;
  secondRunChanges: number;
  badCellsWithoutAlert: number;
  typedRows: number;
  typedRowsWithoutAlert: number;
  printSheetsChecked: number;
  printProblems: number;
  misreadCells: number;
  exportProblems: number;
  issuedInvoiceProblems: number;
  coauthorRuns: number;
  coauthorRefused: number;
  coauthorFailures: number;
  violations: Violation[];
  ms: number;
}

/** `coauthors`: also play invariant 5 on this seed (the full run does it on every seed, the sample on some). */
export async function runSeed(seed: number, opts: { coauthors: boolean }): Promise<SeedResult> {
  const started = Date.now();
  const w = await generate(seed);
  const o = await checkWorkbook(w);
  const co = opts.coauthors ? await checkCoauthors(w) : { runs: 0, refused: 0, violations: [], actions: [] };
  const violations = [...o.violations, ...co.violations];
  const count = (inv: Violation["invariant"]): number => violations.filter((v) => v.invariant === inv).length;
  return {
    seed,
    base: w.base,
    big: w.big,
    unusable: w.unusable,
    mutations: w.mutations.map((m) => m.kind),
    expected: w.expected.filter((e) => e.kind !== "rows").length,
    commandsRun: o.commands.length + co.runs,
    crashes: o.crashes,
    userCellsChanged: o.userCellsChanged,
    secondRunChanges: o.secondRunChanges,
    badCellsWithoutAlert: o.badCellsWithoutAlert,
    typedRows: w.expected.filter((e) => e.kind === "rows").reduce((n, e) => n + (e.count ?? 1), 0),
    typedRowsWithoutAlert: o.typedRowsWithoutAlert,
    printSheetsChecked: o.printSheetsChecked,
    printProblems: o.printProblems,
    misreadCells: w.misread.length,
    exportProblems: count("export"),
    issuedInvoiceProblems: count("facture-emise"),
    coauthorRuns: co.runs,
    coauthorRefused: co.refused,
    coauthorFailures: co.violations.length,
    violations,
    ms: Date.now() - started,
  };
}

/** What a failing seed says: enough to replay it (`FUZZ_SEEDS=<seed> npm run test:fuzz`). */
export function describeFailure(r: SeedResult): string {
  return [`graine ${r.seed} (${r.base}) : ${r.violations.length} violation(s) ; mutations : ${r.mutations.join(", ")}`, ...r.violations.slice(0, 30).map((v) => `  [${v.invariant}] ${v.command} : ${v.detail}`)].join("\n");
}

export interface FuzzFigures {
  /** How to run these seeds again. */
  seeds: string;
  workbooksTried: number;
  fromDemo: number;
  fromEmptyTemplates: number;
  notWorkbooks: number;
  bigTables: number;
  commandsRun: number;
  crashes: number;
  userCellsChanged: number;
  secondRunChanges: number;
  badCellsWithoutAlert: number;
  badCellsExpected: number;
  /** Workbooks with rows typed under a table, those rows, and the runs that did not say so. */
  workbooksWithTypedRows: number;
  typedRows: number;
  typedRowsWithoutAlert: number;
  /** Owned sheets' page setups compared with their contract after a command, and the differences. */
  printSheetsChecked: number;
  printProblems: number;
  misreadCells: number;
  exportProblems: number;
  issuedInvoiceProblems: number;
  coauthorRuns: number;
  coauthorRefused: number;
  coauthorFailures: number;
  /** How many times each mutation was applied (what the run covered). */
  mutations: Record<string, number>;
  failingSeeds: number[];
  seconds: number;
}

export function figuresOf(results: readonly SeedResult[], seeds: string, seconds: number): FuzzFigures {
  const sum = (f: (r: SeedResult) => number): number => results.reduce((n, r) => n + f(r), 0);
  const mutations: Record<string, number> = {};
  for (const r of results) for (const m of r.mutations) mutations[m] = (mutations[m] ?? 0) + 1;
  return {
    seeds,
    workbooksTried: results.length,
    fromDemo: results.filter((r) => r.base === "demo").length,
    fromEmptyTemplates: results.filter((r) => r.base === "modèles").length,
    notWorkbooks: results.filter((r) => r.base === "fichier").length,
    bigTables: results.filter((r) => r.big).length,
    commandsRun: sum((r) => r.commandsRun),
    crashes: sum((r) => r.crashes),
    userCellsChanged: sum((r) => r.userCellsChanged),
    secondRunChanges: sum((r) => r.secondRunChanges),
    badCellsWithoutAlert: sum((r) => r.badCellsWithoutAlert),
    badCellsExpected: sum((r) => r.expected),
    workbooksWithTypedRows: results.filter((r) => r.typedRows > 0).length,
    typedRows: sum((r) => r.typedRows),
    typedRowsWithoutAlert: sum((r) => r.typedRowsWithoutAlert),
    printSheetsChecked: sum((r) => r.printSheetsChecked),
    printProblems: sum((r) => r.printProblems),
    misreadCells: sum((r) => r.misreadCells),
    exportProblems: sum((r) => r.exportProblems),
    issuedInvoiceProblems: sum((r) => r.issuedInvoiceProblems),
    coauthorRuns: sum((r) => r.coauthorRuns),
    coauthorRefused: sum((r) => r.coauthorRefused),
    coauthorFailures: sum((r) => r.coauthorFailures),
    mutations: Object.fromEntries(Object.entries(mutations).sort(([a], [b]) => a.localeCompare(b))),
    failingSeeds: results.filter((r) => r.violations.length > 0).map((r) => r.seed),
    seconds: Math.round(seconds),
  };
}

export function formatFigures(f: FuzzFigures): string {
  return [
    `Classeurs hostiles (${f.seeds}) : ${f.workbooksTried} essayés (${f.fromDemo} tirés de la démo, ${f.fromEmptyTemplates} des modèles vides, ${f.notWorkbooks} fichiers qui n'en sont pas, ${f.bigTables} avec une table de 20 000 lignes)`,
    `Commandes lancées : ${f.commandsRun}`,
    `Plantages : ${f.crashes}`,
    `Cellules saisies modifiées : ${f.userCellsChanged}`,
    `Changements au second passage : ${f.secondRunChanges}`,
    `Cellules inutilisables sans alerte : ${f.badCellsWithoutAlert} (sur ${f.badCellsExpected} attendues)`,
    `Lignes saisies sous une table : ${f.typedRows} dans ${f.workbooksWithTypedRows} classeur(s), ${f.typedRowsWithoutAlert} passée(s) sous silence`,
    `Mises en page comparées au contrat : ${f.printSheetsChecked} feuilles, ${f.printProblems} écart(s)`,
    `Cellules mal relues : ${f.misreadCells} ; exports non neutralisés ou mal formés : ${f.exportProblems} ; factures émises contredites : ${f.issuedInvoiceProblems}`,
    `Coauteurs (Excel) : ${f.coauthorRuns} écritures interrompues, ${f.coauthorRefused} refusées comme il faut, ${f.coauthorFailures} échec(s)`,
    `Durée : ${f.seconds} s`,
  ].join("\n");
}

export const REPORT_DIR = path.resolve(__dirname, "../../test-output");

export function writeJson(file: string, data: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(data, null, 2) + "\n");
}

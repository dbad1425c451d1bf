/**
 * What must hold for every hostile workbook, whatever the generator did to it. Every command is run
 * through `cappad` (`main()` of src/cli/main.ts) on a copy of the file — check, baseline, payroll,
 * invoice issue — and template insertion through the file host's runner (it has no verb of its own);
 * then again on its own result. For each run:
 *
 *  1. it never throws nor prints a stack trace; an unusable file gives one French line and exit 1;
 *  2. every cell it cannot use (the generator's expectations, for the tables the command reads) is an
 *     alert naming its sheet, row and cell, and every alert's cell is on its sheet and row;
 *  3. no cell the user typed changes: every cell outside computed columns (and the columns the command
 *     owns), outside Cap PAD's own sheets and the rows it may append, keeps its value and formula;
 *  4. the second run changes nothing at all;
 *  plus: the files it exports (pay items CSV, UBL/CII invoice) neutralise formulas and are well-formed
 *  XML, and an e-invoice conforms to the official XSD and EN 16931 rules (where the schemas are
 *  present); rows typed under a table are said taken in (or outside it, row by row); and (6) every owned
 *  sheet of the file written prints as its contract says (page setup and breaks read from the XML).
 *  Invariant 5 (co-authors in Excel) is `coauthors.ts`.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type ExcelJS from "exceljs";
import { XMLValidator } from "fast-xml-parser";
import { main } from "../../src/cli/main";
import { describeError } from "../../src/cli/errors";
import { insertTemplatesCommand } from "../../src/commands/templates";
import { fromIso } from "../../src/core/dates/civil";
import { looksLikeFormula } from "../../src/core/format/csv";
import { runOnBytes } from "../../src/hosts/file/runner";
import { openWorkbook } from "../../src/hosts/xlsx/workbook";
import { readSnapshot } from "../../src/hosts/file/read";
import { parseA1, quoteSheet } from "../../src/sheets/address";
import { tableSpec } from "../../src/sheets/contract";
import { COSTS_TABLES } from "../../src/sheets/contract/costs";
import { PLANNING_TABLES } from "../../src/sheets/contract/planning";
import { GRILLES, PARAMETRES, SEANCES, TAUX } from "../../src/sheets/contract/crew";
import { INPUT_TABLES } from "../../src/sheets/contract";
import { isOwnedTitle } from "../../src/workbook/model";
import { adoptTypedRows } from "../../src/sheets/typedRows";
import { findColumn, type TableSpec } from "../../src/sheets/spec";
import { normalizeHeader } from "../../src/workbook/snapshot";
import { isBlank } from "../../src/workbook/values";
import { schemasAvailable, validateEInvoices } from "../helpers/schemas";
import { printContractDifferences } from "../helpers/printContract";
import { dumpCells } from "../helpers/workbooks";
import type { Expectation } from "./build";
import { MONTH, TODAY, type HostileWorkbook } from "./generator";

export type Invariant = "1-plantage" | "2-alerte-manquante" | "3-saisie-modifiee" | "4-second-passage" | "export" | "lecture" | "5-coauteurs" | "facture-emise" | "6-impression";

export interface Violation {
  seed: number;
  command: string;
  invariant: Invariant;
  detail: string;
}

export interface CommandOutcome {
  command: string;
  exit: number;
  ms: number;
  /** Alerts of the run's JSON report. */
  alerts: AlertJson[];
}

interface AlertJson {
  code: string;
  sheet: string;
  row: number;
  cell: string;
  message: string;
}

/** A command as the fuzz runs it: its CLI arguments, the Patch's command name, the tables it reads whole. */
interface FuzzCommand {
  name: string;
  /** `command` of its Patch: decides which input columns it may write and which tables it may append to. */
  patchName: string;
  /** Tables every cell of which the command reads (their bad cells must be alerts of this command). */
  reads: readonly TableSpec[];
  run(file: string, dir: string): Promise<{ exit: number; out: string; err: string; files: string[] }>;
}

/** `facture` always reads the company, the draft, the register and its archive (the client only when one is named). */
const INVOICE_TABLES = COSTS_TABLES.filter((t) => ["Societe", "EnteteFacture", "LignesFacture", "Factures", "ArchiveFactures"].includes(t.name));

async function cli(argv: string[]): Promise<{ exit: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const exit = await main(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { exit, out, err };
}

export const FUZZ_COMMANDS: readonly FuzzCommand[] = [
  {
    name: "check",
    patchName: "check",
    reads: INPUT_TABLES,
    run: async (file, dir) => ({ ...(await cli(["check", file, "-o", path.join(dir, "out.xlsx"), "--json", "--today", TODAY])), files: [path.join(dir, "out.xlsx")] }),
  },
  {
    name: "baseline",
    patchName: "baseline",
    reads: PLANNING_TABLES,
    run: async (file, dir) => ({ ...(await cli(["baseline", file, "-o", path.join(dir, "out.xlsx"), "--json", "--today", TODAY])), files: [path.join(dir, "out.xlsx")] }),
  },
  {
    name: "paie",
    patchName: "payroll",
    reads: [SEANCES, GRILLES, TAUX, PARAMETRES],
    run: async (file, dir) => {
      const csv = path.join(dir, "elements.csv");
      const r = await cli(["paie", file, "--mois", MONTH, "--csv", csv, "-o", path.join(dir, "out.xlsx"), "--json", "--today", TODAY]);
      return { ...r, files: [path.join(dir, "out.xlsx"), csv] };
    },
  },
  {
    name: "facture",
    patchName: "invoiceIssue",
    reads: INVOICE_TABLES,
    run: async (file, dir) => {
      // `facture` writes the workbook to -o (never the source) and the e-invoice into --dossier.
      const work = path.join(dir, "out.xlsx");
      const folder = path.join(dir, "efacture");
      const format = file.length % 2 === 0 ? "ubl" : "cii";
      const r = await cli(["facture", file, "--emettre", "--format", format, "-o", work, "--dossier", folder, "--json", "--today", TODAY]);
      const files = fs.existsSync(folder) ? fs.readdirSync(folder).map((f) => path.join(folder, f)) : [];
      return { ...r, files: [work, ...files] };
    },
  },
  {
    name: "modèles",
    patchName: "template",
    reads: [],
    run: async (file, dir) => {
      // No verb inserts templates into an existing file: the pane's file mode does it through the runner.
      const out = path.join(dir, "out.xlsx");
      try {
        const r = await runOnBytes(new Uint8Array(fs.readFileSync(file)), insertTemplatesCommand, { today: fromIso(TODAY)!, options: { template: "all" } });
        fs.writeFileSync(out, r.bytes ?? fs.readFileSync(file));
        return { exit: 0, out: JSON.stringify({ alerts: r.report.alerts }), err: "", files: [out] };
      } catch (e) {
        return { exit: 1, out: "", err: describeError(e) + "\n", files: [] };
      }
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Invariant 1: exit codes and messages

/** Progress lines the commands print on stderr while they work. */
const PROGRESS = /…$/;
/** The French lines of the failures a user may meet (UnusableFileError, UnusableWorkbookError, a refusal to write over or into merged cells). */
const USER_FAILURES = [/n'est pas un classeur Excel/, /est vide\.$/, /protégé par un mot de passe/, /endommagé ou n'est pas un classeur/, /ne contient aucune feuille/, /ne contient aucune table Cap PAD/, /ne sont pas vides .*déplacez-les puis relancez/, /cellules fusionnées .*défusionnez-les puis relancez/];

export function checkExitOf(w: HostileWorkbook, r: { exit: number; err: string }, command = "commande"): Violation[] {
  const v: Violation[] = [];
  checkExit(w, command, r, v);
  return v;
}

function checkExit(w: HostileWorkbook, command: string, r: { exit: number; err: string }, v: Violation[]): void {
  const add = (detail: string): void => void v.push({ seed: w.seed, command, invariant: "1-plantage", detail });
  const lines = r.err.split("\n").filter((l) => l.trim() && !PROGRESS.test(l.trim()));
  if (/\n\s+at .+\(.*:\d+:\d+\)/.test(r.err) || /^\s+at /m.test(r.err)) add(`trace de pile sur stderr : ${r.err.slice(0, 300)}`);
  if (r.exit === 0) {
    if (w.unusable) add("fichier inutilisable accepté (code 0)");
    if (lines.length) add(`code 0 avec des messages d'erreur : ${lines.join(" | ").slice(0, 300)}`);
    return;
  }
  if (r.exit !== 1) return add(`code de sortie ${r.exit}`);
  if (lines.length !== 1) return add(`code 1 avec ${lines.length} ligne(s) : ${lines.join(" | ").slice(0, 300)}`);
  if (!USER_FAILURES.some((re) => re.test(lines[0]))) add(`échec non prévu : ${lines[0].slice(0, 300)}`);
}

// ---------------------------------------------------------------------------------------------
// Invariant 2: alerts

function alertsOf(out: string): AlertJson[] {
  try {
    const json = JSON.parse(out) as { alerts?: AlertJson[] };
    return json.alerts ?? [];
  } catch {
    return [];
  }
}

export function checkAlertsOf(w: HostileWorkbook, c: FuzzCommand, alerts: readonly AlertJson[]): Violation[] {
  const v: Violation[] = [];
  checkAlerts(w, c, alerts, v);
  return v;
}

/** Expectations not met by a run: bad cells and headers (`cells`), rows typed under tables (`rows`). */
function checkAlerts(w: HostileWorkbook, c: FuzzCommand, alerts: readonly AlertJson[], v: Violation[]): { cells: number; rows: number } {
  const add = (detail: string): void => void v.push({ seed: w.seed, command: c.name, invariant: "2-alerte-manquante", detail });
  // Every located alert is on its sheet and row.
  for (const a of alerts) {
    if (!a.cell) continue;
    const i = a.cell.lastIndexOf("!");
    const at = parseA1(a.cell.slice(i + 1));
    if (i < 0 || a.cell.slice(0, i) !== quoteSheet(a.sheet) || !at || at.row + 1 !== a.row) add(`alerte ${a.code} mal située : feuille « ${a.sheet} », ligne ${a.row}, cellule ${a.cell}`);
  }
  const reads = new Set(c.reads.map((t) => t.name));
  const missing = { cells: 0, rows: 0 };
  for (const e of w.expected) {
    // A column the command writes (the baseline's reference dates) no longer holds what was typed.
    if (!reads.has(e.table) || !applies(c, e, alerts) || findColumn(tableSpec(e.table)!, e.header)?.writableBy?.includes(c.patchName)) continue;
    const hit = alerts.some((a) => a.sheet === e.sheet && a.row === e.row && a.cell === e.cell && (e.kind === "cell" || a.code === e.code));
    if (!hit) {
      if (e.kind === "rows") missing.rows += e.count ?? 1;
      else missing.cells++;
      add(`aucune alerte sur ${e.cell} (${e.table}${e.header ? `[${e.header}]` : ""}, ${e.code ?? e.reason}${e.read !== undefined ? ` : ${JSON.stringify(e.read)}` : ""})`);
    }
  }
  return missing;
}

/** The invoice commands read their tables only when the draft exists (else they stop at once and say so). */
function applies(c: FuzzCommand, _e: Expectation, alerts: readonly AlertJson[]): boolean {
  if (c.name === "facture") return !alerts.some((a) => a.code === "TABLE_ABSENTE");
  if (c.name === "baseline") return !alerts.some((a) => a.code === "TABLE_ABSENTE");
  return true;
}

// ---------------------------------------------------------------------------------------------
// Invariant 3: user cells

interface TableShape {
  sheet: string;
  spec: TableSpec;
  headerRow: number;
  left: number;
  headers: string[];
  /**
   * Per column, who may write it: "tous" for a computed column, else the commands that own it (the
   * baseline's reference dates), none for a column the user types in. A header that appears twice is
   * nobody's: with two columns of one name, Cap PAD cannot know which one is its own.
   */
  writers: (ReadonlySet<string> | "tous" | undefined)[];
  /** 0-based sheet row of the last data row. */
  lastRow: number;
  /** The table's only data row is blank (a fresh template): appending fills it first. */
  blankOnly: boolean;
}

interface Layout {
  sheets: Set<string>;
  /** Cap PAD's own sheets (marker in A1, no input table on them). */
  owned: Set<string>;
  tables: TableShape[];
}

function writersOf(spec: TableSpec, headers: readonly string[]): TableShape["writers"] {
  const keys = headers.map(normalizeHeader);
  return headers.map((h, j) => {
    const c = findColumn(spec, h);
    if (!c || keys.indexOf(keys[j]) !== keys.lastIndexOf(keys[j])) return undefined;
    return c.computed ? "tous" : c.writableBy ? new Set(c.writableBy) : undefined;
  });
}

function layoutOf(wb: ExcelJS.Workbook): Layout {
  // Rows typed right under a table are the table's (every command takes them in first).
  const snap = adoptTypedRows(readSnapshot(wb)).snapshot;
  const inputs = new Set(INPUT_TABLES.map((t) => t.name.toLowerCase()));
  const tables: TableShape[] = Object.values(snap.tables).flatMap((t) => {
    const spec = tableSpec(t.name);
    if (!spec) return [];
    const blankOnly = t.rows.length === 1 && t.rows[0].every(isBlank);
    return [{ sheet: t.sheet, spec, headerRow: t.headerRow, left: t.left, headers: t.headers, writers: writersOf(spec, t.headers), lastRow: t.headerRow + t.rows.length, blankOnly }];
  });
  const holdsInput = new Set(Object.values(snap.tables).filter((t) => inputs.has(t.name.toLowerCase())).map((t) => t.sheet));
  return {
    sheets: new Set(snap.sheets.map((s) => s.name)),
    owned: new Set(snap.sheets.filter((s) => isOwnedTitle(s.a1 ?? "") && !holdsInput.has(s.name)).map((s) => s.name)),
    tables,
  };
}

/** The nearest table above the cell whose columns cover it (several tables can share a sheet). */
function tableAt(layout: Layout, sheet: string, row: number, col: number): TableShape | undefined {
  let found: TableShape | undefined;
  for (const t of layout.tables)
    if (t.sheet === sheet && col >= t.left && col < t.left + t.headers.length && row > t.headerRow && (!found || t.headerRow > found.headerRow)) found = t;
  return found;
}

/** May `command` write this cell? Cap PAD's own sheets; computed columns and the columns it owns, in data rows. */
function writable(layout: Layout, sheet: string, row: number, col: number, command: string): boolean {
  if (layout.owned.has(sheet)) return true;
  const t = tableAt(layout, sheet, row, col);
  if (!t || row > t.lastRow) return false;
  const w = t.writers[col - t.left];
  return w === "tous" || (w !== undefined && w.has(command));
}

/**
 * A row the command appended: below a table it may append to, inside the table's new extent (or the
 * single blank row of a fresh table, which appending fills first).
 */
function appended(before: Layout, after: Layout, sheet: string, row: number, col: number, command: string): boolean {
  const t = tableAt(before, sheet, row, col);
  if (!t || (row <= t.lastRow && !t.blankOnly) || !(t.spec.appendableBy ?? []).includes(command)) return false;
  const now = after.tables.find((x) => x.spec === t.spec && x.sheet === sheet);
  return now !== undefined && row <= now.lastRow;
}

function splitKey(key: string): { sheet: string; row: number; col: number } {
  const i = key.lastIndexOf("!");
  const at = parseA1(key.slice(i + 1))!;
  return { sheet: key.slice(0, i), row: at.row, col: at.col };
}

/** Invariant 3: the cells the user typed (or the blank cells around the tables) that the command changed. */
export function cellChangesOf(before: Snapshot3, after: Snapshot3, command: string): string[] {
  const out: string[] = [];
  for (const [key, value] of before.cells) {
    const { sheet, row, col } = splitKey(key);
    if (writable(before.layout, sheet, row, col, command)) continue;
    if (appended(before.layout, after.layout, sheet, row, col, command) && (value === "null" || value === '""')) continue;
    const now = after.cells.get(key);
    if (now !== value) out.push(`${key} : ${value.slice(0, 60)} → ${now === undefined ? "(vide)" : now.slice(0, 60)}`);
  }
  for (const [key, value] of after.cells) {
    if (before.cells.has(key)) continue;
    const { sheet, row, col } = splitKey(key);
    if (!before.layout.sheets.has(sheet) || writable(before.layout, sheet, row, col, command) || appended(before.layout, after.layout, sheet, row, col, command)) continue;
    out.push(`${key} : (vide) → ${value.slice(0, 60)}`);
  }
  for (const key of before.hidden) if (!after.hidden.has(key) && !before.layout.owned.has(key.split("!")[0])) out.push(`${key} : ligne masquée réaffichée`);
  for (const key of before.merges) if (!after.merges.has(key) && !before.layout.owned.has(key.split("!")[0])) out.push(`${key} : fusion défaite`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Reading a result back

export interface Snapshot3 {
  cells: Map<string, string>;
  layout: Layout;
  hidden: Set<string>;
  merges: Set<string>;
}

export async function readBack(bytes: Uint8Array): Promise<Snapshot3> {
  const wb = await openWorkbook(bytes);
  const hidden = new Set<string>();
  const merges = new Set<string>();
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (row.hidden) hidden.add(`${ws.name}!${r}`);
    });
    for (const m of Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges ?? {})) merges.add(`${ws.name}!${m.range}`);
  }
  return { cells: dumpCells(wb), layout: layoutOf(wb), hidden, merges };
}

/** Invariant 4: every cell that differs between two results (value or formula), anywhere. */
export function runsDiffer(first: Snapshot3, second: Snapshot3): string[] {
  const [a, b] = [first.cells, second.cells];
  const out: string[] = [];
  for (const [k, v] of a) if (b.get(k) !== v) out.push(`${k} : ${v.slice(0, 60)} → ${(b.get(k) ?? "(vide)").slice(0, 60)}`);
  for (const [k, v] of b) if (!a.has(k)) out.push(`${k} : (vide) → ${v.slice(0, 60)}`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Print settings: every owned sheet of the file written prints as its contract says (XML read back)

async function checkPrint(w: HostileWorkbook, command: string, bytes: Uint8Array, v: Violation[], outcome: WorkbookOutcome): Promise<void> {
  try {
    const { checked, differences } = await printContractDifferences(bytes);
    outcome.printSheetsChecked += checked;
    outcome.printProblems += differences.length;
    for (const d of differences.slice(0, 10)) v.push({ seed: w.seed, command, invariant: "6-impression", detail: d });
  } catch (e) {
    v.push({ seed: w.seed, command, invariant: "lecture", detail: `mise en page illisible : ${e instanceof Error ? e.message : String(e)}` });
  }
}

// ---------------------------------------------------------------------------------------------
// Exports

async function checkExports(w: HostileWorkbook, command: string, files: readonly string[], v: Violation[]): Promise<void> {
  const add = (detail: string): void => void v.push({ seed: w.seed, command, invariant: "export", detail });
  const eInvoices: { name: string; xml: string }[] = [];
  for (const f of files) {
    if (f.endsWith(".csv") && fs.existsSync(f)) {
      for (const field of csvFields(fs.readFileSync(f, "utf8").replace(/^\uFEFF/, ""))) if (looksLikeFormula(field)) add(`${path.basename(f)} : champ non neutralisé « ${field.slice(0, 60)} »`);
    } else if (f.endsWith(".xml")) {
      const xml = fs.readFileSync(f, "utf8");
      const valid = XMLValidator.validate(xml);
      if (valid !== true) add(`${path.basename(f)} : XML mal formé (${valid.err.msg})`);
      else eInvoices.push({ name: path.basename(f), xml });
      if (/<img[\s>]/i.test(xml) || /<b>/i.test(xml)) add(`${path.basename(f)} : balise venue d'une cellule non échappée`);
    }
  }
  // An e-invoice the draft accepted must pass the official rules, whatever the workbook held.
  if (eInvoices.length > 0 && schemasAvailable())
    for (const r of await validateEInvoices(eInvoices)) for (const e of r.errors.slice(0, 5)) add(`${r.name} : non conforme (XSD ou EN 16931) : ${e.slice(0, 200)}`);
}

/** The export checks alone (for the detector tests). */
export async function checkExportsOf(w: HostileWorkbook, files: readonly string[], command = "commande"): Promise<Violation[]> {
  const v: Violation[] = [];
  await checkExports(w, command, files, v);
  return v;
}

/** Fields of a `;` CSV with "…" quoting (quoted fields unquoted). */
export function csvFields(text: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = "";
    if (text[i] === '"') {
      i++;
      for (; i < text.length; i++) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i++;
        } else if (text[i] === '"') {
          i++;
          break;
        } else field += text[i];
      }
    } else for (; i < text.length && text[i] !== ";" && text[i] !== "\r" && text[i] !== "\n"; i++) field += text[i];
    fields.push(field);
    if (text[i] === ";") i++;
    else while (text[i] === "\r" || text[i] === "\n") i++;
  }
  return fields;
}

// ---------------------------------------------------------------------------------------------

export interface WorkbookOutcome {
  seed: number;
  commands: CommandOutcome[];
  violations: Violation[];
  badCellsWithoutAlert: number;
  /** Rows typed under tables that a command did not say it took in (or could not). */
  typedRowsWithoutAlert: number;
  /** Owned sheets whose page setup was compared with their contract, and the differences found. */
  printSheetsChecked: number;
  printProblems: number;
  userCellsChanged: number;
  secondRunChanges: number;
  crashes: number;
  ms: number;
}

/** Runs every command twice on the workbook and checks invariants 1 to 4 and the exports. */
export async function checkWorkbook(w: HostileWorkbook): Promise<WorkbookOutcome> {
  const started = Date.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cappad-fuzz-${w.seed}-`));
  const v: Violation[] = [];
  const outcome: WorkbookOutcome = { seed: w.seed, commands: [], violations: v, badCellsWithoutAlert: 0, typedRowsWithoutAlert: 0, printSheetsChecked: 0, printProblems: 0, userCellsChanged: 0, secondRunChanges: 0, crashes: 0, ms: 0 };
  try {
    const input = path.join(dir, "classeur.xlsx");
    fs.writeFileSync(input, w.bytes);
    for (const m of w.misread) v.push({ seed: w.seed, command: "lecture", invariant: "lecture", detail: m });
    // Damaged bytes that do not open are an unusable file like the others: every command must say so.
    const opens = !w.unusable && (w.base !== "fichier" || (await readBack(w.bytes).then(() => true, () => false)));
    if (!opens) w = { ...w, unusable: true };
    const before = opens ? await safeReadBack(w.bytes, w, "avant", v) : undefined;
    for (const c of FUZZ_COMMANDS) {
      const first = await runOnce(w, c, input, path.join(dir, `${c.name}-1`), v, outcome, true);
      if (!first || first.exit !== 0 || !before) continue;
      const after1 = await safeReadBack(first.bytes, w, c.name, v);
      if (!after1) continue;
      const changed = cellChangesOf(before, after1, c.patchName);
      outcome.userCellsChanged += changed.length;
      for (const d of changed.slice(0, 10)) v.push({ seed: w.seed, command: c.name, invariant: "3-saisie-modifiee", detail: d });
      const again = path.join(dir, `${c.name}-1.xlsx`);
      fs.writeFileSync(again, first.bytes);
      if (c.name === "facture" && first.issued) await checkIssued(w, again, first.issued, path.join(dir, "verif"), v, outcome);
      const second = await runOnce(w, c, again, path.join(dir, `${c.name}-2`), v, outcome, false);
      if (!second || second.exit !== 0) continue;
      const after2 = await safeReadBack(second.bytes, w, c.name, v);
      if (!after2) continue;
      const diff = runsDiffer(after1, after2);
      outcome.secondRunChanges += diff.length;
      for (const d of diff.slice(0, 10)) v.push({ seed: w.seed, command: c.name, invariant: "4-second-passage", detail: d });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  outcome.ms = Date.now() - started;
  return outcome;
}

async function safeReadBack(bytes: Uint8Array, w: HostileWorkbook, command: string, v: Violation[]): Promise<Snapshot3 | undefined> {
  try {
    return await readBack(bytes);
  } catch (e) {
    v.push({ seed: w.seed, command, invariant: "lecture", detail: `classeur illisible : ${e instanceof Error ? e.message : String(e)}` });
    return undefined;
  }
}

async function runOnce(w: HostileWorkbook, c: FuzzCommand, file: string, dir: string, v: Violation[], outcome: WorkbookOutcome, first: boolean): Promise<{ exit: number; bytes: Uint8Array; issued?: string } | undefined> {
  fs.mkdirSync(dir, { recursive: true });
  const t = Date.now();
  let r: Awaited<ReturnType<FuzzCommand["run"]>>;
  try {
    r = await c.run(file, dir);
  } catch (e) {
    outcome.crashes++;
    v.push({ seed: w.seed, command: c.name, invariant: "1-plantage", detail: `exception : ${e instanceof Error ? e.stack?.split("\n").slice(0, 3).join(" ") : String(e)}` });
    return undefined;
  }
  const before = v.length;
  checkExit(w, c.name, r, v);
  if (v.length > before) outcome.crashes++;
  const alerts = alertsOf(r.out);
  outcome.commands.push({ command: c.name, exit: r.exit, ms: Date.now() - t, alerts });
  if (r.exit !== 0) return { exit: r.exit, bytes: new Uint8Array() };
  // The second run finds the same cells: their alerts are counted once.
  if (first) {
    const missing = checkAlerts(w, c, alerts, v);
    outcome.badCellsWithoutAlert += missing.cells;
    outcome.typedRowsWithoutAlert += missing.rows;
  }
  await checkExports(w, c.name, r.files, v);
  const bytes = new Uint8Array(fs.readFileSync(r.files[0]));
  await checkPrint(w, c.name, bytes, v, outcome);
  return { exit: 0, bytes, issued: issuedNumber(r.out) };
}

/** The number of the invoice a `facture --emettre` run issued (its JSON `invoice` section, when the register grew). */
function issuedNumber(out: string): string | undefined {
  try {
    const json = JSON.parse(out) as { invoice?: { numero?: string } };
    return json.invoice?.numero;
  } catch {
    return undefined;
  }
}

/**
 * An invoice just issued is what the register, its archive and its sheet say: the next check finds
 * nothing edited nor removed about it, and no duplicate or gap in its series.
 */
async function checkIssued(w: HostileWorkbook, file: string, number: string, dir: string, v: Violation[], outcome: WorkbookOutcome): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  const r = await cli(["check", file, "-o", path.join(dir, "out.xlsx"), "--json", "--today", TODAY]);
  outcome.commands.push({ command: "check après facture", exit: r.exit, ms: 0, alerts: [] });
  for (const a of alertsOf(r.out))
    if (/^FACT_(REGISTRE|NUMERO)_/.test(a.code) && a.message.includes(number))
      v.push({ seed: w.seed, command: "facture", invariant: "facture-emise", detail: `après émission de ${number}, la vérification dit ${a.code} : ${a.message.slice(0, 160)}` });
}

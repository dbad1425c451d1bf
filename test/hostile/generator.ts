/**
 * The hostile workbook generator: from a seed, a reproducible workbook built from the demo workbook
 * (`cappad new --demo`) or the empty templates (`cappad new`), then mutated as people mistreat shared
 * workbooks — see `structure.ts`, `semantic.ts`, `cells.ts`, `layout.ts` — or, now and then, a file
 * that is not a workbook at all. Each mutation says what it did; each cell it made unusable (by the
 * type its column declares in the contract) names the alert the commands must give.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { openWorkbook, saveWorkbook } from "../../src/hosts/xlsx/workbook";
import { readSnapshot } from "../../src/hosts/file/read";
import { headerIndex } from "../../src/workbook/patch";
import { findTable, type Snapshot } from "../../src/workbook/snapshot";
import { sheetCell } from "../../src/sheets/address";
import { tableSpec } from "../../src/sheets/contract";
import { normalizeHeader } from "../../src/workbook/snapshot";
import { isBlank } from "../../src/workbook/values";
import type ExcelJS from "exceljs";
import { Build, type Expectation, type MutationRecord } from "./build";
import { CELL_MUTATIONS } from "./cells";
import { LAYOUT_MUTATIONS } from "./layout";
import { random } from "./random";
import { SEMANTIC_MUTATIONS, loop } from "./semantic";
import { growTable, STRUCTURE_MUTATIONS, toDate1904 } from "./structure";
import { renameTable } from "./tables";

/** "Today" of every generated workbook and command run (the demo story is placed around it). */
export const TODAY = "2026-11-27";
/** The month the payroll is prepared for (the demo's séances). */
export const MONTH = "2026-11";
/** Rows of the few very large tables. */
export const BIG_ROWS = 20000;

export interface HostileWorkbook {
  seed: number;
  base: "demo" | "modèles" | "fichier";
  bytes: Uint8Array;
  mutations: MutationRecord[];
  expected: Expectation[];
  /** The bytes are not a usable workbook: every command must exit 1 with one French line. */
  unusable: boolean;
  /** Holds a table of BIG_ROWS rows. */
  big: boolean;
  /** Cells the file host does not read back as they were written (a host defect): `Sheet!A1 : why`. */
  misread: string[];
}

const bases = new Map<string, Promise<Uint8Array>>();

/** The workbook `cappad new` makes (with `--demo`: the demo story), made once per process. */
export function baseWorkbook(demo: boolean): Promise<Uint8Array> {
  const key = demo ? "demo" : "modèles";
  let p = bases.get(key);
  if (!p) {
    p = (async () => {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cappad-base-")), "base.xlsx");
      const quiet = { out: () => undefined, err: () => undefined };
      const code = await main(["new", file, ...(demo ? ["--demo"] : []), "--today", TODAY], quiet);
      if (code !== 0) throw new Error(`cappad new a échoué (${code})`);
      const bytes = new Uint8Array(fs.readFileSync(file));
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
      return bytes;
    })();
    bases.set(key, p);
  }
  return p;
}

/** Seeds whose workbook holds a 20,000-row table (three in the first 500). */
export function isBigSeed(seed: number): boolean {
  return seed % 200 === 50;
}

export async function generate(seed: number): Promise<HostileWorkbook> {
  const rnd = random(seed * 7919 + 17);
  if (!isBigSeed(seed) && rnd.chance(0.04)) return notAWorkbook(seed, rnd.int(5), await baseWorkbook(true));
  const demo = rnd.chance(0.75);
  const wb = await openWorkbook(await baseWorkbook(demo));
  const b = new Build(wb, rnd);

  if (isBigSeed(seed)) growTable(b, BIG_ROWS);
  if (rnd.chance(0.12)) toDate1904(b);
  for (let i = rnd.int(3); i > 0; i--) rnd.pick(STRUCTURE_MUTATIONS)(b);
  if (rnd.chance(0.03)) renameAll(b);
  for (let i = rnd.int(3); i > 0; i--) rnd.pick(SEMANTIC_MUTATIONS)(b);
  for (let i = 2 + rnd.int(11); i > 0; i--) rnd.pick(CELL_MUTATIONS)(b);
  // Loops last: the IDs they link are the final ones.
  if (rnd.chance(0.3)) loop(b);
  for (let i = rnd.int(3); i > 0; i--) rnd.pick(LAYOUT_MUTATIONS)(b);

  const bytes = await saveWorkbook(wb);
  const saved = await openWorkbook(bytes);
  const misread: string[] = [];
  return {
    seed,
    base: demo ? "demo" : "modèles",
    bytes,
    mutations: b.mutations,
    expected: stillExpected(b.expected, readSnapshot(saved), saved, misread),
    unusable: false,
    big: isBigSeed(seed),
    misread,
  };
}

/** Every Cap PAD table renamed: the check has nothing to read (one French line, exit 1). */
function renameAll(b: Build): void {
  for (const x of b.bound()) renameTable(x.t, `Tableau_${x.t.name}`);
  b.note("aucune-table", "toutes les tables Cap PAD renommées");
}

const NOT_WORKBOOKS = ["fichier vide", "texte", "classeur tronqué", "protégé par mot de passe", "octets corrompus"];

function notAWorkbook(seed: number, kind: number, demo: Uint8Array): HostileWorkbook {
  let bytes: Uint8Array;
  let unusable = true;
  switch (kind) {
    case 0:
      bytes = new Uint8Array();
      break;
    case 1:
      bytes = new TextEncoder().encode("Production;PAD\nFLEUVE;27/11/2026\n");
      break;
    case 2:
      bytes = demo.slice(0, Math.floor(demo.length / 2));
      break;
    case 3:
      bytes = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...demo.slice(8, 4096)]);
      break;
    default: {
      // Random bytes over the middle: either the zip no longer opens, or a part survives intact.
      bytes = demo.slice();
      const r = random(seed);
      for (let i = 0; i < 400; i++) bytes[Math.floor(bytes.length / 3) + r.int(bytes.length / 3)] = r.int(256);
      unusable = false;
    }
  }
  return { seed, base: "fichier", bytes, mutations: [{ kind: "pas-un-classeur", detail: NOT_WORKBOOKS[kind] }], expected: [], unusable, big: false, misread: [] };
}

/**
 * The expectations that still hold once the workbook is saved and read back: the cell still holds the
 * bad value, in a table and a column the commands bind, in a row they read (not blank), not hidden
 * under a merge; header expectations are placed where the column alerts go. A cell written with one
 * value and read back with another is a defect of the file host, said in `misread`.
 */
function stillExpected(expected: readonly Expectation[], snap: Snapshot, wb: ExcelJS.Workbook, misread: string[]): Expectation[] {
  const out: Expectation[] = [];
  for (const e of expected) {
    const t = findTable(snap, e.table);
    if (!t) continue;
    const spec = tableSpec(e.table)!;
    if (e.kind === "rows") {
      // Still right under the table: taken in, or (merged cells…) each row said to be outside it.
      if (t.sheet !== e.sheet || t.headerRow + t.rows.length + 2 !== e.row || !t.below) continue;
      out.push(t.below.blocked ? { ...e, code: "TABLE_LIGNE_HORS_TABLE" } : e);
      continue;
    }
    if (e.kind === "header") {
      if (e.code === "TABLE_EN_TETE_DOUBLE") {
        const k = t.headers.findIndex((h, i) => h === e.text && t.headers.slice(0, i).some((x) => normalizeHeader(x) === normalizeHeader(h)));
        if (k < 0) continue;
        out.push({ ...e, sheet: t.sheet, row: t.headerRow + 1, cell: sheetCell(t.sheet, t.headerRow, t.left + k), at: { row: t.headerRow, col: t.left + k } });
      } else if (headerIndex(t.headers, e.header) < 0) out.push({ ...e, sheet: t.sheet, row: t.headerRow + 1, cell: sheetCell(t.sheet, t.headerRow, t.left), at: { row: t.headerRow, col: t.left } });
      continue;
    }
    const j = headerIndex(t.headers, e.header);
    const r = e.at.row - t.headerRow - 1;
    if (t.sheet !== e.sheet || t.left + j !== e.at.col || r < 0 || r >= t.rows.length) continue;
    const cell = wb.getWorksheet(t.sheet)?.getCell(e.at.row + 1, e.at.col + 1);
    if (cell?.isMerged && cell.master !== cell) continue;
    const read = t.rows[r][j];
    if (!(isBlank(read) && isBlank(e.read ?? null)) && JSON.stringify(read) !== JSON.stringify(e.read ?? null)) {
      // Every later write of a cell replaces its expectation (Build.put): a different value is misread.
      misread.push(`${e.cell} : écrit ${JSON.stringify(e.read)}, relu ${JSON.stringify(read)}`);
      continue;
    }
    const inputs = spec.columns.filter((c) => !c.computed).map((c) => headerIndex(t.headers, c.header)).filter((i) => i >= 0);
    if (inputs.every((i) => isBlank(t.rows[r][i]))) continue;
    out.push(e);
  }
  return out;
}

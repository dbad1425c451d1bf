/**
 * Invariant 5: in Excel (the in-memory fake of Office.js, `test/fakes/`), a co-author adds, deletes
 * or moves rows of a table the command writes between its read (sync 1) and its guarded write: nothing
 * is written and the user is told to run again. On every hostile workbook, the check is run with a
 * co-author editing one of the tables whose `Alerte` column it writes; on every other one, an invoice
 * is issued while a co-author adds a row to the register.
 */
import { checkCommand } from "../../src/commands/check";
import { invoiceIssueCommand } from "../../src/commands/invoicing/issue";
import type { Command, CommandOptions } from "../../src/commands/types";
import { fromIso } from "../../src/core/dates/civil";
import { runCommandInExcel } from "../../src/hosts/excel/run";
import { runOnBytes } from "../../src/hosts/file/runner";
import { openWorkbook } from "../../src/hosts/xlsx/workbook";
import { readSnapshot } from "../../src/hosts/file/read";
import { RowsChangedError, rowKeys } from "../../src/workbook/patch";
import { findTable, type Snapshot } from "../../src/workbook/snapshot";
import { INPUT_TABLES } from "../../src/sheets/contract";
import { FACTURES } from "../../src/sheets/contract/costs";
import { findColumn, keyColumns, type TableSpec } from "../../src/sheets/spec";
import { FakeExcel, installFakeOffice } from "../fakes/excelFake";
import { TODAY, type HostileWorkbook } from "./generator";
import type { Violation } from "./invariants";
import { random, type Random } from "./random";
import { HOSTILE_TEXTS } from "./values";

export interface CoauthorOutcome {
  /** Scenarios played (a command run with a co-author's edit between its read and its write). */
  runs: number;
  /** Of them, the writes refused as they must be. */
  refused: number;
  violations: Violation[];
  actions: string[];
}

/** The tables whose `Alerte` column the check writes: every one of them is guarded by its row keys. */
const CHECKED: readonly TableSpec[] = INPUT_TABLES.filter((t) => findColumn(t, "Alerte")?.computed);

export interface Edit {
  table: string;
  describe: string;
  apply(fake: FakeExcel): void;
}

/** A co-author's edit of a table: a row added, deleted, or moved past a row of another key. */
function editOf(snap: Snapshot, spec: TableSpec, rnd: Random): Edit | undefined {
  const t = findTable(snap, spec.name);
  if (!t || t.rows.length === 0) return undefined;
  const n = t.rows.length;
  const keys = rowKeys(t, keyColumns(spec));
  const pairs: [number, number][] = [];
  for (let i = 0; i < n && pairs.length < 50; i++) for (let j = 0; j < n && pairs.length < 50; j++) if (keys[i] !== keys[j]) pairs.push([i, j]);
  const kind = rnd.int(3);
  if (kind === 1 && n > 1) {
    const at = rnd.int(n);
    return { table: t.name, describe: `ligne ${at + 1} de ${t.name} supprimée`, apply: (fake) => fake.deleteTableRows(t.name, at, 1) };
  }
  if (kind === 2 && pairs.length > 0) {
    const [from, to] = rnd.pick(pairs);
    return { table: t.name, describe: `ligne ${from + 1} de ${t.name} déplacée en ${to + 1}`, apply: (fake) => fake.moveTableRow(t.name, from, to) };
  }
  const at = rnd.int(n + 1);
  const row = t.headers.map((_, j) => (j === 0 ? rnd.pick(HOSTILE_TEXTS) : j === 1 ? "ajout d'un coauteur" : ""));
  return { table: t.name, describe: `ligne ajoutée en ${at + 1} de ${t.name}`, apply: (fake) => fake.insertTableRows(t.name, at, [row]) };
}

/** One scenario on its own (the tests show the detector catches a write that goes through). */
export async function playCoauthor(w: HostileWorkbook, command: Command, options: CommandOptions, edit: Edit): Promise<CoauthorOutcome> {
  const out: CoauthorOutcome = { runs: 0, refused: 0, violations: [], actions: [] };
  await play(w, command, options, edit, out);
  return out;
}

async function play(w: HostileWorkbook, command: Command, options: CommandOptions, edit: Edit, out: CoauthorOutcome): Promise<void> {
  const add = (detail: string): void => void out.violations.push({ seed: w.seed, command: `${command.name} (Excel)`, invariant: "5-coauteurs", detail: `${edit.describe} : ${detail}` });
  const fake = await FakeExcel.fromXlsx(w.bytes);
  const uninstall = installFakeOffice(fake);
  let edited: string | undefined;
  fake.onBeforeSync = (n) => {
    // Sync 1 read the workbook; the co-author's edit lands before sync 2, the guard's re-read.
    if (n === 2 && edited === undefined) {
      edit.apply(fake);
      edited = JSON.stringify(fake.dump());
    }
  };
  out.runs++;
  out.actions.push(edit.describe);
  try {
    await runCommandInExcel(command, { today: fromIso(TODAY)!, options });
    add("la commande a écrit malgré le changement");
  } catch (e) {
    if (!(e instanceof RowsChangedError)) add(`erreur inattendue : ${e instanceof Error ? e.message : String(e)}`);
    else if (!/Relancez la commande/.test(e.message) || !e.message.includes(edit.table)) add(`message : ${e.message}`);
    else out.refused++;
  } finally {
    fake.onBeforeSync = undefined;
    uninstall();
  }
  if (edited === undefined) return add("la commande n'a pas atteint sa deuxième synchronisation");
  if (fake.writesOfRun().length > 0) add(`${fake.writesOfRun().length} cellule(s) écrite(s) : ${fake.writesOfRun().slice(0, 3).map((x) => `${x.sheet}!${x.address}`).join(", ")}`);
  if (JSON.stringify(fake.dump()) !== edited) add("le classeur a changé après la modification du coauteur");
}

export async function checkCoauthors(w: HostileWorkbook): Promise<CoauthorOutcome> {
  const out: CoauthorOutcome = { runs: 0, refused: 0, violations: [], actions: [] };
  if (w.unusable) return out;
  let snap: Snapshot;
  try {
    snap = readSnapshot(await openWorkbook(w.bytes));
  } catch {
    return out; // Not a workbook (damaged bytes): Excel would not open it either.
  }
  const rnd = random(w.seed ^ 0x5eed);
  const present = CHECKED.filter((t) => (findTable(snap, t.name)?.rows.length ?? 0) > 0);
  const edit = present.length ? editOf(snap, rnd.pick(present), rnd) : undefined;
  if (edit) await play(w, checkCommand, {}, edit, out);
  if (w.seed % 2 === 0 && !w.big) {
    // Only a draft the command really issues appends to the register (else it writes nothing there).
    const issued = await runOnBytes(w.bytes, invoiceIssueCommand, { today: fromIso(TODAY)!, options: { issue: true } }).catch(() => undefined);
    const register = findTable(snap, FACTURES.name);
    if (issued && issued.apply.rowsAppended > 0 && register) {
      const at = rnd.int(register.rows.length + 1);
      const row = register.headers.map((_, j) => (j === 0 ? "FA-MAIN-0001" : ""));
      await play(w, invoiceIssueCommand, { issue: true }, { table: register.name, describe: `facture ajoutée à la main en ${at + 1} de ${register.name}`, apply: (fake) => fake.insertTableRows(register.name, at, [row]) }, out);
    }
  }
  return out;
}

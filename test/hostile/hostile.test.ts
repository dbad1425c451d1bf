/**
 * Hostile workbooks (issue 8), the sample that `npm test` runs: a few dozen seeds of the generator
 * through every command, with the invariants of `invariants.ts` and `coauthors.ts`; the full run of at
 * least 500 seeds is `npm run test:fuzz`. First, the generator is shown reproducible and the invariants
 * shown able to fail (each detector catches the fault it is meant for), so that a clean sample means
 * something.
 */
import { checkCommand } from "../../src/commands/check";
import { command } from "../hosts/excel/commands";
import { TACHES } from "../../src/sheets/contract/planning";
import type { Expectation } from "./build";
import { describeFailure, runSeed } from "./fuzz";
import { checkAlertsOf, checkExitOf, checkExportsOf, cellChangesOf, csvFields, FUZZ_COMMANDS, readBack, runsDiffer } from "./invariants";
import { baseWorkbook, generate, type HostileWorkbook } from "./generator";
import { playCoauthor } from "./coauthors";
import { openWorkbook, saveWorkbook } from "../../src/hosts/xlsx/workbook";
import { readSnapshot } from "../../src/hosts/file/read";
import { dumpCells } from "../helpers/workbooks";
import { schemasAvailable } from "../helpers/schemas";
import { toCii } from "../../src/core/invoicing/cii";
import { issueInvoice } from "../../src/core/invoicing/register";
import { SELLER, draft } from "../core/invoicing/fixtures";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { printContractDifferences } from "../helpers/printContract";
import { payrollCommand } from "../../src/commands/crew/payroll";
import { runOnBytes } from "../../src/hosts/file/runner";
import { ATTENDANCE_SHEET } from "../../src/sheets/contract/sheets";
import { TODAY } from "../commands/planning/fixtures";

/** Seeds of the sample: the first ones (the full run starts there too). */
const SAMPLE = Array.from({ length: 36 }, (_, i) => i + 1);

function hostile(partial: Partial<HostileWorkbook>): HostileWorkbook {
  return { seed: 0, base: "demo", bytes: new Uint8Array(), mutations: [], expected: [], unusable: false, big: false, misread: [], ...partial };
}

describe("the hostile workbook generator", () => {
  test("a seed gives the same workbook every time", async () => {
    const [a, b] = [await generate(7), await generate(7)];
    expect(b.mutations).toEqual(a.mutations);
    expect(b.expected).toEqual(a.expected);
    expect(dumpCells(await openWorkbook(b.bytes))).toEqual(dumpCells(await openWorkbook(a.bytes)));
    expect((await generate(8)).mutations).not.toEqual(a.mutations);
  });

  test("each unusable cell it makes names the cell and the column it expects an alert on, by the column's declared type", async () => {
    const seeds = await Promise.all([1, 2, 3, 4, 5, 6].map(generate));
    const cells = seeds.flatMap((w) => w.expected.filter((e) => e.kind === "cell"));
    expect(cells.length).toBeGreaterThan(10);
    for (const e of cells) {
      expect(e.cell).toMatch(/^('[^']+'|[^!']+)![A-Z]+\d+$/);
      expect(e.row).toBe(Number(/\d+$/.exec(e.cell)![0]));
      expect(e.header).toBeTruthy();
    }
  });
});

describe("the invariants catch what they are meant to catch", () => {
  test("1: a stack trace, an internal error or a wrong exit code", () => {
    const w = hostile({});
    expect(checkExitOf(w, { exit: 1, err: "Erreur interne de Cap PAD (rien n'a été modifié) : x. Merci de la signaler.\n" })).toHaveLength(1);
    expect(checkExitOf(w, { exit: 0, err: "TypeError: x\n    at f (/src/a.ts:1:2)\n" }).length).toBeGreaterThan(0);
    expect(checkExitOf(hostile({ unusable: true }), { exit: 0, err: "" })).toHaveLength(1);
    expect(checkExitOf(w, { exit: 1, err: "Lecture du classeur…\nle fichier n'est pas un classeur Excel (.xlsx).\n" })).toEqual([]);
  });

  test("2: an unusable cell without an alert on it, and an alert placed on another row", () => {
    const e: Expectation = { kind: "cell", reason: "type", table: "Taches", header: "Durée (j)", sheet: "Planning", row: 5, cell: "Planning!F5", read: "abc", at: { row: 4, col: 5 } };
    const check = FUZZ_COMMANDS.find((c) => c.name === "check")!;
    const alert = { code: "CELLULE_INVALIDE", sheet: "Planning", row: 5, cell: "Planning!F5", message: "" };
    expect(checkAlertsOf(hostile({ expected: [e] }), check, [alert])).toEqual([]);
    expect(checkAlertsOf(hostile({ expected: [e] }), check, [])).toHaveLength(1);
    expect(checkAlertsOf(hostile({}), check, [{ ...alert, row: 6 }])).toHaveLength(1);
  });

  test("2: rows typed under a table that a command does not say it took in", () => {
    const e: Expectation = { kind: "rows", reason: "lignes-sous-la-table", table: "Taches", header: "", code: "TABLE_LIGNES_AJOUTEES", sheet: "Planning", row: 30, cell: "Planning!A30", count: 2, at: { row: 29, col: 0 } };
    const check = FUZZ_COMMANDS.find((c) => c.name === "check")!;
    const said = { code: "TABLE_LIGNES_AJOUTEES", sheet: "Planning", row: 30, cell: "Planning!A30", message: "" };
    expect(checkAlertsOf(hostile({ expected: [e] }), check, [said])).toEqual([]);
    expect(checkAlertsOf(hostile({ expected: [e] }), check, [])).toHaveLength(1);
    expect(checkAlertsOf(hostile({ expected: [e] }), check, [{ ...said, code: "CELLULE_VIDE" }])).toHaveLength(1);
  });

  test("6: an owned sheet whose page breaks or page setup were lost on the way", async () => {
    const paid = await runOnBytes(await baseWorkbook(true), payrollCommand, { today: TODAY, options: { month: "2026-11" } });
    expect((await printContractDifferences(paid.bytes!)).differences).toEqual([]);
    // The same file read and written by exceljs alone: the fiches' breaks are gone.
    const ExcelJS = (await import("exceljs")).default;
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.load(paid.bytes! as unknown as ArrayBuffer);
    raw.getWorksheet(ATTENDANCE_SHEET)!.pageSetup.orientation = "landscape";
    const lost = await printContractDifferences(new Uint8Array((await raw.xlsx.writeBuffer()) as ArrayBuffer));
    expect(lost.differences).toEqual(expect.arrayContaining([expect.stringMatching(/^Fiches de présence : sauts de page \[\] ≠ \[\d/), expect.stringMatching(/^Fiches de présence : orientation landscape ≠ portrait/)]));
  });

  test("3 and 4: a typed cell changed, a cell written beside a table, any change on a second run", async () => {
    const wb = await openWorkbook(await baseWorkbook(true));
    const before = await readBack(await saveWorkbook(wb));
    const t = readSnapshot(wb).tables.Taches;
    const ws = wb.getWorksheet(t.sheet)!;
    ws.getCell(t.headerRow + 2, t.left + 1).value = "T99"; // ID, typed by the user
    ws.getCell(t.headerRow + 2, t.left + t.headers.indexOf("Début") + 1).value = 12; // computed: Cap PAD's
    ws.getCell(1, 40).value = "à côté"; // outside any table
    const after = await readBack(await saveWorkbook(wb));
    const changes = cellChangesOf(before, after, "check");
    expect(changes.map((c) => c.split(" : ")[0]).sort()).toEqual([`${t.sheet}!A${t.headerRow + 2}`, `${t.sheet}!AN1`].sort());
    expect(runsDiffer(before, before)).toEqual([]);
    expect(runsDiffer(before, after).length).toBe(3);
  });

  test("exports: a formula left in a CSV field", () => {
    expect(csvFields('a;"=1+1";b\r\n\'=2;"x ""y"""\r\n')).toEqual(["a", "=1+1", "b", "'=2", 'x "y"']);
  });

  (schemasAvailable() ? test : test.skip)("exports: an e-invoice the official EN 16931 rules refuse", async () => {
    const issued = issueInvoice({ draft: draft(), seller: SELLER, register: [] });
    if (!issued.ok) throw new Error("émission refusée");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cappad-exports-"));
    const good = path.join(dir, "FA-2026-0001.cii.xml");
    const bad = path.join(dir, "FA-2026-0002.cii.xml");
    const xml = toCii(issued.invoice);
    fs.writeFileSync(good, xml);
    // A grand total 1 € above HT + VAT: well-formed and valid for the XSD, refused by BR-CO-15.
    fs.writeFileSync(bad, xml.replace(/<ram:GrandTotalAmount>([\d.]+)</, (_m, t: string) => `<ram:GrandTotalAmount>${(Number(t) + 1).toFixed(2)}<`));
    try {
      expect(await checkExportsOf(hostile({}), [good])).toEqual([]);
      expect((await checkExportsOf(hostile({}), [bad])).map((v) => v.detail).join("\n")).toMatch(/FA-2026-0002\.cii\.xml : non conforme .*BR-CO-15/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("5: a write that goes through a co-author's change, in Excel", async () => {
    // A command that ignores the guard's table (it writes Taches, the co-author edits Seances) must be
    // told apart from one that is refused: the detector reports the write that went through.
    const w = hostile({ seed: 1, bytes: await baseWorkbook(true) });
    const writesTasks = command("check", (ctx) => {
      const tasks = ctx.table(TACHES);
      if (tasks) for (const row of tasks.rows) ctx.set(row, "Statut", "vu");
    });
    const unguarded = await playCoauthor(w, writesTasks, {}, { table: "Seances", describe: "ligne supprimée de Seances", apply: (fake) => fake.deleteTableRows("Seances", 0, 1) });
    expect(unguarded.violations.map((v) => v.detail).join("\n")).toMatch(/a écrit malgré le changement/);
    const guarded = await playCoauthor(w, checkCommand, {}, { table: "Taches", describe: "ligne supprimée de Taches", apply: (fake) => fake.deleteTableRows("Taches", 0, 1) });
    expect(guarded).toMatchObject({ runs: 1, refused: 1, violations: [] });
  });
});

describe("hostile workbooks through every command (sample; the full run is npm run test:fuzz)", () => {
  test.each(SAMPLE)(
    "seed %i: no crash, nothing typed lost, every unusable cell reported, a second run changes nothing",
    async (seed) => {
      const r = await runSeed(seed, { coauthors: seed % 3 === 0 });
      expect(r.violations.length === 0 ? "" : describeFailure(r)).toBe("");
      // Every command ran at least once (a command may rightly refuse, e.g. merged cells where it must
      // append a row: then it is not run a second time).
      expect(r.commandsRun).toBeGreaterThanOrEqual(FUZZ_COMMANDS.length);
    },
    120_000,
  );
});

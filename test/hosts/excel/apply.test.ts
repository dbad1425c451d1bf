/**
 * Applying a Patch through Office.js: only computed columns and only changed cells are written, a
 * second run writes nothing, a patch aimed at a user column is refused, rows moved by a co-author stop
 * the write, appends never overwrite, report sheets are replaced only when they are Cap PAD's — with the
 * same results as the file host on the same workbook.
 */
import { runOnBytes } from "../../../src/hosts/file/runner";
import { readSnapshot as readFileSnapshot } from "../../../src/hosts/file/read";
import { runCommandInExcel } from "../../../src/hosts/excel/run";
import { PatchRefusedError, RowsChangedError } from "../../../src/workbook/patch";
import { SEANCES } from "../../../src/sheets/contract/crew";
import { PRODUCTIONS, TACHES } from "../../../src/sheets/contract/planning";
import { SheetBuilder } from "../../../src/sheets/render";
import { columnLetters, parseA1 } from "../../../src/sheets/address";
import { fromIso, serialFromDay } from "../../../src/core/dates/civil";
import { OWNED_MARKER } from "../../../src/workbook/model";
import type { OutValue } from "../../../src/workbook/values";
import { dumpExcelJS } from "../../fakes/fakeXlsx";
import { FakeExcel, installFakeOffice } from "../../fakes/excelFake";
import { appendCommand, command, hoursCommand, opsCommand, sheetCommand, writesUserColumn } from "./commands";
import { installFrom, reopen, withoutTextFormat, xlsxOf } from "./helpers";

const today = fromIso("2026-11-27")!;
const day = (iso: string): OutValue => ({ day: fromIso(iso)! });

/** Séances: one on a Sunday, one whose hours are already right, one wrong, comments to echo. */
const SEANCE_ROWS: Record<string, OutValue>[] = [
  { Date: day("2026-11-23"), Production: "FLEUVE", Tâche: "T1", Ressource: "Léa Martin", Arrivée: 9 / 24, Départ: 18.5 / 24, "Pause (min)": 60 },
  { Date: day("2026-11-29"), Production: "FLEUVE", Tâche: "T2", Ressource: "Hugo Bernard", Arrivée: 10 / 24, Départ: 19 / 24, "Pause (min)": 45 },
  { Date: day("2026-11-24"), Production: "GLACIER", Tâche: "T1", Ressource: "Auditorium A", Arrivée: 8 / 24, Départ: 12 / 24, "Pause (min)": 0, Heures: 4 },
  { Date: day("2026-11-25"), Production: "GLACIER", Tâche: "T3", Ressource: "Nadia Haddad", Arrivée: 9 / 24, Départ: 17 / 24, "Pause (min)": 60, Heures: 99, Commentaire: "=1+1" },
  { Date: day("2026-11-26"), Production: "GLACIER", Tâche: "T3", Ressource: "Marc Lefèvre", Commentaire: "-5 min de pause" },
];

function seancesModel(rows = SEANCE_ROWS): ReturnType<SheetBuilder["build"]> {
  const b = new SheetBuilder("Seances", false);
  b.title("Séances", "Une ligne par séance.");
  b.table(SEANCES, 2, 0, rows);
  return b.build();
}

const COMPUTED = new Set(SEANCES.columns.filter((c) => c.computed).map((c) => columnLetters(SEANCES.columns.indexOf(c))));

describe("applyPatch through Office.js", () => {
  let uninstall: () => void = () => undefined;
  afterEach(() => uninstall());

  test("writes only computed columns, exactly the changed cells, as the file host does; 3 syncs", async () => {
    const bytes = await xlsxOf([seancesModel()]);
    const env = await installFrom(bytes);
    uninstall = env.uninstall;
    const r = await runCommandInExcel(hoursCommand, { today });
    const file = await runOnBytes(bytes, hoursCommand, { today });

    const writes = env.fake.writesOfRun().filter((w) => w.kind === "value");
    expect(r.syncs).toBe(3);
    expect(env.fake.syncsOfRun()).toHaveLength(3);
    expect(r.apply.cellsWritten).toBe(file.apply.cellsWritten);
    expect(writes).toHaveLength(r.apply.cellsWritten);
    // Every write is in a computed column of the table's data rows.
    for (const w of writes) {
      const at = parseA1(w.address)!;
      expect(COMPUTED.has(columnLetters(at.col))).toBe(true);
      expect(at.row).toBeGreaterThanOrEqual(3);
    }
    const written = new Set(writes.map((w) => w.address));
    // Exactly the cells whose value the file host changed.
    const before = dumpExcelJS(await reopen(bytes)).sheets[0].cells;
    const after = dumpExcelJS(await reopen(file.bytes!)).sheets[0].cells;
    const changed = Object.keys({ ...before, ...after }).filter((a) => JSON.stringify(before[a]?.value ?? null) !== JSON.stringify(after[a]?.value ?? null));
    expect(changed.length).toBeGreaterThan(5);
    expect([...written].sort()).toEqual(changed.sort());
    const heures = columnLetters(SEANCES.columns.findIndex((c) => c.header === "Heures"));
    expect(written.has(`${heures}6`)).toBe(false); // already 4 h: unchanged, not rewritten
    expect(written.has(`${heures}7`)).toBe(true); // 99 was wrong
    // The workbook now holds what the file host wrote.
    const fileRows = readFileSnapshot(await reopen(file.bytes!)).tables.Seances.rows;
    expect(env.fake.tableRows("Seances").map((row) => row.map((v) => (v === "" ? null : v)))).toEqual(fileRows);
    // A comment "=1+1" echoed into Alerte is text, not a formula; "-5 min…" too.
    const alerte = columnLetters(SEANCES.columns.findIndex((c) => c.header === "Alerte"));
    expect(env.fake.cell("Seances", `${alerte}7`)).toMatchObject({ value: "=1+1" });
    expect(env.fake.cell("Seances", `${alerte}7`)?.formula).toBeUndefined();
    expect(env.fake.cell("Seances", `${alerte}8`)).toMatchObject({ value: "-5 min de pause" });
    // One write request, with calculation suspended.
    const writeSync = env.fake.syncs.length;
    expect(env.fake.calculationSuspendedInSync).toContain(writeSync);
    expect(r.apply.writeRequests).toHaveLength(1);
    expect(env.fake.runs.at(-1)?.options).toEqual({ delayForCellEdit: true });
  });

  test("a second identical run writes nothing (2 syncs: read and guard)", async () => {
    const env = await installFrom(await xlsxOf([seancesModel()]));
    uninstall = env.uninstall;
    await runCommandInExcel(hoursCommand, { today });
    const before = env.fake.dump();
    const again = await runCommandInExcel(hoursCommand, { today });
    expect(again.apply.cellsWritten).toBe(0);
    expect(env.fake.writesOfRun()).toEqual([]);
    expect(again.syncs).toBe(2);
    expect(env.fake.dump()).toEqual(before);
  });

  test("a patch aimed at a column users type in is refused before any write", async () => {
    const env = await installFrom(await xlsxOf([seancesModel()]));
    uninstall = env.uninstall;
    const before = env.fake.dump();
    await expect(runCommandInExcel(writesUserColumn, { today })).rejects.toBeInstanceOf(PatchRefusedError);
    expect(env.fake.writesOfRun()).toEqual([]);
    expect(env.fake.syncsOfRun()).toHaveLength(1);
    expect(env.fake.dump()).toEqual(before);
  });

  test.each([
    ["a row added", (f: FakeExcel) => f.insertTableRows("Seances", 1, [[46000, "FLEUVE", "T9", "Chloé Dubois"]])],
    ["a row deleted", (f: FakeExcel) => f.deleteTableRows("Seances", 2)],
    ["two rows swapped", (f: FakeExcel) => f.moveTableRow("Seances", 0, 3)],
    ["the Heures column renamed", (f: FakeExcel) => f.setValues("Seances", "I3", [["Heures sup"]])],
  ])("%s between the read and the write: nothing is written, RowsChangedError", async (_what, mutate) => {
    const env = await installFrom(await xlsxOf([seancesModel()]));
    uninstall = env.uninstall;
    env.fake.onBeforeSync = (n, fake) => {
      if (n === 2) mutate(fake);
    };
    const error = await runCommandInExcel(hoursCommand, { today }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RowsChangedError);
    expect((error as Error).message).toMatch(/rien n'a été écrit\. Relancez la commande\./);
    expect(env.fake.writesOfRun()).toEqual([]);
    expect(env.fake.syncsOfRun()).toHaveLength(2);
  });

  test("in a table built by hand (General cells, 1904 dates): civil days become 1904 serials with the column's format", async () => {
    const fake = new FakeExcel({ sheets: ["Planning"], date1904: true });
    uninstall = installFakeOffice(fake);
    const headers = TACHES.columns.map((c) => c.header);
    fake.addTable("Planning", "A1", "Taches", headers, [["T1", "FLEUVE"], ["T2", "FLEUVE"]]);
    const start = fromIso("2026-12-01")!;
    const cmd = command("check", (ctx) => {
      const t = ctx.table(TACHES)!;
      t.rows.forEach((row, i) => ctx.set(row, "Début", { day: start + i }));
    });
    const r = await runCommandInExcel(cmd, { today });
    expect(r.syncs).toBe(3);
    const col = columnLetters(headers.indexOf("Début"));
    expect(fake.value("Planning", `${col}2`)).toBe(serialFromDay(start, true));
    expect(fake.value("Planning", `${col}3`)).toBe(serialFromDay(start + 1, true));
    expect(fake.cell("Planning", `${col}2`)?.numberFormat).toBe("dd/mm/yyyy");
  });

  describe("appending rows", () => {
    const newRows: Record<string, OutValue>[] = [
      { Code: "NUIT", Titre: "Nuit blanche", "PAD contractuel": day("2027-03-12") },
      { Code: "AUBE", Titre: "=Aube (titre de travail)", Genre: "Documentaire" },
    ];

    function productions(rows: Record<string, OutValue>[], blankRows = 0): ReturnType<SheetBuilder["build"]> {
      const b = new SheetBuilder("Productions", false);
      b.title("Productions");
      b.table(PRODUCTIONS, 2, 0, rows, { blankRows });
      return b.build();
    }

    test.each([
      ["a fresh template (one blank row, filled)", productions([])],
      ["a table with rows", productions([{ Code: "FLEUVE", Titre: "Le fleuve" }, { Code: "GLACIER", Titre: "Glacier" }])],
    ])("into %s: the same rows as the file host", async (_what, model) => {
      const bytes = await xlsxOf([model]);
      const env = await installFrom(bytes);
      uninstall = env.uninstall;
      const cmd = appendCommand("Productions", newRows);
      const r = await runCommandInExcel(cmd, { today });
      const file = await runOnBytes(bytes, cmd, { today });
      expect(r.syncs).toBe(3);
      expect(r.apply.rowsAppended).toBe(2);
      const fileRows = readFileSnapshot(await reopen(file.bytes!)).tables.Productions.rows;
      expect(env.fake.tableRows("Productions").map((row) => row.map((v) => (v === "" ? null : v)))).toEqual(fileRows);
      const titre = env.fake.table("Productions").bodyRect;
      const last = env.fake.sheet("Productions").cell(titre.bottom, titre.left + 1);
      expect(last).toMatchObject({ value: "=Aube (titre de travail)", numberFormat: "@" });
      expect(last?.formula).toBeUndefined();
    });

    test("never over what the user has below the table: refused, nothing written", async () => {
      const env = await installFrom(await xlsxOf([productions([{ Code: "FLEUVE" }])]));
      uninstall = env.uninstall;
      env.fake.setValues("Productions", "B6", [["note à garder"]]);
      await expect(runCommandInExcel(appendCommand("Productions", newRows), { today })).rejects.toThrow(/ne sont pas vides \(ligne 6\)/);
      expect(env.fake.writesOfRun()).toEqual([]);
      expect(env.fake.value("Productions", "B6")).toBe("note à garder");
    });

    test("a command not allowed to append is refused", async () => {
      const env = await installFrom(await xlsxOf([productions([{ Code: "FLEUVE" }])]));
      uninstall = env.uninstall;
      const cmd = opsCommand("check", () => [{ kind: "append", table: "Productions", expectedRowCount: 1, rows: newRows }]);
      await expect(runCommandInExcel(cmd, { today })).rejects.toBeInstanceOf(PatchRefusedError);
      expect(env.fake.writesOfRun()).toEqual([]);
    });
  });

  describe("report sheets", () => {
    function report(lines: string[]): ReturnType<SheetBuilder["build"]> {
      const b = new SheetBuilder("Rapport", true);
      b.title(`${OWNED_MARKER} — Rapport`, "Réécrit à chaque calcul.");
      lines.forEach((l, i) => b.value(3 + i, 0, l, { bold: i === 0 }));
      b.name("RapportLignes", 3, 0, 3 + lines.length - 1, 0);
      b.merge(0, 0, 0, 3);
      b.freeze(3);
      b.options({ tabColor: "#C00000", print: { landscape: true, fitToWidth: true, repeatRows: 3 } });
      return b.build();
    }

    test("an owned sheet is replaced at its position; its contents equal the exceljs rendering", async () => {
      const first = report(["ancien"]);
      const env = await installFrom(await xlsxOf([seancesModel(), first, new SheetBuilder("Autre", false).title("Autre").build()]));
      uninstall = env.uninstall;
      const model = report(["Résumé", "=SOMME(A1:A3) n'est pas calculé", "+33 1 23 45 67 89", "12", "27/11/2026"]);
      const r = await runCommandInExcel(sheetCommand(model), { today });
      expect(r.syncs).toBe(3);
      expect(r.apply.sheetsWritten).toEqual(["Rapport"]);
      expect(env.fake.state.sheets.map((s) => s.name)).toEqual(["Seances", "Rapport", "Autre"]);
      const built = env.fake.dump().sheets[1];
      const rendered = dumpExcelJS(await reopen(await xlsxOf([model]))).sheets[0];
      expect(withoutTextFormat(built)).toEqual(withoutTextFormat(rendered));
      // The name into the old sheet was removed and defined again on the new one (as the file host does).
      expect(env.fake.dump().names).toEqual({ RapportLignes: "=Rapport!$A$4:$A$8" });
      // Text that looks like a formula, a number or a date stayed text.
      expect(built.cells.A5).toMatchObject({ value: "=SOMME(A1:A3) n'est pas calculé", numberFormat: "@" });
      expect(built.cells.A7.value).toBe("12");
      expect(built.cells.A8.value).toBe("27/11/2026");
    });

    test("a sheet of that name that is not Cap PAD's is left alone, and said", async () => {
      const env = await installFrom(await xlsxOf([seancesModel()]));
      uninstall = env.uninstall;
      env.fake.addSheet("Rapport");
      env.fake.setValues("Rapport", "A1", [["Mes notes"]]);
      const r = await runCommandInExcel(sheetCommand(report(["x"])), { today });
      expect(r.apply.sheetsWritten).toEqual([]);
      expect(r.report.alerts.map((a) => a.code)).toEqual(["FEUILLE_OCCUPEE"]);
      expect(r.report.alerts[0].message).toMatch(/n'a pas été créée par Cap PAD/);
      expect(env.fake.value("Rapport", "A1")).toBe("Mes notes");
      expect(env.fake.writesOfRun()).toEqual([]);
    });

    test("on an Excel without ExcelApi 1.9 the sheet is built without print setup, and said in French", async () => {
      const env = await installFrom(await xlsxOf([seancesModel()]), { excelApi: "1.8" });
      uninstall = env.uninstall;
      const r = await runCommandInExcel(sheetCommand(report(["x"])), { today });
      expect(r.apply.warnings).toEqual([expect.stringMatching(/Mise en page d'impression de « Rapport » non appliquée.*ExcelApi 1\.9/)]);
      expect(env.fake.dump().sheets.find((s) => s.name === "Rapport")?.pageLayout).toEqual({});
      expect(env.fake.value("Rapport", "A4")).toBe("x");
    });

    test("settings are written with the rest", async () => {
      const env = await installFrom(await xlsxOf([seancesModel()]));
      uninstall = env.uninstall;
      const cmd = opsCommand("check", () => [{ kind: "setting", key: "derniereVerification", value: { le: "2026-11-27", alertes: 3 } }]);
      const r = await runCommandInExcel(cmd, { today });
      expect(r.syncs).toBe(2); // nothing to guard: read, write
      expect(env.fake.dump().settings).toEqual({ derniereVerification: { le: "2026-11-27", alertes: 3 } });
    });
  });
});

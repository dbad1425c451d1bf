import * as fs from "fs";
import { dayFromYmd } from "../../../src/core/dates/civil";
import { applyPatch } from "../../../src/hosts/file/apply";
import { readSnapshot } from "../../../src/hosts/file/read";
import { openWorkbook, saveWorkbook, UnusableFileError } from "../../../src/hosts/xlsx/workbook";
import { PatchRefusedError, RowsChangedError, rowKeys, type ColumnsOp, type Patch } from "../../../src/workbook/patch";
import { TACHES } from "../../../src/sheets/contract/planning";
import { buildAlertsSheet } from "../../../src/sheets/reports/alertsSheet";
import { SheetBuilder } from "../../../src/sheets/render";
import { equipeSheet } from "../../../src/sheets/templates/crew";
import { SOFFICE, describeWithProgram } from "../../helpers/programs";
import { recalculate } from "../../helpers/libreoffice";
import { dumpCells, reopen, workbookOf } from "../../helpers/workbooks";

function tasksSheet() {
  const b = new SheetBuilder("Planning", false);
  b.title("Planning");
  b.table(TACHES, 2, 0, [
    { ID: "T1", Production: "FLEUVE", Tâche: "Montage image", "Durée (j)": 10 },
    { ID: "T2", Production: "FLEUVE", Tâche: "Mixage", "Durée (j)": 3, Prédécesseurs: "T1" },
  ]);
  return b.build();
}

describe("file host: snapshot", () => {
  test("reads tables with their position, headers and values as Excel gives them", async () => {
    const wb = await reopen(await workbookOf(equipeSheet([{ Nom: "Léa Martin", Type: "Personne", Salaire: 1850.5 }])));
    const snap = readSnapshot(wb);
    const t = snap.tables.Equipe;
    expect(t.sheet).toBe("Equipe");
    expect(t.headerRow).toBe(2);
    expect(t.headers.slice(0, 3)).toEqual(["Nom", "Type", "Fonction"]);
    expect(t.rows[0].slice(0, 3)).toEqual(["Léa Martin", "Personne", null]);
    expect(t.rows[0][5]).toBe(1850.5);
    expect(snap.sheets[0]).toMatchObject({ name: "Equipe", visible: true });
  });

  test("dates come back as serials of the workbook's date system, errors and formulas as Excel shows them", async () => {
    for (const date1904 of [false, true]) {
      const wb = await workbookOf(tasksSheet());
      (wb.properties as { date1904?: boolean }).date1904 = date1904;
      const ws = wb.getWorksheet("Planning")!;
      ws.getCell("H4").value = { formula: "DATE(2026,11,27)", result: new Date(Date.UTC(2026, 10, 27)) } as never;
      ws.getCell("I4").value = new Date(Date.UTC(2026, 11, 24));
      ws.getCell("I4").numFmt = "dd/mm/yyyy";
      ws.getCell("D4").value = { error: "#REF!" } as never;
      ws.getCell("E4").value = { richText: [{ text: "Léa " }, { text: "Martin" }] } as never;
      const snap = readSnapshot(await reopen(wb));
      const row = snap.tables.Taches.rows[0];
      const offset = date1904 ? 1462 : 0;
      expect(row[7]).toBeCloseTo(46353 - offset, 9);
      expect(snap.tables.Taches.formulas![0][7]).toBe("=DATE(2026,11,27)");
      expect(row[8]).toBeCloseTo(46380 - offset, 9);
      expect(row[3]).toEqual({ error: "#REF!" });
      expect(row[4]).toBe("Léa Martin");
      expect(snap.date1904).toBe(date1904);
    }
  });

  test("unusable files are refused with one French sentence", async () => {
    await expect(openWorkbook(new Uint8Array([1, 2, 3]))).rejects.toThrow(/n'est pas un classeur Excel/);
    await expect(openWorkbook(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).rejects.toThrow(/mot de passe/);
    await expect(openWorkbook(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]))).rejects.toBeInstanceOf(UnusableFileError);
    await expect(openWorkbook(new Uint8Array())).rejects.toThrow(/vide/);
  });
});

describe("file host: what the user typed survives a round trip", () => {
  // Hostile workbooks (issue 8): exceljs turned every value of a date-formatted cell into a JS Date, so
  // a number past the Date range became an Invalid Date (read #VALUE!, saved `NaN`) and a formula's error
  // or text result was lost the same way.
  test("a huge number, a fine fraction, a formula's error or text in a date-formatted cell are read and saved as they are", async () => {
    const wb = await workbookOf(tasksSheet());
    const ws = wb.getWorksheet("Planning")!;
    const cells: [string, unknown][] = [
      ["H4", 1e15],
      ["I4", -1e15],
      ["J4", 0.1234567891234],
      ["K4", { formula: "1/0", result: { error: "#DIV/0!" } }],
      ["L4", { formula: '"à voir"', result: "à voir" }],
    ];
    for (const [a, v] of cells) {
      ws.getCell(a).value = v as never;
      ws.getCell(a).numFmt = "dd/mm/yyyy";
    }
    let bytes = await saveWorkbook(wb);
    for (let round = 0; round < 2; round++) {
      const again = await openWorkbook(bytes);
      const row = readSnapshot(again).tables.Taches.rows[0];
      expect(row.slice(7, 12)).toEqual([1e15, -1e15, 0.1234567891234, { error: "#DIV/0!" }, "à voir"]);
      bytes = await saveWorkbook(again);
    }
    expect(dumpCells(await openWorkbook(bytes)).get("Planning!H4")).toBe("1000000000000000");
  });
});

describe("file host: patch", () => {
  const today = dayFromYmd(2026, 11, 27);

  async function planning() {
    const wb = await reopen(await workbookOf(tasksSheet()));
    return { wb, snap: readSnapshot(wb) };
  }

  function columnsPatch(command: string, snap: ReturnType<typeof readSnapshot>, header: string, values: unknown[]): Patch {
    const keyColumns = ["ID", "Production"];
    return {
      command,
      ops: [{ kind: "columns", table: "Taches", keyColumns, expectedKeys: rowKeys(snap.tables.Taches, keyColumns), columns: [{ header, values: values as never[] }] }],
    };
  }

  test("writes computed columns only, and a second run writes nothing", async () => {
    const { wb, snap } = await planning();
    const before = dumpCells(wb);
    const patch = columnsPatch("check", snap, "Début", [{ day: today }, { day: today + 14 }]);
    const first = await applyPatch(wb, patch, snap);
    expect(first.cellsWritten).toBe(2);
    const after = dumpCells(wb);
    const changed = [...after.keys()].filter((k) => after.get(k) !== before.get(k));
    // Début is column Q (after Début réf., Fin réf., Durée réf. (j) and Ressources réf.).
    expect(changed.sort()).toEqual(["Planning!Q4", "Planning!Q5"]);
    const second = await applyPatch(wb, patch, readSnapshot(wb));
    expect(second.cellsWritten).toBe(0);
    const reread = readSnapshot(await reopen(wb)).tables.Taches;
    expect(reread.rows[0][16]).toBe(46353);
  });

  test("a patch whose keys were not made from this read is still checked cell by cell, and refused once rows moved", async () => {
    const { wb, snap } = await planning();
    const patch = columnsPatch("check", snap, "Début", [{ day: today }, { day: today + 1 }]);
    const op = patch.ops[0] as ColumnsOp;
    const copied: Patch = { ...patch, ops: [{ ...op, expectedKeys: [...op.expectedKeys] }] };
    expect((await applyPatch(wb, copied, snap)).cellsWritten).toBe(2);
    const ws = wb.getWorksheet("Planning")!;
    ws.getCell("A4").value = "T2";
    ws.getCell("A5").value = "T1";
    await expect(applyPatch(wb, { ...copied, ops: [{ ...op, expectedKeys: [...op.expectedKeys], columns: [{ header: "Début", values: [null, null] }] }] }, snap)).rejects.toBeInstanceOf(RowsChangedError);
  });

  test("refuses a write to a column the user types in, before writing anything", async () => {
    const { wb, snap } = await planning();
    const before = dumpCells(wb);
    await expect(applyPatch(wb, columnsPatch("check", snap, "Durée (j)", [1, 2]), snap)).rejects.toBeInstanceOf(PatchRefusedError);
    await expect(applyPatch(wb, columnsPatch("check", snap, "Fin réf.", [null, null]), snap)).rejects.toThrow(/ne peut pas écrire la colonne saisie/);
    expect(dumpCells(wb)).toEqual(before);
  });

  test("the baseline command, and only it, may write the baseline columns", async () => {
    const { wb, snap } = await planning();
    const r = await applyPatch(wb, columnsPatch("baseline", snap, "Fin réf.", [{ day: today }, { day: today }]), snap);
    expect(r.cellsWritten).toBe(2);
  });

  test("refuses to write when rows moved between the read and the write", async () => {
    const { wb, snap } = await planning();
    const patch = columnsPatch("check", snap, "Début", [{ day: today }, { day: today + 1 }]);
    const ws = wb.getWorksheet("Planning")!;
    // A co-author swaps the two tasks.
    ws.getCell("A4").value = "T2";
    ws.getCell("A5").value = "T1";
    const before = dumpCells(wb);
    await expect(applyPatch(wb, patch, snap)).rejects.toBeInstanceOf(RowsChangedError);
    expect(dumpCells(wb)).toEqual(before);
  });

  test("appends rows below a table and grows it, never over what is below", async () => {
    const { wb, snap } = await planning();
    const r = await applyPatch(wb, { command: "newProduction", ops: [{ kind: "append", table: "Taches", expectedRowCount: 2, rows: [{ ID: "T3", Production: "FLEUVE", "Durée (j)": 2 }] }] }, snap);
    expect(r.rowsAppended).toBe(1);
    const again = readSnapshot(await reopen(wb));
    expect(again.tables.Taches.rows).toHaveLength(3);
    expect(again.tables.Taches.rows[2].slice(0, 2)).toEqual(["T3", "FLEUVE"]);

    const { wb: wb2, snap: snap2 } = await planning();
    wb2.getWorksheet("Planning")!.getCell("B6").value = "mes notes";
    await expect(
      applyPatch(wb2, { command: "newProduction", ops: [{ kind: "append", table: "Taches", expectedRowCount: 2, rows: [{ ID: "T3" }] }] }, snap2),
    ).rejects.toThrow(/ne sont pas vides/);
    expect(wb2.getWorksheet("Planning")!.getCell("B6").value).toBe("mes notes");
  });

  test("a computed cell merged into a typed one is not written (the write would land on the typed cell)", async () => {
    const { wb, snap } = await planning();
    const ws = wb.getWorksheet("Planning")!;
    // The user merged Ressources réf. (P, typed) with Début (Q, computed) on the first task.
    ws.getCell("P4").value = "Léa Martin";
    ws.mergeCells("P4:Q4");
    const r = await applyPatch(wb, columnsPatch("check", snap, "Début", [{ day: today }, { day: today + 14 }]), snap);
    expect(r.cellsWritten).toBe(1);
    const row = readSnapshot(await reopen(wb)).tables.Taches.rows;
    expect(row[0][15]).toBe("Léa Martin");
    expect(row[1][16]).toBe(46367);
  });

  test("appending over merged cells is refused in French, nothing written", async () => {
    const { wb, snap } = await planning();
    wb.getWorksheet("Planning")!.mergeCells("H6:I6");
    const before = dumpCells(wb);
    await expect(
      applyPatch(wb, { command: "newProduction", ops: [{ kind: "append", table: "Taches", expectedRowCount: 2, rows: [{ ID: "T3", "Pas avant": { day: today }, Échéance: { day: today } }] }] }, snap),
    ).rejects.toThrow(/cellules fusionnées \(Planning!H6\) empêchent d'ajouter une ligne à la table Taches : défusionnez-les puis relancez/);
    expect(dumpCells(wb)).toEqual(before);
  });

  test("replaces its own report sheet, never a user's sheet of the same name", async () => {
    const { wb, snap } = await planning();
    const alerts = [{ code: "X", severity: "error" as const, sheet: "Planning", row: 4, id: "T1", cell: "Planning!F4", message: "test" }];
    await applyPatch(wb, { command: "check", ops: [{ kind: "sheet", sheet: buildAlertsSheet(alerts, today) }] }, snap);
    const snap2 = readSnapshot(wb);
    await applyPatch(wb, { command: "check", ops: [{ kind: "sheet", sheet: buildAlertsSheet([], today) }] }, snap2);
    expect(wb.worksheets.filter((w) => w.name === "Alertes")).toHaveLength(1);

    const user = await workbookOf(tasksSheet());
    user.addWorksheet("Alertes").getCell("A1").value = "Mes alertes à moi";
    const userSnap = readSnapshot(user);
    await expect(applyPatch(user, { command: "check", ops: [{ kind: "sheet", sheet: buildAlertsSheet([], today) }] }, userSnap)).rejects.toBeInstanceOf(PatchRefusedError);
    expect(user.getWorksheet("Alertes")!.getCell("A1").value).toBe("Mes alertes à moi");
  });

  test("inserting a template never overwrites a sheet: the new one gets a suffix", async () => {
    const wb = await workbookOf(tasksSheet());
    wb.addWorksheet("Equipe").getCell("A1").value = "à moi";
    const r = await applyPatch(wb, { command: "template", ops: [{ kind: "template", sheets: [equipeSheet()] }] }, readSnapshot(wb));
    expect(r.renamed).toEqual({ Equipe: "Equipe (2)" });
    expect(wb.getWorksheet("Equipe")!.getCell("A1").value).toBe("à moi");
    expect(readSnapshot(await reopen(wb)).tables.Equipe.sheet).toBe("Equipe (2)");
  });
});

describeWithProgram("file host + LibreOffice: a rendered report recalculates", SOFFICE, (soffice) => {
  test("the Alertes sheet's links are live formulas that a real spreadsheet computes", async () => {
    const alerts = [{ code: "PLAN_CYCLE", severity: "error" as const, sheet: "Planning", row: 5, id: "T2", cell: "Planning!G5", message: "Boucle T1 → T2 → T1" }];
    const wb = await workbookOf(tasksSheet(), buildAlertsSheet(alerts, dayFromYmd(2026, 11, 27)));
    const out = await recalculate(soffice, await saveWorkbook(wb), "alertes.xlsx");
    const recalculated = await openWorkbook(new Uint8Array(fs.readFileSync(out)));
    const cell = recalculated.getWorksheet("Alertes")!.getCell("F5");
    expect((cell.value as { result?: unknown }).result).toBe("Planning!G5");
    const snap = readSnapshot(recalculated);
    expect(snap.tables.Alertes.rows[0].slice(0, 4)).toEqual(["Erreur", "PLAN_CYCLE", "Planning", 5]);
  });
});

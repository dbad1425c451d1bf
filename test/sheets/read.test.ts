/**
 * Reading tables through their spec (src/sheets/read.ts), on the defects the hostile workbooks found
 * (issue 8): a cell no parser reads — a row left out at its first bad cell, a column no feature uses — is
 * still reported by its declared type, once; an `integer` column never takes a fraction; a text date
 * Excel cannot hold (before 1900) is refused.
 */
import { CommandContext } from "../../src/commands/context";
import type { ColumnsOp } from "../../src/workbook/patch";
import { AlertSink, placedAlert } from "../../src/core/alerts";
import { fromIso } from "../../src/core/dates/civil";
import type { Snapshot, TableSnapshot } from "../../src/workbook/snapshot";
import { FACTURES } from "../../src/sheets/contract/costs";
import { CREW_STATUSES, EQUIPE, SALARY_UNITS, SEANCES } from "../../src/sheets/contract/crew";
import { placeOf } from "../../src/sheets/crew/place";
import { RUSHES } from "../../src/sheets/contract/technical";
import { bindTable, reportUnreadCells } from "../../src/sheets/read";
import type { TableSpec } from "../../src/sheets/spec";
import type { CellValue } from "../../src/workbook/values";

function snapshotOf(spec: TableSpec, rows: Record<string, CellValue>[], date1904 = false): Snapshot {
  const headers = spec.columns.map((c) => c.header);
  const table: TableSnapshot = { name: spec.name, sheet: spec.sheet, headerRow: 2, left: 0, headers, rows: rows.map((r) => headers.map((h) => r[h] ?? null)) };
  return { date1904, sheets: [{ name: spec.sheet, visible: true }], tables: { [spec.name]: table }, names: {}, settings: {} };
}

function bind(spec: TableSpec, rows: Record<string, CellValue>[], date1904 = false) {
  const sink = new AlertSink();
  const table = bindTable(snapshotOf(spec, rows, date1904), spec, sink)!;
  return { sink, table, row: table.rows[0] };
}

const reported = (sink: AlertSink): string[] => sink.items.map((a) => `${a.code} ${a.cell}`).sort();

describe("cells no parser read are reported by their declared type", () => {
  test("a register row left out at its blank number still has its bad client and amount said", () => {
    const { sink, table, row } = bind(FACTURES, [{ Client: { error: "#VALUE!" }, TTC: "🎬", Statut: "émise" }]);
    // A parser that stops at the first missing cell, as the register's does.
    expect(row.text("Numéro", { required: true })).toBeUndefined();
    reportUnreadCells(table, new Set(sink.items.map((a) => a.cell)), false);
    expect(reported(sink)).toEqual(["CELLULE_INVALIDE Factures!C4", "CELLULE_INVALIDE Factures!G4", "CELLULE_VIDE Factures!A4"]);
    const before = sink.items.length;
    reportUnreadCells(table, new Set(sink.items.map((a) => a.cell)), false);
    expect(sink.items).toHaveLength(before);
  });

  test("a cell a parser read, or an engine already reported, is not said twice", () => {
    const { sink, table, row } = bind(SEANCES, [{ Date: "abc", Production: "FLEUVE", Ressource: "Léa", Commentaire: { error: "#N/A" } }]);
    expect(row.date("Date", false)).toBeUndefined();
    const engine = new Set(["Seances!H4"]); // the comment, said by someone else
    reportUnreadCells(table, new Set([...sink.items.map((a) => a.cell), ...engine]), false);
    expect(reported(sink)).toEqual(["CELLULE_INVALIDE Seances!A4"]);
  });

  test("a timecode read without its rate is valid when any supported rate takes it", () => {
    const { sink, table } = bind(RUSHES, [
      { Date: 46353, Production: "FLEUVE", "TC début": "10:00:00:29", "TC fin": "10-00-00-00" },
      { Date: 46353, Production: "FLEUVE", "TC début": "10:00:00;29", "TC fin": 0.5 },
    ]);
    reportUnreadCells(table, new Set(), false);
    expect(reported(sink)).toEqual(["CELLULE_INVALIDE Rushes!K4", "CELLULE_INVALIDE Rushes!K5"]);
  });
});

describe("declared types the getters enforce whoever reads", () => {
  test("an integer column refuses a fraction even when its parser did not ask for an integer", () => {
    const { sink, row } = bind(SEANCES, [{ "Pause (min)": 1.5 }, { "Pause (min)": 30 }]);
    expect(row.number("Pause (min)", { min: 0 })).toBeUndefined();
    expect(sink.items[0]).toMatchObject({ code: "CELLULE_INVALIDE", cell: "Seances!G4" });
    expect(sink.items[0].message).toMatch(/nombre entier/);
  });

  test("a text date Excel cannot hold is refused; the first and last dates Excel holds are read", () => {
    const dates = ["31/12/1899", "01/01/1850", "1850-06-01", "01/01/1900", "31/12/9999"];
    const { sink, table } = bind(
      SEANCES,
      dates.map((d) => ({ Date: d })),
    );
    const read = table.rows.map((r) => r.date("Date", false));
    expect(read).toEqual([undefined, undefined, undefined, fromIso("1900-01-01"), fromIso("9999-12-31")]);
    expect(sink.items.map((a) => a.cell)).toEqual(["Seances!A4", "Seances!A5", "Seances!A6"]);
    expect(sink.items[0].message).toMatch(/calendrier d'Excel \(du 01\/01\/1900 au 31\/12\/9999\)/);
    // In the 1904 date system, 1902 cannot be written back either.
    const old = bind(SEANCES, [{ Date: "15/06/1902" }], true);
    expect(old.row.date("Date", true)).toBeUndefined();
    expect(old.sink.items[0].message).toMatch(/du 01\/01\/1904/);
  });
});

describe("a header typed twice", () => {
  test("an input column is read from its first copy; a computed one is written in neither (one may be the user's)", () => {
    const snap = snapshotOf(SEANCES, [{ Date: 46353, Production: "FLEUVE", Ressource: "Léa" }]);
    const t = snap.tables.Seances;
    // The user renamed their comment column "Heures ", beside Cap PAD's own "Heures".
    t.headers = t.headers.map((h) => (h === "Commentaire" ? "Heures " : h));
    t.rows[0][t.headers.indexOf("Heures ")] = "mes notes";
    const ctx = new CommandContext("check", { snapshot: snap, today: 0, options: {} });
    const bound = ctx.table(SEANCES)!;
    ctx.set(bound.rows[0], "Heures", 8);
    ctx.set(bound.rows[0], "Heures de nuit", 0);
    const ops = ctx.finish().patch.ops.filter((o): o is ColumnsOp => o.kind === "columns");
    expect(ops.flatMap((o) => o.columns.map((c) => c.header))).toEqual(["Heures de nuit"]);
    expect(ctx.sink.items.find((a) => a.code === "TABLE_EN_TETE_DOUBLE")?.message).toMatch(/n'écrit dans aucune/);
  });
});

describe("addresses and lists, bound once per table", () => {
  /** Séances on a sheet whose name needs quotes, the table starting in column C (left 2). */
  function quotedSeances(rows: Record<string, CellValue>[]) {
    const snap = snapshotOf(SEANCES, rows);
    const t = snap.tables.Seances;
    t.sheet = "Séances 2026";
    t.left = 2;
    // The user deleted the `Arrivée` column.
    const gone = t.headers.indexOf("Arrivée");
    t.headers.splice(gone, 1);
    for (const r of t.rows) r.splice(gone, 1);
    const sink = new AlertSink();
    return { sink, table: bindTable(snap, SEANCES, sink)! };
  }

  test("a cell's address names the quoted sheet, the column's letter and the sheet row", () => {
    const { table } = quotedSeances([{ Date: 46353 }, { Date: 46354 }]);
    const second = table.rows[1];
    // Header on sheet row 3 (headerRow 2), second data row on row 5; Date is column C, Ressource F.
    expect(second.cell("Date")).toBe("'Séances 2026'!C5");
    expect(second.cell("Ressource")).toBe("'Séances 2026'!F5");
    // A missing column, or a header the contract does not have, points at the table's first column.
    expect(second.cell("Arrivée")).toBe("'Séances 2026'!C5");
    expect(second.cell("Colonne inconnue")).toBe("'Séances 2026'!C5");
    expect(second.raw("Colonne inconnue")).toBeNull();
    // After the deleted column, Départ is the 5th column of the table: G.
    expect(second.cell("Départ")).toBe("'Séances 2026'!G5");
  });

  test("a reported cell hides only itself: not the same row's other columns, nor the same address on another sheet", () => {
    const { sink, table } = quotedSeances([{ Date: 46353, Production: "FLEUVE", Ressource: "Léa", Départ: "xx", Commentaire: { error: "#N/A" } }]);
    // Départ is G4 here, Commentaire I4 (columns shifted by the deleted Arrivée).
    const elsewhere = new Set(["'Séances 2026'!I4", "Seances!G4"]);
    reportUnreadCells(table, elsewhere, false);
    const cells = reported(sink).filter((a) => a.startsWith("CELLULE"));
    expect(cells).toEqual(["CELLULE_INVALIDE 'Séances 2026'!G4"]);
  });

  test("a list value is recognised whatever its case and accents, in its canonical spelling, list by list", () => {
    const { sink, table } = bind(EQUIPE, [
      { Nom: "Léa", Statut: "INTERMITTENT TECHNICIEN CADRE", "Unité salaire": "Jour" },
      { Nom: "Tom", Statut: "jour", "Unité salaire": "jour" },
    ]);
    const [lea, tom] = table.rows;
    expect(lea.choice("Statut", CREW_STATUSES)).toBe("Intermittent technicien cadre");
    expect(lea.choice("Unité salaire", SALARY_UNITS)).toBe("jour");
    // "jour" is a salary unit, not a status: what one list learnt does not leak into the other.
    expect(tom.choice("Unité salaire", SALARY_UNITS)).toBe("jour");
    expect(tom.choice("Statut", CREW_STATUSES)).toBeUndefined();
    expect(reported(sink)).toEqual(["CELLULE_INVALIDE Equipe!D5"]); // Statut is column D
  });

  test("a row's place gives the address of each field's cell when an alert asks for it", () => {
    const { table } = quotedSeances([{ Date: 46353, Production: "FLEUVE", Ressource: "Léa" }]);
    const place = placeOf(table.rows[0], { day: "Date", resource: "Ressource" }, "");
    expect({ sheet: place.sheet, row: place.row }).toEqual({ sheet: "Séances 2026", row: 4 });
    const alert = placedAlert(place, "TEST", "error", "message", "resource");
    expect(alert.cell).toBe("'Séances 2026'!F4");
    expect(place.cells).toEqual({ day: "'Séances 2026'!C4", resource: "'Séances 2026'!F4" });
  });
});

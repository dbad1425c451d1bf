/**
 * The planning step of "Vérifier et recalculer" on real workbooks: computed columns, the JSON sections
 * `productions` and `tasks`, the owned sheets (Feries and its names, Gantt, Synthese), idempotence.
 */
import { checkCommand } from "../../../src/commands/check";
import { reportJson } from "../../../src/commands/types";
import { dayFromSerial, fromIso, toIso } from "../../../src/core/dates/civil";
import { DEMO_TASK_ROWS } from "../../../src/demo/planning";
import { DEMO_CREW } from "../../../src/demo/crew";
import { openWorkbook } from "../../../src/hosts/xlsx/workbook";
import type ExcelJS from "exceljs";
import { cellValueOf, readSnapshot } from "../../../src/hosts/file/read";
import { equipeSheet } from "../../../src/sheets/templates/crew";
import { saveWorkbook } from "../../../src/hosts/xlsx/workbook";
import { dumpCells, workbookOf } from "../../helpers/workbooks";
import { TODAY, day, demoBytes, planBytes, run, tableRows } from "./fixtures";

/** The days listed in a column of the Feries sheet (cells holding dates). */
function columnDays(ws: ExcelJS.Worksheet, col: number): number[] {
  const out: number[] = [];
  ws.getColumn(col).eachCell((c) => {
    const v = cellValueOf(c, false).value;
    if (typeof v === "number" && c.numFmt === "dd/mm/yyyy") out.push(dayFromSerial(v)!);
  });
  return out;
}

const iso = (serial: unknown): string | null => (typeof serial === "number" ? toIso(dayFromSerial(serial)!) : null);

interface TaskJson {
  production: string;
  id: string;
  start: string;
  finish: string;
  totalFloat: number;
  critical: boolean;
  slipDays: number | null;
  status: string;
  actualStart: string | null;
  actualFinish: string | null;
  progress: number;
}

describe("check on the demo workbook", () => {
  let json: Record<string, unknown>;
  let checked: Uint8Array;
  beforeAll(async () => {
    const r = await run(await demoBytes(), checkCommand);
    json = JSON.parse(JSON.stringify(reportJson(r.report)));
    checked = r.bytes!;
  });

  test("JSON: one task per row, dates AAAA-MM-JJ, critical a boolean, a milestone's start is its finish", () => {
    const tasks = json.tasks as TaskJson[];
    expect(tasks.map((t) => t.id)).toEqual(DEMO_TASK_ROWS.map((r) => r.ID));
    for (const t of tasks) {
      expect(Object.keys(t)).toEqual(["production", "id", "start", "finish", "totalFloat", "critical", "slipDays", "status", "actualStart", "actualFinish", "progress"]);
      expect(t.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(t.finish >= t.start).toBe(true);
      expect(typeof t.critical).toBe("boolean");
      expect(Number.isInteger(t.totalFloat)).toBe(true);
    }
    const milestones = DEMO_TASK_ROWS.filter((r) => r["Durée (j)"] === 0).map((r) => r.ID);
    expect(milestones.length).toBeGreaterThan(0);
    for (const id of milestones) {
      const t = tasks.find((x) => x.id === id)!;
      expect(t.start).toBe(t.finish);
    }
  });

  test("JSON: the story — F03 at 60 % of 25 days ends 10 working days from today, FLEUVE slips 5 days against its baseline", () => {
    const tasks = json.tasks as TaskJson[];
    const f03 = tasks.find((t) => t.id === "F03")!;
    // 25 days, 60 % done: 10 left from Friday 27/11: 27/11, 30/11, 1–4/12, 7–10/12.
    expect(f03.finish).toBe("2026-12-10");
    // Frozen at 20 days: 03/12 (Armistice 11/11 not worked); 10/12 is 5 working days later.
    expect(f03.slipDays).toBe(5);
    // Every task downstream of F03 inherits the 5 days; the finished ones have no slip.
    expect(tasks.filter((t) => t.production === "FLEUVE" && t.status !== "Terminé").every((t) => t.slipDays === 5)).toBe(true);
    expect(tasks.find((t) => t.id === "F01")!.slipDays).toBe(0);
    const productions = json.productions as { code: string; padTarget: string; padForecast: string; padSlipDays: number; status: string }[];
    // `money` (issue 13: one money truth) comes with the plan's keys; its figures are tested with the costs.
    expect(productions.map((p) => Object.keys(p))).toEqual([
      ["code", "padTarget", "padForecast", "padSlipDays", "status", "money"],
      ["code", "padTarget", "padForecast", "padSlipDays", "status", "money"],
    ]);
    const fleuve = productions.find((p) => p.code === "FLEUVE")!;
    expect(fleuve.padForecast).toBe(tasks.find((t) => t.id === "F13")!.finish);
    // PAD contractuel 22/01/2027, forecast 12/01: 13–15, 18–22 January = 8 working days ahead.
    expect(fleuve).toMatchObject({ padTarget: "2027-01-22", padSlipDays: -8, status: "En glissement" });
    expect(productions.find((p) => p.code === "GLACIER")).toMatchObject({ padTarget: "2027-02-26", status: "Dans les temps" });
  });

  test("JSON: the plan reads the séance log — real starts from the first séance, progress estimated where Avancement is empty", () => {
    const tasks = json.tasks as TaskJson[];
    const pick = (id: string) => (({ actualStart, actualFinish, progress, start, finish, status }: TaskJson) => ({ actualStart, actualFinish, progress, start, finish, status }))(tasks.find((t) => t.id === id)!);
    // F03 has no typed real start: its first séance (Léa, 05/11) is; its typed 60 % wins over the
    // estimate (14 séance days of 25 = 56 %): 10 days left, finish 10/12 as before.
    expect(pick("F03")).toEqual({ actualStart: "2026-11-05", actualFinish: null, progress: 60, start: "2026-11-05", finish: "2026-12-10", status: "En retard" });
    // G03 has neither start nor progress typed: started at its first séance (23/11), not rescheduled
    // from today; séances on 23, 24, 25 and 27/11 = 4 days of 35 → 400 ÷ 35 = 11,43 %; left
    // ⌈35 × 88,57 %⌉ = 31 days from 27/11, with Christmas and Léa's training: 22/01/2027, its baseline.
    expect(pick("G03")).toEqual({ actualStart: "2026-11-23", actualFinish: null, progress: 11.43, start: "2026-11-23", finish: "2027-01-22", status: "Critique" });
    // Finished tasks keep their typed dates; tasks not started have no real start and 0 %.
    expect(pick("F01")).toMatchObject({ actualStart: "2026-11-02", actualFinish: "2026-11-04", progress: 100 });
    expect(pick("F04")).toMatchObject({ actualStart: null, actualFinish: null, progress: 0 });
  });

  test("the computed cells hold what the JSON says, and the Productions row its holiday range and weekend code", async () => {
    const wb = await openWorkbook(checked);
    const rows = tableRows(wb, "Taches");
    const tasks = json.tasks as TaskJson[];
    rows.forEach((row, i) => {
      const t = tasks[i];
      expect([iso(row["Début"]), iso(row["Fin"])]).toEqual([t.start, t.finish]);
      expect(row["Critique"] === "Oui").toBe(t.critical);
      expect(row["Écart (j)"] ?? null).toBe(t.slipDays);
      expect(row["Statut"]).toBe(t.status);
      expect(row["Marge (j)"] ?? null).toBe(t.status === "Terminé" ? null : t.totalFloat);
    });
    const prods = tableRows(wb, "Productions");
    expect(prods.map((p) => [p.Code, p["Plage fériés"], p["Code week-end"], p.Statut])).toEqual([
      ["FLEUVE", "Feries", "0000011", "En glissement"],
      ["GLACIER", "Feries", "0000011", "Dans les temps"],
    ]);
    // The row's own Alerte cell says what is wrong without repeating where.
    const f03 = rows.find((r) => r.ID === "F03")!;
    expect(String(f03.Alerte)).toMatch(/^Écart \(j\) : fin prévue le 10\/12\/2026.*Ressources : Léa Martin est aussi sur la tâche G03 \(production GLACIER\)/);
  });

  test("the owned sheets: Feries with its named range (holidays and the Christmas closure), Gantt sized to the table, Synthese", async () => {
    const wb = await openWorkbook(checked);
    const snap = readSnapshot(wb);
    for (const name of ["Feries", "Gantt", "Synthese", "Alertes"]) expect(snap.sheets.find((s) => s.name === name)?.a1).toMatch(/^Cap PAD/);
    expect(snap.names.Feries).toMatch(/^'?Feries'?!\$A\$\d+:\$A\$\d+$/);
    const feries = wb.getWorksheet("Feries")!;
    const listed = new Set(columnDays(feries, 1).map(toIso));
    for (const d of ["2026-11-11", "2026-12-24", "2026-12-25", "2026-12-31", "2027-01-01", "2027-05-17"]) expect(listed.has(d)).toBe(true);
    expect(listed.has("2026-12-23")).toBe(false);
    const gantt = wb.getWorksheet("Gantt")!;
    // Row 10 is the first task; each row INDEXes the table row of the same rank.
    expect(gantt.getCell("A10").formula).toBe('INDEX(Taches[ID],1)&""');
    expect(gantt.getCell(`A${9 + DEMO_TASK_ROWS.length}`).formula).toBe(`INDEX(Taches[ID],${DEMO_TASK_ROWS.length})&""`);
    expect(gantt.getCell(`A${10 + DEMO_TASK_ROWS.length}`).value).toBeNull();
    const synthese = tableRows(wb, "Synthese");
    expect(synthese.map((r) => [r.Production, r.Statut, r["Glissement (j)"]])).toEqual([
      ["FLEUVE", "En glissement", 5],
      ["GLACIER", "Dans les temps", 0],
    ]);
    expect(synthese[0]["Prochain jalon"]).toMatch(/^F05 — /);
  });

  test("a second check writes nothing and leaves every cell as it was", async () => {
    const wb = await openWorkbook(checked);
    const before = dumpCells(wb);
    const again = await run(checked, checkCommand);
    expect(again.apply.cellsWritten).toBe(0);
    expect(dumpCells(await openWorkbook(again.bytes!))).toEqual(before);
  });
});

describe("holiday ranges per zone", () => {
  test("an Alsace-Moselle production gets Feries_AlsaceMoselle (Good Friday, 26 December); a production with its own closure its own range", async () => {
    const bytes = await planBytes({
      productions: [
        { Code: "STRAS", Zone: "Alsace-Moselle", "PAD contractuel": day("2027-04-30") },
        { Code: "PARIS", "PAD contractuel": day("2027-04-30") },
        { Code: "LILLE", "Jours ouvrés": "lun-sam", "PAD contractuel": day("2027-04-30") },
      ],
      tasks: [
        { ID: "S1", Production: "STRAS", "Durée (j)": 5, "Pas avant": day("2026-12-21") },
        { ID: "P1", Production: "PARIS", "Durée (j)": 5, "Pas avant": day("2026-12-21") },
        { ID: "L1", Production: "LILLE", "Durée (j)": 5, "Pas avant": day("2026-12-21") },
      ],
      closures: [{ Production: "LILLE", Du: day("2027-02-15"), Au: day("2027-02-19"), Motif: "Vacances" }],
    });
    const r = await run(bytes, checkCommand);
    const wb = await openWorkbook(r.bytes!);
    const prods = tableRows(wb, "Productions");
    expect(prods.map((p) => [p.Code, p["Plage fériés"], p["Code week-end"]])).toEqual([
      ["STRAS", "Feries_AlsaceMoselle", "0000011"],
      ["PARIS", "Feries", "0000011"],
      ["LILLE", "Feries_LILLE", "0000001"],
    ]);
    const names = readSnapshot(wb).names;
    expect(Object.keys(names)).toEqual(expect.arrayContaining(["Feries", "Feries_AlsaceMoselle", "Feries_LILLE"]));
    // 21/12 + 5 working days: 21–24 and 28/12 in Paris (25/12 off), 21–24 and 29/12 in Strasbourg (26/12 is a Saturday in 2026: same).
    const tasks = r.report.sections.tasks as TaskJson[];
    expect(tasks.map((t) => t.finish)).toEqual(["2026-12-28", "2026-12-28", "2026-12-26"]);
    const goodFriday2027 = fromIso("2027-03-26")!;
    const feries = wb.getWorksheet("Feries")!;
    const col = (name: string): number => Number(/\$([A-Z])\$/.exec(names[name])![1].charCodeAt(0) - 64);
    const days = (name: string): number[] => columnDays(feries, col(name));
    expect(days("Feries_AlsaceMoselle")).toContain(goodFriday2027);
    expect(days("Feries")).not.toContain(goodFriday2027);
    expect(days("Feries_LILLE")).toContain(fromIso("2027-02-17")!);
    expect(days("Feries")).not.toContain(fromIso("2027-02-17")!);
  });

  test("a workbook without planning tables gets no planning sheet", async () => {
    const bytes = await saveWorkbook(await workbookOf(equipeSheet(DEMO_CREW)));
    const r = await run(bytes, checkCommand);
    expect(r.apply.sheetsWritten).not.toEqual(expect.arrayContaining(["Feries"]));
    expect(r.apply.sheetsWritten.filter((s) => ["Gantt", "Synthese", "Feries"].includes(s))).toEqual([]);
    expect(r.report.sections.tasks).toBeUndefined();
  });
});

describe("today", () => {
  test("an unstarted task never starts before today", async () => {
    const bytes = await planBytes({ productions: [{ Code: "P" }], tasks: [{ ID: "A", Production: "P", "Durée (j)": 2, "Pas avant": day("2026-11-02") }] });
    const r = await run(bytes, checkCommand, {}, TODAY);
    expect((r.report.sections.tasks as TaskJson[])[0].start).toBe(toIso(TODAY));
  });
});

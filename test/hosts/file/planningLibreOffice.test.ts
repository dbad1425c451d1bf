/**
 * LibreOffice recalculates the checked demo workbook: the templates' native formulas (Gantt columns by
 * WORKDAY.INTL over the `Feries` range, INDEX over the `Taches` table, WORKDAY.INTL/NETWORKDAYS.INTL with
 * each production's holiday range and weekend code) and the conditional formats' conditions (written
 * into cells, shifted to each colored cell) agree with the engine.
 */
import type ExcelJS from "exceljs";
import * as fs from "fs";
import { checkCommand } from "../../../src/commands/check";
import { dayFromSerial, fromIso, serialFromDay, toIso } from "../../../src/core/dates/civil";
import { slipFormula } from "../../../src/sheets/planning/excelMirror";
import { TASK_STATUS } from "../../../src/core/planning/status";
import { cellValueOf } from "../../../src/hosts/file/read";
import { openWorkbook, saveWorkbook } from "../../../src/hosts/xlsx/workbook";
import { columnIndex, columnLetters, parseRange } from "../../../src/sheets/address";
import { TACHES } from "../../../src/sheets/contract/planning";
import { commonClosures } from "../../../src/sheets/planning/holidays";
import { TASK_STATUS_STYLES } from "../../../src/sheets/planning/statusStyles";
import { ganttCalendar, ganttLayout } from "../../../src/sheets/templates/gantt";
import { recalculate } from "../../helpers/libreoffice";
import { firstTrue, shiftFormula } from "../../helpers/formulas";
import { SOFFICE, describeWithProgram } from "../../helpers/programs";
import { TODAY, day, demoBytes, planBytes, run, tableRows } from "../../commands/planning/fixtures";

interface TaskJson {
  id: string;
  production: string;
  start: string;
  finish: string;
  critical: boolean;
  slipDays: number | null;
  status: string;
  actualStart: string | null;
}

/** The conditional formats of a sheet as the file carries them, grouped by range, in priority order. */
function formatsByRange(ws: ExcelJS.Worksheet): Map<string, string[]> {
  const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: { priority: number; formulae: string[] }[] }[] }).conditionalFormattings;
  const rules = cfs.flatMap((cf) => cf.rules.map((r) => ({ ref: cf.ref, priority: r.priority, formula: r.formulae[0] })));
  rules.sort((a, b) => a.priority - b.priority);
  const out = new Map<string, string[]>();
  for (const r of rules) out.set(r.ref, [...(out.get(r.ref) ?? []), r.formula]);
  return out;
}

/**
 * A formula whose result the test reads back, as text: exceljs drops a formula's cached result when it
 * is 0, and 0 is an answer here ("no rule applies", "no slip").
 */
function probeCell(ws: ExcelJS.Worksheet, target: string, formula: string): void {
  ws.getCell(target).value = { formula: `"#"&(${formula})` } as ExcelJS.CellFormulaValue;
}

/** Writes `IF(rule1,1,IF(rule2,2,…))` for `cell` (0-based row/col) of a range into `target`. */
function probe(ws: ExcelJS.Worksheet, ref: string, rules: string[], row: number, col: number, target: string): void {
  const r = parseRange(ref)!;
  probeCell(ws, target, shiftFormula(firstTrue(rules), row - r.top, col - r.left));
}

function probed(ws: ExcelJS.Worksheet, address: string): number | string {
  const v = cellValueOf(ws.getCell(address), false).value;
  if (typeof v !== "string" || !v.startsWith("#")) throw new Error(`${address} : résultat illisible ${JSON.stringify(v)}`);
  const text = v.slice(1);
  return text !== "" && Number.isFinite(Number(text)) ? Number(text) : text;
}

function result(ws: ExcelJS.Worksheet, address: string): unknown {
  return cellValueOf(ws.getCell(address), false).value;
}

const PROBE_COL = 120; // far right of every sheet: nothing of ours is there

describeWithProgram("LibreOffice recalculates the planning templates like the engine", SOFFICE, (soffice) => {
  let tasks: TaskJson[];
  let durations: number[];
  let recalculated: ExcelJS.Workbook;
  let probes: { gantt: Map<string, number>; planning: Map<string, { block: string; row: number }>; workday: Map<string, string>; slip: Map<string, number> };

  beforeAll(async () => {
    const r = await run(await demoBytes(), checkCommand);
    tasks = r.report.sections.tasks as TaskJson[];
    const wb = await openWorkbook(r.bytes!);
    const rows = tableRows(wb, "Taches");
    durations = rows.map((row) => row["Durée (j)"] as number);
    probes = { gantt: new Map(), planning: new Map(), workday: new Map(), slip: new Map() };

    // Gantt: one probe per grid cell of the bars' range.
    const gantt = wb.getWorksheet("Gantt")!;
    const gf = formatsByRange(gantt);
    const gridRef = [...gf.keys()].find((k) => gf.get(k)!.length === 8)!;
    const grid = parseRange(gridRef)!;
    for (let row = grid.top; row <= grid.bottom; row++)
      for (let col = grid.left; col <= grid.right; col++) {
        const target = `${columnLetters(PROBE_COL + col - grid.left)}${row + 1}`;
        probe(gantt, gridRef, gf.get(gridRef)!, row, col, target);
        probes.gantt.set(target, (row - grid.top) * 1000 + (col - grid.left));
      }

    // Planning: each block of rules at its first column, for every task row.
    const planning = wb.getWorksheet("Planning")!;
    const pf = formatsByRange(planning);
    let k = 0;
    for (const [ref, rules] of pf) {
      const range = parseRange(ref)!;
      rows.forEach((_, i) => {
        const target = `${columnLetters(PROBE_COL + k)}${range.top + 1 + i}`;
        probe(planning, ref, rules, range.top + i, range.left, target);
        probes.planning.set(target, { block: ref, row: i });
      });
      k++;
    }

    // WORKDAY.INTL with each production's range and code, and Écart (j) by NETWORKDAYS.INTL.
    const prods = Object.fromEntries(tableRows(wb, "Productions").map((p) => [p.Code as string, p]));
    const col = (h: string): string => columnLetters(TACHES.columns.findIndex((c) => c.header === h));
    rows.forEach((row, i) => {
      const r1 = 4 + i;
      const p = prods[row.Production as string];
      const ctx = { mask: `"${p["Code week-end"]}"`, holidays: `INDIRECT("${p["Plage fériés"]}")` };
      const w = `${columnLetters(PROBE_COL + 40)}${r1}`;
      probeCell(planning, w, `WORKDAY.INTL(${col("Début")}${r1},${col("Durée (j)")}${r1}-1,${ctx.mask},${ctx.holidays})`);
      probes.workday.set(w, row.ID as string);
      const s = `${columnLetters(PROBE_COL + 41)}${r1}`;
      probeCell(planning, s, slipFormula(`${col("Fin")}${r1}`, `${col("Fin réf.")}${r1}`, ctx));
      probes.slip.set(s, i);
    });
    recalculated = await openWorkbook(new Uint8Array(fs.readFileSync(await recalculate(soffice, await saveWorkbook(wb), "demo.xlsx"))));
  });

  test("the Gantt's columns are the weeks (or working days) the engine's calendar gives, its rows the table's", () => {
    const ws = recalculated.getWorksheet("Gantt")!;
    const from = Math.min(...tasks.map((t) => fromIso(t.start)!));
    const to = Math.max(...tasks.map((t) => fromIso(t.finish)!));
    const wb = recalculated;
    const closures = tableRows(wb, "Fermetures").map((c) => ({ production: (c.Production as string) ?? "", from: dayFromSerial(c.Du as number)!, to: dayFromSerial(c.Au as number)! }));
    const layout = ganttLayout(from, to, ganttCalendar(undefined, commonClosures(closures)));
    expect(layout.scale).toBe("semaine");
    expect(result(ws, "E3")).toBe(serialFromDay(from));
    expect(result(ws, "E4")).toBe(serialFromDay(to));
    expect(result(ws, "E5")).toBe(layout.scale);
    layout.periods.forEach((d, k) => expect(result(ws, `${columnLetters(7 + k)}9`)).toBe(serialFromDay(d)));
    tasks.forEach((t, i) => {
      expect(result(ws, `A${10 + i}`)).toBe(t.id);
      expect(result(ws, `E${10 + i}`)).toBe(serialFromDay(fromIso(t.start)!));
      expect(result(ws, `F${10 + i}`)).toBe(serialFromDay(fromIso(t.finish)!));
      expect(result(ws, `G${10 + i}`)).toBe(t.status);
      expect(String(result(ws, `C${10 + i}`)).startsWith("◆ ")).toBe(durations[i] === 0);
    });
  });

  test("each Gantt cell gets the color the engine's dates and status call for (bars, milestones, today's column)", () => {
    const ws = recalculated.getWorksheet("Gantt")!;
    const periods = Array.from({ length: 100 }, (_, k) => result(ws, `${columnLetters(7 + k)}9`)).filter((v): v is number => typeof v === "number").map((s) => dayFromSerial(s)!);
    const order = [TASK_STATUS.error, TASK_STATUS.late, TASK_STATUS.done, "milestone", TASK_STATUS.slipping, TASK_STATUS.critical];
    let bars = 0;
    for (const [address, key] of probes.gantt) {
      const t = tasks[Math.floor(key / 1000)];
      const p = periods[key % 1000];
      const overlap = p !== undefined && p <= fromIso(t.finish)! && p + 6 >= fromIso(t.start)!;
      const milestone = durations[Math.floor(key / 1000)] === 0;
      let expected = 0;
      if (overlap) {
        const hit = order.findIndex((s) => (s === "milestone" ? milestone : s === t.status));
        expected = hit >= 0 ? hit + 1 : 7;
        bars++;
      } else if (p !== undefined && TODAY >= p && TODAY <= p + 6) expected = 8;
      expect([address, probed(ws, address)]).toEqual([address, expected]);
    }
    expect(bars).toBeGreaterThan(tasks.length);
  });

  test("the Planning sheet's colors follow Statut, Critique, milestones and missed deadlines", () => {
    const ws = recalculated.getWorksheet("Planning")!;
    const header = (h: string): string => columnLetters(TACHES.columns.findIndex((c) => c.header === h));
    const rows = tableRows(recalculated, "Taches");
    const seen = new Set<number>();
    for (const [address, { block, row }] of probes.planning) {
      const t = tasks[row];
      const first = columnLetters(parseRange(block)!.left);
      const milestone = durations[row] === 0;
      let expected: number;
      if (first === header("ID")) expected = t.critical && milestone ? 1 : t.critical ? 2 : milestone ? 3 : 0;
      else if (first === header("Durée (j)")) expected = milestone ? 1 : 0;
      else if (first === header("Échéance")) {
        const due = rows[row]["Échéance"];
        expected = typeof due === "number" && fromIso(t.finish)! > dayFromSerial(due)! && t.status !== TASK_STATUS.done ? 1 : 0;
      } else if (first === header("Début")) expected = TASK_STATUS_STYLES.findIndex((s) => s.status === t.status) + 1;
      else if (first === header("Alerte")) expected = rows[row].Alerte ? 1 : 0;
      else throw new Error(`bloc inattendu ${block}`);
      if (expected > 0) seen.add(columnIndex(first));
      expect([t.id, block, probed(ws, address)]).toEqual([t.id, block, expected]);
    }
    // Every block colors something in the demo.
    expect(seen.size).toBe(5);
  });

  test("WORKDAY.INTL over each production's holiday range and weekend code finds the engine's Fin; NETWORKDAYS.INTL its Écart (j)", () => {
    const ws = recalculated.getWorksheet("Planning")!;
    let compared = 0;
    for (const [address, id] of probes.workday) {
      const i = tasks.findIndex((t) => t.id === id);
      // Tasks scheduled from their own start: not started (no real start, typed or from the séances),
      // lasting at least a day, resources available.
      if (tasks[i].actualStart !== null || durations[i] === 0 || id === "G03") continue;
      expect([id, toIso(dayFromSerial(probed(ws, address) as number)!)]).toEqual([id, tasks[i].finish]);
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(10);
    for (const [address, i] of probes.slip) expect([tasks[i].id, probed(ws, address)]).toEqual([tasks[i].id, tasks[i].slipDays]);
  });
});

describeWithProgram("LibreOffice: the holiday ranges of other zones and of a production's own closures", SOFFICE, (soffice) => {
  test("a short plan gets one Gantt column per working day, holidays and closures skipped as the engine skips them", async () => {
    const bytes = await planBytes({
      productions: [{ Code: "COURT" }],
      tasks: [
        { ID: "C1", Production: "COURT", "Durée (j)": 6, "Pas avant": day("2026-12-21") },
        { ID: "C2", Production: "COURT", "Durée (j)": 5, Prédécesseurs: "C1" },
      ],
      closures: [{ Du: day("2026-12-28"), Au: day("2026-12-30"), Motif: "Fermeture" }],
    });
    const r = await run(bytes, checkCommand);
    const tasks = r.report.sections.tasks as TaskJson[];
    const layout = ganttLayout(fromIso(tasks[0].start)!, fromIso(tasks[1].finish)!, ganttCalendar(undefined, [{ from: fromIso("2026-12-28")!, to: fromIso("2026-12-30")! }]));
    expect(layout.scale).toBe("jour");
    const out = await openWorkbook(new Uint8Array(fs.readFileSync(await recalculate(soffice, r.bytes!, "court.xlsx"))));
    const ws = out.getWorksheet("Gantt")!;
    expect(result(ws, "E5")).toBe("jour");
    const columns = layout.periods.map((_, k) => dayFromSerial(result(ws, `${columnLetters(7 + k)}9`) as number)!);
    expect(columns.map(toIso)).toEqual(layout.periods.map(toIso));
    // 25/12, 1/01 (holidays), 28–30/12 (closure) and the weekends are not columns.
    for (const d of ["2026-12-25", "2026-12-28", "2026-12-31", "2027-01-01", "2027-01-02"]) expect(columns.map(toIso).includes(d)).toBe(d === "2026-12-31");
    expect(toIso(columns[columns.length - 1])).toBe(tasks[1].finish);
  });

  test("WORKDAY.INTL(Début, Durée − 1, code, INDIRECT(plage)) = Fin across Good Friday, Easter Monday, 26 December and a closure", async () => {
    const bytes = await planBytes({
      productions: [
        { Code: "STRAS", Zone: "Alsace-Moselle" },
        { Code: "PARIS" },
        { Code: "LILLE", "Jours ouvrés": "lun-sam" },
        { Code: "FDF", Zone: "972" },
      ],
      tasks: ["STRAS", "PARIS", "LILLE", "FDF"].flatMap((p) => [
        { ID: `${p}1`, Production: p, "Durée (j)": 6, "Pas avant": day("2027-03-23") },
        { ID: `${p}2`, Production: p, "Durée (j)": 4, "Pas avant": day("2027-12-22") },
        { ID: `${p}3`, Production: p, "Durée (j)": 9, "Pas avant": day("2027-05-03") },
      ]),
      closures: [
        { Production: "LILLE", Du: day("2027-05-10"), Au: day("2027-05-12"), Motif: "Inventaire" },
        { Du: day("2027-12-27"), Au: day("2027-12-31"), Motif: "Fermeture" },
      ],
    });
    const r = await run(bytes, checkCommand);
    const tasks = r.report.sections.tasks as TaskJson[];
    const wb = await openWorkbook(r.bytes!);
    const prods = Object.fromEntries(tableRows(wb, "Productions").map((p) => [p.Code as string, p]));
    const ws = wb.getWorksheet("Planning")!;
    const col = (h: string): string => columnLetters(TACHES.columns.findIndex((c) => c.header === h));
    tasks.forEach((t, i) => {
      const p = prods[t.production];
      probeCell(ws, `${columnLetters(PROBE_COL)}${4 + i}`, `WORKDAY.INTL(${col("Début")}${4 + i},${col("Durée (j)")}${4 + i}-1,"${p["Code week-end"]}",INDIRECT("${p["Plage fériés"]}"))`);
    });
    const out = await openWorkbook(new Uint8Array(fs.readFileSync(await recalculate(soffice, await saveWorkbook(wb), "zones.xlsx"))));
    const res = out.getWorksheet("Planning")!;
    const finishes = tasks.map((_, i) => toIso(dayFromSerial(probed(res, `${columnLetters(PROBE_COL)}${4 + i}`) as number)!));
    expect(finishes).toEqual(tasks.map((t) => t.finish));
    // The zones really differ over Easter 2027 (Good Friday 26/03 in Alsace-Moselle and Martinique).
    const byId = Object.fromEntries(tasks.map((t) => [t.id, t.finish]));
    expect(byId.STRAS1).not.toBe(byId.PARIS1);
    expect(byId.LILLE3).not.toBe(byId.PARIS3);
  });
});

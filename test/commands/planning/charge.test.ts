/**
 * The `Charge` sheet on the demo (`commands/planning/charge.ts`, `sheets/reports/charge.ts`): every
 * person's and room's weeks across FLEUVE and GLACIER, the limits the colors read (the payroll's
 * MAX_HEURES_SEMAINE and MAX_WEEK_DAYS) and the native rules over the whole grid.
 *
 * The demo at 27/11/2026: Léa Martin and « Salle montage 2 » are booked by both productions the weeks of
 * 23/11 and 30/11 (10 resource-days × 8 h = 80 h each) and of 7/12 (72 h): the overloads the scenarios'
 * « Plan actuel » lists too. Hugo Bernard logs a séance on 12/11, a day he is marked unavailable.
 */
import type ExcelJS from "exceljs";
import { checkCommand } from "../../../src/commands/check";
import { dayFromSerial, fromIso, toIso } from "../../../src/core/dates/civil";
import { chargeOf } from "../../../src/core/planning/charge";
import { PAYROLL_PARAMETERS } from "../../../src/data/payroll/parameters";
import { MAX_WEEK_DAYS } from "../../../src/data/planning/weekLoad";
import { openWorkbook } from "../../../src/hosts/xlsx/workbook";
import { buildChargeSheet, CHARGE_LINES } from "../../../src/sheets/reports/charge";
import { demoBytes, TODAY } from "./fixtures";
import { recordsOf, run, typeInto } from "../invoicing/helpers";

const limits = { maxHours: 48, maxHoursSource: "h", maxDays: 5, maxDaysSource: "j" };

/** The sheet's grid: by resource and line, the hours of each week (by its Monday, ISO). */
function gridOf(ws: ExcelJS.Worksheet): { limits: [unknown, unknown]; lines: Map<string, Map<string, number>> } {
  let header = 0;
  for (let r = 1; r <= ws.rowCount && !header; r++) if (ws.getCell(r, 1).value === "Ressource") header = r;
  const weeks: string[] = [];
  // A date formatted « dd/mm » reads back as its serial number.
  for (let c = 3; typeof ws.getCell(header, c).value === "number"; c++) weeks.push(toIso(dayFromSerial(ws.getCell(header, c).value as number)!));
  const lines = new Map<string, Map<string, number>>();
  for (let r = header + 1; typeof ws.getCell(r, 1).value === "string"; r++) {
    const cells = new Map<string, number>();
    weeks.forEach((w, k) => {
      const v = ws.getCell(r, 3 + k).value;
      if (typeof v === "number") cells.set(w, v);
    });
    lines.set(`${ws.getCell(r, 1).value} / ${ws.getCell(r, 2).value}`, cells);
  }
  return { limits: [ws.getCell("C3").value, ws.getCell("C4").value], lines };
}

describe("the Charge sheet on the demo", () => {
  let checked: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    checked = await run(await demoBytes(), checkCommand, {}, TODAY);
  });

  test("the limits shown are the payroll parameter and the week-load data the rules read", async () => {
    const ws = (await openWorkbook(checked.bytes!)).getWorksheet("Charge")!;
    expect(String(ws.getCell("A1").value)).toMatch(/^Cap PAD — Charge/);
    const shipped = PAYROLL_PARAMETERS.find((p) => p.code === "MAX_HEURES_SEMAINE")!.value;
    expect(gridOf(ws).limits).toEqual([shipped, MAX_WEEK_DAYS.value]);
  });

  test("the overloads across productions: the same weeks and hours as the scenarios' Plan actuel", async () => {
    const { lines } = gridOf((await openWorkbook(checked.bytes!)).getWorksheet("Charge")!);
    const plan = (checked.report.sections.scenarios as { name: string; production: string; overloads: { name: string; week: string; hours: number }[] }[]).filter((s) => s.name === "Plan actuel");
    // Both productions list Léa's and the room's weeks: booked by both.
    expect(plan.map((s) => s.production)).toEqual(["FLEUVE", "GLACIER"]);
    const overloads = plan[0].overloads.map((o) => [o.name, o.week, o.hours]);
    expect(overloads).toContainEqual(["Léa Martin", "2026-11-23", 80]);
    for (const [name, week, hours] of overloads) expect([name, week, lines.get(`${name} / ${CHARGE_LINES.planned}`)?.get(week as string)]).toEqual([name, week, hours]);
  });

  test("the worked lines add up to the séances' hours as the payroll counts them (bookings[].hours of the JSON)", async () => {
    const { lines } = gridOf((await openWorkbook(checked.bytes!)).getWorksheet("Charge")!);
    const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 100);
    const worked = [...lines].filter(([k]) => k.endsWith(CHARGE_LINES.worked)).flatMap(([, weeks]) => [...weeks.values()]);
    const seances = (checked.report.sections.bookings as { hours: number }[]).map((b) => b.hours);
    expect(seances.length).toBeGreaterThan(0);
    expect(sum(worked)).toBe(sum(seances));
  });

  test("a company that lowers MAX_HEURES_SEMAINE in Parametres sees its own figure", async () => {
    const params = await recordsOf(checked.bytes!, "Parametres");
    const row = params.findIndex((p) => p.Code === "MAX_HEURES_SEMAINE" && !p.Convention);
    const lowered = await run(await typeInto(checked.bytes!, "Parametres", row, "Valeur", 44), checkCommand, {}, TODAY);
    expect(gridOf((await openWorkbook(lowered.bytes!)).getWorksheet("Charge")!).limits).toEqual([44, MAX_WEEK_DAYS.value]);
  });

  test("a second check changes nothing", async () => {
    const again = await run(checked.bytes!, checkCommand, {}, TODAY);
    expect(again.apply.cellsWritten).toBe(0);
  });
});

describe("the native rules of the grid", () => {
  const d = (s: string) => fromIso(s)!;
  // One resource, one planned week, one worked week: rows 9 (Prévu) and 10 (Réalisé), weeks in C:D.
  const charge = chargeOf({
    bookings: [],
    hoursPerDay: 8,
    worked: [
      { resource: "Léa", production: "A", day: d("2026-11-02"), hours: 50 },
      { resource: "Léa", production: "B", day: d("2026-11-09"), hours: 7 },
    ],
    unavailabilities: [],
    closures: [],
    today: d("2026-11-02"),
    maxWeeks: 78,
  });
  const sheet = buildChargeSheet(charge, limits, d("2026-11-02"));

  test("three rules over the whole grid, each against the limit cells or the grids below, unavailability first", () => {
    expect(charge.weeks.map(toIso)).toEqual(["2026-11-02", "2026-11-09"]);
    const cell = (a1: string) => {
      const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
      return sheet.rows[Number(m[2]) - 1]?.[m[1].charCodeAt(0) - 65]?.value;
    };
    expect([cell("C3"), cell("C4")]).toEqual([48, 5]);
    expect([cell("A9"), cell("B9"), cell("C10"), cell("D10")]).toEqual(["Léa", CHARGE_LINES.planned, 50, 7]);
    // The grid C9:D10; the days grid starts 4 rows below (C13), the unavailable days 5 rows further (C18).
    expect(sheet.conditionalFormats!.map((cf) => [cf.range, cf.formula, cf.stopIfTrue])).toEqual([
      ["C9:D10", "N(C18)>0", true],
      ["C9:D10", "AND(ISNUMBER(C9),C9>$C$3)", true],
      ["C9:D10", "N(C13)>$C$4", true],
    ]);
    // The days grid holds 1 day for each worked week, at the same place as the hours.
    expect([cell("C14"), cell("D14")]).toEqual([1, 1]);
  });

  test("the grid's cells carry no style of their own (the rules color them)", () => {
    expect(sheet.rows[9][2]?.style).toBeUndefined();
  });

  test("prints landscape, fit to width, the names repeated, the rules' data kept off paper", () => {
    expect(sheet.print).toMatchObject({ landscape: true, fitToWidth: true, repeatRows: 8 });
    expect(sheet.freeze).toEqual({ rows: 8, columns: 2 });
    // The print area ends at the last line of the grid (row 10).
    expect(sheet.print!.area).toMatch(/\$10$/);
  });
});

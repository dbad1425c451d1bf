/**
 * The Gantt's size is O(tasks), not O(tasks × weeks): 7 formulas per task row (the left block INDEXes
 * the Taches table), a header formula per column, and a fixed set of conditional-format rules over the
 * blank week grid, whatever the number of weeks. A year of 5,000 tasks over two years of weeks is
 * 35,000 task formulas, not 3.6 million cells.
 */
import { buildGanttSheet } from "../../../src/sheets/templates/gantt";
import { fromIso, weekStart } from "../../../src/core/dates/civil";
import type { SheetModel } from "../../../src/workbook/model";

const today = fromIso("2026-11-27")!;

function gantt(rows: number, weeks: number): SheetModel {
  const first = weekStart(today);
  return buildGanttSheet({ rows, layout: { scale: "semaine", periods: Array.from({ length: weeks }, (_, k) => first + 7 * k) }, today, weekendCode: "0000011" });
}

/** Formula cells of the sheet, and those on the task rows (row 10 on, 0-based 9). */
function formulas(m: SheetModel): { all: number; taskRows: number } {
  let all = 0;
  let taskRows = 0;
  m.rows.forEach((row, r) =>
    row?.forEach((cell) => {
      if (cell?.formula === undefined) return;
      all++;
      if (r >= 9) taskRows++;
    }),
  );
  return { all, taskRows };
}

describe("the Gantt's size", () => {
  test("7 formulas per task row, none in the week grid", () => {
    expect(formulas(gantt(100, 26)).taskRows).toBe(7 * 100);
    expect(formulas(gantt(5000, 104)).taskRows).toBe(7 * 5000);
  });

  test("more weeks add one header formula per week, and no conditional-format rule", () => {
    const [short, long] = [gantt(100, 26), gantt(100, 104)];
    // The header row: one formula per week column (its first day), the rest of the sheet unchanged.
    expect(formulas(long).all - formulas(short).all).toBe(104 - 26);
    expect(long.conditionalFormats!.length).toBe(short.conditionalFormats!.length);
  });

  test("more tasks add no conditional-format rule either", () => {
    expect(gantt(5000, 26).conditionalFormats!.length).toBe(gantt(100, 26).conditionalFormats!.length);
  });
});

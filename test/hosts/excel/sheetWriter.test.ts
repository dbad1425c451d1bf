/** The API writer groups styles into rectangles: the number of format calls does not grow with the rows. */
import { styleRects, columnWidthPoints, constantBands } from "../../../src/hosts/excel/sheetWriter";
import { buildAlertsSheet } from "../../../src/sheets/reports/alertsSheet";
import { equipeSheet } from "../../../src/sheets/templates/crew";
import { DEMO_CREW } from "../../../src/demo/crew";
import { fromIso } from "../../../src/core/dates/civil";
import type { Alert } from "../../../src/core/alerts";

const today = fromIso("2026-11-27")!;

function alerts(n: number): Alert[] {
  return Array.from({ length: n }, (_, i) => ({ code: "PLAN_CYCLE", severity: "error" as const, sheet: "Planning", row: i + 2, id: `T${i}`, cell: `Planning!A${i + 2}`, message: `Message ${i}` }));
}

test("style rectangles: as many for 10 alerts as for 100, for 150 as for 5,000, and every styled cell covered once", () => {
  // Up to 100 alerts the sheet is the list; above, the groups come first (one more table).
  expect(styleRects(buildAlertsSheet(alerts(100), today)).length).toBe(styleRects(buildAlertsSheet(alerts(10), today)).length);
  const small = styleRects(buildAlertsSheet(alerts(150), today));
  const large = styleRects(buildAlertsSheet(alerts(5000), today));
  expect(large.length).toBe(small.length);
  expect(large.length).toBeLessThan(40);
  const model = buildAlertsSheet(alerts(5000), today);
  const styled = model.rows.reduce((n, row) => n + (row ?? []).filter((c) => c?.style).length, 0);
  const covered = large.reduce((n, r) => n + r.rect.rows * r.rect.cols, 0);
  expect(covered).toBe(styled);
});

test("the header's bottom border stays one row high; a template is a handful of rectangles", () => {
  const rects = styleRects(equipeSheet(DEMO_CREW));
  for (const r of rects.filter((x) => x.style.border === "bottom")) expect(r.rect.rows).toBe(1);
  expect(rects.length).toBeLessThan(20);
});

test("column widths: the file's width (characters of Calibri 11 plus padding) to points as Excel computes them", () => {
  expect(columnWidthPoints(9.140625)).toBe(48); // Excel's default column ("8.43" in its UI): 64 px
  expect(columnWidthPoints(20)).toBe(105); // 140 px
});

test("constants go in by bands over the columns they fill: a blank grid under formulas is never sent", () => {
  const far = Array<string | null>(61).fill(null);
  far[60] = "loin";
  const bands = constantBands([
    ["Titre"],
    [null, null, null], // blank row: the band stops
    [null, "a", "b"],
    ["x", "y", null], // widening to A:C wastes 2 nulls (10 bytes < one call's 200): same band
    far, // widening to 61 columns would waste (61-3)×2 + 60 = 176 nulls (880 bytes): a band of its own
  ]);
  expect(bands).toEqual([
    { top: 0, left: 0, rows: 1, cols: 1 },
    { top: 2, left: 0, rows: 2, cols: 3 },
    { top: 4, left: 60, rows: 1, cols: 1 },
  ]);
  // A Gantt-like sheet: a 59-column title row over 1,000 rows whose cells are all formulas (null here).
  const gantt = [Array.from({ length: 59 }, (_, c) => `S${c}`), ...Array.from({ length: 1000 }, () => Array<null>(59).fill(null))];
  expect(constantBands(gantt)).toEqual([{ top: 0, left: 0, rows: 1, cols: 59 }]);
});

/**
 * The `Alertes` sheet at any size: the list as it is up to 100 alerts; above, one line per code and
 * sheet first (how many, the first cells, the productions, the first message), the full list after,
 * and a printout of the groups only.
 */
import { groupByCode, type Alert } from "../../src/core/alerts";
import { fromIso } from "../../src/core/dates/civil";
import { ALERTS_LIST_START, ownedPrint } from "../../src/sheets/contract/sheets";
import { modelView, printSetup } from "../../src/sheets/print";
import { COLORS } from "../../src/sheets/render";
import { buildAlertsSheet, ALERTS_SHEET } from "../../src/sheets/reports/alertsSheet";
import type { SheetModel } from "../../src/workbook/model";

const today = fromIso("2026-11-27")!;

/** `n` alerts of one code on one sheet, spread over `productions` productions. */
function many(n: number, code: string, severity: Alert["severity"], sheet: string, productions = 1): Alert[] {
  return Array.from({ length: n }, (_, i) => ({ code, severity, sheet, row: i + 5, id: `T${i}`, cell: `${sheet}!A${i + 5}`, message: `${sheet}, ligne ${i + 5} : message ${i}.`, production: `P${i % productions}` }));
}

const text = (m: SheetModel, row: number, col: number): unknown => m.rows[row]?.[col]?.value ?? m.rows[row]?.[col]?.formula;

describe("groupByCode", () => {
  test("one group per code and sheet, errors first, then the largest", () => {
    const alerts = [...many(3, "B", "warning", "Seances"), ...many(2, "A", "error", "Planning"), ...many(5, "C", "warning", "Planning"), ...many(1, "A", "error", "Equipe")];
    const groups = groupByCode(alerts);
    expect(groups.map((g) => [g.severity, g.code, g.sheet, g.alerts.length])).toEqual([
      ["error", "A", "Planning", 2],
      ["error", "A", "Equipe", 1],
      ["warning", "C", "Planning", 5],
      ["warning", "B", "Seances", 3],
    ]);
    // Every alert is in exactly one group.
    expect(groups.reduce((n, g) => n + g.alerts.length, 0)).toBe(alerts.length);
  });
});

describe("the Alertes sheet", () => {
  test("up to 100 alerts: the list alone, header on row 4, all of it printed", () => {
    const m = buildAlertsSheet(many(100, "PLAN_X", "error", "Planning"), today);
    expect(m.tables!.map((t) => [t.name, t.row, t.rowCount])).toEqual([["Alertes", 3, 100]]);
    expect(printSetup(ownedPrint(ALERTS_SHEET), modelView(m)).area).toBe("A$1:H$104");
  });

  test("40,005 alerts: 3 groups first, then the full list, the printout the groups only", () => {
    const alerts = [...many(39000, "PLAN_ID_DOUBLON", "error", "Planning", 20), ...many(1000, "PAIE_CHEVAUCHEMENT", "error", "Seances", 2), ...many(5, "PAIE_INFO", "info", "Equipe")];
    const m = buildAlertsSheet(alerts, today);
    const [list, groups] = [m.tables!.find((t) => t.name === "Alertes")!, m.tables!.find((t) => t.name === "AlertesGroupes")!];
    expect([groups.row, groups.rowCount]).toEqual([3, 3]);
    // The groups' header (Excel row 4), 3 groups (rows 5–7), a blank row, the list's title (row 9) and header (row 10).
    expect([list.row, list.rowCount]).toEqual([9, 40005]);
    expect(String(text(m, 8, 0))).toMatch(ALERTS_LIST_START);
    expect(String(text(m, 8, 0))).toContain("(40\u202f005)");
    // The first group: the 39,000 repeated IDs, its first cell a link, the next four named, and how many more.
    const row = (r: number) => groups.headers.map((_, c) => text(m, r, c));
    expect(row(4)).toEqual([
      "Erreur",
      "PLAN_ID_DOUBLON",
      "Planning",
      39000,
      'HYPERLINK("#Planning!A5","Planning!A5")',
      "Planning!A6, Planning!A7, Planning!A8, Planning!A9 (+ 38\u202f995)",
      "P0, P1, P2 (+ 17)",
      "Planning, ligne 5 : message 0.",
    ]);
    // The count reads « 39 000 » with the reader's thousands separator.
    const styleAt = (c: number) => m.rows[4]?.[c]?.style;
    expect(styleAt(3)?.numFmt).toBe("#,##0");
    // The link is grey and locked like every computed cell of the row.
    expect([styleAt(3)?.fill, styleAt(4)?.fill, styleAt(4)?.locked]).toEqual([COLORS.computedFill, COLORS.computedFill, true]);
    expect(row(5).slice(0, 4)).toEqual(["Erreur", "PAIE_CHEVAUCHEMENT", "Seances", 1000]);
    expect(row(6).slice(0, 4)).toEqual(["Information", "PAIE_INFO", "Equipe", 5]);
    // The full list keeps every alert (the pane and the next check read it back), errors first.
    expect(text(m, 10, 1)).toBe("PLAN_ID_DOUBLON");
    expect(text(m, 9 + 40005, 1)).toBe("PAIE_INFO");
    // Printed: the title and the groups (rows 1–7), not the 40,005 lines.
    expect(printSetup(ownedPrint(ALERTS_SHEET), modelView(m)).area).toBe("A$1:H$7");
  });
});

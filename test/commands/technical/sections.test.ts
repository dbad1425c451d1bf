/**
 * The technical step's JSON sections on a 20,000-card rushes log with two alerts per card (a hostile
 * workbook of issue 8): each card gets its own alerts' codes, and the grouping is linear — it filtered
 * every alert for every card (20,000 × 40,000), seconds of a check.
 */
import { technicalSections } from "../../../src/commands/technical/sections";
import type { TechnicalData } from "../../../src/sheets/technical";

test("each card's alert codes, found without scanning every alert for every card", () => {
  const n = 40_000;
  const rows = Array.from({ length: n }, (_, i) => ({ sheet: "Rushes", sheetRow: 4 + i }));
  const alerts = rows.flatMap((r, i) => [
    { code: "TECH_SAUVEGARDE", sheet: "Rushes", row: r.sheetRow },
    { code: i % 2 ? "TECH_TC_CHEVAUCHEMENT" : "TECH_RUSH_TARDIF", sheet: "Rushes", row: r.sheetRow },
  ]);
  const data = {
    input: { rushRows: rows, rushes: rows.map(() => ({ production: "FLEUVE" })), deliverableRows: [], deliverables: [] },
    rushes: { frames: [], totals: { days: [], productions: [] } },
    deliverables: { productionIssues: [] },
    alerts,
  } as unknown as TechnicalData;
  const started = Date.now();
  const sections = technicalSections(data, []) as { rushes: { row: number; alerts: string[] }[] };
  expect(Date.now() - started).toBeLessThan(2000);
  expect(sections.rushes[0]).toEqual({ row: 4, production: "FLEUVE", duration: null, alerts: ["TECH_SAUVEGARDE", "TECH_RUSH_TARDIF"] });
  expect(sections.rushes[n - 1].alerts).toEqual(["TECH_SAUVEGARDE", "TECH_TC_CHEVAUCHEMENT"]);
});

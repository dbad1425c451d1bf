/**
 * The demo workbook (`cappad new --demo`) holds November 2026's séances of the crew; the check catches
 * the crafted errors on their rows, and « Préparer la paie » gives the month's lines, fiches and pay items.
 */
import { checkCommand } from "../../../src/commands/check";
import { payrollCommand } from "../../../src/commands/crew/payroll";
import { DEMO_SEANCE_ROWS } from "../../../src/demo/seances";
import { DEMO_DAY_OFF } from "../../../src/demo/story";
import { toIso } from "../../../src/core/dates/civil";
import { openWorkbook } from "../../../src/hosts/file/workbook";
import { isDayValue } from "../../../src/sheets/values";
import { demoBytes, run, tableRows } from "../planning/fixtures";
import { seanceCell } from "./fixtures";

/** Index of the demo séance of a resource on a day (the first one, or the one starting at `start`). */
function demoSeance(resource: string, iso: string, production?: string): number {
  const i = DEMO_SEANCE_ROWS.findIndex((r) => r.Ressource === resource && isDayValue(r.Date) && toIso(r.Date.day) === iso && (!production || r.Production === production));
  if (i < 0) throw new Error(`pas de séance de ${resource} le ${iso}`);
  return i;
}

describe("the demo's month of séances", () => {
  test("every crafted error is caught on its row", async () => {
    const r = await run(await demoBytes(), checkCommand);
    const cells = (code: string) => r.report.alerts.filter((a) => a.code === code).map((a) => a.cell);
    expect(cells("PAIE_REPOS_11H")).toEqual([seanceCell("Arrivée", demoSeance("Hugo Bernard", "2026-11-11"))]);
    expect(cells("PAIE_INDISPONIBLE")).toEqual([seanceCell("Date", demoSeance(DEMO_DAY_OFF.resource, DEMO_DAY_OFF.iso))]);
    expect(cells("PAIE_JOURNEE_12H")).toEqual([seanceCell("Départ", demoSeance("Léa Martin", "2026-11-19"))]);
    expect(cells("PAIE_CHEVAUCHEMENT")).toEqual([seanceCell("Arrivée", demoSeance("Léa Martin", "2026-11-24", "GLACIER"))]);
    expect(cells("PAIE_SOUS_MINIMUM").length).toBeGreaterThan(0);
    expect(new Set(cells("PAIE_JOUR_DIVISE_PAR_5"))).toEqual(new Set(["Equipe!F5"]));
    // Hugo's GLACIER payslip forgot the 11 November premium; Léa's agrees with the estimate.
    expect(r.report.alerts.filter((a) => a.code === "PAIE_BULLETIN_ECART").map((a) => a.message).every((m) => /Hugo Bernard \(GLACIER/.test(m))).toBe(true);
    expect(cells("PAIE_BULLETIN_ECART")).toHaveLength(3);
    // Nothing else the payroll checks would say: the demo is otherwise clean.
    const others = r.report.alerts.filter((a) => a.code.startsWith("PAIE_") && a.severity !== "info");
    expect(new Set(others.map((a) => a.code))).toEqual(
      new Set(["PAIE_REPOS_11H", "PAIE_INDISPONIBLE", "PAIE_JOURNEE_12H", "PAIE_CHEVAUCHEMENT", "PAIE_SOUS_MINIMUM", "PAIE_JOUR_DIVISE_PAR_5", "PAIE_BULLETIN_ECART"]),
    );
  });

  test("the 11 November worked is marked and paid as a major holiday; the late evening has night hours", async () => {
    const checked = await run(await demoBytes(), checkCommand);
    const seances = tableRows(await openWorkbook(checked.bytes!), "Seances");
    expect(seances[demoSeance("Hugo Bernard", "2026-11-11")]["Dimanche/férié"]).toMatch(/^Férié : Armistice/);
    // 11:00–23:30 less 1 h: 11,5 h, of which 22:00–23:30 at night (documentary outside winter: 22:00–07:00).
    expect(seances[demoSeance("Hugo Bernard", "2026-11-10")]).toMatchObject({ Heures: 11.5, "Heures de nuit": 1.5 });
    // Paie: Hugo on GLACIER has 7 h of holiday and 1,5 h of night as « Heures majorées ».
    const paid = await run(checked.bytes!, payrollCommand, { month: "2026-11" });
    const line = tableRows(await openWorkbook(paid.bytes!), "Paie").find((l) => l.Nom === "Hugo Bernard" && l.Production === "GLACIER")!;
    expect(line["Heures majorées"]).toBe(8.5);
  });

  test("« Préparer la paie » for November: 4 lines, 8 fiches, the CSV", async () => {
    const r = await run(await demoBytes(), payrollCommand, { month: "2026-11" });
    const lines = r.report.sections.payroll as { production: string; name: string }[];
    expect(lines.map((l) => `${l.production} ${l.name}`)).toEqual(["FLEUVE Hugo Bernard", "FLEUVE Léa Martin", "GLACIER Hugo Bernard", "GLACIER Léa Martin"]);
    expect(r.report.summary.join("\n")).toMatch(/Fiches de présence : 8 fiche\(s\)/);
    expect(r.report.files[0].name).toBe("elements-variables-paie-2026-11.csv");
  });
});

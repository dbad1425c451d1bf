/**
 * The demo workbook (`cappad new --demo`) holds November 2026's séances of the crew of Studio Cap Nord, a
 * technical facility (IDCC 3252) with its contracts; the check catches the crafted errors on their rows
 * and says nothing the story (src/demo/story.ts) does not intend, and « Préparer la paie » gives the
 * month's lines, fiches and pay items.
 */
import { checkCommand } from "../../../src/commands/check";
import { payrollCommand } from "../../../src/commands/crew/payroll";
import { DEMO_SEANCE_ROWS } from "../../../src/demo/seances";
import { DEMO_DAY_OFF } from "../../../src/demo/story";
import { toIso } from "../../../src/core/dates/civil";
import { openWorkbook } from "../../../src/hosts/xlsx/workbook";
import { isDayValue } from "../../../src/workbook/values";
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
    // The facility agreement's 10 h day, 12 h by exception: three long days to justify (the last séance of each day).
    expect(cells("PAIE_JOURNEE_EXCEPTION")).toEqual([
      seanceCell("Départ", demoSeance("Hugo Bernard", "2026-11-10")),
      seanceCell("Départ", demoSeance("Léa Martin", "2026-11-24", "GLACIER")),
      seanceCell("Départ", demoSeance("Léa Martin", "2026-11-26")),
    ]);
    // No versement mobilité rate shipped for Lille: said on the employer's postal code.
    expect(cells("PAIE_VERSEMENT_MOBILITE_INCONNU")).toEqual(["Societe!B9"]);
    // Hugo's GLACIER payslip was computed per production; Léa's agrees with the estimate.
    expect(r.report.alerts.filter((a) => a.code === "PAIE_BULLETIN_ECART").map((a) => a.message).every((m) => /Hugo Bernard \(GLACIER/.test(m))).toBe(true);
    expect(cells("PAIE_BULLETIN_ECART")).toHaveLength(3);
    // Nothing else the payroll checks would say: every séance is inside a contract, the grid lines are known.
    const others = r.report.alerts.filter((a) => a.code.startsWith("PAIE_") && a.severity !== "info");
    expect(new Set(others.map((a) => a.code))).toEqual(
      new Set(["PAIE_REPOS_11H", "PAIE_INDISPONIBLE", "PAIE_JOURNEE_12H", "PAIE_JOURNEE_EXCEPTION", "PAIE_CHEVAUCHEMENT", "PAIE_VERSEMENT_MOBILITE_INCONNU", "PAIE_BULLETIN_ECART"]),
    );
    const infos = r.report.alerts.filter((a) => a.code.startsWith("PAIE_") && a.severity === "info");
    expect(infos.map((a) => a.code)).toEqual(["PAIE_MAJORATION_A_VERIFIER"]);
  });

  test("the 11 November worked is marked; the facility's night starts at midnight, so the late evening has none", async () => {
    const checked = await run(await demoBytes(), checkCommand);
    const seances = tableRows(await openWorkbook(checked.bytes!), "Seances");
    expect(seances[demoSeance("Hugo Bernard", "2026-11-11")]["Dimanche/férié"]).toMatch(/^Férié : Armistice/);
    // 11:00–23:30 less 1 h: 11,5 h, none of it between 00:00 and 06:00 (IDCC 2717 art. 5.11.1, carried to 3252).
    expect(seances[demoSeance("Hugo Bernard", "2026-11-10")]).toMatchObject({ Heures: 11.5, "Heures de nuit": null });
    // Paie: the holiday premium of the facility agreement is unknown (0 %, à vérifier): no « Heures majorées ».
    const paid = await run(checked.bytes!, payrollCommand, { month: "2026-11" });
    const lines = tableRows(await openWorkbook(paid.bytes!), "Paie");
    const hugo = lines.find((l) => l.Nom === "Hugo Bernard" && l.Production === "GLACIER")!;
    expect(hugo["Heures majorées"]).toBe(0);
    // Week of 2 November: 25,5 h on FLEUVE and 18,5 h on GLACIER make 44 h: 8 h at +25 % and 1 h at +50 %,
    // shared 25,5/44 and 18,5/44; the week of 9 November (42,5 h, GLACIER only) adds 7,5 h at +25 %.
    const fleuve = lines.find((l) => l.Nom === "Hugo Bernard" && l.Production === "FLEUVE")!;
    expect([fleuve["HS 25 %"], fleuve["HS 50 %"]]).toEqual([4.64, 0.58]); // 8 × 25,5/44 = 4,636; 1 × 25,5/44 = 0,580
    expect([hugo["HS 25 %"], hugo["HS 50 %"]]).toEqual([10.86, 0.42]); // 8 × 18,5/44 + 7,5 = 10,864; 0,420
  });

  test("« Préparer la paie » for November: 4 lines, 8 fiches, the CSV", async () => {
    const r = await run(await demoBytes(), payrollCommand, { month: "2026-11" });
    const lines = r.report.sections.payroll as { production: string; name: string }[];
    expect(lines.map((l) => `${l.production} ${l.name}`)).toEqual(["FLEUVE Hugo Bernard", "FLEUVE Léa Martin", "GLACIER Hugo Bernard", "GLACIER Léa Martin"]);
    expect(r.report.summary.join("\n")).toMatch(/Fiches de présence : 8 fiche\(s\)/);
    expect(r.report.files[0].name).toBe("elements-variables-paie-2026-11.csv");
  });
});

/**
 * "Vérifier un bulletin": the provider's figures typed in `Bulletins` against the estimate of the same
 * month; differences in the computed columns, alerts on the typed cell beyond the tolerance of
 * `Parametres` (the user's value wins over the shipped one).
 */
import { payslipCheckCommand } from "../../../src/commands/crew/payslipCheck";
import { checkCommand } from "../../../src/commands/check";
import { PAYROLL_PARAMETERS } from "../../../src/data/payroll";
import { openWorkbook } from "../../../src/hosts/xlsx/workbook";
import { parametresSheet } from "../../../src/sheets/templates/payroll";
import { run, tableRows } from "../planning/fixtures";
import { bulletinRow, crewBytes, person, week } from "./fixtures";

const crew = [person("Alice Roy", "Chef monteuse", 1400, "semaine 39 h")];
const seances = week("2026-03-02", "Alice Roy", "DOC1", "09:00", "17:00", 60); // 35 h at 35 €/h = 1 225,00 €

async function estimate() {
  const r = await run(await crewBytes({ crew, seances }), checkCommand);
  return (r.report.sections.payroll as { gross: number; net: number; employerCost: number }[])[0];
}

describe("Bulletins against the estimate", () => {
  test("within the tolerance: differences written, no alert; beyond it: an alert on each typed cell", async () => {
    const e = await estimate();
    expect(e.gross).toBe(1225);
    const bulletins = [
      { Période: "2026-03", Nom: "Alice Roy", Production: "DOC1", Brut: 1225, Net: e.net + 1, "Coût employeur": e.employerCost - 3 },
      { Période: "2026-03", Nom: "alice roy", Production: null, Brut: 1102.5, Net: null, "Coût employeur": e.employerCost * 1.1 },
    ];
    const r = await run(await crewBytes({ crew, seances, bulletins }), payslipCheckCommand);
    const rows = tableRows(await openWorkbook(r.bytes!), "Bulletins");
    expect(rows.slice(0, 2).map((b) => [b["Brut estimé"], b["Écart brut"], b["Écart net"]])).toEqual([
      [1225, 0, 1],
      [1225, -122.5, null],
    ]);
    expect(rows[0]["Écart coût"]).toBeCloseTo(-3, 2);
    expect(rows[0].Alerte).toBeNull();
    const flagged = r.report.alerts.filter((a) => a.code === "PAIE_BULLETIN_ECART");
    expect(flagged.map((a) => a.cell)).toEqual([`Bulletins!D${bulletinRow(1)}`, `Bulletins!F${bulletinRow(1)}`]);
    expect(flagged[0].message).toMatch(/brut 1\s102,50\s€ contre 1\s225,00\s€ estimé \(écart -122,50\s€, -10 %/);
    expect(String(rows[1].Alerte)).toMatch(/coût employeur/);
    expect(r.report.summary.join(" ")).toMatch(/2 bulletin\(s\) comparé\(s\).*2 écart\(s\)/);
  });

  test("the tolerance is the workbook's: 15 % in Parametres silences a 10 % gap", async () => {
    const edited = PAYROLL_PARAMETERS.map((p) => (p.code === "TOLERANCE_BULLETIN_POURCENT" ? { ...p, value: 15 } : p));
    const bulletins = [{ Période: "2026-03", Nom: "Alice Roy", Production: null, Brut: 1102.5, Net: null, "Coût employeur": null }];
    const r = await run(await crewBytes({ crew, seances, bulletins, noReferenceTables: true, extra: [parametresSheet(edited)] }), payslipCheckCommand);
    expect(r.report.alerts.filter((a) => a.code === "PAIE_BULLETIN_ECART")).toEqual([]);
    expect(tableRows(await openWorkbook(r.bytes!), "Bulletins")[0]["Écart brut"]).toBe(-122.5);
  });

  test("a payslip of a month without séances, a bad period: said on their cells, the rest still checked", async () => {
    const bulletins = [
      { Période: "2026-07", Nom: "Alice Roy", Production: null, Brut: 1000, Net: null, "Coût employeur": null },
      { Période: "juillet", Nom: "Alice Roy", Production: null, Brut: 1000, Net: null, "Coût employeur": null },
      { Période: "03/2026", Nom: "Alice Roy", Production: null, Brut: 1225, Net: null, "Coût employeur": null },
    ];
    const r = await run(await crewBytes({ crew, seances, bulletins }), payslipCheckCommand);
    expect(r.report.alerts.filter((a) => a.sheet === "Bulletins").map((a) => [a.code, a.cell])).toEqual([
      ["CELLULE_INVALIDE", `Bulletins!A${bulletinRow(1)}`],
      ["PAIE_BULLETIN_SANS_ESTIMATION", `Bulletins!B${bulletinRow(0)}`],
    ]);
    expect(tableRows(await openWorkbook(r.bytes!), "Bulletins")[2]["Écart brut"]).toBe(0);
  });

  test("the check keeps Bulletins up to date too, and a second run changes nothing", async () => {
    const bulletins = [{ Période: "2026-03", Nom: "Alice Roy", Production: "DOC1", Brut: 1000, Net: null, "Coût employeur": null }];
    const first = await run(await crewBytes({ crew, seances, bulletins }), checkCommand);
    expect(first.report.alerts.filter((a) => a.code === "PAIE_BULLETIN_ECART")).toHaveLength(1);
    const again = await run(first.bytes!, payslipCheckCommand);
    expect(again.apply.cellsWritten).toBe(0);
  });
});

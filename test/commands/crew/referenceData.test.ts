/**
 * `Grilles`, `Taux`, `Parametres` are the data the payroll uses: a value the user corrects changes the
 * result, a bad cell is an alert on that cell (and only its row is left out), an older table without
 * the optional columns is read without complaint, the employer's settings are read from `Parametres`.
 */
import { checkCommand } from "../../../src/commands/check";
import { payrollCommand } from "../../../src/commands/crew/payroll";
import { CONTRIBUTION_RATES, PAYROLL_PARAMETERS, WAGE_GRIDS } from "../../../src/data/payroll";
import { GRILLES, PARAMETRES, TAUX } from "../../../src/sheets/contract/crew";
import { SheetBuilder } from "../../../src/sheets/render";
import type { TableSpec } from "../../../src/sheets/spec";
import { grillesSheet, parametresSheet, tauxSheet } from "../../../src/sheets/templates/payroll";
import { columnLetters } from "../../../src/sheets/address";
import { GRID_COLUMNS, headerCells, RATE_COLUMNS, type ColumnMap } from "../../../src/sheets/crew/referenceColumns";
import { run } from "../planning/fixtures";
import { crewBytes, dataRow, person, week } from "./fixtures";

const crew = [person("Bruno Petit", "Assistant monteur", 900, "semaine 39 h")];
const seances = week("2026-03-02", "Bruno Petit", "DOC1", "09:00", "17:00", 60); // 35 h
const gross = (r: Awaited<ReturnType<typeof run>>) => (r.report.sections.payroll as { gross: number; employerContributions: number }[])[0];

function cellOf(spec: TableSpec, template: ReturnType<typeof grillesSheet>, header: string, index: number): string {
  return `${spec.sheet}!${columnLetters(spec.columns.findIndex((c) => c.header === header))}${dataRow(template, index)}`;
}

describe("the workbook's reference rows are the payroll's data", () => {
  test("a grid minimum corrected by the user is the one checked (900 € / 39 h is under 960 € / 35 h)", async () => {
    const grids = WAGE_GRIDS.map((g) => (g.role === "Assistant monteur" && g.effective === "2024-07-01" ? { ...g, weekly35: 960 } : g));
    const shipped = await run(await crewBytes({ crew, seances }), checkCommand);
    const edited = await run(await crewBytes({ crew, seances, noReferenceTables: true, extra: [grillesSheet(grids), tauxSheet(), parametresSheet()] }), checkCommand);
    expect(shipped.report.alerts.filter((a) => a.code === "PAIE_SOUS_MINIMUM")).toEqual([]);
    const under = edited.report.alerts.filter((a) => a.code === "PAIE_SOUS_MINIMUM");
    expect(under).toHaveLength(1);
    expect(under[0].message).toMatch(/minimum semaine 35 h 960,00\s€/);
  });

  test("a contribution rate changed by the user changes the employer cost", async () => {
    const rates = CONTRIBUTION_RATES.map((r) => (r.code === "ATMP" && r.from === "2026-01-01" ? { ...r, employerPercent: 1.08 } : r));
    const a = gross(await run(await crewBytes({ crew, seances }), checkCommand));
    const b = gross(await run(await crewBytes({ crew, seances, noReferenceTables: true, extra: [grillesSheet(), tauxSheet(rates), parametresSheet()] }), checkCommand));
    expect(b.gross).toBe(a.gross);
    // 1 point less of AT/MP on the gross (the RGDU does not depend on AT/MP); a cent of rounding per day at most.
    expect(Math.abs(Math.round((a.employerContributions - b.employerContributions) * 100) - a.gross)).toBeLessThanOrEqual(1);
  });

  test("a bad cell is an alert on it; its row is left out and the payroll still runs", async () => {
    const rates = CONTRIBUTION_RATES.map((r) => (r.code === "CSA" ? { ...r, employerPercent: "beaucoup" } : r));
    const r = await run(await crewBytes({ crew, seances, noReferenceTables: true, extra: [grillesSheet(), tauxSheet(rates), parametresSheet()] }), checkCommand);
    const bad = r.report.alerts.filter((a) => a.code === "PAIE_DONNEE_INVALIDE");
    const index = CONTRIBUTION_RATES.findIndex((x) => x.code === "CSA");
    expect(bad.map((a) => a.cell)).toEqual([cellOf(TAUX, tauxSheet(), "Employeur (%)", index)]);
    // The alert names the cell and its column header, then the engine's explanation.
    expect(bad[0].message).toBe(`${bad[0].cell} (Employeur (%)) : « beaucoup » n'est pas un taux en %.`);
    // The payroll ran without that row: 0,30 % of the gross less (CSA), a cent of rounding at most.
    const normal = gross(await run(await crewBytes({ crew, seances }), checkCommand));
    expect(gross(r).gross).toBe(normal.gross);
    expect(Math.abs(Math.round((normal.employerContributions - gross(r).employerContributions) * 100) - normal.gross * 0.3)).toBeLessThanOrEqual(1);
  });

  test("a rate that starts while its previous line is still open: a warning on its start, pointing at that line's end", async () => {
    // The CSA line in force has no end date; the user adds a new CSA line from 01/06/2026 without closing it.
    const open = CONTRIBUTION_RATES.findIndex((x) => x.code === "CSA" && x.to === null);
    const rates = [...CONTRIBUTION_RATES, { ...CONTRIBUTION_RATES[open], from: "2026-06-01" }];
    const r = await run(await crewBytes({ crew, seances, noReferenceTables: true, extra: [grillesSheet(), tauxSheet(rates), parametresSheet()] }), checkCommand);
    const [warning] = r.report.alerts.filter((a) => a.code === "PAIE_DONNEE_INVALIDE");
    expect([warning.severity, warning.cell]).toEqual(["warning", cellOf(TAUX, tauxSheet(rates), "Du", rates.length - 1)]);
    expect(warning.message).toBe(
      `${warning.cell} (Du) : le taux CSA commence le 01/06/2026 alors que sa ligne précédente est encore en vigueur : donnez-lui une date de fin. ` +
        `La ligne la plus récente est retenue. Ligne précédente : ${cellOf(TAUX, tauxSheet(rates), "Au", open)} (Au).`,
    );
  });

  test("an older Grilles and Taux without Niveau, Minimum heure, Condition: no missing-column alert", async () => {
    const older = <Row extends object>(spec: TableSpec, columns: ColumnMap<Row>, rows: readonly Row[], left: string[]) => {
      const b = new SheetBuilder(spec.sheet, false);
      b.table({ ...spec, columns: spec.columns.filter((c) => !left.includes(c.header)) }, 0, 0, rows.map((row) => headerCells(row, columns)));
      return b.build();
    };
    const grids = WAGE_GRIDS.map(({ level: _n, hourly: _h, ...g }) => g);
    const r = await run(
      await crewBytes({ crew, seances, noReferenceTables: true, extra: [older(GRILLES, GRID_COLUMNS, grids, ["Niveau", "Minimum heure"]), older(TAUX, RATE_COLUMNS, CONTRIBUTION_RATES.filter((x) => !x.condition), ["Condition"]), parametresSheet()] }),
      checkCommand,
    );
    expect(r.report.alerts.filter((a) => a.code === "TABLE_COLONNE_ABSENTE")).toEqual([]);
    // The tables were read (no shipped-data notice), dates typed as text (AAAA-MM-JJ) included.
    expect(r.report.alerts.filter((a) => a.code === "PAIE_DONNEES_LIVREES" || a.code === "PAIE_DONNEE_INVALIDE")).toEqual([]);
    expect(gross(r).gross).toBe(787.5);
  });
});

describe("the employer's settings in Parametres", () => {
  const withSetting = (code: string, value: string | number) => PAYROLL_PARAMETERS.map((p) => (p.code === code ? { ...p, value } : p));

  test("PLAFOND_METHODE picks the ceiling method, and the Paie sheet says which", async () => {
    const bytes = await crewBytes({ crew, seances, noReferenceTables: true, extra: [grillesSheet(), tauxSheet(), parametresSheet(withSetting("PLAFOND_METHODE", "jours travaillés"))] });
    const r = await run(bytes, payrollCommand, { month: "2026-03" });
    const paie = r.patch.ops.find((op) => op.kind === "sheet" && op.sheet.name === "Paie");
    expect(JSON.stringify(paie)).toMatch(/Plafond journalier × jours travaillés/);
    expect(r.report.summary.join(" ")).toMatch(/Plafond journalier × jours travaillés/);
  });

  test("an unreadable method is an alert on its Valeur cell; the calendar method is used", async () => {
    const params = withSetting("PLAFOND_METHODE", "au doigt mouillé");
    const r = await run(await crewBytes({ crew, seances, noReferenceTables: true, extra: [grillesSheet(), tauxSheet(), parametresSheet(params)] }), payrollCommand, { month: "2026-03" });
    const index = params.findIndex((p) => p.code === "PLAFOND_METHODE");
    const bad = r.report.alerts.filter((a) => a.code === "PAIE_DONNEE_INVALIDE");
    expect(bad.map((a) => a.cell)).toEqual([cellOf(PARAMETRES, parametresSheet(), "Valeur", index)]);
    expect(r.report.summary.join(" ")).toMatch(/jours calendaires/);
  });

  test("EFFECTIF of 50 or more switches FNAL to 0,50 % of the gross", async () => {
    const small = gross(await run(await crewBytes({ crew, seances }), checkCommand));
    const large = gross(await run(await crewBytes({ crew, seances, noReferenceTables: true, extra: [grillesSheet(), tauxSheet(), parametresSheet(withSetting("EFFECTIF", 80))] }), checkCommand));
    expect(large.employerContributions).toBeGreaterThan(small.employerContributions);
  });
});

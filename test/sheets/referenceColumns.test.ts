/**
 * The field → column maps of `Grilles`, `Taux`, `Parametres` are the only place where an engine field
 * meets its header: each map names exactly the columns of its table's contract, in the same order, so
 * a column added to or renamed in the spec without the map (or the reverse) fails here.
 */
import { headerCells, headerOf, REFERENCE_TABLES } from "../../src/sheets/crew/referenceColumns";
import { CONTRIBUTION_RATES } from "../../src/data/payroll";

describe("reference tables: one map from domain field to header", () => {
  test.each(Object.entries(REFERENCE_TABLES))("%s: the map's headers are the spec's columns, in order", (_, { spec, columns }) => {
    expect(Object.values(columns).map((c) => c.header)).toEqual(spec.columns.map((c) => c.header));
  });

  test("a field is named by its French header; a shipped row is written under its headers", () => {
    const fields = [{ table: "grids", field: "weekly35" }, { table: "rates", field: "employerPercent" }, { table: "parameters", field: "value" }] as const;
    expect(fields.map(headerOf)).toEqual(["Minimum semaine 35 h", "Employeur (%)", "Valeur"]);
    const csa = CONTRIBUTION_RATES.find((r) => r.code === "CSA")!;
    // The CSA row: 0,3 % employer, no condition (blank cell).
    expect(headerCells(csa, REFERENCE_TABLES.rates.columns)).toMatchObject({ Code: "CSA", Assiette: "brut", "Salarié (%)": 0, "Employeur (%)": 0.3, Du: "2025-01-01", Au: null, Condition: null });
  });
});

/** The shipped `Grilles`, `Taux` and `Parametres` rows, and their conversion (errors as data). */
import { BASE_LABELS, PARAMETER_KINDS, payrollConfigFromRows, parameterOn, parseBands, GridRow, RateRow, ParameterRow } from "../../../src/core/crew";
import { CONTRIBUTION_RATES, PAYROLL_PARAMETERS, WAGE_GRIDS, defaultPayrollConfig } from "../../../src/data/payroll";
import { d } from "./fixtures";
import { payrollSettings } from "../../../src/core/crew/settings";

describe("shipped data", () => {
  test("converts without a single issue", () => {
    expect(defaultPayrollConfig().issues).toEqual([]);
    const { config } = defaultPayrollConfig();
    expect(config.grids).toHaveLength(WAGE_GRIDS.length);
    expect(config.rates).toHaveLength(CONTRIBUTION_RATES.length);
    expect(config.parameters).toHaveLength(PAYROLL_PARAMETERS.length);
  });

  test("rows are keyed by the engine's domain fields (the sheets layer maps them to the headers)", () => {
    expect(Object.keys(CONTRIBUTION_RATES[0]).slice(0, 8)).toEqual(["code", "label", "base", "employeePercent", "employerPercent", "from", "to", "source"]);
    expect(Object.keys(WAGE_GRIDS[0])).toEqual(["agreement", "role", "level", "weekly35", "weekly39", "daily", "hourly", "effective", "source"]);
  });

  test("every row is dated and sourced; the reference's unverified values say « à vérifier »", () => {
    for (const r of [...CONTRIBUTION_RATES, ...PAYROLL_PARAMETERS]) {
      expect(r.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.source.length).toBeGreaterThan(5);
    }
    for (const g of WAGE_GRIDS) expect(g.source.length).toBeGreaterThan(5);
    const { config } = defaultPayrollConfig();
    const unverifiedRates = new Set(config.rates.filter((r) => r.unverified).map((r) => r.code));
    // Congés Spectacles after 2024, the 0,5 pt surcharge, the health fund after July 2025, occupational health.
    for (const code of ["CONGES_SPECTACLES", "CHOMAGE_MAJORATION_CDDU", "SANTE_FONDS_COLLECTIF", "SANTE_TRAVAIL", "ATMP"]) expect(unverifiedRates).toContain(code);
    // §1.2: the 2024 CCNPA grid is a third-party parse; §8.3.2: the 2012 grid is official.
    expect(config.grids.filter((g) => g.agreement === "IDCC 2642" && g.effective === d("2024-07-01")).every((g) => g.unverified)).toBe(true);
    expect(config.grids.filter((g) => g.agreement === "IDCC 2642" && g.effective === d("2012-07-01")).some((g) => g.unverified)).toBe(false);
  });

  test("every contribution of an intermittent technician's payslip is there", () => {
    const codes = new Set(CONTRIBUTION_RATES.map((r) => r.code));
    for (const c of ["CONGES_SPECTACLES", "CHOMAGE", "CHOMAGE_ANNEXE_8", "CHOMAGE_MAJORATION_CDDU", "AGS", "RETRAITE_COMPLEMENTAIRE_T1", "RETRAITE_COMPLEMENTAIRE_T2", "CEG_T1", "CEG_T2", "CET", "AFDAS", "SANTE_TRAVAIL", "PREVOYANCE_INTERMITTENTS", "SANTE_FONDS_COLLECTIF", "CSG_DEDUCTIBLE", "CSG_NON_DEDUCTIBLE", "CRDS", "MALADIE", "VIEILLESSE_PLAFONNEE", "VIEILLESSE_DEPLAFONNEE", "ALLOCATIONS_FAMILIALES", "FNAL", "CSA"])
      expect(codes).toContain(c);
  });

  test("every parameter row has a known code, and dated values switch on the right day", () => {
    for (const p of PAYROLL_PARAMETERS) expect(PARAMETER_KINDS[p.code]).toBeDefined();
    const { config } = defaultPayrollConfig();
    expect(parameterOn(config, "SMIC_HORAIRE", d("2026-05-31"))!.value).toBe(12.02);
    expect(parameterOn(config, "SMIC_HORAIRE", d("2026-06-01"))!.value).toBe(12.31);
    expect(parameterOn(config, "PMSS", d("2025-12-31"))!.value).toBe(3925);
    // The most specific row wins: CCNPA fiction/documentary night window over the CCNPA one over the legal one.
    expect(parameterOn(config, "NUIT_PLAGE", d("2026-03-01"))!.value).toBe("21:00-06:00");
    expect(parameterOn(config, "NUIT_PLAGE", d("2026-03-01"), { agreement: "IDCC 2642", genre: "Flux" })!.value).toBe("00:00-07:00");
    expect(parameterOn(config, "NUIT_PLAGE", d("2026-03-01"), { agreement: "IDCC 2642", genre: "série" })!.value).toContain("20:00-06:00");
    expect(parseBands(String(parameterOn(config, "HS_BANDES", d("2026-03-01"), { agreement: "IDCC 3097" })!.value))).toEqual([
      { from: 36, to: 43, percent: 25 },
      { from: 44, to: 48, percent: 50 },
      { from: 49, to: Infinity, percent: 75 },
    ]);
  });
});

describe("conversion of user-edited rows: validation errors as data", () => {
  test("bad cells are reported with table, row, field and a French message; good rows are kept", () => {
    const grids: GridRow[] = [
      { agreement: "IDCC 9999", role: "X", weekly35: 1, weekly39: null, daily: null, effective: "2026-01-01", source: "" },
      { agreement: "IDCC 2642", role: "Monteur", weekly35: "1 200,50 €", weekly39: null, daily: null, effective: "01/07/2026", source: "avenant, à vérifier" },
      { agreement: "IDCC 2642", role: "Monteur son", weekly35: "beaucoup", weekly39: null, daily: null, effective: "2026-07-01", source: "" },
    ];
    const rates: RateRow[] = [
      { code: "X", label: "", base: "brut magique", employeePercent: 1, employerPercent: 1, from: "2026-01-01", to: null, source: "" },
      { code: "Y", label: "", base: "tranche 1", employeePercent: "6,9", employerPercent: 1, from: "2026-01-01", to: "2025-01-01", source: "" },
      { code: "Z", label: "", base: "Brut", employeePercent: 0, employerPercent: 1, from: "2026-01-01", to: null, source: "", condition: "intermittent" },
      { code: "OK", label: "", base: "brut plafonné à 4 PSS", employeePercent: "2,40", employerPercent: 5, from: "2026-01-01", to: null, source: "", condition: "CDDU ≤ 3 mois" },
    ];
    const params: ParameterRow[] = [
      { code: "HS_BANDES", label: "", value: "36 à 43 : 25", from: "2026-01-01", to: null, source: "" },
      { code: "INCONNU", label: "", value: 1, from: "2026-01-01", to: null, source: "" },
      { code: "PMSS", label: "", value: "4 005", from: "2026-01-01", to: null, source: "" },
    ];
    const { config, issues } = payrollConfigFromRows(grids, rates, params);
    expect(issues.map((i) => [i.table, i.index, i.field, i.severity])).toEqual([
      ["grids", 0, "agreement", "error"],
      ["grids", 2, "weekly35", "error"],
      ["rates", 0, "base", "error"],
      ["rates", 1, "to", "error"],
      ["rates", 2, "condition", "error"],
      ["parameters", 0, "value", "error"],
      ["parameters", 1, "code", "warning"],
    ]);
    // The message is the explanation only: the sheets layer prefixes the sheet cell and the column header.
    expect(issues[1].message).toBe("« beaucoup » n'est pas un montant en euros.");
    expect(issues.every((i) => i.code === "PAIE_DONNEE_INVALIDE")).toBe(true);
    expect(issues[2].message).toContain(BASE_LABELS.capped4Pss);
    expect(config.grids).toHaveLength(1);
    expect(config.grids[0]).toMatchObject({ weekly35: 120050, effective: d("2026-07-01"), unverified: true });
    expect(config.rates.map((r) => [r.code, r.employeePercent, r.conditions])).toEqual([["OK", 2.4, ["shortCddu"]]]);
    expect(config.parameters.find((p) => p.code === "PMSS")!.value).toBe(4005);
  });

  test("a new rate row added without closing the previous one is flagged; the most recent one wins", () => {
    const rows: RateRow[] = [
      { code: "CONGES_SPECTACLES", label: "", base: "brut", employeePercent: 0, employerPercent: 15.5, from: "2026-04-01", to: null, source: "" },
      { code: "CONGES_SPECTACLES", label: "", base: "brut", employeePercent: 0, employerPercent: 15.7, from: "2027-04-01", to: null, source: "" },
    ];
    const { issues } = payrollConfigFromRows([], rows, []);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ table: "rates", index: 1, field: "from", severity: "warning" });
  });
});

describe("the headcount band (Parametres EFFECTIF against SEUIL_EFFECTIF)", () => {
  const settingsWith = (headcount: number, threshold?: number) => {
    const rows = PAYROLL_PARAMETERS.filter((p) => p.code !== "EFFECTIF" && (threshold === undefined || p.code !== "SEUIL_EFFECTIF")).concat(
      { ...PAYROLL_PARAMETERS.find((p) => p.code === "EFFECTIF")!, value: headcount },
      threshold === undefined ? [] : [{ ...PAYROLL_PARAMETERS.find((p) => p.code === "SEUIL_EFFECTIF")!, value: threshold }],
    );
    const { config } = payrollConfigFromRows(WAGE_GRIDS, CONTRIBUTION_RATES, rows);
    return payrollSettings(config, d("2026-11-02")).options.employerSize;
  };

  test("the shipped threshold is 50, dated and sourced; the band follows the workbook's threshold", () => {
    const row = PAYROLL_PARAMETERS.find((p) => p.code === "SEUIL_EFFECTIF")!;
    expect(row).toMatchObject({ value: 50, unit: "salariés" });
    expect(row.source).toBeTruthy();
    expect([settingsWith(49, 50), settingsWith(50, 50)]).toEqual(["under50", "from50"]);
    expect(settingsWith(12, 10)).toBe("from50");
  });
});

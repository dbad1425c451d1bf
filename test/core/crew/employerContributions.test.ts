/**
 * Contributions added with the employer: the AGIRC-ARRCO tranche 2 of intermittent cadres (general
 * split, the 50/50 split being the non-cadres'), APEC, the forfait social on employer prévoyance from
 * 11 employees, the versement mobilité of the employer's commune, and the Congés Spectacles base capped
 * at the agreement's number of conventional minima. Worked cases, amounts in cents.
 */
import { computeContributions, computePayroll, payrollConfigFromRows, prorateCeiling, type ContributionResult } from "../../../src/core/crew";
import { config, d, input, member, resetRows, week } from "./fixtures";

beforeEach(resetRows);

/** A whole month (full PMSS 4 005 €) of `grossEuros` in March 2026. */
function month(grossEuros: number, cadre: boolean, headcount?: number): ContributionResult {
  const ceiling = prorateCeiling(config, { method: "calendar", month: d("2026-03-01"), calendarDays: 30, workedDays: 30 });
  return computeContributions(config, [{ day: d("2026-03-02"), cents: grossEuros * 100 }], ceiling, { cadre, employerSize: "under50", shortContract: false, surcharge: false, headcount });
}
const line = (r: ContributionResult, code: string) => r.lines.find((l) => l.code === code);

describe("AGIRC-ARRCO tranche 2 and APEC of intermittent cadres", () => {
  // 6 000 € in a month: tranche 2 = 6 000 − 4 005 = 1 995,00 €.
  test("a cadre's tranche 2 keeps the general split: 12,95 % employer (258,35 €), 8,64 % employee (172,37 €)", () => {
    // 1 995 × 12,95 % = 258,3525 → 258,35; 1 995 × 8,64 % = 172,368 → 172,37.
    expect(line(month(6000, true), "RETRAITE_COMPLEMENTAIRE_T2")).toMatchObject({ baseCents: 199500, employerCents: 25835, employeeCents: 17237 });
  });

  test("a non-cadre technician's tranche 2 is split 50/50: 10,80 % (215,46 €) and 10,79 % (215,26 €)", () => {
    // 1 995 × 10,80 % = 215,46; 1 995 × 10,79 % = 215,2605 → 215,26.
    expect(line(month(6000, false), "RETRAITE_COMPLEMENTAIRE_T2")).toMatchObject({ employerCents: 21546, employeeCents: 21526 });
  });

  test("tranche 1 is 50/50 for both (3,94 % / 3,93 %)", () => {
    expect(line(month(6000, true), "RETRAITE_COMPLEMENTAIRE_T1")).toMatchObject({ baseCents: 400500, employerPercent: 3.94, employeePercent: 3.93 });
  });

  test("APEC, cadres only: 0,036 % employer and 0,024 % employee on the gross up to 4 ceilings: 2,16 € and 1,44 €", () => {
    expect(line(month(6000, true), "APEC")).toMatchObject({ baseCents: 600000, employerCents: 216, employeeCents: 144 });
    expect(line(month(6000, false), "APEC")).toBeUndefined();
  });
});

describe("forfait social on the employer's prévoyance and health, from 11 employees", () => {
  test("non-cadre, 2 500 €, 12 employees: 8 % × (0,34 % + 0,77 %) × 2 500 = 8 % × 27,75 = 2,22 €", () => {
    // Prévoyance 0,34 % × 2 500 = 8,50; health fund 0,77 % × 2 500 = 19,25; base 27,75; 8 % = 2,22.
    expect(line(month(2500, false, 12), "FORFAIT_SOCIAL")).toMatchObject({ baseCents: 2775, employerCents: 222, employeeCents: 0 });
  });

  test("cadre: 8 % × (1,50 % + 0,74 %) × 2 500 = 8 % × 56,00 = 4,48 €", () => {
    expect(line(month(2500, true, 12), "FORFAIT_SOCIAL")).toMatchObject({ baseCents: 5600, employerCents: 448 });
  });

  test("under 11 employees, or an unknown headcount, nothing", () => {
    expect(line(month(2500, false, 10), "FORFAIT_SOCIAL")).toBeUndefined();
    expect(line(month(2500, false), "FORFAIT_SOCIAL")).toBeUndefined();
  });
});

describe("versement mobilité by the employer's commune", () => {
  // Chef monteur, one 35 h week at 1 138,62 € in March 2026.
  const crew = [member("Chef", "Chef monteur", 1138.62, "semaine 35 h")];
  const employer = { agreement: "IDCC 2642" as const, postalCode: "59000", city: "Lille", postalCodePlace: { sheet: "Societe", row: 9, cells: { value: "Societe!B9" } } };
  const withRate = payrollConfigFromRows([], [], [{ code: "VERSEMENT_MOBILITE_59000", label: "Versement mobilité (test)", value: 2, unit: "%", from: "2020-01-01", to: null, source: "test" }]).config;
  const cfg = { ...config, parameters: [...config.parameters, ...withRate.parameters] };

  test("the commune's rate on the gross: 2 % × 1 138,62 = 22,77 €", () => {
    const res = computePayroll({ ...input(week("2026-03-02", "Chef", "DOC1", "09:00", "16:00", 0, 5), crew, undefined, { headcount: 12 }), config: cfg, employer }, "2026-03");
    expect(res.lines[0].contributions.lines.find((l) => l.code === "VERSEMENT_MOBILITE")).toMatchObject({ employerPercent: 2, employerCents: 2277 });
    expect(res.employerAlerts).toEqual([]);
  });

  test("an unknown commune: 0 % and a warning on the employer's postal code", () => {
    const res = computePayroll({ ...input(week("2026-03-02", "Chef", "DOC1", "09:00", "16:00", 0, 5), crew, undefined, { headcount: 12 }), employer }, "2026-03");
    expect(res.lines[0].contributions.lines.find((l) => l.code === "VERSEMENT_MOBILITE")).toBeUndefined();
    expect(res.employerAlerts.map((a) => [a.code, a.severity, a.cell])).toEqual([["PAIE_VERSEMENT_MOBILITE_INCONNU", "warning", "Societe!B9"]]);
    expect(res.alerts.map((a) => a.code)).toContain("PAIE_VERSEMENT_MOBILITE_INCONNU");
  });

  test("under 11 employees no versement mobilité is due: no line, no warning", () => {
    const res = computePayroll({ ...input(week("2026-03-02", "Chef", "DOC1", "09:00", "16:00", 0, 5), crew, undefined, { headcount: 10 }), employer }, "2026-03");
    expect(res.employerAlerts).toEqual([]);
  });
});

describe("Congés Spectacles on gross capped at the agreement's number of conventional minima (CCNPA: 3)", () => {
  test("4 000 € for a 35 h week of a chef monteur (minimum 1 138,62 €): base 3 × 1 138,62 = 3 415,86 €, 529,46 €", () => {
    // 3 415,86 × 15,50 % = 529,4583 → 529,46 (620,00 € on the whole gross).
    const res = computePayroll(input(week("2026-03-02", "Chef", "DOC1", "09:00", "16:00", 0, 5), [member("Chef", "Chef monteur", 4000, "semaine 35 h")]), "2026-03");
    const cs = res.lines[0].contributions.lines.find((l) => l.code === "CONGES_SPECTACLES")!;
    expect([res.lines[0].grossCents, res.lines[0].minimumCents, cs.baseCents, cs.employerCents]).toEqual([400000, 113862, 341586, 52946]);
  });

  test("under the cap, the whole gross", () => {
    const res = computePayroll(input(week("2026-03-02", "Chef", "DOC1", "09:00", "16:00", 0, 5), [member("Chef", "Chef monteur", 1138.62, "semaine 35 h")]), "2026-03");
    expect(res.lines[0].contributions.lines.find((l) => l.code === "CONGES_SPECTACLES")!.baseCents).toBe(113862);
  });
});

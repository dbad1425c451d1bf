/**
 * The shipped data of the technical facilities and of the new contributions: the 2717 CDDU grid of
 * avenant n° 13 and its dated rises (chained to the cent), the 3252 rows and the usual titles, the
 * facility rules as dated rows, and every payroll row citing a public source, never our notes.
 */
import { gridLineOn, parameterOn } from "../../../src/core/crew";
import { CONTRIBUTION_RATES, PAYROLL_PARAMETERS, WAGE_GRIDS } from "../../../src/data/payroll";
import { config, d } from "./fixtures";

const line = (agreement: "IDCC 2717" | "IDCC 3252", job: string, iso: string) => {
  const g = gridLineOn(config, agreement, job, d(iso))!;
  return [g.hourly, g.daily, g.unverified];
};

describe("the 2717 CDDU grid and its rises", () => {
  test("Truquiste AV: 30,68 / 245,46 printed (2016); ×1,005 → 30,83 / 246,69 (2017); ×1,009 → 31,11 / 248,91; ×1,016 → 31,61 / 252,89", () => {
    // 30,68 × 1,005 = 30,8334 → 30,83; 245,46 × 1,005 = 246,6873 → 246,69;
    // 30,83 × 1,009 = 31,1075 → 31,11; 246,69 × 1,009 = 248,9102 → 248,91;
    // 31,11 × 1,016 = 31,6078 → 31,61; 248,91 × 1,016 = 252,8926 → 252,89.
    expect(line("IDCC 2717", "Truquiste AV", "2016-11-02")).toEqual([3068, 24546, true]); // effective date = signature: à vérifier
    expect(line("IDCC 2717", "Truquiste AV", "2017-06-01")).toEqual([3083, 24669, false]); // extended rise "tous régimes"
    expect(line("IDCC 2717", "Truquiste AV", "2018-06-01")).toEqual([3111, 24891, true]); // CDDU grid rise not confirmed
    expect(line("IDCC 2717", "Truquiste AV", "2019-06-01")).toEqual([3161, 25289, true]);
  });

  test("IDCC 3252 from 1 April 2025 carries the 2019 amounts, à vérifier; the daily amount is never rebuilt from the hourly one", () => {
    // Ingénieur du son: 31,79 → 31,95 → 32,24 → 32,76 €/h; 254,40 → 255,67 → 257,97 → 262,10 €/day (8 × 32,76 = 262,08).
    expect(line("IDCC 3252", "Ingénieur du son", "2026-11-02")).toEqual([3276, 26210, true]);
    expect(gridLineOn(config, "IDCC 3252", "Ingénieur du son", d("2025-03-31"))).toBeUndefined();
  });

  test("usual titles: Mixeur at the ingénieur du son's amounts, Monteur son at the monteur AV's, flagged as an assimilation", () => {
    const mixeur = gridLineOn(config, "IDCC 3252", "Mixeur", d("2026-11-02"))!;
    expect([mixeur.hourly, mixeur.daily]).toEqual([3276, 26210]);
    expect(mixeur.source).toMatch(/Ingénieur du son.*à vérifier/);
    // "Chef monteuse" (feminine) finds the usual title row, at the chef monteur AV's amounts.
    expect(line("IDCC 3252", "Chef monteuse", "2026-11-02")).toEqual(line("IDCC 3252", "Chef monteur AV", "2026-11-02"));
    expect(gridLineOn(config, "IDCC 3252", "Monteuse son", d("2026-11-02"))!.hourly).toBe(gridLineOn(config, "IDCC 3252", "Monteur AV", d("2026-11-02"))!.hourly);
  });

  test("22 jobs × 4 dated steps for 2717, 22 + 5 usual titles for 3252", () => {
    expect(WAGE_GRIDS.filter((r) => r.agreement === "IDCC 2717" && String(r.effective) >= "2016").length).toBe(88);
    expect(WAGE_GRIDS.filter((r) => r.agreement === "IDCC 3252").length).toBe(27);
    expect(WAGE_GRIDS.filter((r) => r.agreement === "IDCC 3252").every((r) => /à vérifier/.test(r.source))).toBe(true);
  });
});

describe("the facility rules as dated parameters", () => {
  const p = (code: string, agreement: "IDCC 2717" | "IDCC 3252", iso = "2026-11-02") => parameterOn(config, code, d(iso), { agreement });
  test.each([
    ["HS_BANDES", "36-43:25 ; 44+:50"],
    ["HS_ARRONDI_MINUTES", 30],
    ["NUIT_PLAGE", "00:00-06:00"],
    ["MAJ_NUIT", 25],
    ["MAX_HEURES_JOUR", 10],
    ["MAX_HEURES_JOUR_EXCEPTION", 12],
    ["JOUR_BASE_HEURES", 8],
    ["CS_PLAFOND_MINIMUMS", 2],
    ["CONTRAT_COURT_JOURS", 4],
    ["DEPASSEMENT_JOUR_BANDES", "9-10:10 ; 11-12:25 ; 13+:75"],
    ["MAJ_DIMANCHE", 0],
    ["FERIE_CHOME_HEURES", 0],
  ] as [string, string | number][])("%s: %p in 2717 and in 3252 (3252 à vérifier)", (code, value) => {
    const r2717 = p(code, "IDCC 2717", "2024-06-03")!;
    const r3252 = p(code, "IDCC 3252")!;
    expect([r2717.agreement, r2717.value, r3252.agreement, r3252.value]).toEqual(["IDCC 2717", value, "IDCC 3252", value]);
    expect(r3252.unverified).toBe(true);
  });

  test("no ÷ 4,5 day rule at the facilities; the unknown premiums and the short-contract bands say « à vérifier »", () => {
    expect(p("DIVISEUR_JOUR", "IDCC 3252")).toBeUndefined();
    for (const code of ["MAJ_DIMANCHE", "MAJ_FERIE_MAJEUR", "MAJ_FERIE_AUTRE", "DEPASSEMENT_JOUR_BANDES", "FERIE_CHOME_HEURES"]) expect(p(code, "IDCC 2717", "2024-06-03")!.unverified).toBe(true);
  });

  test("the facility agreement is dated: IDCC 2717 until 31 March 2025, IDCC 3252 from 1 April 2025", () => {
    expect(parameterOn(config, "CONVENTION_PRESTATAIRES", d("2025-03-31"))!.value).toBe("IDCC 2717");
    expect(parameterOn(config, "CONVENTION_PRESTATAIRES", d("2025-04-01"))!.value).toBe("IDCC 3252");
  });
});

describe("sources", () => {
  const rows: { source: string }[] = [...WAGE_GRIDS, ...CONTRIBUTION_RATES, ...PAYROLL_PARAMETERS];
  test("no row cites our research notes (a section sign, « référence », a notes file)", () => {
    const bad = rows.filter((r) => /§|référence|payroll\.md|facility-agreement/i.test(r.source));
    expect(bad.map((r) => r.source)).toEqual([]);
  });

  test("the new rows cite a public address", () => {
    const codes = ["APEC", "FORFAIT_SOCIAL", "RETRAITE_COMPLEMENTAIRE_T2", "RGDU_SMIC_HORAIRE", "CONVENTION_PRESTATAIRES", "SEUIL_VERSEMENT_MOBILITE", "MAX_HEURES_JOUR_EXCEPTION", "CS_PLAFOND_MINIMUMS"];
    const cited = [...CONTRIBUTION_RATES, ...PAYROLL_PARAMETERS].filter((r) => codes.includes(r.code));
    expect(new Set(cited.map((r) => r.code))).toEqual(new Set(codes));
    expect(cited.filter((r) => !/https?:\/\//.test(r.source)).map((r) => r.code)).toEqual([]);
  });
});

/**
 * Worked payroll cases TC1–TC4 and TC6–TC8 (TC5 is the modele-social oracle in modeleSocial.test.ts),
 * computed by hand from the texts the data rows cite, with the arithmetic written out. Amounts are cents.
 */
import {
  artistShortEngagementCeiling,
  computeContributions,
  computePay,
  computePayroll,
  computeRgdu,
  gridLineOn,
  parseBands,
  payrollConfigFromRows,
  PayrollConfig,
  PayRules,
  prorateCeiling,
  shortContractDayMinimum,
  WorkDay,
} from "../../../src/core/crew";
import { config, d, input, member, seance, FILM, DOC } from "./fixtures";

const NO_HOLIDAY = { mayDay: 0, major: 0, whitMonday: 0, other: 0 };

function days(monday: string, hoursPerDay: number[]): WorkDay[] {
  return hoursPerDay.map((h, i) => ({ day: d(monday) + i, minutes: Math.round(h * 60), nightMinutes: 0, parts: [{ minutes: Math.round(h * 60), sunday: false }] }));
}

const weekRules = (bands: string, extra: Partial<PayRules> = {}): PayRules => ({
  regime: "week",
  weeklyBands: parseBands(bands)!,
  weeklyRoundMinutes: 0,
  dayBands: [],
  nightPercent: 0,
  sundayPercent: 0,
  holidayPercent: NO_HOLIDAY,
  ...extra,
});

describe("TC1 — CCNPA 39 h week from the 35 h minimum (aoassocies.com, 2023 grid)", () => {
  // 1er assistant OPV spécialisé, 35 h = 1 053,91 €.
  // Overtime rate = 1 053,91 / 35 × 1,25 = 37,6396… → rounded to the cent first: 37,64 €.
  // 4 × 37,64 = 150,56 €; 39 h week = 1 053,91 + 150,56 = 1 204,47 €.
  // The test asserts the rounded rate (37,64) on the overtime line, as the reference asks.
  test("computePay: 35 h base + 4 h at +25 % with the rate rounded before multiplying", () => {
    const pay = computePay(days("2023-03-06", [7.8, 7.8, 7.8, 7.8, 7.8]), { unit: "semaine 35 h", amountCents: 105391, dayBaseHours: 7 }, weekRules("36-43:25 ; 44+:50"));
    const ot = pay.components.find((c) => c.kind === "overtime")!;
    expect(ot.rateCents).toBe(3764);
    expect(ot.hours).toBeCloseTo(4, 10);
    expect(ot.amountCents).toBe(15056);
    expect(pay.components.find((c) => c.kind === "base")!.amountCents).toBe(105391);
    expect(pay.grossCents).toBe(120447);
  });

  test("the same week through the séance log and the CCNPA parameters", () => {
    // 09:00–16:48 without break = 7 h 48 = 7,8 h a day, 39 h over Mon–Fri.
    const bookings = ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06"].map((day) => seance(day, "Opv", "DOC1", "09:00", "16:48"));
    const res = computePayroll(input(bookings, [member("Opv", "1er assistant OPV spécialisé", 1053.91, "semaine 35 h")]), "2026-03");
    expect(res.lines).toHaveLength(1);
    const line = res.lines[0];
    expect(line.hours).toBe(39);
    expect(line.overtime25).toBe(4);
    expect(line.overtime50).toBe(0);
    expect(line.grossCents).toBe(120447);
  });
});

describe("TC2 — cinema shooting week with equivalence (annexe II)", () => {
  // 1er assistant OPV, 35 h base = 1 139,25 €; overtime rate = 1 139,25 / 35 × 1,25 = 40,6875 → 40,69 €.
  // 46 h of presence are paid 43 h: 36th–39th h 4 × 40,69 = 162,76; 40th–43rd h 4 × 40,69 = 162,76.
  // Total 1 139,25 + 162,76 + 162,76 = 1 464,77 € (the page lists the lines; the total is the reference's addition).
  test("computePay with the 46:43 equivalence", () => {
    const pay = computePay(
      days("2026-03-02", [9.2, 9.2, 9.2, 9.2, 9.2]),
      { unit: "semaine 35 h", amountCents: 113925, dayBaseHours: 7 },
      weekRules("36-43:25 ; 44-48:50 ; 49+:75", { equivalence: { presence: 46, paid: 43 } }),
    );
    expect(pay.hours).toBeCloseTo(46, 10);
    expect(pay.paidHours).toBeCloseTo(43, 10);
    const ot = pay.components.filter((c) => c.kind === "overtime");
    expect(ot).toHaveLength(1);
    expect(ot[0].rateCents).toBe(4069);
    expect(ot[0].amountCents).toBe(32552); // 8 × 40,69 = 162,76 + 162,76
    expect(pay.grossCents).toBe(146477);
  });

  test("through the log: production with equivalence on, cinema agreement bands", () => {
    const bookings = ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06"].map((day) => seance(day, "Lea", "FILM", "08:00", "17:12"));
    const film = { ...FILM, equivalence: true };
    const res = computePayroll(input(bookings, [member("Lea", "1er assistant OPV", 1139.25, "semaine 35 h")], [film]), "2026-03");
    expect(res.lines[0].hours).toBe(46);
    expect(res.lines[0].grossCents).toBe(146477);
    // Without the equivalence regime the same week pays 8 h at +25 % and 3 h at +50 %:
    // 1 139,25 + 8 × 40,69 + 3 × (32,55 × 1,5 = 48,825 → 48,83) = 1 139,25 + 325,52 + 146,49 = 1 611,26.
    const plain = computePayroll(input(bookings, [member("Lea", "1er assistant OPV", 1139.25, "semaine 35 h")], [FILM]), "2026-03");
    expect(plain.lines[0].grossCents).toBe(161126);
  });
});

describe("TC3 — CCNPA short-contract day rate = weekly minimum ÷ 4,5", () => {
  // Chef monteur: 1 138,62 / 4,5 = 253,026… → 253,03 € (7 h day); 1 301,28 / 4,5 = 289,173… → 289,17 € (8 h day).
  // Assistant monteur: 730,03 / 4,5 = 162,228… → 162,23 €; 834,32 / 4,5 = 185,404… → 185,40 €.
  test("the ÷ 4,5 rule reproduces the grid's day columns", () => {
    expect(shortContractDayMinimum(113862, 4.5)).toBe(25303);
    expect(shortContractDayMinimum(130128, 4.5)).toBe(28917);
    expect(shortContractDayMinimum(73003, 4.5)).toBe(16223);
    expect(shortContractDayMinimum(83432, 4.5)).toBe(18540);
    const line = gridLineOn(config, "IDCC 2642", "chef monteur", d("2026-03-02"))!;
    expect(line.daily).toBe(25303);
    expect(line.unverified).toBe(true);
  });

  test("a 2-day contract at 253,03 € a 7 h day is at the minimum: no alert", () => {
    const bookings = [seance("2026-03-03", "Max", "DOC1", "09:00", "17:00", 60), seance("2026-03-04", "Max", "DOC1", "09:00", "17:00", 60)];
    const res = computePayroll(input(bookings, [member("Max", "Chef monteur", 253.03, "jour")]), "2026-03");
    const line = res.lines[0];
    expect(line.grossCents).toBe(2 * 25303);
    expect(line.minimumCents).toBe(2 * 25303);
    expect(line.alerts.map((a) => a.code)).toEqual([]);
  });

  test("negative: ÷ 5 (1 138,62 / 5 = 227,72 €) is flagged as under the minimum and as divided by 5", () => {
    const bookings = [seance("2026-03-03", "Max", "DOC1", "09:00", "17:00", 60), seance("2026-03-04", "Max", "DOC1", "09:00", "17:00", 60)];
    const res = computePayroll(input(bookings, [member("Max", "Chef monteur", 227.72, "jour")]), "2026-03");
    const codes = res.lines[0].alerts.map((a) => a.code).sort();
    expect(codes).toEqual(["PAIE_JOUR_DIVISE_PAR_5", "PAIE_SOUS_MINIMUM"]);
    const msg = res.lines[0].alerts.find((a) => a.code === "PAIE_SOUS_MINIMUM")!.message;
    expect(msg).toContain("Chef monteur");
    expect(msg).toContain("01/07/2024");
    expect(msg).toContain("à vérifier");
    expect(res.lines[0].alerts.find((a) => a.code === "PAIE_JOUR_DIVISE_PAR_5")!.message).toContain("253,03");
  });

  test("an 8 h day on a 253,03 € (7 h) day rate pays the 8th hour and stays at the 8 h minimum", () => {
    const bookings = [seance("2026-03-03", "Max", "DOC1", "09:00", "18:00", 60)];
    const res = computePayroll(input(bookings, [member("Max", "Chef monteur", 253.03, "jour")]), "2026-03");
    // Day minimum per hour = 253,03 / 7 = 36,147 €/h; an 8 h day at the minimum = 8 × 36,147 = 289,18 €
    // (the grid's 289,17 is 1 301,28 / 4,5; one cent of rounding apart). The agreed day covers 7 h and the
    // 8th hour is paid plain (overrun premiums start at the 9th, VI.8.4): 253,03 + 36,147 = 289,18 €. No alert.
    expect(res.lines[0].grossCents).toBe(28918);
    expect(res.lines[0].alerts.map((a) => a.code)).toEqual([]);
  });
});

describe("TC4 — technical providers (IDCC 2717): the published day amount is authoritative", () => {
  // The 2008 grid (accord of 21 February 2008) was in force until avenant n° 13 (14 October 2016):
  // the case is dated in March 2009. Since 1 April 2025 a facility's "IDCC 2717" is IDCC 3252.
  const PRESTA = { code: "PRESTA", agreement: "IDCC 2717" as const, zone: "Métropole" };
  test("2008 grid: 8 × 28,01 = 224,08 ≠ 224,05, and a 224,05 € day is not flagged", () => {
    const line = gridLineOn(config, "IDCC 2717", "Truquiste AV", d("2009-03-02"))!;
    expect(8 * line.hourly!).toBe(22408);
    expect(line.daily).toBe(22405);
    const bookings = [seance("2009-03-03", "Tom", "PRESTA", "09:00", "18:00", 60)];
    const res = computePayroll(input(bookings, [member("Tom", "Truquiste AV", 224.05, "jour")], [PRESTA]), "2009-03");
    expect(res.lines[0].grossCents).toBe(22405);
    expect(res.lines[0].minimumCents).toBe(22405);
    expect(res.lines[0].alerts.filter((a) => a.code === "PAIE_SOUS_MINIMUM")).toEqual([]);
  });

  test("avenant n° 13 (2016): 8 × 30,68 = 245,44 ≠ 245,46 printed; directeur de postproduction 26,81 €/h but 227,14 € a day", () => {
    const truquiste = gridLineOn(config, "IDCC 2717", "Truquiste AV", d("2016-11-07"))!;
    expect([truquiste.hourly, truquiste.daily, 8 * truquiste.hourly!]).toEqual([3068, 24546, 24544]);
    const directeur = gridLineOn(config, "IDCC 2717", "Directeur de postproduction", d("2016-11-07"))!;
    expect([directeur.hourly, directeur.daily]).toEqual([2681, 22714]); // 8 × 26,81 = 214,48: never rebuilt
    const bookings = [seance("2016-11-08", "Tom", "PRESTA", "09:00", "18:00", 60)];
    const res = computePayroll(input(bookings, [member("Tom", "Truquiste AV", 245.46, "jour")], [PRESTA]), "2016-11");
    expect(res.lines[0].minimumCents).toBe(24546);
    expect(res.lines[0].alerts.filter((a) => a.code === "PAIE_SOUS_MINIMUM")).toEqual([]);
  });

  test("hourly pay is compared with the hourly minimum: 28,00 €/h < 28,01 €/h (2008 grid)", () => {
    const bookings = [seance("2009-03-03", "Tom", "PRESTA", "09:00", "18:00", 60)];
    const res = computePayroll(input(bookings, [member("Tom", "Truquiste AV", 28.0, "heure")], [PRESTA]), "2009-03");
    expect(res.lines[0].alerts.map((a) => a.code)).toContain("PAIE_SOUS_MINIMUM");
  });
});

describe("TC6 — artists' short-engagement ceiling (annexe 10 only)", () => {
  test("12 × hourly PSS: 288 € a day in 2017 (24 €/h), 360 € in 2026 (30 €/h)", () => {
    expect(artistShortEngagementCeiling(config, d("2026-03-02"), 1)).toBe(36000);
    const { config: c2017 } = payrollConfigFromRows([], [], [{ code: "PSS_HEURE", label: "", value: 24, from: "2017-01-01", to: "2017-12-31", source: "TC6" }]);
    expect(artistShortEngagementCeiling(c2017, d("2017-02-04"), 1)).toBe(28800);
  });
});

const TC7_CODES = new Set([
  "MALADIE",
  "VIEILLESSE_PLAFONNEE",
  "VIEILLESSE_DEPLAFONNEE",
  "ALLOCATIONS_FAMILIALES",
  "FNAL",
  "CSA",
  "RETRAITE_COMPLEMENTAIRE_T1",
  "RETRAITE_COMPLEMENTAIRE_T2",
  "CEG_T1",
  "CEG_T2",
  "CET",
  "CHOMAGE",
  "CHOMAGE_ANNEXE_8",
  "AGS",
  "CONGES_SPECTACLES",
  "AFDAS",
  "CSG_DEDUCTIBLE",
  "CSG_NON_DEDUCTIBLE",
  "CRDS",
]);

describe("TC7 — derived cost check: 1 500 € Mon–Fri in March 2026, two ceiling strategies", () => {
  // TC7 leaves out AT/MP, prévoyance, health, occupational health, mobility, apprenticeship tax, the
  // dialogue-social contribution, the 0,5 pt surcharge and the RGDU: the test keeps exactly its lines.
  const tc7: PayrollConfig = { ...config, rates: config.rates.filter((r) => TC7_CODES.has(r.code)) };
  const grossDays = [0, 1, 2, 3, 4].map((i) => ({ day: d("2026-03-02") + i, cents: 30000 }));
  const ctx = { cadre: false, employerSize: "under50" as const, shortContract: false, surcharge: false };

  test("(1) calendar: ceiling 5/30 × 4 005 = 667,50 €", () => {
    const ceiling = prorateCeiling(tc7, { method: "calendar", month: d("2026-03-01"), calendarDays: 5, workedDays: 5 });
    expect(ceiling.cents).toBe(66750);
    const r = computeContributions(tc7, grossDays, ceiling, ctx);
    // Employer: vieillesse plafonnée 8,55 % × 667,50 = 57,07; déplafonnée 2,11 % × 1 500 = 31,65; maladie 13 % = 195,00;
    // allocations familiales 5,25 % = 78,75; FNAL 0,10 % × 667,50 = 0,67; CSA 0,30 % = 4,50;
    // AGIRC-ARRCO T1 3,94 % × 667,50 = 26,30; T2 10,80 % × 832,50 = 89,91; CEG T1 1,29 % × 667,50 = 8,61;
    // CEG T2 1,62 % × 832,50 = 13,49; CET 0,21 % × 1 500 = 3,15 (gross > prorated ceiling);
    // unemployment (4 + 5) % × 1 500 = 60,00 + 75,00; AGS 0,25 % = 3,75; Congés Spectacles 15,50 % = 232,50;
    // AFDAS 2,10 % = 31,50. Sum 911,85 € — TC7's figure to the cent.
    expect(r.employerCents).toBe(91185);
    expect(r.employerCostCents).toBe(241185);
    // Employee: 6,90 % × 667,50 = 46,06; 0,40 % × 1 500 = 6,00; AGIRC T1 3,93 % × 667,50 = 26,23; T2 10,79 % × 832,50 = 89,83;
    // CEG 0,86 % × 667,50 = 5,74; 1,08 % × 832,50 = 8,99; CET 0,14 % × 1 500 = 2,10; annexe 8 2,40 % × 1 500 = 36,00;
    // CSG/CRDS on 98,25 % × 1 500 = 1 473,75: 6,80 % = 100,22, 2,40 % = 35,37, 0,50 % = 7,37. Sum 363,91 €.
    // TC7 prints 363,90 €: it sums the unrounded lines (363,902) and rounds once; a payslip rounds each line,
    // which we do. Net 1 136,09 € against TC7's 1 136,10 €.
    expect(r.employeeCents).toBe(36391);
    expect(Math.abs(r.employeeCents - 36390)).toBeLessThanOrEqual(1);
    expect(r.netCents).toBe(113609);
    expect(r.ceiling.method).toBe("calendar");
  });

  test("(2) days worked: ceiling 5 × 220 = 1 100,00 €", () => {
    const ceiling = prorateCeiling(tc7, { method: "daysWorked", month: d("2026-03-01"), calendarDays: 5, workedDays: 5 });
    expect(ceiling.cents).toBe(110000);
    const r = computeContributions(tc7, grossDays, ceiling, ctx);
    // Employer: 94,05 + 31,65 + 195 + 78,75 + 1,10 + 4,50 + 43,34 (3,94 % × 1 100) + 43,20 (10,80 % × 400)
    // + 14,19 + 6,48 + 3,15 + 135 + 3,75 + 232,50 + 31,50 = 918,16 € — TC7's figure.
    expect(r.employerCents).toBe(91816);
    expect(r.employerCostCents).toBe(241816);
    // Employee: 75,90 + 6,00 + 43,23 + 43,16 + 9,46 + 4,32 + 2,10 + 36,00 + 100,22 + 35,37 + 7,37 = 363,13 €
    // (TC7: 363,12, the unrounded sum 363,124).
    expect(Math.abs(r.employeeCents - 36312)).toBeLessThanOrEqual(1);
    // Employer ratio 61,2 % as TC7 says.
    expect(Math.round((r.employerCents / 150000) * 1000) / 10).toBe(61.2);
  });
});

describe("TC8 — RGDU 2026 on one 39 h week (derived)", () => {
  // Gross 1 227,64 €, employer < 50, × 100/90 (paid-leave fund).
  // May 2026: SMICref = 39 × 12,02 = 468,78; 3 × 468,78 / 1 227,64 = 1,14557; ½ × 0,14557 = 0,072785;
  // 0,072785^1,75 = 0,010198; C = 0,02 + 0,3781 × 0,010198 = 0,023856; × 100/90 = 0,026507 → 0,0265;
  // reduction 0,0265 × 1 227,64 = 32,53 € (without the flag: 0,0239 → 29,34 €).
  test("May and June 2026, chargé de post-production / bruiteur level", () => {
    const may = computeRgdu(config, { grossCents: 122764, smicBaseCents: 39 * 1202, day: d("2026-05-15"), employerSize: "under50" });
    expect(may.coefficient).toBe(0.0265);
    expect(may.amountCents).toBe(3253);
    const noFund = computeRgdu(config, { grossCents: 122764, smicBaseCents: 39 * 1202, day: d("2026-05-15"), employerSize: "under50", paidLeaveFund: false });
    expect(noFund.coefficient).toBe(0.0239);
    expect(noFund.amountCents).toBe(2934);
    // June: SMICref = 39 × 12,31 = 480,09 → C = 0,0280 → 34,37 €.
    const june = computeRgdu(config, { grossCents: 122764, smicBaseCents: 39 * 1231, day: d("2026-06-15"), employerSize: "under50" });
    expect(june.coefficient).toBe(0.028);
    expect(june.amountCents).toBe(3437);
  });

  test("assistant monteur at 834,32 €: C = 0,0867 in May, 0,0936 in June", () => {
    const may = computeRgdu(config, { grossCents: 83432, smicBaseCents: 39 * 1202, day: d("2026-05-15"), employerSize: "under50" });
    expect([may.coefficient, may.amountCents]).toEqual([0.0867, 7234]);
    const june = computeRgdu(config, { grossCents: 83432, smicBaseCents: 39 * 1231, day: d("2026-06-15"), employerSize: "under50" });
    expect([june.coefficient, june.amountCents]).toEqual([0.0936, 7809]);
  });

  test("through the payroll: the RGDU keeps the SMIC of 1 January 2026 in June (BOSS, June 2026)", () => {
    // Chargé de post-production at 1 227,64 € / 39 h week, one week in May and one in June. The SMIC rose
    // to 12,31 € on 1 June, but the BOSS kept the 1 January SMIC (12,02 €) for the RGDU all year: June's
    // coefficient is May's, 0,0265, not the 0,0280 the June SMIC would give (the direct call above).
    const crew = [member("Zoe", "Chargé de post-production", 1227.64, "semaine 39 h")];
    const may = ["2026-05-18", "2026-05-19", "2026-05-20", "2026-05-21", "2026-05-22"].map((day) => seance(day, "Zoe", "DOC1", "09:00", "16:48"));
    const june = ["2026-06-15", "2026-06-16", "2026-06-17", "2026-06-18", "2026-06-19"].map((day) => seance(day, "Zoe", "DOC1", "09:00", "16:48"));
    const resMay = computePayroll(input(may, crew, [DOC]), "2026-05");
    const resJune = computePayroll(input(june, crew, [DOC]), "2026-06");
    // 39 h at 1 227,64 / 40 = 30,691 €/h: 35 h = 1 074,19 (1 074,185 → ,19) + 4 × 38,36 (30,691 × 1,25 = 38,364) = 153,44 → 1 227,63
    // (one cent under the weekly amount: the grid's own rounding, see TC1).
    expect(resMay.lines[0].grossCents).toBe(122763);
    expect(resMay.lines[0].contributions.rgdu!.coefficient).toBe(0.0265);
    expect(resJune.lines[0].contributions.rgdu!.coefficient).toBe(0.0265);
  });
});

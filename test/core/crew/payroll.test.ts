/** A month's `Paie` lines: premiums, overtime per civil week and per production, month split, ceilings. */
import { analyseCrew, CEILING_METHODS, computePayroll, PAYROLL_DISCLAIMER, payrollConfigFromRows } from "../../../src/core/crew";
import { bookingResultToJson, payrollLineToJson } from "../../../src/commands/crew/json";
import { PAIE_COLUMNS, payrollLineToRow } from "../../../src/sheets/reports/payroll/paieRow";
import { config, d, DOC, FLUX, input, member, seance, week } from "./fixtures";

// Chef monteur at the 2024 grid: 1 138,62 € / 35 h → 32,532 €/h (exact), 32,53 € shown.
const chef = () => member("Chef", "Chef monteur", 1138.62, "semaine 35 h");

describe("premiums (CCNPA, §8.3.4), on the plain hourly rate", () => {
  test("Sunday +50 %: 7 h on Sunday 8 March 2026 inside a 6-day week", () => {
    const bookings = [...week("2026-03-02", "Chef", "JEU", "09:00", "16:00", 0, 5), seance("2026-03-08", "Chef", "JEU", "09:00", "16:00")];
    const line = computePayroll(input(bookings, [chef()]), "2026-03").lines[0];
    // 42 h: 35 h base 1 138,62 + 7 h at +25 % (32,532 × 1,25 = 40,665 → 40,67) = 284,69
    // Sunday premium: 32,532 × 50 % = 16,266 → 16,27 €/h × 7 h = 113,89 €.
    const sunday = line.components.find((c) => c.kind === "sunday")!;
    expect(sunday.rateCents).toBe(1627);
    expect(sunday.amountCents).toBe(11389);
    expect(line.overtime25).toBe(7);
    expect(line.sundayHours).toBe(7);
    expect(line.grossCents).toBe(113862 + 28469 + 11389);
    expect(line.majoredHours).toBe(7);
  });

  test("1 May worked is paid 300 %: a +200 % premium on each hour", () => {
    const bookings = [seance("2026-05-01", "Chef", "JEU", "09:00", "16:00")];
    const line = computePayroll(input(bookings, [chef()]), "2026-05").lines[0];
    const holiday = line.components.find((c) => c.kind === "holiday")!;
    // Contract of 1 day (≤ 4): day regime; hourly 32,532; premium rate 65,064 → 65,06 × 7 h = 455,42 €.
    expect(holiday.percent).toBe(200);
    expect(holiday.amountCents).toBe(45542);
    expect(holiday.label).toContain("Fête du travail");
    expect(line.holidayHours).toBe(7);
  });

  test("night +25 %: a flux séance 18:00–02:00 has 2 night hours (00:00–07:00)", () => {
    const bookings = [seance("2026-03-10", "Chef", "JEU", "18:00", "02:00", 60)];
    const line = computePayroll(input(bookings, [chef()]), "2026-03").lines[0];
    const night = line.components.find((c) => c.kind === "night")!;
    expect(night.hours).toBe(2);
    expect(night.rateCents).toBe(813); // 32,532 × 25 % = 8,133 → 8,13
    expect(night.amountCents).toBe(1626);
    expect(line.nightHours).toBe(2);
  });

  test("contracts of 4 days or less: the 9th–11th hours +25 %, the 12th +50 % (VI.8.4), no weekly overtime", () => {
    const bookings = [seance("2026-03-10", "Chef", "JEU", "08:00", "21:00", 60)]; // 12 h
    const line = computePayroll(input(bookings, [chef()]), "2026-03").lines[0];
    expect(line.overtime25).toBe(3);
    expect(line.overtime50).toBe(1);
    const overrun = line.components.filter((c) => c.kind === "dayOverrun");
    expect(overrun.map((c) => [c.percent, c.hours, c.rateCents])).toEqual([
      [25, 3, 4067],
      [50, 1, 4880],
    ]);
    // 8 × 32,532 = 260,26 + 3 × 40,67 = 122,01 + 48,80 = 431,07 €.
    expect(line.grossCents).toBe(26026 + 12201 + 4880);
  });
});

describe("overtime per employee and civil week, all productions of the employer together", () => {
  test("two productions the same week: 20 h each make a 40 h week, 5 h at +25 % shared half and half", () => {
    // Before, each production was its own contract and neither had overtime. The employee's week with the
    // employer is 40 h: 35 h base 1 138,62 € + 5 h at +25 % (32,532 × 1,25 = 40,665 → 40,67) = 203,35 €.
    // Each production has 20/40 of every line: base 56 931 cents each; overtime 20 335 → 10 168 + 10 167.
    const bookings = [
      ...week("2026-03-02", "Chef", "DOC1", "09:00", "13:00", 0, 5), // 20 h
      ...week("2026-03-02", "Chef", "JEU", "14:00", "18:00", 0, 5), // 20 h
    ];
    const res = computePayroll(input(bookings, [chef()]), "2026-03");
    expect(res.lines.map((l) => [l.production, l.hours, l.overtime25, l.grossCents])).toEqual([
      ["DOC1", 20, 2.5, 56931 + 10168],
      ["JEU", 20, 2.5, 56931 + 10167],
    ]);
    expect(res.costByProduction.map((c) => c.production)).toEqual(["DOC1", "JEU"]);
    expect(res.costByProduction[0].employerCostCents).toBe(res.lines[0].employerCostCents);
    expect(res.costByProduction[0].people).toBe(1);
  });

  test("a week across two months is computed whole; overtime falls on its last days", () => {
    // Mon 29 June – Fri 3 July 2026, 9 h a day = 45 h: 35 h base, 8 h +25 %, 2 h +50 %.
    const bookings = week("2026-06-29", "Chef", "DOC1", "09:00", "19:00", 60, 5);
    const june = computePayroll(input(bookings, [chef()]), "2026-06").lines[0];
    const july = computePayroll(input(bookings, [chef()]), "2026-07").lines[0];
    // Chronological split: June has Mon–Tue (18 h, all base); July has Wed–Fri: 17 h base + 8 h + 2 h.
    expect([june.hours, june.overtime25, june.overtime50]).toEqual([18, 0, 0]);
    expect([july.hours, july.overtime25, july.overtime50]).toEqual([27, 8, 2]);
    // The two months add up to the whole week: 1 138,62 + 8 × 40,67 + 2 × 48,80 = 1 561,58 €.
    expect(june.grossCents + july.grossCents).toBe(113862 + 8 * 4067 + 2 * 4880);
    expect(june.minimumCents! + july.minimumCents!).toBe(june.grossCents + july.grossCents);
  });

  test("months of one analysis share the straddling week: paid once, same lines as separate analyses", () => {
    // Same week as above (Mon 29 June – Fri 3 July 2026, 45 h). computePayroll keeps the month-independent
    // parts of an analysis (payrollYear.ts): July reuses the week June paid, and must read exactly as a
    // July computed from scratch.
    const data = input(week("2026-06-29", "Chef", "DOC1", "09:00", "19:00", 60, 5), [chef()]);
    const shared = analyseCrew(data);
    const june = computePayroll(data, "2026-06", shared);
    const july = computePayroll(data, "2026-07", shared);
    expect(july.lines[0].weeks[0]).toBe(june.lines[0].weeks[0]);
    const alone = (month: string) => computePayroll(data, month).lines.map(payrollLineToJson);
    expect(june.lines.map(payrollLineToJson)).toEqual(alone("2026-06"));
    expect(july.lines.map(payrollLineToJson)).toEqual(alone("2026-07"));
    expect([june.bookings.length, july.bookings.length]).toEqual([2, 3]);
  });

  test("weekly time is rounded up to the half hour in the CCNPA (38 h 40 → 39 h)", () => {
    const bookings = week("2026-03-02", "Chef", "DOC1", "09:00", "16:44", 0, 5); // 5 × 7 h 44 = 38 h 40
    const line = computePayroll(input(bookings, [chef()]), "2026-03").lines[0];
    expect(line.hours).toBe(38.67);
    expect(line.overtime25).toBe(4);
  });
});

describe("the Paie line", () => {
  const bookings = week("2026-03-02", "Chef", "DOC1", "09:00", "17:00", 60, 5);
  const res = computePayroll(input(bookings, [chef()]), "2026-03");
  const line = res.lines[0];

  test("contributions, net and cost add up; Congés Spectacles is 15,50 % of gross", () => {
    expect(line.netCents).toBe(line.grossCents - line.employeeContributionsCents);
    expect(line.employerCostCents).toBe(line.grossCents + line.employerContributionsCents);
    expect(line.congesSpectaclesCents).toBe(Math.round(line.grossCents * 0.155));
    // A weekly inferred contract is a CDDU of 3 months or less: 9,50 % unemployment (4 + 0,5 + 5).
    const codes = line.contributions.lines.map((l) => l.code);
    expect(codes).toContain("CHOMAGE_MAJORATION_CDDU");
    expect(line.contributions.ceiling.method).toBe("calendar");
    expect(res.ceilingMethodLabel).toContain("jours calendaires");
    expect(res.disclaimer).toBe(PAYROLL_DISCLAIMER);
    expect(res.disclaimer).toContain("pas un bulletin de paie");
  });

  test("the row has exactly the Paie columns, in euros", () => {
    const row = payrollLineToRow(line);
    expect(Object.keys(row)).toEqual([...PAIE_COLUMNS]);
    expect(row["Brut"]).toBe(1138.62);
    expect(row["Période"]).toBe("2026-03");
    expect(row["Minimum conventionnel"]).toBe(1138.62);
  });

  test("the CLI JSON shapes", () => {
    // The first fields keep their names and order (scripts read them); the employer's agreement, the contract's function
    // and the paid unworked holiday hours are added after them.
    expect(Object.keys(payrollLineToJson(line))).toEqual([
      "period",
      "production",
      "name",
      "days",
      "hours",
      "overtime25",
      "overtime50",
      "gross",
      "employeeContributions",
      "employerContributions",
      "net",
      "employerCost",
      "agreement",
      "role",
      "paidHolidayHours",
    ]);
    expect(bookingResultToJson(res.bookings[0])).toEqual({ row: bookings[0].place!.row, hours: 7, nightHours: 0, alerts: [] });
  });

  test("a listed contract of more than 3 months has no unemployment surcharge (9,00 %)", () => {
    const long = computePayroll({ ...input(bookings, [chef()]), contracts: [{ person: "Chef", production: "DOC1", start: d("2026-03-02"), end: d("2026-07-31") }] }, "2026-03");
    expect(long.lines[0].contributions.lines.map((l) => l.code)).not.toContain("CHOMAGE_MAJORATION_CDDU");
    expect(long.lines[0].contracts[0].inferred).toBe(false);
    const off = computePayroll(input(bookings, [chef()], [DOC], { shortContractSurcharge: false }), "2026-03");
    expect(off.lines[0].contributions.lines.map((l) => l.code)).not.toContain("CHOMAGE_MAJORATION_CDDU");
  });

  test("rooms and billed providers are not on the payroll", () => {
    const room = { ...member("Salle 1", "Salle de montage", undefined, undefined), type: "Salle" as const };
    const res2 = computePayroll(input([seance("2026-03-03", "Salle 1", "DOC1", "09:00", "18:00")], [room]), "2026-03");
    expect(res2.lines).toEqual([]);
    expect(res2.alerts).toEqual([]);
  });

  test("no salary typed: estimated at the grid minimum and said so", () => {
    const noPay = member("Nina", "Assistant monteur", undefined, undefined);
    const res2 = computePayroll(input(week("2026-03-02", "Nina", "DOC1", "09:00", "17:00", 60, 5), [noPay]), "2026-03");
    expect(res2.lines[0].grossCents).toBe(73003);
    expect(res2.lines[0].alerts.map((a) => a.code)).toEqual(["PAIE_SALAIRE_MANQUANT"]);
  });
});

describe("the three ceiling methods on one case", () => {
  // Listed contract Mon 2 – Thu 12 March 2026; worked Mon–Fri of week 10 (5 × 7 h) and Wed–Thu of week 11 (2 × 7 h).
  // Calendar days 11, days worked 7. Gross: 1 138,62 (35 h) + 14 h × 32,532 = 455,45 → 1 594,07 €.
  // (1) calendar: 4 005 × 11 / 30 = 1 468,50 €; (2) days worked: 220 × 7 = 1 540,00 €; (3) April 2025: 4 005 × 7 / 30 = 934,50 €.
  const bookings = [...week("2026-03-02", "Chef", "DOC1", "09:00", "17:00", 60, 5), seance("2026-03-11", "Chef", "DOC1", "09:00", "17:00", 60), seance("2026-03-12", "Chef", "DOC1", "09:00", "17:00", 60)];
  const results = CEILING_METHODS.map((m) => {
    const r = computePayroll({ ...input(bookings, [chef()], [DOC], { ceilingMethod: m }), contracts: [{ person: "Chef", production: "DOC1", start: d("2026-03-02"), end: d("2026-03-12") }] }, "2026-03");
    return r.lines[0];
  });

  test("each method says which it is and gives its ceiling", () => {
    expect(results.map((l) => l.contributions.ceiling.method)).toEqual(["calendar", "daysWorked", "april2025"]);
    expect(results.map((l) => l.contributions.ceiling.cents)).toEqual([146850, 154000, 93450]);
    expect(results.map((l) => l.grossCents)).toEqual([159407, 159407, 159407]);
    expect(results[0].contributions.ceiling.detail).toContain("× 11 / 30");
  });

  test("a lower ceiling moves pay from T1 to T2 and lowers the employer cost, within about 1 %", () => {
    const [calendar, days, april] = results.map((l) => l.employerCostCents);
    expect(april).toBeLessThan(calendar);
    expect(calendar).toBeLessThan(days);
    expect((days - april) / calendar).toBeLessThan(0.01);
    const t2 = results.map((l) => l.contributions.lines.find((x) => x.code === "RETRAITE_COMPLEMENTAIRE_T2")?.baseCents ?? 0);
    expect(t2).toEqual([159407 - 146850, 159407 - 154000, 159407 - 93450]);
  });
});

describe("rates in force on each worked day", () => {
  test("a line straddling 1 April 2026 applies each Congés Spectacles row to its days", () => {
    // Both rows are 15,50 %: the effective rate stays 15,50 % and both rows are cited.
    const bookings = week("2026-03-30", "Chef", "DOC1", "09:00", "17:00", 60, 5);
    const april = computePayroll(input(bookings, [chef()]), "2026-04").lines[0];
    const cs = april.contributions.lines.find((l) => l.code === "CONGES_SPECTACLES")!;
    expect(cs.employerPercent).toBeCloseTo(15.5, 10);
    const march = computePayroll(input(bookings, [chef()]), "2026-03").lines[0];
    expect(march.contributions.lines.find((l) => l.code === "CONGES_SPECTACLES")!.rows).not.toEqual(cs.rows);
  });

  test("unemployment 4,05 % before and 4,00 % after 1 May 2025: each month's line uses its days' rate", () => {
    // Tue 29 April – Fri 2 May 2025 (1 May not worked), one listed contract: April's days at 4,05 %, May's at 4,00 %.
    const bookings = [seance("2025-04-29", "Chef", "JEU", "09:00", "17:00", 60), seance("2025-04-30", "Chef", "JEU", "09:00", "17:00", 60), seance("2025-05-02", "Chef", "JEU", "09:00", "17:00", 60)];
    const contracts = [{ person: "Chef", production: "JEU", start: d("2025-04-29"), end: d("2025-05-02") }];
    const april = computePayroll({ ...input(bookings, [chef()], [FLUX]), contracts }, "2025-04");
    expect(april.lines[0].contributions.lines.find((l) => l.code === "CHOMAGE")!.employerPercent).toBeCloseTo(4.05, 10);
    const may = computePayroll({ ...input(bookings, [chef()], [FLUX]), contracts }, "2025-05");
    expect(may.lines[0].contributions.lines.find((l) => l.code === "CHOMAGE")!.employerPercent).toBeCloseTo(4, 10);
    // 2025 has no RGDU parameters: the line says the reduction is not computed.
    expect(may.lines[0].alerts.map((a) => a.code)).toContain("PAIE_PARAMETRE_MANQUANT");
  });

  test("a rate that changes inside a pay line is weighted by the gross of the days under each row", () => {
    // A test rate of 1 % until Tue 3 March 2026 and 3 % from Wed 4: Mon–Fri at 7 h a day (equal gross per day)
    // gives 2/5 × 1 % + 3/5 × 3 % = 2,2 % on the line's gross.
    const extra = payrollConfigFromRows(
      [],
      [
        { code: "TEST", label: "Taux d'essai", base: "brut", employeePercent: 0, employerPercent: 1, from: "2026-01-01", to: "2026-03-03", source: "test" },
        { code: "TEST", label: "Taux d'essai", base: "brut", employeePercent: 0, employerPercent: 3, from: "2026-03-04", to: null, source: "test" },
      ],
      [],
    ).config;
    const cfg = { ...config, rates: [...config.rates, ...extra.rates] };
    const bookings = week("2026-03-02", "Chef", "DOC1", "09:00", "17:00", 60, 5);
    const line = computePayroll({ ...input(bookings, [chef()]), config: cfg }, "2026-03").lines[0];
    const t = line.contributions.lines.find((l) => l.code === "TEST")!;
    expect(t.employerPercent).toBeCloseTo(2.2, 4); // the days' cents differ by a cent (exact split of the week)
    expect(t.employerCents).toBe(Math.round(113862 * 0.022)); // 25,05 €
    expect(t.rows).toHaveLength(2);
  });

  test("a day with no rate row in force is reported (PAIE_TAUX_MANQUANT), never silently zero", () => {
    const bookings = week("2027-04-05", "Chef", "DOC1", "09:00", "17:00", 60, 5);
    const res = computePayroll(input(bookings, [chef()]), "2027-04");
    const missing = res.lines[0].alerts.filter((a) => a.code === "PAIE_TAUX_MANQUANT");
    expect(missing.map((a) => a.message).join()).toContain("CONGES_SPECTACLES");
  });
});

test("the config of the tests is the shipped one", () => {
  expect(config.rates.length).toBeGreaterThan(30);
});

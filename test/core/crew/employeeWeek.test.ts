/**
 * Working time per employee and per employer, per civil week, across productions; the allocation of the
 * week to the productions pro rata of their hours; contracts (listed, outside, several productions);
 * paid unworked holidays inside a contract; the RGDU's SMIC of 1 January. Worked cases, amounts in cents.
 */
import { allocateCents, analyseCrew, computePayroll, computeRgdu, type ContractInput, type Employer } from "../../../src/core/crew";
import { config, d, DOC, FLUX, input, member, resetRows, seance, week } from "./fixtures";

// Chef monteur at the 2024 CCNPA grid: 1 138,62 € / 35 h → 32,532 €/h (exact), +25 % = 40,665 → 40,67,
// +50 % = 48,798 → 48,80.
const chef = () => member("Chef", "Chef monteur", 1138.62, "semaine 35 h");
const contract = (production: string, start: string, end: string, extra: Partial<ContractInput> = {}): ContractInput => ({ person: "Chef", production, start: d(start), end: d(end), ...extra });

beforeEach(resetRows);

describe("a 45 h week split across two productions of one employer", () => {
  // Mon 2 – Wed 4 March 2026 on DOC1, Thu 5 – Fri 6 on JEU, 09:00–19:00 less 1 h: 9 h a day, 27 h + 18 h.
  // The week is the employee's with the employer: 45 h = 35 h base + 8 h at +25 % (36th–43rd) + 2 h at +50 %.
  //   base 35 × 32,532 = 1 138,62; 8 × 40,67 = 325,36; 2 × 48,80 = 97,60; gross 1 561,58 €.
  // Allocated 27/45 = 0,6 and 18/45 = 0,4, line by line (cumulative rounding keeps the cents):
  //   base 113 862 → 68 317 + 45 545; +25 % 32 536 → 19 522 + 13 014; +50 % 9 760 → 5 856 + 3 904;
  //   DOC1 93 695 cents, JEU 62 463 cents; overtime hours 4,8 + 1,2 and 3,2 + 0,8.
  // Counted per production, as before, neither line had a single weekly overtime hour.
  const bookings = () => [...week("2026-03-02", "Chef", "DOC1", "09:00", "19:00", 60, 3), ...week("2026-03-05", "Chef", "JEU", "09:00", "19:00", 60, 2)];

  test("overtime on the whole week, pay allocated 27/45 and 18/45", () => {
    const res = computePayroll(input(bookings(), [chef()]), "2026-03");
    const [doc, jeu] = res.lines;
    expect([doc.production, doc.hours, doc.overtime25, doc.overtime50, doc.grossCents]).toEqual(["DOC1", 27, 4.8, 1.2, 68317 + 19522 + 5856]);
    expect([jeu.production, jeu.hours, jeu.overtime25, jeu.overtime50, jeu.grossCents]).toEqual(["JEU", 18, 3.2, 0.8, 45545 + 13014 + 3904]);
    expect(doc.grossCents + jeu.grossCents).toBe(156158);
    // Three days on one production and two on the other are two short contracts, but five days of work
    // for the employer that week: the week is counted whole, no daily overrun.
    expect(res.lines.flatMap((l) => l.components.map((c) => c.kind))).not.toContain("dayOverrun");
  });

  test("the employer cost follows: one payslip for the month, shared 27/45 and 18/45 to the cent", () => {
    const [doc, jeu] = computePayroll(input(bookings(), [chef()]), "2026-03").lines;
    const total = doc.payslip.employerCostCents;
    expect(doc.employerCostCents + jeu.employerCostCents).toBe(total);
    expect(doc.employeeContributionsCents + jeu.employeeContributionsCents).toBe(doc.payslip.employeeCents);
    // Each contribution line is split by the lines' gross (93 695 : 62 463 = 27 : 18 to 0,01 %): the cost
    // shares are within a cent per contribution line of 27/45 and 18/45.
    const lines = doc.payslip.lines.length;
    expect(Math.abs(doc.employerCostCents - (total * 27) / 45)).toBeLessThanOrEqual(lines);
    expect(Math.abs(jeu.employerCostCents - (total * 18) / 45)).toBeLessThanOrEqual(lines);
    // One ceiling for the employee: the contracts cover 2–6 March, 5 calendar days: 4 005 × 5 / 30 = 667,50 €.
    expect(doc.contributions.ceiling.cents).toBe(66750);
    expect(jeu.payslip).toBe(doc.payslip);
  });
});

test("two simultaneous contracts do not get two ceilings: 20 h + 20 h, 2–6 March, one 5/30 ceiling", () => {
  // Before, each production's line had its own prorated ceiling, 667,50 € twice for the same days.
  const bookings = [...week("2026-03-02", "Chef", "DOC1", "09:00", "13:00", 0, 5), ...week("2026-03-02", "Chef", "JEU", "14:00", "18:00", 0, 5)];
  const [doc, jeu] = computePayroll(input(bookings, [chef()]), "2026-03").lines;
  expect(doc.payslip.ceiling.cents).toBe(66750);
  // Tranche 1 of the payslip: min(gross, ceiling); the lines share it by gross.
  const t1 = doc.payslip.lines.find((l) => l.code === "VIEILLESSE_PLAFONNEE")!;
  expect(t1.baseCents).toBe(66750);
  expect(doc.contributions.lines.find((l) => l.code === "VIEILLESSE_PLAFONNEE")!.baseCents + jeu.contributions.lines.find((l) => l.code === "VIEILLESSE_PLAFONNEE")!.baseCents).toBe(66750);
});

describe("the guaranteed day of a day rate: once per day, all contracts together", () => {
  // 253,03 € a 7 h day (the CCNPA chef monteur's short-contract day). Tue 3 March: 3 h on DOC1 in the
  // morning, 3 h on JEU in the afternoon: a 6 h day, topped up by 1 h, not by 4 h on each production.
  //   rate 253,03 / 7 = 36,147 €/h; 6 h = 216,88 (21 688); top-up 1 h = 36,15 (3 615); the day 253,03 €.
  //   Allocated 3 h : 3 h: base 10 844 + 10 844; top-up 1 808 + 1 807.
  // Per production, as before, each contract topped its 3 h up to 7 h: 253,03 € twice for one day.
  test("one top-up, shared", () => {
    const bookings = [seance("2026-03-03", "Chef", "DOC1", "09:00", "12:00"), seance("2026-03-03", "Chef", "JEU", "14:00", "17:00")];
    const res = computePayroll(input(bookings, [member("Chef", "Chef monteur", 253.03, "jour")]), "2026-03");
    const [doc, jeu] = res.lines;
    const guarantee = (l: typeof doc) => l.components.filter((c) => c.kind === "dayGuarantee");
    expect(guarantee(doc).map((c) => [c.hours, c.amountCents])).toEqual([[0.5, 1808]]);
    expect(guarantee(jeu).map((c) => [c.hours, c.amountCents])).toEqual([[0.5, 1807]]);
    expect([doc.grossCents, jeu.grossCents]).toEqual([10844 + 1808, 10844 + 1807]);
    expect(doc.grossCents + jeu.grossCents).toBe(25303);
  });

  test("a day already long enough on both is not topped up at all", () => {
    // 4 h + 4 h = 8 h ≥ 7 h: no guarantee line (each production alone would have been topped up by 3 h).
    const bookings = [seance("2026-03-03", "Chef", "DOC1", "09:00", "13:00"), seance("2026-03-03", "Chef", "JEU", "14:00", "18:00")];
    const res = computePayroll(input(bookings, [member("Chef", "Chef monteur", 253.03, "jour")]), "2026-03");
    expect(res.lines.flatMap((l) => l.components).filter((c) => c.kind === "dayGuarantee")).toEqual([]);
  });
});

describe("contracts listed in Contrats", () => {
  test("a séance outside every listed contract is an alert, and is still paid (as an inferred weekly contract)", () => {
    const inside = seance("2026-03-03", "Chef", "DOC1", "09:00", "17:00", 60);
    const outside = seance("2026-03-05", "Chef", "DOC1", "09:00", "17:00", 60);
    const data = { ...input([inside, outside], [chef()]), contracts: [contract("DOC1", "2026-03-02", "2026-03-04")] };
    const analysis = analyseCrew(data);
    expect(analysis.contractsListed).toBe(true);
    const alerts = analysis.bookings.map((b) => b.alerts.map((a) => a.code));
    expect(alerts).toEqual([[], ["PAIE_HORS_CONTRAT"]]);
    const hors = analysis.bookings[1].alerts[0];
    expect([hors.severity, hors.cell]).toEqual(["warning", outside.place!.cells!.day]);
    expect(hors.message).toContain("hors de tout contrat");
    const line = computePayroll(data, "2026-03", analysis).lines[0];
    expect(line.hours).toBe(14);
    expect(line.contracts.map((c) => c.inferred).sort()).toEqual([false, true]);
  });

  test("without contracts listed, nothing is outside: the weekly inference of before", () => {
    const analysis = analyseCrew(input([seance("2026-03-05", "Chef", "DOC1", "09:00", "17:00", 60)], [chef()]));
    expect(analysis.contractsListed).toBe(false);
    expect(analysis.alerts.map((a) => a.code)).toEqual([]);
  });

  test("one contract for two productions: both lines, and the contract names both", () => {
    const bookings = [seance("2026-03-03", "Chef", "DOC1", "09:00", "13:00"), seance("2026-03-03", "Chef", "JEU", "14:00", "18:00")];
    const data = { ...input(bookings, [chef()]), contracts: [{ person: "Chef", productions: ["DOC1", "JEU"], start: d("2026-03-02"), end: d("2026-03-13") }] };
    const res = computePayroll(data, "2026-03");
    expect(res.lines.map((l) => l.production)).toEqual(["DOC1", "JEU"]);
    expect(res.lines[0].contracts).toEqual([expect.objectContaining({ inferred: false, productions: ["DOC1", "JEU"] })]);
    expect(res.alerts.map((a) => a.code)).toEqual([]);
  });

  test("a contract's own function and pay replace the person's", () => {
    const data = { ...input(week("2026-03-02", "Chef", "DOC1", "09:00", "16:00", 0, 5), [chef()]), contracts: [contract("DOC1", "2026-03-02", "2026-03-06", { role: "Assistant monteur", salaryCents: 73003, salaryUnit: "semaine 35 h" })] };
    const line = computePayroll(data, "2026-03").lines[0];
    expect([line.role, line.grossCents, line.minimumCents]).toEqual(["Assistant monteur", 73003, 73003]);
  });

  test("an unknown person or production, reversed dates, and overlapping contracts are said on the contract row", () => {
    const place = (row: number) => ({ sheet: "Contrats", row, cells: { person: `Contrats!A${row}`, production: `Contrats!B${row}`, start: `Contrats!C${row}`, end: `Contrats!D${row}` } });
    const contracts: ContractInput[] = [
      { ...contract("DOC1", "2026-03-02", "2026-03-20"), place: place(3) },
      { ...contract("DOC1", "2026-03-16", "2026-03-27"), place: place(4) },
      { ...contract("PUB", "2026-03-02", "2026-03-06"), place: place(5) },
      { ...contract("DOC1", "2026-03-06", "2026-03-02"), person: "Chef", place: place(6) },
      { ...contract("DOC1", "2026-03-02", "2026-03-06"), person: "Inconnu", place: place(7) },
    ];
    const analysis = analyseCrew({ ...input([seance("2026-03-03", "Chef", "DOC1", "09:00", "17:00", 60)], [chef()]), contracts });
    expect(analysis.alerts.map((a) => [a.code, a.cell])).toEqual([
      ["PAIE_CONTRAT_INCONNU", "Contrats!B5"],
      ["PAIE_CONTRAT_DATES", "Contrats!D6"],
      ["PAIE_CONTRAT_INCONNU", "Contrats!A7"],
      ["PAIE_CONTRAT_CHEVAUCHEMENT", "Contrats!C4"],
    ]);
  });
});

describe("unworked public holidays inside a contract (CCNPA art. VII.2.2)", () => {
  // May 2026: Friday 8 May (Victoire 1945) and Thursday 14 May (Ascension) are holidays.
  const days = (isos: string[]) => isos.map((iso) => seance(iso, "Chef", "DOC1", "09:00", "19:00", 60)); // 9 h a day
  const mayWorked = ["2026-05-04", "2026-05-05", "2026-05-06", "2026-05-07", "2026-05-11", "2026-05-12", "2026-05-13", "2026-05-18", "2026-05-19", "2026-05-20", "2026-05-21"];

  test("a contract of more than 10 days of work pays them 7 h each, without premium, outside overtime", () => {
    // Contract 4–22 May, 11 days worked (> 10): 8 and 14 May paid 7 × 32,532 = 227,72 € each (22 772 cents).
    // Week of 4 May: 36 h worked → 1 h at +25 % (the holiday's 7 h would have made 43 h: 8 h at +25 %).
    // Week of 11 May: 27 h; week of 18 May: 36 h → 1 h. The month: 2 h at +25 %, 14 h of paid holidays.
    const data = { ...input(days(mayWorked), [chef()]), contracts: [contract("DOC1", "2026-05-04", "2026-05-22")] };
    const line = computePayroll(data, "2026-05").lines[0];
    expect(line.paidHolidayHours).toBe(14);
    expect(line.components.filter((c) => c.kind === "paidHoliday").map((c) => [c.label, c.hours, c.amountCents])).toEqual([
      ["Jour férié chômé payé (Fête de la Victoire 1945)", 7, 22772],
      ["Jour férié chômé payé (Ascension)", 7, 22772],
    ]);
    expect([line.hours, line.overtime25, line.days]).toEqual([99, 2, 11]);
    // The paid holidays are in the gross, not in the worked days (the cost report spreads the gross over them).
    expect(line.grossCents - line.workedDays.reduce((s, w) => s + w.grossCents, 0)).toBe(2 * 22772);
  });

  test("a short contract with an unworked holiday: 4 days of work, 8 May not paid", () => {
    // Contract Mon 4 – Fri 8 May, worked Mon–Thu: 4 days of effective work, not more than 10.
    const data = { ...input(days(mayWorked.slice(0, 4)), [chef()]), contracts: [contract("DOC1", "2026-05-04", "2026-05-08")] };
    const line = computePayroll(data, "2026-05").lines[0];
    expect(line.paidHolidayHours).toBe(0);
    expect(line.components.map((c) => c.kind)).not.toContain("paidHoliday");
    // 36 h worked, the contract covers five calendar days: counted by the week (1 h at +25 %), not per day.
    expect([line.hours, line.overtime25]).toEqual([36, 1]);
  });

  test("the inference of before never pays them: a weekly contract has at most 7 days", () => {
    const line = computePayroll(input(days(mayWorked), [chef()]), "2026-05").lines[0];
    expect(line.paidHolidayHours).toBe(0);
  });

  test("at a technical facility (IDCC 3252) no rule pays them (FERIE_CHOME_HEURES 0, à vérifier)", () => {
    const facility: Employer = { agreement: "IDCC 3252", name: "Studio" };
    const data = { ...input(days(mayWorked), [chef()], [{ ...DOC, agreement: undefined, client: "Producteur" }]), employer: facility, contracts: [contract("DOC1", "2026-05-04", "2026-05-22")] };
    const line = computePayroll(data, "2026-05").lines[0];
    expect([line.agreement, line.paidHolidayHours]).toEqual(["IDCC 3252", 0]);
  });
});

describe("RGDU in December 2026, after the June SMIC revaluation", () => {
  // Chargé de post-production at 1 227,64 € / 39 h week, Mon 7 – Fri 11 December 2026, 7,8 h a day.
  // Gross 1 227,63 € (35 h 1 074,19 + 4 × 38,36). The SMIC is 12,31 € since 1 June, but the BOSS keeps the
  // SMIC of 1 January (12,02 €) for the RGDU all year: SMICref = 39 × 12,02 = 468,78;
  // 3 × 468,78 / 1 227,63 = 1,14559; ½ × 0,14559 = 0,072797; ^1,75 = 0,010201; C = 0,02 + 0,3781 × 0,010201
  // = 0,023857; × 100/90 = 0,026508 → 0,0265; reduction 0,0265 × 1 227,63 = 32,53 €.
  // With the December SMIC it would be 39 × 12,31 = 480,09 → C = 0,0280 → 34,37 €.
  test("the coefficient uses 12,02 €, not 12,31 €", () => {
    const crew = [member("Zoe", "Chargé de post-production", 1227.64, "semaine 39 h")];
    const dec = week("2026-12-07", "Zoe", "DOC1", "09:00", "16:48", 0, 5);
    const line = computePayroll(input(dec, crew, [DOC, FLUX]), "2026-12").lines[0];
    expect(line.grossCents).toBe(122763);
    expect(line.payslip.rgdu!.coefficient).toBe(0.0265);
    expect(line.payslip.rgdu!.amountCents).toBe(3253);
    const withJuneSmic = computeRgdu(config, { grossCents: 122763, smicBaseCents: 39 * 1231, day: d("2026-12-07"), employerSize: "under50" });
    expect(withJuneSmic.coefficient).toBe(0.028);
  });
});

test("allocateCents keeps the cents of a split (the rounding every allocation above relies on)", () => {
  // 20 335 × 20/40 = 10 167,5 → 10 168 cumulated, the rest 10 167.
  expect(allocateCents(20335, [20, 20])).toEqual([10168, 10167]);
  expect(allocateCents(113862, [27, 18])).toEqual([68317, 45545]);
});

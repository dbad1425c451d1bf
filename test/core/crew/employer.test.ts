/**
 * The employer and the collective agreement of each contract: production company or technical facility,
 * the facility agreement dated (IDCC 2717 until 31 March 2025, IDCC 3252 from 1 April 2025), the object
 * rule (animation → 2412, a programme the facility produces itself → its production agreement) and the
 * notices that tell the coordinator which rule was applied.
 */
import { agreementFor, agreementNotices, analyseCrew, computePayroll, ParameterReader, type Employer, type PayrollProduction } from "../../../src/core/crew";
import { config, d, DOC, input, member, resetRows, seance, week } from "./fixtures";

const params = new ParameterReader(config);
const facility: Employer = { name: "Studio Cap Nord", agreement: "IDCC 3252" };
const producer: Employer = { name: "Les Films", agreement: "IDCC 3097" };
const clientProgramme: PayrollProduction = { code: "FLEUVE", agreement: "IDCC 2642", client: "Les Films du Fleuve", zone: "Métropole", genre: "Fiction TV" };
const ownProgramme: PayrollProduction = { code: "MAISON", agreement: "IDCC 2642", zone: "Métropole", genre: "Documentaire" };
const cartoon: PayrollProduction = { code: "TOON", client: "Anim Prod", zone: "Métropole", genre: "Animation" };
const blank: PayrollProduction = { code: "BLANC", client: "Un client", zone: "Métropole" };
const nov2026 = d("2026-11-10");

beforeEach(resetRows);

describe("which agreement a contract follows", () => {
  test("a facility's crew follows the facility agreement of the day: 2717 until 31/03/2025, 3252 from 01/04/2025", () => {
    expect(agreementFor(facility, undefined, blank, d("2025-03-31"), params)).toEqual({ agreement: "IDCC 2717", basis: "employer" });
    expect(agreementFor(facility, undefined, blank, d("2025-04-01"), params)).toEqual({ agreement: "IDCC 3252", basis: "employer" });
    // A facility that typed the old number in 2026 is still under 3252.
    expect(agreementFor({ agreement: "IDCC 2717" }, undefined, blank, nov2026, params).agreement).toBe("IDCC 3252");
  });

  test("a producer's agreement typed on a client's programme does not apply to a facility's crew", () => {
    expect(agreementFor(facility, undefined, clientProgramme, nov2026, params)).toEqual({ agreement: "IDCC 3252", basis: "employer" });
  });

  test("the object rule: a programme without client is the facility's own (its agreement); animation follows 2412", () => {
    expect(agreementFor(facility, undefined, ownProgramme, nov2026, params)).toEqual({ agreement: "IDCC 2642", basis: "ownProgramme" });
    expect(agreementFor(facility, undefined, cartoon, nov2026, params)).toEqual({ agreement: "IDCC 2412", basis: "animation" });
    // One person (a VFX artist) on the animation grid, typed in Equipe[Convention].
    expect(agreementFor(facility, member("Vfx", "Truquiste", 200, "jour", { agreement: "IDCC 2412" }), blank, nov2026, params)).toEqual({ agreement: "IDCC 2412", basis: "person" });
  });

  test("a production company: the production's own agreement, else the employer's", () => {
    expect(agreementFor(producer, undefined, blank, nov2026, params)).toEqual({ agreement: "IDCC 3097", basis: "employer" });
    expect(agreementFor(producer, undefined, clientProgramme, nov2026, params)).toEqual({ agreement: "IDCC 2642", basis: "production" });
  });

  test("without an employer, as before: the production's agreement, IDCC 2642 when blank; a 2717 production is 3252 in 2026", () => {
    expect(agreementFor(undefined, undefined, blank, nov2026, params)).toEqual({ agreement: "IDCC 2642", basis: "default" });
    expect(agreementFor(undefined, undefined, { code: "P", agreement: "IDCC 2717" }, nov2026, params).agreement).toBe("IDCC 3252");
    expect(agreementFor(undefined, undefined, { code: "P", agreement: "IDCC 2717" }, d("2024-06-03"), params).agreement).toBe("IDCC 2717");
  });
});

test("the notices a facility's coordinator sees once: producer's agreement ignored, own programme, animation, a person on another grid", () => {
  const crew = [member("Vfx", "Truquiste", 200, "jour", { agreement: "IDCC 2412" }), member("Léa", "Chef monteur AV", 1850, "semaine 39 h")];
  const notices = agreementNotices(facility, crew, [clientProgramme, ownProgramme, cartoon, blank], nov2026, params);
  expect(notices.map((a) => [a.code, a.severity, a.production ?? ""])).toEqual([
    ["PAIE_CONVENTION_OBJET", "info", "FLEUVE"],
    ["PAIE_CONVENTION_OBJET", "info", "MAISON"],
    ["PAIE_CONVENTION_OBJET", "info", "TOON"],
    ["PAIE_CONVENTION_OBJET", "info", ""],
  ]);
  expect(notices[0].message).toContain("ignorée");
  expect(notices[1].message).toContain("producteur");
  expect(notices[2].message).toContain("IDCC 2412");
  // A production company says nothing: its productions' agreements are the rule.
  expect(agreementNotices(producer, crew, [clientProgramme], nov2026, params)).toEqual([]);
});

describe("the facility agreement's rules on the séances (IDCC 3252, carried from 2717)", () => {
  const studio = { ...DOC, agreement: undefined, client: "Producteur" };
  const run = (bookings: ReturnType<typeof seance>[], role = "Chef monteur AV", salary = 40, unit: "heure" | "jour" = "heure") =>
    computePayroll({ ...input(bookings, [member("Ana", role, salary, unit)], [studio]), employer: facility }, "2026-11");

  test("10 h a day, 12 h by exception: 10,5 h is a warning to justify, 12,5 h an error", () => {
    const analysis = analyseCrew({ ...input([seance("2026-11-03", "Ana", "DOC1", "08:00", "19:30", 60), seance("2026-11-05", "Ana", "DOC1", "07:00", "20:30", 60)], [member("Ana", "Chef monteur AV", 40, "heure")], [studio]), employer: facility });
    expect(analysis.bookings.map((b) => b.alerts.map((a) => [a.code, a.severity]))).toEqual([[["PAIE_JOURNEE_EXCEPTION", "warning"]], [["PAIE_JOURNEE_12H", "error"]]]);
    expect(analysis.bookings[1].alerts[0].message).toContain("maximum de 12 h par jour (IDCC 3252)");
  });

  test("night from midnight to 6:00 at +25 %: 22:00–02:00 has 2 night hours", () => {
    // 40 € an hour: the night premium 10,00 €/h × 2 h = 20,00 €.
    const line = run([seance("2026-11-03", "Ana", "DOC1", "22:00", "02:00")]).lines[0];
    expect(line.nightHours).toBe(2);
    expect(line.components.find((c) => c.kind === "night")!.amountCents).toBe(2000);
  });

  test("a CDDU of fewer than 5 days: daily overrun, 9th–10th hour +10 %, 11th–12th +25 % (annex example, à vérifier)", () => {
    // One day of 11 h at 40 €/h: 8 h × 40 = 320,00; 2 h × 44,00 = 88,00; 1 h × 50,00 = 50,00; 458,00 €.
    const line = run([seance("2026-11-03", "Ana", "DOC1", "08:00", "20:00", 60)]).lines[0];
    expect(line.components.filter((c) => c.kind === "dayOverrun").map((c) => [c.percent, c.hours, c.rateCents])).toEqual([
      [10, 2, 4400],
      [25, 1, 5000],
    ]);
    expect(line.grossCents).toBe(45800);
    expect(line.overtimeOther).toEqual([{ percent: 10, hours: 2 }]);
  });

  test("a full week: 36th–43rd hour +25 %, from the 44th +50 %, on the week rounded up to the half hour", () => {
    // 5 × 8 h 50 = 44 h 10 → 44 h 30: 35 h × 40 = 1 400,00; 8 h × 50,00 = 400,00; 1,5 h × 60,00 = 90,00; 1 890,00 €.
    const line = run(week("2026-11-02", "Ana", "DOC1", "09:00", "18:50", 60)).lines[0];
    expect([line.overtime25, line.overtime50, line.grossCents]).toEqual([8, 1.5, 189000]);
  });

  test("the day rate covers 8 hours (the grid's basis): a 6 h day is topped up by 2 h", () => {
    // 240 € a day = 30 €/h: 6 h × 30 = 180,00 + 2 h × 30 = 60,00: the day, 240,00 €.
    const line = run([seance("2026-11-03", "Ana", "DOC1", "09:00", "15:00")], "Chef monteur AV", 240, "jour").lines[0];
    expect(line.components.find((c) => c.kind === "dayGuarantee")!.hours).toBe(2);
    expect(line.grossCents).toBe(24000);
  });

  test("a worked holiday's premium is unknown at the facility: 0 % and an information to check", () => {
    const line = run([seance("2026-11-11", "Ana", "DOC1", "09:00", "17:00", 60)]).lines[0];
    expect(line.holidayHours).toBe(0);
    expect(line.alerts.filter((a) => a.code === "PAIE_MAJORATION_A_VERIFIER").map((a) => a.severity)).toEqual(["info"]);
  });
});

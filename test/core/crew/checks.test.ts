/**
 * Every check fires on a crafted week and stays silent on a clean one. The crafted week is the week of
 * Monday 2 March 2026 (no holiday), on the documentary DOC1 (CCNPA, IDCC 2642) unless stated.
 */
import { analyseCrew, computePayroll, Unavailability, TaskRef } from "../../../src/core/crew";
import { config, d, DOC, FILM, FLUX, member, seance, week } from "./fixtures";
import type { Booking, CrewMember } from "../../../src/core/crew";
import { formatEuros } from "../../../src/core/money";

const tasks: TaskRef[] = [
  { id: "T1", production: "DOC1" },
  { id: "T2", production: "JEU" },
];

function codesOf(bookings: Booking[], crew: CrewMember[], extra: { unavailabilities?: Unavailability[]; tasks?: TaskRef[] } = {}) {
  const analysis = analyseCrew({ bookings, crew, productions: [DOC, FLUX, FILM], config, tasks: extra.tasks ?? tasks, unavailabilities: extra.unavailabilities });
  return { analysis, codes: analysis.alerts.map((a) => a.code) };
}

const bob = member("Bob", "Chef monteur", 1138.62, "semaine 35 h");

describe("a clean week", () => {
  test("Mon–Fri 09:00–17:00 with a 1 h break, at the grid minimum, on a known task: no alert at all", () => {
    const bookings = week("2026-03-02", "Bob", "DOC1", "09:00", "17:00", 60).map((b) => ({ ...b, task: "T1" }));
    const { codes } = codesOf(bookings, [bob]);
    expect(codes).toEqual([]);
    const pay = computePayroll({ bookings, crew: [bob], productions: [DOC], config, tasks }, "2026-03");
    expect(pay.alerts).toEqual([]);
    expect(pay.lines[0].grossCents).toBe(113862); // 35 h = the weekly minimum exactly
    expect(pay.lines[0].minimumCents).toBe(113862);
  });
});

describe("PAIE_INCONNU", () => {
  test("unknown person, unknown production, unknown task, task of another production", () => {
    const bookings = [
      { ...seance("2026-03-02", "Inconnu", "DOC1", "09:00", "17:00", 60), task: "T1" },
      { ...seance("2026-03-02", "Bob", "NOPE", "09:00", "12:00"), task: "T1" },
      { ...seance("2026-03-03", "Bob", "DOC1", "09:00", "12:00"), task: "T99" },
      { ...seance("2026-03-04", "Bob", "DOC1", "09:00", "12:00"), task: "T2" },
    ];
    const { analysis } = codesOf(bookings, [bob]);
    const unknown = analysis.alerts.filter((a) => a.code === "PAIE_INCONNU");
    expect(unknown.map((a) => a.cell)).toEqual([bookings[0].place!.cells!.resource, bookings[1].place!.cells!.production, bookings[2].place!.cells!.task, bookings[3].place!.cells!.task]);
    expect(unknown[0].message).toContain("« Inconnu » n'est pas dans la table Equipe");
    expect(unknown[0].message).toMatch(/^Seances, ligne \d+/);
    expect(unknown[3].message).toContain("appartient à la production JEU");
  });
});

describe("labour-law checks on a crafted week (Alice, two productions)", () => {
  const alice = member("Alice", "Chef monteur", 1138.62, "semaine 35 h");
  const bookings = [
    seance("2026-03-02", "Alice", "DOC1", "09:00", "13:00"), // Mon 4 h
    seance("2026-03-02", "Alice", "JEU", "12:00", "15:00"), // overlaps the DOC1 séance (any production)
    seance("2026-03-03", "Alice", "DOC1", "08:00", "22:00", 60), // Tue 13 h > 12 h
    seance("2026-03-04", "Alice", "DOC1", "06:00", "18:00", 60), // Wed: 8 h of rest only after Tue 22:00
    seance("2026-03-05", "Alice", "DOC1", "08:00", "20:00", 60), // Thu 11 h
    seance("2026-03-06", "Alice", "DOC1", "08:00", "19:00", 60), // Fri 10 h → week 4+3+13+11+11+10 = 52 h
  ];
  const { analysis, codes } = codesOf(bookings, [alice]);

  test("PAIE_CHEVAUCHEMENT on the later séance, naming the other one and its production", () => {
    const a = analysis.alerts.filter((x) => x.code === "PAIE_CHEVAUCHEMENT");
    expect(a).toHaveLength(1);
    expect(a[0].row).toBe(bookings[1].place!.row);
    expect(a[0].message).toContain(`séance ligne ${bookings[0].place!.row}`);
    expect(a[0].message).toContain("production DOC1");
  });

  test("PAIE_JOURNEE_12H: 13 h on Tuesday against 12 h (CCNPA)", () => {
    const a = analysis.alerts.filter((x) => x.code === "PAIE_JOURNEE_12H");
    expect(a).toHaveLength(1);
    expect(a[0].message).toContain("13 h");
    expect(a[0].message).toContain("12 h");
    expect(a[0].message).toContain("IDCC 2642");
  });

  test("PAIE_REPOS_11H: 8 h between Tue 22:00 and Wed 06:00 (under even the 9 h tolerated)", () => {
    const a = analysis.alerts.filter((x) => x.code === "PAIE_REPOS_11H");
    expect(a).toHaveLength(1);
    expect(a[0].row).toBe(bookings[3].place!.row);
    expect(a[0].message).toContain("8 h de repos");
  });

  test("PAIE_SEMAINE_48H: 52 h over the civil week, all productions together", () => {
    const a = analysis.alerts.filter((x) => x.code === "PAIE_SEMAINE_48H");
    expect(a).toHaveLength(1);
    expect(a[0].message).toContain("52 h");
  });

  test("nothing else fires", () => {
    expect([...new Set(codes)].sort()).toEqual(["PAIE_CHEVAUCHEMENT", "PAIE_JOURNEE_12H", "PAIE_REPOS_11H", "PAIE_SEMAINE_48H"]);
  });
});

describe("daily maximum and rest depend on the agreement", () => {
  test("cinema (IDCC 3097): 11 h in a day is over its 10 h", () => {
    const fred = member("Fred", "Chef monteur", 1833.05, "semaine 39 h");
    const { analysis } = codesOf([seance("2026-03-02", "Fred", "FILM", "08:00", "20:00", 60)], [fred]);
    const a = analysis.alerts.filter((x) => x.code === "PAIE_JOURNEE_12H");
    expect(a).toHaveLength(1);
    expect(a[0].message).toContain("10 h");
  });

  test("CCNPA tolerates a 9 h rest twice in a civil week; the third reduced rest is an error", () => {
    const carla = member("Carla", "Chef monteur", 1138.62, "semaine 35 h");
    const bookings = [
      seance("2026-03-02", "Carla", "DOC1", "11:00", "23:00", 60), // ends 23:00
      seance("2026-03-03", "Carla", "DOC1", "08:30", "23:00", 180), // 9 h 30 rest: tolerated (1)
      seance("2026-03-04", "Carla", "DOC1", "08:30", "23:00", 180), // 9 h 30 rest: tolerated (2)
      seance("2026-03-05", "Carla", "DOC1", "08:30", "17:00", 60), // 9 h 30 rest: third → error
    ];
    const { analysis } = codesOf(bookings, [carla]);
    const rest = analysis.alerts.filter((x) => x.code === "PAIE_REPOS_11H");
    expect(rest).toHaveLength(1);
    expect(rest[0].row).toBe(bookings[3].place!.row);
    expect(rest[0].message).toContain("déjà utilisé 2 fois");
  });

  test("outside the CCNPA a 9 h 30 rest is an error at once", () => {
    const fred = member("Fred", "Chef monteur", 1833.05, "semaine 39 h");
    const bookings = [seance("2026-03-02", "Fred", "FILM", "10:00", "19:30", 30), seance("2026-03-03", "Fred", "FILM", "05:00", "12:00")];
    const { analysis } = codesOf(bookings, [fred]);
    expect(analysis.alerts.map((a) => a.code)).toEqual(["PAIE_REPOS_11H"]);
  });
});

describe("PAIE_INDISPONIBLE", () => {
  test("a séance inside an unavailability of the person, silent outside it", () => {
    const bookings = week("2026-03-02", "Bob", "DOC1", "09:00", "17:00", 60).map((b) => ({ ...b, task: "T1" }));
    const unavailabilities = [{ resource: "bob", from: d("2026-03-05"), to: d("2026-03-06"), reason: "congé", place: { sheet: "Indisponibilites", row: 4 } }];
    const { analysis } = codesOf(bookings, [bob], { unavailabilities });
    const a = analysis.alerts.filter((x) => x.code === "PAIE_INDISPONIBLE");
    expect(a.map((x) => x.row)).toEqual([bookings[3].place!.row, bookings[4].place!.row]);
    expect(a[0].message).toContain("(congé), Indisponibilites ligne 4");
  });
});

describe("pay against the grid", () => {
  test("PAIE_SOUS_MINIMUM names the grid line; PAIE_JOUR_DIVISE_PAR_5 on an 8 h day at 39 h ÷ 5", () => {
    // 1 301,28 / 5 = 260,256 → 260,26 € for an 8 h day on a 1-day contract (the 8 h day minimum is 289,17 €).
    const eve = member("Eve", "Chef monteur", 260.26, "jour", { dayBaseHours: 8 });
    const res = computePayroll({ bookings: [seance("2026-03-10", "Eve", "DOC1", "09:00", "18:00", 60)], crew: [eve], productions: [DOC], config }, "2026-03");
    const codes = res.lines[0].alerts.map((a) => a.code).sort();
    expect(codes).toEqual(["PAIE_JOUR_DIVISE_PAR_5", "PAIE_SOUS_MINIMUM"]);
    const under = res.lines[0].alerts.find((a) => a.code === "PAIE_SOUS_MINIMUM")!;
    expect(under.message).toContain("grille IDCC 2642 « Chef monteur » (IIIA)");
    expect(under.cell).toBe("Equipe!F2");
    expect(res.lines[0].alertText).toContain("PAIE_SOUS_MINIMUM");
  });

  test("a 35 h weekly salary under the grid (1 100 € < 1 138,62 €)", () => {
    const low = member("Low", "Chef monteur", 1100, "semaine 35 h");
    const res = computePayroll({ bookings: week("2026-03-02", "Low", "DOC1", "09:00", "17:00", 60), crew: [low], productions: [DOC], config }, "2026-03");
    expect(res.lines[0].alerts.map((a) => a.code)).toEqual(["PAIE_SOUS_MINIMUM"]);
    expect(res.lines[0].alerts[0].message).toContain(formatEuros(113862));
  });

  test("the SMIC floor applies where no grid line exists (11,00 €/h in March 2026 < 12,02 €)", () => {
    const x = member("Xavier", "Régisseur", 11, "heure");
    const res = computePayroll({ bookings: [seance("2026-03-10", "Xavier", "DOC1", "09:00", "17:00", 60)], crew: [x], productions: [DOC], config }, "2026-03");
    const codes = res.lines[0].alerts.map((a) => a.code);
    expect(codes).toContain("PAIE_SOUS_MINIMUM");
    expect(codes).toContain("PAIE_GRILLE_INCONNUE");
    expect(res.lines[0].alerts.find((a) => a.code === "PAIE_SOUS_MINIMUM")!.message).toContain("SMIC");
  });

  test("a 5-day week at a day rate of 39 h ÷ 5 is fine: the ÷ 4,5 rule is for 4 days or less", () => {
    // 260,26 € × 5 days of 8 h: hourly 260,26 / 8 = 32,53 €, the 35 h minimum's 1 138,62 / 35 = 32,53 €.
    const eve = member("Eve", "Chef monteur", 260.26, "jour", { dayBaseHours: 8 });
    const res = computePayroll({ bookings: week("2026-03-02", "Eve", "DOC1", "09:00", "18:00", 60), crew: [eve], productions: [DOC], config }, "2026-03");
    expect(res.lines[0].alerts.map((a) => a.code)).toEqual([]);
  });
});

describe("missing times", () => {
  test("a séance without departure is reported and counts no hours", () => {
    const b = seance("2026-03-02", "Bob", "DOC1", "09:00", "17:00");
    delete b.end;
    const { analysis } = codesOf([{ ...b, task: "T1" }], [bob]);
    expect(analysis.alerts.map((a) => a.code)).toEqual(["PAIE_HORAIRES_MANQUANTS"]);
    expect(analysis.bookings[0].hours).toBe(0);
  });
});

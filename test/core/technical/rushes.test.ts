/** Rushes checks: each fires on a crafted card and stays silent on a clean one; totals pass 24 h. */
import { checkRushes, combineSuggestions, unknownProject, type Rush } from "../../../src/core/technical";
import { formatTimecode, RATE_23_976, RATE_25, RATE_50 } from "../../../src/core/timecode";
import { tcDuree, tcSomme } from "../../../src/functions/functions";
import { day, project, rush, tc } from "./fixtures";

const fleuve = project();
const projectOf = (p: string) => (p === "FLEUVE" ? fleuve : unknownProject(p));
const codes = (rushes: Rush[]) => checkRushes(rushes, projectOf).issues.map((i) => i.code);

describe("rushes checks", () => {
  test("a clean card raises nothing", () => {
    expect(checkRushes([rush()], projectOf).issues).toEqual([]);
  });

  test("missing backups and verification: no backup is an error, a missing second one or verification a warning", () => {
    const none = checkRushes([rush({ backup1: false, backup2: false })], projectOf).issues;
    expect(none.map((i) => [i.code, i.severity, i.field])).toEqual([["TECH_SAUVEGARDE_MANQUANTE", "error", "backup1"]]);
    const second = checkRushes([rush({ backup2: false, verified: false })], projectOf).issues;
    expect(second.map((i) => [i.code, i.severity, i.field])).toEqual([
      ["TECH_SAUVEGARDE_MANQUANTE", "warning", "backup2"],
      ["TECH_VERIFICATION_MANQUANTE", "warning", "verified"],
    ]);
    expect(second[0].message).toBe("FLEUVE, carte A001 (caméra A, jour 1) : pas de seconde sauvegarde ; ne réutilisez pas le support avant la deuxième copie.");
  });

  test("a 23,976 camera on a 25 ips project is a warning priced in hours of its rushes; 50 ips is a slow motion (info, not priced)", () => {
    const drone = rush({ camera: "C", media: "C001", rate: RATE_23_976, tcIn: tc("10:00:00:00", RATE_23_976), tcOut: tc("11:30:00:00", RATE_23_976) });
    const [issue] = checkRushes([drone], projectOf).issues;
    expect(issue.code).toBe("TECH_CADENCE_RUSH");
    expect(issue.severity).toBe("warning");
    expect(issue.message).toContain("tourné à 23,976 ips pour un projet à 25 ips");
    expect(issue.message).toContain("accélérés de 4,3 %");
    // 1 h 30 of 23,976 timecode is 1 h 30 min 5,4 s of real time: 1,51 h (rounded up to the hundredth).
    expect(issue.cost).toEqual({ production: "FLEUVE", rateCode: "CONV-RUSHES", quantity: 1.51, reason: "Conversion 23,976 ips → 25 ips des rushes (FLEUVE, caméra C)", combine: "sum" });
    const slowMotion = checkRushes([rush({ rate: RATE_50, tcIn: tc("10:00:00:00", RATE_50), tcOut: tc("10:01:00:00", RATE_50) })], projectOf).issues;
    expect(slowMotion.map((i) => [i.code, i.severity, i.cost])).toEqual([["TECH_CADENCE_RUSH", "info", undefined]]);
  });

  test("a blank rate is the project's; a project without a rate is 25 ips by default", () => {
    expect(codes([rush({ rate: undefined })])).toEqual([]);
    const r = checkRushes([rush({ production: "AUTRE", rate: RATE_23_976, tcIn: 0, tcOut: 24 })], projectOf).issues;
    expect(r[0].message).toContain("projet à 25 ips par défaut");
  });

  test("resolution: smaller than the project is a warning, larger an information", () => {
    const small = checkRushes([rush({ resolution: { width: 1280, height: 720, label: "HD 1280×720" } })], projectOf).issues;
    expect(small.map((i) => [i.code, i.severity])).toEqual([["TECH_RESOLUTION_RUSH", "warning"]]);
    const large = checkRushes([rush({ resolution: { width: 3840, height: 2160, label: "UHD 3840×2160" } })], projectOf).issues;
    expect(large.map((i) => [i.code, i.severity])).toEqual([["TECH_RESOLUTION_RUSH", "info"]]);
  });

  test("overlapping timecodes on the same camera and day flag the later card; other cameras, days or touching cards do not", () => {
    const a = rush({ media: "B002", camera: "B", tcIn: tc("14:00:00:00"), tcOut: tc("14:30:00:00") });
    const reused = rush({ ref: "ligne 9", media: "B003", camera: "B", tcIn: tc("14:20:00:00"), tcOut: tc("14:50:00:00") });
    const issues = checkRushes([a, reused], projectOf).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "TECH_TC_CHEVAUCHEMENT", index: 1, field: "tcIn" });
    expect(issues[0].message).toContain("chevauchent ceux de la carte B002");
    expect(codes([a, { ...reused, camera: "A" }])).toEqual([]);
    expect(codes([a, { ...reused, shootingDay: 2 }])).toEqual([]);
    expect(codes([a, { ...reused, tcIn: tc("14:30:00:00") }])).toEqual([]);
  });

  test("a card received after the planned start of the picture edit", () => {
    const [late] = checkRushes([rush({ date: day("2026-11-09") })], projectOf).issues;
    expect(late.code).toBe("TECH_RUSHES_APRES_MONTAGE");
    expect(late.message).toContain("reçue le 09/11/2026, après le début prévu du montage image (tâche F03, 05/11/2026)");
    expect(codes([rush({ date: day("2026-11-05") })])).toEqual([]);
    expect(checkRushes([rush({ date: day("2026-12-01") })], () => project({ editingStart: undefined })).issues).toEqual([]);
  });

  test("an end timecode before the start is an error, not a card crossing midnight", () => {
    const r = checkRushes([rush({ tcIn: tc("23:50:00:00"), tcOut: tc("00:10:00:00") })], projectOf);
    expect(r.issues.map((i) => [i.code, i.field])).toEqual([["TECH_TC_SORTIE_AVANT_ENTREE", "tcOut"]]);
    expect(r.frames).toEqual([undefined]);
    expect(checkRushes([rush({ tcIn: tc("23:50:00:00"), tcOut: tc("24:10:00:00") })], projectOf).frames).toEqual([tc("00:20:00:00")]);
  });
});

test("a long log is checked in n log n: 20 000 cards of one camera and day, one reused card among them", () => {
  const cards = Array.from({ length: 20000 }, (_, i) => rush({ media: `A${i}`, tcIn: i * 100, tcOut: i * 100 + 100 }));
  cards.push(rush({ media: "A-bis", tcIn: 120, tcOut: 180 }));
  const started = Date.now();
  const issues = checkRushes(cards, projectOf).issues;
  expect(Date.now() - started).toBeLessThan(2000);
  expect(issues.map((i) => [i.code, i.index])).toEqual([["TECH_TC_CHEVAUCHEMENT", 20000]]);
});

describe("rushes durations and totals", () => {
  test("each card's duration is PAD.TC.DUREE of its timecodes; day totals are PAD.TC.SOMME of the cards, beyond 24 h", () => {
    const cards: Rush[] = [];
    // Two shooting days of 15 cards of 59'59"12 each: more than 24 h over the production.
    for (let d = 1; d <= 2; d++)
      for (let i = 0; i < 15; i++) cards.push(rush({ shootingDay: d, media: `A${d}${i}`, tcIn: tc("08:00:00:00"), tcOut: tc("08:59:59:12"), volumeGb: 22.5 }));
    const r = checkRushes(cards, projectOf);
    const durations = r.frames.map((f) => formatTimecode(f!, RATE_25));
    expect(durations[0]).toBe(tcDuree("08:00:00:00", "08:59:59:12"));
    expect(formatTimecode(r.totals.days[0].frames, RATE_25)).toBe(tcSomme([durations.slice(0, 15)]));
    const total = formatTimecode(r.totals.productions[0].frames, RATE_25);
    expect(total).toBe(tcSomme([durations]));
    expect(total).toBe("29:59:44:10"); // 30 h less 30 × 13 frames
    expect(r.totals.days.map((t) => [t.shootingDay, t.cards, t.volumeGb, t.storageGb])).toEqual([
      [1, 15, 337.5, 675],
      [2, 15, 337.5, 675],
    ]);
    expect(r.totals.productions[0]).toMatchObject({ cards: 30, volumeGb: 675, storageGb: 1350, cardsWithoutVolume: 0 });
  });

  test("cards at another rate are counted in the project's rate; cards without volume are counted apart; days without number go by date", () => {
    const r = checkRushes(
      [
        rush({ rate: RATE_23_976, tcIn: 0, tcOut: tc("01:00:00:00", RATE_23_976), volumeGb: undefined }),
        rush({ shootingDay: undefined, date: day("2026-10-31"), tcIn: 0, tcOut: tc("00:10:00:00") }),
      ],
      projectOf,
    );
    // 1 h of 23,976 timecode lasts 3603,6 s: 90 090 frames at 25 ips.
    expect(r.totals.days[0]).toMatchObject({ shootingDay: 1, frames: 90090, cardsWithoutVolume: 1, volumeGb: 0 });
    expect(r.totals.days[1]).toMatchObject({ date: day("2026-10-31"), frames: tc("00:10:00:00") });
    expect(r.totals.productions[0]).toMatchObject({ cards: 2, frames: 90090 + 15000, cardsWithoutVolume: 1, volumeGb: 110 });
  });
});

describe("suggested lines", () => {
  test("rushes hours add up per production and rate; the reasons are kept once", () => {
    const drone = (media: string) => rush({ media, camera: "C", rate: RATE_23_976, tcIn: 0, tcOut: tc("00:30:00:00", RATE_23_976) });
    const lines = combineSuggestions(checkRushes([drone("C001"), drone("C002")], projectOf).issues);
    expect(lines).toEqual([{ production: "FLEUVE", rateCode: "CONV-RUSHES", quantity: 1.02, reason: "Conversion 23,976 ips → 25 ips des rushes (FLEUVE, caméra C)" }]);
  });
});

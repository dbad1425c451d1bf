import { fromIso, toIso } from "../../../src/core/dates/civil";
import { PlanningInput, PlanningResult, TaskInput } from "../../../src/core/planning/model";
import { describeDriver, runPlanning } from "../../../src/core/planning/plan";
import { PRODUCTION_STATUS, TASK_STATUS } from "../../../src/core/planning/status";
// The located sentence is composed by the workbook layer from the engine's check (row + detail).
import { planningMessage } from "../../../src/sheets/planning/alerts";

const d = (s: string): number => fromIso(s)!;
// Monday 4 May 2026. Holidays ahead: Friday 8 May (Victoire 1945), Thursday 14 May (Ascension),
// Monday 25 May (Pentecôte).
const TODAY = d("2026-05-04");

function plan(tasks: TaskInput[], extra: Partial<PlanningInput> = {}): PlanningResult {
  return runPlanning({
    today: TODAY,
    productions: [
      { code: "F1", title: "Les Veilleurs", genre: "Fiction TV", zone: "Métropole", padTarget: d("2026-05-14") },
      { code: "D2", title: "Terres d'Alsace", genre: "Documentaire", zone: "Alsace-Moselle" },
    ],
    tasks,
    ...extra,
  });
}
const iso = (r: PlanningResult, i: number): [string, string] => [toIso(r.tasks[i].start), toIso(r.tasks[i].finish)];
const codes = (r: PlanningResult): string[] => r.checks.map((c) => c.code);
const checksOf = (r: PlanningResult, code: string) => r.checks.filter((c) => c.code === code);

describe("runPlanning — a fiction on the French calendar", () => {
  const tasks: TaskInput[] = [
    { id: "F1-1", production: "F1", stage: "Tournage", name: "Fin de tournage", duration: 0, actualFinish: d("2026-04-30") },
    { id: "F1-2", production: "F1", stage: "Montage image", name: "Montage", duration: 5, predecessors: "F1-1", resources: "Léa Martin" },
    { id: "F1-3", production: "F1", stage: "Image", name: "Étalonnage", duration: 3, predecessors: "F1-2" },
    { id: "F1-4", production: "F1", stage: "Son", name: "Mixage", duration: 2, predecessors: "F1-3 DD+1" },
    { id: "F1-5", production: "F1", stage: "Livraison", name: "Livraison PAD", duration: 0, predecessors: "F1-3;F1-4" },
  ];
  const r = plan(tasks);

  test("dates by hand: holidays skipped, milestone on its predecessor's finish", () => {
    expect(iso(r, 0)).toEqual(["2026-04-30", "2026-04-30"]); // done: real date kept
    expect(iso(r, 1)).toEqual(["2026-05-04", "2026-05-11"]); // 4,5,6,7,(8 férié),11
    expect(iso(r, 2)).toEqual(["2026-05-12", "2026-05-15"]); // 12,13,(14 Ascension),15
    expect(iso(r, 3)).toEqual(["2026-05-13", "2026-05-15"]); // DD+1 after 12 May: 13,(14),15
    expect(iso(r, 4)).toEqual(["2026-05-15", "2026-05-15"]);
  });

  test("critical path, float, statuses", () => {
    expect(r.tasks.map((t) => t.critical)).toEqual([false, true, true, true, true]);
    // PAD contractuel 14 May (a holiday: 13 May is the last working day before) → PAD 1 day late,
    // so the chain driving it has a float of −1 and is late.
    expect(r.tasks.map((t) => t.totalFloat)).toEqual([0, -1, -1, -1, -1]);
    expect(r.tasks.map((t) => t.status)).toEqual([TASK_STATUS.done, TASK_STATUS.late, TASK_STATUS.late, TASK_STATUS.late, TASK_STATUS.late]);
    expect(describeDriver(r.tasks[3].driver)).toBe("après F1-3 (début → début, +1 j)");
    // 1 May is a holiday: the day after the shoot ended (30 April) is today, Monday 4 May; on a tie
    // the link is named, it explains more than "today".
    expect(describeDriver(r.tasks[1].driver)).toBe("après F1-1 (fin → début)");
  });

  test("production summary: PAD prévu, slip, status", () => {
    const p = r.productions[0];
    expect(toIso(p.padForecast!)).toBe("2026-05-15");
    expect(p.padSlipDays).toBe(1);
    expect(p.padTaskIndex).toBe(4);
    expect(p.status).toBe(PRODUCTION_STATUS.late);
    expect(p.lateTaskCount).toBe(4);
    expect(p.nextMilestone?.id).toBe("F1-5");
    const pad = checksOf(r, "PLAN_PAD_DEPASSE");
    expect(pad).toHaveLength(1);
    expect(pad[0]).toMatchObject({ table: "productions", index: 0, production: "F1", taskId: "F1-5", field: "padForecast", severity: "warning" });
    expect(planningMessage(pad[0])).toBe("Production F1 : PAD prévu le 15/05/2026, 1 j ouvré après le PAD contractuel (14/05/2026)");
    expect(r.productions[1].status).toBe(PRODUCTION_STATUS.empty);
  });

  test("the calendars are handed out for the Feries range", () => {
    expect(r.calendars.get("D2")?.zone).toBe("Alsace-Moselle");
    expect(r.calendars.get("F1")?.isWorkingDay(d("2026-05-14"))).toBe(false);
  });

  test("running twice gives the same result", () => {
    expect(plan(tasks)).toEqual(r);
  });
});

describe("runPlanning — one editor on two productions", () => {
  const r = plan(
    [
      { id: "F1-2", production: "F1", name: "Montage", duration: 5, resources: "Léa Martin" },
      { id: "D2-1", production: "D2", name: "Montage doc", duration: 3, notBefore: d("2026-05-06"), resources: "lea  martin; Salle 2" },
      { id: "D2-2", production: "D2", name: "Mixage", duration: 2, predecessors: "D2-1", resources: "Salle 2" },
    ],
    { crew: [{ name: "Léa Martin", type: "Personne" }, { name: "Salle 2", type: "Salle" }] },
  );

  test("the conflict is on the days both tasks work, on both rows", () => {
    expect(iso(r, 0)).toEqual(["2026-05-04", "2026-05-11"]);
    expect(iso(r, 1)).toEqual(["2026-05-06", "2026-05-11"]); // 6, 7, (8 férié), 11
    const c = checksOf(r, "PLAN_CONFLIT_RESSOURCE");
    expect(c.map((x) => [x.taskId, x.field])).toEqual([
      ["F1-2", "resources"],
      ["D2-1", "resources"],
    ]);
    expect(planningMessage(c[0])).toBe("Tâche F1-2 (production F1) : Léa Martin est aussi sur la tâche D2-1 (production D2) du 06/05/2026 au 11/05/2026");
    expect(r.tasks[0].alert).toBe("Léa Martin est aussi sur la tâche D2-1 (production D2) du 06/05/2026 au 11/05/2026");
    // Salle 2 is on D2-1 then D2-2: no overlap
    expect(c.some((x) => x.taskId === "D2-2")).toBe(false);
  });

  test("a facility company may serve two jobs at once", () => {
    const r2 = plan(
      [
        { id: "A", production: "F1", duration: 3, resources: "Labo Image" },
        { id: "B", production: "D2", duration: 3, resources: "Labo Image" },
      ],
      { crew: [{ name: "Labo Image", type: "Prestataire" }] },
    );
    expect(codes(r2)).not.toContain("PLAN_CONFLIT_RESSOURCE");
  });

  test("no conflict on a day one of the productions does not work", () => {
    const r3 = runPlanning({
      today: d("2026-06-05"), // a Friday
      productions: [
        { code: "A", workingDays: "lun-ven" },
        { code: "B", workingDays: "sam" },
      ],
      tasks: [
        { id: "A1", production: "A", duration: 2, resources: "Léa" }, // Fri 5 and Mon 8: spans Saturday 6
        { id: "B1", production: "B", duration: 1, resources: "Léa" }, // Saturday 6
      ],
    });
    expect(iso(r3, 0)).toEqual(["2026-06-05", "2026-06-08"]);
    expect(iso(r3, 1)).toEqual(["2026-06-06", "2026-06-06"]);
    expect(codes(r3)).not.toContain("PLAN_CONFLIT_RESSOURCE");
  });

  test("unknown resources are flagged when Equipe is given", () => {
    const r4 = plan([{ id: "A", production: "F1", duration: 1, resources: "Léa Martin; Inconnu" }], { crew: [{ name: "Léa Martin" }] });
    expect(checksOf(r4, "PLAN_RESSOURCE_INCONNUE")[0].detail).toBe("ressource inconnue dans Equipe : « Inconnu »");
    expect(codes(plan([{ id: "A", production: "F1", duration: 1, resources: "Inconnu" }]))).not.toContain("PLAN_RESSOURCE_INCONNUE");
  });
});

describe("runPlanning — unavailability pushes dates", () => {
  const unavailabilities = [{ resource: "Paul", from: d("2026-05-12"), to: d("2026-05-13"), reason: "congés" }];
  test("an étalonneur away at the start: pushed past his days off, said in Alerte", () => {
    const r = plan(
      [
        { id: "A", production: "F1", duration: 5 },
        { id: "B", production: "F1", duration: 3, predecessors: "A", resources: "Paul" },
        { id: "C", production: "F1", duration: 1, predecessors: "B" },
      ],
      { unavailabilities },
    );
    expect(iso(r, 1)).toEqual(["2026-05-15", "2026-05-19"]); // 12–13 away, 14 Ascension: 15, 18, 19
    expect(iso(r, 2)).toEqual(["2026-05-20", "2026-05-20"]);
    expect(r.tasks[1].delayedByUnavailability).toBe(true);
    const c = checksOf(r, "PLAN_INDISPONIBLE");
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ taskId: "B", field: "start", severity: "info" });
    expect(c[0].detail).toBe("début repoussé au 15/05/2026 : Paul indisponible du 12/05/2026 au 13/05/2026 (congés)");
  });

  test("away in the middle: the task is stretched", () => {
    const r = plan([{ id: "B", production: "F1", duration: 8, resources: "Paul" }], { unavailabilities });
    // 4,5,6,7,11, (12,13 away, 14 Ascension), 15, 18, 19
    expect(iso(r, 0)).toEqual(["2026-05-04", "2026-05-19"]);
    expect(checksOf(r, "PLAN_INDISPONIBLE")[0].detail).toMatch(/^fin repoussée au 19\/05\/2026 : Paul indisponible/);
  });

  test("away outside the task: nothing said", () => {
    const r = plan([{ id: "B", production: "F1", duration: 2, resources: "Paul" }], { unavailabilities });
    expect(iso(r, 0)).toEqual(["2026-05-04", "2026-05-05"]);
    expect(codes(r)).not.toContain("PLAN_INDISPONIBLE");
  });
});

describe("runPlanning — actuals and re-planning", () => {
  test("finished, started (remaining from today), not started (not before today)", () => {
    const r = plan([
      { id: "A", production: "F1", duration: 3, actualStart: d("2026-04-27"), actualFinish: d("2026-04-30") },
      { id: "B", production: "F1", duration: 5, predecessors: "A", actualStart: d("2026-04-30"), percentComplete: 40 },
      { id: "C", production: "F1", duration: 2, predecessors: "B" },
      { id: "D", production: "F1", duration: 4, actualStart: d("2026-04-29") }, // no %: 2 days done (29, 30)
    ]);
    expect(iso(r, 0)).toEqual(["2026-04-27", "2026-04-30"]);
    // 60 % of 5 days left = 3 days from today: 4, 5, 6
    expect(iso(r, 1)).toEqual(["2026-04-30", "2026-05-06"]);
    expect(iso(r, 2)).toEqual(["2026-05-07", "2026-05-11"]); // 7, (8), 11
    expect(iso(r, 3)).toEqual(["2026-04-29", "2026-05-05"]); // 2 left: 4, 5
    expect(r.tasks.map((t) => t.state)).toEqual(["done", "inProgress", "notStarted", "inProgress"]);
    expect(r.tasks.map((t) => t.status)).toEqual([TASK_STATUS.done, TASK_STATUS.critical, TASK_STATUS.critical, TASK_STATUS.inProgress]);
  });

  test("a late finish moves every downstream date", () => {
    const base: TaskInput[] = [
      { id: "A", production: "F1", duration: 3, actualStart: d("2026-04-28") },
      { id: "B", production: "F1", duration: 2, predecessors: "A" },
      { id: "C", production: "F1", duration: 0, name: "Livraison PAD", predecessors: "B" },
    ];
    const before = plan(base);
    const after = plan([{ ...base[0], percentComplete: 10 }, base[1], base[2]]);
    expect(before.tasks[2].finish).toBeLessThan(after.tasks[2].finish);
    expect(toIso(after.tasks[0].finish)).toBe("2026-05-06"); // 90 % of 3 = 3 days: 4, 5, 6
    expect(toIso(after.tasks[2].finish)).toBe("2026-05-11");
  });

  test("inconsistent actuals are alerts on the right cells", () => {
    const r = plan([
      { id: "A", production: "F1", duration: 3, actualStart: d("2026-04-30"), actualFinish: d("2026-04-28") },
      { id: "B", production: "F1", duration: 3, percentComplete: 100 },
      { id: "C", production: "F1", duration: 3, actualStart: d("2026-05-20") },
      { id: "D", production: "F1", duration: 3, percentComplete: 150 },
    ]);
    expect(checksOf(r, "PLAN_REEL_INCOHERENT")[0]).toMatchObject({ taskId: "A", field: "actualFinish", severity: "error" });
    expect(checksOf(r, "PLAN_AVANCEMENT_SANS_FIN")[0]).toMatchObject({ taskId: "B", field: "actualFinish" });
    expect(r.tasks[1].state).toBe("done");
    expect(toIso(r.tasks[1].finish)).toBe("2026-05-04"); // counted finished today
    expect(checksOf(r, "PLAN_REEL_FUTUR")[0]).toMatchObject({ taskId: "C", field: "actualStart" });
    expect(toIso(r.tasks[2].start)).toBe("2026-05-20"); // a future "real" start still holds it back
    expect(checksOf(r, "PLAN_AVANCEMENT_INVALIDE")[0]).toMatchObject({ taskId: "D", field: "percentComplete" });
  });
});

describe("runPlanning — checks on the plan's structure", () => {
  test("duplicate IDs, unknown or foreign predecessors, bad text, bad durations", () => {
    const r = plan([
      { id: "A", production: "F1", duration: 2 },
      { id: "a ", production: "F1", duration: 1 },
      { id: "B", production: "F1", duration: 1, predecessors: "Z" },
      { id: "C", production: "D2", duration: 1, predecessors: "A" },
      { id: "E", production: "F1", duration: 1, predecessors: "A FX" },
      { id: "G", production: "F1", duration: -2 },
      { id: "H", production: "F1", duration: 1.5 },
      { id: "I", production: "F1" },
      { id: "", production: "F1", duration: 1 },
      { id: "J", production: "XX", duration: 1 },
    ]);
    const by = (code: string) => checksOf(r, code).map((c) => [c.taskId, c.field]);
    expect(by("PLAN_ID_DOUBLON")).toEqual([["a ", "id"]]);
    expect(by("PLAN_PREDECESSEUR_INCONNU")).toEqual([["B", "predecessors"]]);
    expect(planningMessage(checksOf(r, "PLAN_PREDECESSEUR_INCONNU")[0])).toBe("Tâche B (production F1) : prédécesseur « Z » inconnu dans la production F1");
    expect(by("PLAN_PREDECESSEUR_AUTRE_PRODUCTION")).toEqual([["C", "predecessors"]]);
    expect(by("PLAN_PREDECESSEUR_INVALIDE")).toEqual([["E", "predecessors"]]);
    expect(by("PLAN_DUREE_INVALIDE")).toEqual([
      ["G", "duration"],
      ["H", "duration"],
      ["I", "duration"],
    ]);
    expect(by("PLAN_ID_VIDE")).toEqual([["", "id"]]);
    expect(by("PLAN_PRODUCTION_INCONNUE")).toEqual([["J", "production"]]);
    expect(r.tasks[1].status).toBe(TASK_STATUS.error);
    expect(r.tasks[0].status).not.toBe(TASK_STATUS.error);
    // Every row still gets dates.
    for (const t of r.tasks) expect(Number.isInteger(t.start) && Number.isInteger(t.finish)).toBe(true);
  });

  test("a dependency loop is listed in its message, on every task of the loop", () => {
    const r = plan([
      { id: "A", production: "F1", duration: 1 },
      { id: "B", production: "F1", duration: 1, predecessors: "A;D" },
      { id: "C", production: "F1", duration: 1, predecessors: "B" },
      { id: "D", production: "F1", duration: 1, predecessors: "C FF" },
      { id: "E", production: "F1", duration: 1, predecessors: "E" },
    ]);
    const loops = checksOf(r, "PLAN_CYCLE");
    expect(loops.map((c) => c.taskId)).toEqual(["B", "C", "D", "E"]);
    expect(loops[0].detail).toBe("boucle de dépendances : B → C → D → B (liens ignorés pour le calcul)");
    expect(loops[3].detail).toBe("boucle de dépendances : E → E (liens ignorés pour le calcul)");
    expect(r.productions[0].status).toBe(PRODUCTION_STATUS.error);
    expect(r.tasks[1].status).toBe(TASK_STATUS.error);
  });

  test("every task tangled in loops is flagged, even off the loop shown", () => {
    const r = plan([
      { id: "A", production: "F1", duration: 1, predecessors: "B" },
      { id: "B", production: "F1", duration: 1, predecessors: "A;C" },
      { id: "C", production: "F1", duration: 1, predecessors: "B" },
    ]);
    expect(checksOf(r, "PLAN_CYCLE").map((c) => [c.taskId, c.detail])).toEqual([
      ["A", "boucle de dépendances : A → B → A (liens ignorés pour le calcul)"],
      ["B", "boucle de dépendances : A → B → A (liens ignorés pour le calcul)"],
      ["C", "prise dans une boucle de dépendances (dont A → B → A) : liens ignorés pour le calcul"],
    ]);
  });

  test("zone and working days are read, bad values alerted with a fallback", () => {
    const r = runPlanning({
      today: TODAY,
      productions: [
        { code: "X", zone: "Atlantide", workingDays: "du lundi au samedi" },
        { code: "Y", zone: "974", workingDays: "n'importe" },
      ],
      tasks: [
        { id: "X1", production: "X", duration: 6 },
        { id: "Y1", production: "Y", duration: 6 },
      ],
    });
    expect(checksOf(r, "PLAN_ZONE_INCONNUE")[0]).toMatchObject({ table: "productions", index: 0, field: "zone" });
    expect(checksOf(r, "PLAN_JOURS_OUVRES_INVALIDES")[0]).toMatchObject({ table: "productions", index: 1, field: "workingDays" });
    expect(iso(r, 0)).toEqual(["2026-05-04", "2026-05-11"]); // lun-sam: 4, 5, 6, 7, (8 férié), 9, 11
    expect(iso(r, 1)).toEqual(["2026-05-04", "2026-05-12"]); // fallback lun-ven at La Réunion: 4–7, (8), 11, 12
  });
});

/**
 * Sheets ↔ engine: the planning tables read into the engine's input, and every check of the engine (and
 * every unreadable cell) surfacing as an alert on the right sheet, row, ID, cell and production.
 */
import { CommandContext } from "../../../src/commands/context";
import { DEMO_CLOSURE_ROWS, DEMO_PRODUCTION_ROWS, DEMO_TASK_ROWS } from "../../../src/demo/planning";
import { DEMO_CREW } from "../../../src/demo/crew";
import { readSnapshot } from "../../../src/hosts/file/read";
import { openWorkbook } from "../../../src/hosts/xlsx/workbook";
import { FERMETURES, PRODUCTIONS, TACHES } from "../../../src/sheets/contract/planning";
import { planningOf } from "../../../src/sheets/planning";
import { isDayValue, type OutValue } from "../../../src/workbook/values";
import { TODAY, cellOf, day, demoBytes, planBytes, run, type PlanRows } from "./fixtures";
import { checkCommand } from "../../../src/commands/check";

async function planOf(bytes: Uint8Array) {
  const snapshot = readSnapshot(await openWorkbook(bytes));
  const ctx = new CommandContext("check", { snapshot, today: TODAY, options: {} });
  return { plan: planningOf(ctx), ctx };
}

const dayOf = (v: OutValue | undefined): number | undefined => (isDayValue(v) ? v.day : undefined);

describe("planning tables → engine input", () => {
  test("the demo's rows come back as the engine's input, row for row (percent × 100, dates as days)", async () => {
    const { plan, ctx } = await planOf(await demoBytes());
    expect(plan.input.tasks).toHaveLength(DEMO_TASK_ROWS.length);
    DEMO_TASK_ROWS.forEach((row, i) => {
      const t = plan.input.tasks[i];
      expect(t.id).toBe(row.ID);
      expect(t.production).toBe(row.Production);
      expect(t.duration).toBe(row["Durée (j)"]);
      expect(t.predecessors).toBe(row.Prédécesseurs ?? undefined);
      expect(t.resources).toBe(row.Ressources ?? undefined);
      expect(t.baselineFinish).toBe(dayOf(row["Fin réf."]));
      // What the reference kept for the slip cost: F03 was frozen at 20 days, it has 25 now.
      expect(t.baselineDuration).toBe(row["Durée réf. (j)"] ?? undefined);
      expect(t.baselineResources).toBe(row["Ressources réf."] ?? undefined);
      expect(t.actualStart).toBe(dayOf(row["Début réel"]));
      expect(t.percentComplete).toBe(typeof row.Avancement === "number" ? Math.round(row.Avancement * 100) : undefined);
    });
    expect(plan.input.productions.map((p) => [p.code, p.padTarget])).toEqual(DEMO_PRODUCTION_ROWS.map((r) => [r.Code, dayOf(r["PAD contractuel"])]));
    expect(plan.input.closures).toEqual(DEMO_CLOSURE_ROWS.map((r) => ({ production: undefined, from: dayOf(r.Du), to: dayOf(r.Au), reason: r.Motif })));
    expect(plan.input.crew?.map((m) => m.name)).toEqual(DEMO_CREW.map((m) => m.Nom));
    expect(plan.input.tasks.find((t) => t.id === "F03")).toMatchObject({ duration: 25, baselineDuration: 20, baselineResources: "Léa Martin; Salle montage 2" });
    expect(ctx.sink.items.filter((a) => a.code.startsWith("CELLULE"))).toEqual([]);
  });

  test("a date typed as text and a percentage typed as « 50 % » are read; the memo computes once", async () => {
    const bytes = await planBytes({
      productions: [{ Code: "P", "PAD contractuel": "15/03/2027" }],
      tasks: [{ ID: "A", Production: "P", "Durée (j)": "4", Avancement: "50 %", "Pas avant": "04/01/2027" }],
    });
    const { plan, ctx } = await planOf(bytes);
    expect(plan.input.productions[0].padTarget).toBe(day("2027-03-15").day);
    expect(plan.input.tasks[0]).toMatchObject({ duration: 4, percentComplete: 50, notBefore: day("2027-01-04").day });
    expect(planningOf(ctx)).toBe(plan);
  });
});

describe("cells the engine would pass over in silence (hostile workbooks, issue 8)", () => {
  test("a crew member without a name, a genre not in the list: each an alert on its cell", async () => {
    const { plan, ctx } = await planOf(
      await planBytes({
        productions: [{ Code: "P1", Genre: "série " }, { Code: "P2", Genre: 42 }],
        tasks: [{ ID: "A1", Production: "P1", "Durée (j)": 1 }],
        crew: [{ Nom: "Léa Martin" }, { Fonction: "Monteuse", "Tarif HT": 450 }],
      }),
    );
    expect(plan.input.productions.map((p) => p.genre)).toEqual(["Série", undefined]);
    const cells = ctx.sink.items.filter((a) => a.code.startsWith("CELLULE")).map((a) => `${a.code} ${a.cell}`);
    expect(cells.sort()).toEqual(["CELLULE_INVALIDE Productions!C5", "CELLULE_VIDE Equipe!A5"]);
  });
});

describe("a crew type outside the list (hostile workbooks, issue 8)", () => {
  test("said once on its cell, with or without a name in the row, through the whole check", async () => {
    const bytes = await planBytes({
      productions: [{ Code: "P1" }],
      tasks: [{ ID: "A1", Production: "P1", "Durée (j)": 1 }],
      crew: [{ Nom: "Léa Martin", Type: "<img src=x onerror=alert(1)>" }, { Type: "Cabine" }, { Nom: "Auditorium A", Type: "salle" }],
    });
    const { plan } = await planOf(bytes);
    expect((plan.input.crew ?? []).map((m) => m.type)).toEqual([undefined, undefined, "Salle"]);
    const r = await run(bytes, checkCommand);
    const onEquipe = r.report.alerts.filter((a) => a.sheet === "Equipe" && a.code.startsWith("CELLULE")).map((a) => `${a.code} ${a.cell}`);
    expect(onEquipe.sort()).toEqual(["CELLULE_INVALIDE Equipe!B4", "CELLULE_INVALIDE Equipe!B5", "CELLULE_VIDE Equipe!A5"]);
  });
});

describe("each check surfaces as an alert on its cell", () => {
  const crew = [{ Nom: "Léa Martin", Type: "Personne" }, { Nom: "Auditorium A", Type: "Salle" }];
  const rows: PlanRows = {
    productions: [
      { Code: "P1", "PAD contractuel": day("2026-12-18"), Zone: "Métropole" },
      { Code: "P2", Zone: "Atlantide" },
    ],
    tasks: [
      /* 0 */ { ID: "A1", Production: "P1", "Durée (j)": "abc" },
      /* 1 */ { ID: "A2", Production: "P1", "Durée (j)": 5, Prédécesseurs: "A99" },
      /* 2 */ { ID: "A3", Production: "P1", "Durée (j)": 2, Prédécesseurs: "A4" },
      /* 3 */ { ID: "A4", Production: "P1", "Durée (j)": 2, Prédécesseurs: "A3" },
      /* 4 */ { ID: "A2", Production: "P1", "Durée (j)": 1 },
      /* 5 */ { ID: "A6", Production: "P1", "Durée (j)": 3, Avancement: 1, Ressources: "Inconnu Total" },
      /* 6 */ { ID: "A7", Production: "P1", "Durée (j)": 20, Ressources: "Léa Martin", "Pas avant": day("2026-12-01"), Échéance: day("2026-12-10"), "Fin réf.": day("2026-12-15") },
      /* 7 */ { ID: "B1", Production: "P2", "Durée (j)": 10, Ressources: "Léa Martin", "Pas avant": day("2026-12-01") },
      /* 8 */ { ID: "A9", Production: "P1", "Durée (j)": 0, Tâche: "Livraison PAD", Prédécesseurs: "A7", "Début réel": "pas une date" },
      /* 9 */ { ID: "A10", Production: "P1", "Durée (j)": 2, "Début réel": day("2026-11-20"), "Fin réelle": day("2026-11-18") },
    ],
    closures: [{ Production: "", Du: day("2026-12-24"), Au: day("2026-12-20"), Motif: "à l'envers" }],
    crew,
  };
  let alerts: import("../../../src/core/alerts").Alert[];
  beforeAll(async () => {
    const { ctx } = await planOf(await planBytes(rows));
    alerts = ctx.sink.items;
  });
  const find = (code: string, cell: string) => alerts.filter((a) => a.code === code && a.cell === cell);

  test.each([
    { code: "CELLULE_INVALIDE", spec: TACHES, header: "Durée (j)", row: 0, id: "A1", production: undefined },
    { code: "PLAN_PREDECESSEUR_INCONNU", spec: TACHES, header: "Prédécesseurs", row: 1, id: "A2", production: "P1" },
    { code: "PLAN_CYCLE", spec: TACHES, header: "Prédécesseurs", row: 2, id: "A3", production: "P1" },
    { code: "PLAN_CYCLE", spec: TACHES, header: "Prédécesseurs", row: 3, id: "A4", production: "P1" },
    { code: "PLAN_ID_DOUBLON", spec: TACHES, header: "ID", row: 4, id: "A2", production: "P1" },
    { code: "PLAN_AVANCEMENT_SANS_FIN", spec: TACHES, header: "Fin réelle", row: 5, id: "A6", production: "P1" },
    { code: "PLAN_RESSOURCE_INCONNUE", spec: TACHES, header: "Ressources", row: 5, id: "A6", production: "P1" },
    { code: "PLAN_ECHEANCE_DEPASSEE", spec: TACHES, header: "Fin", row: 6, id: "A7", production: "P1" },
    { code: "PLAN_GLISSEMENT", spec: TACHES, header: "Écart (j)", row: 6, id: "A7", production: "P1" },
    { code: "PLAN_CONFLIT_RESSOURCE", spec: TACHES, header: "Ressources", row: 6, id: "A7", production: "P1" },
    { code: "PLAN_CONFLIT_RESSOURCE", spec: TACHES, header: "Ressources", row: 7, id: "B1", production: "P2" },
    { code: "CELLULE_INVALIDE", spec: TACHES, header: "Début réel", row: 8, id: "A9", production: undefined },
    { code: "PLAN_REEL_INCOHERENT", spec: TACHES, header: "Fin réelle", row: 9, id: "A10", production: "P1" },
    { code: "PLAN_PAD_DEPASSE", spec: PRODUCTIONS, header: "PAD prévu", row: 0, id: "P1", production: "P1" },
    { code: "PLAN_ZONE_INCONNUE", spec: PRODUCTIONS, header: "Zone", row: 1, id: "P2", production: "P2" },
  ])("$code on $spec.name[$header], data row $row", ({ code, spec, header, row, id, production }) => {
    const cell = cellOf(spec, header, row);
    const hits = find(code, cell);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ sheet: spec.sheet, row: 4 + row, id, production });
    // The message names the cell, and the row's own Alerte cell gets the short form (column : detail).
    expect(hits[0].message).toContain(cell);
    if (code.startsWith("PLAN")) expect(hits[0].detail).toMatch(new RegExp(`^${header.replace(/[()]/g, "\\$&")} : `));
  });

  test("a closure ending before it starts is an alert on its Au cell (Calendrier, header on row 4)", () => {
    const hits = find("PLAN_PERIODE_INVALIDE", cellOf(FERMETURES, "Au", 0, { headerRow: 4 }));
    expect(hits).toHaveLength(1);
    expect(hits[0].sheet).toBe("Calendrier");
  });

  test("an unreadable cell is reported once: no engine alert on a cell the reader already reported", () => {
    for (const cell of [cellOf(TACHES, "Durée (j)", 0), cellOf(TACHES, "Début réel", 8)]) {
      expect(alerts.filter((a) => a.cell === cell).map((a) => a.code)).toEqual(["CELLULE_INVALIDE"]);
    }
  });

  test("the cycle's message lists the loop", () => {
    expect(find("PLAN_CYCLE", cellOf(TACHES, "Prédécesseurs", 2))[0].message).toMatch(/A3 → A4 → A3/);
  });

  test("the conflict names the other production's task", () => {
    expect(find("PLAN_CONFLIT_RESSOURCE", cellOf(TACHES, "Ressources", 6))[0].message).toMatch(/B1 \(production P2\)/);
  });
});

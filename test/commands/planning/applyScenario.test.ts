/**
 * « Appliquer le scénario »: the plan, once a scenario is written into it, computes what the scenario
 * predicted (PAD and slip of `Plan actuel` after == the scenario's before), for the demo's three ways out
 * of FLEUVE's slip and for every kind of change; the old values kept in `Historique des scénarios`; the
 * reference untouched; a second application changes nothing; the guard still refuses every other write.
 */
import { applyScenarioCommand } from "../../../src/commands/planning/applyScenario";
import { baselineCommand } from "../../../src/commands/planning/baseline";
import { scenariosCommand } from "../../../src/commands/planning/scenarios";
import { openWorkbook, saveWorkbook } from "../../../src/hosts/xlsx/workbook";
import { readSnapshot } from "../../../src/hosts/file/read";
import { assertPatchAllowed } from "../../../src/sheets/patchGuard";
import type { ColumnsOp, Patch } from "../../../src/workbook/patch";
import type { CommandOptions } from "../../../src/commands/types";
import { serialFromDay } from "../../../src/core/dates/civil";
import { equipeSheet } from "../../../src/sheets/templates/crew";
import { calendrierSheet, planningSheet, productionsSheet } from "../../../src/sheets/templates/planning";
import { scenariosSheet } from "../../../src/sheets/templates/scenarios";
import type { OutValue } from "../../../src/workbook/values";
import { dumpCells, workbookOf } from "../../helpers/workbooks";
import { main } from "../../../src/cli/main";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { day, demoBytes, run, tableRows } from "./fixtures";

interface Item {
  name: string;
  production: string;
  padForecast: string | null;
  slipDays: number;
}

async function options(bytes: Uint8Array): Promise<Item[]> {
  return (await run(bytes, scenariosCommand)).report.sections.scenarios as Item[];
}

/** The scenario's figures before, `Plan actuel`'s after applying it (and the result of the apply). */
async function applied(bytes: Uint8Array, opts: CommandOptions) {
  const before = await options(bytes);
  const result = await run(bytes, applyScenarioCommand, opts);
  const after = result.bytes ? await options(result.bytes) : before;
  return { before, after, result };
}

const pick = (items: Item[], name: string, production: string): Pick<Item, "padForecast" | "slipDays"> | undefined => {
  const i = items.find((x) => x.name === name && x.production === production);
  return i && { padForecast: i.padForecast, slipDays: i.slipDays };
};

describe("appliquer le scénario, sur la démo", () => {
  let demo: Uint8Array;
  beforeAll(async () => {
    demo = await demoBytes();
  });

  test.each(["Deuxième monteur", "Samedis au mix", "PAD décalé"])("« %s » : le plan actuel calcule ensuite ce que le scénario prévoyait", async (name) => {
    const { before, after, result } = await applied(demo, { scenario: name, production: "FLEUVE" });
    expect(result.report.alerts.filter((a) => a.severity === "error")).toEqual([]);
    expect(result.bytes).toBeDefined();
    expect(pick(after, "Plan actuel", "FLEUVE")).toEqual(pick(before, name, "FLEUVE"));
    // The plan moved: the scenario was not the plan already.
    expect(pick(after, "Plan actuel", "FLEUVE")).not.toEqual(pick(before, "Plan actuel", "FLEUVE"));
  });
});

const change = (scenario: string, task: string | null, kind: string, value: OutValue = null, from: OutValue = null, to: OutValue = null): Record<string, OutValue> => ({
  Scénario: scenario,
  Production: "P",
  Tâche: task,
  Changement: kind,
  Valeur: value,
  Du: from,
  Au: to,
});

/**
 * P: A (10 j, Léa and Hugo) then B (6 j, the auditorium) then the PAD milestone; contractual PAD
 * 29/01/2027, today 27/11/2026 (a Friday). One scenario per kind of change.
 */
async function handMade(): Promise<Uint8Array> {
  return saveWorkbook(
    await workbookOf(
      productionsSheet([{ Code: "P", "PAD contractuel": day("2027-01-29") }]),
      planningSheet([
        { ID: "A", Production: "P", Tâche: "Montage", "Durée (j)": 10, Ressources: "Léa; Hugo" },
        { ID: "B", Production: "P", Tâche: "Mixage", "Durée (j)": 6, Ressources: "Auditorium", Prédécesseurs: "A" },
        { ID: "C", Production: "P", Tâche: "Livraison PAD", "Durée (j)": 0, Prédécesseurs: "B" },
      ]),
      calendrierSheet([], []),
      equipeSheet([
        { Nom: "Léa", Type: "Personne" },
        { Nom: "Hugo", Type: "Personne" },
        { Nom: "Zoé", Type: "Personne" },
        { Nom: "Auditorium", Type: "Salle" },
      ]),
      scenariosSheet([
        change("Durée", "A", "Durée (j)", "6"),
        change("Renfort", "A", "Ajouter ressource", "Zoé"),
        change("Départ", "A", "Retirer ressource", "Hugo"),
        change("Samedis", null, "Jours ouvrés", "lun-sam", day("2026-12-07"), day("2026-12-12")),
        change("Samedis jusqu'au 19", null, "Jours ouvrés", "lun-sam", day("2026-12-07"), day("2026-12-19")),
        change("Attente", "B", "Pas avant", null, day("2027-01-11")),
        change("Sans mixage", "B", "Supprimer tâche"),
        change("Contrat", null, "PAD contractuel", null, day("2027-02-12")),
        change("Fermeture", null, "Fermeture", null, day("2026-12-14"), day("2026-12-18")),
        change("Combiné", "A", "Ajouter ressource", "Zoé"),
        change("Combiné", "A", "Durée (j)", "4"),
        change("Combiné", "B", "Pas avant", null, day("2027-01-04")),
      ]),
    ),
  );
}

/** The cells the apply changed, `Sheet!A1 → value` after (the history sheet apart). */
async function changedCells(before: Uint8Array, after: Uint8Array): Promise<Record<string, string>> {
  const a = dumpCells(await openWorkbook(before));
  const b = dumpCells(await openWorkbook(after));
  const out: Record<string, string> = {};
  for (const [k, v] of b) if (!k.startsWith("Historique des scénarios!") && a.get(k) !== v) out[k] = v;
  for (const k of a.keys()) if (!b.has(k)) out[k] = "(effacée)";
  return out;
}

const serial = (iso: string): string => String(serialFromDay(day(iso).day));

describe("appliquer le scénario, un cas par changement", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await handMade();
  });

  // Taches: header row 3, data from row 4 (A on 4, B on 5); columns E Ressources, F Durée (j), H Pas avant.
  // Productions: P on row 4; I Jours ouvrés, J PAD contractuel. Fermetures: header on row 4 (A–D).
  test.each<[string, Record<string, string>]>([
    // Typed: the duration the scenario gives.
    ["Durée", { "Planning!F4": "6" }],
    // A third person, the work in person-days kept: ⌈10 × 2 / 3⌉ = 7 days.
    ["Renfort", { "Planning!E4": JSON.stringify("Léa; Hugo; Zoé"), "Planning!F4": "7" }],
    // Léa alone: ⌈10 × 2 / 1⌉ = 20 days.
    ["Départ", { "Planning!E4": JSON.stringify("Léa"), "Planning!F4": "20" }],
    // The typed days stay (blank = lun-ven), the period is added after them.
    ["Samedis", { "Productions!H4": JSON.stringify("lun-ven ; lun-sam du 07/12/2026 au 12/12/2026") }],
    ["Attente", { "Planning!H5": serial("2027-01-11") }],
    ["Contrat", { "Productions!I4": serial("2027-02-12") }],
    // Appended under the template's blank rows (the table's rows 5 to 9), as every row Cap PAD adds.
    ["Fermeture", { "Calendrier!A10": JSON.stringify("P"), "Calendrier!B10": serial("2026-12-14"), "Calendrier!C10": serial("2026-12-18"), "Calendrier!D10": JSON.stringify("Scénario « Fermeture »") }],
    // Several rows on one task: the typed duration wins over the rule; the resource and Pas avant too.
    ["Combiné", { "Planning!E4": JSON.stringify("Léa; Hugo; Zoé"), "Planning!F4": "4", "Planning!H5": serial("2027-01-04") }],
  ])("« %s » : ces cases seulement, et le plan calcule ce que le scénario prévoyait", async (name, cells) => {
    const { before, after, result } = await applied(bytes, { scenario: name });
    expect(result.report.alerts.filter((a) => a.severity === "error")).toEqual([]);
    expect(await changedCells(bytes, result.bytes!)).toEqual(cells);
    expect(pick(after, "Plan actuel", "P")).toEqual(pick(before, name, "P"));
    expect(pick(after, "Plan actuel", "P")).not.toEqual(pick(before, "Plan actuel", "P"));
  });

  test("a Saturday the period opens between the forecast and the contract counts in the plan's slip once applied", async () => {
    // The scenario measures its slip in the plan's days before it (lun-ven): from the PAD forecast,
    // Thursday 17/12/2026, to the contract, 29/01/2027. Once applied, the plan works Saturday 19/12 and
    // counts it: the same PAD, one working day more between the two dates (-30 instead of -29).
    const { before, after } = await applied(bytes, { scenario: "Samedis jusqu'au 19" });
    expect(pick(before, "Samedis jusqu'au 19", "P")).toEqual({ padForecast: "2026-12-17", slipDays: -29 });
    expect(pick(after, "Plan actuel", "P")).toEqual({ padForecast: "2026-12-17", slipDays: -30 });
  });

  test("« Supprimer tâche » is refused with a French alert: nothing is written", async () => {
    const result = await run(bytes, applyScenarioCommand, { scenario: "Sans mixage" });
    expect(result.bytes).toBeUndefined();
    expect(result.report.alerts.map((a) => a.code)).toContain("SCEN_NON_APPLICABLE");
    expect(result.report.alerts.find((a) => a.code === "SCEN_NON_APPLICABLE")!.message).toMatch(/« Supprimer tâche » \(B\) ne peut pas être appliqué/);
    expect(result.report.summary.join(" ")).toMatch(/n'a pas été appliqué/);
  });

  test("an unknown scenario is an alert naming the scenarios there are", async () => {
    const result = await run(bytes, applyScenarioCommand, { scenario: "Inconnu" });
    expect(result.bytes).toBeUndefined();
    expect(result.report.alerts.map((a) => a.code)).toEqual(["SCEN_INTROUVABLE"]);
    expect(result.report.alerts[0].message).toMatch(/Scénario « Inconnu » introuvable .*Durée, Renfort/);
  });

  test("the history keeps one row per cell, old and new value; a second application changes nothing", async () => {
    const first = await run(bytes, applyScenarioCommand, { scenario: "Renfort" });
    const wb = await openWorkbook(first.bytes!);
    expect(tableRows(wb, "HistoriqueScenarios")).toEqual([
      { "Appliqué le": serialFromDay(day("2026-11-27").day), Application: 1, Scénario: "Renfort", Production: "P", Tâche: "A", Table: "Taches", Colonne: "Ressources", "Ancienne valeur": "Léa; Hugo", "Nouvelle valeur": "Léa; Hugo; Zoé" },
      { "Appliqué le": serialFromDay(day("2026-11-27").day), Application: 1, Scénario: "Renfort", Production: "P", Tâche: "A", Table: "Taches", Colonne: "Durée (j)", "Ancienne valeur": "10", "Nouvelle valeur": "7" },
    ]);
    const again = await run(first.bytes!, applyScenarioCommand, { scenario: "Renfort" });
    expect(again.bytes).toBeUndefined();
    expect(again.report.summary[0]).toBe("Le scénario « Renfort » a déjà été appliqué à P (le 27/11/2026) (voir la feuille Historique des scénarios) : rien n'a été changé.");
    // Another scenario afterwards: its rows are appended under the first ones, numbered 2.
    const next = await run(first.bytes!, applyScenarioCommand, { scenario: "Fermeture" });
    const rows = tableRows(await openWorkbook(next.bytes!), "HistoriqueScenarios");
    expect(rows.map((r) => [r.Application, r.Scénario, r.Table, r["Nouvelle valeur"]])).toEqual([
      [1, "Renfort", "Taches", "Léa; Hugo; Zoé"],
      [1, "Renfort", "Taches", "7"],
      [2, "Fermeture", "Fermetures", "du 14/12/2026 au 18/12/2026 — Scénario « Fermeture »"],
    ]);
  });
});

describe("appliquer le scénario : la référence et le reste du classeur", () => {
  test("the demo's reference stays as frozen, and only the scenario's cells of the plan change", async () => {
    const demo = await demoBytes();
    const frozen = (await run(demo, baselineCommand)).bytes!;
    const result = await run(frozen, applyScenarioCommand, { scenario: "PAD décalé" });
    const changed = await changedCells(frozen, result.bytes!);
    // PAD contractuel of FLEUVE and Durée (j) of F10, nothing else (no Début réf., Fin réf.…).
    expect(Object.keys(changed)).toHaveLength(2);
    const rows = tableRows(await openWorkbook(result.bytes!), "HistoriqueScenarios");
    expect(rows.map((r) => [r.Tâche, r.Colonne, r["Ancienne valeur"], r["Nouvelle valeur"]])).toEqual([
      ["F10", "Durée (j)", "3", "5"],
      [null, "PAD contractuel", "22/01/2027", "05/02/2027"],
    ]);
  });
});

describe("the Patch guard: only « Appliquer le scénario » writes the plan's typed cells, and only those it owns", () => {
  test("its own ops pass; the same ops from any other command are refused; other typed columns stay refused to it", async () => {
    const bytes = await handMade();
    const snapshot = readSnapshot(await openWorkbook(bytes));
    const r = await run(bytes, applyScenarioCommand, { scenario: "Combiné" });
    expect(() => assertPatchAllowed(r.patch, snapshot)).not.toThrow();
    const plan = r.patch.ops.filter((op) => op.kind === "columns" && op.table === "Taches");
    expect(plan).toHaveLength(1);
    for (const command of ["check", "baseline", "newProduction", "scenarios"])
      expect(() => assertPatchAllowed({ command, ops: plan }, snapshot)).toThrow(/ne peut pas écrire la colonne saisie Taches\[(Ressources|Durée \(j\))\]/);
    const keys = (plan[0] as ColumnsOp).expectedKeys;
    const column = (table: string, header: string): ColumnsOp => ({ kind: "columns", table, keyColumns: ["ID", "Production"], expectedKeys: keys, columns: [{ header, values: keys.map(() => "x") }] });
    // Typed columns a scenario never changes: the command may not write them either.
    for (const header of ["ID", "Production", "Tâche", "Prédécesseurs", "Échéance", "Début réel", "Avancement", "Début réf.", "Fin réf.", "Durée réf. (j)", "Ressources réf."])
      expect(() => assertPatchAllowed({ command: "applyScenario", ops: [column("Taches", header)] }, snapshot)).toThrow(/ne peut pas écrire la colonne saisie/);
    expect(() => assertPatchAllowed({ command: "applyScenario", ops: [column("Productions", "Code")] }, snapshot)).toThrow(/ne peut pas écrire la colonne saisie/);
    // Rows: appended to Fermetures by it alone, never to the plan's other tables.
    const append = (table: string, command: string): Patch => ({ command, ops: [{ kind: "append", table, expectedRowCount: 0, rows: [{ Production: "P" }] }] });
    expect(() => assertPatchAllowed(append("Fermetures", "applyScenario"), snapshot)).not.toThrow();
    expect(() => assertPatchAllowed(append("Fermetures", "check"), snapshot)).toThrow(/ne peut pas ajouter de lignes à Fermetures/);
    for (const table of ["Taches", "Scenarios", "Indisponibilites"]) expect(() => assertPatchAllowed(append(table, "applyScenario"), snapshot)).toThrow(/ne peut pas ajouter de lignes/);
    expect(() => assertPatchAllowed(append("HistoriqueScenarios", "check"), snapshot)).toThrow(/ne peut pas ajouter de lignes à HistoriqueScenarios/);
  });

  test("a cell holding a formula is not replaced: the whole scenario is refused, nothing written", async () => {
    const wb = await openWorkbook(await handMade());
    // Durée (j) of A (F4) computed by the coordinator's own formula.
    wb.getWorksheet("Planning")!.getCell("F4").value = { formula: "5*2", result: 10 };
    const bytes = await saveWorkbook(wb);
    const r = await run(bytes, applyScenarioCommand, { scenario: "Renfort" });
    expect(r.bytes).toBeUndefined();
    expect(r.report.alerts.filter((a) => a.code.startsWith("SCEN_")).map((a) => [a.code, a.cell])).toEqual([["SCEN_CELLULE_FORMULE", "Planning!F4"]]);
  });
});

describe("cappad appliquer-scenario", () => {
  test("-o writes the applied plan beside the source, which stays as it was; a second run says so and writes nothing", async () => {
    const demo = await demoBytes();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cappad-apply-"));
    const file = path.join(dir, "demo.xlsx");
    const out = path.join(dir, "applique.xlsx");
    fs.writeFileSync(file, demo);
    let text = "";
    const io = { out: (s: string) => void (text += s), err: () => undefined };
    const code = await main(["appliquer-scenario", file, "--scenario", "Deuxième monteur", "--production", "FLEUVE", "-o", out, "--today", "2026-11-27"], io);
    expect(code).toBe(0);
    expect(text).toMatch(/Scénario « Deuxième monteur » appliqué à FLEUVE : 2 case\(s\) du planning changée\(s\)/);
    expect(new Uint8Array(fs.readFileSync(file))).toEqual(demo);
    const f03 = tableRows(await openWorkbook(fs.readFileSync(out)), "Taches").find((t) => t.ID === "F03")!;
    // ⌈25 × 1 / 2⌉ = 13: Léa and Hugo (the room is not a person).
    expect(f03["Durée (j)"]).toBe(13);
    text = "";
    const again = await main(["appliquer-scenario", out, "--scenario", "Deuxième monteur", "--today", "2026-11-27"], io);
    expect(again).toBe(0);
    expect(text).toMatch(/déjà été appliqué à FLEUVE \(le 27\/11\/2026\)/);
  });

  test("--scenario is required", async () => {
    let err = "";
    const code = await main(["appliquer-scenario", "x.xlsx"], { out: () => undefined, err: (s) => void (err += s) });
    expect(code).not.toBe(0);
    expect(err).toMatch(/--scenario/);
  });
});

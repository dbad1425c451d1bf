/**
 * « Comparer les scénarios »: the `Scenarios` table read with an alert on every bad cell, the demo's three
 * ways out of FLEUVE's slip priced as the overrun report prices the plan, `cappad scenarios` and the
 * `scenarios` section of `cappad check --json`.
 */
import { CommandContext } from "../../../src/commands/context";
import { checkCommand } from "../../../src/commands/check";
import { overrunCommand } from "../../../src/commands/planning/overrun";
import { scenariosCommand } from "../../../src/commands/planning/scenarios";
import { main } from "../../../src/cli/main";
import { readSnapshot } from "../../../src/hosts/file/read";
import { openWorkbook, saveWorkbook } from "../../../src/hosts/xlsx/workbook";
import { SCENARIOS } from "../../../src/sheets/contract/scenarios";
import { planningOf } from "../../../src/sheets/planning";
import { readScenarios } from "../../../src/sheets/scenarios/read";
import { equipeSheet } from "../../../src/sheets/templates/crew";
import { calendrierSheet, planningSheet, productionsSheet } from "../../../src/sheets/templates/planning";
import { scenariosSheet } from "../../../src/sheets/templates/scenarios";
import type { OutValue } from "../../../src/workbook/values";
import { workbookOf } from "../../helpers/workbooks";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { TODAY, cellOf, day, demoBytes, run } from "./fixtures";

async function scenarioBytes(rows: Record<string, OutValue>[]): Promise<Uint8Array> {
  return saveWorkbook(
    await workbookOf(
      productionsSheet([{ Code: "P", "PAD contractuel": day("2027-01-29") }]),
      planningSheet([
        { ID: "A", Production: "P", "Durée (j)": 10, Ressources: "Léa" },
        { ID: "B", Production: "P", "Durée (j)": 6, Ressources: "Auditorium", Prédécesseurs: "A" },
      ]),
      calendrierSheet([], []),
      equipeSheet([
        { Nom: "Léa", Type: "Personne" },
        { Nom: "Hugo", Type: "Personne" },
        { Nom: "Auditorium", Type: "Salle" },
      ]),
      scenariosSheet(rows),
    ),
  );
}

const row = (scenario: string, production: string, task: string | null, change: string, value: OutValue = null, from: OutValue = null, to: OutValue = null): Record<string, OutValue> => ({
  Scénario: scenario,
  Production: production,
  Tâche: task,
  Changement: change,
  Valeur: value,
  Du: from,
  Au: to,
});

describe("la table Scenarios", () => {
  test("every bad cell is an alert on its sheet, row and column; the row is left out, its scenario kept", async () => {
    const bytes = await scenarioBytes([
      row("S1", "P", "A", "Durée (j)", "6"),
      row("S1", "ZZ", "A", "Durée (j)", "6"),
      row("S1", "P", "X9", "Durée (j)", "6"),
      row("S1", "P", "A", "Doubler"),
      row("S1", "P", "A", "Durée (j)", "six"),
      row("S2", "P", null, "Fermeture", null, day("2027-01-10"), day("2027-01-05")),
      row("S2", "P", null, "Jours ouvrés", "lundi-bof"),
      row("S2", "P", null, "Ajouter ressource", "Hugo"),
      row("S2", "p", "a", "Retirer ressource", "Hugo"),
      row("S2", "P", "B", "Ajouter ressource", "Zoé"),
      row("S2", "P", "A", "Pas avant"),
      row("S2", "P", "a", "Ajouter ressource", "hugo"),
    ]);
    const snapshot = readSnapshot(await openWorkbook(bytes));
    const ctx = new CommandContext("scenarios", { snapshot, today: TODAY, options: {} });
    const read = readScenarios(ctx, planningOf(ctx).input);
    const alerts = ctx.sink.items.filter((a) => a.sheet === "Scenarios");
    // Data rows start on sheet row 4 (title, subtitle, headers).
    expect(alerts.map((a) => [a.code, a.cell])).toEqual([
      ["SCEN_PRODUCTION_INCONNUE", cellOf(SCENARIOS, "Production", 1)],
      ["SCEN_TACHE_INCONNUE", cellOf(SCENARIOS, "Tâche", 2)],
      ["CELLULE_INVALIDE", cellOf(SCENARIOS, "Changement", 3)],
      ["CELLULE_INVALIDE", cellOf(SCENARIOS, "Valeur", 4)],
      ["SCEN_PERIODE_INVALIDE", cellOf(SCENARIOS, "Au", 5)],
      ["SCEN_JOURS_OUVRES_INVALIDES", cellOf(SCENARIOS, "Valeur", 6)],
      ["SCEN_TACHE_MANQUANTE", cellOf(SCENARIOS, "Tâche", 7)],
      ["SCEN_RESSOURCE_ABSENTE", cellOf(SCENARIOS, "Valeur", 8)],
      ["SCEN_RESSOURCE_INCONNUE", cellOf(SCENARIOS, "Valeur", 9)],
      ["SCEN_DATE_MANQUANTE", cellOf(SCENARIOS, "Valeur", 10)],
    ]);
    expect(alerts[0].message).toBe("Scenarios, ligne 5 (Scenarios!B5) : production « ZZ » absente du tableau Productions ; ligne ignorée dans le scénario.");
    expect(alerts[1].row).toBe(6);
    // What is left: S1's first row, S2's last (names as written in Equipe, codes as in Productions).
    expect(read.scenarios.map((s) => [s.name, s.changes.map((c) => [c.kind, c.production, c.task, c.days ?? c.resource])])).toEqual([
      ["S1", [["duration", "P", "A", 6]]],
      ["S2", [["addResource", "P", "a", "Hugo"]]],
    ]);
  });

  test("a date change takes its date from Valeur (typed as text) or from Du", async () => {
    const bytes = await scenarioBytes([row("S", "P", "B", "Pas avant", "20/01/2027"), row("S", "P", null, "PAD contractuel", null, day("2027-02-05"))]);
    const snapshot = readSnapshot(await openWorkbook(bytes));
    const ctx = new CommandContext("scenarios", { snapshot, today: TODAY, options: {} });
    const read = readScenarios(ctx, planningOf(ctx).input);
    expect(read.scenarios[0].changes.map((c) => [c.kind, c.day])).toEqual([
      ["notBefore", day("2027-01-20").day],
      ["padTarget", day("2027-02-05").day],
    ]);
    expect(ctx.sink.items.filter((a) => a.sheet === "Scenarios")).toEqual([]);
  });
});

describe("les scénarios de la démo", () => {
  let demo: Uint8Array;
  beforeAll(async () => {
    demo = await demoBytes();
  });

  test("check --json: the plan first, then the three options of FLEUVE, priced as the overrun report", async () => {
    const check = await run(demo, checkCommand);
    const items = check.report.sections.scenarios as { name: string; production: string; padForecast: string; slipDays: number; extraCost: number; overloads: { name: string; week: string; hours: number }[] }[];
    const overrun = (await run(demo, overrunCommand, { production: "FLEUVE" })).report.sections.overrun as { padForecast: string; slipDays: number; slipCost: number }[];
    expect(items.map((i) => [i.name, i.production, i.padForecast, i.slipDays, i.extraCost])).toEqual([
      // The plan: exactly the overrun report's PAD, slip and slip cost.
      ["Plan actuel", "FLEUVE", overrun[0].padForecast, overrun[0].slipDays, overrun[0].slipCost],
      ["Plan actuel", "GLACIER", "2027-02-26", 0, 0],
      // Hugo joins Léa on F03 (25 days, 60 % done): ⌈25 × 1 / 2⌉ = 13 days, ⌈13 × 40 %⌉ = 6 left from
      // Friday 27/11: 27/11–04/12; F04 07–09/12, F08 10–21/12, F10 22–23/12 then 04/01 (Christmas
      // closure), F12 05–06/01: PAD 06/01, 1 day after the baseline (05/01).
      // Cost: 5 150 (the plan's slip) − 12 days of Léa (850) − 12 of the room (180) + 13 of Hugo (380)
      // = 5 150 − 10 200 − 2 160 + 4 940 = −2 270 €, plus the pay surcharges (8 h a planned day, CCNPA
      // bands 36e–43e +25 %, 44e+ +50 %, premium share p / (100 + p) of each line), scenario − plan:
      //   Léa's 72 h week of 07/12 loses its FLEUVE part: −(205,55 × 25/125 + 894,23 × 50/150) = −339,1867 €;
      //   Hugo's three 40 h weeks of 23/11–07/12 (5 h at +25 %, 114,05 €): +3 × 22,81 = +68,43 €;
      //   Nadia's 5-day week of 14/12 (265,65 € at +25 %): +53,13 €. Total −217,6267 → −217,63 €.
      //   −2 270 − 217,63 = −2 487,63 €.
      ["Deuxième monteur", "FLEUVE", "2027-01-06", 1, -2487.63],
      // Saturdays 16/12–09/01: F08 16, 17, 18, 19 (sat), 21, 22, 23, 02/01 (sat, after the closure);
      // F10 04–06/01; F12 07–08/01: PAD 08/01, +3 in the plan's working days (06, 07, 08). No Sunday: no surcharge.
      // No pay surcharge either: Nadia's weeks are 4, 3 and 1 days (32 h at most), Marc's 3: no sixth day, no overtime.
      ["Samedis au mix", "FLEUVE", "2027-01-08", 3, 5150],
      // The mix in 5 days instead of 3: PAD 14/01 (+7); 2 more days of Marc (950) and Auditorium A (900).
      ["PAD décalé", "FLEUVE", "2027-01-14", 7, 5150 + 2 * 950 + 2 * 900],
    ]);
    // Léa Martin edits F03 and G03 the same days: 2 × 5 × 8 = 80 h the week of 30/11, on both productions.
    expect(items[0].overloads).toContainEqual({ name: "Léa Martin", week: "2026-11-30", hours: 80 });
    expect(items[1].overloads).toContainEqual({ name: "Léa Martin", week: "2026-11-30", hours: 80 });
    // With Hugo, F03 ends on 04/12: Léa's week of 07/12 is no longer overloaded.
    expect(items[0].overloads.some((w) => w.week === "2026-12-07")).toBe(true);
    expect(items[2].overloads.some((w) => w.week === "2026-12-07")).toBe(false);
  });

  test("cappad scenarios --production FLEUVE: the options side by side, nothing written", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cappad-scen-"));
    const file = path.join(dir, "demo.xlsx");
    fs.writeFileSync(file, demo);
    let out = "";
    const code = await main(["scenarios", file, "--production", "FLEUVE", "--today", "2026-11-27"], { out: (s) => (out += s), err: () => undefined });
    expect(code).toBe(0);
    const lines = out.split("\n");
    expect(lines[0]).toBe("FLEUVE — PAD contractuel 22/01/2027, référence 05/01/2027");
    expect(lines[1].split(/\s{2,}/).filter(Boolean)).toEqual(["Plan actuel", "Deuxième monteur", "Samedis au mix", "PAD décalé"]);
    expect(lines.find((l) => l.startsWith("PAD prévu"))!.split(/\s{2,}/)).toEqual(["PAD prévu", "12/01/2027", "06/01/2027", "08/01/2027", "14/01/2027"]);
    expect(lines.find((l) => l.startsWith("Coût supplémentaire HT"))!.split(/\s{2,}/)).toEqual(["Coût supplémentaire HT", "5\u202f150,00\u00a0€", "-2\u202f487,63\u00a0€", "5\u202f150,00\u00a0€", "8\u202f850,00\u00a0€"]);
    // The plan's pay surcharges against itself are 0 by definition; the second editor's −217,63 € (worked above).
    expect(lines.find((l) => l.startsWith("dont majorations de paie"))!.split(/\s{2,}/)).toEqual(["dont majorations de paie", "0,00\u00a0€", "-217,63\u00a0€", "0,00\u00a0€", "0,00\u00a0€"]);
    expect(out).not.toContain("GLACIER");
    expect(new Uint8Array(fs.readFileSync(file))).toEqual(demo);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("the week's hours are held to the payroll's own MAX_HEURES_SEMAINE of Parametres", async () => {
    // Léa Martin's 80 h weeks are overloads at 48 h; at 100 h (5 days each, not more than 5) none is left.
    const wb = await openWorkbook(demo);
    const ws = wb.getWorksheet("Parametres")!;
    let valueColumn = -1;
    let edited = 0;
    ws.eachRow((r) => {
      const values = r.values as unknown[];
      if (values.includes("Code") && values.includes("Valeur")) valueColumn = values.indexOf("Valeur");
      else if (values.includes("MAX_HEURES_SEMAINE") && valueColumn > 0) {
        r.getCell(valueColumn).value = 100;
        edited++;
      }
    });
    expect(edited).toBe(1);
    const items = (await run(await saveWorkbook(wb), scenariosCommand)).report.sections.scenarios as { name: string; production: string; overloads: { name: string }[] }[];
    const before = (await run(demo, scenariosCommand)).report.sections.scenarios as typeof items;
    expect(before.find((i) => i.production === "FLEUVE")!.overloads.length).toBeGreaterThan(0);
    expect(items.find((i) => i.production === "FLEUVE")!.overloads).toEqual([]);
  });

  test("a workbook without the table: no section, the command says how to start", async () => {
    const bytes = await demoBytes("productions,planning,calendrier,equipe");
    expect((await run(bytes, checkCommand)).report.sections.scenarios).toBeUndefined();
    const r = await run(bytes, scenariosCommand);
    expect(r.report.summary.join("\n")).toContain("Aucune table Scenarios");
  });
});

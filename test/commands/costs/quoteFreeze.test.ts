/**
 * "Figer le devis" on real workbooks: the plan's proposal fills the blank `Devis HT` of `Budget` (and,
 * with the surcharges, the blank `Surcoûts techniques acceptés`), adds the postes without a line, never
 * replaces a typed value, changes nothing when run again; the `cappad figer-devis` verb.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../../src/cli/main";
import { checkCommand } from "../../../src/commands/check";
import { quoteFreezeCommand } from "../../../src/commands/costs/quoteFreeze";
import { toIso } from "../../../src/core/dates/civil";
import { openWorkbook, saveWorkbook } from "../../../src/hosts/xlsx/workbook";
import { BUDGET } from "../../../src/sheets/contract/costs";
import { SheetBuilder } from "../../../src/sheets/render";
import { equipeSheet } from "../../../src/sheets/templates/crew";
import { budgetSheet } from "../../../src/sheets/templates/costs";
import { planningSheet, productionsSheet } from "../../../src/sheets/templates/planning";
import { actionById } from "../../../src/taskpane/actions";
import type { OutValue } from "../../../src/workbook/values";
import { dumpCells, workbookOf } from "../../helpers/workbooks";
import { demoBytes, TODAY } from "../planning/fixtures";
import { recordsOf, run, typeInto } from "../invoicing/helpers";

const row = async (bytes: Uint8Array, production: string, poste: string) => (await recordsOf(bytes, "Budget")).find((r) => r.Production === production && r.Poste === poste)!;
const budgetIndex = async (bytes: Uint8Array, production: string, poste: string) => (await recordsOf(bytes, "Budget")).findIndex((r) => r.Production === production && r.Poste === poste);

describe("Figer le devis on the demo", () => {
  test("a blank Devis HT receives the plan's proposal; typed quotes stay, their difference is said", async () => {
    // FLEUVE 2.1 left blank: the plan proposes Hugo 12 × 380 + Léa 25 × 850 + Chloé 5 × 950 + Nadia
    // 8 × 780 + Marc 3 × 950 = 4 560 + 21 250 + 4 750 + 6 240 + 2 850 = 39 650 €.
    const demo = await demoBytes();
    const blank = await typeInto(demo, "Budget", await budgetIndex(demo, "FLEUVE", "2.1"), "Devis HT", null);
    const r = await run(blank, quoteFreezeCommand, { production: "FLEUVE" }, TODAY);
    expect((await row(r.bytes!, "FLEUVE", "2.1"))["Devis HT"]).toBe(39650);
    // 8.2 was typed (3 600, the quote accepted at the baseline): kept, and the summary says the plan proposes 4 500.
    expect((await row(r.bytes!, "FLEUVE", "8.2"))["Devis HT"]).toBe(3600);
    expect(r.report.summary).toEqual([
      "Devis figé de FLEUVE : 39\u202f650,00\u00a0€ HT reportés dans Budget (1 poste(s) : FLEUVE 2.1).",
      "« Vérifier et recalculer » met à jour les colonnes calculées de Budget et les rapports.",
      "FLEUVE 8.2 : devis saisi 3\u202f600,00\u00a0€ gardé ; le planning propose 4\u202f500,00\u00a0€.",
    ]);
    // Only that cell changed.
    const before = dumpCells(await openWorkbook(blank));
    const after = dumpCells(await openWorkbook(r.bytes!));
    expect([...after].filter(([k, v]) => before.get(k) !== v).map(([k]) => k)).toEqual(["Budget!D4"]);
    // A second run writes nothing.
    const again = await run(r.bytes!, quoteFreezeCommand, { production: "FLEUVE" }, TODAY);
    expect(again.bytes).toBeUndefined();
    expect(again.report.summary[0]).toMatch(/^Devis déjà figé/);
  });

  test("with the technical surcharges: FLEUVE's blank ones are filled on their postes, GLACIER's typed ones stay", async () => {
    // FLEUVE: rushes conversion 0,64 h × 60 = 38,40 € on 8.1; loudness correction 450 € on 8.7.
    const r = await run(await demoBytes(), quoteFreezeCommand, { technical: true }, TODAY);
    expect((await row(r.bytes!, "FLEUVE", "8.1"))["Surcoûts techniques acceptés"]).toBe(38.4);
    expect((await row(r.bytes!, "FLEUVE", "8.7"))["Surcoûts techniques acceptés"]).toBe(450);
    expect((await row(r.bytes!, "GLACIER", "8.7"))["Surcoûts techniques acceptés"]).toBe(4950);
    expect(r.report.summary).toContain("Surcoûts techniques acceptés : 488,40\u00a0€ HT (colonne « Surcoûts techniques acceptés »).");
    // Then the check counts them in FLEUVE's quote and forecast: 46 700 + 488,40 = 47 188,40.
    const checked = await run(r.bytes!, checkCommand, {}, TODAY);
    const fleuve = (checked.report.sections.productions as { code: string; money: Record<string, number> }[]).find((p) => p.code === "FLEUVE")!.money;
    expect(fleuve.quote).toBe(47188.4);
    expect(fleuve.technicalExtraCost).toBe(488.4);
  });

  test("an unknown production is said and nothing is written", async () => {
    const r = await run(await demoBytes(), quoteFreezeCommand, { production: "NOPE" }, TODAY);
    expect(r.bytes).toBeUndefined();
    expect(r.report.summary).toEqual(["Production « NOPE » introuvable dans Productions : rien n'a été figé."]);
  });
});

describe("Figer le devis on a budget to build", () => {
  const plan: Record<"productions" | "tasks" | "crew", Record<string, OutValue>[]> = {
    productions: [{ Code: "ORAGE", Titre: "L'Orage" }],
    tasks: [
      { ID: "O1", Production: "ORAGE", Ressources: "Ana; Salle A", "Durée (j)": 10 },
      { ID: "O2", Production: "ORAGE", Ressources: "Ana", "Durée (j)": 2, Prédécesseurs: "O1" },
    ],
    crew: [
      { Nom: "Ana", Type: "Personne", Fonction: "Monteuse", "Tarif HT": 400, "Unité tarif": "jour", Poste: "2.1" },
      { Nom: "Salle A", Type: "Salle", "Tarif HT": 180, "Unité tarif": "jour", Poste: "8.2" },
    ],
  };

  test("an empty budget gets one line per poste the plan prices; the check then compares them", async () => {
    const bytes = await saveWorkbook(await workbookOf(productionsSheet(plan.productions), planningSheet(plan.tasks), equipeSheet(plan.crew), budgetSheet([])));
    const r = await run(bytes, quoteFreezeCommand, {}, TODAY);
    // Ana 12 days × 400 = 4 800 (2.1); Salle A 10 × 180 = 1 800 (8.2).
    const rows = await recordsOf(r.bytes!, "Budget");
    expect(rows.map((x) => [x.Production, x.Poste, x["Devis HT"]])).toEqual([
      ["ORAGE", "2.1", 4800],
      ["ORAGE", "8.2", 1800],
    ]);
    expect((await run(r.bytes!, quoteFreezeCommand, {}, TODAY)).bytes).toBeUndefined();
    const checked = await run(r.bytes!, checkCommand, {}, TODAY);
    expect((await recordsOf(checked.bytes!, "Budget")).map((x) => x["Devis proposé"])).toEqual([4800, 1800]);
    expect(checked.report.alerts.filter((a) => a.code.startsWith("DEVIS_"))).toEqual([]);
  });

  test("before the freeze the check says what is not accepted yet; a typed quote that differs is said on its cell", async () => {
    const budget = budgetSheet([{ Production: "ORAGE", Poste: "2.1", "Devis HT": 4000 }]);
    const checked = await run(await saveWorkbook(await workbookOf(productionsSheet(plan.productions), planningSheet(plan.tasks), equipeSheet(plan.crew), budget)), checkCommand, {}, TODAY);
    const alerts = checked.report.alerts.filter((a) => a.code.startsWith("DEVIS_")).map((a) => [a.code, a.cell]);
    expect(alerts).toEqual([
      ["DEVIS_A_FIGER", ""],
      ["DEVIS_ECART_PROPOSITION", "Budget!D4"],
    ]);
  });

  test("a Budget without the surcharges column: the plan is frozen, the surcharges are not, and it is said", async () => {
    const spec = { ...BUDGET, columns: BUDGET.columns.filter((c) => c.header !== "Surcoûts techniques acceptés") };
    const b = new SheetBuilder("Budget", false);
    b.table(spec, 2, 0, [], { blankRows: 3 });
    const bytes = await saveWorkbook(await workbookOf(productionsSheet(plan.productions), planningSheet(plan.tasks), equipeSheet(plan.crew), b.build()));
    const r = await run(bytes, quoteFreezeCommand, { technical: true }, TODAY);
    expect((await recordsOf(r.bytes!, "Budget")).map((x) => x["Devis HT"])).toEqual([4800, 1800]);
    expect(r.report.alerts.map((a) => a.code)).toContain("BUDGET_COLONNE_SURCOUTS_ABSENTE");
  });
});

describe("cappad figer-devis and the pane's button", () => {
  test("the verb freezes, its help says so; the pane's action runs the check after", async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cappad-devis-"));
    const file = path.join(tmp, "demo.xlsx");
    const io = { out: (s: string) => void out.push(s), err: () => undefined };
    const out: string[] = [];
    expect(await main(["new", file, "--demo", "--today", toIso(TODAY)], io)).toBe(0);
    expect(await main(["figer-devis", file, "--production", "GLACIER", "--technique", "--today", toIso(TODAY)], io)).toBe(0);
    expect(out.join("")).toMatch(/Devis déjà figé : chaque poste de GLACIER/);
    out.length = 0;
    expect(await main(["--help"], io)).toBe(0);
    expect(out.join("")).toMatch(/cappad figer-devis <fichier\.xlsx> \[--production CODE\] \[--technique\]/);
    const action = actionById("quote-freeze")!;
    expect([action.section, action.thenCheck, action.options!({ production: "FLEUVE", values: { technical: "oui" } })]).toEqual(["factures", true, { production: "FLEUVE", technical: true }]);
  });
});

/**
 * « Proposition au producteur »: the check writes one page per production a scenario changes, with the
 * very figures of `scenarioOptionsOf` (and, for the plan, the overrun report's slip cost), the
 * coordinator's recommendation read from `Recommandations` (alerts on what names no production or no
 * option), else Cap PAD's suggestion said as such, and the « Bon pour accord » boxes; one A4 page each.
 */
import { checkCommand } from "../../../src/commands/check";
import { CommandContext } from "../../../src/commands/context";
import { overrunCommand } from "../../../src/commands/planning/overrun";
import { scenarioOptionsOf } from "../../../src/commands/planning/scenarios";
import { eurosFromCents } from "../../../src/core/money";
import { toFrench } from "../../../src/core/dates/civil";
import { readSnapshot } from "../../../src/hosts/file/read";
import { openWorkbook, saveWorkbook } from "../../../src/hosts/xlsx/workbook";
import { parseRange } from "../../../src/sheets/address";
import { PROPOSAL_SHEET } from "../../../src/sheets/contract/sheets";
import { RECOMMANDATIONS, SCENARIOS } from "../../../src/sheets/contract/scenarios";
import { MARGINS, minimumScale, POINTS_PER_WIDTH_UNIT, printableWidth, ROW_POINTS } from "../../../src/sheets/print";
import { SUGGESTION_RULE } from "../../../src/sheets/reports/proposal";
import { equipeSheet } from "../../../src/sheets/templates/crew";
import { calendrierSheet, planningSheet, productionsSheet } from "../../../src/sheets/templates/planning";
import { scenariosSheet } from "../../../src/sheets/templates/scenarios";
import type { SheetModel } from "../../../src/workbook/model";
import type { OutValue } from "../../../src/workbook/values";
import { workbookOf } from "../../helpers/workbooks";
import { TODAY, cellOf, day, demoBytes, run } from "./fixtures";

type Rows = Record<string, OutValue>[];

/** The proposal sheet the check writes, and the check's result. */
async function proposalOf(bytes: Uint8Array) {
  const result = await run(bytes, checkCommand);
  const op = result.patch.ops.find((o) => o.kind === "sheet" && o.sheet.name === PROPOSAL_SHEET);
  return { result, sheet: op?.kind === "sheet" ? op.sheet : undefined };
}

const value = (s: SheetModel, row: number, col: number): OutValue | undefined => s.rows[row]?.[col]?.value;
const texts = (s: SheetModel): string[] => s.rows.flatMap((r) => (r ?? []).map((c) => c?.value).filter((v): v is string => typeof v === "string"));
/** Rows whose column A is `label`, in order. */
const rowsOf = (s: SheetModel, label: string): number[] => s.rows.flatMap((r, i) => (r?.[0]?.value === label ? [i] : []));
/** The values of a figure row of the first options table after `from`. */
function figure(s: SheetModel, label: string, from = 0, count = 4): (OutValue | undefined)[] {
  const row = rowsOf(s, label).find((r) => r > from)!;
  return Array.from({ length: count }, (_, j) => value(s, row, 1 + j));
}

describe("la proposition au producteur du classeur d'exemple", () => {
  let demo: Uint8Array;
  let sheet: SheetModel;
  let json: { name: string; production: string; extraCost: number }[];
  beforeAll(async () => {
    demo = await demoBytes();
    const p = await proposalOf(demo);
    sheet = p.sheet!;
    json = p.result.report.sections.scenarios as typeof json;
  });

  test("FLEUVE's options carry the figures of scenarioOptionsOf, the JSON and the overrun report", async () => {
    const ctx = new CommandContext("check", { snapshot: readSnapshot(await openWorkbook(demo)), today: TODAY, options: {} });
    const options = scenarioOptionsOf(ctx)!.filter((o) => o.production.production === "FLEUVE");
    expect(options.map((o) => o.run.name)).toEqual(["Plan actuel", "Deuxième monteur", "Samedis au mix", "PAD décalé"]);
    const header = rowsOf(sheet, "Option")[0];
    expect(options.map((_, j) => value(sheet, header, 1 + j))).toEqual(options.map((o) => o.run.name));
    expect(figure(sheet, "PAD prévu", header)).toEqual(options.map((o) => ({ day: o.production.padForecast })));
    expect(figure(sheet, "PAD contractuel", header)).toEqual(options.map((o) => ({ day: o.production.padTarget })));
    // Days gained = the plan's slip (5) minus the option's: 5 − 1 = +4, 5 − 3 = +2, 5 − 7 = −2.
    const gained = figure(sheet, "Jours gagnés / plan actuel", header);
    expect(gained).toEqual(options.map((o) => options[0].production.slipDays - o.production.slipDays));
    expect(gained).toEqual([0, 4, 2, -2]);
    // Extra cost HT: the comparison's cents, the JSON's `extraCost` of the same option.
    const cost = figure(sheet, "Surcoût HT", header);
    expect(cost).toEqual(options.map((o) => eurosFromCents(o.cost!.extraCents)));
    expect(cost).toEqual(options.map((o) => json.find((j) => j.name === o.run.name && j.production === "FLEUVE")!.extraCost));
    // The plan's is the overrun report's slip cost of FLEUVE.
    const overrun = (await run(demo, overrunCommand, { production: "FLEUVE" })).report.sections.overrun as { slipCost: number }[];
    expect(cost[0]).toBe(overrun[0].slipCost);
    expect(figure(sheet, "Semaines surchargées", header)).toEqual(options.map((o) => o.overloads.length));
  });

  test("the situation, the changes in French, the coordinator's recommendation and the acceptance block", () => {
    const all = texts(sheet);
    expect(all).toContain("Production FLEUVE — Le Fleuve (Les Films du Fleuve)");
    // GLACIER has no scenario: no page.
    expect(all.some((t) => t.startsWith("Production GLACIER"))).toBe(false);
    expect(all.join("\n")).toMatch(/Changements : Hugo Bernard rejoint F03 « [^»]+ » : 13 jours ouvrés au lieu de 25\./);
    expect(all.join("\n")).toMatch(/Changements : la production travaille du lundi au samedi du 16\/12\/2026 au 09\/01\/2027\./);
    expect(all.join("\n")).toMatch(/suppose l'accord du diffuseur sur un PAD contractuel au 05\/02\/2027/);
    // The demo's Recommandations row: its option is marked, its reason printed; no suggestion.
    expect(figure(sheet, "Recommandation")).toEqual(["", "recommandée", "", ""]);
    expect(all.some((t) => t.startsWith("Nous recommandons « Deuxième monteur » : PAD prévu le 06/01/2027, économie de 2"))).toBe(true);
    expect(all.some((t) => t.startsWith("Motif : Le PAD revient à un jour de la référence"))).toBe(true);
    expect(all.join(" ")).not.toMatch(/Suggestion de Cap PAD/);
    // « Bon pour accord »: the option named, then the boxes, each a bordered merged area over the option columns.
    expect(all.some((t) => t.startsWith("Option retenue pour FLEUVE : « Deuxième monteur »"))).toBe(true);
    expect(rowsOf(sheet, "Bon pour accord")).toHaveLength(1);
    for (const label of ["Autre option retenue", "Nom et qualité", "Date", "Signature"]) {
      const row = rowsOf(sheet, label).pop()!;
      const merge = sheet.merges!.map(parseRange).find((m) => m!.top === row)!;
      expect({ label, left: merge.left, right: merge.right }).toEqual({ label, left: 1, right: 4 });
      expect(sheet.rows[row][1]?.style?.border).toBe("box");
    }
    const signature = sheet.merges!.map(parseRange).find((m) => m!.top === rowsOf(sheet, "Signature").pop())!;
    // Room to sign: four rows of 20 points.
    const height = Array.from({ length: signature.bottom - signature.top + 1 }, (_, k) => sheet.rowHeights?.[signature.top + k] ?? ROW_POINTS).reduce((a, b) => a + b, 0);
    expect(height).toBeGreaterThanOrEqual(80);
  });

  test("a second check writes the same sheet", async () => {
    const first = await run(demo, checkCommand);
    const again = await proposalOf(first.bytes!);
    expect(again.sheet).toEqual(sheet);
  });
});

async function workbook(scenarios: Rows, recommendations: Rows): Promise<Uint8Array> {
  return saveWorkbook(
    await workbookOf(
      productionsSheet([
        { Code: "P", Titre: "Premier", "PAD contractuel": day("2027-01-29") },
        { Code: "Q", Titre: "Second", "PAD contractuel": day("2027-01-22") },
      ]),
      planningSheet([
        { ID: "A", Production: "P", "Durée (j)": 10, Ressources: "Léa" },
        { ID: "B", Production: "P", "Durée (j)": 6, Ressources: "Auditorium", Prédécesseurs: "A" },
        { ID: "C", Production: "Q", "Durée (j)": 12, Ressources: "Hugo" },
      ]),
      calendrierSheet([], []),
      equipeSheet([
        { Nom: "Léa", Type: "Personne" },
        { Nom: "Hugo", Type: "Personne" },
        { Nom: "Auditorium", Type: "Salle" },
      ]),
      scenariosSheet(scenarios, recommendations),
    ),
  );
}

const change = (scenario: string, production: string, task: string | null, kind: string, value: OutValue = null): Record<string, OutValue> => ({ Scénario: scenario, Production: production, Tâche: task, Changement: kind, Valeur: value });
const SCENARIO_ROWS: Rows = [change("Renfort", "P", "A", "Ajouter ressource", "Hugo"), change("Mixage court", "P", "B", "Durée (j)", "4"), change("Plus long", "Q", "C", "Durée (j)", "15")];

describe("les recommandations et la mise en page", () => {
  test("each bad row of Recommandations is an alert on its cell; the page then shows Cap PAD's suggestion and what was typed", async () => {
    const bytes = await workbook(SCENARIO_ROWS, [
      { Production: "ZZ", "Scénario recommandé": "Renfort" },
      { Production: "P", "Scénario recommandé": "Troisième monteur", Motif: "?" },
      { Production: "p", "Scénario recommandé": "renfort" },
      { Production: "Q", "Scénario recommandé": "Renfort" },
      { Production: "Q" },
    ]);
    const { result, sheet } = await proposalOf(bytes);
    const alerts = result.report.alerts
      .filter((a) => a.sheet === "Scenarios")
      .sort((a, b) => a.row - b.row)
      .map((a) => [a.code, a.cell]);
    const left = SCENARIOS.columns.length + 1;
    expect(alerts).toEqual([
      ["SCEN_RECO_PRODUCTION_INCONNUE", cellOf(RECOMMANDATIONS, "Production", 0, { left })],
      ["SCEN_RECO_SCENARIO_INCONNU", cellOf(RECOMMANDATIONS, "Scénario recommandé", 1, { left })],
      ["SCEN_RECO_DOUBLON", cellOf(RECOMMANDATIONS, "Production", 2, { left })],
      // « Renfort » changes P, not Q: it is no option of Q.
      ["SCEN_RECO_SCENARIO_INCONNU", cellOf(RECOMMANDATIONS, "Scénario recommandé", 3, { left })],
      ["CELLULE_VIDE", cellOf(RECOMMANDATIONS, "Scénario recommandé", 4, { left })],
    ]);
    const all = texts(sheet!);
    // Wrapped lines joined back.
    expect(all.join(" ")).toContain("La recommandation saisie (« Troisième monteur ») ne correspond à aucune option de P : voir la feuille Alertes.");
    expect(all.filter((t) => t.startsWith("Suggestion de Cap PAD : "))).toHaveLength(2);
    expect(all.join(" ")).toContain(SUGGESTION_RULE.slice(0, 40));
    // P: the plan (PAD 18/12/2026), « Renfort » (A in ⌈10 × 1 / 2⌉ = 5 days: PAD 5 days earlier, but Hugo
    // then works A and Q's C the same week of 30/11: 72 h, an overloaded week the plan does not have),
    // « Mixage court » (B in 4 days: PAD 16/12/2026). Without a baseline every option costs 0 € and all
    // hold the contract (29/01/2027): among the plan and « Mixage court », the earlier PAD.
    const header = rowsOf(sheet!, "Option")[0];
    expect(figure(sheet!, "PAD prévu", header, 3)).toEqual([day("2026-12-18"), day("2026-12-11"), day("2026-12-16")]);
    expect(figure(sheet!, "Recommandation", header, 3)).toEqual(["", "", "suggestion"]);
    expect(all.join(" ")).toContain("Hugo 30/11/2026 (72 h, nouvelle)");
  });

  test("a page per production: a row break at each production's title, portrait, one page wide at 8 pt or more, its rows within the A4 height", async () => {
    const { sheet } = await proposalOf(await workbook(SCENARIO_ROWS, [{ Production: "Q", "Scénario recommandé": "Plan actuel", Motif: "Le diffuseur ne paiera pas." }]));
    const s = sheet!;
    const starts = s.rows.flatMap((r, i) => (typeof r?.[0]?.value === "string" && /^Production [PQ] — /.test(r[0].value as string) ? [i] : []));
    expect(starts).toHaveLength(2);
    expect(s.print).toMatchObject({ landscape: false, fitToWidth: true, pagesWide: 1, rowBreaks: [starts[1]] });
    // Fit to one page wide: the columns' width at the 8 pt scale fits the printable width.
    const width = (s.columnWidths ?? []).reduce((a, w) => a + (w || 8.43) * POINTS_PER_WIDTH_UNIT, 0);
    expect(width * minimumScale(11)).toBeLessThanOrEqual(printableWidth(false));
    // Each page's rows, at the scale the width gives, within the A4 page's printable height.
    const scale = Math.min(1, printableWidth(false) / width);
    const printableHeight = 841.9 - (MARGINS.top + MARGINS.bottom) * 72;
    const ends = [...starts.slice(1), s.rows.length];
    starts.forEach((start, k) => {
      let points = 0;
      for (let r = start; r < ends[k]; r++) points += s.rowHeights?.[r] ?? ROW_POINTS;
      expect({ page: k, fits: points * scale <= printableHeight }).toEqual({ page: k, fits: true });
    });
    // Q's coordinator chose the plan itself.
    const qPad = figure(s, "PAD prévu", rowsOf(s, "Option")[1], 1)[0] as { day: number };
    expect(texts(s).join(" ")).toContain(`Nous recommandons « Plan actuel » : PAD prévu le ${toFrench(qPad.day)}, surcoût de 0,00 € HT.`);
    expect(texts(s).join(" ")).toContain("Motif : Le diffuseur ne paiera pas.");
  });

  test("more than five options go on a second row of columns; a scenario named like a production's title starts no page", async () => {
    const names = ["Production Q — bis", "S2", "S3", "S4", "S5", "S6"];
    const { sheet } = await proposalOf(await workbook(names.map((n, i) => change(n, "P", "B", "Durée (j)", String(i + 1))), []));
    const s = sheet!;
    const headers = rowsOf(s, "Option");
    expect(headers).toHaveLength(1);
    const next = rowsOf(s, "Option (suite)");
    expect(next).toHaveLength(1);
    // Plan actuel and the first four scenarios, then the last two.
    expect([1, 2, 3, 4, 5].map((j) => value(s, headers[0], j))).toEqual(["Plan actuel", ...names.slice(0, 4)]);
    expect([1, 2, 3].map((j) => value(s, next[0], j))).toEqual([...names.slice(4), undefined]);
    expect(s.print?.rowBreaks).toEqual([]);
    expect(texts(s)).toContain("« Production Q — bis »");
  });

  test("without scenario rows no sheet; a sheet a former check wrote is emptied", async () => {
    expect((await proposalOf(await workbook([], []))).sheet).toBeUndefined();
    const first = await run(await workbook(SCENARIO_ROWS, []), checkCommand);
    const wb = await openWorkbook(first.bytes!);
    const scenarios = wb.getWorksheet("Scenarios")!;
    for (let r = 4; r <= 6; r++) for (let c = 1; c <= SCENARIOS.columns.length; c++) scenarios.getCell(r, c).value = null;
    const { sheet } = await proposalOf(await saveWorkbook(wb));
    expect(texts(sheet!)).toContain("Aucun scénario dans la table Scenarios : aucune proposition à imprimer.");
  });
});

/**
 * One money truth: the figures of each production (`core/costs/productionMoney.ts`) are the same in the
 * overrun report (`Depassement`), the cost report (`Rapport de coûts`), `Synthese`, the task pane's
 * picture and `check --json` — read back from each, on the demo — and `productions[].money` is the sum of
 * the production's `budget[]` rows, on the demo and on generated workbooks.
 *
 * The demo at 27/11/2026, by hand:
 * - FLEUVE accepted quote 31 330 € (2.1 20 030 + 8.1 2 500 + 8.2 3 600 + 8.6 1 300 + 8.7 2 700 + 8.8
 *   1 200); slip cost 3 150 € (F03 20 → 25 days: 5 × (Léa 450 + room 180)); technical surcharges
 *   488,40 € (rushes conversion 0,64 h × 60 = 38,40 + loudness correction 450), not accepted; invoiced
 *   4 800 € (October's dailies, FA-2026-0002), the November draft not issued yet;
 * - GLACIER accepted quote 55 170 € (2.1 32 270 + 8.2 6 300 + 8.7 4 500 + 1.1 4 000 + 8.1 1 800, plus the
 *   surcharges accepted 4 950 + 1 350 = 6 300); no slip (its plan is its baseline's); surcharges 6 300 €
 *   found (5.1 mix 3 150, M&E 1 800, UHD 1 350), all accepted, so in its forecast too; invoiced 3 000 €
 *   (the October backup station, FA-2026-0001).
 */
import type ExcelJS from "exceljs";
import { checkCommand } from "../../../src/commands/check";
import { creditNoteCommand } from "../../../src/commands/invoicing/creditNote";
import { invoiceIssueCommand } from "../../../src/commands/invoicing/issue";
import { quoteCommand } from "../../../src/commands/costs/quote";
import { overrunCommand } from "../../../src/commands/planning/overrun";
import { readPaneState } from "../../../src/commands/paneState/state";
import { readSnapshot } from "../../../src/hosts/file/read";
import { openWorkbook, saveWorkbook } from "../../../src/hosts/xlsx/workbook";
import { MONEY_FIGURES } from "../../../src/sheets/reports/moneyFigures";
import { COST_REPORT_SHEET } from "../../../src/sheets/reports/costReportSheet";
import { budgetSheet, achatsSheet, tarifsSheet } from "../../../src/sheets/templates/costs";
import { equipeSheet } from "../../../src/sheets/templates/crew";
import { planningSheet, productionsSheet } from "../../../src/sheets/templates/planning";
import { DEFAULT_RATE_CARD } from "../../../src/data/costs/rateCard";
import type { OutValue } from "../../../src/workbook/values";
import { workbookOf } from "../../helpers/workbooks";
import { random } from "../../hostile/random";
import { demoBytes, TODAY, day } from "../planning/fixtures";
import { recordsOf, run } from "../invoicing/helpers";
import { rateCardCells } from "../../../src/sheets/costs/rateCard";

/** Euros HT, or a ratio (the margin rate); null: no value (a rate without revenue invoiced). */
type Money = Record<string, number | null>;
interface ProductionJson {
  code: string;
  money: Money;
}
interface BudgetJson {
  production: string;
  devis: number;
  engage: number;
  realise: number;
  resteAFaire: number;
  prevision: number;
}

const KEYS = MONEY_FIGURES.map((f) => f.json);
const cents = (euros: number | null): number => Math.round((euros ?? Number.NaN) * 100);
const text = (v: ExcelJS.CellValue): string => (v === null || v === undefined ? "" : String(typeof v === "object" && "richText" in v ? v.richText.map((r) => r.text).join("") : v));

/** `Depassement`: the money block beside each production's dates (label in D, amount in E). */
function overrunMoney(ws: ExcelJS.Worksheet): Map<string, Money> {
  const out = new Map<string, Money>();
  let production = "";
  for (let r = 1; r <= ws.rowCount; r++) {
    const a = /^Production (\S+)/.exec(text(ws.getCell(r, 1).value));
    if (a) production = a[1];
    if (text(ws.getCell(r, 4).value) !== "Montants HT de la production") continue;
    const money: Money = {};
    MONEY_FIGURES.forEach((f, i) => {
      expect(text(ws.getCell(r + 1 + i, 4).value)).toBe(f.label);
      money[f.json] = (ws.getCell(r + 1 + i, 5).value as number | null) ?? null;
    });
    out.set(production, money);
  }
  return out;
}

/** `Rapport de coûts`: the money block under the budget (labels in C, one column per production). */
function costReportMoney(ws: ExcelJS.Worksheet): Map<string, Money> {
  const out = new Map<string, Money>();
  for (let r = 1; r <= ws.rowCount; r++) {
    if (text(ws.getCell(r, 3).value) !== "Montant") continue;
    for (let c = 4; text(ws.getCell(r, c).value) !== ""; c++) {
      const money: Money = {};
      MONEY_FIGURES.forEach((f, i) => {
        expect(text(ws.getCell(r + 1 + i, 3).value)).toBe(f.label);
        money[f.json] = (ws.getCell(r + 1 + i, c).value as number | null) ?? null;
      });
      out.set(text(ws.getCell(r, c).value), money);
    }
  }
  return out;
}

/** Each production's money in `productions[]` equals the sums of its `budget[]` rows, where both exist. */
function expectBudgetSums(productions: ProductionJson[], budget: BudgetJson[]): void {
  const pairs: [string, keyof BudgetJson][] = [
    ["quote", "devis"],
    ["committed", "engage"],
    ["actual", "realise"],
    ["remaining", "resteAFaire"],
    ["forecast", "prevision"],
  ];
  for (const p of productions) {
    const rows = budget.filter((b) => b.production === p.code);
    for (const [money, line] of pairs) expect([p.code, money, cents(p.money[money])]).toEqual([p.code, money, rows.reduce((s, b) => s + cents(b[line] as number), 0)]);
    expect(cents(p.money.forecast)).toBe(cents(p.money.actual) + cents(p.money.remaining));
    expect(cents(p.money.forecastMargin)).toBe(cents(p.money.quote) - cents(p.money.forecast));
    expect(cents(p.money.margin)).toBe(cents(p.money.invoiced) - cents(p.money.actual));
  }
}

describe("the demo's money, the same on every surface", () => {
  let json: Map<string, Money>;
  let checked: Awaited<ReturnType<typeof run>>;
  let overrun: Awaited<ReturnType<typeof run>>;

  beforeAll(async () => {
    checked = await run(await demoBytes(), checkCommand, {}, TODAY);
    overrun = await run(checked.bytes!, overrunCommand, {}, TODAY);
    json = new Map((checked.report.sections.productions as ProductionJson[]).map((p) => [p.code, p.money]));
  });

  test("the figures, by hand", () => {
    const fleuve = json.get("FLEUVE")!;
    const glacier = json.get("GLACIER")!;
    expect(Object.keys(fleuve)).toEqual(["quote", "committed", "actual", "remaining", "forecast", "slipCost", "technicalExtraCost", "invoiced", "margin", "marginRate", "forecastMargin"]);
    // Invoiced: the October invoices of the register (the November draft is not issued yet): FLEUVE
    // FA-2026-0002, 15 days of dailies × 320 = 4 800 €; GLACIER FA-2026-0001, 20 days of the backup
    // station × 120 + the workflow 600 = 3 000 € — paid or not, an issued invoice is invoiced.
    expect([fleuve.quote, fleuve.slipCost, fleuve.technicalExtraCost, fleuve.invoiced]).toEqual([46700, 5150, 488.4, 4800]);
    expect([glacier.quote, glacier.slipCost, glacier.technicalExtraCost, glacier.invoiced]).toEqual([80020, 0, 6300, 3000]);
    // Nothing booked after today in the demo: committed = actual; margin = invoiced − actual, negative
    // while November's work waits to be invoiced.
    for (const m of [fleuve, glacier]) {
      expect(m.committed).toBe(m.actual);
      expect(cents(m.margin)).toBe(cents(m.invoiced) - cents(m.actual));
      expect(m.actual).toBeGreaterThan(m.invoiced!);
      // The margin rate = margin ÷ invoiced, to 4 decimals: far below 0 while November waits to be invoiced.
      expect(m.marginRate).toBe(Math.round((cents(m.margin) / cents(m.invoiced)) * 10000) / 10000);
      expect(m.marginRate).toBeLessThan(-1);
    }
  });

  test("JSON money = the sums of the production's budget rows", () => {
    expectBudgetSums(checked.report.sections.productions as ProductionJson[], checked.report.sections.budget as BudgetJson[]);
  });

  test("overrun report, cost report, Synthese, pane and JSON show the same ten figures", async () => {
    const wb = await openWorkbook(overrun.bytes!);
    const synthese = new Map(
      (await recordsOf(overrun.bytes!, "SyntheseMontants")).map((r) => [r.Production as string, Object.fromEntries(MONEY_FIGURES.map((f) => [f.json, r[f.label] as number]))]),
    );
    const pane = new Map(readPaneState(readSnapshot(wb)).productions.map((p) => [p.code, Object.fromEntries((p.money ?? []).map((f) => [f.key, f.value]))]));
    const surfaces: [string, Map<string, Money>][] = [
      ["Depassement", overrunMoney(wb.getWorksheet("Depassement")!)],
      [COST_REPORT_SHEET, costReportMoney(wb.getWorksheet(COST_REPORT_SHEET)!)],
      ["Synthese", synthese],
      ["volet", pane],
    ];
    for (const production of ["FLEUVE", "GLACIER"]) {
      for (const [surface, figures] of surfaces) {
        const m = figures.get(production);
        expect([surface, production, m && KEYS.map((k) => m[k])]).toEqual([surface, production, KEYS.map((k) => json.get(production)![k])]);
      }
    }
    // And the overrun command's own JSON, the same objects.
    const sections = overrun.report.sections.overrun as { production: string; money: Money; slipCost: number }[];
    for (const o of sections) expect(o.money).toEqual(json.get(o.production));
  });

  test("Synthese's portfolio line carries four of those figures, the same values as SyntheseMontants and the JSON", async () => {
    const line = new Map((await recordsOf(checked.bytes!, "Synthese")).map((r) => [r.Production as string, r]));
    const detail = new Map((await recordsOf(checked.bytes!, "SyntheseMontants")).map((r) => [r.Production as string, r]));
    // Accepted quote, forecast cost, invoiced, forecast margin (= quote − forecast): read under their own labels.
    const four = ["quote", "forecast", "invoiced", "forecastMargin"];
    for (const production of ["FLEUVE", "GLACIER"]) {
      const figures = MONEY_FIGURES.filter((f) => four.includes(f.json));
      expect(figures.map((f) => [production, f.label, line.get(production)![f.label]])).toEqual(figures.map((f) => [production, f.label, json.get(production)![f.json]]));
      expect(figures.map((f) => line.get(production)![f.label])).toEqual(figures.map((f) => detail.get(production)![f.label]));
    }
  });

  test("an issued invoice is invoiced, its credit note takes it back; the margin follows", async () => {
    const issued = await run(checked.bytes!, invoiceIssueCommand, { issue: true }, TODAY);
    const again = await run(issued.bytes!, checkCommand, {}, TODAY);
    const before = json.get("FLEUVE")!.invoiced;
    const register = (await recordsOf(issued.bytes!, "Factures")).at(-1)!;
    const fleuve = (again.report.sections.productions as ProductionJson[]).find((p) => p.code === "FLEUVE")!.money;
    // The draft is FLEUVE's November work, issued after the two October invoices: its HT adds to FLEUVE's
    // invoiced; the margin = invoiced − actual.
    expect([register.Numéro, register.Production]).toEqual(["FA-2026-0003", "FLEUVE"]);
    expect(cents(fleuve.invoiced)).toBe(cents(before) + cents(register.HT as number));
    expect(cents(fleuve.margin)).toBe(cents(fleuve.invoiced) - cents(fleuve.actual));
    // November invoiced, FLEUVE earns: margin ÷ invoiced (4 800 + 15 940 = 20 740 € HT) between 0 and 1.
    expect(fleuve.marginRate).toBe(Math.round((cents(fleuve.margin) / cents(fleuve.invoiced)) * 10000) / 10000);
    expect(fleuve.marginRate).toBeGreaterThan(0);
    expect(fleuve.marginRate).toBeLessThan(1);
    expectBudgetSums(again.report.sections.productions as ProductionJson[], again.report.sections.budget as BudgetJson[]);
    // Cancelled by a credit note (negative in the register): FLEUVE is back to its October invoice.
    const cancelled = await run(issued.bytes!, creditNoteCommand, { number: register.Numéro as string }, TODAY);
    const after = await run(cancelled.bytes!, checkCommand, {}, TODAY);
    expect((after.report.sections.productions as ProductionJson[]).find((p) => p.code === "FLEUVE")!.money.invoiced).toBe(before);
  });
});

/**
 * Generated workbooks: productions with tasks, people and rooms at their rates, budget lines (some
 * missing, some postes absent), purchases, a baseline for some productions — the JSON money still adds
 * up to the budget rows, and the slip cost is the proposal's difference with the baseline.
 */
describe("generated workbooks", () => {
  const CREW: Record<string, OutValue>[] = [
    { Nom: "Ana", Type: "Personne", Fonction: "Monteuse", "Tarif HT": 400, "Unité tarif": "jour", Poste: "2.1" },
    { Nom: "Bruno", Type: "Personne", Fonction: "Mixeur", "Tarif HT": 250, "Unité tarif": "jour" },
    { Nom: "Salle A", Type: "Salle", "Tarif HT": 180, "Unité tarif": "jour", Poste: "8.2" },
    { Nom: "Audi B", Type: "Salle", "Code tarif": "MIXAGE" },
    { Nom: "Labo", Type: "Prestataire", "Code tarif": "TITRES" },
  ];

  /** The workbook of `seed`; `asBaseline`: its plan as frozen (durations and resources of the reference). */
  async function generated(seed: number, asBaseline = false): Promise<Uint8Array> {
    const rnd = random(seed);
    const codes = ["P1", "P2", "P3"].slice(0, 1 + rnd.int(3));
    const productions = codes.map((Code) => ({ Code, Titre: `Production ${Code}`, "PAD contractuel": day("2027-06-30") }));
    const tasks: Record<string, OutValue>[] = [];
    const budget: Record<string, OutValue>[] = [];
    const purchases: Record<string, OutValue>[] = [];
    for (const p of codes) {
      const frozen = rnd.chance(0.7);
      for (let i = 1; i <= 2 + rnd.int(4); i++) {
        const duration = 1 + rnd.int(10);
        const resources = rnd.sample(CREW.map((c) => c.Nom as string), 1 + rnd.int(2)).join("; ");
        const then = Math.max(1, duration + rnd.int(5) - 2);
        const resourcesThen = rnd.chance(0.8) ? resources : "Ana";
        const baseline = asBaseline && frozen;
        tasks.push({
          ID: `${p}-${i}`,
          Production: p,
          Tâche: `Tâche ${i}`,
          Ressources: baseline ? resourcesThen : resources,
          "Durée (j)": baseline ? then : duration,
          Prédécesseurs: i > 1 ? `${p}-${i - 1}` : null,
          "Pas avant": i === 1 ? day("2026-12-01") : null,
          ...(frozen ? { "Début réf.": day("2026-12-01"), "Fin réf.": day("2026-12-15"), "Durée réf. (j)": then, "Ressources réf.": resourcesThen } : {}),
        });
      }
      for (const poste of rnd.sample(["2.1", "4.1", "8.2", "8.5", "8.7"], 1 + rnd.int(4)))
        budget.push({ Production: p, Poste: poste, Libellé: `Poste ${poste}`, "Devis HT": rnd.chance(0.8) ? 500 * (1 + rnd.int(20)) : null });
      if (rnd.chance(0.6)) purchases.push({ Date: day("2026-11-10"), Production: p, Fournisseur: "Labo", Poste: rnd.pick(["8.1", "8.8"]), "Montant HT": 100 + rnd.int(900), Référence: `A-${p}` });
    }
    const wb = await workbookOf(productionsSheet(productions), planningSheet(tasks), equipeSheet(CREW), tarifsSheet(rateCardCells(DEFAULT_RATE_CARD)), budgetSheet(budget), achatsSheet(purchases));
    return saveWorkbook(wb);
  }

  test.each([1, 2, 3, 4, 5, 6])("seed %i: JSON money = budget sums; slip cost = proposal now − proposal at the baseline", async (seed) => {
    const r = await run(await generated(seed), checkCommand, {}, TODAY);
    const productions = r.report.sections.productions as ProductionJson[];
    expect(productions.length).toBeGreaterThan(0);
    expectBudgetSums(productions, r.report.sections.budget as BudgetJson[]);
    // Every amount a number; nothing is invoiced in these workbooks: no margin rate.
    for (const p of productions) for (const f of MONEY_FIGURES) expect([f.json, typeof p.money[f.json]]).toEqual([f.json, f.kind === "money" ? "number" : "object"]);
    for (const p of productions) expect(p.money.marginRate).toBeNull();
    // The quote the plan proposes now, and the one it proposed at the baseline (the same workbook with
    // the reference's durations and resources): their difference is the slip cost, production by production.
    const quoteOf = async (bytes: Uint8Array): Promise<Map<string, number>> =>
      new Map(((await run(bytes, quoteCommand, {}, TODAY)).report.sections.quote as { productions: { production: string; ht: number }[] }).productions.map((q) => [q.production, cents(q.ht)]));
    const now = await quoteOf(await generated(seed));
    const then = await quoteOf(await generated(seed, true));
    for (const p of productions) expect([p.code, cents(p.money.slipCost)]).toEqual([p.code, (now.get(p.code) ?? 0) - (then.get(p.code) ?? 0)]);
    expect(productions.some((p) => p.money.slipCost !== 0)).toBe(true);
  });
});

/**
 * The `Synthese` sheet, the portfolio a producer reads first: one row per production with its next
 * milestone, the PAD contractuel beside the reference and forecast PAD, the slip, the late and critical
 * tasks, its status colored by native conditional formats, and its money at a glance (accepted quote,
 * forecast cost, invoiced, forecast margin: `PORTFOLIO_MONEY`); below, every money figure of each
 * production (`SyntheseMontants`: the figures of `core/costs/productionMoney.ts`, a negative margin in
 * red). Owned by Cap PAD: rewritten by every check.
 */
import { productionKey, type ProductionMoney } from "../../core/costs/productionMoney";
import { ownedPrint } from "../contract/sheets";
import { toFrench, type DayNumber } from "../../core/dates/civil";
import type { PlanningInput, PlanningResult } from "../../core/planning/model";
import { SYNTHESE, SYNTHESE_MONTANTS } from "../contract/planning";
import { OWNED_MARKER, type SheetModel } from "../../workbook/model";
import { PRODUCTION_STATUS_STYLES, quoted } from "../planning/statusStyles";
import { COLORS, SheetBuilder, firstCell } from "../render";
import { rangeA1 } from "../address";
import type { OutValue } from "../../workbook/values";
import { MONEY_FIGURES, type MoneyFigure } from "./moneyFigures";

export const SYNTHESE_SHEET = SYNTHESE.sheet;

const day = (d: DayNumber | undefined): OutValue => (d === undefined ? null : { day: d });

/**
 * The money figures the portfolio line carries, by their label (the headers of `Synthese`): what the
 * producer weighs first — the price agreed, what the production will cost, what is invoiced, and the
 * margin left at the end (« Marge prévue »: devis accepté − prévision finale; « Marge », invoiced −
 * actual to date, stays in the detail table).
 */
export const PORTFOLIO_MONEY: readonly MoneyFigure[] = ["Devis accepté", "Prévision finale", "Facturé", "Marge prévue"].map((label) => {
  const figure = MONEY_FIGURES.find((f) => f.label === label);
  if (!figure) throw new Error(`chiffre ${label} absent de MONEY_FIGURES`);
  return figure;
});

export function buildSyntheseSheet(input: PlanningInput, result: PlanningResult, today: DayNumber, money: readonly ProductionMoney[] = []): SheetModel {
  const b = new SheetBuilder(SYNTHESE_SHEET, true);
  b.title(
    `${OWNED_MARKER} — Synthèse des productions`,
    `Au ${toFrench(today)}. Écart PAD : jours ouvrés entre le PAD contractuel et le PAD prévu (positif = en retard). Glissement : par rapport à la référence figée. Feuille réécrite à chaque vérification.`,
  );
  const byKey = new Map(money.map((m) => [productionKey(m.production), m]));
  const rows = result.productions.map((p) => ({
    Production: p.code,
    Titre: input.productions[p.index]?.title ?? null,
    "Prochain jalon": p.nextMilestone ? `${p.nextMilestone.id} — ${p.nextMilestone.name}` : null,
    "Date du jalon": day(p.nextMilestone?.day),
    "PAD contractuel": day(p.padTarget),
    "PAD référence": day(p.padBaseline),
    "PAD prévu": day(p.padForecast),
    "Écart PAD (j)": p.padSlipDays ?? null,
    "Glissement (j)": p.padBaselineSlipDays ?? null,
    "Tâches en retard": p.lateTaskCount,
    "Tâches critiques": p.criticalTaskCount,
    Statut: p.status,
    ...moneyCells(byKey.get(productionKey(p.code))),
  }));
  const t = b.table(SYNTHESE, 3, 0, rows);
  b.rowHeight(3, 30); // two-line headers (« Prévision finale ») print whole
  // A negative forecast margin in red, before the status rules (which stop at the first match).
  const margin = firstCell(t, "Marge prévue");
  const marginCol = t.col + SYNTHESE.columns.findIndex((c) => c.header === "Marge prévue");
  b.conditionalFormat({ range: rangeA1(t.row + 1, marginCol, t.row + t.rowCount, marginCol), formula: `AND(ISNUMBER(${margin}),${margin}<0)`, style: { fontColor: COLORS.redFont, bold: true } });
  for (const s of PRODUCTION_STATUS_STYLES)
    b.conditionalFormat({ range: t.bodyRange(0), formula: `${firstCell(t, "Statut")}=${quoted(s.status)}`, style: s.style, stopIfTrue: true });
  moneyTable(b, result, money, 3 + t.rowCount + 3);
  b.freeze(4, 1);
  b.options({ tabColor: "#C55A11" }).printAs(ownedPrint(SYNTHESE_SHEET));
  return b.build();
}

/** The portfolio's money cells of a production (empty without money). */
function moneyCells(m: ProductionMoney | undefined): Record<string, OutValue> {
  return Object.fromEntries(PORTFOLIO_MONEY.map((f) => [f.label, m ? f.value(m) : null]));
}

/** The money of the productions of the plan, in its order (`top`: the table's header row). */
function moneyTable(b: SheetBuilder, result: PlanningResult, money: readonly ProductionMoney[], top: number): void {
  const byKey = new Map(money.map((m) => [productionKey(m.production), m]));
  const rows = result.productions.flatMap((p) => {
    const m = byKey.get(productionKey(p.code));
    if (!m) return [];
    return [{ Production: p.code, ...Object.fromEntries(MONEY_FIGURES.map((f) => [f.label, f.value(m)])) }];
  });
  b.value(top - 1, 0, "Montants HT par production", { bold: true, fontColor: COLORS.title });
  const t = b.table(SYNTHESE_MONTANTS, top, 0, rows);
  b.rowHeight(top, 30); // two-line headers ("Coût du glissement") print whole
  // The margins and the margin rate (the last columns, from Marge on), red below 0: the reference is
  // relative to the range's first cell (Marge, first row).
  const last = t.col + SYNTHESE_MONTANTS.columns.length - 1;
  const marginCol = t.col + SYNTHESE_MONTANTS.columns.findIndex((c) => c.header === "Marge");
  const first = `${t.letter("Marge")}${t.row + 2}`;
  b.conditionalFormat({ range: rangeA1(t.row + 1, marginCol, t.row + t.rowCount, last), formula: `AND(ISNUMBER(${first}),${first}<0)`, style: { fontColor: COLORS.redFont, bold: true } });
  // The legend, one note wrapped within the first page (a line of 170 characters printed cut across two pages).
  b.note(t.row + t.rowCount + 1, MONEY_FIGURES.map((f) => `${f.label} : ${f.meaning}.`).join(" "));
}

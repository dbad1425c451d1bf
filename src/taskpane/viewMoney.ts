/**
 * The money of the productions at the top of « Coûts et factures »: the figures the last check wrote in
 * `Synthese` (the very figures of the cost report, the overrun report and `check --json`), for the
 * production chosen or for each one.
 */
import { figureText, MONEY_FIGURES } from "../sheets/reports/moneyFigures";
import type { PaneProduction } from "../commands/paneState";
import { el } from "./dom";
import type { PaneModel } from "./model";

/** The figures shown in red below 0 (the margins, the margin rate), as on the sheets. */
const ALARMS = new Set(MONEY_FIGURES.filter((f) => f.alarm).map((f) => f.json));

export function moneySummary(m: PaneModel): HTMLElement | null {
  const all = m.workbook?.productions ?? [];
  if (!all.length) return null;
  const chosen = m.production ? all.filter((p) => p.code === m.production) : all;
  const shown = chosen.filter((p) => p.money?.length);
  if (!shown.length) return el("p", { class: "muted small money-empty" }, "Montants par production : lancez « Vérifier et recalculer ».");
  return el("div", { class: "money", "data-key": "money" }, ...shown.map(moneyTable));
}

function moneyTable(p: PaneProduction): HTMLElement {
  const rows = (p.money ?? []).map((f) => {
    const negative = f.value !== null && f.value < 0 && ALARMS.has(f.key);
    return el("tr", { "data-figure": f.key }, el("th", { scope: "row" }, f.label), el("td", { class: negative ? "negative" : undefined }, figureText(f.kind, f.value) || "—"));
  });
  return el("table", { class: "money-table", "data-production": p.code }, el("caption", {}, `${p.code}${p.title ? ` — ${p.title}` : ""} (HT)`), el("tbody", {}, ...rows));
}

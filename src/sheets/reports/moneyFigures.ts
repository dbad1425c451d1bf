/**
 * The money figures of a production as every surface shows them: their French label (the headers of
 * `Synthese`'s `SyntheseMontants`, the lines of the cost and overrun reports, the pane), their
 * `check --json` key and their kind (an amount, or a rate), in one order. One list, so that no surface
 * can show a figure another lacks, nor show it otherwise.
 */
import type { ProductionMoney } from "../../core/costs/productionMoney";
import { type Cents, eurosFromCents, formatEuros } from "../../core/money";
import { formatPercent } from "../../core/format/number";

/** An amount in euros HT, or a rate (a ratio: 0.231 is 23,1 %). */
export type FigureKind = "money" | "percent";

export interface MoneyFigure {
  /** French label, and header of the `SyntheseMontants` column. */
  label: string;
  /** Key in `productions[].money` of `check --json`. */
  json: string;
  kind: FigureKind;
  /**
   * The figure as every cell and the JSON carry it: euros HT with 2 decimals (money), the ratio
   * (percent); null when it has no value (a margin rate without revenue invoiced): an empty cell.
   */
  value(m: ProductionMoney): number | null;
  /** Below 0 is bad news (the margins): shown in red. */
  alarm?: boolean;
  /** One sentence for the reports' legends. */
  meaning: string;
}

/** How a sheet shows a rate (`SyntheseMontants` declares the same on its column). */
export const RATE_FORMAT = "0.0 %";

/** A figure's cell format: the rate's, or the surface's own money format. */
export function figureFormat(f: MoneyFigure, moneyFormat: string): string {
  return f.kind === "percent" ? RATE_FORMAT : moneyFormat;
}

const amount = (label: string, json: string, of: (m: ProductionMoney) => Cents, meaning: string, alarm?: boolean): MoneyFigure => ({
  label,
  json,
  kind: "money",
  value: (m) => eurosFromCents(of(m)),
  meaning,
  ...(alarm ? { alarm } : {}),
});

export const MONEY_FIGURES: readonly MoneyFigure[] = [
  amount("Devis accepté", "quote", (m) => m.quoteCents, "les Devis HT du Budget (saisis, ou reportés par « Figer le devis ») et les surcoûts techniques acceptés"),
  amount("Engagé", "committed", (m) => m.committedCents, "le réalisé et les séances réservées après aujourd'hui"),
  amount("Réalisé", "actual", (m) => m.actualCents, "séances passées (personnes au coût employeur de la paie, salles et prestataires au tarif) et factures d'achat reçues"),
  amount("Reste à faire", "remaining", (m) => m.remainingCents, "séances à venir, travail que le planning prévoit encore, surcoûts techniques acceptés"),
  amount("Prévision finale", "forecast", (m) => m.forecastCents, "réalisé + reste à faire"),
  amount("Coût du glissement", "slipCost", (m) => m.slipCostCents, "jours-ressources gagnés ou perdus depuis la référence figée, au tarif de chaque ressource"),
  amount("Surcoûts techniques", "technicalExtraCost", (m) => m.technicalExtraCents, "surcoûts trouvés par les contrôles des rushes et des livrables, au tarif (acceptés ou non)"),
  amount("Facturé", "invoiced", (m) => m.invoicedCents, "factures émises moins les avoirs (registre Factures)"),
  amount("Marge", "margin", (m) => m.marginCents, "facturé − réalisé, à ce jour", true),
  { label: "Taux de marge", json: "marginRate", kind: "percent", value: (m) => m.marginRate, alarm: true, meaning: "marge ÷ facturé (vide tant que rien n'est facturé)" },
  amount("Marge prévue", "forecastMargin", (m) => m.forecastMarginCents, "devis accepté − prévision finale", true),
];

/** The figure shown in red: an alarm figure below 0. */
export function isAlarming(f: MoneyFigure, m: ProductionMoney): boolean {
  const v = f.value(m);
  return f.alarm === true && v !== null && v < 0;
}

/** The figure as a sentence or a pane card shows it (`23,1 %`, `1 204,50 €`); empty without value. */
export function figureText(kind: FigureKind, value: number | null): string {
  if (value === null) return "";
  return kind === "percent" ? formatPercent(value * 100, { decimals: 1, fixed: true, typographicMinus: true }) : formatEuros(Math.round(value * 100));
}

/** `productions[].money` of `check --json`: every figure, euros HT with 2 decimals or a ratio (null: none). */
export function moneyJson(m: ProductionMoney): Record<string, number | null> {
  return Object.fromEntries(MONEY_FIGURES.map((f) => [f.json, f.value(m)]));
}

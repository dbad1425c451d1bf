/**
 * The money figures of a production as every surface shows them: their French label (the headers of
 * `Synthese`'s `SyntheseMontants`, the lines of the cost and overrun reports, the pane) and their
 * `check --json` key, in one order. One list, so that no surface can show a figure another lacks.
 */
import type { ProductionMoney } from "../../core/costs/productionMoney";
import { type Cents, eurosFromCents } from "../../core/money";

export interface MoneyFigure {
  /** French label, and header of the `SyntheseMontants` column. */
  label: string;
  /** Key in `productions[].money` of `check --json`. */
  json: string;
  of(m: ProductionMoney): Cents;
  /** One sentence for the reports' legends. */
  meaning: string;
}

export const MONEY_FIGURES: readonly MoneyFigure[] = [
  { label: "Devis accepté", json: "quote", of: (m) => m.quoteCents, meaning: "les Devis HT du Budget (saisis, ou reportés par « Figer le devis ») et les surcoûts techniques acceptés" },
  { label: "Engagé", json: "committed", of: (m) => m.committedCents, meaning: "le réalisé et les séances réservées après aujourd'hui" },
  { label: "Réalisé", json: "actual", of: (m) => m.actualCents, meaning: "séances passées (personnes au coût employeur de la paie, salles et prestataires au tarif) et factures d'achat reçues" },
  { label: "Reste à faire", json: "remaining", of: (m) => m.remainingCents, meaning: "séances à venir, travail que le planning prévoit encore, surcoûts techniques acceptés" },
  { label: "Prévision finale", json: "forecast", of: (m) => m.forecastCents, meaning: "réalisé + reste à faire" },
  { label: "Coût du glissement", json: "slipCost", of: (m) => m.slipCostCents, meaning: "jours-ressources gagnés ou perdus depuis la référence figée, au tarif de chaque ressource" },
  { label: "Surcoûts techniques", json: "technicalExtraCost", of: (m) => m.technicalExtraCents, meaning: "surcoûts trouvés par les contrôles des rushes et des livrables, au tarif (acceptés ou non)" },
  { label: "Facturé", json: "invoiced", of: (m) => m.invoicedCents, meaning: "factures émises moins les avoirs (registre Factures)" },
  { label: "Marge", json: "margin", of: (m) => m.marginCents, meaning: "facturé − réalisé, à ce jour" },
  { label: "Marge prévue", json: "forecastMargin", of: (m) => m.forecastMarginCents, meaning: "devis accepté − prévision finale" },
];

/** `productions[].money` of `check --json`: every figure in euros HT with 2 decimals. */
export function moneyJson(m: ProductionMoney): Record<string, number> {
  return Object.fromEntries(MONEY_FIGURES.map((f) => [f.json, eurosFromCents(f.of(m))]));
}

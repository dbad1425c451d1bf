/**
 * The history of the scenarios applied to the plan (« Appliquer le scénario »): one row per cell the
 * command changed, with the value it had, so that nothing typed is lost. Rows are only ever appended.
 * Names and headers are a fixed contract.
 */
import type { TableSpec } from "../spec";
import { computed } from "./columns";

export const SCENARIO_HISTORY_SHEET = "Historique des scénarios";

export const HISTORIQUE_SCENARIOS: TableSpec = {
  name: "HistoriqueScenarios",
  sheet: SCENARIO_HISTORY_SHEET,
  style: "TableStyleLight9",
  appendableBy: ["applyScenario"],
  columns: [
    computed("Appliqué le", "date", { width: 12 }),
    computed("Application", "integer", { width: 12, note: "Numéro de l'application : toutes les lignes d'une même application le partagent" }),
    computed("Scénario", "text", { width: 20, wrap: true }),
    computed("Production", "text", { width: 12 }),
    computed("Tâche", "text", { width: 10 }),
    computed("Table", "text", { width: 12 }),
    computed("Colonne", "text", { width: 15 }),
    computed("Ancienne valeur", "text", { width: 24, wrap: true }),
    computed("Nouvelle valeur", "text", { width: 24, wrap: true }),
  ],
};

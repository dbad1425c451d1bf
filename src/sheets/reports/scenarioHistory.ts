/**
 * The `Historique des scénarios` sheet, created by the first « Appliquer le scénario »: each later
 * application appends its rows to the table (`HistoriqueScenarios`), nothing is ever rewritten — the
 * old values of the plan's cells stay there as the coordinator had typed them.
 */
import { HISTORIQUE_SCENARIOS } from "../contract/scenarioHistory";
import type { LogSheet } from "./logSheet";

export const SCENARIO_HISTORY: LogSheet = {
  spec: HISTORIQUE_SCENARIOS,
  title: "Historique des scénarios appliqués",
  subtitle: "Une ligne par case du planning changée par « Appliquer le scénario », avec la valeur qu'elle avait. Les lignes s'ajoutent à chaque application ; aucune n'est réécrite.",
};

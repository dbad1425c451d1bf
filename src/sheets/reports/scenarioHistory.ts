/**
 * The `Historique des scénarios` sheet, created by the first « Appliquer le scénario »: each later
 * application appends its rows to the table (`HistoriqueScenarios`), nothing is ever rewritten — the
 * old values of the plan's cells stay there as the coordinator had typed them.
 */
import { OWNED_MARKER, type SheetModel } from "../../workbook/model";
import type { OutValue } from "../../workbook/values";
import { HISTORIQUE_SCENARIOS, SCENARIO_HISTORY_SHEET } from "../contract/scenarioHistory";
import { ownedPrint } from "../contract/sheets";
import { SheetBuilder } from "../render";

export function buildScenarioHistorySheet(rows: Record<string, OutValue>[]): SheetModel {
  const b = new SheetBuilder(SCENARIO_HISTORY_SHEET, true);
  b.title(
    `${OWNED_MARKER} — Historique des scénarios appliqués`,
    "Une ligne par case du planning changée par « Appliquer le scénario », avec la valeur qu'elle avait. Les lignes s'ajoutent à chaque application ; aucune n'est réécrite.",
  );
  b.table(HISTORIQUE_SCENARIOS, 3, 0, rows);
  b.freeze(4);
  b.options({ tabColor: "#7F7F7F" }).printAs(ownedPrint(SCENARIO_HISTORY_SHEET));
  return b.build();
}

/**
 * The `Recommandations` table read: the option the coordinator recommends to the producer, one row per
 * production. A row that names no production of the plan, or no option of that production (a scenario
 * of the `Scenarios` table that changes it, or `Plan actuel`), or a production already recommended on
 * an earlier row, is an alert on its cell; what was typed is kept and shown as typed on the proposal.
 */
import { CURRENT_PLAN } from "../../core/planning/scenarios";
import { RECOMMANDATIONS } from "../contract/scenarios";
import type { RowReader } from "../read";
import type { TableSource } from "../source";

export interface Recommendation {
  /** The production's code as the plan writes it. */
  production: string;
  /** The option's name as the comparison writes it, or undefined when the text typed names none. */
  option?: string;
  /** `Scénario recommandé` as typed. */
  typed: string;
  reason?: string;
}

/** What the recommendations are checked against: each production's options, by code as the plan writes it. */
export type OptionsByProduction = ReadonlyMap<string, readonly string[]>;

const key = (text: string): string => text.trim().toLowerCase();

/** The recommendation of each production, by its code as the plan writes it (the first row of a production wins). */
export function readRecommendations(src: TableSource, productions: readonly string[], options: OptionsByProduction): Map<string, Recommendation> {
  const out = new Map<string, Recommendation>();
  const table = src.table(RECOMMANDATIONS);
  if (!table) return out;
  const codes = new Map(productions.map((p) => [key(p), p]));
  for (const r of table.rows) {
    const typedProduction = r.text("Production", { required: true });
    const typed = r.text("Scénario recommandé", { required: true });
    const reason = r.text("Motif");
    if (typedProduction === undefined || typed === undefined) continue;
    const production = codes.get(key(typedProduction));
    if (production === undefined) {
      warn(r, "SCEN_RECO_PRODUCTION_INCONNUE", `production « ${typedProduction} » absente du tableau Productions`, "Production");
      continue;
    }
    if (out.has(production)) {
      warn(r, "SCEN_RECO_DOUBLON", `${production} a déjà une recommandation plus haut ; seule la première est imprimée`, "Production", production);
      continue;
    }
    const names = options.get(production) ?? [CURRENT_PLAN];
    const option = names.find((n) => key(n) === key(typed));
    if (option === undefined) {
      const list = names.map((n) => `« ${n} »`).join(", ");
      warn(r, "SCEN_RECO_SCENARIO_INCONNU", `« ${typed} » n'est pas une option de ${production} (options : ${list}) ; la proposition montre la suggestion de Cap PAD`, "Scénario recommandé", production);
    }
    out.set(production, { production, option, typed, reason });
  }
  return out;
}

/** The row's alert: the message names the sheet, the row and the cell. */
function warn(r: RowReader, code: string, message: string, header: string, production?: string): void {
  r.alert(code, "warning", `${r.sheet}, ligne ${r.sheetRow} (${r.cell(header)}) : ${message}.`, header, production);
}

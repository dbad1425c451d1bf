/**
 * The `Synthese` sheet, what a producer reads first: one row per production with its next milestone,
 * the PAD contractuel beside the forecast PAD, the slip, the late and critical tasks, and its status
 * colored by native conditional formats. Owned by Cap PAD: rewritten by every check.
 */
import { ownedPrint } from "../contract/sheets";
import { toFrench, type DayNumber } from "../../core/dates/civil";
import type { PlanningInput, PlanningResult } from "../../core/planning/model";
import { SYNTHESE } from "../contract/planning";
import { OWNED_MARKER, type SheetModel } from "../model";
import { PRODUCTION_STATUS_STYLES, quoted } from "../planning/statusStyles";
import { SheetBuilder, firstCell } from "../render";
import type { OutValue } from "../values";

export const SYNTHESE_SHEET = SYNTHESE.sheet;

const day = (d: DayNumber | undefined): OutValue => (d === undefined ? null : { day: d });

export function buildSyntheseSheet(input: PlanningInput, result: PlanningResult, today: DayNumber): SheetModel {
  const b = new SheetBuilder(SYNTHESE_SHEET, true);
  b.title(
    `${OWNED_MARKER} — Synthèse des productions`,
    `Au ${toFrench(today)}. Écart PAD : jours ouvrés entre le PAD contractuel et le PAD prévu (positif = en retard). Glissement : par rapport à la référence figée. Feuille réécrite à chaque vérification.`,
  );
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
  }));
  const t = b.table(SYNTHESE, 3, 0, rows);
  for (const s of PRODUCTION_STATUS_STYLES)
    b.conditionalFormat({ range: t.bodyRange(0), formula: `${firstCell(t, "Statut")}=${quoted(s.status)}`, style: s.style, stopIfTrue: true });
  b.freeze(4, 1);
  b.options({ tabColor: "#C55A11" }).printAs(ownedPrint(SYNTHESE_SHEET));
  return b.build();
}

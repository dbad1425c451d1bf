/**
 * 5.1 asked (by the spec's audio layout or the deliverable's name) while the production plans a stereo
 * mix (`Productions[Mix]`): a 5.1 mix must be added to the auditorium's work, priced per minute.
 */
import { TECHNICAL_COST_RATES } from "../../data/technical/technicalCosts";
import { asksSurround, surchargeIssue } from "./deliverable";
import type { Deliverable, DeliverableField, Project, TechIssue } from "./model";

export function checkSurroundMix(d: Deliverable, index: number, project: Project): TechIssue<DeliverableField>[] {
  if (!d.kind.master || project.mix !== "stéréo" || !asksSurround(d)) return [];
  return [
    surchargeIssue(
      d,
      index,
      project,
      "TECH_MIX_51",
      TECHNICAL_COST_RATES.surroundMix,
      `Mixage 5.1 demandé pour « ${d.name} » (${d.production})`,
      "son 5.1 demandé, mais le mixage prévu est stéréo (Productions[Mix]) ; un mixage 5.1 est à ajouter",
    ),
  ];
}

/**
 * A deliverable still to deliver must have a due date (otherwise nothing plans it) no later than the
 * production's PAD date (contractual, else planned): the broadcaster accepts the programme only
 * complete, its accessibility files and documents included.
 */
import { toFrench } from "../dates/civil";
import { describeDeliverable } from "./deliverable";
import type { Deliverable, DeliverableField, Project, TechIssue } from "./model";

export function checkDueDate(d: Deliverable, index: number, project: Project): TechIssue<DeliverableField>[] {
  if (d.delivered) return [];
  const base = { production: d.production, index, field: "due" as const };
  if (d.due === undefined)
    return [{ ...base, code: "TECH_LIVRABLE_SANS_DATE", severity: "warning", message: `${describeDeliverable(d)} : aucune date due ; ce livrable n'est pas planifié.` }];
  if (project.padDate !== undefined && d.due > project.padDate)
    return [
      {
        ...base,
        code: "TECH_LIVRABLE_APRES_PAD",
        severity: "warning",
        message: `${describeDeliverable(d)} : dû le ${toFrench(d.due)}, après la date du PAD (${toFrench(project.padDate)}) ; le programme ne sera pas complet à la livraison.`,
      },
    ];
  return [];
}

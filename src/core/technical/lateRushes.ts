/**
 * Rushes still arriving after the planned start of the picture edit: the editor starts without them,
 * the dérushage must be resumed and the plan's assumption (all rushes in) is false. Compared with the
 * start the schedule computes for the edit task (`Taches[Début]`).
 */
import { toFrench } from "../dates/civil";
import { describeRush } from "./rushDuration";
import type { Project, Rush, RushField, TechIssue } from "./model";

export function checkLateRush(rush: Rush, index: number, project: Project): TechIssue<RushField>[] {
  if (rush.date === undefined || project.editingStart === undefined || rush.date <= project.editingStart) return [];
  return [
    {
      code: "TECH_RUSHES_APRES_MONTAGE",
      severity: "warning",
      production: rush.production,
      index,
      field: "date",
      message: `${describeRush(rush)} : reçue le ${toFrench(rush.date)}, après le début prévu du montage image (${project.editingTask ? `tâche ${project.editingTask}, ` : ""}${toFrench(project.editingStart)}) ; le dérushage devra reprendre.`,
    },
  ];
}

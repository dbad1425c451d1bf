/**
 * A master asked in a larger picture than the project is made in (HD source, UHD deliverable) must be
 * upscaled, priced per minute of programme. A smaller deliverable (UHD project, HD PAD) is an ordinary
 * down-conversion of the master, not an incompatibility.
 */
import { TECHNICAL_COST_RATES } from "../../data/technical/technicalCosts";
import { surchargeIssue, targetResolution } from "./deliverable";
import type { Deliverable, DeliverableField, Project, TechIssue } from "./model";

export function checkUpscaling(d: Deliverable, index: number, project: Project): TechIssue<DeliverableField>[] {
  const wanted = targetResolution(d);
  const source = project.resolution;
  if (!d.kind.master || !wanted || !source || (wanted.height <= source.height && wanted.width <= source.width)) return [];
  return [
    surchargeIssue(
      d,
      index,
      project,
      "TECH_UPSCALING",
      TECHNICAL_COST_RATES.upscaling,
      `Upscaling ${source.label} → ${wanted.label} (${d.production})`,
      `livrable en ${wanted.label} d'un projet en ${source.label} ; upscaling à prévoir (et à faire accepter par le diffuseur)`,
    ),
  ];
}

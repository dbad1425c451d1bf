/**
 * A master whose spec asks another frame rate than the project's (a 23,976 ips film delivered to a
 * 25 ips broadcaster) needs a standards conversion of the finished programme, priced per minute. Two
 * rates of the same real speed (29,97 drop-frame and not) need none.
 */
import { TECHNICAL_COST_RATES } from "../../data/technical/technicalCosts";
import { surchargeIssue } from "./deliverable";
import type { Deliverable, DeliverableField, Project, TechIssue } from "./model";

export function checkFrameRateConversion(d: Deliverable, index: number, project: Project): TechIssue<DeliverableField>[] {
  const wanted = d.spec?.rate;
  if (!d.kind.master || !wanted || wanted.num * project.rate.den === project.rate.num * wanted.den) return [];
  return [
    surchargeIssue(
      d,
      index,
      project,
      "TECH_CONVERSION_CADENCE",
      TECHNICAL_COST_RATES.frameRateConversion,
      `Conversion de cadence ${project.rate.display} → ${wanted.display} (${d.production})`,
      `livrable à ${wanted.display}, projet à ${project.rate.display}${project.rateTyped ? "" : " par défaut"} ; conversion de cadence du programme à prévoir`,
    ),
  ];
}

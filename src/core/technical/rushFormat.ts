/**
 * A card shot otherwise than the project: at another frame rate (a 23,976 camera on a 25 ips project
 * must be transcoded or its shots will play 4 % fast, priced in hours of those rushes), or at another
 * resolution (smaller: its shots will be enlarged; larger: reframing room and heavier storage, said
 * for information). A whole multiple of the project's rate (50 ips on a 25 ips project) is taken as a
 * slow motion the edit conforms natively: said for information, not priced.
 */
import { framesToSeconds } from "../timecode";
import { TECHNICAL_COST_RATES } from "../../data/technical/technicalCosts";
import { sameResolution } from "./resolution";
import { describeRush, effectiveRate, rushFrames } from "./rushDuration";
import type { Project, Rush, RushField, TechIssue } from "./model";
import { formatPercent } from "../format/number";

export function checkRushFormat(rush: Rush, index: number, project: Project): TechIssue<RushField>[] {
  const issues: TechIssue<RushField>[] = [];
  const rate = effectiveRate(rush, project);
  const projectRate = project.rate;
  const ratio = (rate.num * projectRate.den) / (rate.den * projectRate.num);
  const projectRateText = `${projectRate.display}${project.rateTyped ? "" : " par défaut"}`;
  if (ratio !== 1) {
    if (Number.isInteger(ratio)) {
      issues.push({
        code: "TECH_CADENCE_RUSH",
        severity: "info",
        production: rush.production,
        index,
        field: "rate",
        message: `${describeRush(rush)} : tourné à ${rate.display}, ${ratio} fois la cadence du projet (${projectRateText}) ; ralenti conformé au montage.`,
      });
    } else {
      const frames = rushFrames(rush);
      const hours = frames === undefined ? undefined : Math.ceil((framesToSeconds(frames, rate) / 3600) * 100) / 100;
      const reason = `Conversion ${rate.display} → ${projectRate.display} des rushes (${rush.production}${rush.camera ? `, caméra ${rush.camera}` : ""})`;
      issues.push({
        code: "TECH_CADENCE_RUSH",
        severity: "warning",
        production: rush.production,
        index,
        field: "rate",
        message: `${describeRush(rush)} : tourné à ${rate.display} pour un projet à ${projectRateText} ; transcodez ces rushes avant le montage, sinon ils seront lus ${ratio > 1 ? "ralentis" : "accélérés"} de ${formatPercent(Math.abs(Math.round((1 / ratio - 1) * 1000) / 10), { grouping: true, decimals: 3 })}.`,
        cost: hours ? { production: rush.production, rateCode: TECHNICAL_COST_RATES.rushesConversion, quantity: hours, reason, combine: "sum" } : undefined,
      });
    }
  }
  if (rush.resolution && project.resolution && !sameResolution(rush.resolution, project.resolution)) {
    const smaller = rush.resolution.height < project.resolution.height || rush.resolution.width < project.resolution.width;
    issues.push({
      code: "TECH_RESOLUTION_RUSH",
      severity: smaller ? "warning" : "info",
      production: rush.production,
      index,
      field: "resolution",
      message: smaller
        ? `${describeRush(rush)} : résolution ${rush.resolution.label}, inférieure à celle du projet (${project.resolution.label}) ; ses plans devront être agrandis.`
        : `${describeRush(rush)} : résolution ${rush.resolution.label}, supérieure à celle du projet (${project.resolution.label}) ; recadrage possible, stockage plus lourd.`,
    });
  }
  return issues;
}

/**
 * Rushes and deliverables: the technical facts of `Rushes` and `Livrables` checked against
 * the project's settings and the broadcaster's `Specs`. Each rule lives in the file named after it;
 * this entry point runs them all and combines their suggested quote lines.
 */
import { DEFAULT_RATE } from "../timecode";
import { checkBackups } from "./backups";
import { checkDueDate } from "./dueDate";
import { checkFrameRateConversion } from "./frameRateConversion";
import { checkLateRush } from "./lateRushes";
import { checkLoudness } from "./loudness";
import type { Deliverable, DeliverableField, Project, ProductionField, Rush, RushField, Spec, TechIssue } from "./model";
import { checkRequiredDeliverables } from "./requiredDeliverables";
import { checkRushFormat } from "./rushFormat";
import { checkRushTimecodes, rushFrames } from "./rushDuration";
import { rushTotals, type RushTotals } from "./rushTotals";
import { checkSlotDuration } from "./slotDuration";
import { checkSpecFound } from "./specLookup";
import { combineSuggestions, type TechnicalCostLine } from "./suggestions";
import { checkSurroundMix } from "./surroundMix";
import { checkTimecodeOverlaps } from "./timecodeOverlap";
import { checkUpscaling } from "./upscaling";

export * from "./model";
export { withinTolerance, atMost } from "./tolerance";
export { parseResolution, resolutionInText, sameResolution, type Resolution } from "./resolution";
export { deliverableKindOf } from "./deliverableKind";
export { findSpec } from "./specLookup";
export { effectiveRate, rushFrames, describeRush } from "./rushDuration";
export { combineSuggestions, type TechnicalCostLine } from "./suggestions";
export type { RushTotal, RushTotals } from "./rushTotals";

/** The project of a production absent from `Productions`: 25 ips, nothing else known. */
export function unknownProject(production: string): Project {
  return { production, rate: DEFAULT_RATE, rateTyped: false };
}

export interface RushesResult {
  /** Each card's duration in frames at its own rate (undefined without both timecodes). */
  frames: (number | undefined)[];
  issues: TechIssue<RushField>[];
  totals: RushTotals;
}

export function checkRushes(rushes: readonly Rush[], projectOf: (production: string) => Project): RushesResult {
  const issues: TechIssue<RushField>[] = [];
  rushes.forEach((rush, i) => {
    const project = projectOf(rush.production);
    issues.push(...checkRushTimecodes(rush, i), ...checkBackups(rush, i), ...checkRushFormat(rush, i, project), ...checkLateRush(rush, i, project));
  });
  issues.push(...checkTimecodeOverlaps(rushes, projectOf));
  return { frames: rushes.map(rushFrames), issues, totals: rushTotals(rushes, projectOf) };
}

export interface DeliverablesResult {
  issues: TechIssue<DeliverableField>[];
  /** Issues of a production as a whole: deliverables missing, broadcaster without specs. */
  productionIssues: TechIssue<ProductionField>[];
}

export function checkDeliverables(deliverables: readonly Deliverable[], projects: readonly Project[], specs: readonly Spec[], projectOf: (production: string) => Project): DeliverablesResult {
  const issues: TechIssue<DeliverableField>[] = [];
  deliverables.forEach((d, i) => {
    const project = projectOf(d.production);
    issues.push(
      ...checkSpecFound(d, i),
      ...checkFrameRateConversion(d, i, project),
      ...checkUpscaling(d, i, project),
      ...checkSurroundMix(d, i, project),
      ...checkSlotDuration(d, i, project),
      ...checkLoudness(d, i),
      ...checkDueDate(d, i, project),
    );
  });
  const productionIssues = projects.flatMap((p) => checkRequiredDeliverables(p, deliverables, specs));
  return { issues, productionIssues };
}

/** The quote lines every technical issue suggests, combined per production and rate. */
export function technicalCostLines(...results: readonly (readonly TechIssue[])[]): TechnicalCostLine[] {
  return combineSuggestions(results.flat());
}
export { priceCostLines, asQuoteLines, addToQuote, TECHNICAL_LINE_TAG, type PricedCostLine } from "./pricing";

/**
 * Suggested quote lines from the technical checks, combined per production and rate: the programme is
 * converted once however many deliverables need it (the largest quantity is kept), hours of rushes to
 * transcode add up. Also the programme length per-minute work is counted in.
 */
import { framesToSeconds } from "../timecode";
import type { CostSuggestion, Deliverable, Project, TechIssue } from "./model";

export interface TechnicalCostLine {
  production: string;
  rateCode: string;
  quantity: number;
  /** The reasons of the combined suggestions, "; "-separated. */
  reason: string;
}

export function combineSuggestions(issues: readonly TechIssue[]): TechnicalCostLine[] {
  const byKey = new Map<string, { line: TechnicalCostLine; reasons: string[] }>();
  for (const { cost } of issues) {
    if (!cost || !(cost.quantity > 0)) continue;
    const key = `${cost.production}\u0000${cost.rateCode.trim().toUpperCase()}`;
    const slot = byKey.get(key);
    if (!slot) {
      byKey.set(key, { line: { production: cost.production, rateCode: cost.rateCode, quantity: cost.quantity, reason: "" }, reasons: [cost.reason] });
      continue;
    }
    slot.line.quantity = cost.combine === "sum" ? roundQuantity(slot.line.quantity + cost.quantity) : Math.max(slot.line.quantity, cost.quantity);
    if (!slot.reasons.includes(cost.reason)) slot.reasons.push(cost.reason);
  }
  return [...byKey.values()]
    .map(({ line, reasons }) => ({ ...line, reason: reasons.join(" ; ") }))
    .sort((a, b) => a.production.localeCompare(b.production) || a.rateCode.localeCompare(b.rateCode));
}

/** Quantities keep two decimals (hours of rushes), as a quote line shows them. */
export function roundQuantity(q: number): number {
  return Math.round(q * 100) / 100;
}

/**
 * Minutes of programme that per-minute work is priced on: `Productions[Durée (min)]`, else the measured
 * length of the deliverable (whole minutes, rounded up), else undefined (the alert says it is not priced).
 */
export function programmeMinutes(project: Project, deliverable?: Deliverable): number | undefined {
  if (project.programmeMinutes && project.programmeMinutes > 0) return project.programmeMinutes;
  if (deliverable?.measuredFrames && deliverable.measuredFrames > 0) return Math.ceil(framesToSeconds(deliverable.measuredFrames, deliverable.measuredRate) / 60);
  return undefined;
}

/** A per-programme-minute suggestion, or undefined when the programme's length is unknown. */
export function perMinute(project: Project, rateCode: string, reason: string, deliverable?: Deliverable): CostSuggestion | undefined {
  const minutes = programmeMinutes(project, deliverable);
  return minutes === undefined ? undefined : { production: project.production, rateCode, quantity: minutes, reason, combine: "once" };
}

/** Words appended to a message whose cost cannot be estimated. */
export const NOT_PRICED = " (surcoût non chiffré : indiquez la durée de la production, Productions[Durée (min)])";

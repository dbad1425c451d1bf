/** Shared words of the deliverables checks: how a message names a deliverable, what it must meet. */
import type { Deliverable, DeliverableField, Project, TechIssue } from "./model";
import { resolutionInText, type Resolution } from "./resolution";
import { NOT_PRICED, perMinute } from "./suggestions";

export function describeDeliverable(d: Deliverable): string {
  return `${d.production}, « ${d.name} »${d.spec ? ` (spécification ${d.spec.name})` : ""}`;
}

/** The picture size the deliverable must have: its spec's, else the one its name says ("PAD UHD"). */
export function targetResolution(d: Pick<Deliverable, "name" | "spec">): Resolution | undefined {
  return d.spec?.resolution ?? resolutionInText(d.name);
}

/** Whether 5.1 is asked: by the spec's audio layout or by the deliverable's name ("PAD HD 5.1"). */
export function asksSurround(d: Pick<Deliverable, "name" | "spec">): boolean {
  return (d.spec?.audio ?? "").includes("5.1") || /(^|[^0-9.])5\.1([^0-9]|$)/.test(d.name);
}

/**
 * A deliverable's spec asks what the project does not make (another rate, a larger picture, 5.1): a
 * warning priced per programme minute at `rateCode` (said unpriced when the programme's length is unknown).
 */
export function surchargeIssue(d: Deliverable, index: number, project: Project, code: string, rateCode: string, reason: string, detail: string): TechIssue<DeliverableField> {
  const cost = perMinute(project, rateCode, reason, d);
  return { code, severity: "warning", production: d.production, index, field: "spec", message: `${describeDeliverable(d)} : ${detail}${cost ? "" : NOT_PRICED}.`, cost };
}

/**
 * A card's duration: from its first timecode to its last, the last one exclusive (the edit convention
 * of `PAD.TC.DUREE`: 10:00:00:00 → 10:00:01:00 is one second), counted at the card's own rate — the
 * project's when the card's is blank. A card whose end precedes its start is refused, not read as
 * crossing midnight (a swap of the two columns is likelier; a card that does cross midnight is written
 * with an end past 24 h, `24:00:10:00`).
 */
import { clipDuration, isTimecodeError, type FrameRate } from "../timecode";
import type { Project, Rush, TechIssue, RushField } from "./model";

export function effectiveRate(rush: Pick<Rush, "rate">, project: Pick<Project, "rate">): FrameRate {
  return rush.rate ?? project.rate;
}

/** Frames of the card, undefined when a timecode is missing or the end precedes the start. */
export function rushFrames(rush: Rush): number | undefined {
  if (rush.tcIn === undefined || rush.tcOut === undefined) return undefined;
  const d = clipDuration(rush.tcIn, rush.tcOut);
  return isTimecodeError(d) ? undefined : d;
}

/** "FLEUVE, carte A012 (caméra B, jour 3)": how a message names a card. */
export function describeRush(rush: Rush): string {
  const details = [rush.camera ? `caméra ${rush.camera}` : "", rush.shootingDay !== undefined ? `jour ${rush.shootingDay}` : ""].filter(Boolean).join(", ");
  return `${rush.production}, ${rush.media ? `carte ${rush.media}` : `rushes de la ${rush.ref}`}${details ? ` (${details})` : ""}`;
}

export function checkRushTimecodes(rush: Rush, index: number): TechIssue<RushField>[] {
  if (rush.tcIn === undefined || rush.tcOut === undefined) return [];
  const d = clipDuration(rush.tcIn, rush.tcOut);
  if (!isTimecodeError(d)) return [];
  return [{ code: "TECH_TC_SORTIE_AVANT_ENTREE", severity: "error", production: rush.production, index, field: "tcOut", message: `${describeRush(rush)} : ${d.message}.` }];
}

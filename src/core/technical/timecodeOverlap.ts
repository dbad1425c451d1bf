/**
 * Two cards of the same camera on the same shooting day whose timecodes overlap: the camera records
 * time-of-day timecode, so the same moment cannot be on two cards — one is a copy received twice, or a
 * card reused without being offloaded (its first rushes overwritten). Of two overlapping cards, the one
 * that starts later is flagged, naming the other. Cards without a camera or a day are not compared
 * (nothing says they share a clock). Sorted sweep per camera and day: n log n however long the log.
 */
import { convertFrames } from "../timecode";
import { foldWords } from "./words";
import { describeRush, effectiveRate, rushFrames } from "./rushDuration";
import type { Project, Rush, RushField, TechIssue } from "./model";

interface Span {
  index: number;
  rush: Rush;
  start: number;
  end: number;
}

export function checkTimecodeOverlaps(rushes: readonly Rush[], projectOf: (production: string) => Project): TechIssue<RushField>[] {
  const groups = new Map<string, Span[]>();
  rushes.forEach((rush, index) => {
    const day = rush.shootingDay ?? rush.date;
    if (!rush.camera || day === undefined || rushFrames(rush) === undefined) return;
    const key = [foldWords(rush.production), foldWords(rush.camera), rush.shootingDay !== undefined ? `j${day}` : `d${day}`].join("\u0000");
    const project = projectOf(rush.production);
    const rate = effectiveRate(rush, project);
    // A common clock for the group: the project's rate (cards of one camera share a rate in practice).
    const span = { index, rush, start: convertFrames(rush.tcIn!, rate, project.rate), end: convertFrames(rush.tcOut!, rate, project.rate) };
    const group = groups.get(key);
    if (group) group.push(span);
    else groups.set(key, [span]);
  });
  const issues: TechIssue<RushField>[] = [];
  for (const spans of groups.values()) {
    spans.sort((a, b) => a.start - b.start || a.index - b.index);
    // The card reaching furthest so far: any later-starting card that begins before its end overlaps it.
    let reach = spans[0];
    for (let j = 1; j < spans.length; j++) {
      const later = spans[j];
      const earlier = reach;
      if (later.end > reach.end) reach = later;
      if (later.start >= earlier.end) continue;
      issues.push({
        code: "TECH_TC_CHEVAUCHEMENT",
        severity: "warning",
        production: later.rush.production,
        index: later.index,
        field: "tcIn",
        message: `${describeRush(later.rush)} : ses timecodes chevauchent ceux de ${earlier.rush.media ? `la carte ${earlier.rush.media}` : `la ${earlier.rush.ref}`} (même caméra, même jour) ; carte reçue deux fois ou réutilisée sans déchargement ?`,
      });
    }
  }
  return issues;
}

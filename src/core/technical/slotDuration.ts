/**
 * The PAD's measured length against its slot: the spec's `Durée case` (else the production's
 * `Durée (min)`) ± the spec's `Tolérance case`, both read at the rate the length was measured in. A
 * programme that runs 52'40" for a 52'00" slot is refused at the broadcaster's quality control; the
 * check runs only where a tolerance is known (a spec), and only on the PAD itself, not on extracts.
 */
import { convertFrames, formatTimecode, framesToSeconds, secondsToFrames } from "../timecode";
import { describeDeliverable } from "./deliverable";
import type { Deliverable, DeliverableField, Project, TechIssue } from "./model";
import { withinTolerance } from "./tolerance";

export function checkSlotDuration(d: Deliverable, index: number, project: Project): TechIssue<DeliverableField>[] {
  const spec = d.spec;
  if (!d.kind.slot || d.measuredFrames === undefined || !spec || spec.slotToleranceFrames === undefined) return [];
  const rate = d.measuredRate;
  const slot =
    spec.slotFrames !== undefined
      ? convertFrames(spec.slotFrames, spec.slotRate, rate)
      : project.programmeMinutes
        ? secondsToFrames(project.programmeMinutes * 60, rate)
        : undefined;
  if (slot === undefined) return [];
  const tolerance = convertFrames(spec.slotToleranceFrames, spec.slotRate, rate);
  if (withinTolerance(d.measuredFrames, slot, tolerance)) return [];
  const gap = d.measuredFrames - slot;
  return [
    {
      code: "TECH_DUREE_CASE",
      severity: "warning",
      production: d.production,
      index,
      field: "duration",
      message: `${describeDeliverable(d)} : dure ${formatTimecode(d.measuredFrames, rate)} pour une case de ${formatTimecode(slot, rate)} ± ${formatTimecode(tolerance, rate)}, soit ${secondsText(framesToSeconds(Math.abs(gap), rate))} ${gap > 0 ? "de trop" : "de moins"} ; reprenez le montage ou négociez la case.`,
    },
  ];
}

/** "40 s", "1 min 05 s": a gap as a coordinator says it. */
export function secondsText(seconds: number): string {
  const s = Math.round(seconds);
  const m = Math.floor(s / 60);
  return m > 0 ? `${m} min ${String(s % 60).padStart(2, "0")} s` : `${s} s`;
}

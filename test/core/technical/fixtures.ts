/** Builders of technical facts for the core tests: a clean FLEUVE-like project, card, spec, deliverable. */
import { fromIso } from "../../../src/core/dates/civil";
import { deliverableKindOf, parseResolution, type Deliverable, type Project, type Rush, type Spec } from "../../../src/core/technical";
import { parseTimecode, parseFrameRate, RATE_25, type FrameRate } from "../../../src/core/timecode";

export const day = (iso: string): number => fromIso(iso)!;
export const tc = (text: string, rate: FrameRate = RATE_25): number => parseTimecode(text, rate) as number;
export const rate = (text: string): FrameRate => parseFrameRate(text) as FrameRate;

export function project(extra: Partial<Project> = {}): Project {
  return {
    production: "FLEUVE",
    rate: RATE_25,
    rateTyped: true,
    resolution: parseResolution("1920x1080"),
    mix: "5.1",
    broadcaster: "France Télévisions",
    programmeMinutes: 52,
    padDate: day("2027-01-22"),
    editingStart: day("2026-11-05"),
    editingTask: "F03",
    foreignSales: false,
    ...extra,
  };
}

export function rush(extra: Partial<Rush> = {}): Rush {
  return {
    ref: "ligne 4",
    production: "FLEUVE",
    date: day("2026-10-26"),
    shootingDay: 1,
    media: "A001",
    camera: "A",
    resolution: parseResolution("1920x1080"),
    tcIn: tc("09:00:00:00"),
    tcOut: tc("09:20:00:00"),
    volumeGb: 110,
    backup1: true,
    backup2: true,
    verified: true,
    ...extra,
  };
}

export function spec(extra: Partial<Spec> = {}): Spec {
  const deliverable = extra.deliverable ?? "PAD HD";
  return {
    name: `France TV — ${deliverable}`,
    broadcaster: "France Télévisions",
    deliverable,
    kind: deliverableKindOf(deliverable),
    required: true,
    rate: RATE_25,
    resolution: parseResolution("1920x1080"),
    audio: "stéréo",
    loudnessTarget: -23,
    loudnessTolerance: 1,
    truePeakMax: -3,
    slotToleranceFrames: tc("00:00:30:00"),
    slotRate: RATE_25,
    ...extra,
  };
}

export function deliverable(extra: Partial<Deliverable> = {}): Deliverable {
  const name = extra.name ?? "PAD HD";
  return {
    production: "FLEUVE",
    name,
    kind: deliverableKindOf(name),
    spec: spec(),
    due: day("2027-01-15"),
    status: "à faire",
    delivered: false,
    measuredFrames: tc("00:52:10:00"),
    measuredRate: RATE_25,
    loudness: -23.2,
    truePeak: -3.5,
    ...extra,
  };
}

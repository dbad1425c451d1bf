/**
 * The technical side of a production as the rushes and deliverables checks see it: plain data parsed
 * from `Productions`, `Rushes`, `Livrables` and `Specs` by `src/sheets/technical.ts`. Every check is a
 * pure function over these and returns `TechIssue`s: a stable code, a French message, the field it is
 * about (the sheets layer turns it into a cell) and, when the incompatibility costs something, a
 * suggested quote line.
 */
import type { Severity } from "../alerts";
import type { DayNumber } from "../dates/civil";
import type { FrameRate } from "../timecode";
import type { DeliverableKindInfo } from "../../data/technical/deliverableKinds";
import type { Resolution } from "./resolution";

export type Mix = "stéréo" | "5.1";
export type AudioLayout = "stéréo" | "5.1" | "stéréo + 5.1";

/** A production's project settings (`Productions`) and what the plan says of it. */
export interface Project {
  production: string;
  /** `Cadence projet`; 25 when blank (the French default, said in messages). */
  rate: FrameRate;
  rateTyped: boolean;
  resolution?: Resolution;
  mix?: Mix;
  /** `Diffuseur`: a `Specs[Diffuseur]`. */
  broadcaster?: string;
  /** `Durée (min)`: the programme's length, the quantity of per-minute work. */
  programmeMinutes?: number;
  /** The PAD date deliverables must not pass: contractual, else planned. */
  padDate?: DayNumber;
  /** Planned start of the picture edit, and the task it comes from (for messages). */
  editingStart?: DayNumber;
  editingTask?: string;
  foreignSales?: boolean;
}

/** One card or medium received (`Rushes` row). */
export interface Rush {
  /** Where the row is, in words ("ligne 7"), to name another row in a message. */
  ref: string;
  production: string;
  date?: DayNumber;
  shootingDay?: number;
  media?: string;
  camera?: string;
  /** `Cadence (ips)` as typed; the project's when blank. */
  rate?: FrameRate;
  resolution?: Resolution;
  /** Frames at the rush's effective rate (`effectiveRate`). */
  tcIn?: number;
  tcOut?: number;
  volumeGb?: number;
  backup1: boolean;
  backup2: boolean;
  verified: boolean;
}

/** A delivery specification (`Specs` row). */
export interface Spec {
  name: string;
  broadcaster: string;
  deliverable?: string;
  kind: DeliverableKindInfo;
  required: boolean;
  rate?: FrameRate;
  resolution?: Resolution;
  audio?: AudioLayout;
  loudnessTarget?: number;
  loudnessTolerance?: number;
  truePeakMax?: number;
  /** Slot length and tolerance, frames at `slotRate`. */
  slotFrames?: number;
  slotToleranceFrames?: number;
  slotRate: FrameRate;
}

/** One deliverable (`Livrables` row). */
export interface Deliverable {
  production: string;
  name: string;
  kind: DeliverableKindInfo;
  /** The spec it must meet (`Spécification`, else the broadcaster's spec of the same deliverable: `findSpec`). */
  spec?: Spec;
  /** `Spécification` as typed, if any. */
  specTyped?: string;
  due?: DayNumber;
  status?: string;
  /** Statut says it has left (livré, validé). */
  delivered: boolean;
  /** `Durée mesurée`, frames at `measuredRate`. */
  measuredFrames?: number;
  measuredRate: FrameRate;
  loudness?: number;
  truePeak?: number;
}

export type RushField = "date" | "rate" | "resolution" | "tcIn" | "tcOut" | "volume" | "backup1" | "backup2" | "verified";
export type DeliverableField = "deliverable" | "spec" | "due" | "duration" | "loudness" | "truePeak";
export type ProductionField = "broadcaster" | "foreignSales" | "mix";

/** A line the quote can take: `quantity` units of the rate card's `rateCode`. */
export interface CostSuggestion {
  production: string;
  rateCode: string;
  quantity: number;
  /** French: why the line is there. */
  reason: string;
  /**
   * How lines of the same production and rate add up: the programme is converted once however many
   * deliverables need it ("once": the largest quantity); hours of rushes to transcode add up ("sum").
   */
  combine: "once" | "sum";
}

export interface TechIssue<F extends string = string> {
  code: string;
  severity: Severity;
  production: string;
  /** Index of the rush or deliverable in the checked list; undefined for a production-level issue. */
  index?: number;
  field: F;
  message: string;
  cost?: CostSuggestion;
  /** For a deliverable that is missing (no row to point at): its name. */
  missing?: string;
}

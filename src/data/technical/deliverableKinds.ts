/**
 * Kinds of deliverables, recognised from the words of `Livrables[Livrable]` and `Specs[Livrable]` (the
 * deliverables Cap PAD recognises: PAD HD, PAD UHD, DCP, version internationale / M&E, sous-titres
 * SME, audiodescription, conducteur musical, liste des génériques).
 * The first kind whose word appears wins, so the more specific kinds come first ("Extrait du PAD" is an
 * extract, not the PAD).
 *
 * `missingRate` is the rate-card code (`src/data/costs/rateCard.ts`) of making the deliverable when it
 * is required but absent; `perMinute` says its quantity is the programme's length in minutes.
 */
export type DeliverableKind = "extract" | "me" | "sme" | "ad" | "music" | "credits" | "dcp" | "pad" | "other";

export interface DeliverableKindInfo {
  kind: DeliverableKind;
  /** French name in messages. */
  label: string;
  /** Whole words or phrases, compared without case or accents. */
  words: readonly string[];
  /** A picture-and-sound master: frame rate, resolution, mix and loudness apply to it. */
  master: boolean;
  /** Its length must fit the programme's slot (the PAD itself, not an extract). */
  slot: boolean;
  missingRate?: string;
}

export const DELIVERABLE_KINDS: readonly DeliverableKindInfo[] = [
  { kind: "extract", label: "extrait", words: ["extrait", "extraits", "bande-annonce", "bande annonce", "teaser", "promo"], master: true, slot: false },
  { kind: "me", label: "version internationale (M&E)", words: ["m&e", "m & e", "me", "version internationale", "vi", "musique et effets"], master: false, slot: false, missingRate: "VERSION-ME" },
  { kind: "sme", label: "sous-titres SME", words: ["sme", "sourds", "malentendants", "sous-titrage sme"], master: false, slot: false, missingRate: "ST-SME" },
  { kind: "ad", label: "audiodescription", words: ["audiodescription", "audio-description", "audio description", "ad"], master: false, slot: false, missingRate: "AUDIODESC" },
  { kind: "music", label: "conducteur musical", words: ["conducteur musical", "cue sheet", "cue-sheet"], master: false, slot: false },
  { kind: "credits", label: "liste des génériques", words: ["generique", "generiques", "credits"], master: false, slot: false },
  { kind: "dcp", label: "DCP", words: ["dcp"], master: true, slot: false },
  { kind: "pad", label: "PAD", words: ["pad", "pret a diffuser", "master", "bande antenne"], master: true, slot: true },
];

export const OTHER_KIND: DeliverableKindInfo = { kind: "other", label: "livrable", words: [], master: false, slot: false };

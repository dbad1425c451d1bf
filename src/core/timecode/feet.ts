/**
 * Feet and frames, the film count sound departments still use on reference pictures: 35 mm 4-perf has
 * 16 frames per foot (64 perforations), 16 mm has 40. Written `123+04`: 123 feet and 4 frames, the
 * frames on two digits. The count is of frames, whatever the rate they were shot or played at.
 */
import { type TimecodeError, timecodeError } from "./errors";

export interface FilmGauge {
  readonly label: string;
  /** French display: "35 mm". */
  readonly display: string;
  readonly framesPerFoot: number;
}

export const GAUGE_35MM: FilmGauge = Object.freeze({ label: "35mm", display: "35 mm", framesPerFoot: 16 });
export const GAUGE_16MM: FilmGauge = Object.freeze({ label: "16mm", display: "16 mm", framesPerFoot: 40 });
export const FILM_GAUGES: readonly FilmGauge[] = Object.freeze([GAUGE_35MM, GAUGE_16MM]);
export const DEFAULT_GAUGE = GAUGE_35MM;

/** Reads `35`, `"35"`, `"35mm"`, `"35 mm"`, `16`, `"16 mm"`; blank means 35 mm. */
export function parseFilmGauge(input: unknown): FilmGauge | TimecodeError {
  if (input === undefined || input === null || input === "") return DEFAULT_GAUGE;
  const text = typeof input === "number" ? String(input) : typeof input === "string" ? input.replace(/\s+/g, "").toLowerCase() : "";
  if (text === "") return DEFAULT_GAUGE;
  for (const gauge of FILM_GAUGES) {
    if (text === gauge.label || text === gauge.label.slice(0, -2)) return gauge;
  }
  return timecodeError("PELLICULE_INCONNUE", "pellicule inconnue ; écrivez 35 (35 mm, 16 images par pied) ou 16 (16 mm, 40 images par pied)");
}

/** `feet+frames` of a signed frame count: 100 frames in 35 mm = `6+04`, -20 frames = `-1+04`. */
export function formatFeetFrames(frames: number, gauge: FilmGauge): string {
  const negative = frames < 0;
  const count = negative ? -frames : frames;
  const rest = count % gauge.framesPerFoot;
  const feet = (count - rest) / gauge.framesPerFoot;
  return (negative ? "-" : "") + feet + "+" + (rest < 10 ? "0" : "") + rest;
}

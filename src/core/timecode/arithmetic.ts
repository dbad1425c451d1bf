/**
 * Arithmetic on durations: plain integer sums of frame counts, signed and unbounded.
 *
 * This is the whole reason the module exists. smpte-timecode reduces every sum modulo 24 h (so 20 h +
 * 5 h of rushes gives 1 h), throws on a negative result (so "programme minus slot" fails exactly when
 * the programme is short), and computes its 24 h modulus from a rounded 23.98 (wrapping at 23:59:00
 * at 23.976). Integers have none of these problems; the only limit kept is exactness of doubles.
 */
import { MAX_FRAMES, type TimecodeError, timecodeError } from "./errors";

function checked(frames: number): number | TimecodeError {
  return Math.abs(frames) <= MAX_FRAMES ? frames : timecodeError("TC_HORS_LIMITES", "durée trop grande");
}

export function addFrames(a: number, b: number): number | TimecodeError {
  return checked(a + b);
}

/** `a - b`, negative when b is later than a. */
export function subtractFrames(a: number, b: number): number | TimecodeError {
  return checked(a - b);
}

export function sumFrames(values: Iterable<number>): number | TimecodeError {
  let total = 0;
  for (const v of values) {
    total += v;
    if (Math.abs(total) > MAX_FRAMES) return timecodeError("TC_HORS_LIMITES", "durée trop grande");
  }
  return total;
}

/**
 * Duration of a clip from its in point to its out point, the out point being exclusive (the edit
 * convention: IN 10:00:00:00, OUT 10:00:01:00 is exactly one second). An out point before the in point
 * is refused rather than read as crossing midnight: a swap of the two columns is the likelier cause, and
 * a clip that does cross midnight is written with an out point past 24 h (`24:00:10:00`).
 */
export function clipDuration(inFrames: number, outFrames: number): number | TimecodeError {
  if (outFrames < inFrames) {
    return timecodeError(
      "TC_SORTIE_AVANT_ENTREE",
      "la sortie précède l'entrée ; si le plan passe minuit, ajoutez 24 heures à la sortie (ex. 24:00:10:00)",
    );
  }
  return checked(outFrames - inFrames);
}

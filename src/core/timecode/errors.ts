/**
 * Why a timecode, a frame rate or a film gauge was refused.
 *
 * The parsers return these instead of throwing: the hot path (a valid timecode) allocates nothing and
 * unwinds nothing, and callers that must report (custom functions, sheet checks) get a stable code to
 * test on and a French sentence to show. Error objects are only built on the failure path.
 */

export type TimecodeErrorCode =
  | "TC_VIDE"
  | "TC_SYNTAXE"
  | "TC_MINUTES"
  | "TC_SECONDES"
  | "TC_IMAGE"
  | "TC_DF_INEXISTANT"
  | "TC_DF_CADENCE"
  | "TC_HORS_LIMITES"
  | "TC_NON_ENTIER"
  | "TC_SORTIE_AVANT_ENTREE"
  | "IPS_INCONNUE"
  | "PELLICULE_INCONNUE";

export interface TimecodeError {
  readonly code: TimecodeErrorCode;
  /** French, without the offending input (the caller knows where it came from). */
  readonly message: string;
}

export function timecodeError(code: TimecodeErrorCode, message: string): TimecodeError {
  return { code, message };
}

/** Narrowing helper: results are `number | TimecodeError` (or `FrameRate | TimecodeError`). */
export function isTimecodeError(value: unknown): value is TimecodeError {
  return typeof value === "object" && value !== null && typeof (value as TimecodeError).code === "string" && typeof (value as TimecodeError).message === "string";
}

/**
 * Largest frame count we accept: results stay exact integers in a double (2^53) even after adding a
 * few of them. 10^15 frames is more than 4 million years at 60 fps.
 */
export const MAX_FRAMES = 1e15;

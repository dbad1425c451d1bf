/**
 * Frame rates as exact rationals.
 *
 * A timecode counts frames with a nominal base (24, 25, 30…); the real rate can be slower by 1000/1001
 * (23.976 = 24000/1001, 29.97 = 30000/1001, 59.94 = 60000/1001). Keeping numerator and denominator as
 * integers lets durations in seconds and cross-rate conversions be exact, where a float 29.97 drifts
 * (smpte-timecode rounds 23.976 to 23.98 and derives its 24 h modulus from it, hence its early wrap).
 *
 * Drop-frame (SMPTE 12M) only renames frames: at 29.97 the labels ;00 and ;01 (at 59.94 ;00 to ;03)
 * are skipped every minute except every tenth minute. It exists only for 29.97 and 59.94; 23.976 has
 * no drop-frame in SMPTE, whatever some tools accept.
 */
import { type TimecodeError, timecodeError } from "./errors";

export interface FrameRate {
  /** Canonical label, as users may type it back: "25", "23.976", "29.97DF". */
  readonly label: string;
  /** French display: "25 ips", "29,97 ips drop-frame". */
  readonly display: string;
  /** Real rate = num / den frames per second. */
  readonly num: number;
  readonly den: number;
  /** Frames per timecode second (the counting base): 24 for 23.976, 30 for 29.97. */
  readonly base: number;
  /** Whether labels follow the drop-frame scheme. */
  readonly dropFrame: boolean;
  /** Frame labels skipped per minute in drop-frame (2 at 29.97, 4 at 59.94); 0 when the family has no drop-frame. */
  readonly dropPerMinute: number;
}

function rate(label: string, display: string, num: number, den: number, base: number, dropFrame: boolean, dropPerMinute: number): FrameRate {
  return Object.freeze({ label, display, num, den, base, dropFrame, dropPerMinute });
}

export const RATE_23_976 = rate("23.976", "23,976 ips", 24000, 1001, 24, false, 0);
export const RATE_24 = rate("24", "24 ips", 24, 1, 24, false, 0);
export const RATE_25 = rate("25", "25 ips", 25, 1, 25, false, 0);
export const RATE_29_97 = rate("29.97", "29,97 ips", 30000, 1001, 30, false, 2);
export const RATE_29_97_DF = rate("29.97DF", "29,97 ips drop-frame", 30000, 1001, 30, true, 2);
export const RATE_30 = rate("30", "30 ips", 30, 1, 30, false, 0);
export const RATE_48 = rate("48", "48 ips", 48, 1, 48, false, 0);
export const RATE_50 = rate("50", "50 ips", 50, 1, 50, false, 0);
export const RATE_59_94 = rate("59.94", "59,94 ips", 60000, 1001, 60, false, 4);
export const RATE_59_94_DF = rate("59.94DF", "59,94 ips drop-frame", 60000, 1001, 60, true, 4);
export const RATE_60 = rate("60", "60 ips", 60, 1, 60, false, 0);

/** Every supported rate, drop-frame variants included. */
export const FRAME_RATES: readonly FrameRate[] = Object.freeze([
  RATE_23_976,
  RATE_24,
  RATE_25,
  RATE_29_97,
  RATE_29_97_DF,
  RATE_30,
  RATE_48,
  RATE_50,
  RATE_59_94,
  RATE_59_94_DF,
  RATE_60,
]);

/** France broadcasts at 25 fps: the default wherever a rate is optional. */
export const DEFAULT_RATE = RATE_25;

/** The drop-frame twin of a rate (itself when already drop-frame); undefined when the family has none. */
export function dropFrameVariant(r: FrameRate): FrameRate | undefined {
  if (r.dropFrame) return r;
  if (r === RATE_29_97) return RATE_29_97_DF;
  if (r === RATE_59_94) return RATE_59_94_DF;
  return undefined;
}

/** The non-drop-frame twin (same real rate, plain labels). */
export function nonDropFrameVariant(r: FrameRate): FrameRate {
  if (r === RATE_29_97_DF) return RATE_29_97;
  if (r === RATE_59_94_DF) return RATE_59_94;
  return r;
}

const SUPPORTED = "23,976 ; 24 ; 25 ; 29,97 ; 30 ; 48 ; 50 ; 59,94 ; 60 (ajoutez DF pour le drop-frame en 29,97 et 59,94)";

function unknownRate(): TimecodeError {
  return timecodeError("IPS_INCONNUE", `cadence inconnue ; cadences possibles : ${SUPPORTED}`);
}

/** Closeness allowed between a typed rate and a known one: 23.98 and 23.976 both mean 24000/1001. */
const RATE_TOLERANCE = 0.011;

/** The NDF rate whose real value is `value` fps, or undefined. */
function rateFromNumber(value: number): FrameRate | undefined {
  if (!Number.isFinite(value)) return undefined;
  for (const r of FRAME_RATES) {
    if (r.dropFrame) continue;
    if (r.den === 1 ? value === r.num : Math.abs(value - r.num / r.den) < RATE_TOLERANCE) return r;
  }
  return undefined;
}

/**
 * Reads a rate typed by a user: a number (25, 29.97, 23.98) or a text ("25", "29,97", "29.97DF",
 * "29,97 DF", "59.94 NDF", "25 ips", "25 fps"). Blank means the default (25).
 */
export function parseFrameRate(input: unknown): FrameRate | TimecodeError {
  if (input === undefined || input === null || input === "") return DEFAULT_RATE;
  if (typeof input === "number") return rateFromNumber(input) ?? unknownRate();
  if (typeof input !== "string") return unknownRate();
  let text = input.trim().toUpperCase().replace(/\s+/g, "").replace(",", ".");
  if (text === "") return DEFAULT_RATE;
  for (const suffix of ["IPS", "FPS", "I/S", "P"]) {
    if (text.endsWith(suffix)) {
      text = text.slice(0, -suffix.length);
      break;
    }
  }
  let dropFrame: boolean | undefined;
  if (text.endsWith("NDF")) {
    dropFrame = false;
    text = text.slice(0, -3);
  } else if (text.endsWith("DF")) {
    dropFrame = true;
    text = text.slice(0, -2);
  }
  if (!/^\d+(\.\d+)?$/.test(text)) return unknownRate();
  const base = rateFromNumber(Number(text));
  if (!base) return unknownRate();
  if (dropFrame) {
    const df = dropFrameVariant(base);
    if (!df) {
      return timecodeError(
        "TC_DF_CADENCE",
        base === RATE_23_976
          ? "le drop-frame n'existe pas en 23,976 ips (seulement en 29,97 et 59,94)"
          : `le drop-frame n'existe qu'en 29,97 et 59,94 ips, pas en ${base.display}`,
      );
    }
    return df;
  }
  return base;
}

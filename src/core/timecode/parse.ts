/**
 * Timecode text -> signed frame count.
 *
 * Accepted: `[-]H…H:MM:SS:FF` with any number of hour digits (durations pass 24 h: a documentary's
 * rushes total 80 h), minutes, seconds and frames of one or two digits. A `;` anywhere, or a `.`
 * before the frames, marks drop-frame (Premiere writes `00;00;59;29`, most tools `00:00:59;29`).
 *
 * Written as a character loop, without regular expression or intermediate strings: a rushes log or a
 * bench parses millions of these, and a valid timecode should cost no allocation at all.
 */
import { framesFromNominal, isSkippedLabel } from "./dropFrame";
import { MAX_FRAMES, type TimecodeError, timecodeError } from "./errors";
import type { FrameRate } from "./rates";

const COLON = 58;
const SEMICOLON = 59;
const DOT = 46;
const MINUS = 45;
const UNICODE_MINUS = 0x2212;
const ZERO = 48;
const NINE = 57;
/** Hours are unbounded in principle; past 12 digits the count could not stay an exact double integer. */
const MAX_HOUR_DIGITS = 12;

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 160 || code === 10 || code === 13 || code === 0x202f;
}

function isDigit(code: number): boolean {
  return code >= ZERO && code <= NINE;
}

function syntaxError(): TimecodeError {
  return timecodeError("TC_SYNTAXE", "format attendu HH:MM:SS:II (heures, minutes, secondes, images), par exemple 01:02:03:04");
}

/** Index after a field of one or two digits starting at `i` (equal to `i` when there is none). */
function twoDigitFieldEnd(text: string, i: number, end: number): number {
  if (i < end && isDigit(text.charCodeAt(i))) {
    return i + 1 < end && isDigit(text.charCodeAt(i + 1)) ? i + 2 : i + 1;
  }
  return i;
}

function fieldValue(text: string, from: number, to: number): number {
  return to - from === 2 ? (text.charCodeAt(from) - ZERO) * 10 + text.charCodeAt(from + 1) - ZERO : text.charCodeAt(from) - ZERO;
}

/**
 * Frames of a timecode text at `rate`. Drop-frame applies when the rate is a DF rate or the text uses a
 * drop-frame separator (which then requires a 29.97 or 59.94 rate).
 */
export function parseTimecode(text: string, rate: FrameRate): number | TimecodeError {
  let i = 0;
  let end = text.length;
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  while (end > i && isBlank(text.charCodeAt(end - 1))) end--;
  if (i === end) return timecodeError("TC_VIDE", "timecode vide");

  let negative = false;
  const first = text.charCodeAt(i);
  if (first === MINUS || first === UNICODE_MINUS) {
    negative = true;
    i++;
  }

  const hoursStart = i;
  let hours = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (!isDigit(c)) break;
    hours = hours * 10 + (c - ZERO);
    i++;
  }
  if (i === hoursStart) return syntaxError();
  if (i - hoursStart > MAX_HOUR_DIGITS) return timecodeError("TC_HORS_LIMITES", "durée trop grande");

  let dropMarked = false;
  let sep = i < end ? text.charCodeAt(i) : 0;
  if (sep === SEMICOLON) dropMarked = true;
  else if (sep !== COLON) return syntaxError();
  const minutesStart = i + 1;
  const minutesEnd = twoDigitFieldEnd(text, minutesStart, end);
  if (minutesEnd === minutesStart) return syntaxError();

  sep = minutesEnd < end ? text.charCodeAt(minutesEnd) : 0;
  if (sep === SEMICOLON) dropMarked = true;
  else if (sep !== COLON) return syntaxError();
  const secondsStart = minutesEnd + 1;
  const secondsEnd = twoDigitFieldEnd(text, secondsStart, end);
  if (secondsEnd === secondsStart) return syntaxError();

  sep = secondsEnd < end ? text.charCodeAt(secondsEnd) : 0;
  if (sep === SEMICOLON || sep === DOT) dropMarked = true;
  else if (sep !== COLON) return syntaxError();
  const framesStart = secondsEnd + 1;
  const framesEnd = twoDigitFieldEnd(text, framesStart, end);
  if (framesEnd === framesStart || framesEnd !== end) return syntaxError();

  const minutes = fieldValue(text, minutesStart, minutesEnd);
  const seconds = fieldValue(text, secondsStart, secondsEnd);
  const frame = fieldValue(text, framesStart, framesEnd);
  if (minutes > 59) return timecodeError("TC_MINUTES", "les minutes vont de 00 à 59");
  if (seconds > 59) return timecodeError("TC_SECONDES", "les secondes vont de 00 à 59");
  if (frame >= rate.base) return timecodeError("TC_IMAGE", `à ${rate.display}, les images vont de 00 à ${rate.base - 1}`);

  const totalMinutes = hours * 60 + minutes;
  let frames = (totalMinutes * 60 + seconds) * rate.base + frame;
  if (rate.dropFrame || dropMarked) {
    const drop = rate.dropPerMinute;
    if (drop === 0) {
      return timecodeError("TC_DF_CADENCE", `les séparateurs « ; » et « . » marquent le drop-frame, qui n'existe qu'en 29,97 et 59,94 ips, pas en ${rate.display}`);
    }
    if (isSkippedLabel(minutes, seconds, frame, drop)) {
      return timecodeError(
        "TC_DF_INEXISTANT",
        `en drop-frame, les images 00 à ${String(drop - 1).padStart(2, "0")} de chaque minute non multiple de 10 n'existent pas`,
      );
    }
    frames = framesFromNominal(frames, totalMinutes, drop);
  }
  if (frames > MAX_FRAMES) return timecodeError("TC_HORS_LIMITES", "durée trop grande");
  return negative && frames !== 0 ? -frames : frames;
}

/** True when the text writes its frames with a drop-frame separator (`;` or `.`). */
export function hasDropFrameSeparator(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === SEMICOLON || c === DOT) return true;
  }
  return false;
}

/** Whether `text` is a timecode that exists at `rate` (drop-frame labels included). */
export function isValidTimecode(text: string, rate: FrameRate): boolean {
  return typeof parseTimecode(text, rate) === "number";
}

/**
 * A cell's value as frames: a text timecode, or a number of frames (an integer). Blank cells are an
 * error here; callers that ignore blanks (sums) skip them first.
 */
export function parseTimecodeValue(value: unknown, rate: FrameRate): number | TimecodeError {
  if (typeof value === "string") return parseTimecode(value, rate);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return timecodeError("TC_SYNTAXE", "nombre d'images non fini");
    if (!Number.isInteger(value)) {
      return timecodeError(
        "TC_NON_ENTIER",
        "un nombre d'images doit être entier (une heure Excel comme 0,5 n'est pas un timecode : écrivez le timecode en texte HH:MM:SS:II)",
      );
    }
    if (Math.abs(value) > MAX_FRAMES) return timecodeError("TC_HORS_LIMITES", "nombre d'images trop grand");
    return value === 0 ? 0 : value; // no -0
  }
  if (value === undefined || value === null) return timecodeError("TC_VIDE", "timecode vide");
  return timecodeError("TC_SYNTAXE", "un timecode est un texte HH:MM:SS:II ou un nombre d'images");
}

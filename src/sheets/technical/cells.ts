/**
 * Reading the technical cells the generic row getters do not know: frame rates, timecodes (at a given
 * rate), picture sizes, and the "done" marks of backups and verification. An unusable cell becomes an
 * alert on it, never an exception.
 */
import { isTimecodeError, parseFrameRate, parseTimecodeValue, type FrameRate } from "../../core/timecode";
import { parseResolution, type Resolution } from "../../core/technical";
import { isHugeNumber, type RowReader } from "../read";
import { displayValue, isBlank, isCellError } from "../../workbook/values";

const RATES = "une cadence connue (23,976 ; 24 ; 25 ; 29,97 ; 30 ; 50 ; 59,94 ; 60 ; DF pour le drop-frame)";

export function rateCell(row: RowReader, header: string): FrameRate | undefined {
  const v = row.raw(header);
  if (isBlank(v)) return undefined;
  if (isCellError(v)) return row.invalid(header, RATES);
  const rate = parseFrameRate(v);
  if (isTimecodeError(rate)) return row.invalid(header, RATES);
  row.seen(header);
  return rate;
}

export function timecodeCell(row: RowReader, header: string, rate: FrameRate): number | undefined {
  const v = row.raw(header);
  if (isBlank(v)) return undefined;
  if (isCellError(v)) return row.invalid(header, "un timecode");
  if (isHugeNumber(v)) return row.invalid(header, `un timecode valide à ${rate.display} (nombre d'images démesuré)`);
  const frames = parseTimecodeValue(v, rate);
  if (isTimecodeError(frames)) return row.invalid(header, `un timecode valide à ${rate.display} (${frames.message})`);
  row.seen(header); // valid at its own rate: the check of unread cells need not try every rate
  return frames;
}

/** A picture size; one Cap PAD does not know is said for information (its checks are skipped). */
export function resolutionCell(row: RowReader, header: string, production?: string): Resolution | undefined {
  const text = row.text(header);
  if (text === undefined) return undefined;
  const r = parseResolution(text);
  if (!r)
    row.alert(
      "TECH_RESOLUTION_INCONNUE",
      "info",
      `${row.cell(header)} (${header}) : résolution « ${text} » non reconnue (écrivez par exemple 1920x1080, HD, UHD, 4K) ; elle n'est pas comparée.`,
      header,
      production,
    );
  return r;
}

const NOT_DONE = new Set(["", "non", "n", "0", "faux", "false", "no", "-", "—", "à faire", "a faire"]);

/**
 * A backup or a verification is done when its cell says anything but blank or "non": coordinators
 * type the drive's name ("RAID A", "LTO-0042"), a date, their initials or "oui".
 */
export function doneCell(row: RowReader, header: string): boolean {
  const v = row.raw(header);
  if (isBlank(v) || isCellError(v)) return false;
  if (typeof v === "boolean") return v;
  return !NOT_DONE.has(displayValue(v).trim().toLocaleLowerCase("fr"));
}

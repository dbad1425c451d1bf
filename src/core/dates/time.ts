/**
 * Times of day as minutes since midnight (integers), as typed in the séance log: Excel stores a time
 * as a fraction of a day (0.375 = 09:00), users also type "9h30" or "09:30" as text.
 */

export type Minutes = number;

/** Minutes of an Excel day fraction, rounded to the minute (Excel stores 09:00 as 0.375 with binary noise). */
export function minutesFromDayFraction(fraction: number): Minutes | undefined {
  if (!Number.isFinite(fraction) || fraction < 0) return undefined;
  const frac = fraction >= 1 ? fraction - Math.floor(fraction) : fraction;
  const m = Math.round(frac * 1440);
  return m === 1440 ? 0 : m;
}

/** Parses `9:30`, `09:30`, `9h30`, `9h`, `09:30:00`; undefined when not a time of day (24:00 allowed as end of day). */
export function parseTimeText(text: string): Minutes | undefined {
  const m = /^\s*(\d{1,2})\s*(?:[:hH]\s*(\d{2})?(?::(\d{2}))?)\s*$/.exec(text);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  if (h > 24 || min > 59 || (h === 24 && min > 0)) return undefined;
  return h * 60 + min;
}

export function formatMinutes(minutes: Minutes): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

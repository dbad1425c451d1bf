/**
 * Overtime: which hours of a civil week (or of a day, for short contracts) fall in which premium band.
 *
 * - Counted per civil week (Monday–Sunday), on effective time, never per month; the week is the
 *   employee's with the employer, every production together (workWeek.ts, Code du travail L3121-28
 *   and L3121-35).
 * - Bands are data (parameter HS_BANDES): legal default and CCNPA CDDU 36th–43rd hour +25 %, from the
 *   44th +50 % (CDDU get +25 % instead of +10 % on the first four); cinema technicians
 *   36th–43rd +25 %, 44th–48th +50 %, beyond 48 h +75 %.
 * - CCNPA and technical providers count the weekly time rounded up to the half hour
 *   (HS_ARRONDI_MINUTES: CCNPA art. VI.8.1, CCN 2717 art. 5.7.1).
 * - CCNPA contracts of 4 days or less: no weekly overtime, but the hours beyond the 8th of a day are
 *   paid +25 % (9th–11th) and +50 % (12th on) (DEPASSEMENT_JOUR_*, art. VI.8.4).
 * - Cinema shooting weeks under annexe II: equivalence, 46 h of presence paid 43 h (56 h paid 52 h on a
 *   6-day week, cinema CCN annexe II). Post-production rarely uses it; it is a production option.
 */


export interface BandSplit {
  /** Hours paid without overtime premium. */
  plainHours: number;
  /** Hours in each band, in band order (bands with 0 hours included). */
  bands: { percent: number; hours: number; from: number; to: number }[];
}

/**
 * Splits `hours` into the plain part and the bands. A band "36-43" holds hours 35 < h ≤ 43. Hours
 * beyond a last band that has an end stay plain (a table that stops early pays no premium there).
 */
export function splitIntoBands(hours: number, bands: readonly Band[]): BandSplit {
  const out: BandSplit["bands"] = [];
  let inBands = 0;
  for (const b of bands) {
    const lo = b.from - 1;
    const hi = b.to;
    const h = Math.max(0, Math.min(hours, hi) - lo);
    out.push({ percent: b.percent, hours: h, from: b.from, to: b.to });
    inBands += h;
  }
  return { plainHours: hours - inBands, bands: out };
}

/** Weekly hours rounded up to a step of minutes (30: "rounded up to the half hour"), 0 = as is. */
export function roundUpHours(hours: number, stepMinutes: number): number {
  if (!stepMinutes || stepMinutes <= 0) return hours;
  const minutes = Math.round(hours * 60);
  return (Math.ceil(minutes / stepMinutes) * stepMinutes) / 60;
}

export interface Equivalence {
  presence: number;
  paid: number;
}

/**
 * Paid hours under an equivalence regime: up to `paid` hours nothing changes; beyond, the
 * `presence − paid` equivalence hours are not paid, and the paid time never drops below `paid`
 * (46 h → 43 h, 50 h → 47 h, 44 h → 43 h). The reference only pins 46 → 43 and 56 → 52; the
 * shape between is our reading, flagged "à vérifier" in the parameter's source.
 */
export function paidHoursUnderEquivalence(hours: number, eq: Equivalence | undefined): number {
  if (!eq || hours <= eq.paid) return hours;
  return Math.max(eq.paid, hours - (eq.presence - eq.paid));
}

/** Where each band's hours fall in a sequence of days (chronological: overtime is the last hours). */
export function allocateChronologically(dayHours: readonly number[], from: number, to: number): number[] {
  const out: number[] = [];
  let cum = 0;
  for (const h of dayHours) {
    const a = Math.max(cum, from);
    const b = Math.min(cum + h, to);
    out.push(Math.max(0, b - a));
    cum += h;
  }
  return out;
}

/** A premium band: the `from`-th to the `to`-th hour (inclusive, 1-based) get +percent. */
export interface Band {
  from: number;
  to: number; // Infinity for "44+"
  percent: number;
}

/** "36-43:25 ; 44+:50" → bands. The hour numbers are ordinals, as the agreements write them. */
export function parseBands(text: string): Band[] | undefined {
  const out: Band[] = [];
  for (const part of text.split(";")) {
    const t = part.replace(/\s+/g, "").replace(",", ".");
    if (t === "") continue;
    const m = /^(\d+)(?:-(\d+)|\+):(\d+(?:\.\d+)?)%?$/.exec(t);
    if (!m) return undefined;
    const from = Number(m[1]);
    const to = m[2] === undefined ? Infinity : Number(m[2]);
    if (to < from) return undefined;
    out.push({ from, to, percent: Number(m[3]) });
  }
  out.sort((a, b) => a.from - b.from);
  for (let i = 1; i < out.length; i++) if (out[i].from <= out[i - 1].to) return undefined;
  return out.length > 0 ? out : undefined;
}

/** "46:43" → 46 hours of presence are paid 43 (cinema equivalence). */
export function parseEquivalence(text: string): { presence: number; paid: number } | undefined {
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*:\s*(\d+(?:[.,]\d+)?)\s*$/.exec(text);
  if (!m) return undefined;
  const presence = Number(m[1].replace(",", "."));
  const paid = Number(m[2].replace(",", "."));
  return paid <= presence ? { presence, paid } : undefined;
}

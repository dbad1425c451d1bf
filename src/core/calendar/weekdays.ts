/**
 * Working weekdays of a production (`Productions[Jours ouvrés]`): a week of 7 booleans, Monday first,
 * true = worked. Post-production houses commonly work Monday–Friday, some Monday–Saturday during
 * crunch, auditoriums sometimes 7 days a week.
 */

import { normalizeKey } from "./zones";

/** Monday … Sunday, true = worked. */
export type WeekdayMask = readonly boolean[];

export const MON_FRI: WeekdayMask = Object.freeze([true, true, true, true, true, false, false]);
export const MON_SAT: WeekdayMask = Object.freeze([true, true, true, true, true, true, false]);
export const ALL_WEEK: WeekdayMask = Object.freeze([true, true, true, true, true, true, true]);

const SHORT = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"];
export const WEEKDAY_NAMES = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

// Every spelling we accept for a day, normalised (see normalizeKey); English for imported files.
const DAY_ALIASES = new Map<string, number>();
[
  ["lu", "lun", "lundi", "mon", "monday", "l"],
  ["ma", "mar", "mardi", "tue", "tuesday"],
  ["me", "mer", "mercredi", "wed", "wednesday"],
  ["je", "jeu", "jeudi", "thu", "thursday", "j"],
  ["ve", "ven", "vendredi", "fri", "friday", "v"],
  ["sa", "sam", "samedi", "sat", "saturday", "s"],
  ["di", "dim", "dimanche", "sun", "sunday", "d"],
].forEach((names, index) => names.forEach((n) => DAY_ALIASES.set(n, index)));

function dayIndex(token: string): number | undefined {
  return DAY_ALIASES.get(normalizeKey(token));
}

/**
 * Reads a `Jours ouvrés` cell: blank = "lun-ven"; "lun-sam"; "lun,mar,mer,jeu,ven,sam";
 * "du lundi au samedi"; "mar-sam" (ranges may wrap: "sam-mar"); "5/7", "6/7", "7/7", "7j/7",
 * "tous les jours"; or a WORKDAY.INTL mask "0000011" (1 = not worked). Undefined when the text
 * cannot be read or names no worked day (a calendar without working days cannot schedule).
 */
export function parseWorkingWeekdays(text: string | undefined | null): WeekdayMask | undefined {
  if (text === undefined || text === null) return MON_FRI;
  const raw = String(text).trim();
  if (raw === "") return MON_FRI;
  if (/^[01]{7}$/.test(raw)) {
    const mask = [...raw].map((c) => c === "0");
    return mask.some(Boolean) ? Object.freeze(mask) : undefined;
  }
  const compact = normalizeKey(raw);
  const perWeek = /^([5-7])j?(?:ours?)?(?:\/|sur)7$/.exec(compact);
  if (perWeek) return perWeek[1] === "5" ? MON_FRI : perWeek[1] === "6" ? MON_SAT : ALL_WEEK;
  if (compact === "touslesjours" || compact === "7jours" || compact === "semaineentiere") return ALL_WEEK;

  const worked = [false, false, false, false, false, false, false];
  const lowered = raw
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  const parts = lowered.split(/\s*(?:[,;+/&]|\bet\b)\s*/).filter((p) => p.trim() !== "");
  if (parts.length === 0) return undefined;
  for (const part of parts) {
    const p = part.trim().replace(/\.$/, "");
    // "du lundi au vendredi", "lundi au vendredi", "lun-ven", "lun à ven"
    const range =
      /^(?:du\s+)?([a-z.]+)\s*[-–]\s*([a-z.]+)$/.exec(p) ?? /^(?:du\s+)?([a-z.]+)\s+(?:au|a)\s+([a-z.]+)$/.exec(p);
    if (range) {
      const from = dayIndex(range[1].replace(/\./g, ""));
      const to = dayIndex(range[2].replace(/\./g, ""));
      if (from === undefined || to === undefined) return undefined;
      for (let i = from; ; i = (i + 1) % 7) {
        worked[i] = true;
        if (i === to) break;
      }
      continue;
    }
    const single = dayIndex(p.replace(/\./g, ""));
    if (single === undefined) return undefined;
    worked[single] = true;
  }
  return worked.some(Boolean) ? Object.freeze(worked) : undefined;
}

/** The WORKDAY.INTL / NETWORKDAYS.INTL weekend string: 7 characters, Monday first, "1" = not worked. */
export function weekendMask(weekdays: WeekdayMask): string {
  return weekdays.map((w) => (w ? "0" : "1")).join("");
}

/** Writes a mask the way users type it: "lun-ven", "lun-sam", "7/7", "lun-mer,ven". */
export function formatWorkingWeekdays(weekdays: WeekdayMask): string {
  if (weekdays.every(Boolean)) return "7/7";
  const runs: string[] = [];
  let i = 0;
  while (i < 7) {
    if (!weekdays[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < 7 && weekdays[j + 1]) j++;
    runs.push(j === i ? SHORT[i] : j === i + 1 ? `${SHORT[i]},${SHORT[j]}` : `${SHORT[i]}-${SHORT[j]}`);
    i = j + 1;
  }
  return runs.join(",");
}

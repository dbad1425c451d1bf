/**
 * Totals of the rushes log: duration per shooting day and per production (counted in the project's
 * rate, each card converted from its own, sums beyond 24 h), volume received and the storage to
 * provision for its backups (`RUSH_BACKUP_COPIES` copies). Cards without a volume are counted apart so
 * that a total known to be short says so.
 */
import type { DayNumber } from "../dates/civil";
import { convertFrames, type FrameRate } from "../timecode";
import { RUSH_BACKUP_COPIES } from "../../data/technical/rushes";
import { effectiveRate, rushFrames } from "./rushDuration";
import type { Project, Rush } from "./model";

export interface RushTotal {
  production: string;
  /** The shooting day (`Jour de tournage`); for rows without one, their reception `date`. */
  shootingDay?: number;
  date?: DayNumber;
  cards: number;
  /** Frames at `rate`, the project's. */
  frames: number;
  rate: FrameRate;
  volumeGb: number;
  cardsWithoutVolume: number;
  /** Volume × the number of backup copies. */
  storageGb: number;
}

export interface RushTotals {
  /** Per production and shooting day, in production then day order. */
  days: RushTotal[];
  productions: RushTotal[];
}

export function rushTotals(rushes: readonly Rush[], projectOf: (production: string) => Project): RushTotals {
  const days = new Map<string, RushTotal>();
  const productions = new Map<string, RushTotal>();
  const slot = (map: Map<string, RushTotal>, key: string, make: () => RushTotal): RushTotal => {
    let t = map.get(key);
    if (!t) map.set(key, (t = make()));
    return t;
  };
  for (const rush of rushes) {
    const project = projectOf(rush.production);
    const base = { production: rush.production, cards: 0, frames: 0, rate: project.rate, volumeGb: 0, cardsWithoutVolume: 0, storageGb: 0 };
    const frames = rushFrames(rush);
    const converted = frames === undefined ? 0 : convertFrames(frames, effectiveRate(rush, project), project.rate);
    const dayKey = rush.shootingDay !== undefined ? `j${rush.shootingDay}` : `d${rush.date ?? ""}`;
    const targets = [
      slot(days, `${rush.production}\u0000${dayKey}`, () => ({ ...base, ...(rush.shootingDay !== undefined ? { shootingDay: rush.shootingDay } : { date: rush.date }) })),
      slot(productions, rush.production, () => ({ ...base })),
    ];
    for (const t of targets) {
      t.cards++;
      t.frames += converted;
      if (rush.volumeGb === undefined) t.cardsWithoutVolume++;
      else {
        t.volumeGb = roundVolume(t.volumeGb + rush.volumeGb);
        t.storageGb = roundVolume(t.volumeGb * RUSH_BACKUP_COPIES);
      }
    }
  }
  const order = (a: RushTotal, b: RushTotal): number =>
    a.production.localeCompare(b.production) || (a.shootingDay ?? Infinity) - (b.shootingDay ?? Infinity) || (a.date ?? Infinity) - (b.date ?? Infinity);
  return { days: [...days.values()].sort(order), productions: [...productions.values()].sort(order) };
}

/** Volumes are typed to a few decimals of a gigabyte: sums keep a megabyte, not the doubles' noise. */
function roundVolume(v: number): number {
  return Math.round(v * 1000) / 1000;
}

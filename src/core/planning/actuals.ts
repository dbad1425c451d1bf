/**
 * The planning reads the séance log: what has happened to a task, from what the user typed
 * (`Début réel`, `Fin réelle`, `Avancement`) and, where a cell is left empty, from the séances logged
 * on the task up to today. A typed value always wins over the log.
 *
 * - Actual start: typed, else the task's first séance.
 * - Actual finish: typed, else the last séance when the task is declared done (`Avancement` 100 %).
 * - Progress, when `Avancement` is empty: the days with a séance on the task (dates, whatever the
 *   number of séances or people that day) against its planned duration — 14 séance days on a 25-day
 *   task is 56 %. The log alone never declares a task finished: an estimate is kept below 100 %
 *   (99 %, one day of work left at most for a task under 100 days) and, when the séance days reach the
 *   planned duration, an info alert asks for `Avancement` or a longer duration.
 * Séances dated after today are bookings, not work done: they are not read here.
 */
import type { DayNumber } from "../dates/civil";
import type { TaskInput } from "./model";

/** The highest progress an estimate from the log may give (a person declares a task finished). */
export const MAX_ESTIMATED_PERCENT = 99;

/** The séance days of one task, up to today. */
export interface TaskLog {
  /** Distinct dates with at least one séance on the task, in order. */
  days: readonly DayNumber[];
}

export interface TaskActuals {
  actualStart?: DayNumber;
  actualFinish?: DayNumber;
  /** Percent, 0–100. */
  percentComplete?: number;
  /** Where each came from: typed in the row, or read from the log. */
  startFrom?: "typed" | "log";
  finishFrom?: "typed" | "log";
  progressFrom?: "typed" | "log";
  /** The séance days reach the planned duration while the task is not declared done. */
  logExceedsDuration: boolean;
}

/** Groups séances by task (production and ID as the caller keys them), keeping days up to today. */
export function taskLogs(seances: ReadonlyArray<{ key: string; day: DayNumber }>, today: DayNumber): Map<string, TaskLog> {
  const days = new Map<string, Set<DayNumber>>();
  for (const s of seances) {
    if (!(s.day <= today)) continue;
    const set = days.get(s.key) ?? new Set<DayNumber>();
    set.add(s.day);
    days.set(s.key, set);
  }
  return new Map([...days].map(([k, set]) => [k, { days: [...set].sort((a, b) => a - b) }]));
}

const isDay = (d: unknown): d is DayNumber => typeof d === "number" && Number.isInteger(d);
const isPercent = (p: unknown): p is number => typeof p === "number" && p >= 0 && p <= 100;

/** A task's actual start, finish and progress: typed values first, then the log. */
export function taskActuals(task: TaskInput, log: TaskLog | undefined): TaskActuals {
  const out: TaskActuals = { logExceedsDuration: false };
  const logged = log && log.days.length > 0 ? log.days : undefined;
  if (isDay(task.actualStart)) [out.actualStart, out.startFrom] = [task.actualStart, "typed"];
  else if (logged) [out.actualStart, out.startFrom] = [logged[0], "log"];
  if (isPercent(task.percentComplete)) [out.percentComplete, out.progressFrom] = [task.percentComplete, "typed"];
  const duration = typeof task.duration === "number" && task.duration > 0 ? task.duration : 0;
  if (out.progressFrom === undefined && logged && duration > 0 && !isDay(task.actualFinish)) {
    const share = (100 * logged.length) / duration;
    out.percentComplete = Math.min(MAX_ESTIMATED_PERCENT, Math.round(share * 100) / 100);
    out.progressFrom = "log";
    out.logExceedsDuration = share >= 100;
  }
  if (isDay(task.actualFinish)) [out.actualFinish, out.finishFrom] = [task.actualFinish, "typed"];
  else if (logged && out.progressFrom === "typed" && out.percentComplete === 100) [out.actualFinish, out.finishFrom] = [logged[logged.length - 1], "log"];
  return out;
}

/**
 * Which reminder an overdue invoice gets today, from the days late and from the reminders already sent
 * on it — the stricter of two rules wins:
 * - by days late, the highest level whose threshold is reached (first reminder from the day after the
 *   due date, a second one from 15 days, the formal notice from 30 days: the thresholds are data);
 * - by what was sent, one step at a time: the first reminder, then the second once the first was sent,
 *   then the formal notice once the second was sent, each at least `intervalDays` after the previous
 *   letter (a letter needs time to arrive and be answered).
 * So an invoice 40 days late never reminded gets a first reminder, not a formal notice out of the blue;
 * and a first reminder sent on day 3 is followed by the second on day 15, not day 11.
 *
 * The reminders dated today are not history but today's own letter: a second run the same day decides
 * the same letter again (and the caller does not record it twice).
 */
import type { DayNumber } from "../dates/civil";

export interface SentReminder {
  day: DayNumber;
  /** Index in the levels, 0 = first reminder. */
  level: number;
}

export interface ReminderRule {
  /** Days late from which each level may be sent, mildest first. */
  thresholds: readonly number[];
  intervalDays: number;
}

export type ReminderDecision =
  /** A letter of this level today. */
  | { kind: "send"; level: number }
  /**
   * Not yet: the last letter (its level and day) stands; the next level and the first day it may be
   * sent, none once the last level was sent.
   */
  | { kind: "wait"; lastLevel: number; lastDay: DayNumber; next?: { level: number; day: DayNumber } };

export function nextReminder(dueDay: DayNumber, today: DayNumber, sent: readonly SentReminder[], rule: ReminderRule): ReminderDecision {
  const earlier = sent.filter((s) => s.day < today);
  if (earlier.length === 0) return { kind: "send", level: 0 };
  const lastLevel = Math.max(...earlier.map((s) => s.level));
  const lastDay = Math.max(...earlier.map((s) => s.day));
  const level = lastLevel + 1;
  if (level >= rule.thresholds.length) return { kind: "wait", lastLevel, lastDay };
  const day = Math.max(lastDay + rule.intervalDays, dueDay + rule.thresholds[level]);
  return today >= day ? { kind: "send", level } : { kind: "wait", lastLevel, lastDay, next: { level, day } };
}

/**
 * The next reminder of an overdue invoice: the stricter of the days-late thresholds (1, 15, 30 days)
 * and of what was sent (one level at a time, 8 days apart). Invoice due on 31/07/2026 throughout.
 */
import { nextReminder, type ReminderRule } from "../../../src/core/accounts/reminderProgression";
import { fromIso } from "../../../src/core/dates/civil";

const D = (iso: string) => fromIso(iso)!;
const RULE: ReminderRule = { thresholds: [1, 15, 30], intervalDays: 8 };
const DUE = D("2026-07-31");

describe("the next reminder", () => {
  test("never reminded: the first reminder, however late (40 days late is not a formal notice out of the blue)", () => {
    expect(nextReminder(DUE, D("2026-08-01"), [], RULE)).toEqual({ kind: "send", level: 0 });
    expect(nextReminder(DUE, D("2026-09-09"), [], RULE)).toEqual({ kind: "send", level: 0 });
  });

  test("first reminder on day 3: the second waits for 15 days late (15/08), not only 8 days (11/08)", () => {
    const sent = [{ day: D("2026-08-03"), level: 0 }];
    expect(nextReminder(DUE, D("2026-08-14"), sent, RULE)).toEqual({ kind: "wait", lastLevel: 0, lastDay: D("2026-08-03"), next: { level: 1, day: D("2026-08-15") } });
    expect(nextReminder(DUE, D("2026-08-15"), sent, RULE)).toEqual({ kind: "send", level: 1 });
  });

  test("first reminder on day 20: the second 8 days later (28/08), though 15 days late was reached", () => {
    const sent = [{ day: D("2026-08-20"), level: 0 }];
    expect(nextReminder(DUE, D("2026-08-27"), sent, RULE)).toMatchObject({ kind: "wait", next: { level: 1, day: D("2026-08-28") } });
    expect(nextReminder(DUE, D("2026-08-28"), sent, RULE)).toEqual({ kind: "send", level: 1 });
  });

  test("formal notice after the second, from 30 days late (30/08) and 8 days after it", () => {
    const sent = [
      { day: D("2026-08-05"), level: 0 },
      { day: D("2026-08-16"), level: 1 },
    ];
    expect(nextReminder(DUE, D("2026-08-29"), sent, RULE)).toMatchObject({ kind: "wait", lastLevel: 1, next: { level: 2, day: D("2026-08-30") } });
    expect(nextReminder(DUE, D("2026-08-30"), sent, RULE)).toEqual({ kind: "send", level: 2 });
  });

  test("after the formal notice: no other letter, no next date", () => {
    const sent = [
      { day: D("2026-08-05"), level: 0 },
      { day: D("2026-08-16"), level: 1 },
      { day: D("2026-09-01"), level: 2 },
    ];
    expect(nextReminder(DUE, D("2026-12-01"), sent, RULE)).toEqual({ kind: "wait", lastLevel: 2, lastDay: D("2026-09-01") });
  });

  test("a letter dated today is today's own: the same decision again (a second run records nothing more)", () => {
    const today = D("2026-08-20");
    const before = nextReminder(DUE, today, [], RULE);
    expect(nextReminder(DUE, today, [{ day: today, level: 0 }], RULE)).toEqual(before);
  });
});

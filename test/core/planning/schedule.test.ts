import fc from "fast-check";
import { WorkingCalendar } from "../../../src/core/calendar/workingCalendar";
import { fromIso, toIso } from "../../../src/core/dates/civil";
import { LinkType } from "../../../src/core/planning/links";
import { CpmLink, CpmTask, DRIVER_NOT_BEFORE, DRIVER_TODAY, scheduleNetwork } from "../../../src/core/planning/schedule";

const d = (s: string): number => fromIso(s)!;
const cal = new WorkingCalendar({ zone: "Métropole" });
// Monday 1 June 2026: no holiday for weeks, so working-day offsets are easy to count by hand.
const TODAY = d("2026-06-01");
const off = (day: number): number => cal.networkdays(TODAY, day) - 1;

type Spec = { dur: number; nb?: number; deadline?: number; actual?: CpmTask["actual"]; work?: WorkingCalendar };
function run(specs: Spec[], links: Array<[number, number, LinkType, number]>, today = TODAY) {
  const tasks: CpmTask[] = specs.map((s) => ({
    group: 0,
    duration: s.dur,
    calendar: cal,
    workCalendar: s.work,
    notBefore: s.nb === undefined ? undefined : cal.workday(TODAY, s.nb) /* nb in working days after today */,
    deadline: s.deadline,
    actual: s.actual,
  }));
  const cpmLinks: CpmLink[] = links.map(([from, to, type, lag]) => ({ from, to, type, lag }));
  const r = scheduleNetwork(tasks, cpmLinks, { today });
  return {
    r,
    es: Array.from(r.start, off),
    ef: Array.from(r.finish, off),
    ls: Array.from(r.lateStart, off),
    lf: Array.from(r.lateFinish, off),
    tf: Array.from(r.totalFloat),
    crit: Array.from(r.critical),
  };
}

describe("CPM — textbook networks (offsets in working days from Monday 1 June 2026)", () => {
  test("A(3)→B(4), A→C(2), B→D(5), C→D, D→E(1)", () => {
    const x = run([{ dur: 3 }, { dur: 4 }, { dur: 2 }, { dur: 5 }, { dur: 1 }], [
      [0, 1, "FS", 0],
      [0, 2, "FS", 0],
      [1, 3, "FS", 0],
      [2, 3, "FS", 0],
      [3, 4, "FS", 0],
    ]);
    expect(x.es).toEqual([0, 3, 3, 7, 12]);
    expect(x.ef).toEqual([2, 6, 4, 11, 12]);
    expect(x.ls).toEqual([0, 3, 5, 7, 12]);
    expect(x.lf).toEqual([2, 6, 6, 11, 12]);
    expect(x.tf).toEqual([0, 0, 2, 0, 0]);
    expect(x.crit).toEqual([1, 1, 0, 1, 1]);
    // Dates: A Mon 1–Wed 3 June, B Thu 4–Tue 9, D Wed 10–Tue 16, E Wed 17.
    expect(toIso(x.r.start[1])).toBe("2026-06-04");
    expect(toIso(x.r.finish[3])).toBe("2026-06-16");
    expect(toIso(x.r.start[4])).toBe("2026-06-17");
  });

  test("the classic 7-activity network (A3 B4 C2 D5 E1 F2 G4)", () => {
    // A, B start; C after A; D after B; E after C; F after C and D; G after E and F.
    const x = run([{ dur: 3 }, { dur: 4 }, { dur: 2 }, { dur: 5 }, { dur: 1 }, { dur: 2 }, { dur: 4 }], [
      [0, 2, "FS", 0],
      [1, 3, "FS", 0],
      [2, 4, "FS", 0],
      [2, 5, "FS", 0],
      [3, 5, "FS", 0],
      [4, 6, "FS", 0],
      [5, 6, "FS", 0],
    ]);
    // Early starts (0-based day offsets): A0 B0 C3 D4 E5 F9 G11; project = 15 days.
    expect(x.es).toEqual([0, 0, 3, 4, 5, 9, 11]);
    expect(x.ef).toEqual([2, 3, 4, 8, 5, 10, 14]);
    expect(x.tf).toEqual([4, 0, 4, 0, 5, 0, 0]);
    expect(x.crit).toEqual([0, 1, 0, 1, 0, 1, 1]);
  });

  test("each link type with lags and leads", () => {
    const base = { dur: 3 }; // A occupies offsets 0–2
    expect(run([base, { dur: 2 }], [[0, 1, "FS", 0]]).es[1]).toBe(3);
    expect(run([base, { dur: 2 }], [[0, 1, "FS", 2]]).es[1]).toBe(5);
    expect(run([base, { dur: 2 }], [[0, 1, "FS", -1]]).es[1]).toBe(2);
    expect(run([{ dur: 3, nb: 2 }, { dur: 2 }], [[0, 1, "SS", 0]]).es[1]).toBe(2);
    expect(run([{ dur: 3, nb: 2 }, { dur: 2 }], [[0, 1, "SS", 1]]).es[1]).toBe(3);
    expect(run([{ dur: 3, nb: 2 }, { dur: 2 }], [[0, 1, "SS", -1]]).es[1]).toBe(1);
    // FF: B(2) finishes with A (offset 2) + lag
    expect(run([base, { dur: 2 }], [[0, 1, "FF", 0]]).ef[1]).toBe(2);
    expect(run([base, { dur: 2 }], [[0, 1, "FF", 2]]).ef[1]).toBe(4);
    expect(run([base, { dur: 2 }], [[0, 1, "FF", -1]]).ef[1]).toBe(1);
    // SF: B finishes the day before A starts (A pushed to offset 5): B = 3–4.
    const sf = run([{ dur: 3, nb: 5 }, { dur: 2 }], [[0, 1, "SF", 0]]);
    expect([sf.es[1], sf.ef[1]]).toEqual([3, 4]);
    expect(run([{ dur: 3, nb: 5 }, { dur: 2 }], [[0, 1, "SF", 2]]).ef[1]).toBe(6);
    // today is a floor: a lead cannot put a task not started in the past
    expect(run([base, { dur: 2 }], [[0, 1, "FF", -5]]).es[1]).toBe(0);
  });

  test("milestones sit on their predecessor's finish day; successors start the next day", () => {
    const x = run([{ dur: 3 }, { dur: 0 }, { dur: 2 }, { dur: 0 }], [
      [0, 1, "FS", 0],
      [1, 2, "FS", 0],
      [1, 3, "FS", 0],
    ]);
    expect([x.es[1], x.ef[1]]).toEqual([2, 2]);
    expect(x.es[2]).toBe(3);
    expect(x.es[3]).toBe(2); // milestone after milestone: same day
    const ss = run([{ dur: 3, nb: 2 }, { dur: 0 }], [[0, 1, "SS", 0]]);
    expect(ss.es[1]).toBe(2); // on the predecessor's start day
    const lag = run([{ dur: 3 }, { dur: 0 }], [[0, 1, "FS", 2]]);
    expect(lag.es[1]).toBe(4);
  });

  test("start-no-earlier-than and today drive; deadlines give negative float", () => {
    const x = run([{ dur: 2, nb: 4 }, { dur: 3, deadline: cal.workday(TODAY, 6) }], [[0, 1, "FS", 0]]);
    expect(x.es).toEqual([4, 6]);
    expect(x.ef[1]).toBe(8);
    expect(x.tf).toEqual([-2, -2]);
    expect(x.crit).toEqual([1, 1]);
    expect(x.r.driver[0]).toBe(DRIVER_NOT_BEFORE);
    expect(x.r.driver[1]).toBe(0);
    expect(run([{ dur: 2 }], []).r.driver[0]).toBe(DRIVER_TODAY);
  });

  test("dates skip holidays and weekends (Ascension 14 May, Pentecost 25 May 2026)", () => {
    const today = d("2026-05-11");
    const tasks: CpmTask[] = [
      { group: 0, duration: 5, calendar: cal },
      { group: 0, duration: 0, calendar: cal },
      { group: 0, duration: 4, calendar: cal },
    ];
    const r = scheduleNetwork(tasks, [
      { from: 0, to: 1, type: "FS", lag: 0 },
      { from: 1, to: 2, type: "FS", lag: 2 },
    ], { today });
    expect(toIso(r.finish[0])).toBe("2026-05-18"); // 11,12,13,15,18
    expect(toIso(r.start[1])).toBe("2026-05-18");
    // FS+2 after the milestone: WORKDAY(18 May, 1+2) = 21 May; 4 days: 21, 22, 26, 27 (25 is Pentecost)
    expect(toIso(r.start[2])).toBe("2026-05-21");
    expect(toIso(r.finish[2])).toBe("2026-05-27");
  });
});

describe("CPM — actuals", () => {
  test("finished tasks keep their real dates; successors follow them", () => {
    const today = d("2026-06-10");
    const x = run(
      [{ dur: 3, actual: { kind: "done", start: d("2026-06-01"), finish: d("2026-06-05") } }, { dur: 2 }],
      [[0, 1, "FS", 0]],
      today,
    );
    expect(toIso(x.r.start[0])).toBe("2026-06-01");
    expect(toIso(x.r.finish[0])).toBe("2026-06-05");
    expect(toIso(x.r.start[1])).toBe("2026-06-10"); // would be 8 June, but not before today
    expect(x.crit[0]).toBe(0);
  });

  test("a started task ends after its remaining work, counted from today", () => {
    const today = d("2026-06-03");
    const x = run([{ dur: 5, actual: { kind: "started", start: d("2026-06-01"), remaining: 4 } }, { dur: 1 }], [[0, 1, "FS", 0]], today);
    expect(toIso(x.r.start[0])).toBe("2026-06-01");
    expect(toIso(x.r.finish[0])).toBe("2026-06-08"); // 3, 4, 5, 8 June
    expect(toIso(x.r.start[1])).toBe("2026-06-09");
  });
});

describe("CPM — resource calendars", () => {
  test("an unavailable editor pushes the start and stretches the task", () => {
    const work = cal.withUnavailability([{ from: d("2026-06-02"), to: d("2026-06-03"), resource: "Léa" }]);
    const x = run([{ dur: 1 }, { dur: 3, work }], [[0, 1, "FS", 0]]);
    // A on Mon 1; B could start Tue 2 but Léa is away Tue 2–Wed 3: B = Thu 4 – Mon 8.
    expect(toIso(x.r.start[1])).toBe("2026-06-04");
    expect(toIso(x.r.finish[1])).toBe("2026-06-08");
    expect(x.r.boundStart[1]).toBe(cal.ordinalOnOrAfter(d("2026-06-02")));
    const mid = cal.withUnavailability([{ from: d("2026-06-03"), to: d("2026-06-03") }]);
    const y = run([{ dur: 3, work: mid }], []);
    expect(toIso(y.r.start[0])).toBe("2026-06-01");
    expect(toIso(y.r.finish[0])).toBe("2026-06-04"); // 1, 2, (3 away), 4
  });
});

describe("CPM — cycles", () => {
  test("a loop is reported in link order and its links ignored; the rest is scheduled", () => {
    const x = run([{ dur: 1 }, { dur: 1 }, { dur: 1 }, { dur: 1 }, { dur: 1 }], [
      [0, 1, "FS", 0],
      [1, 2, "FS", 0],
      [2, 3, "FS", 0],
      [3, 1, "FS", 0],
      [3, 4, "FS", 0],
    ]);
    expect(x.r.cycles).toEqual([[1, 2, 3]]);
    expect(Array.from(x.r.ignoredLink)).toEqual([0, 1, 1, 1, 0]);
    expect(x.es).toEqual([0, 1, 0, 0, 1]);
  });

  test("self-reference and two separate loops", () => {
    const x = run([{ dur: 1 }, { dur: 1 }, { dur: 1 }, { dur: 1 }, { dur: 1 }], [
      [0, 0, "FS", 0],
      [1, 2, "SS", 0],
      [2, 1, "FF", 0],
      [3, 4, "FS", 0],
      [4, 3, "FS", 1],
    ]);
    expect(x.r.cycles).toEqual([[0], [1, 2], [3, 4]]);
  });
});

// --- Property: random DAGs against a brute-force longest path (fixpoint relaxation) -------------------
const TYPES: LinkType[] = ["FS", "SS", "FF", "SF"];
const dagArb = fc
  .integer({ min: 1, max: 25 })
  .chain((n) =>
    fc.record({
      durs: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: n, maxLength: n }),
      nbs: fc.array(fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }), { minLength: n, maxLength: n }),
      links: fc.array(
        fc.record({ a: fc.integer({ min: 0, max: n - 1 }), b: fc.integer({ min: 0, max: n - 1 }), t: fc.integer({ min: 0, max: 3 }), lag: fc.integer({ min: -4, max: 6 }) }),
        { maxLength: 3 * n },
      ),
      todayShift: fc.integer({ min: 0, max: 400 }),
    }),
  );

describe("CPM — property: random DAGs = brute-force longest path", () => {
  test("early and late dates, float, mirror of WORKDAY.INTL", () => {
    const pcal = new WorkingCalendar({ zone: "Alsace-Moselle", closures: [{ from: d("2026-12-21"), to: d("2027-01-01") }] });
    fc.assert(
      fc.property(dagArb, ({ durs, nbs, links, todayShift }) => {
        const n = durs.length;
        const today = d("2026-03-01") + todayShift;
        // Orient every link from lower to higher index: a DAG.
        const ls: CpmLink[] = links.filter((l) => l.a !== l.b).map((l) => ({ from: Math.min(l.a, l.b), to: Math.max(l.a, l.b), type: TYPES[l.t], lag: l.lag }));
        const tasks: CpmTask[] = durs.map((dur, i) => ({ group: 0, duration: dur, calendar: pcal, notBefore: nbs[i] === undefined ? undefined : today + (nbs[i] as number) }));
        const r = scheduleNetwork(tasks, ls, { today });
        expect(r.cycles).toEqual([]);

        // Brute force on ordinals: repeat relaxation until nothing moves.
        const T = pcal.ordinalOnOrAfter(today);
        const es = durs.map((_, i) => Math.max(T, nbs[i] === undefined ? T : pcal.ordinalOnOrAfter(today + (nbs[i] as number))));
        const ef = (i: number): number => es[i] + Math.max(durs[i] - 1, 0);
        for (let iter = 0; iter <= n; iter++) {
          for (const l of ls) {
            const ms = durs[l.to] === 0;
            const span = Math.max(durs[l.to] - 1, 0);
            let need: number;
            if (l.type === "FS") need = ef(l.from) + (ms ? 0 : 1) + l.lag;
            else if (l.type === "SS") need = es[l.from] + l.lag;
            else if (l.type === "FF") need = ef(l.from) + l.lag - span;
            else need = es[l.from] + l.lag - 1 - span;
            if (need > es[l.to]) es[l.to] = need;
          }
        }
        for (let i = 0; i < n; i++) {
          expect(r.es[i]).toBe(es[i]);
          expect(r.ef[i]).toBe(ef(i));
        }
        const end = Math.max(...es.map((_, i) => ef(i)));
        const lf = durs.map(() => end);
        const lsOf = (i: number): number => lf[i] - Math.max(durs[i] - 1, 0);
        for (let iter = 0; iter <= n; iter++) {
          for (const l of ls) {
            const ms = durs[l.to] === 0;
            const span = Math.max(durs[l.from] - 1, 0);
            let bound: number;
            if (l.type === "FS") bound = lsOf(l.to) - (ms ? 0 : 1) - l.lag;
            else if (l.type === "SS") bound = lsOf(l.to) - l.lag + span;
            else if (l.type === "FF") bound = lf[l.to] - l.lag;
            else bound = lf[l.to] + 1 - l.lag + span;
            if (bound < lf[l.from]) lf[l.from] = bound;
          }
        }
        for (let i = 0; i < n; i++) {
          expect(r.lf[i]).toBe(lf[i]);
          expect(r.totalFloat[i]).toBe(lf[i] - ef(i));
        }

        // Every link holds in calendar days, written as the template's native formulas would.
        for (const l of ls) {
          const S = r.start[l.to];
          const F = r.finish[l.to];
          const Sp = r.start[l.from];
          const Fp = r.finish[l.from];
          if (l.type === "FS") expect(S).toBeGreaterThanOrEqual(pcal.workday(Fp, (durs[l.to] === 0 ? 0 : 1) + l.lag));
          if (l.type === "SS") expect(S).toBeGreaterThanOrEqual(pcal.workday(Sp, l.lag));
          if (l.type === "FF") expect(F).toBeGreaterThanOrEqual(pcal.workday(Fp, l.lag));
          if (l.type === "SF") expect(F).toBeGreaterThanOrEqual(pcal.workday(Sp, l.lag - 1));
        }
        for (let i = 0; i < n; i++) {
          expect(pcal.isWorkingDay(r.start[i])).toBe(true);
          expect(r.finish[i]).toBe(durs[i] === 0 ? r.start[i] : pcal.workday(r.start[i], durs[i] - 1));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("CPM — property: random graphs with loops", () => {
  test("each reported loop is real, ignoring its links leaves a DAG, every other link holds", () => {
    const pcal = new WorkingCalendar({ zone: "Métropole" });
    const arb = fc.integer({ min: 1, max: 15 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        links: fc.array(fc.record({ a: fc.integer({ min: 0, max: n - 1 }), b: fc.integer({ min: 0, max: n - 1 }), t: fc.integer({ min: 0, max: 3 }) }), { maxLength: 2 * n }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ n, links }) => {
        const ls: CpmLink[] = links.map((l) => ({ from: l.a, to: l.b, type: TYPES[l.t], lag: 0 }));
        const tasks: CpmTask[] = Array.from({ length: n }, () => ({ group: 0, duration: 1, calendar: pcal }));
        const r = scheduleNetwork(tasks, ls, { today: TODAY });
        const has = (a: number, b: number): boolean => ls.some((l) => l.from === a && l.to === b);
        for (const loop of r.cycles) {
          for (let k = 0; k < loop.length; k++) expect(has(loop[k], loop[(k + 1) % loop.length])).toBe(true);
        }
        // A depth-first search over the links kept finds no loop.
        const kept = ls.filter((_, e) => r.ignoredLink[e] === 0);
        const state = new Array(n).fill(0);
        const visit = (v: number): boolean => {
          state[v] = 1;
          for (const l of kept) if (l.from === v && (state[l.to] === 1 || (state[l.to] === 0 && !visit(l.to)))) return false;
          state[v] = 2;
          return true;
        };
        for (let v = 0; v < n; v++) if (state[v] === 0) expect(visit(v)).toBe(true);
        expect(r.cycles.length > 0).toBe(kept.length < ls.length);
        for (const l of kept) {
          if (l.type === "FS") expect(r.start[l.to]).toBeGreaterThan(r.finish[l.from]);
          if (l.type === "SS") expect(r.start[l.to]).toBeGreaterThanOrEqual(r.start[l.from]);
          if (l.type === "FF") expect(r.finish[l.to]).toBeGreaterThanOrEqual(r.finish[l.from]);
          if (l.type === "SF") expect(r.finish[l.to]).toBeGreaterThanOrEqual(pcal.workday(r.start[l.from], -1));
        }
      }),
      { numRuns: 500 },
    );
  });
});

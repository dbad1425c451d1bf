/**
 * The critical path method over FS/SS/FF/SF links with lags, on working calendars, in O(V + E).
 *
 * Date convention (Microsoft Project's, at the granularity of a day):
 * - A task of duration d ≥ 1 starts on a working day S and finishes on its d-th working day,
 *   inclusive: F = WORKDAY.INTL(S, d − 1). A milestone (d = 0) has S = F.
 * - Finish-to-start: the successor starts the working day after the predecessor's finish, plus the
 *   lag: S = WORKDAY.INTL(F_pred, 1 + lag). A milestone after a task sits ON that task's finish day,
 *   as in Project (its delivery happens that day): M = WORKDAY.INTL(F_pred, lag).
 * - Start-to-start: S = WORKDAY.INTL(S_pred, lag). Finish-to-finish: F = WORKDAY.INTL(F_pred, lag).
 * - Start-to-finish: F = WORKDAY.INTL(S_pred, lag − 1) (the successor ends the day before the
 *   predecessor starts, "just in time").
 * - Lags count working days of the production calendar; durations count working days of the
 *   task's own calendar (the production's minus the unavailable days of its resources).
 * So every computed date can be mirrored by native WORKDAY.INTL formulas in the templates.
 *
 * Internally a day is its working-day ordinal in the production calendar (see WorkingCalendar), so a
 * duration or a lag is an integer addition; only tasks whose resources have unavailable days go
 * through their own calendar (still O(1) per task after indexing).
 *
 * Actuals: a finished task keeps its real dates; a started task keeps its real start and ends after
 * its remaining work counted from today; a task not started cannot start before today.
 * The forward pass is a depth-first walk over incoming edges that also yields the topological order;
 * when it meets a loop, Kahn's algorithm and Tarjan's strongly connected components find every loop,
 * whose links are then ignored (each loop is reported) so that the rest of the plan still schedules.
 * The backward pass pushes bounds to predecessors through the same incoming edges.
 */

import { WorkingCalendar } from "../calendar/workingCalendar";
import { DayNumber } from "../dates/civil";
import { LinkType } from "./links";

export type ActualState =
  /** Finished: real dates are kept whatever the links say. */
  | { kind: "done"; start: DayNumber; finish: DayNumber }
  /** In progress: real start (if known) and remaining working days counted from today (≥ 1). */
  | { kind: "started"; start?: DayNumber; remaining: number };

export interface CpmTask {
  /** Tasks of one production share a group (and their `calendar`). */
  group: number;
  /** Working days, integer ≥ 0; 0 = milestone. */
  duration: number;
  /** The production's calendar: links, lags, floats and slips count its working days. */
  calendar: WorkingCalendar;
  /** The calendar of the task's resources, when it differs from the production's. */
  workCalendar?: WorkingCalendar;
  /** Start no earlier than (`Pas avant`). */
  notBefore?: DayNumber;
  /** Finish no later than (`Échéance`, or `PAD contractuel` for the PAD milestone): bounds late dates. */
  deadline?: DayNumber;
  actual?: ActualState;
}

export interface CpmLink {
  /** Predecessor index. */
  from: number;
  /** Successor index. */
  to: number;
  type: LinkType;
  /** Working days, negative = lead. */
  lag: number;
}

export interface CpmOptions {
  today: DayNumber;
  /**
   * Late finish of every task, per group (e.g. the PAD date, to schedule a plan backwards);
   * default: the group's latest early finish (its forecast end), as Project computes float.
   */
  groupFinish?: ReadonlyArray<DayNumber | undefined>;
}

/** What set a task's early start: a link index (≥ 0) or one of these. */
export const DRIVER_NONE = -1;
export const DRIVER_NOT_BEFORE = -2;
export const DRIVER_TODAY = -3;
export const DRIVER_ACTUAL = -4;

export interface CpmResult {
  /** Forecast start and finish days (real dates for what has happened). */
  start: Int32Array;
  finish: Int32Array;
  /** Late start and finish days. */
  lateStart: Int32Array;
  lateFinish: Int32Array;
  /** Working-day ordinals in the production calendar (early/late start/finish). */
  es: Int32Array;
  ef: Int32Array;
  ls: Int32Array;
  lf: Int32Array;
  /** Total float in working days (lf − ef); negative when a deadline cannot be met. */
  totalFloat: Int32Array;
  /** 1 when total float ≤ 0 and the task is not finished. */
  critical: Uint8Array;
  /** Link index (≥ 0) that drove the early dates, or a DRIVER_* value. */
  driver: Int32Array;
  /** Early start the links and constraints allowed, before the resources' unavailability. */
  boundStart: Int32Array;
  /** Tasks in topological order. */
  order: Int32Array;
  /** Each dependency loop, as task indices in link order (the first task is repeated implicitly). */
  cycles: number[][];
  /** 1 for every task of a loop (of a strongly connected component, which may hold several loops). */
  inLoop: Uint8Array;
  /** 1 for links ignored because they close a loop. */
  ignoredLink: Uint8Array;
}

// FS and SS bound a successor's start (codes ≤ SS), FF and SF its finish.
const FS = 0;
const SS = 1;
const FF = 2;
const SF = 3;
/** FS/SS/FF/SF → 0..3 (string constants compare by identity; an object lookup showed in profiles). */
function typeCode(t: LinkType): number {
  if (t === "FS") return FS;
  if (t === "SS") return SS;
  if (t === "FF") return FF;
  if (t === "SF") return SF;
  throw new RangeError(`type de lien inconnu : ${String(t)}`);
}
const NEG = -0x1fffffff; // sentinels stay small integers (Smi) even after adding a lag
const POS = 0x1fffffff;

const NOT_STARTED = 0;
const STARTED = 1;
const DONE = 2;

/** Compressed adjacency (CSR): edges of node v are idx[off[v] .. off[v+1]). */
function csr(n: number, key: Int32Array, m: number): { off: Int32Array; idx: Int32Array } {
  const off = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) off[key[e] + 1]++;
  for (let v = 0; v < n; v++) off[v + 1] += off[v];
  const fill = off.slice(0, n);
  const idx = new Int32Array(m);
  for (let e = 0; e < m; e++) idx[fill[key[e]]++] = e;
  return { off, idx };
}

/** The network as flat arrays (links sorted by successor), shared by the passes. */
interface Net {
  n: number;
  tasks: ReadonlyArray<CpmTask>;
  cals: WorkingCalendar[];
  inOff: Int32Array;
  from: Int32Array;
  type: Uint8Array;
  lag: Int32Array;
  ignored: Uint8Array;
  anyIgnored: boolean;
  /** Every link goes from a row to a later one (self-loops aside): row order is topological. */
  rowOrder: boolean;
  /** Topological order, filled by the forward pass. */
  order: Int32Array;
  dur: Int32Array;
  state: Uint8Array;
  hasWork: Uint8Array;
  grp: Int32Array;
  nbOrd: Int32Array;
  dlOrd: Int32Array;
  es: Int32Array;
  ef: Int32Array;
  ls: Int32Array;
  lf: Int32Array;
  start: Int32Array;
  finish: Int32Array;
  lateStart: Int32Array;
  lateFinish: Int32Array;
  driver: Int32Array;
  boundStart: Int32Array;
  totalFloat: Int32Array;
  critical: Uint8Array;
}

/**
 * Schedules a network: early and late dates, total float, critical flags, what drove each task and
 * the dependency loops. `links` refer to `tasks` by index; links between tasks of different groups
 * are the caller's error (their lags would count on another calendar).
 */
export function scheduleNetwork(tasks: ReadonlyArray<CpmTask>, links: ReadonlyArray<CpmLink>, options: CpmOptions): CpmResult {
  const n = tasks.length;
  const m = links.length;

  // Links are stored sorted by successor (CSR over incoming edges): edge q of task v is in
  // [inOff[v], inOff[v + 1]). The passes then read predecessor, type and lag sequentially.
  // Links listed successor by successor (as rows list their predecessors, the usual case) are
  // already in that order: one pass over the link objects copies them (edge q is link q). Otherwise a
  // counting sort places them, and `linkOf` maps edges back to links.
  const inOff = new Int32Array(n + 1);
  const from = new Int32Array(m);
  const type = new Uint8Array(m);
  const lag = new Int32Array(m);
  const ignored = new Uint8Array(m);
  const cycles: number[][] = [];
  const inLoop = new Uint8Array(n);
  // Rows usually list tasks after their predecessors: then row order is a topological order.
  let rowOrder = true;
  const place = (l: CpmLink, q: number): void => {
    const f = l.from;
    const to = l.to;
    from[q] = f;
    type[q] = typeCode(l.type);
    lag[q] = l.lag;
    if (f >= to) {
      if (f === to) {
        ignored[q] = 1;
        cycles.push([f]);
        inLoop[f] = 1;
      } else rowOrder = false;
    }
  };
  let sorted = true;
  for (let e = 0, prev = 0; e < m; e++) {
    const l = links[e];
    const to = l.to;
    if (to < prev) {
      sorted = false;
      break;
    }
    prev = to;
    inOff[to + 1]++;
    place(l, e);
  }
  let linkOf: Int32Array | undefined;
  if (!sorted) {
    inOff.fill(0);
    ignored.fill(0);
    inLoop.fill(0);
    cycles.length = 0;
    rowOrder = true;
    for (let e = 0; e < m; e++) inOff[links[e].to + 1]++;
  }
  for (let v = 0; v < n; v++) inOff[v + 1] += inOff[v];
  if (!sorted) {
    const fill = inOff.slice(0, n);
    linkOf = new Int32Array(m);
    for (let e = 0; e < m; e++) {
      const l = links[e];
      const q = fill[l.to]++;
      place(l, q);
      linkOf[q] = e;
    }
  }

  // Task fields copied once into flat arrays: the passes then touch the task objects only for the
  // rare tasks with actuals or a resource calendar.
  // The per-task integer arrays are slices of one buffer: one allocation instead of sixteen.
  const ints = new Int32Array(16 * n);
  let slot = 0;
  const column = (): Int32Array => ints.subarray(n * slot, n * ++slot);
  const bytes = new Uint8Array(3 * n);
  const net: Net = {
    n,
    tasks,
    cals: new Array<WorkingCalendar>(n),
    inOff,
    from,
    type,
    lag,
    ignored,
    anyIgnored: cycles.length > 0,
    rowOrder,
    order: column(),
    dur: column(),
    state: bytes.subarray(0, n),
    hasWork: bytes.subarray(n, 2 * n),
    grp: column(),
    nbOrd: column(),
    dlOrd: column(),
    es: column(),
    ef: column(),
    ls: column(),
    lf: column(),
    start: column(),
    finish: column(),
    lateStart: column(),
    lateFinish: column(),
    driver: column(),
    boundStart: column(),
    totalFloat: column(),
    critical: bytes.subarray(2 * n),
  };
  const groups = copyTasks(net);
  // Early dates in one depth-first walk over the incoming edges, which also yields the topological
  // order. Only when it meets a loop is the outgoing adjacency built, to find and break the loops.
  if (!forwardPass(net, options.today)) {
    const to = new Int32Array(m);
    for (let v = 0; v < n; v++) for (let q = inOff[v]; q < inOff[v + 1]; q++) to[q] = v;
    const inc = { off: inOff, idx: Int32Array.from({ length: m }, (_, q) => q) };
    const out = csr(n, from, m);
    for (const loop of breakCycles(n, kahn(n, inc, out, to, ignored), out, to, ignored)) {
      cycles.push(loop.path);
      for (const v of loop.members) inLoop[v] = 1;
    }
    net.anyIgnored = true;
    forwardPass(net, options.today);
  }
  const order = net.order;
  const groupEnd = groupEnds(net, groups, options.groupFinish);
  backwardPass(net, groupEnd);

  // Edge positions back to the caller's link indices.
  const driver = net.driver;
  let ignoredLink = ignored;
  if (linkOf !== undefined) {
    for (let i = 0; i < n; i++) if (driver[i] >= 0) driver[i] = linkOf[driver[i]];
    ignoredLink = new Uint8Array(m);
    if (net.anyIgnored) for (let q = 0; q < m; q++) if (ignored[q]) ignoredLink[linkOf[q]] = 1;
  }

  return {
    start: net.start,
    finish: net.finish,
    lateStart: net.lateStart,
    lateFinish: net.lateFinish,
    es: net.es,
    ef: net.ef,
    ls: net.ls,
    lf: net.lf,
    totalFloat: net.totalFloat,
    critical: net.critical,
    driver,
    boundStart: net.boundStart,
    order,
    cycles,
    inLoop,
    ignoredLink,
  };
}

/** Copies the task fields into the flat arrays; returns the number of groups. */
function copyTasks(net: Net): number {
  const { n, tasks, cals, dur, state, hasWork, grp, nbOrd, dlOrd } = net;
  let groups = 0;
  for (let i = 0; i < n; i++) {
    const t = tasks[i];
    const cal = t.calendar;
    cals[i] = cal;
    dur[i] = t.duration;
    const a = t.actual;
    state[i] = a === undefined ? NOT_STARTED : a.kind === "done" ? DONE : STARTED;
    hasWork[i] = t.workCalendar !== undefined && t.duration > 0 ? 1 : 0;
    const g = t.group;
    grp[i] = g;
    if (g >= groups) groups = g + 1;
    nbOrd[i] = t.notBefore === undefined ? NEG : cal.ordinalOnOrAfter(t.notBefore);
    dlOrd[i] = t.deadline === undefined ? POS : cal.ordinalOnOrBefore(t.deadline);
  }
  return groups;
}

/**
 * Early dates. Rows usually list tasks after their predecessors: then one loop in row order is the
 * topological order. Otherwise a depth-first walk over incoming edges finalises a task once all its
 * predecessors are, which also writes the topological order into `net.order`; each edge is looked at
 * twice (to descend, then to apply its constraint). Returns false when a loop is met.
 */
function forwardPass(net: Net, today: DayNumber): boolean {
  const w = walkState(net, today);
  return net.rowOrder ? rowOrderWalk(net, w) : depthFirstWalk(net, w);
}

/** The walk's scratch space and today's ordinal on the calendar last asked (tasks of one production come together). */
interface Walk {
  today: DayNumber;
  todayCal: WorkingCalendar | undefined;
  todayOrd: number;
  /** Start and finish lower bounds of each task, and the link (or DRIVER_*) that set them. */
  slb: Int32Array;
  flb: Int32Array;
  sDrv: Int32Array;
  fDrv: Int32Array;
}

function walkState(net: Net, today: DayNumber): Walk {
  // Scratch space without allocating: arrays the backward pass fills later (for every task) serve the
  // walk: bounds in `ls`/`lf`, their drivers in `driver` (final once the task is done) and `lateStart`.
  return { today, todayCal: undefined, todayOrd: 0, slb: net.ls, flb: net.lf, sDrv: net.driver, fDrv: net.lateStart };
}

function rowOrderWalk(net: Net, w: Walk): true {
  const { n, order, inOff, type, ignored, anyIgnored } = net;
  for (let i = 0; i < n; i++) {
    let slb = NEG;
    let flb = NEG;
    let sDrv = DRIVER_NONE;
    let fDrv = DRIVER_NONE;
    for (let e = inOff[i], ee = inOff[i + 1]; e < ee; e++) {
      if (anyIgnored && ignored[e] === 1) continue;
      const v = edgeBound(net, i, e);
      if (type[e] <= SS) {
        if (v > slb) {
          slb = v;
          sDrv = e;
        }
      } else if (v > flb) {
        flb = v;
        fDrv = e;
      }
    }
    order[i] = i;
    finalise(net, w, i, slb, flb, sDrv, fDrv);
  }
  return true;
}

function depthFirstWalk(net: Net, w: Walk): boolean {
  const { n, order, inOff, from, ignored, anyIgnored } = net;
  // The stack and the marks, in arrays the backward pass fills later too.
  const mark = net.critical; // 0 new, 1 on the stack, 2 done
  mark.fill(0);
  const stackNode = net.totalFloat;
  const stackPos = net.lateFinish;
  let k = 0;
  for (let root = 0; root < n; root++) {
    if (mark[root] !== 0) continue;
    let sp = 1;
    stackNode[0] = root;
    stackPos[0] = inOff[root];
    mark[root] = 1;
    startBounds(w, root);
    while (sp > 0) {
      const i = stackNode[sp - 1];
      const e = stackPos[sp - 1];
      if (e < inOff[i + 1]) {
        if (anyIgnored && ignored[e] === 1) {
          stackPos[sp - 1] = e + 1;
          continue;
        }
        const p = from[e];
        const mp = mark[p];
        if (mp === 0) {
          // Descend; this edge is applied when we come back to it.
          mark[p] = 1;
          stackNode[sp] = p;
          stackPos[sp] = inOff[p];
          startBounds(w, p);
          sp++;
          continue;
        }
        if (mp === 1) return false;
        stackPos[sp - 1] = e + 1;
        const v = edgeBound(net, i, e);
        if (net.type[e] <= SS) {
          if (v > w.slb[i]) {
            w.slb[i] = v;
            w.sDrv[i] = e;
          }
        } else if (v > w.flb[i]) {
          w.flb[i] = v;
          w.fDrv[i] = e;
        }
        continue;
      }
      // All predecessors done: finalise task i.
      sp--;
      mark[i] = 2;
      order[k++] = i;
      finalise(net, w, i, w.slb[i], w.flb[i], w.sDrv[i], w.fDrv[i]);
    }
  }
  return true;
}

function startBounds(w: Walk, i: number): void {
  w.slb[i] = NEG;
  w.flb[i] = NEG;
  w.sDrv[i] = DRIVER_NONE;
  w.fDrv[i] = DRIVER_NONE;
}

/** The earliest start (FS, SS) or finish (FF, SF) that link `e`, from a finalised predecessor, allows task i. */
function edgeBound(net: Net, i: number, e: number): number {
  const p = net.from[e];
  const ty = net.type[e];
  if (ty === FS) return net.ef[p] + (net.dur[i] === 0 ? 0 : 1) + net.lag[e];
  if (ty === SS) return net.es[p] + net.lag[e];
  return (ty === FF ? net.ef[p] : net.es[p] - 1) + net.lag[e];
}

/** Task i's early dates once all its predecessors are known. */
function finalise(net: Net, w: Walk, i: number, startBound: number, flb: number, startDriver: number, fDrv: number): void {
  const cal = net.cals[i];
  const d = net.dur[i];
  const ms = d === 0;
  let slb = startBound;
  let sDrv = startDriver;
  if (net.nbOrd[i] > slb) {
    slb = net.nbOrd[i];
    sDrv = DRIVER_NOT_BEFORE;
  }
  if (cal !== w.todayCal) {
    w.todayCal = cal;
    w.todayOrd = cal.ordinalOnOrAfter(w.today);
  }
  if (net.state[i] !== NOT_STARTED) {
    withActuals(net, i, slb, flb, w.todayOrd, w.today);
    return;
  }
  if (w.todayOrd > slb) {
    slb = w.todayOrd;
    sDrv = DRIVER_TODAY;
  }
  const fromFinish = ms ? flb : flb - d + 1;
  const v = fromFinish > slb ? fromFinish : slb;
  net.driver[i] = fromFinish > slb ? fDrv : sDrv;
  net.boundStart[i] = v;
  if (net.hasWork[i] === 1) {
    onWorkCalendar(net, i, slb, flb);
    return;
  }
  net.es[i] = v;
  const f = ms ? v : v + d - 1;
  net.ef[i] = f;
  const sDay = cal.dayAt(v);
  net.start[i] = sDay;
  net.finish[i] = ms ? sDay : cal.dayAt(f);
}

/** A task whose resources have unavailable days: its duration counts on their calendar. */
function onWorkCalendar(net: Net, i: number, slb: number, flb: number): void {
  const cal = net.cals[i];
  const w = net.tasks[i].workCalendar as WorkingCalendar;
  const d = net.dur[i];
  let sOrd = w.ordinalOnOrAfter(cal.dayAt(slb));
  if (flb !== NEG) {
    const s2 = w.ordinalOnOrAfter(cal.dayAt(flb)) - d + 1;
    if (s2 > sOrd) sOrd = s2;
  }
  const sDay = w.dayAt(sOrd);
  const fDay = w.dayAt(sOrd + d - 1);
  net.es[i] = cal.ordinalOnOrAfter(sDay);
  net.ef[i] = cal.ordinalOnOrAfter(fDay);
  net.start[i] = sDay;
  net.finish[i] = fDay;
}

/** A finished task keeps its real dates; a started one its real start, and ends after its remaining work. */
function withActuals(net: Net, i: number, slb: number, flb: number, todayOrd: number, today: DayNumber): void {
  const cal = net.cals[i];
  const t = net.tasks[i];
  const { es, ef, start, finish } = net;
  net.driver[i] = DRIVER_ACTUAL;
  if (net.state[i] === DONE) {
    const a = t.actual as { kind: "done"; start: DayNumber; finish: DayNumber };
    ef[i] = cal.ordinalOnOrBefore(a.finish);
    es[i] = Math.min(cal.ordinalOnOrAfter(a.start), ef[i]);
    start[i] = a.start;
    finish[i] = a.finish;
  } else {
    const a = t.actual as { kind: "started"; start?: DayNumber; remaining: number };
    const w = t.workCalendar ?? cal;
    const s = a.start !== undefined ? cal.ordinalOnOrAfter(a.start) : Math.min(slb === NEG ? todayOrd : slb, todayOrd);
    let fDay = w.dayAt(w.ordinalOnOrAfter(today) + Math.max(1, a.remaining) - 1);
    let f = cal.ordinalOnOrAfter(fDay);
    if (flb > f) {
      fDay = w.nextWorkingDay(cal.dayAt(flb));
      f = cal.ordinalOnOrAfter(fDay);
    }
    es[i] = Math.min(s, f);
    ef[i] = f;
    start[i] = a.start ?? cal.dayAt(es[i]);
    finish[i] = fDay;
  }
  net.boundStart[i] = es[i];
}

/** Late finish of the tasks without successors, per group: given, or the group's latest early finish. */
function groupEnds(net: Net, groups: number, given: ReadonlyArray<DayNumber | undefined> | undefined): Int32Array {
  const { n, grp, ef, cals } = net;
  const groupEnd = new Int32Array(groups).fill(NEG);
  const fixed = new Uint8Array(groups);
  if (given) {
    for (let i = 0; i < n; i++) {
      const g = grp[i];
      const day = given[g];
      if (fixed[g] === 0 && day !== undefined) {
        groupEnd[g] = cals[i].ordinalOnOrBefore(day);
        fixed[g] = 1;
      }
    }
  }
  for (let i = 0; i < n; i++) {
    const g = grp[i];
    if (fixed[g] === 0 && ef[i] > groupEnd[g]) groupEnd[g] = ef[i];
  }
  return groupEnd;
}

/**
 * Late dates, in reverse topological order. Upper bounds are pushed from each task to its
 * predecessors through the incoming edges, so no outgoing adjacency is needed.
 */
function backwardPass(net: Net, groupEnd: Int32Array): void {
  const { n, order, cals, dur, state, hasWork, grp, dlOrd, inOff, from, type, lag, ignored, anyIgnored } = net;
  const { es, ef, ls, lf, start, finish, lateStart, lateFinish, totalFloat, critical } = net;
  // Upper bounds of finish and start, in arrays only the forward pass needed (deadline and
  // not-before ordinals): the deadline becomes the first finish bound in place.
  const fubA = dlOrd;
  const subA = net.nbOrd.fill(POS);
  for (let i = 0; i < n; i++) {
    const v = groupEnd[grp[i]];
    if (v < fubA[i]) fubA[i] = v;
  }
  for (let k = n - 1; k >= 0; k--) {
    const i = order[k];
    const st = state[i];
    if (st === DONE) {
      // History: its dates are real, and it constrains nothing before it.
      ls[i] = es[i];
      lf[i] = ef[i];
      lateStart[i] = start[i];
      lateFinish[i] = finish[i];
      totalFloat[i] = 0; // (these held the forward walk's scratch)
      critical[i] = 0;
      continue;
    }
    const cal = cals[i];
    const d = dur[i];
    const ms = d === 0;
    const fub = fubA[i];
    const sub = subA[i];
    if (st === STARTED) {
      lf[i] = fub;
      ls[i] = es[i] + (fub - ef[i]);
    } else if (hasWork[i] === 1) {
      lateOnWorkCalendar(net, i, fub, sub);
    } else if (ms) {
      ls[i] = lf[i] = sub < fub ? sub : fub;
    } else {
      const fromStart = sub === POS ? POS : sub + d - 1;
      const f = fromStart < fub ? fromStart : fub;
      lf[i] = f;
      ls[i] = f - d + 1;
    }
    const lsS = ls[i];
    const lfS = lf[i];
    lateStart[i] = cal.dayAt(lsS);
    lateFinish[i] = ms ? lateStart[i] : cal.dayAt(lfS);
    const tf = lfS - ef[i];
    totalFloat[i] = tf;
    critical[i] = tf <= 0 ? 1 : 0;

    const fsGap = ms ? 0 : 1;
    const started = st === STARTED;
    for (let e = inOff[i], ee = inOff[i + 1]; e < ee; e++) {
      if (anyIgnored && ignored[e] === 1) continue;
      const p = from[e];
      const ty = type[e];
      if (ty === FS || ty === SS) {
        if (started) continue; // a started task's start is history: only its finish binds (FF, SF)
        const v = lsS - lag[e] - (ty === FS ? fsGap : 0);
        if (ty === FS) {
          if (v < fubA[p]) fubA[p] = v;
        } else if (v < subA[p]) subA[p] = v;
      } else if (ty === FF) {
        const v = lfS - lag[e];
        if (v < fubA[p]) fubA[p] = v;
      } else {
        const v = lfS + 1 - lag[e];
        if (v < subA[p]) subA[p] = v;
      }
    }
  }
}

function lateOnWorkCalendar(net: Net, i: number, fub: number, sub: number): void {
  const cal = net.cals[i];
  const w = net.tasks[i].workCalendar as WorkingCalendar;
  const d = net.dur[i];
  let fOrd = w.ordinalOnOrBefore(cal.dayAt(fub));
  if (sub !== POS) {
    const f2 = w.ordinalOnOrBefore(cal.dayAt(sub)) + d - 1;
    if (f2 < fOrd) fOrd = f2;
  }
  net.lf[i] = cal.ordinalOnOrAfter(w.dayAt(fOrd));
  net.ls[i] = cal.ordinalOnOrAfter(w.dayAt(fOrd - d + 1));
}

/** Kahn's topological sort over the links not ignored; returns the nodes it could order. */
function kahn(
  n: number,
  inc: { off: Int32Array; idx: Int32Array },
  out: { off: Int32Array; idx: Int32Array },
  to: Int32Array,
  ignored: Uint8Array,
): Int32Array {
  const indeg = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    let c = 0;
    for (let q = inc.off[v], qe = inc.off[v + 1]; q < qe; q++) if (!ignored[inc.idx[q]]) c++;
    indeg[v] = c;
  }
  const order = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let v = 0; v < n; v++) if (indeg[v] === 0) order[tail++] = v;
  while (head < tail) {
    const v = order[head++];
    for (let q = out.off[v], qe = out.off[v + 1]; q < qe; q++) {
      const e = out.idx[q];
      if (ignored[e]) continue;
      if (--indeg[to[e]] === 0) order[tail++] = to[e];
    }
  }
  return tail === n ? order : order.slice(0, tail);
}

/**
 * Finds the strongly connected components among the nodes Kahn could not order (Tarjan, iterative),
 * marks the links inside each as ignored and returns one readable loop per component.
 */
function breakCycles(
  n: number,
  ordered: Int32Array,
  out: { off: Int32Array; idx: Int32Array },
  to: Int32Array,
  ignored: Uint8Array,
): Array<{ path: number[]; members: number[] }> {
  const done = new Uint8Array(n);
  for (const v of ordered) done[v] = 1;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const comp = new Int32Array(n).fill(-1);
  const components: number[][] = [];
  let counter = 0;
  const callStack: Array<{ v: number; q: number }> = [];

  for (let root = 0; root < n; root++) {
    if (done[root] || index[root] !== -1) continue;
    callStack.push({ v: root, q: out.off[root] });
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (callStack.length > 0) {
      const frame = callStack[callStack.length - 1];
      const v = frame.v;
      if (frame.q < out.off[v + 1]) {
        const e = out.idx[frame.q++];
        if (ignored[e]) continue;
        const w = to[e];
        if (done[w]) continue;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          callStack.push({ v: w, q: out.off[w] });
        } else if (onStack[w] && index[w] < low[v]) {
          low[v] = index[w];
        }
        continue;
      }
      callStack.pop();
      if (callStack.length > 0) {
        const parent = callStack[callStack.length - 1].v;
        if (low[v] < low[parent]) low[parent] = low[v];
      }
      if (low[v] === index[v]) {
        const members: number[] = [];
        let w: number;
        do {
          w = stack.pop() as number;
          onStack[w] = 0;
          comp[w] = components.length;
          members.push(w);
        } while (w !== v);
        components.push(members);
      }
    }
  }

  const loops: Array<{ path: number[]; members: number[] }> = [];
  for (let c = 0; c < components.length; c++) {
    const members = components[c];
    if (members.length < 2) continue;
    // The shortest loop through the component's first task (in input order), by BFS.
    const rootTask = Math.min(...members);
    const prev = new Map<number, number>();
    const queue = [rootTask];
    let closing = -1;
    for (let h = 0; h < queue.length && closing < 0; h++) {
      const v = queue[h];
      for (let q = out.off[v], qe = out.off[v + 1]; q < qe; q++) {
        const e = out.idx[q];
        if (ignored[e]) continue;
        const w = to[e];
        if (comp[w] !== c) continue;
        if (w === rootTask) {
          closing = v;
          break;
        }
        if (!prev.has(w)) {
          prev.set(w, v);
          queue.push(w);
        }
      }
    }
    const path: number[] = [];
    for (let v = closing; v !== rootTask; v = prev.get(v) as number) path.push(v);
    path.push(rootTask);
    path.reverse();
    loops.push({ path, members });
    for (const v of members) {
      for (let q = out.off[v], qe = out.off[v + 1]; q < qe; q++) {
        const e = out.idx[q];
        if (comp[to[e]] === c) ignored[e] = 1;
      }
    }
  }
  return loops;
}

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
 * when it meets a loop, `cycles.ts` finds every loop (Kahn's algorithm, then Tarjan's strongly
 * connected components), whose links are then ignored (each loop is reported) so that the rest of the
 * plan still schedules.
 * The backward pass pushes bounds to predecessors through the same incoming edges.
 */

import { WorkingCalendar } from "../calendar/workingCalendar";
import { DayNumber } from "../dates/civil";
import { breakLoops } from "./cycles";
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

/**
 * The links sorted by successor (CSR over incoming edges): edge q of task v is in
 * [inOff[v], inOff[v + 1]). The passes then read predecessor, type and lag sequentially.
 */
interface LinksBySuccessor {
  inOff: Int32Array;
  from: Int32Array;
  type: Uint8Array;
  lag: Int32Array;
  /** 1 for an edge that closes a loop (a self-link at once, the others once the loops are broken). */
  ignored: Uint8Array;
  cycles: number[][];
  inLoop: Uint8Array;
  /** Every link goes from a row to a later one (self-loops aside): row order is topological. */
  rowOrder: boolean;
  /** Edge → caller's link index, when the links had to be sorted (undefined: edge q is link q). */
  linkOf?: Int32Array;
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
  const byTask = linksBySuccessor(tasks.length, links);
  const net = flatNetwork(tasks, byTask);
  const groups = copyTasks(net);
  if (!forwardPass(net, options.today)) {
    breakNetworkLoops(net, byTask);
    forwardPass(net, options.today);
  }
  backwardPass(net, groupEnds(net, groups, options.groupFinish));
  const { driver, ignoredLink } = toLinkIndices(net, byTask, links.length);
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
    order: net.order,
    cycles: byTask.cycles,
    inLoop: byTask.inLoop,
    ignoredLink,
  };
}

/**
 * Phase 1: the links as edges sorted by successor. Links listed successor by successor (as rows list
 * their predecessors, the usual case) are already in that order: one pass over the link objects copies
 * them (edge q is link q). Otherwise a counting sort places them, and `linkOf` maps edges back to links.
 */
function linksBySuccessor(n: number, links: ReadonlyArray<CpmLink>): LinksBySuccessor {
  const m = links.length;
  const s: LinksBySuccessor = {
    inOff: new Int32Array(n + 1),
    from: new Int32Array(m),
    type: new Uint8Array(m),
    lag: new Int32Array(m),
    ignored: new Uint8Array(m),
    cycles: [],
    inLoop: new Uint8Array(n),
    // Rows usually list tasks after their predecessors: then row order is a topological order.
    rowOrder: true,
  };
  const inOff = s.inOff;
  if (copyInSuccessorOrder(s, links)) {
    for (let v = 0; v < n; v++) inOff[v + 1] += inOff[v];
    return s;
  }
  // Start again from empty arrays (reused: the copy may have filled part of them).
  inOff.fill(0);
  s.ignored.fill(0);
  s.inLoop.fill(0);
  s.cycles.length = 0;
  s.rowOrder = true;
  for (let e = 0; e < m; e++) inOff[links[e].to + 1]++;
  for (let v = 0; v < n; v++) inOff[v + 1] += inOff[v];
  const fill = inOff.slice(0, n);
  const linkOf = new Int32Array(m);
  for (let e = 0; e < m; e++) {
    const l = links[e];
    const q = fill[l.to]++;
    placeLink(s, l, q);
    linkOf[q] = e;
  }
  s.linkOf = linkOf;
  return s;
}

/** Copies the links as edges in their order while they are sorted by successor (counting them in `inOff`); false at the first that is not. */
function copyInSuccessorOrder(s: LinksBySuccessor, links: ReadonlyArray<CpmLink>): boolean {
  for (let e = 0, prev = 0; e < links.length; e++) {
    const l = links[e];
    const to = l.to;
    if (to < prev) return false;
    prev = to;
    s.inOff[to + 1]++;
    placeLink(s, l, e);
  }
  return true;
}

/** Link `l` as edge q; a task that is its own predecessor is a loop at once. */
function placeLink(s: LinksBySuccessor, l: CpmLink, q: number): void {
  const f = l.from;
  const to = l.to;
  s.from[q] = f;
  s.type[q] = typeCode(l.type);
  s.lag[q] = l.lag;
  if (f >= to) {
    if (f === to) {
      s.ignored[q] = 1;
      s.cycles.push([f]);
      s.inLoop[f] = 1;
    } else s.rowOrder = false;
  }
}

/**
 * Phase 2: the network's flat arrays. Task fields are copied once into them (`copyTasks`): the passes
 * then touch the task objects only for the rare tasks with actuals or a resource calendar. The
 * per-task integer arrays are slices of one buffer: one allocation instead of sixteen.
 */
function flatNetwork(tasks: ReadonlyArray<CpmTask>, byTask: LinksBySuccessor): Net {
  const n = tasks.length;
  const ints = new Int32Array(16 * n);
  let slot = 0;
  const column = (): Int32Array => ints.subarray(n * slot, n * ++slot);
  const bytes = new Uint8Array(3 * n);
  return {
    n,
    tasks,
    cals: new Array<WorkingCalendar>(n),
    inOff: byTask.inOff,
    from: byTask.from,
    type: byTask.type,
    lag: byTask.lag,
    ignored: byTask.ignored,
    anyIgnored: byTask.cycles.length > 0,
    rowOrder: byTask.rowOrder,
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
}

/**
 * When the forward walk meets a loop: the loops are found and their links ignored (`cycles.ts`), each
 * reported with its tasks. Done only then, as the outgoing adjacency it needs costs a pass over links.
 */
function breakNetworkLoops(net: Net, byTask: LinksBySuccessor): void {
  for (const loop of breakLoops(net.n, byTask.inOff, byTask.from, byTask.ignored)) {
    byTask.cycles.push(loop.path);
    for (const v of loop.members) byTask.inLoop[v] = 1;
  }
  net.anyIgnored = true;
}

/** Last phase: edge positions back to the caller's link indices (drivers and ignored links). */
function toLinkIndices(net: Net, byTask: LinksBySuccessor, m: number): { driver: Int32Array; ignoredLink: Uint8Array } {
  const { driver, n } = net;
  const linkOf = byTask.linkOf;
  if (linkOf === undefined) return { driver, ignoredLink: byTask.ignored };
  for (let i = 0; i < n; i++) if (driver[i] >= 0) driver[i] = linkOf[driver[i]];
  const ignoredLink = new Uint8Array(m);
  if (net.anyIgnored) for (let q = 0; q < m; q++) if (byTask.ignored[q]) ignoredLink[linkOf[q]] = 1;
  return { driver, ignoredLink };
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

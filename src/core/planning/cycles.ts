/**
 * Dependency loops of a planning network, found only when the scheduler's forward walk meets one
 * (`schedule.ts`): Kahn's topological sort sets aside every task that is not on or behind a loop,
 * Tarjan's strongly connected components (iterative) group the rest, and each component of two tasks
 * or more is reported as its shortest readable loop while all its inner links are ignored, so that the
 * rest of the plan still schedules. Linear in tasks + links.
 *
 * The network comes as the scheduler stores it: links sorted by successor, edge q of task v in
 * [inOff[v], inOff[v + 1]), its predecessor in `from[q]`.
 */

/** Compressed adjacency (CSR): edges of node v are idx[off[v] .. off[v+1]). */
interface Adjacency {
  off: Int32Array;
  idx: Int32Array;
}

/** One loop to report: its tasks in link order, and every task of its strongly connected component. */
export interface Loop {
  path: number[];
  members: number[];
}

/** The outgoing view of the network, built only when there is a loop to break. */
interface OutgoingNet {
  n: number;
  out: Adjacency;
  /** Successor of each edge. */
  to: Int32Array;
  /** 1 for an edge already ignored; the loops' inner edges are marked here. */
  ignored: Uint8Array;
}

/**
 * Finds every loop among the links not yet ignored, marks the links inside each loop's component as
 * ignored (in `ignored`, indexed like `from`) and returns one loop per component.
 */
export function breakLoops(n: number, inOff: Int32Array, from: Int32Array, ignored: Uint8Array): Loop[] {
  const m = from.length;
  const to = new Int32Array(m);
  for (let v = 0; v < n; v++) for (let q = inOff[v]; q < inOff[v + 1]; q++) to[q] = v;
  const net: OutgoingNet = { n, out: csr(n, from, m), to, ignored };
  const ordered = kahn(net, inOff);
  const { comp, components } = stronglyConnected(net, ordered);
  const loops: Loop[] = [];
  for (let c = 0; c < components.length; c++) {
    const members = components[c];
    if (members.length < 2) continue;
    loops.push({ path: shortestLoop(net, comp, c, members), members });
    ignoreInnerLinks(net, comp, c, members);
  }
  return loops;
}

/** Compressed adjacency of the edges keyed by `key` (here: outgoing edges, keyed by predecessor). */
function csr(n: number, key: Int32Array, m: number): Adjacency {
  const off = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) off[key[e] + 1]++;
  for (let v = 0; v < n; v++) off[v + 1] += off[v];
  const fill = off.slice(0, n);
  const idx = new Int32Array(m);
  for (let e = 0; e < m; e++) idx[fill[key[e]]++] = e;
  return { off, idx };
}

/** Kahn's topological sort over the links not ignored; returns the nodes it could order. */
function kahn(net: OutgoingNet, inOff: Int32Array): Int32Array {
  const { n, out, to, ignored } = net;
  const indeg = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    let c = 0;
    for (let q = inOff[v], qe = inOff[v + 1]; q < qe; q++) if (!ignored[q]) c++;
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
 * Tarjan's strongly connected components (iterative, so that a long chain cannot overflow the call
 * stack) among the nodes Kahn could not order. Returns each node's component (−1 for ordered nodes)
 * and the components' members.
 */
function stronglyConnected(net: OutgoingNet, ordered: Int32Array): { comp: Int32Array; components: number[][] } {
  const { n, out, to, ignored } = net;
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
  const visit = (v: number): void => {
    index[v] = low[v] = counter++;
    stack.push(v);
    onStack[v] = 1;
    callStack.push({ v, q: out.off[v] });
  };

  for (let root = 0; root < n; root++) {
    if (done[root] || index[root] !== -1) continue;
    visit(root);
    while (callStack.length > 0) {
      const frame = callStack[callStack.length - 1];
      const v = frame.v;
      if (frame.q < out.off[v + 1]) {
        const e = out.idx[frame.q++];
        if (ignored[e]) continue;
        const w = to[e];
        if (done[w]) continue;
        if (index[w] === -1) visit(w);
        else if (onStack[w] && index[w] < low[v]) low[v] = index[w];
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
  return { comp, components };
}

/** The shortest loop through the component's first task (in input order), by breadth-first search. */
function shortestLoop(net: OutgoingNet, comp: Int32Array, c: number, members: number[]): number[] {
  const { out, to, ignored } = net;
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
  return path.reverse();
}

/** Every link inside the component is ignored: the component then schedules as if unlinked inside. */
function ignoreInnerLinks(net: OutgoingNet, comp: Int32Array, c: number, members: number[]): void {
  const { out, to, ignored } = net;
  for (const v of members) {
    for (let q = out.off[v], qe = out.off[v + 1]; q < qe; q++) {
      const e = out.idx[q];
      if (comp[to[e]] === c) ignored[e] = 1;
    }
  }
}

/**
 * Sync accounting and the request-size budget of the Office.js host.
 *
 * Excel on the web refuses any request or response above 5 MB (`RequestPayloadSizeLimitExceeded`,
 * `ResponsePayloadSizeLimitExceeded`; docs/concepts/resource-limits-and-performance-optimization.md).
 * The payload counts the API calls, the proxy objects and the values, so the host estimates the JSON
 * it queues and syncs early only when the next write would cross the budget: a normal command writes in
 * one sync, a very large one in a few.
 */

/** Our budget per request: 5 MB minus a margin for what the estimate does not see (ids, paths). */
export const REQUEST_BUDGET = 4_000_000;
/** Same for responses (loads). */
export const RESPONSE_BUDGET = 4_000_000;
/** Fixed cost of one action (object path, property name, ids) in office.js' JSON. */
export const ACTION_BYTES = 200;

/** UTF-8 byte length of a string, without allocating a buffer (payloads can be megabytes). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Estimated bytes of a value in the request or response JSON. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "null");
}

export interface SyncCount {
  readonly count: number;
}

/**
 * Counts the syncs of a request context (the budget of a command is 3, asserted in tests and returned
 * to the pane). The host modules call `context.sync()` themselves, as office.js code is written and as
 * eslint-plugin-office-addins checks; the counter wraps that one method of this context instance.
 */
export function countSyncs(context: Excel.RequestContext): SyncCount {
  const counter = { count: 0 };
  const original = context.sync.bind(context);
  context.sync = (<T>(passThroughValue?: T): Promise<T> => {
    counter.count++;
    return original(passThroughValue);
  }) as typeof context.sync;
  return counter;
}

/**
 * Queues writes under the request budget. `reserve(bytes)` before queueing a write: when the request
 * would exceed the budget, what is queued is synced first (so only very large patches take more than
 * one write sync). Each write request starts with `suspendApiCalculationUntilNextSync` (ExcelApi 1.6):
 * Excel recalculates once after the batch instead of after every range.
 */
export class WriteBatch {
  private bytes = 0;
  private open = false;
  /** Estimated size of each write request sent (for tests and the apply summary). */
  readonly requests: number[] = [];

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget = REQUEST_BUDGET,
  ) {}

  get budgetBytes(): number {
    return this.budget;
  }

  async reserve(bytes: number): Promise<void> {
    if (this.open && this.bytes + bytes + ACTION_BYTES > this.budget) await this.flush();
    if (!this.open) {
      this.context.application.suspendApiCalculationUntilNextSync();
      this.open = true;
      this.bytes = ACTION_BYTES;
    }
    this.bytes += bytes + ACTION_BYTES;
  }

  /** Sends what is queued (nothing when nothing was reserved). */
  async flush(): Promise<void> {
    if (!this.open) return;
    this.requests.push(this.bytes);
    this.open = false;
    this.bytes = 0;
    // Syncing here is the chunking the 5 MB limit requires, not a sync per item: it happens only
    // when the budget is full, and once at the end.
    await this.context.sync();
  }
}

/** Splits `count` items into consecutive slices whose estimated bytes stay under `budget`. */
export function slices(count: number, bytesOf: (i: number) => number, budget: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const b = bytesOf(i);
    if (i > start && bytes + b > budget) {
      out.push({ start, end: i });
      start = i;
      bytes = 0;
    }
    bytes += b;
  }
  if (count > start) out.push({ start, end: count });
  return out;
}

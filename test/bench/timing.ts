/** Wall-clock time of a piece of work, in milliseconds (process.hrtime: monotonic, sub-microsecond). */
export function elapsedMs(work: () => unknown): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function elapsedMsAsync(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

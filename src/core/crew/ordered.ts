/**
 * Lists that are almost always in order already (the days of a week, of a pay line): V8's sort copies
 * the list into a work array even when it is sorted, and on a year's workbook those copies were
 * 23 MB of the crew step's 358 MB of garbage. A list found in order is left as it is, which is what
 * a stable sort would give.
 */
export function isSortedBy<T>(list: readonly T[], key: (item: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (key(list[i - 1]) > key(list[i])) return false;
  return true;
}

const byNumber = (n: number) => n;

/** Numbers (days) in increasing order, sorted in place only when they are not. */
export function sortNumbers<T extends number>(list: T[]): T[] {
  return isSortedBy(list, byNumber) ? list : list.sort((a, b) => a - b);
}

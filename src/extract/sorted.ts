/** Index of the first item (in a list sorted by start) that starts at or after `pos`; the length when none does. */
export function firstAtOrAfter(sorted: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

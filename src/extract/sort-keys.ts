/**
 * Stable sorting by integer keys with one native numeric sort: a comparator sort calls back into JS about
 * n·log n times, which on a long page's tens of thousands of spans costs more than the work they are sorted for.
 */

/**
 * Sorts `items` in place by `keys` (integers, compared in turn, ascending), stably: the order of
 * `items.sort(compare)` when `compare` orders by the same keys. `compare` sorts instead when the keys do
 * not fit one safe integer together (texts of hundreds of millions of characters). Returns `items`.
 */
export function sortByKeys<T>(
  items: T[],
  keys: readonly ((item: T) => number)[],
  compare: (a: T, b: T) => number,
): T[] {
  const n = items.length;
  if (n < 2) return items;
  // One mixed-radix number per item: a digit per key (its offset from the key's minimum), then the index.
  const combined = new Float64Array(n);
  let span = n;
  for (const key of keys) {
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < n; i++) {
      const x = key(items[i]);
      if (!Number.isInteger(x)) return items.sort(compare);
      if (x < min) min = x;
      if (x > max) max = x;
    }
    const radix = max - min + 1;
    span *= radix;
    if (!Number.isSafeInteger(span)) return items.sort(compare);
    for (let i = 0; i < n; i++) combined[i] = combined[i] * radix + (key(items[i]) - min);
  }
  for (let i = 0; i < n; i++) combined[i] = combined[i] * n + i;
  combined.sort();
  const copy = items.slice();
  for (let i = 0; i < n; i++) items[i] = copy[combined[i] % n];
  return items;
}

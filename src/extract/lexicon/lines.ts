/**
 * Word lists are written as template strings with one entry a line: minified and gzipped they are about
 * half a kilobyte smaller than array literals (no quotes and commas around each of some 3,000 entries).
 */

/** The entries of a list written one a line between a leading and a trailing line break. */
export const lines = (s: string): readonly string[] => s.slice(1, -1).split('\n');

/** A table written one `key|value` a line (`key` alone when the value is the key itself). */
export const pairs = (s: string): Readonly<Record<string, string>> =>
  Object.fromEntries(lines(s).map((l) => [l.split('|')[0], l.split('|').pop()!]));

/** The entries as one regular-expression alternation, longest first (NYSE American before NYSE), escaped. */
export const alternation = (keys: readonly string[]): string =>
  [...keys]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|');

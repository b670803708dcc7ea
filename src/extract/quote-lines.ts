/** Line lookups for the quote detector: line starts found once, so no lookup rescans a long line. */

/** The lines of a text (one article block per line). */
export interface LineIndex {
  /** Number of lines. */
  readonly count: number;
  /** Index of the line holding `pos`. */
  lineOf(pos: number): number;
  /** Start of line `k`. */
  start(k: number): number;
  /** End of line `k` (its '\n' or the end of the text). */
  end(k: number): number;
  /** Index of the non-blank line before line `k`, or -1. */
  previousNonBlank(k: number): number;
}

/** Indexes the line starts of `text` in one pass. */
export function lineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const end = (k: number) => (k + 1 < starts.length ? starts[k + 1] - 1 : text.length);
  return {
    count: starts.length,
    lineOf(pos) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= pos) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    },
    start: (k) => starts[k],
    end,
    previousNonBlank(k) {
      // blank lines are short: testing a bounded prefix of each is enough
      for (let j = k - 1; j >= 0 && k - j <= 50; j--) {
        if (/\S/.test(text.slice(starts[j], Math.min(end(j), starts[j] + 200)))) return j;
      }
      return -1;
    },
  };
}

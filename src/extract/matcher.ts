/**
 * A hand-written Aho–Corasick multi-pattern matcher over UTF-16 code units.
 *
 * Why hand-written: one big RegExp alternation of thousands of names is 10–50× slower, and
 * grapheme-based packages become superlinear (RESEARCH.md). Transitions live in one Map keyed by
 * `node * 65536 + codeUnit`, plus a dense table for the root (most characters of a text fall back
 * to the root, so that path costs one typed-array read). Scanning is linear in the text length plus
 * the number of matches reported.
 */

/** A match: `[start, end)` in the scanned text and the index of the pattern in the input list. */
export interface Match {
  start: number;
  end: number;
  pattern: number;
}

/** A compiled set of patterns. */
export interface Matcher {
  /** Number of distinct patterns compiled. */
  readonly size: number;
  /** Calls `onMatch` for every occurrence of every pattern (overlaps included), in order of `end`. */
  scan(text: string, onMatch: (start: number, end: number, pattern: number) => void): void;
  /** Leftmost-longest, non-overlapping matches, sorted by start. `accept` can veto a match first. */
  longest(text: string, accept?: (start: number, end: number, pattern: number) => boolean): Match[];
}

const ROOT = 0;

/** Builds the automaton for `patterns` (empty strings are ignored; duplicates keep the first index). */
export function buildMatcher(patterns: readonly string[]): Matcher {
  const edges = new Map<number, number>();
  const rootNext = new Int32Array(65536).fill(-1);
  const depth: number[] = [0];
  const outPattern: number[] = [-1];
  let nodes = 1;
  let size = 0;

  for (let p = 0; p < patterns.length; p++) {
    const word = patterns[p];
    if (!word) continue;
    let node = ROOT;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let next = node === ROOT ? rootNext[c] : (edges.get(node * 65536 + c) ?? -1);
      if (next < 0) {
        next = nodes++;
        depth.push(depth[node] + 1);
        outPattern.push(-1);
        if (node === ROOT) rootNext[c] = next;
        else edges.set(node * 65536 + c, next);
      }
      node = next;
    }
    if (outPattern[node] < 0) {
      outPattern[node] = p;
      size++;
    }
  }

  // Failure links and dictionary links (nearest terminal node along the failure chain), built
  // breadth-first. Children are found from the edge map, grouped by parent once.
  const children: number[][] = Array.from({ length: nodes }, () => []);
  const childCode: number[][] = Array.from({ length: nodes }, () => []);
  for (let c = 0; c < 65536; c++) {
    if (rootNext[c] >= 0) {
      children[ROOT].push(rootNext[c]);
      childCode[ROOT].push(c);
    }
  }
  for (const [key, child] of edges) {
    const parent = Math.floor(key / 65536);
    children[parent].push(child);
    childCode[parent].push(key % 65536);
  }
  const fail = new Int32Array(nodes);
  const dict = new Int32Array(nodes).fill(-1);
  const step = (node: number, c: number): number => {
    for (;;) {
      const next = node === ROOT ? rootNext[c] : (edges.get(node * 65536 + c) ?? -1);
      if (next >= 0) return next;
      if (node === ROOT) return ROOT;
      node = fail[node];
    }
  };
  const queue: number[] = [];
  for (const child of children[ROOT]) queue.push(child);
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q];
    const list = children[node];
    const codes = childCode[node];
    for (let k = 0; k < list.length; k++) {
      const child = list[k];
      const f = step(fail[node], codes[k]);
      fail[child] = f;
      dict[child] = outPattern[f] >= 0 ? f : dict[f];
      queue.push(child);
    }
  }

  function scan(text: string, onMatch: (start: number, end: number, pattern: number) => void): void {
    if (size === 0) return;
    let node = ROOT;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      for (;;) {
        if (node === ROOT) {
          const n = rootNext[c];
          node = n >= 0 ? n : ROOT;
          break;
        }
        const n = edges.get(node * 65536 + c);
        if (n !== undefined) {
          node = n;
          break;
        }
        node = fail[node];
      }
      if (node === ROOT) continue;
      let out = outPattern[node] >= 0 ? node : dict[node];
      while (out >= 0) {
        onMatch(i + 1 - depth[out], i + 1, outPattern[out]);
        out = dict[out];
      }
    }
  }

  function longest(text: string, accept?: (start: number, end: number, pattern: number) => boolean): Match[] {
    const all: Match[] = [];
    scan(text, (start, end, pattern) => {
      if (!accept || accept(start, end, pattern)) all.push({ start, end, pattern });
    });
    all.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: Match[] = [];
    let reach = 0;
    for (const m of all) {
      if (m.start < reach) continue;
      kept.push(m);
      reach = m.end;
    }
    return kept;
  }

  return { size, scan, longest };
}

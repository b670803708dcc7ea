/**
 * A hand-written Aho–Corasick multi-pattern matcher over UTF-16 code units.
 *
 * Why hand-written: one big RegExp alternation of thousands of names is 10–50× slower, and
 * grapheme-based packages become superlinear (RESEARCH.md). Transitions live in an open-addressing
 * hash table of typed arrays keyed by (node, code unit), plus a dense table for the root of big sets
 * (most characters of a text fall back to the root, so that path costs one typed-array read).
 * Scanning is linear in the text length plus the number of matches reported.
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
const ON_EDGE = 1;
const INNER = 2;

/** Transitions (node, unit) → node in an open-addressing table; grows by doubling. */
class EdgeTable {
  private nodes: Int32Array;
  private units: Uint16Array;
  private targets: Int32Array;
  private mask: number;
  private count = 0;

  /** A table sized for about `expected` edges at a load of at most one half. */
  constructor(expected: number) {
    let size = 64;
    while (size < expected * 2) size *= 2;
    this.nodes = new Int32Array(size).fill(-1);
    this.units = new Uint16Array(size);
    this.targets = new Int32Array(size);
    this.mask = size - 1;
  }

  private slot(node: number, unit: number): number {
    let i = (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) & this.mask;
    while (this.nodes[i] !== -1 && (this.nodes[i] !== node || this.units[i] !== unit)) i = (i + 1) & this.mask;
    return i;
  }

  get(node: number, unit: number): number {
    const i = this.slot(node, unit);
    return this.nodes[i] === -1 ? -1 : this.targets[i];
  }

  set(node: number, unit: number, target: number): void {
    if ((this.count + 1) * 2 > this.mask) this.grow();
    const i = this.slot(node, unit);
    if (this.nodes[i] === -1) this.count++;
    this.nodes[i] = node;
    this.units[i] = unit;
    this.targets[i] = target;
  }

  private grow(): void {
    const { nodes, units, targets } = this;
    const size = (this.mask + 1) * 2;
    this.nodes = new Int32Array(size).fill(-1);
    this.units = new Uint16Array(size);
    this.targets = new Int32Array(size);
    this.mask = size - 1;
    this.count = 0;
    for (let i = 0; i < nodes.length; i++) if (nodes[i] !== -1) this.set(nodes[i], units[i], targets[i]);
  }
}

/** Builds the automaton for `patterns` (empty strings are ignored; duplicates keep the first index). */
export function buildMatcher(patterns: readonly string[]): Matcher {
  return drain(buildMatcherSteps(patterns));
}

/** Runs a work-in-steps generator to its end, with no pauses, and returns its result. */
export function drain<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Patterns inserted between two pauses of buildMatcherSteps (a few ms of a cold engine's work). */
const PATTERNS_PER_STEP = 2500;

/**
 * buildMatcher in steps: it pauses (`yield`) after every few thousand patterns and before the failure links,
 * so that a caller can spread a big lexicon's build over short tasks. The result is buildMatcher's.
 */
export function* buildMatcherSteps(patterns: readonly string[]): Generator<void, Matcher, void> {
  let units = 1;
  for (const p of patterns) units += p ? p.length : 0;
  const edges = new EdgeTable(units);
  // A dense root table pays off for big sets; a handful of names (one article's own) keep the root in the table.
  const rootNext = patterns.length > 64 ? new Int32Array(65536).fill(-1) : null;
  // Per node, in typed arrays sized by the total pattern length (an upper bound on the node count):
  // depth, the pattern ending there, and the children as linked lists (first child, next sibling, unit).
  const depth = new Int32Array(units);
  const out = new Int32Array(units).fill(-1);
  const firstChild = new Int32Array(units).fill(-1);
  const nextSibling = new Int32Array(units).fill(-1);
  const unitOf = new Uint16Array(units);
  // Per unit: ON_EDGE if on any edge, INNER if on an edge below the root. From any node a unit on no
  // inner edge fails all the way back to the root, and a unit on no edge at all leaves the scan at the root.
  // Read only for small sets (no dense root table), whose root lookups would otherwise each probe the hash
  // table; for big sets the extra read per unit costs more than the failure walks it saves (measured).
  const unitSeen = new Uint8Array(65536);
  let nodes = 1;
  let size = 0;
  const next = (node: number, c: number) => (node === ROOT && rootNext ? rootNext[c] : edges.get(node, c));

  for (let p = 0; p < patterns.length; p++) {
    if (p > 0 && p % PATTERNS_PER_STEP === 0) yield;
    const word = patterns[p];
    if (!word) continue;
    let node = ROOT;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let n = next(node, c);
      if (n < 0) {
        n = nodes++;
        depth[n] = depth[node] + 1;
        unitOf[n] = c;
        nextSibling[n] = firstChild[node];
        firstChild[node] = n;
        unitSeen[c] |= node === ROOT ? ON_EDGE : ON_EDGE | INNER;
        if (node === ROOT && rootNext) rootNext[c] = n;
        else edges.set(node, c, n);
      }
      node = n;
    }
    if (out[node] < 0) {
      out[node] = p;
      size++;
    }
  }

  yield;
  // Failure links and dictionary links (nearest terminal node along the failure chain), breadth-first.
  const fail = new Int32Array(nodes);
  const dict = new Int32Array(nodes).fill(-1);
  const step = (node: number, c: number): number => {
    for (;;) {
      const n = next(node, c);
      if (n >= 0) return n;
      if (node === ROOT) return ROOT;
      node = fail[node];
    }
  };
  const queue = new Int32Array(nodes);
  let tail = 0;
  for (let child = firstChild[ROOT]; child >= 0; child = nextSibling[child]) queue[tail++] = child;
  for (let q = 0; q < tail; q++) {
    const node = queue[q];
    for (let child = firstChild[node]; child >= 0; child = nextSibling[child]) {
      const f = step(fail[node], unitOf[child]);
      fail[child] = f;
      dict[child] = out[f] >= 0 ? f : dict[f];
      queue[tail++] = child;
    }
  }

  function scan(text: string, onMatch: (start: number, end: number, pattern: number) => void): void {
    if (size === 0) return;
    let node = ROOT;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (rootNext === null) {
        const seen = unitSeen[c];
        if (seen === 0) {
          node = ROOT;
          continue;
        }
        if ((seen & INNER) === 0) node = ROOT;
      }
      for (;;) {
        if (node === ROOT) {
          const n = rootNext ? rootNext[c] : edges.get(ROOT, c);
          node = n >= 0 ? n : ROOT;
          break;
        }
        const n = edges.get(node, c);
        if (n >= 0) {
          node = n;
          break;
        }
        node = fail[node];
      }
      if (node === ROOT) continue;
      let hit = out[node] >= 0 ? node : dict[node];
      while (hit >= 0) {
        onMatch(i + 1 - depth[hit], i + 1, out[hit]);
        hit = dict[hit];
      }
    }
  }

  function longest(text: string, accept?: (start: number, end: number, pattern: number) => boolean): Match[] {
    const all: Match[] = [];
    scan(text, (start, end, pattern) => {
      if (!accept || accept(start, end, pattern)) all.push({ start, end, pattern });
    });
    return pickLongest(all);
  }

  return { size, scan, longest };
}

/** Leftmost-longest, non-overlapping subset of `matches` (any order in), sorted by start. */
export function pickLongest(matches: Match[]): Match[] {
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Match[] = [];
  let reach = 0;
  for (const m of matches) {
    if (m.start < reach) continue;
    kept.push(m);
    reach = m.end;
  }
  return kept;
}

import search from 'approx-string-match';
import {
  CONTEXT_CHARS,
  type PassageSelectors,
  type TextPositionSelector,
  type TextQuoteSelector,
} from '../notes/schema';

/**
 * W3C selectors ↔ DOM Range against the text of a root (`document.body`), the way the Hypothesis
 * client anchors: the text is every Text node's data in document order (= `root.textContent`);
 * a note is found again by its exact position, else by its quote with prefix/suffix, else by a
 * fuzzy match (approx-string-match) scored with Hypothesis's weights.
 */

/** The text of a root with a map from offsets back to Text nodes. */
export interface TextSnapshot {
  readonly text: string;
  /** A Range over text[start, end), or null when out of bounds. */
  range(start: number, end: number): Range | null;
}

/** Reads the text of `root` (every Text node, as `textContent` does). */
export function snapshotText(root: Node): TextSnapshot {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    if (!data.length) continue;
    nodes.push(n as Text);
    starts.push(length);
    parts.push(data);
    length += data.length;
  }
  const text = parts.join('');
  // Index of the node holding `offset`; at a boundary between nodes, the later one for a start and
  // the earlier one for an end (so a range never begins at the end of a node).
  const locate = (offset: number, isEnd: boolean): number => {
    let lo = 0;
    let hi = nodes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + (isEnd ? 0 : 1)) >> 1;
      if (isEnd ? starts[mid] + nodes[mid].data.length < offset : starts[mid] > offset) {
        if (isEnd) lo = mid + 1;
        else hi = mid - 1;
      } else if (isEnd) hi = mid;
      else lo = mid;
    }
    return lo;
  };
  return {
    text,
    range(start, end) {
      if (!nodes.length || start < 0 || end > length || start > end) return null;
      const a = locate(start, false);
      const b = locate(end, true);
      const r = doc.createRange();
      r.setStart(nodes[a], start - starts[a]);
      r.setEnd(nodes[b], end - starts[b]);
      return r;
    },
  };
}

/** Offset in the text of `root` of a DOM boundary point (container, offset). */
export function textOffsetOf(root: Node, container: Node, offset: number): number {
  const doc = root.ownerDocument ?? (root as Document);
  const r = doc.createRange();
  r.setStart(root, 0);
  r.setEnd(container, offset);
  return r.toString().length;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** The W3C selectors of a range inside `root` (quote with `context` characters each side, position). */
export function describeRange(
  root: Node,
  range: Range,
  text = snapshotText(root).text,
  context = CONTEXT_CHARS,
): PassageSelectors | null {
  if (!root.contains(range.commonAncestorContainer) && root !== range.commonAncestorContainer) return null;
  const start = textOffsetOf(root, range.startContainer, range.startOffset);
  const end = start + range.toString().length;
  if (end <= start || end > text.length) return null;
  let from = Math.max(0, start - context);
  let to = Math.min(text.length, end + context);
  // Never cut a surrogate pair in two (it would make the export invalid UTF-16).
  if (from > 0 && isHighSurrogate(text.charCodeAt(from - 1))) from++;
  if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to--;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(from, start),
      suffix: text.slice(end, to),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

interface Match {
  start: number;
  end: number;
  errors: number;
}

/** Every exact occurrence of `str`, else the best approximate ones within `maxErrors`. */
function findMatches(text: string, str: string, maxErrors: number): Match[] {
  const exact: Match[] = [];
  for (let i = text.indexOf(str); i !== -1; i = text.indexOf(str, i + 1))
    exact.push({ start: i, end: i + str.length, errors: 0 });
  return exact.length ? exact : search(text, str, maxErrors);
}

/** How alike `text` and `str` are, 0–1 (1 − edit distance of the best match / length). */
function similarity(text: string, str: string): number {
  if (!str.length || !text.length) return 0;
  const best = findMatches(text, str, str.length)[0];
  return best ? Math.max(0, 1 - best.errors / str.length) : 0;
}

/** Hypothesis's weights for scoring a candidate: quote 50, prefix 20, suffix 20, position 2. */
export const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;

/**
 * The lowest score a fuzzy (inexact) match needs. Hypothesis takes any match within its error
 * budget; newsmark would rather list a note as "not found" than attach it to a different passage
 * that merely looks alike (a reworded passage with its context scores ≈0.9, a look-alike elsewhere
 * on the page ≈0.5).
 */
export const MIN_FUZZY_SCORE = 0.7;

/** A located quote and its score (0–1). */
export interface QuoteMatch {
  start: number;
  end: number;
  score: number;
  errors: number;
}

/**
 * Finds a quote in `text`: exact occurrences first, else approximate ones (up to min(256, len/2)
 * errors); each scored by the quote, how well prefix and suffix match around it and the distance
 * to `hint` (the old start). Returns the best, or null.
 */
export function matchQuote(text: string, quote: Omit<TextQuoteSelector, 'type'>, hint?: number): QuoteMatch | null {
  const { exact, prefix, suffix } = quote;
  if (!exact) return null;
  const matches = findMatches(text, exact, Math.min(256, Math.floor(exact.length / 2)));
  let best: QuoteMatch | null = null;
  const total = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
  for (const m of matches) {
    const prefixScore = prefix ? similarity(text.slice(Math.max(0, m.start - prefix.length), m.start), prefix) : 1;
    const suffixScore = suffix ? similarity(text.slice(m.end, m.end + suffix.length), suffix) : 1;
    const positionScore = hint === undefined ? 1 : 1 - Math.abs(m.start - hint) / Math.max(1, text.length);
    const raw =
      WEIGHTS.quote * (1 - m.errors / exact.length) +
      WEIGHTS.prefix * prefixScore +
      WEIGHTS.suffix * suffixScore +
      WEIGHTS.position * positionScore;
    const score = raw / total;
    if (!best || score > best.score) best = { start: m.start, end: m.end, score, errors: m.errors };
  }
  return best;
}

/** How a note was found again. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/** A note found on the page. */
export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
  range: Range;
}

/** The selectors `anchor` reads (either may be missing on imported notes). */
export interface AnchorSelectors {
  quote?: TextQuoteSelector;
  position?: TextPositionSelector;
}

/** Finds the passage of `selectors` in the snapshot: position, then quote with context, then fuzzy. */
export function anchor(snapshot: TextSnapshot, selectors: AnchorSelectors): Anchor | null {
  const { text } = snapshot;
  const { quote, position } = selectors;
  const at = (start: number, end: number, method: AnchorMethod): Anchor | null => {
    const range = snapshot.range(start, end);
    return range ? { start, end, method, range } : null;
  };
  if (position && position.end > position.start && position.end <= text.length) {
    // A position is trusted only while the quote is still there (the page may have changed).
    if (!quote || text.slice(position.start, position.end) === quote.exact) {
      const found = at(position.start, position.end, 'position');
      if (found) return found;
    }
  }
  if (!quote?.exact) return null;
  const m = matchQuote(text, quote, position?.start);
  if (!m || (m.errors > 0 && m.score < MIN_FUZZY_SCORE)) return null;
  return at(m.start, m.end, m.errors === 0 ? 'quote' : 'fuzzy');
}

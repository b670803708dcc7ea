/**
 * Pairs quotation marks in one linear pass (GUIDELINE.md §3): “…”, 「…」, 『…』, "…" and outer ‘…’.
 * Marks nested inside a quote stay part of it; an unbalanced mark never swallows the rest of the
 * article, because a quote ends with its paragraph unless the paragraph is cut by a layout break or
 * the next paragraph reopens it (a quotation running over several paragraphs).
 */

/** The text strictly between a pair of marks (or one paragraph's piece of a multi-paragraph quote). */
export interface MarkedSpan {
  /** First character inside the marks (after trimming whitespace). */
  start: number;
  /** End of the inside, exclusive (before trailing whitespace). */
  end: number;
  /** Index of the opening mark. */
  open: number;
  /** Index just after the closing mark; for a piece that runs to its paragraph's end, that end. */
  after: number;
  /** The opening mark character. */
  mark: string;
  /** Pieces of one multi-paragraph quote share a group; otherwise each span has its own. */
  group: number;
  /** True when the span runs over a layout break (a line break inside a cut sentence). */
  crossesBreak: boolean;
}

const CLOSER: Record<string, string> = { '“': '”', '「': '」', '『': '』', '‘': '’', '"': '"' };
/** A paragraph ending in one of these ends a sentence; otherwise the line was cut by the layout. */
const SENTENCE_END = /[。！？!?.…;；:：”」』’")）\]】]$/;
const LETTER = /[\p{L}\p{N}]/u;
/** How many line breaks one quote may be carried over when its sentence is cut by the layout. */
const MAX_CARRIES = 2;

interface Opener {
  pos: number;
  mark: string;
}

interface RawPair {
  open: number;
  close: number;
  mark: string;
  group: number;
  piece: boolean;
}

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\r' || c === '\u3000' || c === '\u00a0';

/** Finds every top-level quotation-mark pair in `text`, in order. Linear time; never throws. */
export function findMarkedSpans(text: string): MarkedSpan[] {
  const pairs: RawPair[] = [];
  const stack: Opener[] = [];
  const count: Record<string, number> = { '“': 0, '「': 0, '『': 0, '‘': 0, '"': 0 };
  let nextGroup = 0;
  // multi-paragraph quotes: the group a paragraph's first opener continues, and its pieces so far
  let pendingGroup = -1;
  let pendingOpener = -1;
  let carries = 0;
  const groupOf = (pos: number) => (pos === pendingOpener ? pendingGroup : nextGroup++);
  const failed = new Set<number>();

  const popTo = (mark: string, close: number) => {
    // discard unmatched openers above the matching one (they were stray marks)
    while (stack.length) {
      const top = stack.pop() as Opener;
      count[top.mark]--;
      if (top.mark === mark) {
        pairs.push({ open: top.pos, close, mark, group: groupOf(top.pos), piece: false });
        return;
      }
      if (top.pos === pendingOpener) failed.add(pendingGroup);
    }
  };
  const clearStack = () => {
    for (const o of stack) {
      count[o.mark]--;
      if (o.pos === pendingOpener) failed.add(pendingGroup);
    }
    stack.length = 0;
  };

  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text[i] : '\n';
    if (c === '\n') {
      endOfLine(lineStart, i);
      lineStart = i + 1;
      continue;
    }
    switch (c) {
      case '“':
      case '「':
      case '『':
        stack.push({ pos: i, mark: c });
        count[c]++;
        break;
      case '‘':
        if (i === 0 || !LETTER.test(text[i - 1])) {
          stack.push({ pos: i, mark: c });
          count[c]++;
        }
        break;
      case '”':
      case '」':
      case '』':
        if (count[OPENER_OF[c]] > 0) popTo(OPENER_OF[c], i);
        break;
      case '’':
        // an apostrophe (it’s, Reuters’ report) closes nothing
        if (count['‘'] > 0 && !(LETTER.test(text[i - 1] ?? '') && LETTER.test(text[i + 1] ?? ''))) popTo('‘', i);
        break;
      case '"':
        if (count['"'] > 0) popTo('"', i);
        else {
          stack.push({ pos: i, mark: c });
          count[c]++;
        }
        break;
    }
  }
  return topLevel(text, pairs, failed);

  function endOfLine(from: number, to: number): void {
    if (!stack.length) {
      carries = 0;
      return;
    }
    const u = stack[0];
    const line = text.slice(from, to).trimEnd();
    // blank lines pass through: the line before them already looked ahead past them
    if (!line.trim()) return;
    // the next non-blank line
    let n = to + 1;
    while (n < text.length) {
      const e = text.indexOf('\n', n);
      const stop = e < 0 ? text.length : e;
      if (text.slice(n, stop).trim()) break;
      n = stop + 1;
    }
    let first = n;
    while (first < text.length && isSpace(text[first])) first++;
    const next = first < text.length ? text[first] : '';
    if (next === u.mark && u.mark !== '‘') {
      // a quotation over several paragraphs: this paragraph's piece, and the next opener continues it
      const group = u.pos === pendingOpener ? pendingGroup : nextGroup++;
      pairs.push({ open: u.pos, close: from + line.length, mark: u.mark, group, piece: true });
      clearStackKeeping(group);
      pendingGroup = group;
      pendingOpener = first;
      carries = 0;
      return;
    }
    const cut = line.length > 0 && !SENTENCE_END.test(line) && !line.trimStart().startsWith('#');
    const continues = next !== '' && (/[\p{Script=Han}]/u.test(next) || /[a-z]/.test(next));
    if (cut && continues && carries < MAX_CARRIES) {
      carries++; // the sentence goes on in the next block: keep the open quote
      return;
    }
    carries = 0;
    clearStack();
  }

  function clearStackKeeping(group: number): void {
    for (const o of stack) count[o.mark]--;
    stack.length = 0;
    failed.delete(group);
  }
}

const OPENER_OF: Record<string, string> = { '”': '“', '」': '「', '』': '『' };

/** Keeps pairs not nested in another pair; drops failed multi-paragraph groups; trims whitespace. */
function topLevel(text: string, pairs: RawPair[], failed: Set<number>): MarkedSpan[] {
  // pairs are laminar and listed by closing position: walking backwards, a pair is nested exactly
  // when it starts after the last kept pair's start
  const kept: RawPair[] = [];
  let lastStart = Infinity;
  for (let k = pairs.length - 1; k >= 0; k--) {
    const p = pairs[k];
    if (p.open > lastStart) continue;
    kept.push(p);
    lastStart = p.open;
  }
  const out: MarkedSpan[] = [];
  for (let k = kept.length - 1; k >= 0; k--) {
    const p = kept[k];
    if (failed.has(p.group)) continue;
    let s = p.open + 1;
    let e = p.close;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (s >= e) continue;
    const after = p.piece ? p.close : p.close + 1;
    out.push({
      start: s,
      end: e,
      open: p.open,
      after,
      mark: p.mark,
      group: p.group,
      crossesBreak: text.slice(s, e).includes('\n'),
    });
  }
  return out;
}

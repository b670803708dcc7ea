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

import { isHanCode } from './quote-words';

/** The opening marks, by id; a pair's closing mark is found by the same id. */
const MARKS = ['“', '「', '『', '‘', '"'];
const STRAIGHT = 4;
const SINGLE = 3;
/** A paragraph ending in one of these ends a sentence; otherwise the line was cut by the layout. */
const SENTENCE_END = /[。！？!?.…;；:：”」』’")）\]】]$/;
const LETTER = /[\p{L}\p{N}]/u;
/** How many line breaks one quote may be carried over when its sentence is cut by the layout. */
const MAX_CARRIES = 2;

interface RawPair {
  open: number;
  close: number;
  mark: number;
  group: number;
  piece: boolean;
}

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\r' || c === '\u3000' || c === '\u00a0';
const isLetter = (c: string | undefined) => c !== undefined && LETTER.test(c);

/** Finds every top-level quotation-mark pair in `text`, in order. Linear time; never throws. */
export function findMarkedSpans(text: string): MarkedSpan[] {
  const pairs: RawPair[] = [];
  // the stack of open marks, as parallel arrays of positions and mark ids
  const stackPos: number[] = [];
  const stackMark: number[] = [];
  const count = [0, 0, 0, 0, 0];
  let nextGroup = 0;
  // multi-paragraph quotes: the group the next paragraph's first opener continues
  let pendingGroup = -1;
  let pendingOpener = -1;
  let carries = 0;
  const failed = new Set<number>();

  const push = (pos: number, mark: number) => {
    stackPos.push(pos);
    stackMark.push(mark);
    count[mark]++;
  };
  const popTo = (mark: number, close: number) => {
    // discard unmatched openers above the matching one (they were stray marks)
    while (stackPos.length) {
      const pos = stackPos.pop() as number;
      const m = stackMark.pop() as number;
      count[m]--;
      if (m === mark) {
        const group = pos === pendingOpener ? pendingGroup : nextGroup++;
        pairs.push({ open: pos, close, mark, group, piece: false });
        return;
      }
      if (pos === pendingOpener) failed.add(pendingGroup);
    }
  };
  const clearStack = (keep: number) => {
    for (let k = 0; k < stackPos.length; k++) {
      count[stackMark[k]]--;
      if (stackPos[k] === pendingOpener && pendingGroup !== keep) failed.add(pendingGroup);
    }
    stackPos.length = 0;
    stackMark.length = 0;
  };

  let lineStart = 0;
  const n = text.length;
  // jump from mark to mark (and line break): the regex engine skips the text in between much faster;
  // test() with lastIndex makes no match array per mark (every class member is one code unit)
  const marks = /[\n“”「」『』‘’"]/g;
  for (let i = 0; i <= n;) {
    const found = marks.test(text);
    i = found ? marks.lastIndex - 1 : n;
    const code = i < n ? text.charCodeAt(i) : 10;
    if (!found) marks.lastIndex = n + 1;
    switch (code) {
      case 10: // \n
        endOfLine(lineStart, i);
        lineStart = i + 1;
        break;
      case 0x201c: // “
        push(i, 0);
        break;
      case 0x300c: // 「
        push(i, 1);
        break;
      case 0x300e: // 『
        push(i, 2);
        break;
      case 0x2018: // ‘ (not after a letter: O‘Neil is a misprinted apostrophe)
        if (!isLetter(text[i - 1])) push(i, SINGLE);
        break;
      case 0x201d: // ”
        if (count[0] > 0) popTo(0, i);
        break;
      case 0x300d: // 」
        if (count[1] > 0) popTo(1, i);
        break;
      case 0x300f: // 』
        if (count[2] > 0) popTo(2, i);
        break;
      case 0x2019: // ’ : an apostrophe (it’s) closes nothing
        if (count[SINGLE] > 0 && !(isLetter(text[i - 1]) && isLetter(text[i + 1]))) popTo(SINGLE, i);
        break;
      case 0x22: // "
        if (count[STRAIGHT] > 0) popTo(STRAIGHT, i);
        else push(i, STRAIGHT);
        break;
    }
    if (!found) break;
  }
  return topLevel(text, pairs, failed);

  function endOfLine(from: number, to: number): void {
    if (!stackPos.length) {
      carries = 0;
      return;
    }
    const uPos = stackPos[0];
    const uMark = stackMark[0];
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
    if (next === MARKS[uMark] && uMark !== SINGLE) {
      // a quotation over several paragraphs: this paragraph's piece, and the next opener continues it
      const group = uPos === pendingOpener ? pendingGroup : nextGroup++;
      pairs.push({ open: uPos, close: from + line.length, mark: uMark, group, piece: true });
      clearStack(group);
      pendingGroup = group;
      pendingOpener = first;
      carries = 0;
      return;
    }
    const cut = line.length > 0 && !SENTENCE_END.test(line) && !line.trimStart().startsWith('#');
    const continues = next !== '' && (isHanCode(next.charCodeAt(0)) || /[a-z]/.test(next));
    if (cut && continues && carries < MAX_CARRIES) {
      carries++; // the sentence goes on in the next block: keep the open quote
      return;
    }
    carries = 0;
    clearStack(-1);
  }
}

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
      mark: MARKS[p.mark],
      group: p.group,
      crossesBreak: text.slice(s, e).includes('\n'),
    });
  }
  return out;
}

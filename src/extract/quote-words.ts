/**
 * Fast literal word matching for the quote detector's word lists. One big RegExp alternation of
 * literals is slow in V8 (it tries every word at every position); indexing the words by their first
 * and last characters makes a lookup a few hash probes.
 */

/** A word list indexed for lookups at a position, at the end of a string, and for scanning. */
export interface WordSet {
  /** The longest word starting at text[pos], or undefined. */
  at(text: string, pos: number): string | undefined;
  /** The longest word `s` ends with, or undefined. */
  endOf(s: string): string | undefined;
  /** Calls `found(pos, word)` for each longest word found scanning text[from, to) left to right (no overlaps). */
  scan(text: string, from: number, to: number, found: (pos: number, word: string) => void): void;
}

/** Indexes `words` (empty strings are ignored). */
export function wordSet(words: readonly string[]): WordSet {
  const byFirst = new Map<number, string[]>();
  const byLast = new Map<number, string[]>();
  for (const w of words) {
    if (!w) continue;
    const f = w.charCodeAt(0);
    const l = w.charCodeAt(w.length - 1);
    (byFirst.get(f) ?? byFirst.set(f, []).get(f))!.push(w);
    (byLast.get(l) ?? byLast.set(l, []).get(l))!.push(w);
  }
  for (const list of [...byFirst.values(), ...byLast.values()]) list.sort((a, b) => b.length - a.length);
  // a bit set of first characters (8 KB): scanning tests every character, and a Map lookup is slower
  const firstBits = new Uint32Array(0x10000 >> 5);
  for (const f of byFirst.keys()) firstBits[f >> 5] |= 1 << (f & 31);
  const at = (text: string, pos: number) => {
    const list = byFirst.get(text.charCodeAt(pos));
    if (list) for (const w of list) if (text.startsWith(w, pos)) return w;
    return undefined;
  };
  return {
    at,
    endOf(s) {
      const list = byLast.get(s.charCodeAt(s.length - 1));
      if (list) for (const w of list) if (s.endsWith(w)) return w;
      return undefined;
    },
    scan(text, from, to, found) {
      for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (!(firstBits[c >> 5] & (1 << (c & 31)))) continue;
        const w = at(text, i);
        if (w && i + w.length <= to) {
          found(i, w);
          i += w.length - 1;
        }
      }
    },
  };
}

/** True for CJK ideographs (the BMP blocks used in Chinese news; astral ones are rare in names). */
/** What someone holds or looks at while speaking (指着, 拿着, 翻着…): no part of who speaks. */
export const WHILE_HOLDING = '[指拿看望翻握摸举抱端攥捧]着';

export function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

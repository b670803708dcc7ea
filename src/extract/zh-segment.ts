/**
 * Dictionary evidence from `Intl.Segmenter` (ICU's word dictionary, in Node, Chromium and Firefox alike): a
 * common word comes back whole (债券, 要求, 发行), a coined or rare name in single characters (迅|邦, 韵|程,
 * 华|澜). Only short strings are segmented (RESEARCH.md: superlinear on long ones in Node 20), each once.
 * Where no segmenter exists every answer is "no evidence" and the rules stay as they were.
 */
let segmenter: Intl.Segmenter | null | undefined;
const cache = new Map<string, number[]>();

/** The lengths of the words of `s`, in order (none where no segmenter exists). */
function wordLengths(s: string): number[] {
  let got = cache.get(s);
  if (got) return got;
  if (segmenter === undefined)
    segmenter = typeof Intl === 'object' && Intl.Segmenter ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  got = [];
  // Copy out only the length: a kept segment object holds the whole input (TOOLING.md, Node 20).
  if (segmenter) for (const w of segmenter.segment(s)) got.push(w.segment.length);
  if (cache.size > 5000) cache.clear();
  cache.set(s, got);
  return got;
}

/** Loads the segmenter's dictionary (~10 ms the first time in a process), e.g. in a slice of its own. */
export function warmSegmenter(): void {
  wordLengths('公司');
}

/** True when the segmenter splits every character of `word` apart: no dictionary word in it, a coined name. */
export function isCoined(word: string): boolean {
  const lengths = wordLengths(word);
  return word.length > 1 && lengths.length === word.length;
}

/** True when the segmenter reads `s` as one dictionary word of two or more characters. */
export function isDictWord(s: string): boolean {
  return s.length > 1 && wordLengths(s).length === 1;
}

/** True when the segmenter reads `s` as dictionary words only, each of two or more characters (合计|控制). */
export function allDictWords(s: string): boolean {
  const lengths = wordLengths(s);
  return lengths.length > 0 && lengths.every((n) => n > 1);
}

/** True when a word of `s` runs across offset `cut` (其中|行业 across 中|行): no word boundary there. */
export function crossesWord(s: string, cut: number): boolean {
  let at = 0;
  for (const n of wordLengths(s)) if ((at += n) > cut) return at - n < cut;
  return false;
}

/**
 * Dictionary evidence from `Intl.Segmenter` (ICU's word dictionary, in Node, Chromium and Firefox alike): a
 * common word comes back whole (债券, 要求, 发行), a coined or rare name in single characters (迅|邦, 韵|程,
 * 华|澜). Only short strings are segmented (RESEARCH.md: superlinear on long ones in Node 20), each once.
 */
let segmenter: Intl.Segmenter | null | undefined;
const cache = new Map<string, boolean>();

/**
 * True when the segmenter splits every character of `word` apart: no dictionary word inside it, the mark
 * of a coined name. False where no segmenter exists (the rules then stay as they were).
 */
export function isCoined(word: string): boolean {
  let hit = cache.get(word);
  if (hit !== undefined) return hit;
  if (segmenter === undefined)
    segmenter = typeof Intl === 'object' && Intl.Segmenter ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  hit = !!segmenter && word.length > 1;
  // Copy out only the length: a kept segment object holds the whole input (TOOLING.md, Node 20).
  if (hit) for (const s of segmenter!.segment(word)) if (s.segment.length > 1) hit = false;
  if (cache.size > 5000) cache.clear();
  cache.set(word, hit);
  return hit;
}

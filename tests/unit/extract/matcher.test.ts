import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../src/extract/matcher';

/** Every occurrence, by brute force: the reference the automaton must agree with. */
function naive(patterns: string[], text: string): string[] {
  const out: string[] = [];
  patterns.forEach((p, i) => {
    if (!p || patterns.indexOf(p) !== i) return;
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) out.push(`${at}:${at + p.length}:${i}`);
  });
  return out.sort();
}

function scanAll(patterns: string[], text: string): string[] {
  const out: string[] = [];
  buildMatcher(patterns).scan(text, (s, e, p) => out.push(`${s}:${e}:${p}`));
  return out.sort();
}

describe('buildMatcher', () => {
  it('reports every occurrence, overlaps included, like a brute-force search', () => {
    const patterns = ['京东', '京东方', '东方', '方', 'he', 'she', 'his', 'hers'];
    const text = '京东方与京东物流签约，东方财富；ushers his hershe';
    expect(scanAll(patterns, text)).toEqual(naive(patterns, text));
  });

  it('prefers the longest match at a position and never overlaps (京东 inside 京东方 is no match)', () => {
    const m = buildMatcher(['京东', '京东方', '方正证券']);
    const found = m.longest('京东方正在扩产，京东也是').map((x) => [x.start, x.end, x.pattern]);
    expect(found).toEqual([
      [0, 3, 1],
      [8, 10, 0],
    ]);
  });

  it('lets the caller veto a match before the longest are chosen', () => {
    const m = buildMatcher(['Intel', 'Intelligence']);
    const text = 'Intel said; Intelligence';
    const ok = m.longest(text, (s, e, p) => p === 0 && !/[A-Za-z]/.test(text[e] ?? ''));
    expect(ok.map((x) => text.slice(x.start, x.end))).toEqual(['Intel']);
  });

  it('works on astral characters as UTF-16 units, ignores empty patterns, keeps the first duplicate', () => {
    const m = buildMatcher(['', '𠮷野家', '𠮷野家', 'a']);
    expect(m.size).toBe(2);
    const found = m.longest('去𠮷野家吃饭 a');
    expect(found).toEqual([
      { start: 1, end: 5, pattern: 1 },
      { start: 8, end: 9, pattern: 3 },
    ]);
  });

  it('agrees with brute force on random texts over a small alphabet', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const alphabet = 'ab京东';
    const word = (len: number) => Array.from({ length: len }, () => alphabet[rand(alphabet.length)]).join('');
    for (let round = 0; round < 30; round++) {
      const patterns = Array.from({ length: 8 }, () => word(1 + rand(4)));
      const text = word(200);
      expect(scanAll(patterns, text)).toEqual(naive(patterns, text));
    }
  });

  it('finds nothing with no patterns and on empty text', () => {
    expect(buildMatcher([]).longest('anything')).toEqual([]);
    expect(buildMatcher(['x']).longest('')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { sortByKeys } from '../../../src/extract/sort-keys';

interface Span {
  start: number;
  end: number;
  tier: number;
  id: number;
}

/** A seeded PRNG (mulberry32), so a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function spans(n: number, seed: number, maxStart: number): Span[] {
  const next = rng(seed);
  return Array.from({ length: n }, (_, id) => {
    const start = Math.floor(next() * maxStart);
    return { start, end: start + 1 + Math.floor(next() * 6), tier: 1 + Math.floor(next() * 3), id };
  });
}

const byPriority = (a: Span, b: Span) => a.tier - b.tier || b.end - b.start - (a.end - a.start) || a.start - b.start;
const PRIORITY = [(s: Span) => s.tier, (s: Span) => s.start - s.end, (s: Span) => s.start];

describe('sortByKeys', () => {
  it('orders as the stable comparator sort does, ties included', () => {
    for (const seed of [1, 2, 3]) {
      const items = spans(2000, seed, 300); // many equal keys: stability shows
      const expected = [...items].sort(byPriority).map((s) => s.id);
      expect(sortByKeys([...items], PRIORITY, byPriority).map((s) => s.id)).toEqual(expected);
    }
  });

  it('sorts by one key, negative keys included', () => {
    const items = spans(500, 7, 1000).map((s) => ({ ...s, start: s.start - 500 }));
    const byStart = (a: Span, b: Span) => a.start - b.start;
    const expected = [...items].sort(byStart).map((s) => s.id);
    expect(sortByKeys([...items], [(s) => s.start], byStart).map((s) => s.id)).toEqual(expected);
  });

  it('falls back to the comparator when the keys do not fit one safe integer, or are not integers', () => {
    const byStart = (a: Span, b: Span) => a.start - b.start || a.end - b.end;
    const huge = spans(300, 9, 1000).map((s, i) => ({ ...s, start: i % 2 ? s.start : s.start * 2 ** 40 }));
    expect(sortByKeys([...huge], [(s) => s.start, (s) => s.end], byStart)).toEqual([...huge].sort(byStart));
    const halves = spans(300, 11, 1000).map((s) => ({ ...s, start: s.start / 2 }));
    expect(sortByKeys([...halves], [(s) => s.start, (s) => s.end], byStart)).toEqual([...halves].sort(byStart));
  });

  it('leaves empty and one-item lists as they are', () => {
    expect(sortByKeys([], PRIORITY, byPriority)).toEqual([]);
    const one = spans(1, 1, 10);
    expect(sortByKeys([...one], PRIORITY, byPriority)).toEqual(one);
  });
});

import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index';
import { findMarkedSpans } from '../../../src/extract/quote-marks';
import { detectQuotes } from '../../../src/extract/quotes';
import type { Entity } from '../../../src/extract/types';

/** A small seeded PRNG (mulberry32), so a failing case can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// pieces that stress the pairing: every mark, astral characters, line breaks, speech verbs, names
const PIECES = [
  '“',
  '”',
  '「',
  '」',
  '『',
  '』',
  '‘',
  '’',
  '"',
  "'",
  '《',
  '》',
  '\n',
  '\n\n',
  ' ',
  '，',
  '。',
  ',',
  '.',
  ':',
  '：',
  '😀',
  '𠀀',
  '\u{1F600}\u{1F3FD}',
  '\uD800',
  '\uDC00',
  '表示',
  '说',
  '称',
  '他',
  'she said',
  'said',
  ' Mr. ',
  '教授',
  '张明',
  'Jane Doe',
  'the company',
  '以下简称',
  '在',
  '看来',
  '公司',
  '我们',
  'a',
  'é',
  '\u0000',
  '\t',
  '…',
  '\r\n',
];

function randomText(next: () => number, length: number): string {
  let s = '';
  while (s.length < length) {
    const r = next();
    if (r < 0.6) s += PIECES[Math.floor(next() * PIECES.length)];
    else s += String.fromCodePoint(Math.floor(next() * 0x2ffff));
  }
  return s;
}

/** The invariants of contract 1 for quotes, plus: no span starts or ends with whitespace. */
function checkSpans(text: string, spans: Entity[]): void {
  let end = 0;
  for (const q of spans) {
    expect(q.kind).toBe('quote');
    expect(Number.isInteger(q.start) && Number.isInteger(q.end)).toBe(true);
    expect(q.start).toBeGreaterThanOrEqual(end);
    expect(q.end).toBeGreaterThan(q.start);
    expect(q.end).toBeLessThanOrEqual(text.length);
    expect(q.text).toBe(text.slice(q.start, q.end));
    expect(/^\s|\s$/.test(q.text)).toBe(false);
    if (q.speaker !== undefined) expect(q.speaker.length).toBeGreaterThan(0);
    end = q.end;
  }
}

describe('quotes: properties on random text', () => {
  it('never throws and keeps every span consistent (2,000 random texts)', () => {
    const next = rng(20240917);
    for (let i = 0; i < 2000; i++) {
      const text = randomText(next, Math.floor(next() * 400));
      checkSpans(text, detectQuotes(text));
    }
  }, 60_000);

  it('keeps pairs inside their marks and never nests top-level spans', () => {
    const next = rng(7);
    for (let i = 0; i < 500; i++) {
      const text = randomText(next, 300);
      let end = 0;
      for (const s of findMarkedSpans(text)) {
        expect(s.open).toBeGreaterThanOrEqual(end);
        expect(s.open).toBeLessThan(s.start);
        expect(s.end).toBeLessThanOrEqual(s.after);
        expect('“「『‘"').toContain(text[s.open]);
        end = s.after;
      }
    }
  });

  it('survives through extract() on empty, whitespace-only and mark-only input', () => {
    for (const text of ['', ' ', '\n\n', '“', '”', '""', '“”', '「」', '‘’', '"\n"', '“\n“\n“', '\uD800“\uDC00”']) {
      checkSpans(text, extract(text, { kinds: ['quote'] }));
    }
  });

  it('handles 1 MB strings full of unbalanced and nested marks', () => {
    const unbalanced = '“他说“她说「‘"'.repeat(150_000);
    checkSpans(unbalanced, detectQuotes(unbalanced));
    const closers = '”」’"'.repeat(250_000) + '“';
    checkSpans(closers, detectQuotes(closers));
    const nested = '“'.repeat(500_000) + 'x' + '”'.repeat(500_000);
    const deep = detectQuotes(nested);
    checkSpans(nested, deep);
    expect(deep.length).toBeLessThanOrEqual(1);
    const lines = '“没有闭合\n'.repeat(150_000);
    expect(detectQuotes(lines)).toEqual([]);
  }, 60_000);

  it('finds astral characters inside quotes with UTF-16 offsets', () => {
    const text = '𠀀𠀁。杨帆说：“我们的新品叫𠮷，销量翻了一倍😀。”';
    const [q] = detectQuotes(text);
    expect(q.text).toBe('我们的新品叫𠮷，销量翻了一倍😀。');
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.speaker).toBe('杨帆');
  });
});

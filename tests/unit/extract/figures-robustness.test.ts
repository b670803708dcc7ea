import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract';
import type { Entity } from '../../../src/extract';
import { figureDetector } from '../../../src/extract/figures';

// Property-style checks: for any string the detector returns, without throwing, figures whose spans are in
// bounds, consistent with the text, sorted and non-overlapping, with finite values. Inputs come from a seeded
// generator over the characters figures are made of, so a failure can be replayed.
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  ...'0123456789０１２３４５６７８９.．,，%％‰-−－+—–~～/:：$€£¥￥₹ \n\t',
  ...'年月日号份季度第前上下半财万亿千百十两〇零一二三四五六七八九成倍分之多余元个条人家股至到约近《》“”（）()',
  ...'abcxQHmkpsAZ',
  'million',
  'billion',
  ' to ',
  'Oct. ',
  'mid-',
  'per share',
  'a share',
  '个百分点',
  'basis points',
  '美元',
  '港元',
  '.SZ',
  '.HK',
  '😀',
  '\ud83d', // a lone high surrogate
  '\udc00', // a lone low surrogate
  '\u0000',
];

function randomText(next: () => number, length: number): string {
  let s = '';
  while (s.length < length) s += PIECES[Math.floor(next() * PIECES.length)];
  return s;
}

/** The first broken invariant among `found`, or '' (plain checks: a 1 MB input yields ~10⁵ figures). */
function brokenInvariant(text: string, found: Entity[]): string {
  let lastEnd = 0;
  for (const e of found) {
    const where = `${e.start}-${e.end} ${JSON.stringify(e.text)}`;
    if (e.kind !== 'figure') return `kind ${where}`;
    if (!Number.isInteger(e.start) || !Number.isInteger(e.end)) return `offsets ${where}`;
    if (e.start < lastEnd) return `overlap or order ${where}`;
    if (e.end <= e.start || e.end > text.length) return `bounds ${where}`;
    if (e.text !== text.slice(e.start, e.end)) return `text ${where}`;
    if (e.text !== e.text.trim()) return `whitespace ${where}`;
    for (const v of [e.value?.number, e.value?.low, e.value?.high])
      if (v !== undefined && !Number.isFinite(v)) return `value ${where}`;
    lastEnd = e.end;
  }
  return '';
}

const detect = (text: string): Entity[] => figureDetector.detect(text, { options: {}, companies: [] });

describe('figure detector robustness', () => {
  it('handles empty and tiny inputs', () => {
    for (const text of ['', ' ', '0', '-', '$', '年', '万', '1年', '😀', '\ud83d', '-$', '1-', '至2', '3至4']) {
      expect(brokenInvariant(text, extract(text, { kinds: ['figure'] }))).toBe('');
      expect(brokenInvariant(text, detect(text))).toBe('');
    }
    // A regression: a day number at the very end of the text was read as a date with an empty suffix.
    expect(detect('至2')).toEqual([expect.objectContaining({ text: '2' })]);
    expect(detect('至2')[0].value).toEqual({ number: 2 });
  });

  it('keeps its invariants on 3,000 random strings of figure characters', () => {
    const next = rng(20241210);
    for (let k = 0; k < 3000; k++) {
      const text = randomText(next, 1 + Math.floor(next() * 80));
      let found: Entity[] = [];
      expect(() => (found = detect(text))).not.toThrow();
      const broken = brokenInvariant(text, found);
      if (broken) expect({ text, broken }).toEqual({ text, broken: '' });
    }
  });

  it('keeps its invariants on random Unicode, astral characters included', () => {
    const next = rng(7);
    for (let k = 0; k < 500; k++) {
      let text = '';
      for (let n = Math.floor(next() * 60); n > 0; n--)
        text += String.fromCodePoint(Math.floor(next() * 0x10ffff) & ~0x800);
      expect(brokenInvariant(text, detect(text))).toBe('');
    }
  });

  it('keeps its invariants on 1 MB inputs of digits, marks and CJK', () => {
    const next = rng(99);
    const inputs = [
      '9'.repeat(1_000_000),
      '1-'.repeat(500_000),
      '1,000'.repeat(200_000),
      '一二三万亿'.repeat(200_000),
      randomText(next, 1_000_000),
    ];
    for (const text of inputs) expect(brokenInvariant(text, detect(text))).toBe('');
  }, 120_000); // headroom for a loaded machine: this checks invariants, not speed (see the bench)

  it('finds the figures of a long document made of one sentence repeated', () => {
    const sentence = '公司营收109.46亿元，同比增长12.3%。';
    const found = detect(sentence.repeat(20_000));
    expect(found).toHaveLength(40_000);
    expect(found[39_999].text).toBe('12.3%');
  });
});

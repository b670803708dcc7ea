import { describe, expect, it } from 'vitest';
import { findCompanies } from '../../../src/extract/companies';

/** A deterministic random generator, so a failure can be replayed. */
function rng(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s % n;
  };
}

const PIECES = [
  '有限公司',
  '股份有限公司',
  '（',
  '）',
  '(',
  ')',
  '“',
  '”',
  '以下简称',
  '简称“',
  '集团',
  '证券',
  '资本',
  '方面表示',
  '旗下',
  '\n',
  '\n\n',
  '# ',
  '、',
  '，',
  '。',
  'Inc.',
  ' Corp',
  ' & Co',
  '(NYSE: ',
  '002600.SZ',
  '京东',
  '京东方',
  '长城',
  '苹果',
  '𠮷',
  '\uD800',
  '\uDC00',
  ' ',
  'Intel',
  '合伙企业(有限合伙',
  '领益智造',
  '江苏',
  '等车企',
];

function randomText(r: (n: number) => number, len: number): string {
  let out = '';
  while (out.length < len) {
    const k = r(4);
    if (k === 0) out += PIECES[r(PIECES.length)];
    else if (k === 1) out += String.fromCharCode(0x4e00 + r(0x5200));
    else if (k === 2) out += String.fromCharCode(r(0x10000));
    else out += String.fromCodePoint(0x10000 + r(0x1000));
  }
  return out;
}

/** Checks every span of `text` (plain loop, one assertion: 1 MB gives tens of thousands of spans). */
function checkSpans(text: string): void {
  const found = findCompanies(text);
  const bad: string[] = [];
  let last = -1;
  for (const e of found) {
    const ok =
      e.kind === 'company' &&
      e.start >= 0 &&
      e.end <= text.length &&
      e.start < e.end &&
      text.slice(e.start, e.end) === e.text &&
      e.start >= last; // sorted, no overlaps
    if (!ok) bad.push(JSON.stringify(e));
    last = e.end;
  }
  expect(bad).toEqual([]);
}

describe('findCompanies on arbitrary input', () => {
  it('returns consistent, sorted, non-overlapping spans for random text with marks, breaks and astral characters', () => {
    const r = rng(42);
    for (let i = 0; i < 200; i++) checkSpans(randomText(r, 1 + r(400)));
  });

  it('handles empty, tiny and unbalanced inputs', () => {
    for (const t of ['', '（', '）', '“', '有限公司', '（以下简称“', 'Inc.', '\n\n', '𠮷', '\uD800有限公司'])
      checkSpans(t);
    expect(findCompanies('')).toEqual([]);
  });

  it('handles a 1 MB text', { timeout: 60_000 }, () => {
    const r = rng(7);
    checkSpans(randomText(r, 1 << 20));
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCompanies } from '../../../src/extract/companies';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'extract', 'companies');

interface Expected {
  start: number;
  end: number;
  text: string;
  optional: boolean;
}

/** Strips the 【required】 and 〖optional〗 marks (see the fixtures' README) into text plus expected spans. */
function parse(marked: string): { text: string; expected: Expected[] } {
  let text = '';
  const open: [number, boolean][] = [];
  const expected: Expected[] = [];
  for (const ch of marked) {
    if (ch === '【' || ch === '〖') open.push([text.length, ch === '〖']);
    else if (ch === '】' || ch === '〗') {
      const [start, optional] = open.pop()!;
      expected.push({ start, end: text.length, text: text.slice(start), optional });
    } else text += ch;
  }
  return { text, expected };
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.txt'));
const results = files.map((file) => {
  const { text, expected } = parse(readFileSync(join(DIR, file), 'utf8'));
  const found = findCompanies(text);
  const key = (s: { start: number; end: number }) => `${s.start}:${s.end}`;
  const got = new Set(found.map(key));
  const misses = expected.filter((e) => !e.optional && !got.has(key(e))).map((e) => e.text);
  const extras = found
    .filter((f) => !expected.some((e) => key(e) === key(f) || (e.optional && e.start < f.end && e.end > f.start)))
    .map((f) => f.text);
  const required = expected.filter((e) => !e.optional).length;
  return { file, misses, extras, required };
});

describe('company fixtures (original articles, strict spans)', () => {
  it('has fixtures in Chinese and English', () => {
    expect(files.some((f) => f.startsWith('zh-'))).toBe(true);
    expect(files.some((f) => f.startsWith('en-'))).toBe(true);
  });

  for (const r of results) {
    it(`${r.file}: no span that is not a company`, () => {
      expect(r.extras).toEqual([]);
    });
  }

  it('finds at least 95% of the required spans exactly, over all fixtures', () => {
    const required = results.reduce((n, r) => n + r.required, 0);
    const missed = results.flatMap((r) => r.misses.map((m) => `${r.file}: ${m}`));
    if (missed.length)
      console.warn(`company fixtures: ${missed.length} of ${required} missed:\n  ${missed.join('\n  ')}`);
    expect(1 - missed.length / required).toBeGreaterThanOrEqual(0.95);
  });
});

// @vitest-environment happy-dom
/**
 * findArticle on the project's own fixture pages (tests/fixtures/article): each page's JSON says
 * whether it has an article, which elements' text must be found and which must be left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, run, squeeze } from './article-checks';

const DIR = resolve(__dirname, '../../fixtures/article');

interface Expectation {
  note: string;
  /** The page's address (default: an unrelated news site). */
  url?: string;
  article: boolean;
  /** Selectors of elements whose text must be found. */
  include?: string[];
  /** Selectors of elements that no returned element may hold or lie in. */
  exclude?: string[];
}

const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''));

describe('findArticle on the article fixtures', () => {
  it('has fixtures with and without an article', () => {
    const kinds = names.map((n) => (JSON.parse(readFileSync(join(DIR, `${n}.json`), 'utf8')) as Expectation).article);
    expect(kinds.filter((k) => k).length).toBeGreaterThanOrEqual(5);
    expect(kinds.filter((k) => !k).length).toBeGreaterThanOrEqual(4);
  });

  for (const name of names) {
    const want = JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as Expectation;
    it(`${name}: ${want.note}`, () => {
      const doc = parse(readFileSync(join(DIR, `${name}.html`), 'utf8'), want.url);
      const found = run(doc);
      if (!want.article) {
        expect(found.parts.map((p) => p.tagName + '.' + p.className)).toEqual([]);
        return;
      }
      expect(found.parts.length).toBeGreaterThan(0);
      expect(found.leaks).toEqual([]);
      expect(found.orderErrors).toBe(0);
      const text = squeeze(found.text);
      const missing: string[] = [];
      for (const sel of want.include ?? []) {
        const els = doc.querySelectorAll(sel);
        expect(els.length, `selector ${sel} matches nothing`).toBeGreaterThan(0);
        for (const el of els)
          if (!text.includes(squeeze(el.textContent ?? ''))) missing.push(`${sel}: ${el.textContent?.slice(0, 40)}`);
      }
      expect(missing).toEqual([]);
      const leaked: string[] = [];
      for (const sel of want.exclude ?? []) {
        const els = doc.querySelectorAll(sel);
        expect(els.length, `selector ${sel} matches nothing`).toBeGreaterThan(0);
        for (const el of els) if (found.parts.some((p) => p.contains(el) || el.contains(p))) leaked.push(sel);
      }
      expect(leaked).toEqual([]);
    });
  }
});

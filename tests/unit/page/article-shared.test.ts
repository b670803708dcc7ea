// @vitest-environment happy-dom
/**
 * findArticle on the shared news pages (../shared/fixtures/{seed,dev}/pages): the whole article
 * text is found, nothing from nav, asides, comments or the page header/footer.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingLines, parse, run, squeeze } from './article-checks';

const SHARED = resolve(__dirname, '../../../../shared/fixtures');
const HAS_SHARED = existsSync(join(SHARED, 'seed', 'pages'));
if (!HAS_SHARED) console.warn(`article-shared: ${SHARED} is absent, the shared news pages are skipped`);

interface Case {
  name: string;
  html: string;
  article: string;
}

function cases(): Case[] {
  if (!HAS_SHARED) return [];
  const out: Case[] = [];
  for (const set of ['seed', 'dev']) {
    const dir = join(SHARED, set);
    for (const file of readdirSync(join(dir, 'pages')).filter((f) => f.endsWith('.html'))) {
      const name = file.replace(/\.html$/, '');
      const gold = JSON.parse(readFileSync(join(dir, 'pages-gold', `${name}.json`), 'utf8')) as { from: string };
      const m = /^(\S+) \[(\d+), (\d+)\)/.exec(gold.from);
      if (!m) throw new Error(`unreadable "from" in ${name}: ${gold.from}`);
      const text = readFileSync(join(dir, 'texts', `${m[1]}.txt`), 'utf8').slice(Number(m[2]), Number(m[3]));
      out.push({ name: `${set}/${name}`, html: readFileSync(join(dir, 'pages', file), 'utf8'), article: text });
    }
  }
  return out;
}

describe.skipIf(!HAS_SHARED)('findArticle on the shared news pages', () => {
  for (const c of cases()) {
    it(`${c.name}: the whole article, no chrome`, () => {
      const found = run(parse(c.html));
      expect(found.parts.length).toBeGreaterThan(0);
      expect(missingLines(c.article, found.text)).toEqual([]);
      expect(found.leaks).toEqual([]);
      // The meta line (time, source, read count) is the page's, not the article's: its figures
      // would be highlights the gold does not have.
      const doc = found.parts[0]?.ownerDocument;
      const meta = doc ? [...doc.querySelectorAll('.article-meta, .article-info')] : [];
      expect(meta.filter((m) => found.parts.some((p) => p.contains(m)))).toEqual([]);
      expect(found.orderErrors).toBe(0);
      // Little beyond the article: headline, byline, captions, a source line.
      const extra = squeeze(found.text).length / squeeze(c.article).length;
      expect(extra).toBeLessThan(1.15);
    });
  }
});

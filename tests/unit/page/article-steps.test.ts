// @vitest-environment happy-dom
/**
 * findArticleInSteps (the annotator's way to find the article on a huge page in short tasks) gives
 * findArticle's answer, however often it is paused.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findArticle, findArticleInSteps } from '../../../src/page/article';
import { bigPage } from '../../bench/big-page.mjs';
import { parse } from './article-checks';

const DIR = resolve(__dirname, '../../fixtures/article');

/** Runs the search to the end, pausing at every check; returns its answer and how many steps it took. */
function stepped(doc: Document): { found: Element[]; steps: number } {
  const search = findArticleInSteps(doc);
  let steps = 1;
  while (!search.step(() => true)) steps++;
  return { found: search.result, steps };
}

describe('findArticleInSteps', () => {
  it('gives findArticle’s answer on every article fixture page', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const doc = parse(readFileSync(join(DIR, file), 'utf8'));
      expect(stepped(doc).found, file).toEqual(findArticle(doc));
    }
  });

  it('pauses many times on a huge page and still finds its article', () => {
    const doc = parse(bigPage(50_000));
    const { found, steps } = stepped(doc);
    expect(steps).toBeGreaterThan(5);
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(findArticle(doc));
  });

  it('never throws: a page without a body, and a body whose children throw', () => {
    const doc = parse('<html><body><p>x</p></body></html>');
    doc.documentElement.removeChild(doc.body);
    expect(stepped(doc).found).toEqual([]);
    const hostile = parse('<html><body><p>x</p></body></html>');
    Object.defineProperty(hostile.body, 'firstChild', {
      get() {
        throw new Error('hostile');
      },
    });
    expect(stepped(hostile).found).toEqual([]);
  });
});

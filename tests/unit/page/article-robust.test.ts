// @vitest-environment happy-dom
/**
 * findArticle never throws, never changes the page, and copes with odd documents: no body,
 * framesets, XML, deep nesting, a 50,000-node page, DOM methods that throw.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../../src/page/article';
import { bigPage } from '../../bench/big-page.mjs';
import { parse, squeeze } from './article-checks';

const DIR = resolve(__dirname, '../../fixtures/article');
const PARA =
  '<p>据公司公告，今年上半年营业收入同比增长12.5%，毛利率为21.3%，较上年同期提升1.2个百分点，经营现金流持续改善。</p>';

describe('findArticle leaves the page alone', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.html'))) {
    it(`${file}: the DOM is byte-identical afterwards`, () => {
      const doc = parse(readFileSync(join(DIR, file), 'utf8'));
      const before = doc.documentElement.outerHTML;
      findArticle(doc);
      findArticle(doc);
      expect(doc.documentElement.outerHTML).toBe(before);
    });
  }
});

describe('findArticle on odd documents', () => {
  it('returns [] for an empty document, a body-less document and an XML document', () => {
    expect(findArticle(parse(''))).toEqual([]);
    const doc = parse(`<html><body>${PARA.repeat(8)}</body></html>`);
    doc.documentElement.removeChild(doc.body);
    expect(findArticle(doc)).toEqual([]);
    const xml = new DOMParser().parseFromString('<feed><entry>text</entry></feed>', 'application/xml');
    expect(findArticle(xml as unknown as Document)).toEqual([]);
  });

  it('never takes an editable region for the article', () => {
    const editor = parse(
      `<html><body><div class="editor" contenteditable="true">${PARA.repeat(10)}</div></body></html>`,
    );
    expect(findArticle(editor)).toEqual([]);
    const withReplies = parse(
      `<html><body><div class="story"><div class="text">${PARA.repeat(6)}</div>` +
        `<div class="talk">${PARA.repeat(4)}<div contenteditable="">reply here</div></div></div></body></html>`,
    );
    const parts = findArticle(withReplies);
    expect(parts.length).toBeGreaterThan(0);
    for (const p of parts) expect(p.closest('.talk') ?? p.querySelector('.talk, [contenteditable]')).toBeNull();
  });

  it('returns [] for a frameset page', () => {
    const doc = parse('<html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>');
    expect(findArticle(doc)).toEqual([]);
  });

  it('finds the article under 3,000 levels of nesting without overflowing the stack', () => {
    const depth = 3000;
    const html = `<html><body>${'<div>'.repeat(depth)}<div class="content">${PARA.repeat(10)}</div>${'</div>'.repeat(depth)}</body></html>`;
    const parts = findArticle(parse(html));
    expect(parts.length).toBeGreaterThan(0);
    expect(squeeze(parts.map((p) => p.textContent).join(''))).toContain(squeeze(PARA.replace(/<\/?p>/g, '')));
  }, 30_000);

  it('finds the article of a generated 50,000-node page and leaves its comments and sidebar out', () => {
    const doc = parse(bigPage(50_000));
    const parts = findArticle(doc);
    expect(parts.length).toBeGreaterThan(0);
    for (const p of parts) {
      expect(p.closest('#comments, .sidebar, .site-header, .site-footer')).toBeNull();
      expect(p.querySelector('#comments, .sidebar')).toBeNull();
    }
    const paragraphs = doc.querySelectorAll('.post-content > p').length;
    const found = parts.reduce(
      (n, p) => n + (p.matches('.post-content > p') ? 1 : p.querySelectorAll('.post-content > p').length),
      0,
    );
    expect(found).toBe(paragraphs);
  }, 60_000); // parsing 770 KB of HTML in happy-dom takes seconds on a busy machine

  it('returns [] instead of throwing when the DOM itself throws', () => {
    const doc = parse(`<html><body><div class="content">${PARA.repeat(10)}</div></body></html>`);
    Object.defineProperty(doc.body, 'getAttribute', {
      value: () => {
        throw new Error('hostile page');
      },
    });
    let result: Element[] | undefined;
    expect(() => (result = findArticle(doc))).not.toThrow();
    expect(result).toEqual([]);
  });
});

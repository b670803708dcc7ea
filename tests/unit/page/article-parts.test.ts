// @vitest-environment happy-dom
/** The building blocks of article detection: text measures, evidence, the headline, the gate. */
import { describe, expect, it } from 'vitest';
import { findHeadline, readEvidence } from '../../../src/page/article-evidence';
import { isArticle, siteOf } from '../../../src/page/article-gate';
import { walk } from '../../../src/page/article-walk';
import { parse } from './article-checks';

const measure = (html: string) => {
  const doc = parse(`<html><body>${html}</body></html>`);
  const model = walk(doc.body, true);
  return { doc, model, body: model.info.get(doc.body)! };
};

describe('walk: CJK-aware measures', () => {
  it('counts a CJK character as three letters and ，、。；：！？ as commas', () => {
    const { body } = measure('<p>领益智造，苹果、华为。</p>');
    expect(body.len).toBe(8 * 3 + 3); // 8 Han characters, 3 punctuation marks
    expect(body.commas).toBe(3);
  });

  it('counts English letters one by one and a space between words, and only "," as a comma there', () => {
    const { body } = measure('<p>Revenue rose, margins fell.</p>');
    expect(body.len).toBe('Revenue rose, margins fell.'.length);
    expect(body.commas).toBe(1);
  });

  it('measures link text, hash links at 0.3', () => {
    const { body } = measure(
      '<p>abcdefghij <a href="https://x.example/">klmnopqrst</a> <a href="#n">uvwxyzabcd</a></p>',
    );
    expect(body.linkLen).toBeCloseTo(10 + 3, 5);
  });

  it('leaves hidden, scripted and unlikely subtrees out of the measures', () => {
    const { body } = measure(
      '<p>visible</p><p hidden>hidden</p><p style="display: none">gone</p><div aria-hidden="true">aria</div>' +
        '<script>var x = 1;</script><div class="comment-list">comments here</div>',
    );
    expect(body.len).toBe('visible'.length);
  });

  it('reads runs of text in a div as paragraphs owned by the div, and a div without blocks as one', () => {
    const { doc, model } = measure(
      '<div id="a">第一段文字很长很长很长。<br><br>第二段文字也很长很长。<p>段落</p>尾巴</div><div id="b">只有文字</div>',
    );
    const owners = model.paras.map((p) =>
      p.el ? p.el.id || p.el.tagName.toLowerCase() : `run@${(p.owner as Element).id}`,
    );
    expect(owners).toEqual(['p', 'run@a', 'run@a', 'b']);
    expect(model.paras[3].owner).toBe(doc.body);
  });
});

describe('evidence', () => {
  it('reads schema.org Article types from JSON-LD, in @graph and arrays, and survives broken JSON', () => {
    const page = (ld: string) =>
      parse(`<html><head><script type="application/ld+json">${ld}</script></head><body><p>x</p></body></html>`);
    expect(readEvidence(page('{"@type":"NewsArticle","headline":"h"}')).declaresArticle).toBe(true);
    expect(readEvidence(page('{"@graph":[{"@type":"WebSite"},{"@type":["BlogPosting"]}]}')).declaresArticle).toBe(true);
    expect(readEvidence(page('[{"@type":"SearchResultsPage"}]')).declaresListing).toBe(true);
    const broken = readEvidence(page('{"@type": "NewsArticle",'));
    expect(broken.declaresArticle).toBe(false);
    expect(broken.declaresListing).toBe(false);
  });

  it('points at microdata articleBody, and notices password fields', () => {
    const ev = readEvidence(
      parse('<html><body><div itemprop="articleBody" id="b"><p>x</p></div><input type="password"></body></html>'),
    );
    expect((ev.hint as Element).id).toBe('b');
    expect(ev.declaresArticle).toBe(true);
    expect(ev.hasPassword).toBe(true);
  });
});

describe('findHeadline', () => {
  const page = `<html><head><title>海岚航空拟引进40架国产客机 - 远帆财经</title></head><body>
    <header><h1 class="logo">远帆财经</h1></header>
    <div class="story"><h1 id="h">海岚航空拟引进40架国产客机</h1><div class="meta">作者</div><div id="body"><p>正文</p></div></div></body></html>`;

  it('finds the h1 matching the title just before the body, not the site logo', () => {
    const doc = parse(page);
    const h = findHeadline(doc, [doc.getElementById('body')!]);
    expect(h.el?.id).toBe('h');
    expect(h.headed).toBe(true);
  });

  it('reports a headline already inside the parts without repeating it', () => {
    const doc = parse(page);
    const h = findHeadline(doc, [doc.querySelector('.story')!]);
    expect(h).toEqual({ el: null, headed: true });
  });
});

describe('isArticle', () => {
  const ev = {
    declaresArticle: false,
    declaresListing: false,
    hint: null,
    hasPassword: false,
    sites: new Set<string>(),
  };
  it('wants 500 of prose, or 150 when the page vouches for an article', () => {
    expect(isArticle({ prose: 400, headlines: 0, paragraphs: 3 }, ev, false)).toBe(false);
    expect(isArticle({ prose: 400, headlines: 0, paragraphs: 3 }, ev, true)).toBe(true);
    expect(isArticle({ prose: 400, headlines: 0, paragraphs: 3 }, { ...ev, hasPassword: true }, true)).toBe(false);
    expect(isArticle({ prose: 800, headlines: 0, paragraphs: 3 }, { ...ev, declaresListing: true }, false)).toBe(false);
  });

  it('rejects a headline list with teasers', () => {
    expect(isArticle({ prose: 3000, headlines: 10, paragraphs: 10 }, ev, false)).toBe(false);
    expect(isArticle({ prose: 3000, headlines: 10, paragraphs: 30 }, ev, false)).toBe(false); // 300 per headline
    expect(isArticle({ prose: 6000, headlines: 8, paragraphs: 10 }, ev, false)).toBe(true); // a list-style review
  });
});

describe('siteOf', () => {
  it('keeps the registrable part of a host name', () => {
    expect(siteOf('finance.sina.com.cn')).toBe('sina.com.cn');
    expect(siteOf('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteOf('news.example.com')).toBe('example.com');
    expect(siteOf('localhost')).toBe('localhost');
  });
});

describe('article hints', () => {
  it('keeps every word list sorted and free of duplicates (word lists are data)', async () => {
    const hints = (await import('../../../src/page/article-hints')) as Record<string, unknown>;
    const lists = Object.entries(hints).filter((e): e is [string, string[]] => Array.isArray(e[1]));
    expect(lists.length).toBeGreaterThanOrEqual(8);
    for (const [name, list] of lists) {
      expect([...list].sort(), name).toEqual(list);
      expect(new Set(list).size, name).toBe(list.length);
    }
  });
});

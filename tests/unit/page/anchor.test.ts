// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  anchor,
  describeRange,
  matchQuote,
  MIN_FUZZY_SCORE,
  snapshotText,
  textOffsetOf,
} from '../../../src/page/anchor';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'notes');

function load(file: string): void {
  const html = readFileSync(join(FIXTURES, file), 'utf8');
  const body = /<body>([\s\S]*)<\/body>/.exec(html)![1];
  document.body.innerHTML = body;
}

/** A Range over the first occurrence of `needle` in the body's text. */
function rangeOf(needle: string, occurrence = 0): Range {
  const snap = snapshotText(document.body);
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = snap.text.indexOf(needle, at + 1);
  expect(at, `"${needle}" on the page`).toBeGreaterThanOrEqual(0);
  return snap.range(at, at + needle.length)!;
}

describe('snapshotText', () => {
  beforeEach(() => load('article-zh.html'));

  it('reads the same text as body.textContent', () => {
    expect(snapshotText(document.body).text).toBe(document.body.textContent);
  });

  it('maps every span back to a Range with the same text, across element boundaries', () => {
    const snap = snapshotText(document.body);
    const spans: [number, number][] = [];
    for (let s = 0; s < snap.text.length; s += 37) spans.push([s, Math.min(snap.text.length, s + 23)]);
    spans.push([0, snap.text.length]);
    for (const [s, e] of spans) expect(snap.range(s, e)!.toString()).toBe(snap.text.slice(s, e));
  });

  it('refuses spans outside the text', () => {
    const snap = snapshotText(document.body);
    expect(snap.range(-1, 3)).toBeNull();
    expect(snap.range(0, snap.text.length + 1)).toBeNull();
  });
});

describe('describeRange', () => {
  beforeEach(() => load('article-zh.html'));

  it('gives the quote with 32 characters of context and the position in the body text', () => {
    const r = rangeOf('12.6亿元收购海川新材料');
    const sel = describeRange(document.body, r)!;
    const text = document.body.textContent!;
    expect(sel.quote.exact).toBe('12.6亿元收购海川新材料');
    expect(sel.position.end - sel.position.start).toBe(sel.quote.exact.length);
    expect(text.slice(sel.position.start, sel.position.end)).toBe(sel.quote.exact);
    expect(sel.quote.prefix).toHaveLength(32);
    expect(sel.quote.suffix).toHaveLength(32);
    expect(sel.quote.prefix!.endsWith('拟以')).toBe(true);
    expect(sel.quote.suffix!.startsWith('股份有限公司')).toBe(true);
  });

  it('handles boundaries given as element offsets', () => {
    const p = document.querySelectorAll('p')[3];
    const r = document.createRange();
    r.setStart(p, 0);
    r.setEnd(p, p.childNodes.length);
    const sel = describeRange(document.body, r)!;
    expect(sel.quote.exact).toBe(p.textContent);
    expect(textOffsetOf(document.body, p, 0)).toBe(sel.position.start);
  });

  it('never cuts a surrogate pair in the context', () => {
    document.body.innerHTML = '<p>😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀x中文y😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀</p>';
    const sel = describeRange(document.body, rangeOf('中文'))!;
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    expect(lone.test(sel.quote.prefix!)).toBe(false);
    expect(lone.test(sel.quote.suffix!)).toBe(false);
  });
});

describe('anchor', () => {
  it('finds an unchanged page by position', () => {
    load('article-en.html');
    const sel = describeRange(document.body, rangeOf('$18.40 a share'))!;
    const found = anchor(snapshotText(document.body), sel)!;
    expect(found.method).toBe('position');
    expect(found.range.toString()).toBe('$18.40 a share');
  });

  it('finds the passage by its quote after a paragraph is inserted before it', () => {
    load('article-zh.html');
    const sel = describeRange(document.body, rangeOf('同比增长18.5%'))!;
    const first = document.querySelector('article p')!;
    const extra = document.createElement('p');
    extra.textContent = '（编者按：本文数据来自公司年报，已更新。）';
    first.before(extra);
    const found = anchor(snapshotText(document.body), sel)!;
    expect(found.method).toBe('quote');
    expect(found.range.toString()).toBe('同比增长18.5%');
    expect(found.start).toBe(sel.position.start + extra.textContent.length);
  });

  it('picks the right one of two identical passages by its prefix and suffix', () => {
    load('article-zh.html');
    const quote = '我们看重的是海川材料的专利储备。';
    const sel = describeRange(document.body, rangeOf(quote, 1))!;
    // Shift everything so the position no longer holds: only the context can tell them apart.
    document.querySelector('article h1')!.append('（更新）');
    const found = anchor(snapshotText(document.body), sel)!;
    expect(found.method).toBe('quote');
    expect(found.range.toString()).toBe(quote);
    expect(found.range.startContainer.parentElement!.textContent).toContain('另一位业内人士');
  });

  it('finds an edited passage by fuzzy matching', () => {
    load('article-en.html');
    const passage = 'Freight volumes have bottomed out, and this is the moment to build scale';
    const sel = describeRange(document.body, rangeOf(passage))!;
    const p = document.querySelectorAll('article p')[1];
    p.textContent = p.textContent!.replace('this is the moment', 'now is the moment');
    const found = anchor(snapshotText(document.body), sel)!;
    expect(found.method).toBe('fuzzy');
    expect(found.range.toString()).toContain('now is the moment to build scale');
    expect(found.range.startContainer.parentElement).toBe(p);
  });

  it('returns null when the passage is gone (the note becomes an orphan)', () => {
    load('article-en.html');
    const sel = describeRange(document.body, rangeOf('a 27% premium to Friday'))!;
    document.querySelectorAll('article p')[2].remove();
    expect(anchor(snapshotText(document.body), sel)).toBeNull();
  });

  it('does not attach a note to a look-alike passage once its own is gone', () => {
    load('article-zh.html');
    const sel = describeRange(document.body, rangeOf('星河电池实现营收86.3亿元，同比增长18.5%'))!;
    document.querySelectorAll('article p')[3].remove();
    expect(document.body.textContent).toContain('储能业务实现营收12.1亿元，同比增长18.5%');
    expect(anchor(snapshotText(document.body), sel)).toBeNull();
    // Without the threshold the fuzzy search would have taken the look-alike.
    const m = matchQuote(snapshotText(document.body).text, sel.quote, sel.position.start)!;
    expect(m.errors).toBeGreaterThan(0);
    expect(m.score).toBeLessThan(MIN_FUZZY_SCORE);
  });

  it('uses the position alone when a note has no quote, and the quote alone when it has no position', () => {
    load('article-en.html');
    const sel = describeRange(document.body, rangeOf('Redwood Securities'))!;
    const snap = snapshotText(document.body);
    expect(anchor(snap, { position: sel.position })!.range.toString()).toBe('Redwood Securities');
    expect(anchor(snap, { quote: sel.quote })!.range.toString()).toBe('Redwood Securities');
    expect(anchor(snap, {})).toBeNull();
  });
});

describe('matchQuote', () => {
  it('prefers the occurrence nearest the old position when the context is the same', () => {
    const text = 'abc XYZ abc ---------------------------------------- abc XYZ abc';
    const last = text.lastIndexOf('XYZ');
    expect(matchQuote(text, { exact: 'XYZ', prefix: 'abc ', suffix: ' abc' }, last)!.start).toBe(last);
    expect(matchQuote(text, { exact: 'XYZ', prefix: 'abc ', suffix: ' abc' }, 0)!.start).toBe(4);
  });

  it('scores an exact match with its context as 1 and a match without context lower', () => {
    const text = '甲公司营收增长10%。乙公司营收增长10%。';
    const withContext = matchQuote(text, { exact: '营收增长10%', prefix: '乙公司', suffix: '。' }, 14)!;
    expect(withContext.start).toBe(text.indexOf('乙公司') + 3);
    expect(withContext.score).toBeCloseTo(1, 5);
    const other = matchQuote(text, { exact: '营收增长10%', prefix: '丙公司', suffix: '。' }, 13)!;
    expect(other.score).toBeLessThan(1);
  });

  it('gives up when more than half the quote differs', () => {
    expect(matchQuote('completely unrelated words here', { exact: 'Northwind takeover' })).toBeNull();
  });
});

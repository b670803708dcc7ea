// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createPainter, paint, type HighlightEnv, type PaintSpan } from '../../../src/page/paint';
import { highlightCss, markCss, mix, toneOf } from '../../../src/page/highlight-styles';
import { DEFAULT_COLOURS } from '../../../src/settings/defaults';
import { buildTextMap } from '../../../src/page/text-map';

/** A stand-in for the CSS Custom Highlight API (happy-dom has none): Highlight is a Set of ranges. */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  type = 'highlight';
}
function fakeEnv(): HighlightEnv & { registry: Map<string, FakeHighlight> } {
  const registry = new Map<string, FakeHighlight>();
  return { registry, Highlight: FakeHighlight } as unknown as HighlightEnv & { registry: Map<string, FakeHighlight> };
}

const HTML =
  '<article id="a"><h1>Harbor Freight Robotics agrees to $1.8 billion sale</h1>' +
  '<p>"Revenue rose <b>14 percent</b> to $412 million," Harbor Freight Robotics said.</p></article>';

function spansOf(specs: [PaintSpan['kind'], string, boolean?][]): PaintSpan[] {
  const map = buildTextMap([document.getElementById('a')!]);
  return specs.map(([kind, text, watched]) => {
    const at = map.text.indexOf(text);
    if (at < 0) throw new Error(`no ${text}`);
    return { kind, range: map.range(at, at + text.length)!, watched };
  });
}

beforeEach(() => {
  document.body.innerHTML = HTML;
  document.adoptedStyleSheets = [];
});

describe('paint with the Highlight API', () => {
  it('registers one Highlight per kind, watched companies also in newsmark-watch, and removes them all', () => {
    const env = fakeEnv();
    const note = new FakeHighlight();
    env.registry.set('newsmark-note', note);
    const spans = spansOf([
      ['figure', '$1.8 billion'],
      ['quote', 'Revenue rose 14 percent to $412 million,'],
      ['figure', '14 percent'],
      ['company', 'Harbor Freight Robotics', true],
    ]);
    const before = document.body.innerHTML;
    const remove = paint(document, spans, { env });
    expect([...env.registry.keys()].sort()).toEqual([
      'newsmark-company',
      'newsmark-figure',
      'newsmark-note',
      'newsmark-quote',
      'newsmark-watch',
    ]);
    expect([...env.registry.get('newsmark-figure')!].map((r) => (r as Range).toString())).toEqual([
      '$1.8 billion',
      '14 percent',
    ]);
    expect(env.registry.get('newsmark-watch')!.size).toBe(1);
    expect(env.registry.get('newsmark-company')!.size).toBe(1);
    // Nested kinds: the figure inside the quote paints over it.
    expect(env.registry.get('newsmark-figure')!.priority).toBeGreaterThan(env.registry.get('newsmark-quote')!.priority);
    expect(document.adoptedStyleSheets.length).toBe(1);
    expect(document.body.innerHTML).toBe(before);
    remove();
    expect([...env.registry.keys()]).toEqual(['newsmark-note']);
    expect(env.registry.get('newsmark-note')).toBe(note);
    expect(document.adoptedStyleSheets.length).toBe(0);
  });

  it('hides a kind by taking its Highlight out of the registry and shows the same object again', () => {
    const env = fakeEnv();
    const p = createPainter(document, { env });
    p.add(
      spansOf([
        ['figure', '$412 million'],
        ['company', 'Harbor Freight Robotics', true],
      ]),
    );
    const figure = env.registry.get('newsmark-figure');
    p.setVisible('figure', false);
    p.setVisible('company', false);
    expect(env.registry.has('newsmark-figure')).toBe(false);
    expect(env.registry.has('newsmark-watch')).toBe(false);
    // Added while hidden: kept in the Highlight, not registered.
    p.add(spansOf([['figure', '$1.8 billion']]));
    expect(env.registry.has('newsmark-figure')).toBe(false);
    p.setVisible('figure', true);
    expect(env.registry.get('newsmark-figure')).toBe(figure);
    expect(figure!.size).toBe(2);
    p.dispose();
  });

  it('removes single spans and flashes a range briefly', async () => {
    const env = fakeEnv();
    const p = createPainter(document, { env });
    const spans = spansOf([
      ['figure', '$412 million'],
      ['figure', '$1.8 billion'],
    ]);
    p.add(spans);
    p.remove([spans[0]]);
    expect(env.registry.get('newsmark-figure')!.size).toBe(1);
    p.flash(spans[1].range, 20);
    expect(env.registry.get('newsmark-flash')!.size).toBe(1);
    await new Promise((r) => setTimeout(r, 40));
    expect(env.registry.get('newsmark-flash')!.size).toBe(0);
    p.dispose();
  });

  it('puts the adopted sheet back when the page replaces document.adoptedStyleSheets', () => {
    const env = fakeEnv();
    const p = createPainter(document, { env });
    document.adoptedStyleSheets = [];
    p.add(spansOf([['figure', '$412 million']]));
    expect(document.adoptedStyleSheets.length).toBe(1);
    p.dispose();
  });
});

describe('paint with the <mark> fallback', () => {
  it('wraps spans in marks, nests kinds, and the remover restores the exact DOM and its nodes', () => {
    const p = document.querySelector('p')!;
    const nodesBefore = [...p.childNodes];
    const before = document.body.innerHTML;
    const painter = createPainter(document, { env: null });
    expect(painter.mode).toBe('mark');
    const spans = spansOf([
      ['quote', 'Revenue rose 14 percent to $412 million,'],
      ['figure', '14 percent'],
      ['figure', '$412 million'],
      ['company', 'Harbor Freight Robotics', true],
    ]);
    const ranges = painter.add(spans);
    expect(ranges.map((r) => r!.toString())).toEqual([
      'Revenue rose 14 percent to $412 million,',
      '14 percent',
      '$412 million',
      'Harbor Freight Robotics',
    ]);
    const marks = [...document.querySelectorAll('mark[data-newsmark-kind]')];
    expect(marks.map((m) => [m.getAttribute('data-newsmark-kind'), m.textContent])).toEqual([
      ['company', 'Harbor Freight Robotics'],
      ['quote', 'Revenue rose '],
      ['quote', '14 percent'],
      ['figure', '14 percent'],
      ['quote', ' to $412 million,'],
      ['figure', '$412 million'],
    ]);
    expect(marks[0].hasAttribute('data-newsmark-watch')).toBe(true);
    expect(p.textContent).toBe('"Revenue rose 14 percent to $412 million," Harbor Freight Robotics said.');
    painter.dispose();
    expect(document.body.innerHTML).toBe(before);
    expect([...p.childNodes]).toEqual(nodesBefore);
    expect(document.querySelector('style')).toBeNull();
  });

  it('styles hidden kinds as plain text', () => {
    const painter = createPainter(document, { env: null });
    painter.add(spansOf([['figure', '$412 million']]));
    const css = () =>
      [...document.adoptedStyleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('');
    expect(css()).toMatch(/mark\[data-newsmark-kind="?figure"?\]/);
    painter.setVisible('figure', false);
    expect(css()).not.toMatch(/mark\[data-newsmark-kind="?figure"?\]/);
    expect(css()).toMatch(/mark\[data-newsmark-kind="?quote"?\]/);
    painter.dispose();
  });
});

describe('highlight styles', () => {
  it('gives each kind a different shape, not only a different colour', () => {
    const css = highlightCss(DEFAULT_COLOURS, 'light');
    const rule = (name: string) => css.split('\n').find((l) => l.startsWith(`::highlight(${name})`))!;
    expect(rule('newsmark-quote')).toContain('dotted');
    expect(rule('newsmark-company')).toContain('solid');
    expect(rule('newsmark-figure')).toMatch(/background-color: rgba\(240, 140, 0, 0\.3\)/);
    expect(css).toContain('::highlight(newsmark-watch)');
    expect(css).not.toContain('newsmark-note'); // the notes layer styles its own highlight
    // Only properties ::highlight() accepts (plus the underline offset, ignored where unsupported).
    const props = [...css.matchAll(/([a-z-]+):/g)].map((m) => m[1]);
    for (const prop of props)
      expect(['background-color', 'text-decoration', 'color', 'text-underline-offset', 'highlight']).toContain(prop);
  });

  it('lightens lines on dark pages and leaves hidden layers out', () => {
    const dark = highlightCss(DEFAULT_COLOURS, 'dark', new Set(['quote']));
    expect(dark).not.toContain('newsmark-quote');
    expect(dark).toContain('color-mix(in srgb, #2b8a3e 60%, white)');
    expect(markCss(DEFAULT_COLOURS, 'light')).toContain('mark[data-newsmark-watch]');
  });

  it('mixes hex colours to rgba and other colours with color-mix', () => {
    expect(mix('#fff', 50)).toBe('rgba(255, 255, 255, 0.5)');
    expect(mix('tomato', 20)).toBe('color-mix(in srgb, tomato 20%, transparent)');
  });

  it('reads the tone from the article text colour', () => {
    document.body.innerHTML =
      '<p id="l" style="color: rgb(20, 20, 20)">x</p><p id="d" style="color: rgb(230, 230, 230)">y</p>';
    expect(toneOf(document.getElementById('l')!)).toBe('light');
    expect(toneOf(document.getElementById('d')!)).toBe('dark');
    expect(toneOf(undefined)).toBe('light');
  });
});

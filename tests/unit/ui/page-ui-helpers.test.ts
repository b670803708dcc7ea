// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildLegend } from '../../../src/page/ui/group';
import { anchorBox, placeCard } from '../../../src/page/ui/place';
import { luminance, parseRgb, themeAt } from '../../../src/page/ui/theme';
import { FakeController } from './fake-controller';

describe('placeCard', () => {
  const viewport = { width: 1000, height: 800 };
  const size = { width: 300, height: 150 };
  it('puts the card below the span, aligned with its start', () => {
    expect(placeCard({ left: 100, top: 200, width: 80, height: 20 }, size, viewport)).toEqual({
      left: 100,
      top: 228,
      below: true,
    });
  });
  it('goes above when there is no room below', () => {
    expect(placeCard({ left: 100, top: 700, width: 80, height: 20 }, size, viewport)).toEqual({
      left: 100,
      top: 542,
      below: false,
    });
  });
  it('stays inside the viewport at the right edge and the top', () => {
    const p = placeCard({ left: 950, top: 2, width: 40, height: 20 }, size, viewport);
    expect(p.left).toBe(1000 - 8 - 300);
    expect(p.top).toBe(30);
    const tall = placeCard({ left: 0, top: 390, width: 40, height: 20 }, { width: 300, height: 900 }, viewport);
    expect(tall.top).toBeGreaterThanOrEqual(8);
    expect(tall.left).toBe(8);
  });
});

describe('anchorBox', () => {
  const lines = [
    { left: 400, top: 100, width: 200, height: 20 },
    { left: 0, top: 124, width: 0, height: 0 },
    { left: 20, top: 124, width: 90, height: 20 },
  ];
  it('takes the line under the pointer, else the first line with a size', () => {
    expect(anchorBox(lines, { x: 50, y: 130 })).toBe(lines[2]);
    expect(anchorBox(lines)).toBe(lines[0]);
    expect(anchorBox([])).toBeUndefined();
  });
});

describe('theme', () => {
  it('parses computed colours', () => {
    expect(parseRgb('rgb(255, 255, 255)')).toEqual([255, 255, 255, 1]);
    expect(parseRgb('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseRgb('rgb(20 30 40 / 50%)')).toEqual([20, 30, 40, 0.5]);
    expect(parseRgb('oklch(0.5 0.1 200)')).toBeUndefined();
  });
  it('computes WCAG luminance', () => {
    expect(luminance(255, 255, 255)).toBeCloseTo(1);
    expect(luminance(0, 0, 0)).toBe(0);
    expect(luminance(128, 128, 128)).toBeCloseTo(0.216, 2);
  });
  it('reads the first opaque background up from the span', () => {
    document.body.innerHTML =
      '<div id="dark" style="background-color: rgb(18, 18, 20)"><div style="background-color: rgba(255,255,255,0.05)"><p id="p">x</p></div></div><p id="light">y</p>';
    expect(themeAt(document.getElementById('p'), window)).toBe('dark');
    expect(themeAt(document.getElementById('light'), window)).toBe('light');
  });
  it('takes light text on a transparent page for a dark page', () => {
    document.body.innerHTML = '<p id="p">x</p>';
    document.body.style.color = 'rgb(235, 235, 235)';
    expect(themeAt(document.getElementById('p'), window)).toBe('dark');
    document.body.style.color = '';
  });
});

describe('buildLegend', () => {
  it('counts kinds, groups quotes by speaker and companies by name', () => {
    const c = new FakeController();
    c.paint(
      document,
      '宁德时代称营收增长20%。“我们会继续投入”，曾毓群说。NVIDIA与Nvidia合作。“市场在变”，无名。宁德时代再次发布。“第二句”，曾毓群说。',
      [
        { kind: 'company', text: '宁德时代', ticker: '300750.SZ' },
        { kind: 'figure', text: '20%', value: { number: 0.2, unit: '%' } },
        { kind: 'quote', text: '我们会继续投入', speaker: '曾毓群' },
        { kind: 'company', text: 'NVIDIA' },
        { kind: 'company', text: 'Nvidia', watched: true },
        { kind: 'quote', text: '市场在变' },
        { kind: 'company', text: '宁德时代', nth: 1 },
        { kind: 'quote', text: '第二句', speaker: '曾毓群' },
      ],
    );
    const legend = buildLegend(c.entities());
    expect(legend.counts).toEqual({ figure: 1, quote: 3, company: 4 });
    expect(legend.figures.map((e) => e.text)).toEqual(['20%']);
    expect(legend.speakers.map((g) => [g.speaker, g.quotes.map((q) => q.text)])).toEqual([
      ['曾毓群', ['我们会继续投入', '第二句']],
      ['', ['市场在变']],
    ]);
    expect(legend.companies.map((g) => [g.name, g.mentions.length, g.ticker, g.watched])).toEqual([
      ['NVIDIA', 2, undefined, true],
      ['宁德时代', 2, '300750.SZ', false],
    ]);
  });
});

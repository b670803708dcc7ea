import type { Entity } from '../../../src/extract/types';

// Company names in the page fixtures (tests/fixtures/pages, tests/fixtures/page, and the shared seed pages).
const COMPANIES = [
  '星澜电池股份有限公司',
  '星澜电池',
  '宁德时代',
  '比亚迪',
  'Harbor Freight Robotics Inc.',
  'Alder Partners',
  'Corlan Securities',
  'Northwind Foods',
  'Kestrel Bank',
  '澄川制药',
  '远帆资本',
  '领益智造',
  'OpenAI',
];

/**
 * A predictable stand-in for `extract` so the page e2e tests check painting in real browsers whatever
 * the real extraction finds today: figures are digit runs with a unit, quotes what lies inside “…” or "…",
 * companies a fixed list. The real extraction is checked against the real build in page.e2e.ts.
 */
export function stubExtract(text: string): Entity[] {
  const out: Entity[] = [];
  const add = (kind: Entity['kind'], start: number, s: string) =>
    out.push({ kind, start, end: start + s.length, text: s });
  const figure = /[$]?\d(?:[\d.,]*\d)?(?:亿元|万元|元|%| percent| billion| million| basis points)/g;
  for (const m of text.matchAll(figure)) add('figure', m.index!, m[0].replace(/[.,]$/, ''));
  for (const m of text.matchAll(/“([^”\n]{5,})”|"([^"\n]{5,})"/g)) add('quote', m.index! + 1, m[1] ?? m[2]);
  for (const name of COMPANIES)
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length))
      if (!out.some((e) => e.kind === 'company' && e.start <= at && at < e.end)) add('company', at, name);
  return out.sort((a, b) => a.start - b.start);
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index';
import type { Entity } from '../../../src/extract/types';

interface Gold {
  kind: string;
  start: number;
  end: number;
  optional: boolean;
  speaker?: string;
}

const ROOT = resolve(__dirname, '..', '..', '..');
const OWN = join(ROOT, 'tests/fixtures/extract/quotes');
const SHARED = resolve(ROOT, '..', 'shared', 'fixtures');
const HAS_SHARED = existsSync(SHARED);
if (!HAS_SHARED) console.warn(`[quotes] ${SHARED} is absent: the shared gold quote tests are skipped`);

const iou = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start)) /
  (Math.max(a.end, b.end) - Math.min(a.start, b.start));
const norm = (s?: string) => (s ?? '').replace(/\s+/g, '');

/** Scores predicted quotes against gold the way ../shared/GUIDELINE.md §5 does (lenient, one-to-one). */
function score(gold: Gold[], pred: Entity[]) {
  const required = gold.filter((g) => g.kind === 'quote' && !g.optional);
  const optional = gold.filter((g) => g.kind === 'quote' && g.optional);
  const used = new Set<Entity>();
  const misses: Gold[] = [];
  const wrongSpeakers: string[] = [];
  for (const g of required) {
    const p = pred.find((x) => !used.has(x) && iou(x, g) >= 0.5);
    if (!p) {
      misses.push(g);
      continue;
    }
    used.add(p);
    const [gs, ps] = [norm(g.speaker), norm(p.speaker)];
    if (gs && !(ps && (ps.includes(gs) || gs.includes(ps)))) wrongSpeakers.push(`${g.speaker} ≠ ${p.speaker ?? '-'}`);
  }
  const falsePositives = pred.filter((p) => !used.has(p) && !optional.some((o) => iou(p, o) > 0));
  return {
    required: required.length,
    misses,
    falsePositives,
    wrongSpeakers,
    speakers: required.filter((g) => g.speaker).length,
  };
}

function cases(dir: string) {
  return readdirSync(join(dir, 'gold'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const name = f.replace(/\.json$/, '');
      const gold = JSON.parse(readFileSync(join(dir, 'gold', f), 'utf8')).annotations as Gold[];
      return { name, gold, text: readFileSync(join(dir, 'texts', `${name}.txt`), 'utf8') };
    });
}

describe('quotes on our own articles (tests/fixtures/extract/quotes)', () => {
  for (const c of cases(OWN)) {
    it(`${c.name}: every quote found, nothing else, speakers right`, () => {
      const pred = extract(c.text, { kinds: ['quote'] });
      const s = score(c.gold, pred);
      expect(s.misses.map((m) => c.text.slice(m.start, m.end))).toEqual([]);
      expect(s.falsePositives.map((p) => p.text)).toEqual([]);
      // speakers that need the company detector (the company says "it") may be missing until it lands
      expect(s.wrongSpeakers.length).toBeLessThanOrEqual(1);
    });
  }
});

describe.skipIf(!HAS_SHARED)('quotes on the shared gold (../shared/fixtures)', () => {
  it('reaches lenient F1 ≥ 0.95 and speaker accuracy ≥ 0.90', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let speakers = 0;
    let wrong = 0;
    for (const set of ['seed', 'dev']) {
      if (!existsSync(join(SHARED, set))) continue;
      for (const c of cases(join(SHARED, set))) {
        const s = score(c.gold, extract(c.text, { kinds: ['quote'] }));
        tp += s.required - s.misses.length;
        fn += s.misses.length;
        fp += s.falsePositives.length;
        speakers += s.speakers;
        wrong += s.wrongSpeakers.length;
      }
    }
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    expect(f1).toBeGreaterThanOrEqual(0.95);
    expect(1 - wrong / speakers).toBeGreaterThanOrEqual(0.9);
  });
});

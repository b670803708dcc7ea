import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCompanies } from '../../../src/extract/companies';

// The shared gold set sits beside the clone in CI; a user's fresh clone has none.
const SHARED = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'shared');
const HAS_SHARED = existsSync(join(SHARED, 'eval', 'score.mjs')) && existsSync(join(SHARED, 'fixtures'));
if (!HAS_SHARED) console.warn(`companies-gold: skipped, no shared gold set at ${SHARED}`);

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

describe.skipIf(!HAS_SHARED)('companies on the shared gold set (../shared)', () => {
  it('reaches company lenient F1 >= 0.93 and strict F1 >= 0.90 over every shared text', async () => {
    const { score } = await import(pathToFileURL(join(SHARED, 'eval', 'score.mjs')).href);
    const total = { lenient: { tp: 0, fp: 0, fn: 0 }, strict: { tp: 0, fp: 0, fn: 0 } };
    for (const set of readdirSync(join(SHARED, 'fixtures'))) {
      const dir = join(SHARED, 'fixtures', set);
      if (!existsSync(join(dir, 'gold')) || !existsSync(join(dir, 'texts'))) continue;
      for (const file of readdirSync(join(dir, 'gold')).filter((f) => f.endsWith('.json'))) {
        const gold = JSON.parse(readFileSync(join(dir, 'gold', file), 'utf8')).annotations;
        const text = readFileSync(join(dir, 'texts', file.replace(/\.json$/, '.txt')), 'utf8');
        const s = score(gold, findCompanies(text)).company;
        for (const mode of ['lenient', 'strict'] as const) {
          const c: Counts = s[mode];
          total[mode].tp += c.tp;
          total[mode].fp += c.fp;
          total[mode].fn += c.fn;
        }
      }
    }
    const f1 = (c: Counts) => (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
    expect(total.lenient.tp).toBeGreaterThan(0);
    expect(f1(total.lenient)).toBeGreaterThanOrEqual(0.93);
    expect(f1(total.strict)).toBeGreaterThanOrEqual(0.9);
  });
});

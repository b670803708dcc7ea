import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index';

describe('extract on a text with very many entities of one kind', () => {
  // Bug: the kinds' lists were joined with push(...list), which throws a RangeError past about 125,000
  // arguments, so a long table of figures made extract() throw instead of returning them.
  it('returns every figure, in order, without throwing', () => {
    const n = 170_000;
    const text = '1%，'.repeat(n);
    const found = extract(text, { kinds: ['figure'] });
    expect(found).toHaveLength(n);
    expect(found[0]).toMatchObject({ kind: 'figure', start: 0, end: 2, text: '1%' });
    expect(found[n - 1]).toMatchObject({ start: 3 * (n - 1), end: 3 * (n - 1) + 2 });
    expect(found.every((e, i) => i === 0 || e.start > found[i - 1].start)).toBe(true);
  });
});

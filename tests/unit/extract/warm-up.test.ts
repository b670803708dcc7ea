import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, warmUp } from '../../../src/extract/index';

const SEED = join(__dirname, '../../../../shared/fixtures/seed/texts');

describe('warmUp: the set-up of the first extraction, in steps', () => {
  it("takes one step per wanted kind, and more to build the company lexicon's parts", () => {
    // companies: the lexicon, the automaton (a step per few thousand names, then its links), word sets, segmenter
    // (first: once built, the automaton takes no steps)
    expect([...warmUp()].length).toBeGreaterThan(8);
    expect([...warmUp(['figure'])]).toHaveLength(1);
    expect([...warmUp(['quote', 'figure'])]).toHaveLength(2);
  });

  it('changes nothing extract finds (the engine builds what it needs either way)', () => {
    const texts = readdirSync(SEED)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(SEED, f), 'utf8'));
    expect(texts.length).toBeGreaterThan(0);
    const before = texts.map((t) => extract(t));
    for (const _ of warmUp()) {
      // each step is one short task for the page annotator
    }
    const after = texts.map((t) => extract(t));
    expect(after).toEqual(before);
    expect(after[0].length).toBeGreaterThan(20);
  });
});

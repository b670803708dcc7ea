import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract';
import { loadFigureFixtures } from './figure-fixture';

// Original articles of the kinds newsmark is judged on (Chinese earnings, debt restructuring, drug licensing;
// English earnings and a takeover), each expected figure marked in the text. Scored strictly: every required
// figure found with exact boundaries, and nothing found that is neither required nor optional.
describe('figure fixtures (original articles)', () => {
  for (const { name, text, spans } of loadFigureFixtures()) {
    it(name, () => {
      const found = extract(text, { kinds: ['figure'] });
      const key = (s: { start: number; end: number }) => `${s.start}-${s.end} ${text.slice(s.start, s.end)}`;
      const required = spans.filter((s) => !s.optional).map(key);
      const optional = spans.filter((s) => s.optional);
      const extra = found
        .filter((f) => !spans.some((s) => s.start === f.start && s.end === f.end))
        .filter((f) => !optional.some((s) => s.start < f.end && f.start < s.end))
        .map(key);
      const missed = required.filter((k) => !found.some((f) => key(f) === k));
      expect({ missed, extra }).toEqual({ missed: [], extra: [] });
    });
  }
});

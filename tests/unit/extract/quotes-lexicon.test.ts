import { describe, expect, it } from 'vitest';
import * as cues from '../../../src/extract/lexicon/quote-cues';
import { QUOTE_ORG_ANAPHORA } from '../../../src/extract/lexicon/quote-org-anaphora';
import { QUOTE_PRONOUNS } from '../../../src/extract/lexicon/quote-pronouns';
import { QUOTE_TITLES } from '../../../src/extract/lexicon/quote-titles';
import { SPEECH_VERBS_EN } from '../../../src/extract/lexicon/speech-verbs-en';
import { SPEECH_VERBS_ZH } from '../../../src/extract/lexicon/speech-verbs-zh';

const lists: Record<string, readonly string[]> = {
  ...cues,
  QUOTE_ORG_ANAPHORA,
  QUOTE_PRONOUNS,
  QUOTE_TITLES,
  SPEECH_VERBS_EN,
  SPEECH_VERBS_ZH,
};

describe('quote word lists (DESIGN.md: data, sorted, one entry a line)', () => {
  for (const [name, list] of Object.entries(lists)) {
    it(`${name} is sorted, without duplicates or blank entries`, () => {
      expect(list.length).toBeGreaterThan(0);
      expect([...list].sort()).toEqual([...list]);
      expect(new Set(list).size).toBe(list.length);
      expect(list.every((w) => w.trim() === w && w.length > 0)).toBe(true);
    });
  }

  it('has no bare 道 among the speech verbs (it would make bylines like 北京报道 attributions)', () => {
    expect(SPEECH_VERBS_ZH).not.toContain('道');
  });
});

import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract';

// Original sentences (invented people and firms): a partial quote that opens a paragraph after a layout break in
// the middle of a sentence, and a 把 clause in marks as reported speech.

/** The quotes' inner texts extract() finds in `text`. */
const quotes = (text: string) => extract(text, { kinds: ['quote'] }).map((q) => q.text);

describe('a partial quote after a paragraph broken mid-sentence', () => {
  it('reads the sentence before the break for its speech verb', () => {
    expect(
      quotes('岚澄化工董事长许立行在会上说，今年的目标不是扩张，而是\n\n“把库存降下来”。他没有给出时间表。'),
    ).toEqual(['把库存降下来']);
    expect(quotes('岚澄化工董事长许立行在会上说，今年的目标不是扩张，而是“把库存降下来”。')).toEqual(['把库存降下来']);
  });

  it('takes no words in marks after a paragraph that ended its sentence, nor without a speech verb', () => {
    expect(quotes('岚澄化工今年压缩了产能。\n\n“把库存降下来”成为全行业的口号。')).toEqual([]);
    expect(quotes('岚澄化工今年的目标不是扩张，而是\n\n“把库存降下来”。')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { isCoined } from '../../../src/extract/zh-segment';

describe('isCoined (Intl.Segmenter dictionary evidence)', () => {
  it('tells coined brands from dictionary words', () => {
    for (const brand of ['迅邦', '韵程', '华澜', '康屿']) expect(isCoined(brand), brand).toBe(true);
    for (const word of ['债券', '要求', '发行', '战略']) expect(isCoined(word), word).toBe(false);
  });

  it('gives false for one character or an empty string', () => {
    expect(isCoined('')).toBe(false);
    expect(isCoined('华')).toBe(false);
  });
});

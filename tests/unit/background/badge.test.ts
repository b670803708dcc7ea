import { describe, expect, it } from 'vitest';
import { badgeText } from '../../../src/background/badge';

describe('badgeText', () => {
  it('is empty when nothing was found', () => {
    expect(badgeText({ figure: 0, quote: 0, company: 0 })).toBe('');
  });
  it('sums the kinds', () => {
    expect(badgeText({ figure: 12, quote: 3, company: 7 })).toBe('22');
  });
  it('caps long counts so the badge stays readable', () => {
    expect(badgeText({ figure: 1500, quote: 0, company: 0 })).toBe('999+');
  });
});

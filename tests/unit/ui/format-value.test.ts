import { beforeEach, describe, expect, it } from 'vitest';
import { formatDate, formatFigure } from '../../../src/ui/format-value';
import { useMessages } from './i18n';

describe('formatFigure in English', () => {
  beforeEach(() => useMessages('en'));
  const f = (value: Parameters<typeof formatFigure>[0]) => formatFigure(value, 'en');

  it('writes money with its currency', () => {
    expect(f({ number: 10946000000, unit: 'CNY' })).toBe('¥10,946,000,000');
    expect(f({ number: 4200000000, unit: 'USD' })).toBe('$4,200,000,000');
    expect(f({ number: 20.5, unit: 'USD' })).toBe('$20.50');
    expect(f({ number: 500000000, unit: 'HKD' })).toBe('HK$500,000,000');
  });
  it('never shows the yen like the renminbi', () => {
    expect(f({ number: 1000, unit: 'JPY' })).toMatch(/^JPY\s1,000$/);
  });
  it('writes percentages, points and basis points', () => {
    expect(f({ number: 0.9209, unit: '%' })).toBe('92.09%');
    expect(f({ number: 0.23, unit: '%' })).toBe('23%');
    expect(f({ number: 0.9, unit: 'pp' })).toBe('0.9 pp');
    expect(f({ number: 45, unit: 'bp' })).toBe('45 bp');
  });
  it('writes ranges low–high and open ranges', () => {
    expect(f({ low: 1e9, high: 2e9, unit: 'CNY' })).toBe('¥1,000,000,000–¥2,000,000,000');
    expect(f({ low: 0.1, high: 0.15, unit: '%' })).toBe('10%–15%');
    expect(f({ low: 300 })).toBe('≥ 300');
  });
  it('writes counts, multiples, rates, units and measure words', () => {
    expect(f({ number: 20000000 })).toBe('20,000,000');
    expect(f({ number: 20, unit: '秒' })).toBe('20秒');
    expect(f({ number: 3.5, unit: 'x' })).toBe('3.5×');
    expect(f({ number: 20, unit: 'USD/月' })).toBe('$20/月');
    expect(f({ number: 30, unit: 'day' })).toBe('30 days');
    expect(f({ number: 1, unit: 'month' })).toBe('1 month');
    expect(f({ number: 12, unit: 'widgets' })).toBe('12 widgets');
  });
  it('writes dates and periods in the reader language', () => {
    expect(f({ date: '2024-09-30' })).toBe('September 30, 2024');
    expect(f({ date: '2024-09' })).toBe('September 2024');
    expect(f({ date: '2024' })).toBe('2024');
    expect(f({ date: '--12-10' })).toBe('December 10');
    expect(f({ date: '2024-Q3' })).toBe('Q3 2024');
    expect(f({ date: '2024-H1' })).toBe('H1 2024');
    expect(f({ date: '2024-01/2024-03' })).toBe('January 2024 – March 2024');
    expect(f({ date: '2021-Q1/2021-Q3' })).toBe('Q1 2021 – Q3 2021');
    expect(f({ date: '---30' })).toBe('30');
    expect(f({ date: '2018-10-14T07:17' })).toBe('October 14, 2018 at 7:17 AM');
  });
  it('gives up quietly on what it cannot read', () => {
    expect(f(undefined)).toBeUndefined();
    expect(f({})).toBeUndefined();
    expect(f({ number: Number.NaN, unit: 'USD' })).toBeUndefined();
    expect(f({ number: 5, unit: 'XYZ' })).toMatch(/^XYZ\s5$/);
    expect(formatDate('2024-W05', 'en')).toBe('2024-W05');
  });
});

describe('formatFigure in Chinese', () => {
  beforeEach(() => useMessages('zh_CN'));
  const f = (value: Parameters<typeof formatFigure>[0]) => formatFigure(value, 'zh-CN');

  it('writes money, points, dates and periods as Chinese readers do', () => {
    expect(f({ number: 10946000000, unit: 'CNY' })).toBe('¥10,946,000,000');
    expect(f({ number: 4200000000, unit: 'USD' })).toBe('US$4,200,000,000');
    expect(f({ number: 0.9, unit: 'pp' })).toBe('0.9个百分点');
    expect(f({ number: 45, unit: 'bp' })).toBe('45个基点');
    expect(f({ date: '2024-09-30' })).toBe('2024年9月30日');
    expect(f({ date: '--12-10' })).toBe('12月10日');
    expect(f({ date: '2024-Q3' })).toBe('2024年第3季度');
    expect(f({ date: '2024-H2' })).toBe('2024年下半年');
    expect(f({ number: 10, unit: '个月' })).toBe('10个月');
    expect(f({ number: 2, unit: 'x' })).toBe('2倍');
    expect(f({ number: 30, unit: 'day' })).toBe('30天');
    expect(f({ date: '---30' })).toBe('30日');
    expect(f({ low: 500000000, high: 800000000, unit: 'CNY' })).toBe('¥500,000,000–¥800,000,000');
  });
});

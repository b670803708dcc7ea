import { describe, expect, it } from 'vitest';
import { figs, spans } from './figure-helpers';

// Dates and periods (GUIDELINE.md §2.2), with ISO 8601 values, partial where the text is.
describe('Chinese dates', () => {
  it('takes the maximal calendar expression', () => {
    expect(figs('2019年11月3日08:45，公司于2023年6月发布公告，3月15日晚间复牌，11月份销量回升。')).toEqual([
      ['2019年11月3日08:45', { date: '2019-11-03T08:45' }],
      ['2023年6月', { date: '2023-06' }],
      ['3月15日', { date: '--03-15' }],
      ['11月份', { date: '--11' }],
    ]);
    expect(figs('２０２３年１２月３１日，16日晚间。')).toEqual([
      ['２０２３年１２月３１日', { date: '2023-12-31' }],
      ['16日', { date: '---16' }],
    ]);
  });
  it('joins period designators after a digit year', () => {
    expect(
      figs('2023年第四季度、2022年前两季度、2021年下半年、2020年四季度、2024年半年度、2019年度、2025财年'),
    ).toEqual([
      ['2023年第四季度', { date: '2023-Q4' }],
      ['2022年前两季度', { date: '2022-Q1/2022-Q2' }],
      ['2021年下半年', { date: '2021-H2' }],
      ['2020年四季度', { date: '2020-Q4' }],
      ['2024年半年度', { date: '2024-H1' }],
      ['2019年度', { date: '2019' }],
      ['2025财年', { date: '2025' }],
    ]);
  });
  it('leaves report nouns and boundary words outside', () => {
    expect(spans('2022年半年报、2021年同期、2020年以来、2019年全年、2018年末、2030年底、今年8月底')).toEqual([
      '2022年',
      '2021年',
      '2020年',
      '2019年',
      '2018年',
      '2030年',
      '8月',
    ]);
  });
  it('leaves digit-less periods alone (they are optional)', () => {
    expect(spans('第四季度，今年四季度末，前两季度，明年第一季度，上半年')).toEqual([]);
  });
  it('joins date ranges and completes a shorter end', () => {
    expect(figs('2020—2021年，2023年4—6月，2012年3月至2015年8月，2024年1月至9月，5月至7月，10日至12日')).toEqual([
      ['2020—2021年', { date: '2020/2021' }],
      ['2023年4—6月', { date: '2023-04/2023-06' }],
      ['2012年3月至2015年8月', { date: '2012-03/2015-08' }],
      ['2024年1月至9月', { date: '2024-01/2024-09' }],
      ['5月至7月', { date: '--05/--07' }],
      ['10日至12日', { date: '---10/---12' }],
    ]);
  });
  it('reads a year in Chinese numerals and a numeric date', () => {
    expect(figs('二〇二四年，发布日期为2024-09-30。')).toEqual([
      ['二〇二四年', { date: '2024' }],
      ['2024-09-30', { date: '2024-09-30' }],
    ]);
  });
});

describe('English dates', () => {
  it('takes month-day, day-month and years', () => {
    expect(figs('On Nov. 18 and Feb. 26, 2025, then 3 March 2024, in July 2023 and in 2021.')).toEqual([
      ['Nov. 18', { date: '--11-18' }],
      ['Feb. 26, 2025', { date: '2025-02-26' }],
      ['3 March 2024', { date: '2024-03-03' }],
      ['July 2023', { date: '2023-07' }],
      ['2021', { date: '2021' }],
    ]);
  });
  it('takes decades, mid-years, quarters, halves and US dates', () => {
    expect(figs('In the 1990s and mid-1990s, by mid-2026, in Q3 2024, in Q1, H2 2025 and on 9/30/2025.')).toEqual([
      ['1990s', { date: '199' }],
      ['mid-1990s', { date: '199' }],
      ['mid-2026', { date: '2026' }],
      ['Q3 2024', { date: '2024-Q3' }],
      ['Q1', { date: '--Q1' }],
      ['H2 2025', { date: '2025-H2' }],
      ['9/30/2025', { date: '2025-09-30' }],
    ]);
  });
  it('does not take a month word without a digit or a name with a number', () => {
    expect(spans('In July, the May team met; Q3W dosing; the Nasdaq 100 and Russell 2000 fell.')).toEqual([]);
  });
});

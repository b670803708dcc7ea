import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract';
import { of } from './shape-helpers';

const values = (text: string) =>
  extract(text, { kinds: ['figure'] }).map((e) => [e.text, e.value?.date ?? e.value?.number]);

// Chinese numerals with a decimal point (三点五亿元, 百分之三点五), as transcripts and Taiwan print write them, and the
// Taiwan forms of zero (○) and twenty/thirty (廿, 卅).
describe('Chinese-numeral decimals', () => {
  it('reads a decimal amount, share and multiple in simplified text', () => {
    const text = '全年营收三点五亿元，同比增长百分之十二点六，净利润是去年的一点五倍，毛利率提升零点八个百分点。';
    expect(values(text)).toEqual([
      ['三点五亿元', 350000000],
      ['百分之十二点六', 0.126],
      ['一点五倍', 1.5],
      ['零点八个百分点', 0.8],
    ]);
  });

  it('reads Taiwan print: 點 decimals, ○ as a zero, 廿 and 卅', () => {
    const text = '台積電每股配息十二點○八元，二○二五年營收成長百分之廿二，卅家門市。';
    expect(values(text)).toEqual([
      ['十二點○八元', 12.08],
      ['二○二五年', '2025'],
      ['百分之廿二', 0.22],
    ]);
  });

  it('keeps clock times and a bare 点 out', () => {
    const text = '下午三点五十分，股价跌了一点。会议定在八点半召开，三点五个小时后收盘。';
    expect(of(text, 'figure')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract';

// Original sentences (invented people and firms): partial quotes inside reported speech, and speakers named
// by a non-speech verb, a title with a surname, an apposition, or a report that stands for its firm.

/** The quotes extract() finds in `text`, as [inner text, speaker] pairs. */
const quotes = (text: string) => extract(text, { kinds: ['quote'] }).map((q) => [q.text, q.speaker ?? ''] as const);

describe('partial quotes in reported speech', () => {
  it('keeps a fragment of five or more characters after a speech verb in the same sentence', () => {
    expect(quotes('澄江电气总经理许文哲在接受采访时坦言，去年公司扩产“确实快了一步”，库存因此积压。')).toEqual([
      ['确实快了一步', '许文哲'],
    ]);
  });

  it('keeps both partial quotes of one sentence', () => {
    expect(
      quotes('一位参与谈判的基金经理对记者表示，新方案的兑付比例“明显低于此前的预期”，但“总比拖下去要好得多”。'),
    ).toEqual([
      ['明显低于此前的预期', '一位参与谈判的基金经理'],
      ['总比拖下去要好得多', '一位参与谈判的基金经理'],
    ]);
  });

  it('still skips terms and names in marks after a speech verb', () => {
    expect(quotes('许文哲表示，公司将全面推进“数字化转型三年计划”，并打造“零碳智慧工厂”品牌。')).toEqual([]);
    expect(quotes('许文哲表示，行业已进入“存量博弈”阶段。')).toEqual([]);
  });
});

describe('English speakers', () => {
  it('takes the subject of a non-speech verb that introduces a quote', () => {
    expect(
      quotes('Lindqvist’s board rejected the approach as "unsolicited and far below what the company is worth."'),
    ).toEqual([['unsolicited and far below what the company is worth.', 'Lindqvist’s board']]);
    expect(
      quotes('Marta Oyelaran called it "the cheapest insurance we could buy," adding that costs would fall.'),
    ).toEqual([['the cheapest insurance we could buy,', 'Marta Oyelaran']]);
    expect(quotes('Dev Rastogi described the new plant as "the most automated line we have ever built."')).toEqual([
      ['the most automated line we have ever built.', 'Dev Rastogi'],
    ]);
  });

  it('takes a surname after Ms./Mr. before "told"', () => {
    const text =
      'Jana Holtby runs the fund. "We have sold through worse cycles than this one," Ms. Holtby told investors on Tuesday.';
    expect(quotes(text)).toEqual([['We have sold through worse cycles than this one,', 'Holtby']]);
  });

  it('resolves "he said" to the name before an apposition, not to the apposition', () => {
    const text =
      'Some holders wanted more. Oren Vasquez, a fund manager at Calloway Partners LLC, which owns 3 percent of the shares, said the offer was "adequate but not generous." "At $30 we would have walked away," he said.';
    expect(quotes(text)).toEqual([
      ['adequate but not generous.', 'Oren Vasquez'],
      ['At $30 we would have walked away,', 'Oren Vasquez'],
    ]);
  });
});

describe('a report stands for the firm that wrote it', () => {
  it('gives 该研报 / 研报 / 该报告 the firm named with the report', () => {
    const text =
      '据国弘证券研报统计，前三季度行业收入下降5.8%。\n\n该研报认为，次高端产品受冲击最大，“渠道利润已被压缩到几乎为零，经销商普遍减少进货”。研报同时提醒：“春节动销若不及预期，价格可能再度倒挂。”';
    expect(quotes(text)).toEqual([
      ['渠道利润已被压缩到几乎为零，经销商普遍减少进货', '国弘证券'],
      ['春节动销若不及预期，价格可能再度倒挂。', '国弘证券'],
    ]);
  });

  it('prefers the firm that wrote the report to a company named after it', () => {
    const text = '国弘证券发布研报称，澄川酒业前三季度营收下降12%。该报告认为：“澄川酒业的渠道库存仍在高位。”';
    expect(quotes(text)).toEqual([['澄川酒业的渠道库存仍在高位。', '国弘证券']]);
  });
});

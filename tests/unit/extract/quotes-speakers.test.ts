import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../src/extract/quotes';

// Original sentences for speaker attribution: a speech verb with its addressee before the marks, a body
// named by its head noun only, and English pronouns told apart by the given names they can stand for.

/** The quotes found in `text`, as [inner text, speaker] pairs. */
const quotes = (text: string) => detectQuotes(text).map((q) => [q.text, q.speaker ?? ''] as const);

describe('a speech verb with its addressee before the marks', () => {
  it('reads 呼吁企业“…” and 提醒投资者“…” as attributions', () => {
    expect(quotes('分析师林岚在报告中提醒投资者“短期不宜追高，等待回调后再布局”。')).toEqual([
      ['短期不宜追高，等待回调后再布局', '林岚'],
    ]);
    expect(quotes('周启明在会上呼吁同行“把价格战停下来，把钱花在研发上”。')).toEqual([
      ['把价格战停下来，把钱花在研发上', '周启明'],
    ]);
  });

  it('gives a body named by its head noun (协会) the full name used before', () => {
    const text =
      '中国锂电行业协会的统计显示，去年名义产能已超过需求的两倍。协会在年会上呼吁会员企业“坚决抵制低于成本的报价”，并建议提高准入门槛。';
    expect(quotes(text)).toEqual([['坚决抵制低于成本的报价', '中国锂电行业协会']]);
  });
});

describe('English pronouns and given names', () => {
  it('resolves she past a man named later to the woman named before him', () => {
    const text =
      'Norra\'s chief executive, Karen Lind, said the deal fit its strategy. Velt\'s founder, Thomas Berg, will join the board.\n\n"We looked at dozens of targets, and this one had the best data," she said.';
    expect(quotes(text)).toEqual([['We looked at dozens of targets, and this one had the best data,', 'Karen Lind']]);
  });

  it('resolves he past a woman to the man named before her', () => {
    const text =
      'Finance chief Michael Stone said margins held up. Analyst Laura Chen, who covers the stock, was cautious.\n\n"Our costs are under control," he said.';
    expect(quotes(text)).toEqual([['Our costs are under control,', 'Michael Stone']]);
  });

  it('still takes the last person when the given name says nothing', () => {
    const text =
      'Chief Executive Ashby Kerr said sales rose. Finance chief Devlin Moss said costs fell.\n\n"Prices will stay firm," she said.';
    expect(quotes(text)).toEqual([['Prices will stay firm,', 'Devlin Moss']]);
  });
});

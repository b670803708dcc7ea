import { describe, expect, it } from 'vitest';
import { companies, quotes } from './shape-helpers';

describe('round 59 (holdout278, revisited)', () => {
  it('names a firm ending in a trade before its analyst or research director and a person (和弘咨询首席分析师杜若凡)', () => {
    expect(companies('和弘咨询首席分析师杜若凡认为，行业门槛正在提高。')).toEqual(['和弘咨询']);
    expect(companies('启衡咨询消费行业研究总监吴昕然认为，平台需要统一的标准。')).toEqual(['启衡咨询']);
    // the name ends at its first trade, before the field its analyst covers
    expect(companies('和弘咨询能源化工首席分析师杜若凡说，价格还会反弹。')).toEqual(['和弘咨询']);
  });

  it('leaves an office and a field without a firm (工研院产科国际所分析师, 物管行业分析师)', () => {
    expect(companies('工研院产科国际所分析师张立文认为，需求仍在回升。')).toEqual([]);
    expect(companies('物管行业分析师王立认为，平台需要标准。')).toEqual([]);
  });

  it('takes the units listed after a first unit with the same trade (旗下的燕山石化、齐鲁石化), not a line of business', () => {
    expect(companies('中国石化旗下的燕山石化、齐鲁石化、金陵石化是国内主要的顺丁橡胶供应商。')).toEqual([
      '中国石化',
      '燕山石化',
      '齐鲁石化',
      '金陵石化',
    ]);
    expect(companies('比亚迪旗下的弗迪电池、动力电池业务都在扩产。')).toEqual(['比亚迪', '弗迪电池']);
  });

  it('takes a clause in marks that opens with a negation as words said, though it ends in 计划 (“暂时没有新的融资计划”)', () => {
    expect(
      quotes('创始人顾清扬说，行业已经回到了基本面。她透露，账上现金仍可支撑三年的运营，“暂时没有新的融资计划”。'),
    ).toEqual([['暂时没有新的融资计划', '顾清扬']]);
    // (a named plan is still a name)
    expect(quotes('集团今年启动了“零碳工厂建设计划”。')).toEqual([]);
  });
});

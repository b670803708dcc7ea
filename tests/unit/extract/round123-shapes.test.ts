import { describe, expect, it } from 'vitest';
import { companies, figures, quotes, speakers } from './shape-helpers';

describe('round 123 (holdout494–496, session 29)', () => {
  it('reads standard cubic metres and a fraction of something in Chinese text', () => {
    expect(figures('每台电解槽产氢量为800标方至1200标方。他准备年底前再卖掉1/4的存货。')).toEqual([
      ['800标方至1200标方', 800],
      ['1/4', 0.25],
    ]);
  });

  it('takes a phrase someone likens a thing to as a quotation', () => {
    expect(quotes('周志远把这门生意形容为“先铺渠道、再谈利润”的长跑。')).toEqual([['先铺渠道、再谈利润', undefined]]);
  });

  it('names a person after 青年, before 却 or 的, for the quote that follows', () => {
    expect(
      speakers(
        '大理的种植户张秀兰却高兴不起来。她家有30多亩果园，至今仍有一半没卖出去。“去年每公斤还能卖20元，今年只剩一半。”\n\n返乡青年罗志刚去年开始直播卖货。“直播能卖高价，但量太小。”他说。\n\n经销商韩立新的仓库里还堆着3000箱酒。“往年节后能清掉大半，今年一半都没卖掉。”',
      ),
    ).toEqual(['张秀兰', '罗志刚', '韩立新']);
  });

  it('keeps a firm whole through 市场 and takes its syllable name in brackets; no firm from 元 of an amount, a university or 起诉', () => {
    expect(
      companies(
        '永兴超级市场集团有限公司（以下简称“永兴”）宣布扩店。The state-owned Vietnam National Chemical Group (Vinachem), the largest producer, said. 网络保险平台元保（NASDAQ: YB）称，每卖100万元保费。团队来自大疆和南方科技大学。保险经纪公司起诉寿险公司拖欠佣金。',
      ),
    ).toEqual(['永兴超级市场集团有限公司', '永兴', 'Vietnam National Chemical Group', 'Vinachem', '元保', '大疆']);
  });

  it("knows a unit under 旗下 by its hydrogen trade, a supermarket's name after 超市, and a few more firms", () => {
    expect(
      companies(
        '阳光电源旗下阳光氢能中标。港資超市一田推出自助收銀，英國連鎖超市Booths則撤走。考克利尔竞立与明亚保险经纪。Sacyr and the Vietnam Textile and Garment Group said.',
      ),
    ).toEqual([
      '阳光电源',
      '阳光氢能',
      '一田',
      'Booths',
      '考克利尔竞立',
      '明亚保险经纪',
      'Sacyr',
      'Vietnam Textile and Garment Group',
    ]);
  });
});

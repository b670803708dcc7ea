import { describe, expect, it } from 'vitest';
import { companies, figures, quotes, speakers } from './shape-helpers';

describe('round 125 (holdout500–502, session 29)', () => {
  it('reads a rate per watt and 兆 before money; no figure in a product named with its days or in 中国＋1', () => {
    expect(
      figures(
        'Installed costs fell to $2.90 a watt. 产值可望突破三兆元。暂停销售“鲜悦15天”系列，门店推出“全场9.9元”活动。客户要求「中國＋1」的布局。',
      ),
    ).toEqual([
      ['$2.90 a watt', 2.9],
      ['三兆元', 3000000000000],
      ['9.9元', 9.9],
    ]);
  });

  it('takes a term written as one for no quote, and the association a paragraph names for "the group"', () => {
    expect(
      quotes(
        'Pacific Salmon ASA buys feed. The Coastal Fishing Society, the main lobby group, said the quota was fair. The group said "caution is the condition for a longer season" and asked for data. Some leases are written as "power by the hour" deals.',
      ),
    ).toEqual([['caution is the condition for a longer season', 'Coastal Fishing Society']]);
  });

  it('names the body whose notice the sentence opens with, and a person before 承包', () => {
    expect(
      speakers(
        '浙江省市场监督管理局12月3日通报称，已责成属地部门开展检查，“如发现违法行为，将依法查处”。\n\n种植大户邓德华承包了800多亩油茶林。“前期每亩要投入3000元左右。”他说。',
      ),
    ).toEqual(['浙江省市场监督管理局', '邓德华']);
  });

  it('keeps a group name before a county unit, and takes no firm from a word used as one, a network, storage, a dish or a plan glossed by an acronym', () => {
    expect(
      companies(
        '县里正在和国网青川县供电公司商量扩容。部分厂商面临巨大的现金流压力。车企开放换电网络，建设超充网络，签下钠电储能订单。早餐有小米南瓜粥。机柜转向开放运算计画（OCP）的规格。The state-run Instituto del Mar del Perú, known as Imarpe, said.',
      ),
    ).toEqual(['国网青川县供电公司']);
  });

  it("gives a surname that speaks to the titled person, and knows Casper Sleep, Mattress Firm, Tempur Sealy, Hilco, Kroll's restructuring arm, Harita, 众兴菌业, 虎邦, 中粮福临门 and three noodle chains", () => {
    expect(
      companies(
        'Chief executive Siobhán Kearney spoke. "We grow," Kearney said. Casper Sleep and Mattress Firm rival Tempur Sealy. Hilco Global will run the sales and Kroll Restructuring Administration is the agent. Harita says the plant runs. 众兴菌业、虎邦、中粮福临门，马记永、陈香贵、张拉拉等品牌。',
      ),
    ).toEqual([
      'Casper Sleep',
      'Mattress Firm',
      'Tempur Sealy',
      'Hilco Global',
      'Kroll Restructuring Administration',
      'Harita',
      '众兴菌业',
      '虎邦',
      '中粮福临门',
      '马记永',
      '陈香贵',
      '张拉拉',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract';
import { of } from './shape-helpers';

// A group's known short name right before a province or city names the group's unit there
// (国网江苏省电力有限公司, 国网四川省电力公司), not a separate firm that starts at the place.
describe('a group unit named by its province', () => {
  it('keeps the group name at the front of the unit', () => {
    const text = '国网江苏省电力有限公司表示，今年用电负荷创新高。国网四川省电力公司则启动了有序用电预案。';
    expect(of(text, 'company')).toEqual(['国网江苏省电力有限公司', '国网四川省电力公司']);
  });

  it('still starts a name at its place after an ordinary word', () => {
    const text = '项目要求岳溪市城市建设投资集团有限公司提供担保。';
    expect(of(text, 'company')).toEqual(['岳溪市城市建设投资集团有限公司']);
  });
});

const speakers = (text: string) => extract(text, { kinds: ['quote'] }).map((e) => e.speaker);
const figures = (text: string) =>
  extract(text, { kinds: ['figure'] }).map((e) => [e.text, e.value?.date ?? e.value?.number]);

describe('speakers from holdout101–102', () => {
  it('reads a panel (专家组) as no title, so its head is named after 组长', () => {
    const text =
      '专家组组长、湖南农业大学教授邹立新介绍，湖南双季晚稻的平均亩产多年徘徊在420公斤左右，“晚稻能稳定做到800公斤以上。”';
    expect(speakers(text)).toEqual(['邹立新']);
  });

  it('takes a person named after a trade anywhere in a clause for a later pronoun', () => {
    const text =
      '专家组组长邹立新介绍：“晚稻能稳定做到800公斤以上。”\n\n衡阳县种粮大户彭建国今年种了860亩双季稻。在他看来，种子贵一些不要紧。“每亩多收100公斤谷。”';
    expect(speakers(text)).toEqual(['邹立新', '彭建国']);
  });

  it('reads 有担忧 as a worry, not as what the clause says', () => {
    const text = '一位接近禾家食品的人士表示，公司内部对会员店渠道也有担忧，“会员店的单品很大。”';
    expect(speakers(text)).toEqual(['一位接近禾家食品的人士']);
  });

  it('gives no speaker to a phrase opening with 对于', () => {
    const text = '林志远透露，公司今年已冻结招募。对于明年展望，他表示：“不会太悲观。”';
    expect(speakers(text)).toEqual(['林志远']);
  });

  it('names a body written before its kind, and never "The" for the union', () => {
    expect(speakers('The IG Metall union said in a statement: "Employees are paying for this."')).toEqual([
      'IG Metall',
    ]);
    expect(speakers('The union said in a statement: "Employees are paying for this."')).not.toContain('The');
  });

  it("does not give the bank's words to a firm named as an agent (compiled by)", () => {
    const text =
      'Harbourline Banking Corp. Ltd. said net new money reached a record.\n\nProfit beat the average of estimates compiled by Visible Alpha.\n\nThe bank said in its statement that inflows had been "broad-based across markets, with strong gains."';
    expect(speakers(text)).toEqual([expect.stringMatching(/^Harbourline Banking Corp\. Ltd/)]);
  });
});

describe('companies from holdout101–102', () => {
  it('reads a verb before 集团, 旗下 and 公告 as no name', () => {
    const text =
      '交易可即时降低集团约15个百分点的净负债比率，但将进一步削弱集团的资本基础。华夏基金等头部公募已陆续下调旗下部分产品的申购费率。公司股份于当日下午起短暂停牌，以待刊发公告。';
    expect(of(text, 'company')).toEqual(['华夏基金']);
  });

  it('reads a firm named after its region, used for the region, as the place', () => {
    const text =
      '# Brazilian meatpacker Campos Gerais raises $1.1 billion\n\nFounded in 1987 in the Campos Gerais region of Paraná state, the company now operates 14 plants. Campos Gerais said in its prospectus that margins fell.';
    expect(of(text, 'company')).toEqual(['Campos Gerais', 'Campos Gerais']);
  });
});

describe('quotes and figures from holdout101–102', () => {
  it('reads a place name in marks after 位于 as a term', () => {
    expect(of('古洞北位于政府规划的“北部都会区”范围内。', 'quote')).toEqual([]);
  });

  it('joins a date range whose start has no year to its end', () => {
    expect(figures('预计在11月11日至2026年1月10日期间买回3000张。')).toEqual([
      ['11月11日至2026年1月10日', '2025-11-11/2026-01-10'],
      ['3000张', 3000],
    ]);
  });

  it('reads 万分之 shares, plots counted with 幅 and a duration in quarters', () => {
    expect(figures('佣金率降至万分之二点一，公司持有11幅农地。')).toEqual([
      ['万分之二点一', 0.00021],
      ['11幅', 11],
    ]);
    expect(figures('Sales rose for the first time in 10 quarters.')).toEqual([['10 quarters', 10]]);
  });
});

describe('figures from holdout104–106', () => {
  it('keeps a hyphenated ounce, counts futures lots with 手, and reads 3折叠 as no discount', () => {
    expect(figures('a 16-ounce soft drink')).toEqual([['16-ounce', 16]]);
    expect(figures('日内开仓量限制在3000手以内，二手房和手机不算。')).toEqual([['3000手', 3000]]);
    expect(figures('星衡Fold 3折叠状态下更薄，全场商品打3折。')).toEqual([['3折', 0.3]]);
  });
});

describe('companies from holdout104–106', () => {
  it('reads a verb or a sector before a strong word as no name', () => {
    const text =
      '“我们做空期货的本意是锁定价格。”部分经销商改用银行承兑汇票支付货款，公司并无银行借贷。截至11月7日，公司股价较预案公告前下跌9.6%。货柜航运业正回归基本面，货柜航运运价持续探底。';
    expect(of(text, 'company')).toEqual([]);
  });

  it('reads a town named like a brand as the town, and runs a known name on into its group', () => {
    expect(of('在仁怀市茅台镇，不少中小酱酒厂已经停止投粮。', 'company')).toEqual([]);
    expect(of('新东方教育科技集团（以下简称“新东方”）也在试点。', 'company')).toEqual(['新东方教育科技集团', '新东方']);
  });

  it('takes a Hungarian legal form', () => {
    expect(of('公司收购了匈牙利地接社Danubia Travel Kft.70%的股权。', 'company')).toEqual(['Danubia Travel Kft.']);
  });
});

describe('speakers from holdout104–106', () => {
  it('names a Hong Kong Mrs (李太), reads 将军澳 as a place and 亦 as an adverb', () => {
    const text =
      '家住將軍澳的李太說，她家每月開支約4,500港元，「同一包米，深圳網上買平兩成。」不過她亦坦言，鮮肉仍會在樓下購買，「要即刻用嘅嘢，都係樓下方便。」';
    expect(speakers(text)).toEqual(['李太', '李太']);
  });

  it('gives words after 提醒市民， to the body that urges', () => {
    expect(speakers('消委會提醒市民，「標榜減價的貨品未必最便宜，購物前宜多格價」。')).toEqual(['消委會']);
    expect(speakers('何嘉明承认，日本消费者对品质的要求极高，“日本市场不会带来多少收入。”')).toEqual(['何嘉明']);
  });

  it('takes the subject of the clause after a semicolon', () => {
    const text =
      '江西铜业（600362.SH）在调研中表示，公司冶炼板块的利润已明显收窄；铜陵有色（000630.SZ）则在投资者互动平台上回复称，加工费下降对公司业绩“产生了一定影响”。';
    expect(speakers(text)).toEqual(['铜陵有色']);
  });

  it('names a company as first written, not by its bracketed other name', () => {
    const text = '嘉能可（Glencore）今年暂停了冶炼厂的运营，理由是“冶炼业务已无法维持经营”。';
    expect(speakers(text)).toEqual(['嘉能可']);
  });

  it('gives "the ministry said" to the ministry named before, not the last company', () => {
    const text =
      'Iberaura Renovables S.A. won 1.2 GW, the Ministry for the Ecological Transition said.\n\nIn a statement, the ministry said the result showed "the renewed confidence of investors in Spain."';
    expect(speakers(text)).toEqual(['Ministry for the Ecological Transition']);
  });
});

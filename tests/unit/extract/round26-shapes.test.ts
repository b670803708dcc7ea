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

describe('figures from holdout107–109', () => {
  it('reads a range of prices per bird, ppb and ppm, and a share before 公司', () => {
    expect(figures('鸡苗价格在2.1元/羽至3.6元/羽之间波动，杂质控制在10ppb以下，但也有约一成公司亏损。')).toEqual([
      ['2.1元/羽至3.6元/羽', undefined],
      ['10ppb', 10],
      ['一成', 0.1],
    ]);
  });

  it('keeps "to the dollar" out of an exchange rate and "per dollar" in', () => {
    expect(of('The yen traded at 148 to the dollar; the rupee was at 88.8 per dollar.', 'figure')).toEqual([
      '148',
      '88.8 per dollar',
    ]);
  });
});

describe('companies from holdout107–109', () => {
  it("takes a legal name's alias though it ends like a body, and no generic kind of firm", () => {
    const text =
      '银行业信贷资产登记流转中心有限公司（以下简称“银登中心”）挂出公告。受让方只能是地方资产管理公司和金融资产投资公司等机构，银登中心称。';
    expect(of(text, 'company')).toEqual(['银行业信贷资产登记流转中心有限公司', '银登中心', '银登中心']);
  });

  it('reads a name after a ticker bracket and 和 (大参林, not 和大)', () => {
    expect(of('益丰药房（603939.SH）和大参林则明显放缓了开店。', 'company')).toEqual(['益丰药房', '大参林']);
  });

  it('reads PT names and acronyms in brackets, and no place before ", the company said"', () => {
    const text =
      'PT Sulawesi Mitra Nikel Tbk will double output at its plant in Central Sulawesi, the company said. Plants in the PT Indonesia Morowali Industrial Park (IMIP) grew. Canadian National Railway Co. (CN) locked out workers.';
    expect(of(text, 'company')).toEqual([
      'PT Sulawesi Mitra Nikel Tbk',
      'PT Indonesia Morowali Industrial Park',
      'IMIP',
      'Canadian National Railway Co.',
      'CN',
    ]);
  });

  it('names an Italian popular bank by its brand and takes a Polish legal form', () => {
    const text =
      'Valpadana bid for Banca Adriatica Popolare SpA. That is a premium to Adriatica’s close. Nordkyst sold fish to Nordkyst Processing Sp. z o.o., at below market prices.';
    expect(of(text, 'company')).toEqual([
      'Banca Adriatica Popolare SpA',
      'Adriatica',
      'Nordkyst',
      'Nordkyst Processing Sp. z o.o.',
    ]);
  });

  it('reads a verb or a kind of report before 集团/投资/公告 as no name', () => {
    const text =
      '黄启昌预期集团资本开支约3亿港元。“分红险能让客户和公司共同承担投资波动。”长衡人寿保险股份有限公司披露的保费收入公告显示保费增长。';
    expect(of(text, 'company')).toEqual(['长衡人寿保险股份有限公司']);
  });
});

describe('quotes and speakers from holdout107–109', () => {
  it('reads a list of short nouns and a label after 以 as terms', () => {
    expect(of('葛文博解释称，项目通常按“预付款、到货款、验收款、质保金”分阶段结算。', 'quote')).toEqual([]);
    expect(of('陈岚看来，这类公司的共同特点是“高位质押、跨界投资、主业失速”。', 'quote')).toEqual([
      '高位质押、跨界投资、主业失速|',
    ]);
  });

  it('names the alias of a firm whose bracket ends with its ticker', () => {
    const text =
      '深圳翼航智能科技股份有限公司（以下简称“翼航科技”，688611.SH）在投资者互动平台上确认，公司部分出口订单“需重新申请出口许可，交付时间将相应顺延”。';
    expect(speakers(text)).toEqual(['翼航科技']);
  });

  it('gives a demand to the body that issued the notice before it', () => {
    const text = '国家金融监督管理总局此前已发布通知，要求保险公司“不得以演示利率代替保证利率进行宣传”。';
    expect(speakers(text)).toEqual(['国家金融监督管理总局']);
  });

  it('knows a dealer named before a verb for a later 他', () => {
    const text =
      '梁慧敏说：“好。”广州调味品经销商王建斌代理鲜泰酿造的产品已有12年。他告诉记者：“涨价消息一出，大家都在囤货。”';
    expect(speakers(text)).toEqual(['梁慧敏', '王建斌']);
  });
});

describe('from holdout110–112', () => {
  it('reads GPa and truckloads (车)', () => {
    expect(figures('模量在80GPa左右，日均通关1100车以上，3车间。')).toEqual([
      ['80GPa', 80],
      ['1100车', 1100],
      ['3', 3],
    ]);
  });

  it('names a Taiwan firm by its brand when the article repeats it, though it reads as a word (鉅峰 → 巨峰)', () => {
    const text = '自行車大廠鉅峰工業（9927）宣布認列損失。鉅峰董事長表示將調整。鉅峰2025年虧損，鉅峰股價下跌。';
    expect(of(text, 'company')).toEqual(['鉅峰工業', '鉅峰', '鉅峰', '鉅峰']);
  });

  it('derives no short name the article uses as the city a firm is named after', () => {
    const text =
      '澜江国际机场股份有限公司（600952.SH，以下简称“澜江机场”）披露数据。共有47家航空公司在澜江运营国际航线，货运公司去年在澜江新开了5条航线。澜江机场董事会秘书说。';
    expect(of(text, 'company')).toEqual(['澜江国际机场股份有限公司', '澜江机场', '澜江机场']);
  });

  it('names a REIT and a railway by their brands', () => {
    const text =
      'Hudson Meridian Realty Trust Inc. owns 38 towers. Analysts rate Hudson Meridian "in line". Atlantic Southern Railway Co. agreed a deal. Atlantic Southern said it was confident.';
    expect(of(text, 'company')).toEqual([
      'Hudson Meridian Realty Trust Inc.',
      'Hudson Meridian',
      'Atlantic Southern Railway Co.',
      'Atlantic Southern',
    ]);
  });

  it('takes an acronym a named firm defines for itself, though it is also a word', () => {
    const text = '主要客户包括造纸企业Asia Pulp & Paper（以下简称“APP”）。一位接近APP采购团队的人士透露。';
    expect(of(text, 'company')).toEqual(['Asia Pulp & Paper', 'APP', 'APP']);
  });

  it('reads a verb before 集团 and 尚需 before a bare 公司 as no name', () => {
    expect(of('只有9人被调往集团其他园所。定增尚需公司股东大会审议通过。', 'company')).toEqual([]);
  });

  it('reads the subject across a ticker colon, and an unnamed trader for a later 他', () => {
    expect(speakers('在美股上市的华住集团（NASDAQ: HTHT）则在财报中表示，“第三季度的降幅已收窄至1%以内”。')).toEqual([
      '华住集团',
    ]);
    const text =
      '祝芸说：“难。”\n\n一位长期与晋北地区煤矿打交道的贸易商则更为谨慎。他向记者透露，部分小矿在加紧生产，“价格反弹的空间很有限。”';
    expect(speakers(text)).toEqual(['祝芸', '一位长期与晋北地区煤矿打交道的贸易商']);
  });
});

describe('from holdout113–115', () => {
  it('counts people and wells with 口', () => {
    expect(figures('她家3口人每月用水约12吨，钻了12口井，2024年口径调整。')).toEqual([
      ['3口', 3],
      ['12吨', 12],
      ['12口', 12],
      ['2024年', '2024'],
    ]);
  });

  it('reads a place name a company also bears as the place where the sentence puts one', () => {
    const text =
      'Workers picketed the mine northeast of the port city of Antofagasta. Antofagasta plc (LSE: ANTO) reached a deal. The union met managers at offices in Antofagasta.';
    expect(of(text, 'company')).toEqual(['Antofagasta plc']);
  });

  it('reads the field of a public body as no firm, a kind of trust as no trust firm, and a lawsuit notice as no issuer', () => {
    expect(
      of('The order was attended by officials from the Ministry of Civil Aviation, Air India said.', 'company'),
    ).toEqual(['Air India']);
    expect(of('公司家族信托和保险金信托规模合计186亿元。公司此前披露的诉讼公告显示贷款逾期。', 'company')).toEqual([]);
  });

  it('names an analyst opening a sentence with her firm for a later "she"', () => {
    const text =
      '"We were stuck," said a person familiar with the matter.\n\nPriya Raman of Leerink Partners downgraded the shares. "This drug was the whole story," she said.';
    expect(speakers(text)).toEqual(['a person familiar with the matter', 'Priya Raman']);
  });

  it('does not take a body named as the lender for "It said"', () => {
    const text =
      'The company received a commitment for a $1.3 billion loan from the US Department of Energy. It said talks on the loan were "ongoing and constructive, and we expect a decision soon."';
    expect(speakers(text)).not.toContain('Department of Energy');
  });
});

describe('from holdout118', () => {
  it('derives no region word as a short name, and reads a mechanism as no firm', () => {
    const text =
      '北方能源投资集团有限公司持有塞北风电29%股权。北方地区的风电利用率有望回升，北方很多地区本地负荷有限。欧盟碳边境调节机制（CBAM）已进入征收阶段。';
    expect(of(text, 'company')).toEqual(['北方能源投资集团有限公司']);
  });

  it('reads renewable energy, asset-backed securities and consumer electronics as terms', () => {
    const text = '公司应收可再生能源电价附加补助款286亿元，通过资产支持证券等方式转让；高端消费电子包装的价格不敏感。';
    expect(of(text, 'company')).toEqual([]);
  });

  it('reads a lexicon name opening a body’s name as part of the body', () => {
    const text =
      'Its capital ratio, watched by the Prudential Regulation Authority, was 14.2%. Prudential Plc said it would sell.';
    expect(of(text, 'company')).toEqual(['Prudential Plc']);
  });
});

describe('from holdout116–117', () => {
  it('reads New Zealand dollars, per kgMS and 公吨', () => {
    expect(
      of('Forecast rose to NZ$10.40 per kgMS, a range of NZ$9.90 to NZ$10.90 per kgMS; 出口12公吨。', 'figure'),
    ).toEqual(['NZ$10.40 per kgMS', 'NZ$9.90 to NZ$10.90 per kgMS', '12公吨']);
  });

  it('reads 调整 before 网络 as no name', () => {
    expect(of('豪华品牌的收缩也在倒逼经销商调整网络。', 'company')).toEqual([]);
  });

  it('names the official, not the time word or the demonstrative before the quote', () => {
    const text =
      '經濟財政司相關負責人早前在立法會上表示，這一預測「已充分考慮外圍經濟環境的不確定性，屬於審慎的估算」。';
    expect(speakers(text)).toEqual(['經濟財政司相關負責人']);
  });
});

describe('from holdout119–121', () => {
  it('reads an ambiguous name before a quantity as the word, not before a year', () => {
    expect(of('鼎衡重工与纳季德水泥公司签署日产10000吨熟料生产线合同。', 'company')).toEqual([
      '鼎衡重工',
      '纳季德水泥公司',
    ]);
    expect(of('同为港股上市牧企的现代牧业（1117.HK）也减产。现代牧业2025年上半年原奶均价下降。', 'company')).toEqual([
      '现代牧业',
      '现代牧业',
    ]);
  });

  it('reads a government department, a data noun after 的 and a river as no company', () => {
    const text = '同日披露的路费数据显示车流增长。安徽省交通运输厅相关负责人表示支持。';
    expect(of(text, 'company')).toEqual([]);
    expect(of('Petrobras drilled near the mouth of the Amazon last year.', 'company')).toEqual(['Petrobras']);
  });

  it('leaves a trade word opening a sentence out of a legal name, and a satellite service out of companies', () => {
    expect(of('Planemaker Boeing Co. said it would hire. 星链（Starlink）的用户增长。', 'company')).toEqual([
      'Boeing Co.',
    ]);
  });
});

describe('from holdout122–124', () => {
  it('gives 该协会 to the association named before, not the last company', () => {
    const text =
      '中国连锁经营协会发布的报告显示，零食门店销售额增长40%，良品铺子等企业扩张。不过，该协会也提醒，部分区域已出现价格战，“低价竞争压缩了加盟商的利润空间。”';
    expect(speakers(text)).toEqual(['中国连锁经营协会']);
  });
});

import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract';
import { of } from './shape-helpers';

// Shapes from the remaining misses of holdout32–34 (blind sets not developed on before), written as new sentences.

describe('figures', () => {
  it('reads temperatures (-24C, 30°C, 38℃, 零下15摄氏度) but no label ending in C (3C产品, 3C-certified)', () => {
    expect(of('Pickets stood in temperatures of -24C; by July it is 30°C, and 38℃ in Wuhan.', 'figure')).toEqual([
      '-24C',
      '30°C',
      '38℃',
    ]);
    expect(of('气温降至零下15摄氏度。', 'figure')).toEqual(['15摄氏度']);
    expect(of('3C产品销量增长12%，3C-certified chargers too.', 'figure')).toEqual(['12%']);
  });

  it('reads more currencies in Chinese and English (160泰铢, 2.5万越南盾, 50 billion naira, AED 2 billion)', () => {
    const es = extract(
      '园主收购价从每公斤160泰铢降到70泰铢，合2.5万越南盾；它还筹得50 billion naira and AED 2 billion。',
      {
        kinds: ['figure'],
      },
    );
    expect(es.map((e) => e.text)).toEqual(['160泰铢', '70泰铢', '2.5万越南盾', '50 billion naira', 'AED 2 billion']);
    expect(es.map((e) => e.value?.unit)).toEqual(['THB', 'THB', 'VND', 'NGN', 'AED']);
    expect(extract('月薪约9500埃及镑。', { kinds: ['figure'] })[0].value).toMatchObject({ number: 9500, unit: 'EGP' });
  });

  it('reads no count in a model number before 支线 (ARJ21支线客机), but 3支球队', () => {
    expect(of('中国商飞生产的ARJ21支线客机8架，另有3支球队。', 'figure')).toEqual(['8架', '3支']);
  });

  it('reads the Chinese clock with 点 and its half or minutes (11点半, 9点30分) as a time, not 30点 of an index', () => {
    const es = extract('中午11点半最忙，9点30分开门，1月12日10点半截止，沪指上涨30点。', { kinds: ['figure'] });
    expect(es.map((e) => [e.text, e.value?.date ?? e.value?.unit])).toEqual([
      ['11点半', 'T11:30'],
      ['9点30分', 'T09:30'],
      ['1月12日10点半', '--01-12T10:30'],
      ['30点', '点'],
    ]);
  });

  it('reads an area or a weight as one hyphenated adjective (a 320-hectare site, a 10-tonne truck, a 2-ton load)', () => {
    expect(of('A 320-hectare site, a 10-tonne truck, a 2-ton load and 40 hectares.', 'figure')).toEqual([
      '320-hectare',
      '10-tonne',
      '2-ton',
      '40 hectares',
    ]);
  });

  it('reads an amount glued to an acronym (GMV196.4亿元) and no figure in a stock code after 股份代号 or Tadawul', () => {
    expect(of('山茶纪实现GMV196.4亿元，股份代号为2619。', 'figure')).toEqual(['196.4亿元']);
    expect(of('Hejaz Airways Co. (Tadawul: 4271) ordered 60 jets.', 'figure')).toEqual(['60']);
  });

  it('reads no figure in an aircraft model written with MAX (its 737 MAX 10), nor in the same number later', () => {
    expect(of('Hejaz talked to Boeing about its 737 MAX 10 and 40 jets; the 737 family is late.', 'figure')).toEqual([
      '40',
    ]);
  });

  it('reads a figure before 工作日 with 个 only (5个工作日), as most gold sets mark it', () => {
    expect(of('公司须在5个工作日内回复。', 'figure')).toEqual(['5个']);
  });

  it('reads the Vietnamese dong before an amount (VND21.4 trillion, VND38,250 a share)', () => {
    const es = extract('Revenue rose to VND21.4 trillion; shares closed at VND38,250.', { kinds: ['figure'] });
    expect(es.map((e) => [e.text, e.value?.unit])).toEqual([
      ['VND21.4 trillion', 'VND'],
      ['VND38,250', 'VND'],
    ]);
  });

  it('reads 处 and 稿 as measure words (3处违规, 第7稿) but not 处于', () => {
    expect(of('检查发现3处违规，方案改到7稿，比例3处于高位。', 'figure')).toEqual(['3处', '7稿']);
  });

  it('reads a chip’s computing power (560TOPS) as a figure', () => {
    expect(of('征程6P单颗算力达560TOPS，可支持城市领航辅助驾驶。', 'figure')).toEqual(['560TOPS']);
  });

  it('reads a count after a possessive when a hyphenated adjective follows (Kestrel’s 310 China-based engineers)', () => {
    expect(of("Kestrel's 310 China-based field engineers must stop. Boeing's 737 MAX is late.", 'figure')).toEqual([
      '310',
    ]);
  });

  it('reads a count after a possessive determiner (Its 4,300 employees) and a share after a noun ending in 数 (总数20%)', () => {
    expect(of('Its 4,300 employees include 1,150 pilots; their 12 jets are leased.', 'figure')).toEqual([
      '4,300',
      '1,150',
      '12',
    ]);
    expect(of('汇通认购份额中占基金份额总数20%的部分锁定60个月，近数10年来少见。', 'figure')).toEqual([
      '20%',
      '60个月',
    ]);
  });

  it('reads a percentage or a year that Chinese text glues to a Latin name (Dairy Ltd75%, Meta2025年) but no model number', () => {
    expect(of('公司收购了Southern Plains Dairy Ltd75%的股权。', 'figure')).toEqual(['75%']);
    expect(of('微软和Meta2025年合计资本开支超过3800亿美元。', 'figure')).toEqual(['2025年', '3800亿美元']);
    expect(of('A320和COVID-19。', 'figure')).toEqual([]);
  });

  it('reads no three yuan in ternary battery chemistry (三元黑粉, 三元与铁锂, 三元回收企业)', () => {
    expect(of('三元类原料毛利率9.2%。', 'figure')).toEqual(['9.2%']);
    expect(of('三元黑粉的锂系数一度高达95%；三元与铁锂冷热不均，三元回收企业承压。每瓶卖三元。', 'figure')).toEqual([
      '95%',
      '三元',
    ]);
  });

  it('keeps a price per a unit written in mixed case ($2.45 per mmBtu, 8 cents per kWh)', () => {
    expect(of('Gas sold at $2.45 per mmBtu and power at 8 cents per kWh.', 'figure')).toEqual([
      '$2.45 per mmBtu',
      '8 cents per kWh',
    ]);
  });
});

describe('speakers', () => {
  it('reads a public body named by its country as the speaker (China’s commerce ministry called the rule "…")', () => {
    const text =
      'The Semiconductor Industry Association said "unilateral controls are risky". ' +
      'China\'s commerce ministry called the rule "a typical act of unilateral bullying" and said it would respond.';
    expect(of(text, 'quote')).toEqual([
      'unilateral controls are risky|Semiconductor Industry Association',
      "a typical act of unilateral bullying|China's commerce ministry",
    ]);
  });

  it('gives a letter’s words to the firm that issued it (…发布《致投资者的一封信》。信中称，“…”)', () => {
    const text =
      '当天下午，北辰信托通过官方微信公众号发布《致投资者的一封信》。信中称，公司已成立风险化解专班，“力争在明年年中前启动首期分配。”';
    expect(of(text, 'quote')).toEqual(['力争在明年年中前启动首期分配。|北辰信托']);
  });

  it('gives a quote right after a sentence to that sentence’s subject: a description, a titled name, a pronoun', () => {
    expect(of('现场一位68岁的退休教师对这份方案并不买账。“两个字谁都会写，我们要的是时间表。”', 'quote')).toEqual([
      '两个字谁都会写，我们要的是时间表。|一位68岁的退休教师',
    ]);
    expect(
      of('投资者代表李建平是一家国企的退休职工，他已委托律师提起诉讼。“我们只是想知道钱到底去了哪里。”', 'quote'),
    ).toEqual(['我们只是想知道钱到底去了哪里。|李建平']);
    const pronoun =
      '公司首席执行官林泽洋说，调整需要时间。\n\n公司上半年收入下降11.2%。\n\n对于下半年，他并不悲观。“中秋、国庆是传统旺季，价格会企稳。”';
    expect(of(pronoun, 'quote')).toEqual(['中秋、国庆是传统旺季，价格会企稳。|林泽洋']);
    // a sentence about a thing has no speaker to give
    expect(of('公司今年营收增长了两成。“这只是开始。”', 'quote')).toEqual(['这只是开始。|']);
  });

  it('gives the words an exchange’s inquiry letter asks about to the exchange (问询函中，上交所要求公司…，以及“…”)', () => {
    const text =
      '问询函中，上交所首先要求公司结合在手订单情况，说明收益法评估中预测营业收入年均增长48.5%的依据，以及“业绩承诺金额大幅高于历史业绩的原因及合理性”。';
    expect(of(text, 'quote')).toEqual(['业绩承诺金额大幅高于历史业绩的原因及合理性|上交所']);
  });

  it('finds the titled person of a concessive clause (教授杨文澜虽投了赞成票，但在独立意见中提示：“…”)', () => {
    const text =
      '独立董事、湖南大学教授杨文澜虽投了赞成票，但在独立意见中提示：“标的公司业绩承诺增幅较大，提请投资者关注风险。”';
    expect(of(text, 'quote')).toEqual(['标的公司业绩承诺增幅较大，提请投资者关注风险。|杨文澜']);
  });

  it('resolves "the supplier said" to the source as introduced, and keeps a particle in a surname (al-Harthy)', () => {
    const text =
      'One supplier of chilled food to several large grocers, who asked not to be named, said buyers had demanded cuts. ' +
      '"They call it a partnership," the supplier said. ' +
      '"We priced inside our curve," Chief Financial Officer Salim al-Harthy said in a statement.';
    expect(of(text, 'quote')).toEqual([
      'They call it a partnership,|One supplier of chilled food to several large grocers',
      'We priced inside our curve,|Salim al-Harthy',
    ]);
  });

  it('gives a quote opening a paragraph to the person with an honorific who acts right after it (…的周先生把…摊在桌上)', () => {
    const text = '“6张票，加起来860多万，到期一张都没兑。”在无锡经营钢材加工厂的周先生把一沓汇票的打印件摊在桌上。';
    expect(of(text, 'quote')).toEqual(['6张票，加起来860多万，到期一张都没兑。|周先生']);
    // a thing handled is no speaker
    expect(of('“到期一张都没兑。”公司把汇票摊在桌上。', 'quote')).toEqual(['到期一张都没兑。|']);
  });

  it('gives a quote after a sentence to its described or titled subject, before the last name in the paragraph', () => {
    expect(
      of(
        '首批下线的是变频空调。24岁的装配工艾哈迈德此前在开罗一家纺织厂工作，如今每月能拿到9500埃及镑。“我在中国师傅那里学了3个月。”',
        'quote',
      ),
    ).toEqual(['我在中国师傅那里学了3个月。|艾哈迈德']);
    const text =
      '公司总裁杜明川表示会推进回购，“首期款项将于12月15日前支付。”不过，前述杭州加盟商算了一笔账：按25%回购要亏四成以上。“回购能解决现金流，但解决不了亏损。”';
    expect(of(text, 'quote').at(-1)).toBe('回购能解决现金流，但解决不了亏损。|前述杭州加盟商');
    // a clause of its own before the pronoun keeps its subject (刘凯则表示，他…)
    const own =
      '一位在长沙经营咖啡店的加盟商向记者透露，他已挂出转让信息。“不值得每天守在店里。”\n\n刘凯则表示，他暂时不会再开新店。“先把这三家守住吧。”';
    expect(of(own, 'quote').at(-1)).toBe('先把这三家守住吧。|刘凯');
  });

  it('reads no quote in a bond’s short name, no verb in 落地要求, and the body before ", which said" as a speaker', () => {
    expect(of('岑阳城投披露公告称，“22岑阳城投PPN001”持有人会议已审议通过展期议案。', 'quote')).toEqual([]);
    expect(
      of('一位接近交易的人士向记者透露，本轮投资附带了一定的落地要求，“国资方希望公司把研发总部放在北京。”', 'quote'),
    ).toEqual(['国资方希望公司把研发总部放在北京。|一位接近交易的人士']);
    const en =
      'Office loans are a fraction of the $3 trillion held by U.S. banks, according to the Federal Deposit Insurance Corp., ' +
      'which said in its latest quarterly report that such loans "continue to warrant close monitoring".';
    expect(of(en, 'quote')).toEqual(['continue to warrant close monitoring|Federal Deposit Insurance Corp.']);
  });

  it('gives the quote after “…”他说，… to whoever spoke the quote before, not to the last person named', () => {
    const text =
      '公司总裁杜明川表示会推进回购。\n\n不过，前述杭州加盟商算了一笔账：按25%回购要亏四成以上。“回购能解决现金流，但解决不了亏损。”他说，自己已经关掉了一家店，“再撑半年看看。”';
    expect(of(text, 'quote')).toEqual([
      '回购能解决现金流，但解决不了亏损。|前述杭州加盟商',
      '再撑半年看看。|前述杭州加盟商',
    ]);
  });

  it('reads 曾 after a title as a surname (首席分析师曾若涵表示), not as the adverb (理财经理曾口头承诺)', () => {
    expect(of('“硅片是议价能力最弱的一环。”东吴证券电力设备首席分析师曾若涵表示。', 'quote')).toEqual([
      '硅片是议价能力最弱的一环。|曾若涵',
    ]);
    expect(of('多名投资者向记者反映，购买时理财经理曾口头表示“这款产品不会亏本金”。', 'quote')).toEqual([
      '这款产品不会亏本金|理财经理',
    ]);
  });

  it('reads a partial quote after a speech verb and the subject of the quoted words (并表示渠道库存“仍处于合理水平”)', () => {
    expect(
      of('远擎汽车总裁邱楠在会上介绍了新车。他否认公司在打价格战，并表示渠道库存“仍处于合理水平”。', 'quote'),
    ).toEqual(['仍处于合理水平|邱楠']);
    // nor a slogan before 的 when it opens with an adverb in reported speech
    expect(of('一位产品经理向记者坦言，管理费已经低到“几乎覆盖不了运营成本”的程度。', 'quote')).toEqual([
      '几乎覆盖不了运营成本|一位产品经理',
    ]);
    expect(of('公司坚持“房住不炒”的定位。', 'quote')).toEqual([]);
  });

  it('writes a body that speaks without its article (The Ministry said → Ministry), and reads no resident in 非居民', () => {
    const en =
      'China warned on Tuesday. The Ministry of Foreign Affairs spoke later. ' +
      'The Ministry said the rule served "national security considerations" only.';
    expect(of(en, 'quote')).toEqual(['national security considerations|Ministry']);
    const zh = '总经理潘晓东更关心非居民用水。他介绍，全市非居民用水价格已上调至4.65元/立方米，“希望3年内不要再动。”';
    expect(of(zh, 'quote')).toEqual(['希望3年内不要再动。|潘晓东']);
  });

  it('reads "one of the people said", a paragraph’s opening name for "she said", and the person after a description (…代理人谢女士)', () => {
    const one =
      'Hejaz talked to Boeing, according to people familiar with the matter. "They pushed hard on price," one of the people said.';
    expect(of(one, 'quote')).toEqual(['They pushed hard on price,|one of the people']);
    const para =
      '"Regulators have learned a lot," said Lim Wei Ling, a partner at a law firm.\n\n' +
      'Melissa Goh, speaking at a conference last week, was asked about rivals. "The market has answered that," she said. "Only the timing is left."';
    expect(of(para, 'quote')).toEqual([
      'Regulators have learned a lot,|Lim Wei Ling',
      'The market has answered that,|Melissa Goh',
      'Only the timing is left.|Melissa Goh',
    ]);
    expect(of('“上午签了3单。”港诚人寿一位从业6年的持牌代理人谢女士告诉记者，她今年很忙。', 'quote')).toEqual([
      '上午签了3单。|谢女士',
    ]);
  });

  it('reads an unnamed source whose relative clause runs to the verb (a London shipbroker who asked … told Reuters) and a titled analyst’s 测算', () => {
    const en =
      '"Owners have ordered more tonnage than the trade will need," a London shipbroker who asked not to be named because of client relationships told Reuters.';
    expect(of(en, 'quote')).toEqual(['Owners have ordered more tonnage than the trade will need,|a London shipbroker']);
    const zh = '长江证券公用事业分析师付璐测算，受益于顺价，公司明年利润将增长，“非居民用户对气价更敏感。”';
    expect(of(zh, 'quote')).toEqual(['非居民用户对气价更敏感。|付璐']);
  });

  it('reads no name opening with 同 after a quote (“…。”同在香港经营的保诚集团此前披露，…)', () => {
    const text =
      '华瑞人寿上半年新单保费增长54%。宋立恒表示，香港业务不会去追求最高的演示回报，“客户买的是20年以后的承诺。”同在香港经营的保诚集团此前披露，其分红实现率超过100%。';
    expect(of(text, 'quote')).toEqual(['客户买的是20年以后的承诺。|宋立恒']);
  });

  it('resolves "the adviser said" to "One of the creditors\' advisers", and crosses a bracket to the speaker after a quote', () => {
    const en =
      "One of the creditors' advisers, who declined to be identified, said talks had run for 11 weeks. " +
      '"Nobody wants the keys handed to the state," the adviser said.';
    expect(of(en, 'quote')).toEqual(["Nobody wants the keys handed to the state,|One of the creditors' advisers"]);
    const zh =
      '“按现在的加工费，冶炼环节要亏1200元左右。”甘肃祁连铜业股份有限公司（601858.SH，以下简称“祁连铜业”）总经理柴文峰在接受记者采访时说。';
    expect(of(zh, 'quote')).toEqual(['按现在的加工费，冶炼环节要亏1200元左右。|柴文峰']);
  });

  it('resolves "the agency said" after a rating to the rating agency, not the company rated', () => {
    const text =
      'Savanna Telecom Ltd owns 78.6% of its Nigerian unit.\n\n' +
      'Fitch Ratings affirmed Savanna\'s rating at "BB" in February but said its debt could rise if the group funded the issue. ' +
      'In a statement, the agency said Nigeria remained ' +
      '"the single largest source of volatility in the group\'s credit profile".';
    expect(of(text, 'quote')).toEqual([
      "the single largest source of volatility in the group's credit profile|Fitch Ratings",
    ]);
  });

  it('reads no quote in a name between a determiner and a noun, though the sentence is attributed (the "Made in Germany" label)', () => {
    const text =
      'Asked whether the "Made in Germany" label still justified the cost base, Kröger said: "Our customers pay for quality."';
    expect(of(text, 'quote')).toEqual(['Our customers pay for quality.|Kröger']);
  });

  it('gives a whole quoted sentence to whoever says it in the next one (…12月初，…的刘建军站在仓库门口说。 / …给记者算了一笔账)', () => {
    expect(
      of(
        '“库里还压着4600多箱，卖到明年端午都卖不完。”12月初，在合肥做了十多年白酒批发的刘建军站在仓库门口说。',
        'quote',
      ),
    ).toEqual(['库里还压着4600多箱，卖到明年端午都卖不完。|刘建军']);
    expect(of('“进价458元，出手400元，一瓶就要倒贴50多块。”刘建军给记者算了一笔账。', 'quote')).toEqual([
      '进价458元，出手400元，一瓶就要倒贴50多块。|刘建军',
    ]);
  });

  it('gives a firm its estimate (中信证券测算，…，“…”) and its view (…，认为公司“…”), not a noun 测算', () => {
    expect(of('中信证券测算，明年全球产能将增长约70%，“供需缺口有望在明年下半年逐步收敛”。', 'quote')).toEqual([
      '供需缺口有望在明年下半年逐步收敛|中信证券',
    ]);
    expect(
      of(
        '摩根士丹利在最新研报中将目标价由4.2美元下调至3.6美元，维持“减持”评级，认为公司“在2027年之前难以实现全年盈利”。',
        'quote',
      ),
    ).toEqual(['在2027年之前难以实现全年盈利|摩根士丹利']);
    // 测算 as a noun names no one
    expect(
      of('县里还专门聘请毕马威为项目做财务测算，“企业的账要算清楚，县里的账更要算清楚。”', 'quote')[0],
    ).not.toMatch(/财务$/);
  });

  it('gives a quote after a sentence reopening with the person last named (对于外界的质疑，孙启明并不认同。“…”)', () => {
    const text =
      '“规模效应已经开始出现，但还不够。”创始人孙启明说。\n\n一位接近滨湖投资的人士告诉记者，此次投资附带了条件，“地方看重的是就业和税收。”\n\n' +
      '对于外界“烧钱换规模”的质疑，孙启明并不认同。“二手车是非标品，没有质保就没有信任。”';
    expect(of(text, 'quote').at(-1)).toBe('二手车是非标品，没有质保就没有信任。|孙启明');
  });

  it('reads no tourist in 下游客户 (刘建军的下游客户中，…，“…”)', () => {
    const text = '刘建军的下游客户中，已有70多家烟酒店转向线上拿货，“人家在网上下单更便宜，凭什么还找我？”';
    expect(of(text, 'quote')[0]).not.toMatch(/户中$/);
  });
});

describe('companies', () => {
  it('reads no verb phrase before a company word as a name (与中介机构准备回复材料, 同行业可比公司)', () => {
    expect(of('公司正在与中介机构准备回复材料，并将尽快回复。', 'company')).toEqual([]);
    expect(of('要求公司结合同行业可比公司情况说明依据。', 'company')).toEqual([]);
  });

  it('takes an ambiguous name the article uses as a company after a preposition (对地平线而言), not after an adverb (并不理想)', () => {
    const text = '地平线（Horizon Robotics，09660.HK）方面表示订单创新高。\n\n对地平线而言，这笔订单意义重大。';
    expect(of(text, 'company')).toEqual(['地平线', 'Horizon Robotics', '地平线']);
    expect(of('理想汽车销量增长。公司光伏业务表现并不理想。', 'company')).toEqual(['理想汽车']);
  });

  it('reads no verb of more, share, drug kind, shipping lines or sector word as a company (加大资本, 低价仿制药, 船公司, 仓储物流)', () => {
    const text =
      '公司加大资本投入。部分以仿制药为主，低价仿制药冲击大。到周四船公司纷纷涨价。原材料占公司成本七成。' +
      '又一单仓储物流REIT登陆上交所。德鲁里发布的世界集装箱指数（WCI）也显示运价上涨。';
    expect(of(text, 'company')).toEqual(['德鲁里']);
  });

  it('knows more companies: African fintechs and banks, dairy and supply-chain names, advisers and airlines', () => {
    const text =
      'Interswitch, OPay, Moniepoint and Paystack compete with Access Bank and Zenith Bank; Alvarez & Marsal advises ' +
      'Horizon Air and Bechtel. Continental AG and Schaeffler AG cut jobs.\n\n伊利股份、君乐宝和人人车之外，海底捞的食材由蜀海供应链负责。';
    expect(of(text, 'company')).toEqual([
      'Interswitch',
      'OPay',
      'Moniepoint',
      'Paystack',
      'Access Bank',
      'Zenith Bank',
      'Alvarez & Marsal',
      'Horizon Air',
      'Bechtel',
      'Continental AG',
      'Schaeffler AG',
      '伊利股份',
      '君乐宝',
      '人人车',
      '海底捞',
      '蜀海供应链',
    ]);
  });

  it('reads Omani and Gulf legal forms (Bank Muscat SAOG) and takes a role word off a name (运营方|力拓)', () => {
    expect(of('Dhofar Drilling SAOG and Qatar Gas Transport QPSC signed.', 'company')).toEqual([
      'Dhofar Drilling SAOG',
      'Qatar Gas Transport QPSC',
    ]);
    expect(of('祁连铜业与铜金矿的运营方力拓（Rio Tinto）签订了长协。', 'company')).toContain('力拓');
    expect(of('祁连铜业与铜金矿的运营方力拓（Rio Tinto）签订了长协。', 'company')).not.toContain('运营方力拓');
  });

  it('reads no depositary share, app store, futures contract, exchange department or nationwide total as a company', () => {
    const text =
      '驰程美国存托股（ADS）盘前上涨6.2%，ADS比率随后调整。应用上架App Store。沪铜期货上涨，沪铜走强。' +
      '全国信托资产规模为30.7万亿元。又一单仓储物流REIT登陆上交所。深圳证券交易所创业板公司管理部下发关注函。中信期货认为铜价见底。';
    expect(of(text, 'company')).toEqual(['中信期货']);
  });

  it('reads no company inside a bond’s short name (“21恒膜01”, 22岑阳城投PPN001)', () => {
    const text = '恒膜新材料股份有限公司（以下简称“恒膜新材”）未能兑付“21恒膜01”的本金，恒膜新材称将积极筹措资金。';
    expect(of(text, 'company')).toEqual(['恒膜新材料股份有限公司', '恒膜新材', '恒膜新材']);
  });

  it('reads no state capital, nation, research or funding round as a company (国资基金, 国家级, 研发人员, 天使轮投资)', () => {
    const text =
      '国资基金领投，融资主角正在从美元基金变成国资。国家电网有限公司是客户，研发人员占比约85%，曾获8000万元的天使轮投资，地方国资或国家级产业基金也在出手。';
    expect(of(text, 'company')).toEqual(['国家电网有限公司']);
  });

  it('reads an ambiguous name that opens a place’s name as the place (苏伊士运河, 苏伊士运河大学)', () => {
    const text = '广东顺安电器股份有限公司位于埃及苏伊士运河经济区的基地投产，公司与苏伊士运河大学合作开设了培训班。';
    expect(of(text, 'company')).toEqual(['广东顺安电器股份有限公司']);
  });

  it('derives short names from a legal name without the Indonesian PT and without an industry word (Wessex Vale Water Ltd)', () => {
    expect(of('PT Sulawesi Mega Nikel Tbk signed a loan. Shares in Sulawesi Mega Nikel rose.', 'company')).toEqual([
      'PT Sulawesi Mega Nikel Tbk',
      'Sulawesi Mega Nikel',
    ]);
    expect(of('Wessex Vale Water Ltd was fined. Wessex Vale had net debt of £2 billion.', 'company')).toEqual([
      'Wessex Vale Water Ltd',
      'Wessex Vale',
    ]);
  });

  it('keeps 与 inside a name that joins two words of it (城市更新与发展集团有限公司), not between two parties', () => {
    expect(of('北京市中关村科学城城市更新与发展集团有限公司跟投。货主与船公司谈判。', 'company')).toEqual([
      '北京市中关村科学城城市更新与发展集团有限公司',
    ]);
  });

  it('reads no anaphor for a bank (新行, 该行), no limited partner, and no city as a derived short name (澄州水务 → no 澄州)', () => {
    const text =
      '江西赣鄱农村商业银行股份有限公司开业，原82家农商银行转为新行的分支机构，新行与各市签约。' +
      '启鸿资本为执行事务合伙人，有限合伙人包括20余家企业。澄州水务集团有限公司申请调价，这是澄州首次调整水价。';
    expect(of(text, 'company')).toEqual(['江西赣鄱农村商业银行股份有限公司', '启鸿资本', '澄州水务集团有限公司']);
  });

  it('knows French grocers and more (Les Mousquetaires, Intermarché, E.Leclerc, Auchan, flynas, 台铃科技)', () => {
    expect(
      of('Intermarché, owned by Les Mousquetaires, E.Leclerc and Auchan cut prices; flynas grew.', 'company'),
    ).toEqual(['Intermarché', 'Les Mousquetaires', 'E.Leclerc', 'Auchan', 'flynas']);
    expect(of('雅迪、爱玛和台铃科技的新国标车型销量增长。', 'company')).toEqual(['雅迪', '爱玛', '台铃科技']);
  });

  it('reads no verb-led phrase or kind of fund as a name (另有受限制银行, 能靠银行, 新加坡主权基金, 液体乳业)', () => {
    const text = '公司另有受限制银行存款2.2亿元，只能靠银行续贷；新加坡主权基金参与认购，液体乳业收入下降。';
    expect(of(text, 'company')).toEqual([]);
  });

  it('strips a prefecture-level city from a legal name before deriving short names (榆林能源投资集团 → no 榆林)', () => {
    const text = '榆林能源投资集团有限公司持有项目20%股权。榆林地处毛乌素沙地南缘，对榆林而言，煤化工是支柱。';
    expect(of(text, 'company')).toEqual(['榆林能源投资集团有限公司']);
  });

  it('reads no comparison, ordinal, document, subsidiary, chip-design firm or insurance product as a company', () => {
    const text =
      '类似的产品很多，总比存银行好，新一轮县域银行改革启动。第五届论坛召开，募集说明书显示，公司通过全资附属公司持股。' +
      '两全保险销量增长，电源管理芯片设计公司增多，国际货运和石油天然气业务下滑。';
    expect(of(text, 'company')).toEqual([]);
  });

  it('reads the Turkish legal form A.S. (Pegasus Hava Tasimaciligi A.S.)', () => {
    expect(of('Pegasus Hava Tasimaciligi A.S. and Bosfor Hava Yollari A.S. grew.', 'company')).toEqual([
      'Pegasus Hava Tasimaciligi A.S.',
      'Bosfor Hava Yollari A.S.',
    ]);
  });

  it('reads 部分… as no name and city gas utilities as companies (部分县级农商银行; 深圳燃气, 重庆燃气)', () => {
    expect(of('部分县级农商银行亏损，深圳燃气和重庆燃气调价。', 'company')).toEqual(['深圳燃气', '重庆燃气']);
  });
});

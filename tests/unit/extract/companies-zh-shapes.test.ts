import { describe, expect, it } from 'vitest';
import { findCompanies } from '../../../src/extract/companies';

// Original sentences (invented companies) for the general patterns of Chinese company names: what a
// rule may take for a name before a corporate word or a cue word, and where a legal name starts and ends.

/** The company spans' texts, in order. */
const names = (text: string) => findCompanies(text).map((e) => e.text);

describe('pieces of a sentence are no names', () => {
  it('takes no time word, preposition or copula before a cue for a name', () => {
    expect(names('公司同日公告，拟以自有资金回购股份。')).toEqual([]);
    expect(names('回购价格不超过50元/股，回购期限为自董事会审议通过之日起12个月内。')).toEqual([]);
  });

  it('takes no "the company" after a verb for a name (回购公司, 所持公司, 归属于母公司)', () => {
    expect(names('公司拟以不低于1亿元回购公司股份。')).toEqual([]);
    expect(names('股东计划减持所持公司股份不超过2%。')).toEqual([]);
    expect(names('归属于母公司股东的净利润为3.2亿元。')).toEqual([]);
  });

  it('takes no quantity after a number for a name (20个交易日, 80款车型, 15天内)', () => {
    expect(names('发行价格不低于定价基准日前20个交易日公司股票交易均价的80%。')).toEqual([]);
    expect(names('今年已有超过80款车型官方降价。')).toEqual([]);
    expect(names('承诺15天内如遇官方降价即补差价。')).toEqual([]);
  });

  it('takes no locative phrase for a name (会上, 社交媒体上)', () => {
    expect(names('在年度业绩说明会上，总经理在会上回应称，息差已企稳。')).toEqual([]);
    expect(names('有网友在社交媒体上回应称价格太高。')).toEqual([]);
  });

  it('takes no generic noun or verb phrase before a corporate word for a name', () => {
    expect(names('财务数据显示，该公司负债率上升。')).toEqual([]);
    expect(names('核心一级资本充足率为9.8%。')).toEqual([]);
    expect(names('要“保持商业银行净息差和利润合理水平”。')).toEqual([]);
  });

  it('takes the name after a description, not the description', () => {
    expect(names('一家北京大模型创业公司澜思科技完成融资。')).toEqual(['澜思科技']);
  });

  it('finds an unknown name with a weak corporate word when a descriptor and 为, or a deal verb, mark it', () => {
    expect(names('公司第一大股东为澜远投资，持股比例为18.5%。')).toEqual(['澜远投资']);
    expect(names('公司将向澜岳医药支付1.5亿元首付款。')).toEqual(['澜岳医药']);
    expect(names('公司将向澜岳医药领域加大投入。')).toEqual([]);
  });

  it("takes a sure name's brand for its other units (澜川集团 → 澜川地产)", () => {
    expect(names('澜川集团旗下澜川地产、澜川物业均出现亏损。')).toEqual(['澜川集团', '澜川地产', '澜川物业']);
  });

  it('still finds unknown names before the same cue and corporate words', () => {
    expect(names('澜石科技董事长表示，订单充足。')).toEqual(['澜石科技']);
    expect(names('此前由云峤资本牵头的财团已退出。')).toEqual(['云峤资本']);
  });
});

describe('lexicon names', () => {
  it('run on into a corporate word after them (茅台|集团), which also settles an ambiguous name (美的|集团)', () => {
    expect(names('茅台集团董事长表示，将加大投入。')).toEqual(['茅台集团']);
    expect(names('美的集团发布公告。')).toEqual(['美的集团']);
  });

  it('do not run on into a corporate word used as a noun or a verb', () => {
    expect(names('招商银行资本充足率为14.2%。')).toEqual(['招商银行']);
    expect(names('腾讯银行业务')).toEqual(['腾讯']);
  });
});

describe('ambiguous lexicon names', () => {
  it('counts a name after a word that says what it is (研究机构IDC)', () => {
    expect(names('市场研究机构IDC发布的报告显示，出货量同比下降。')).toEqual(['IDC']);
  });

  it('does not count the same letters used as a common noun (IDC机房)', () => {
    expect(names('公司新建了两座IDC机房，IDC业务收入增长。')).toEqual([]);
  });
});

describe('where a legal name starts and ends', () => {
  it('starts after the verb before it', () => {
    expect(names('公司拟以现金购买杭州澜汐储能科技有限公司60%股权。')).toEqual(['杭州澜汐储能科技有限公司']);
    expect(names('公司拟受让南京澜禾智能装备有限公司的股权。')).toEqual(['南京澜禾智能装备有限公司']);
  });

  it('keeps a place, with 市, at the front of a legal name', () => {
    expect(names('公司与宁波澜川企业管理咨询合伙企业（有限合伙）签署协议。')).toEqual([
      '宁波澜川企业管理咨询合伙企业（有限合伙）',
    ]);
    expect(names('法律顾问为上海市澜庭律师事务所。')).toEqual(['上海市澜庭律师事务所']);
  });

  it('ends a professional firm after its partnership marker', () => {
    expect(names('审计机构为澜信会计师事务所（特殊普通合伙），评估机构另行聘请。')).toEqual([
      '澜信会计师事务所（特殊普通合伙）',
    ]);
  });

  it('derives the short name of a professional firm', () => {
    expect(names('法律顾问为北京市澜庭律师事务所。澜庭认为交易合规。')).toEqual(['北京市澜庭律师事务所', '澜庭']);
  });
});

describe('names read against the rest of the article', () => {
  it('takes a name the article puts after a person title for a person, not a company', () => {
    expect(names('澄曜科技CEO许知南表示，订单饱满。许知南回应称，估值合理。')).toEqual(['澄曜科技']);
    expect(names('许知南先生毕业于复旦大学。对此，许知南回应称，公司不缺钱。')).toEqual([]);
  });

  it('takes a coined phrase the article also uses for a sector for no name (X赛道, X企业)', () => {
    expect(names('类脑智能企业澄曜科技完成融资。类脑智能赛道升温，类脑智能的应用正在落地。')).toEqual(['澄曜科技']);
  });

  it('takes a coined name with a weak corporate word that completed a financing round for a company', () => {
    expect(names('同在深圳的栖岚智能上月刚完成2亿元A轮融资。')).toEqual(['栖岚智能']);
  });

  it('takes no product or investor noun after a corporate word for a name (资产管理计划, 投资者)', () => {
    expect(names('管理人将两只集合资产管理计划转型。监管要求提升投资者回报，将引导基金公司长期投资。')).toEqual([]);
  });

  it('runs a brand on into 资管 and finds sector tails after a descriptor or in a list', () => {
    expect(names('澄曜证券旗下的澄曜资管近期调整产品。')).toEqual(['澄曜证券', '澄曜资管']);
    expect(names('整机制造商北澜风电宣布扩产。')).toEqual(['北澜风电']);
    expect(names('远澄航运、海曜集运等班轮公司增开航线。')).toEqual(['远澄航运', '海曜集运']);
    expect(names('公司已与岚曜汽车零部件、辰澄光电等制造企业签约。')).toEqual(['岚曜汽车零部件', '辰澄光电']);
  });

  it('does not join a photo credit to the next paragraph', () => {
    expect(names('货轮正在装卸。东方IC供图\n\n青澄港口集团有限公司副总经理介绍，吞吐量增长。')).toEqual([
      '青澄港口集团有限公司',
    ]);
  });
});

describe('common nouns and roles before a corporate word or a cue', () => {
  it('takes no adjective in 性/型 before a corporate word for a name (区域性银行, 中小型银行)', () => {
    expect(names('多家区域性银行和中小型银行下调了存款利率。')).toEqual([]);
  });

  it('takes no finance term before 资本 for a name (注册资本, 民间资本)', () => {
    expect(names('新公司注册资本10亿元，将引入民间资本参与。')).toEqual([]);
  });

  it('takes no role before a cue for a name (其创始人兼CEO林立)', () => {
    expect(names('澄岳智驾是一家自动驾驶方案商，其创始人兼CEO林立透露，公司已获定点。')).toEqual([]);
  });

  it('takes no verb phrase before a bare 公司 for a name (持股平台合计控制公司)', () => {
    expect(names('创始人通过持股平台合计控制公司约31.5%的表决权。')).toEqual([]);
  });

  it('finds a bank wealth unit after a descriptor (合资理财公司X理财)', () => {
    expect(names('双方共同设立的合资理财公司安岫理财已获批开业。')).toEqual(['安岫理财']);
  });
});

describe('a name that is also an ordinary word, with a verb of speech after it', () => {
  it('takes a research firm that forecasts or states for a company (IDC预计)', () => {
    expect(names('IDC预计，2025年国内大模型平台市场规模将达到58亿元。')).toEqual(['IDC']);
    expect(names('Counterpoint表示，高端机型的出货量仍在增长。')).toEqual(['Counterpoint']);
  });

  it('still takes the plain term for no company', () => {
    expect(names('今年各地的IDC机房建设明显加快。')).toEqual([]);
  });
});

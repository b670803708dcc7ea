import { describe, expect, it } from 'vitest';
import { findCompanies } from '../../../src/extract/companies';

// Original sentences for shapes of company mentions that unseen articles keep bringing: lists of lesser-known
// names, units named after their parent, short names repeated later, names introduced by a descriptor, and
// sentence fragments that only look like names. Invented names (澜*, 岚*, Corvane…) and a few real ones.

/** The company spans' texts, in order. */
const names = (text: string) => findCompanies(text).map((e) => e.text);

describe('lists of companies', () => {
  it('takes every item of a list that ends in 等…厂商 when one item is known, whatever verb precedes it', () => {
    expect(names('高端芯片仍依赖博通、岚桥微电等海外厂商供应。')).toEqual(['博通', '岚桥微电']);
    expect(names('电容主要采购自村田制作所、岚山电材等供应商。')).toEqual(['村田制作所', '岚山电材']);
  });

  it('does not split a name at a 和 inside it (昭和电工, 和硕)', () => {
    expect(names('市场由大日本印刷、昭和电工等日资企业占据。')).toEqual(['大日本印刷', '昭和电工']);
  });

  it('takes a list of coined names before 等…企业 even when none is known', () => {
    expect(names('国内仅有澜溪新材、岚峰股份等少数内资企业具备量产能力。')).toEqual(['澜溪新材', '岚峰股份']);
  });

  it('reads two lists joined by 和 as two lists', () => {
    expect(names('市场由昭和电工等日资企业和澜溪新材、岚峰股份等内资企业占据。')).toEqual([
      '昭和电工',
      '澜溪新材',
      '岚峰股份',
    ]);
  });

  it('takes no list of sectors or generic nouns', () => {
    expect(names('光伏、锂电等企业的扩产放缓。')).toEqual([]);
    expect(names('国企、民企等各类企业都在观望。')).toEqual([]);
  });
});

describe('units named after their parent', () => {
  it('takes the unit after X旗下(的)', () => {
    expect(names('客户包括宁德时代、比亚迪旗下的澜迪电池以及多家消费电池厂商。')).toEqual([
      '宁德时代',
      '比亚迪',
      '澜迪电池',
    ]);
    expect(names('阿里巴巴旗下岚鸟物流宣布提价。')).toEqual(['阿里巴巴', '岚鸟物流']);
  });

  it('takes no generic word or product after 旗下', () => {
    expect(names('比亚迪旗下的子公司均已停产。')).toEqual(['比亚迪']);
    expect(names('腾讯旗下多款游戏下架。')).toEqual(['腾讯']);
  });
});

describe('a known name repeated without context', () => {
  it('takes an ordinary-word name everywhere once the article uses it as a company', () => {
    const found = names('苹果公司要求供应商布局海外产能。近年来，苹果持续推动供应链多元化。');
    expect(found).toHaveLength(2);
    expect(found[1]).toBe('苹果');
    expect(names('苹果、三星等手机厂商都在扩产。今年，苹果持续推动供应链多元化。')).toEqual(['苹果', '三星', '苹果']);
  });

  it('leaves the ordinary word inside a clause alone even when the article uses it as a company', () => {
    expect(names('苹果、三星等手机厂商都在扩产。果农买了苹果和梨。')).toEqual(['苹果', '三星']);
  });

  it('leaves the ordinary word alone when the article never uses it as a company', () => {
    expect(names('今年苹果价格上涨，果农收入增加。')).toEqual([]);
  });
});

describe('names after a descriptor', () => {
  it('takes a Latin name after a Chinese descriptor (市场研究机构LightCounting预测)', () => {
    expect(names('据市场研究机构Corvanta预测，全球市场规模将增长。')).toEqual(['Corvanta']);
    expect(names('美国初创公司Kelvane宣布完成融资。')).toEqual(['Kelvane']);
  });

  it('takes no acronym or product word after 公司 for a name', () => {
    expect(names('公司AI业务增长，公司Agent产品上线。')).toEqual([]);
  });
});

describe('fragments are no names', () => {
  it('takes no 时任/现任 before a title for a name', () => {
    expect(names('对实际控制人、时任董事长给予警告；对时任财务总监等7名责任人员罚款。')).toEqual([]);
    expect(names('现任总经理表示将整改。')).toEqual([]);
  });

  it('takes no verb phrase before 董事会 for a name', () => {
    expect(names('两家机构本轮均未跟投，但仍保留董事会观察员席位。')).toEqual([]);
  });

  it('takes no quantified or anaphoric phrase before 公司 for a name', () => {
    expect(names('今年以来已有多家果链公司业绩波动。')).toEqual([]);
    expect(names('上述虚增利润分别占公司当年利润总额的47%。')).toEqual([]);
    expect(names('实际控制人及其一致行动人合计控制公司41%的表决权。')).toEqual([]);
  });
});

describe('legal names after a known name', () => {
  it('starts a legal name at its place when a known name and a verb come before it', () => {
    expect(names('浙江澜澈新材料股份有限公司公告。澜澈新材主要借助宁波岚川贸易有限公司等关联方虚增收入。')).toEqual([
      '浙江澜澈新材料股份有限公司',
      '澜澈新材',
      '宁波岚川贸易有限公司',
    ]);
    expect(names('浙江澜澈新材料股份有限公司公告。澜澈新材料科技（上海）有限公司成立。')).toEqual([
      '浙江澜澈新材料股份有限公司',
      '澜澈新材料科技（上海）有限公司',
    ]);
  });
});

describe('English names with uncommon corporate words', () => {
  it('takes names ending in Aviation, Investors, Ingredients, Memory Technologies', () => {
    expect(
      names('Corvane Aviation and Tessaly Aviation plan flights in 2026; Corvane has raised $900 million.'),
    ).toEqual(['Corvane Aviation', 'Tessaly Aviation', 'Corvane']);
    expect(names('said Ann Weir, a portfolio manager at Harlow Row Investors, which did not buy.')).toEqual([
      'Harlow Row Investors',
    ]);
    expect(names('It buys cocoa through Cargill Inc. and Brenna Food Ingredients.')).toEqual([
      'Cargill Inc.',
      'Brenna Food Ingredients',
    ]);
    expect(names('Rivals are trying too. Quillon Memory Technologies, the largest DRAM maker, said so.')).toEqual([
      'Quillon Memory Technologies',
    ]);
  });

  it('takes no IPO for a company', () => {
    expect(names('said Nathan Osei, a senior strategist at IPO research firm Renaissance Capital.')).toEqual([
      'Renaissance Capital',
    ]);
  });
});

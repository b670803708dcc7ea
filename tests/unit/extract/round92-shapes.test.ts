import { describe, expect, it } from 'vitest';
import { companies, figures, quotes, speakers } from './shape-helpers';

describe('round 92 (holdout404–406, session 26)', () => {
  it('finds a vouched one-word name after a sentence-opening article (A United spokeswoman said)', () => {
    expect(
      companies(
        'It flies for United Airlines. A United spokeswoman said it was pleased. A United States official agreed.',
      ),
    ).toEqual(['United Airlines', 'United']);
  });

  it('takes a name after a role that speaks first or at an occasion for a later 她说', () => {
    expect(
      speakers(
        '总经理田蔚表示，成本上涨。\n\n退休教师、消费者代表周淑芬第一个发言。她说，“一年多花60元，我们能接受。”',
      ),
    ).toEqual(['周淑芬']);
    expect(speakers('总经理田蔚表示，成本上涨。消费者代表周淑芬发言时说，“我们能接受。”')).toEqual(['周淑芬']);
  });

  it('finds no firm in a meeting and a firm (听证会上燃气公司), nor a first tranche (首期融资租赁)', () => {
    expect(companies('# 气价拟上调 听证会上燃气公司“算账”遭质疑')).toEqual([]);
    expect(companies('公司已与平安国际融资租赁有限公司签署框架协议，首期融资租赁额度为两千万元。')).toEqual([
      '平安国际融资租赁有限公司',
    ]);
  });

  it('finds a name after "giant" (superannuation giant AustralianSuper), and East African and UK lenders', () => {
    expect(companies('Local superannuation giant Zentara has teamed up with overseas investors.')).toEqual(['Zentara']);
    expect(companies('Funding Circle and Iwoca tightened lending. A product launched with Britam.')).toEqual([
      'Funding Circle',
      'Iwoca',
      'Britam',
    ]);
  });

  it('takes a clause in marks after a naming word for a quote when it holds a negation (项目“转完就不管”)', () => {
    expect(quotes('负责人向记者坦言，过去一些债转股项目“转完就不管”，企业经营没有起色。')).toEqual([
      ['转完就不管', '负责人'],
    ]);
    expect(quotes('负责人坦言，对经销商的考核“一年比一年重”。')).toEqual([['一年比一年重', '负责人']]);
    // (都会 is a word, not two function words: a district's name)
    expect(quotes('他認為，政府推動「北部都會區」發展，長遠有利。')).toEqual([]);
  });

  it('keeps an airport the firm that runs it names by an alias of its own apart from the firm', () => {
    expect(
      companies(
        '海州国际机场股份有限公司（以下简称“海州机场”）公告称，海州国际机场旅客吞吐量为4860万人次。海州机场股价收跌。',
      ),
    ).toEqual(['海州国际机场股份有限公司', '海州机场', '海州机场']);
  });

  it('starts a subsidiary at 中 after 全资子公司, and a legal name after a preposition at its place', () => {
    expect(companies('全资子公司中免海州免税品有限公司中标该机场。')).toEqual(['中免海州免税品有限公司']);
    expect(companies('在这些子公司中海州免税品有限公司最大。')).toEqual(['海州免税品有限公司']);
    expect(companies('。以安徽淮醇酒业股份有限公司的核心单品为例。以岭药业股份有限公司公告。')).toEqual([
      '安徽淮醇酒业股份有限公司',
      '以岭药业股份有限公司',
    ]);
  });

  it('ends a name at an agency descriptor (代理行), and a broker before its fund advisory (基金投顾)', () => {
    expect(companies('本地中型代理行港濤地產代理有限公司昨日公布。')).toEqual(['港濤地產代理有限公司']);
    expect(companies('# 华屿证券基金投顾保有规模破480亿元\n\n华屿证券股份有限公司公告。')).toEqual([
      '华屿证券',
      '华屿证券股份有限公司',
    ]);
  });

  it('reads GmbH & Co. KG as one legal suffix, and the lexicon writes 中国出口信用保险公司 and 集邦科技 whole', () => {
    expect(companies('The plant is owned by Vacuumschmelze GmbH & Co. KG, a German magnet maker.')).toEqual([
      'Vacuumschmelze GmbH & Co. KG',
    ]);
    expect(companies('公司与中国出口信用保险公司签署协议。集邦科技统计，需求回升。')).toEqual([
      '中国出口信用保险公司',
      '集邦科技',
    ]);
  });

  it('counts batches and pairs (628批次, 4亿副), not a deputy (2副总经理)', () => {
    expect(figures('共抽检628批次，年产镜片4亿副。')).toEqual([
      ['628批次', 628],
      ['4亿副', 400000000],
    ]);
    expect(figures('公司有2副总经理，卖出了一副眼镜。')).toEqual([['2', 2]]);
  });

  it('keeps 多 inside a multiple (一倍多), and reads a range of shares written with both ends (两到三成)', () => {
    expect(figures('增长了一倍多，是去年的3倍多。')).toEqual([
      ['一倍多', 1],
      ['3倍多', 3],
    ]);
    expect(figures('营收下降两到三成，利润下跌一至兩成。')).toEqual([
      ['两到三成', 0.2],
      ['一至兩成', 0.1],
    ]);
  });

  it('reads 兆 before a counted thing as a trillion (4.6兆顆), and head of cattle as a count', () => {
    expect(figures('年產4.6兆顆，裝機50兆瓦。')).toEqual([
      ['4.6兆顆', 4600000000000],
      ['50兆瓦', 50],
    ]);
    expect(figures('It can slaughter 24,000 head of cattle. The 3 head coaches left.')).toEqual([
      ['24,000 head', 24000],
      ['3', 3],
    ]);
  });
});

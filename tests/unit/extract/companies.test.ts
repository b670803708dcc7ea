import { describe, expect, it } from 'vitest';
import { findCompanies } from '../../../src/extract/companies';
import { extract } from '../../../src/extract/index';

/** The company spans' texts, in order. */
const names = (text: string, watchlist?: string[]) => findCompanies(text, watchlist).map((e) => e.text);
const one = (text: string, name: string) => findCompanies(text).find((e) => e.text === name);

describe('Chinese legal names', () => {
  it('starts the name after verbs and descriptors, not at them', () => {
    expect(names('公司公告称，拟收购江苏蓝溪精工科技股份有限公司51%股权。')).toEqual(['江苏蓝溪精工科技股份有限公司']);
    expect(names('本次交易的对方为显示芯片厂商深圳芯澜微电子有限公司。')).toEqual(['深圳芯澜微电子有限公司']);
    expect(names('上市公司与南京禾丰物流有限公司签署了框架协议。')).toEqual(['南京禾丰物流有限公司']);
  });

  it('takes the whole name even when an inner word looks like an industry ending', () => {
    // A lazy suffix rule would stop at the inner 汽车 (RESEARCH.md).
    expect(names('拟收购江苏科达斯特恩汽车科技股份有限公司的控股权')).toContain('江苏科达斯特恩汽车科技股份有限公司');
  });

  it('keeps the partnership marker in either bracket form and splits a list of names', () => {
    const text =
      '公司拟向常州优融汽车科技有限公司、上海迈环企业管理合伙企业(有限合伙)和杭州启衡股权投资合伙企业（有限合伙）发行股份。';
    expect(names(text)).toEqual([
      '常州优融汽车科技有限公司',
      '上海迈环企业管理合伙企业(有限合伙)',
      '杭州启衡股权投资合伙企业（有限合伙）',
    ]);
  });

  it('finds short names derived from the legal name, running on into corporate words', () => {
    const text = '广东澜石智造股份有限公司发布公告。澜石智造表示将扩产；旗下澜石金融租赁同步增资，澜石光伏业务承压。';
    expect(names(text)).toEqual(['广东澜石智造股份有限公司', '澜石智造', '澜石金融租赁', '澜石']);
  });

  it('takes no common word for a short name (上海中华印刷有限公司 gives 中华印刷, not 印刷)', () => {
    expect(names('上海中华印刷有限公司成立于1990年。印刷行业景气度回落，中华印刷的订单下降。')).toEqual([
      '上海中华印刷有限公司',
      '中华印刷',
    ]);
  });

  it('crosses a layout break inside a name and maps the span back onto the break', () => {
    const text = '公司拟收购南京恒拓精密\n机械有限公司，\n\n又与江苏科达斯特\n\n恩汽车科技股份有限公司签约。';
    const found = findCompanies(text);
    expect(found.map((e) => e.text)).toEqual(['南京恒拓精密\n机械有限公司', '江苏科达斯特\n\n恩汽车科技股份有限公司']);
    for (const e of found) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('does not join a heading with the next block', () => {
    expect(names('# 星澜集团\n\n有限公司的说法并不准确。')).not.toContain('星澜集团\n\n有限公司');
  });
});

describe('aliases and tickers', () => {
  it('marks the alias inside the marks and every later mention, with the ticker on the full name', () => {
    const text = '青禾银行股份有限公司（以下简称“青禾银行”，601128.SH）发布年报。青禾银行净息差收窄。';
    const found = findCompanies(text);
    expect(found.map((e) => [e.text, e.ticker])).toEqual([
      ['青禾银行股份有限公司', '601128.SH'],
      ['青禾银行', undefined],
      ['青禾银行', undefined],
    ]);
    expect(text.slice(found[1].start - 1, found[1].end + 1)).toBe('“青禾银行”');
  });

  it('never takes a generic alias for a name', () => {
    const text = '星河动力科技有限公司（以下简称“公司”或“标的公司”）成立于2015年。公司主要生产电机，标的公司客户集中。';
    expect(names(text)).toEqual(['星河动力科技有限公司']);
  });

  it('attaches codes as written, and never puts the code in the span', () => {
    expect(one('领益智造(002600.SZ)公告称', '领益智造')?.ticker).toBe('002600.SZ');
    expect(one('海康威视（002415）发布年报', '海康威视')?.ticker).toBe('002415');
    expect(one('腾讯控股(00700.HK)股价上涨', '腾讯控股')?.ticker).toBe('00700.HK');
    expect(one('Nvidia (NASDAQ: NVDA) rose 3%.', 'Nvidia')?.ticker).toBe('NASDAQ: NVDA');
    expect(one('贵州茅台（股票代码：600519）发布年报', '贵州茅台')?.ticker).toBe('股票代码：600519');
    expect(one('台积电（2330.TW）与巴克莱（BARC.L）', '台积电')?.ticker).toBe('2330.TW');
    for (const e of findCompanies('中芯国际(688981)与澜川发展（002763.SZ）')) expect(e.text).not.toMatch(/\d/);
  });

  it('finds an unknown name that only its stock code marks', () => {
    expect(one('旗下物业公司澜川服务（6189.HK）股价收涨5.3%', '澜川服务')?.ticker).toBe('6189.HK');
  });

  it('gives a parenthesised alternative name its own span', () => {
    expect(names('据高德纳（Gartner）统计，评级机构穆睿（Murray Ratings）下调了评级。')).toEqual([
      '高德纳',
      'Gartner',
      '穆睿',
      'Murray Ratings',
    ]);
  });
});

describe('lexicon names', () => {
  it('prefers the longest name and respects Latin word boundaries', () => {
    expect(names('京东方扩产，京东物流与Intel合作；Intelligence is not a company.')).toEqual([
      '京东方',
      '京东物流',
      'Intel',
    ]);
  });

  it('rejects a two-character name that straddles ordinary words', () => {
    expect(names('息差也有不同程度收窄，其中行业龙头表现稳健。')).toEqual([]);
  });

  it('counts an ambiguous name only with company context', () => {
    expect(names('游客登上长城远眺，又买了几斤苹果。')).toEqual([]);
    expect(names('长城、蔚来等车企的供应商')).toEqual(['长城', '蔚来']);
  });
});

describe('rules for unknown names', () => {
  it('finds brokers, investors and cued names no lexicon knows', () => {
    expect(names('澄江证券首席分析师王朗认为，此前由云峤资本牵头的财团已退出。')).toEqual(['澄江证券', '云峤资本']);
    expect(names('视频大模型企业星衍科技CEO陈默指出，市场仍在早期。')).toEqual(['星衍科技']);
    expect(names('岭秀数据显示，前8个月销售额下降。')).toEqual(['岭秀']);
  });

  it('finds English names by their legal form or corporate word, keeping the suffix', () => {
    const text =
      'Corvane Systems Inc. (NYSE: CVS) agreed to buy Pellham Robotics from Tarn Bay Capital. Corvane shares rose, said an analyst at Ostrow Securities.';
    expect(names(text)).toEqual([
      'Corvane Systems Inc.',
      'Pellham Robotics',
      'Tarn Bay Capital',
      'Corvane',
      'Ostrow Securities',
    ]);
    expect(one(text, 'Corvane Systems Inc.')?.ticker).toBe('NYSE: CVS');
  });
});

describe('English cues', () => {
  it('finds names after a role, before a share move or a possessive role, and with an appositive', () => {
    const text =
      'Kelvara, a Boston-based startup, raised $40 million. "We are growing," said Mark Liu, chief executive of Orvane. Brightwell shares fell 3%, and Nadia Costa, an analyst at Morningstar, said Drayton\'s board would meet.';
    expect(names(text)).toEqual(['Kelvara', 'Orvane', 'Brightwell', 'Morningstar', 'Drayton']);
  });

  it('finds a name after a noun saying what it is, but not a country there', () => {
    expect(names('Its rival Quillon Bio is testing a similar drug, and British sensor maker Qestral agreed.')).toEqual([
      'Quillon Bio',
      'Qestral',
    ]);
    expect(names('Its rival China has vowed to respond.')).toEqual([]);
  });

  it('leaves people, countries and spokespeople alone', () => {
    const text =
      "John Smith, a spokesman for the company, declined to comment. Britain's economy grew, and Tessaly Chairman Ian Ford said little.";
    expect(names(text)).toEqual(['Tessaly']);
  });
});

describe('Chinese hints for unknown names', () => {
  it('takes a name with an industry word when it is listed beside a known company', () => {
    expect(names('蓝湾生物与辉瑞达成合作，首付款1亿美元。')).toEqual(['蓝湾生物', '辉瑞']);
    expect(names('蓝湾生物将继续推进临床试验。')).toEqual([]);
    expect(names('公司与北辰能源签署战略合作协议。')).toEqual(['北辰能源']);
  });

  it('does not take a verb before a cue word for a name', () => {
    expect(names('公司拟出售旗下光伏电站，并发布回购公告。')).toEqual([]);
  });
});

describe('not companies', () => {
  it('leaves products, regulators, universities, exchanges, associations and generic nouns alone', () => {
    const text =
      '证监会与国家发改委召开会议，北京大学和上海证券交易所的专家出席；中国连锁经营协会表示，民营企业和制造商的订单回升。他用ChatGPT和豆包比较答案。';
    expect(names(text)).toEqual([]);
  });

  it('leaves English regulators and agencies alone', () => {
    expect(
      names('The Federal Trade Commission and NASA declined to comment, as did the University of Waterloo.'),
    ).toEqual([]);
  });
});

describe('watchlist and contract', () => {
  it('always finds watchlist names', () => {
    expect(names('我们关注小溪咖啡的门店扩张。', ['小溪咖啡'])).toEqual(['小溪咖啡']);
  });

  it('is reached through extract() with kind company', () => {
    const found = extract('领益智造(002600.SZ)公告称', { kinds: ['company'] });
    expect(found.map((e) => [e.kind, e.text, e.ticker])).toEqual([['company', '领益智造', '002600.SZ']]);
  });
});

import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract';
import { of } from './shape-helpers';

// Shapes from the blind set holdout16's first run, written as new sentences.

describe('companies', () => {
  it('reads a name after a ticker in brackets and 和 as listed beside a company (恒生电子（600570.SH）和金证股份)', () => {
    expect(of('清算系统由东华软件（002065.SZ）和顶点股份共同开发。', 'company')).toEqual(['东华软件', '顶点股份']);
    // not a share word after a known name's ticker
    expect(of('茅台（600519）和部分股份被冻结。', 'company')).toEqual(['茅台']);
  });

  it('keeps a region in brackets inside a legal name cut by a layout break (峰驰汽车（匈牙利）⏎⏎有限责任公司)', () => {
    const text = '工厂由澜岳汽车的全资子公司澜岳汽车（塞尔维亚）\n\n有限责任公司负责运营，员工约900名。';
    expect(of(text, 'company')).toContain('澜岳汽车（塞尔维亚）\n\n有限责任公司');
  });

  it('gives no bare city as the short name of a city bank (宁川农村商业银行 → not 宁川)', () => {
    const text =
      '“说明市场对岚溪的化债进度是认可的。”\n\n岚溪市财政局相关负责人表示，将支持岚溪城投与岚溪农村商业银行股份有限公司等本地金融机构合作。';
    expect(of(text, 'company')).toEqual(['岚溪农村商业银行股份有限公司']);
  });

  it('takes no verb before 旗下 for an owner (盘活旗下的上市平台)', () => {
    expect(of('为了补充现金流，公司还在盘活旗下的上市平台，并将整合旗下资产。', 'company')).toEqual([]);
  });

  it('reads a name after state-owned (state-owned Polska Grupa Zbrojeniowa (PGZ))', () => {
    const text =
      'It set up a joint venture with state-owned Rzeszow Grupa Obronna (RGO). RGO will assemble the systems.';
    expect(of(text, 'company')).toEqual(['Rzeszow Grupa Obronna', 'RGO', 'RGO']);
    expect(of('Loans from state-owned Chinese lenders rose.', 'company')).toEqual([]);
  });

  it("reads the subject a business verb's 'its' refers to as an organisation (X agreed on Monday to sell its…)", () => {
    const text =
      'Corvale Freight agreed on Monday to sell its terminal business. Germany cut its forecast. Doyle said Norwick cut its dividend.';
    expect(of(text, 'company')).toEqual(['Corvale Freight']);
  });

  it('knows a legal name without its last industry word (Karratha Iron Ore Ltd → Karratha Iron)', () => {
    const text = 'Pilbara Iron cut its forecast again.\n\nPilbara Iron Ore Ltd said on Monday it would ship less.';
    expect(of(text, 'company')).toEqual(['Pilbara Iron', 'Pilbara Iron Ore Ltd']);
  });
});

describe('figures', () => {
  it('keeps a qualified unit in a rate ($87.60 a dry metric tonne, $2,400 a troy ounce)', () => {
    expect(of('It received $91.20 a dry metric tonne, and costs were A$21 to A$23 a wet tonne.', 'figure')).toEqual([
      '$91.20 a dry metric tonne',
      'A$21 to A$23 a wet tonne',
    ]);
    expect(of('Gold traded at $2,380 a troy ounce.', 'figure')).toEqual(['$2,380 a troy ounce']);
  });
});

describe('speakers', () => {
  it('gives an alias-defined company the quote of its filing (X（以下简称“Y”）发布公告称，…“…”)', () => {
    const text =
      '12月2日，澄江市城市建设投资集团有限公司（以下简称“澄江城投”）发布公告称，公司已完成退出程序，“今后不再承担政府融资职能”。';
    expect(of(text, 'quote')).toEqual(['今后不再承担政府融资职能|澄江城投']);
  });

  it('gives 他 the unnamed person who opens the sentence before (一位不愿具名的人士则…。他…“…”)', () => {
    const text =
      '在某券商首席分析师陈澜看来，调整接近尾声。她认为，“去库存会比上一轮快。”\n\n一位不愿具名的酒企销售负责人则没那么乐观。他向记者透露，部分经销商已经亏损，“价格一旦乱了，很难修复。”';
    expect(of(text, 'quote')).toEqual([
      '去库存会比上一轮快。|陈澜',
      '价格一旦乱了，很难修复。|一位不愿具名的酒企销售负责人',
    ]);
  });
});

// Shapes from the blind sets holdout17 and holdout18's first runs, written as new sentences.
describe('phrases that are no companies', () => {
  it('reads a kind of notice before 公告 as no issuer (拍卖公告, 问询公告)', () => {
    expect(of('拍卖公告同样披露了几项门槛，问询公告则要求说明。', 'company')).toEqual([]);
    expect(of('澄岭科技公告称，业绩增长。', 'company')).toEqual(['澄岭科技']);
  });

  it('reads a line of business after 旗下 as no unit (旗下跨境电商平台X)', () => {
    expect(of('字节跳动旗下跨境电商平台开始鼓励卖家备货。', 'company')).toEqual(['字节跳动']);
  });

  it('drops a short form of a legal name that the article uses for a sector (低空经济)', () => {
    const text =
      '公司与合肥低空经济产业发展有限公司签约。各地成立低空经济平台公司，一位低空经济产业链投资人表示，入局低空经济。';
    expect(of(text, 'company')).toEqual(['合肥低空经济产业发展有限公司']);
  });

  it('reads a material named twice with 在…上 as no company (涂覆材料)', () => {
    expect(of('公司主营隔膜涂覆材料。对方看中的是公司在涂覆材料上的客户资源。', 'company')).toEqual([]);
  });

  it('reads kinds of funds and adjectives as no names (人民币基金, 资深证券律师)', () => {
    expect(of('人民币基金跟投，一位美元基金合伙人和资深证券律师陈岚表示。', 'company')).toEqual([]);
  });
});

describe('figures inside names', () => {
  it('gives no figure for a number inside a company name (36氪获悉)', () => {
    expect(extract('36氪获悉，公司营收36亿元。').map((e) => e.text)).toEqual(['36氪', '36亿元']);
  });
});

describe('figures of holdout17 and holdout18 shapes', () => {
  it('reads business and trading days, discounts, 翻两番 and split fiscal years', () => {
    expect(of('The offer runs for 30 business days, or 20 trading days.', 'figure')).toEqual([
      '30 business days',
      '20 trading days',
    ]);
    expect(of('起拍价为评估价的八折，商场打七五折，经历转折后计提折旧。', 'figure')).toEqual(['八折', '七五折']);
    expect(extract('打七五折。', { kinds: ['figure'] })[0].value).toEqual({ number: 0.75, unit: '%' });
    expect(extract('营收翻两番。', { kinds: ['figure'] })[0]).toMatchObject({ text: '两番', value: { number: 4 } });
    expect(of('Sales in 2025/26 beat 2024/25 but 2024/07 is no year.', 'figure')).toEqual(['2025/26', '2024/25']);
    expect(extract('in 2025/26.', { kinds: ['figure'] })[0].value).toEqual({ date: '2025/2026' });
  });

  it('reads a rate per a magnitude of a Latin unit and a date with a Chinese hour', () => {
    expect(of('价格为0.8元/百万Tokens。', 'figure')).toEqual(['0.8元/百万Tokens']);
    const [auction] = extract('拍卖于2026年1月12日10时至1月13日10时进行。', { kinds: ['figure'] });
    expect(auction).toMatchObject({
      text: '2026年1月12日10时至1月13日10时',
      value: { date: '2026-01-12T10:00/2026-01-13T10:00' },
    });
  });
});

describe('speakers of holdout17 and holdout18 shapes', () => {
  it('gives a regulator the words quoted from its letter (X向公司下发问询函，要求公司说明“…”)', () => {
    const text =
      '深圳证券交易所已于12月9日向澄岭科技下发关注函，要求公司说明控股股东股份被拍卖的影响，以及是否存在“其他应披露而未披露的事项”。';
    expect(of(text, 'quote')).toEqual(['其他应披露而未披露的事项|深圳证券交易所']);
  });

  it('reads 要求 after a noun as a noun (价格指导要求，“…”)', () => {
    const text =
      '对此，澄岭快递方面在接受记者采访时说，公司严格执行各地的价格指导要求，“单票收入下滑是因为轻小件占比提高。”';
    expect(of(text, 'quote')).toEqual(['单票收入下滑是因为轻小件占比提高。|澄岭快递']);
  });

  it('resolves 该基金 to the fund named before', () => {
    const text =
      '美国对冲基金Oakmere Value Partners是最早发声的股东。该基金在公开信中写道：“要约价严重低估了公司的价值。”';
    expect(of(text, 'quote')).toEqual(['要约价严重低估了公司的价值。|Oakmere Value Partners']);
  });

  it("reads a quote in a paragraph the layout cut mid-sentence as the previous paragraph's (他估计，…，⏎⏎…“…”)", () => {
    const text =
      '据律师张闻远介绍，该所已收到300余名投资者的委托材料。他估计，若法院最终按实际损失计算，\n\n全部投资者的索赔总额可能达到五亿元，“能不能拿到钱，关键要看实际控制人。”';
    expect(of(text, 'quote')).toEqual(['能不能拿到钱，关键要看实际控制人。|张闻远']);
  });
});

describe('quotes of holdout17 and holdout18 shapes', () => {
  it('keeps 据其介绍 after a whole quoted sentence for what follows (X说，…“…。”据其介绍，…)', () => {
    const text =
      '在义乌，价格战尤为激烈。一位通达系快递网点负责人向记者透露，揽收价普遍在每票1.1元，“扣掉面单费，一票只剩几分钱。”\n\n对此，申通快递方面在接受记者采访时说，公司严格执行各地的价格指导要求，“单票收入的下滑，更多是因为轻小件占比提高。”据其介绍，公司当月轻小件占比已升至78%左右。';
    expect(of(text, 'quote')).toEqual([
      '扣掉面单费，一票只剩几分钱。|一位通达系快递网点负责人',
      '单票收入的下滑，更多是因为轻小件占比提高。|申通快递',
    ]);
  });

  it('reads the two ends of a shift as labels (从“A、B”转向“A、C”)', () => {
    const text = '分析师许闻认为，单店模型正在从“高杯量、高毛利”转向“高杯量、低毛利”。他说：“行业很难。”';
    expect(of(text, 'quote')).toEqual(['行业很难。|许闻']);
  });

  it('reads “phrase”，“sentence，…” as two quotes, not a list of terms', () => {
    const text = '何颂坦言，平台公司更看重的是“先把网络铺起来、把场景跑通”，“短期算账不划算，但等别人飞起来就晚了。”';
    expect(of(text, 'quote')).toEqual([
      '先把网络铺起来、把场景跑通|何颂',
      '短期算账不划算，但等别人飞起来就晚了。|何颂',
    ]);
    expect(of('公司提出“降本”，“增效”，“提质”三大目标。', 'quote')).toEqual([]);
  });
});

describe('holdout17 shapes, second round', () => {
  it('reads no company in phrases ending in 至/注意 or holding 投资者/占净 (账户回流至公司, 提示投资者注意公司)', () => {
    const text = '资金通过账户回流至公司。公司提示投资者注意公司股票的风险。其衍生品占净资本的比例为31.6%。';
    expect(of(text, 'company')).toEqual([]);
  });

  it('keeps 控股 and a bracketed region inside a legal name, after a party word (要约人X控股（香港）有限公司)', () => {
    expect(of('要约人澄岭控股（香港）有限公司发布公告。', 'company')).toEqual(['澄岭控股（香港）有限公司']);
  });

  it('reads tenths of a yuan in speech (1毛钱)', () => {
    expect(extract('成本低1毛钱。', { kinds: ['figure'] })[0]).toMatchObject({
      text: '1毛钱',
      value: { number: 0.1, unit: 'CNY' },
    });
  });

  it('reads an English legal name with a place in brackets and the name it is known as', () => {
    const text =
      'The venture, Halvor Qingyun Software Technology (Shanghai) Co., Ltd. and known as HQ Software, starts in May. Halden Software Inc. leads it; Halden, known in Norway as Haldenvik, said so. Tsuru Mart Holdings K.K. agreed.';
    expect(of(text, 'company')).toEqual([
      'Halvor Qingyun Software Technology (Shanghai) Co., Ltd.',
      'HQ Software',
      'Halden Software Inc.',
      'Halden',
      'Haldenvik',
      'Tsuru Mart Holdings K.K.',
    ]);
  });

  it("reads a family and a named person who share a company's name as people (the Tsuru family; Kenji Tsuru said)", () => {
    const text =
      'Tsuru Mart Holdings K.K. rejected the bid. The vehicle, owned by the Tsuru family, will bid. Kenji Tsuru, 52, the president, spoke. Tsuru said the offer was fair. Tsuru Mart shares rose.';
    expect(of(text, 'company')).toEqual(['Tsuru Mart Holdings K.K.', 'Tsuru Mart']);
  });

  it('reads a slogan after "call to" as no quote', () => {
    expect(of('Despite the call to "drill, baby, drill", executives said plans are set by prices.', 'quote')).toEqual(
      [],
    );
  });
});

describe('holdout18 shapes, second round', () => {
  it('derives a brand before 无人机 from a legal name (深圳翼途无人机科技股份有限公司 → 翼途T-150)', () => {
    const text = '深圳澄翼无人机科技股份有限公司发布公告。协议涉及1200架澄翼T-150型物流无人机。';
    expect(of(text, 'company')).toEqual(['深圳澄翼无人机科技股份有限公司', '澄翼']);
  });

  it("knows AMD's full name", () => {
    expect(of('Advanced Micro Devices has also won orders.', 'company')).toEqual(['Advanced Micro Devices']);
  });
});

describe('holdout20 shapes', () => {
  it('reads cubic metres and cents on the dollar', () => {
    expect(of('Ships of 174,000 cubic metres were sold at 92 cents on the dollar.', 'figure')).toEqual([
      '174,000 cubic metres',
      '92 cents on the dollar',
    ]);
  });

  it('reads a Japanese legal name (株式会社) and needs company context for 中海外 (其中海外收入)', () => {
    expect(of('澄和电机株式会社（以下简称“澄和电机”）发布公告。其中海外收入131.2亿元。', 'company')).toEqual([
      '澄和电机株式会社',
      '澄和电机',
    ]);
  });

  it('gives a requester the words quoted right after 要求+addressee (深交所要求公司“…”)', () => {
    expect(of('问询函共提出6个方面的问题。深交所要求公司“结合行业竞争格局，说明新增产能的合理性”。', 'quote')).toEqual([
      '结合行业竞争格局，说明新增产能的合理性|深交所',
    ]);
  });

  it('reads an unnamed person after a comma as a subject, and a body that issued a document as the speaker', () => {
    const text =
      '手术需要企业派驻跟台人员，一位华东地区经销商算了一笔账：成本约60万元，“以前一套关节能赚5000元，现在只剩几百元。”\n\n“不再单纯以价格作为中选依据。”联采办在采购文件中明确，本轮规则引入复活机制。';
    expect(of(text, 'quote')).toEqual([
      '以前一套关节能赚5000元，现在只剩几百元。|一位华东地区经销商',
      '不再单纯以价格作为中选依据。|联采办',
    ]);
  });

  it('reads 以“X”著称 as a label, and a short quote in reported speech past a number with a point', () => {
    expect(of('曾以“低不良、高拨备”著称的澄溪农商行。', 'quote')).toEqual([]);
    const text =
      'The Federal Reserve said in its report that lending had grown to $1.2 trillion, and that the links were "not fully understood".';
    expect(of(text, 'quote')).toEqual(['not fully understood|Federal Reserve']);
  });

  it("reads an organisation's person named without a role (HSBC's Ye Qing, based in Hong Kong, …) and a house after its name", () => {
    const text =
      'HSBC\'s Ye Qing, based in Hong Kong, pointed to a shift in taste. "Young consumers now compare a bag with a bracelet."';
    expect(of(text, 'quote')).toEqual(['Young consumers now compare a bag with a bracelet.|Ye Qing']);
    expect(of('Jewellery, led by Maison Solenne, the Place Vendôme house, grew.', 'company')).toEqual([
      'Maison Solenne',
    ]);
  });
});

describe('holdout19 shapes', () => {
  it('reads crore and lakh, a range of losses, and 三元 batteries as no money', () => {
    expect(extract('Revenue of ₹410 crore.', { kinds: ['figure'] })[0]).toMatchObject({
      text: '₹410 crore',
      value: { number: 4.1e9, unit: 'INR' },
    });
    expect(extract('预计净利润为-4.2亿元至-5.5亿元。', { kinds: ['figure'] })[0]).toMatchObject({
      text: '-4.2亿元至-5.5亿元',
      value: { low: -5.5e8, high: -4.2e8 },
    });
    expect(of('公司生产磷酸铁锂和三元电池，三元材料价格下跌，售价三元一瓶。', 'figure')).toEqual(['三元']);
  });

  it('reads Mexican legal forms and a firm before ", who" as no person', () => {
    expect(of('Cementos Norteños, S.A.B. de C.V. sold bonds, as did Grupo Piedra SAB de CV.', 'company')).toEqual([
      'Cementos Norteños, S.A.B. de C.V.',
      'Grupo Piedra SAB de CV',
    ]);
    const text =
      '"The beat is good," said Kunal Deshpande, an analyst at Varun Institutional Equities, who rates the stock "add". "But mega deals are lumpy."';
    expect(of(text, 'quote')).toEqual([
      'The beat is good,|Kunal Deshpande',
      'But mega deals are lumpy.|Kunal Deshpande',
    ]);
  });

  it('gives a filing the company that issued it (X公告称 … 公告同时提示，“…”), and a title 总经理助理 its name after it', () => {
    const text =
      '澄远动力公告称，公司与斯特兰蒂斯集团签署协议。公告同时提示，框架协议不构成订单，“存在协议无法全部履行的风险”。';
    expect(of(text, 'quote')).toEqual(['存在协议无法全部履行的风险|澄远动力']);
    const second =
      '长衡资管总经理助理、权益投资部总经理许镜川进一步解释了原因。他说，目前H股折价约38%；“股息红利还可以免征所得税。”';
    expect(of(second, 'quote')).toEqual(['股息红利还可以免征所得税。|许镜川']);
  });

  it('reads a kind of capital as no company, and an unnamed farmer as a subject', () => {
    expect(of('董事会秘书蒋惟回应称，欢迎长期资本入股。', 'company')).toEqual([]);
    const text = '一位在河北经营家庭牧场的奶农则没那么乐观。他向记者透露，“明年就只能把牛全卖了。”';
    expect(of(text, 'quote')).toEqual(['明年就只能把牛全卖了。|一位在河北经营家庭牧场的奶农']);
  });
});

describe('Romance groups and banks', () => {
  it('reads a group or bank by its generic first word, but no central bank', () => {
    const text =
      'Grupo Cementos de Chihuahua (GCC) is rated investment grade. Banco Solano México ran the deal. Banco de España and Banco Central do Brasil said.';
    expect(of(text, 'company')).toEqual(['Grupo Cementos de Chihuahua', 'GCC', 'Banco Solano México']);
  });
});

describe('English organisation speakers', () => {
  it('reads S&P and a name ending in a possessive as speakers', () => {
    expect(of('S&P said it expected net debt to stay "comfortably below 2 times EBITDA."', 'quote')).toEqual([
      'comfortably below 2 times EBITDA.|S&P',
    ]);
    const [q] = extract('Moody\'s said it expected debt to stay "well below 2 times EBITDA."', { kinds: ['quote'] });
    expect(q.speaker).toMatch(/^Moody/);
  });
});

describe('holdout21 and holdout22 shapes', () => {
  it('ends an English name before a year that closes a sentence, and reads Danish crowns', () => {
    expect(of('Deliveries run to 2036. Airlines typically secure slots.', 'figure')).toEqual(['2036']);
    expect(extract('a profit of 1.8 billion Danish crowns.', { kinds: ['figure'] })[0]).toMatchObject({
      text: '1.8 billion Danish crowns',
      value: { number: 1.8e9, unit: 'DKK' },
    });
  });

  it('reads no company in Japan Inc. or the start of an agency name', () => {
    const text = "The holdings have bound Japan Inc. together. The U.S. Federal Aviation Administration's cap stays.";
    expect(of(text, 'company')).toEqual([]);
  });

  it('reads a number in a fund product name as no day (稳健1号), and 各项资本 as no company', () => {
    expect(of('旗下“澄泓稳健1号”“量化增强3号”等产品。12月1号开会，于8号发布。', 'figure')).toEqual(['12月1号', '8号']);
    expect(of('银行将确保各项资本充足。', 'company')).toEqual([]);
  });
});

describe('holdout22 shapes, second round', () => {
  it('reads a verb before 基金 and 冷链 as no names', () => {
    const text = '对挪用侵占基金财产的行为零容忍。冷链物流仍处在高速增长期。顺驰冷链物流有限公司发布公告。';
    expect(of(text, 'company')).toEqual(['顺驰冷链物流有限公司']);
  });

  it('takes no speech verb after a title for a name, and no 的-phrase for a speaker', () => {
    const text =
      '一位长期跟踪汽车零部件行业的基金经理直言，海外建厂已成“必答题”。“不出去，会丢掉增量。”\n\n分析师凌霁认为，《雾港残响》的成功说明逻辑没有变。“研发费用已经涨了三倍。”';
    expect(of(text, 'quote')).toEqual([
      '不出去，会丢掉增量。|一位长期跟踪汽车零部件行业的基金经理',
      '研发费用已经涨了三倍。|凌霁',
    ]);
  });
});

describe('speakers named after the quote', () => {
  it('reads 说这句话的，是X in the next paragraph, and "He pointed out"', () => {
    const zh = '“我们自己都没想到，首月流水会比内部预期高出四成。”\n\n说这句话的，是澄曜互娱创始人、董事长卢柏川。';
    expect(of(zh, 'quote')).toEqual(['我们自己都没想到，首月流水会比内部预期高出四成。|卢柏川']);
    const en =
      '"The debate is about ads," said Kemi Okafor, an analyst.\n\nHe pointed out that prices rose again. "At some point, households start doing the math."';
    expect(of(en, 'quote')).toEqual([
      'The debate is about ads,|Kemi Okafor',
      'At some point, households start doing the math.|Kemi Okafor',
    ]);
  });
});

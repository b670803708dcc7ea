import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract';

const figures = (text: string) =>
  extract(text, { kinds: ['figure'] }).map((e) => [e.text, e.value?.date ?? e.value?.number]);
const ranges = (text: string) =>
  extract(text, { kinds: ['figure'] }).map((e) => [e.text, e.value?.low ?? e.value?.number, e.value?.high]);

describe('figures from holdout155 and after', () => {
  it('keeps the second end of a range whose ends both carry a scale word (€60 billion-€65 billion)', () => {
    expect(ranges('It plans to invest €60 billion-€65 billion, and costs of £4bn-£5bn.')).toEqual([
      ['€60 billion-€65 billion', 60e9, 65e9],
      ['£4bn-£5bn', 4e9, 5e9],
    ]);
    expect(ranges('Sales of 60 billion-65 billion yen are expected.')).toEqual([
      ['60 billion-65 billion yen', 60e9, 65e9],
    ]);
  });

  it('still reads a number glued to a name by a hyphen as no figure (GPT-4, COVID-19)', () => {
    expect(ranges('GPT-4 and COVID-19 cost $2 million.')).toEqual([['$2 million', 2e6, undefined]]);
  });
});

const companies = (text: string) => extract(text, { kinds: ['company'] }).map((e) => e.text);

describe('companies from holdout155 and after', () => {
  it('takes the name a new company is to be called, and its later mentions', () => {
    expect(
      companies(
        'Rhenvale AG will spin off its flavours unit. The new company, to be called Aromelle and based in Geneva, had sales of CHF 2.3 billion. Aromelle will employ 4,200 people.',
      ),
    ).toEqual(['Rhenvale AG', 'Aromelle', 'Aromelle']);
    // (a product or a place to be named is no company)
    expect(companies('The new drug, to be called Veltrix, and a bridge to be named Harmon Crossing.')).toEqual([]);
  });
});

const speakers = (text: string) => extract(text, { kinds: ['quote'] }).map((e) => e.speaker);

describe('speakers from holdout155 and after', () => {
  it('gives a quote after "welcomed … but said" to the subject that opens the sentence', () => {
    expect(
      speakers(
        'The Transport Workers Union welcomed the promise of 400 new jobs at the base but said it wanted them "locked in, not pencilled in" in the next agreement.',
      ),
    ).toEqual(['Transport Workers Union']);
  });
});

describe('speakers from holdout155 and after (2)', () => {
  it('skips an opening phrase before the subject of "… but said"', () => {
    expect(
      speakers(
        'Asked about the report, Okoro declined to comment on "market speculation" but said the company was reviewing "every part of the portfolio".',
      ),
    ).toEqual(['Okoro']);
  });
});

describe('speakers from holdout155 and after (3)', () => {
  it('gives a quote after a sentence opened by 另一位投资者 to that person', () => {
    expect(
      speakers(
        '一位投资者称亏损约110万元。\n\n另一位投资者则对清盘时点提出质疑。“净值从0.85元跌到0.78元只用了不到两周，我们都希望看到交易记录。”',
      ),
    ).toEqual(['另一位投资者']);
  });
});

describe('from holdout158–160', () => {
  it('reads 不对称 as no verb of speech (称)', () => {
    expect(
      speakers('副教授罗一鸣认为，加盟纠纷频发的根源在于信息不对称。“加盟商往往只看到总部展示的样板店数据。”'),
    ).toEqual(['罗一鸣']);
  });

  it('names the person after 坐在记者对面的 and before 一边…，一边说道', () => {
    expect(
      speakers('“开了不到11个月就关门了，前前后后亏了一百多万元。”坐在记者对面的李女士一边翻着合同，一边说道。'),
    ).toEqual(['李女士']);
    expect(speakers('“开了不到11个月就关门了。”坐在对面的李女士说。')).toEqual(['李女士']);
  });

  it('counts with 组 and a share before 品种 (近六成品种)', () => {
    expect(figures('我们做了200多组拆解比对。在300多个品种中，近六成品种价格上涨。')).toEqual([
      ['200多组', 200],
      ['300多个', 300],
      ['六成', 0.6],
    ]);
  });

  it('reads a number between a brand and a model word (小米15 Ultra) as a model, and a year after Christmas as a date', () => {
    expect(figures('华为Mate 70系列、小米15 Ultra和vivo X200 Pro均进入前十。')).toEqual([]);
    expect(figures('People are booking Christmas 2026 right now.')).toEqual([['2026', '2026']]);
  });

  it('reads 下一步 before a bank as no part of its name', () => {
    expect(companies('一位人士透露，下一步村镇银行改革将坚持“一行一策”。')).toEqual([]);
  });
});

describe('from holdout158–160 (2)', () => {
  it('reads zlotys and the cedi sign, mAh and square feet as units', () => {
    const got = extract(
      'It priced at 46 zlotys a share. Cocoa at GH₵49,600 a tonne. 容量10000mAh至20000mAh，面积45萬平方英尺。',
      {
        kinds: ['figure'],
      },
    );
    expect(got.map((e) => [e.text, e.value?.unit])).toEqual([
      ['46 zlotys a share', 'PLN/share'],
      ['GH₵49,600 a tonne', 'GHS/tonne'],
      ['10000mAh至20000mAh', 'mAh'],
      ['45萬平方英尺', '平方英尺'],
    ]);
  });

  it('gives a quote to "One of the company\'s 10 largest shareholders" and to "The works council"', () => {
    expect(
      speakers(
        'Carrow Lake declined to comment.\n\nOne of the company\'s 10 largest shareholders, who asked not to be named, said investors had not been consulted. "We heard about it on Friday night, with everyone else."',
      ),
    ).toEqual(["One of the company's 10 largest shareholders"]);
    expect(
      speakers(
        'Halbrecht AG shares fell. The works council said the company should "put the same energy into its German plants" and the IG Metall union said it would seek talks.',
      ),
    ).toEqual(['The works council']);
  });

  it('resolves 该人士 to the unnamed source introduced before (有业内人士估算)', () => {
    expect(
      speakers(
        '基金经理吴粤宁表示：“我们会跟进。”\n\n有业内人士估算，行业每年管理费收入将缩水近百亿元。“费率战打到最后，拼的是谁的成本更低。”该人士说。',
      ),
    ).toEqual(['吴粤宁', '业内人士']);
  });

  it("gives a quote after a person's stance and a colon to that person (…投资人对此有所保留：“…”)", () => {
    expect(speakers('一位长期关注消费赛道的投资人对此有所保留：“婴童用品的用户生命周期只有三到四年。”')).toEqual([
      '一位长期关注消费赛道的投资人',
    ]);
  });

  it('gives a quote after 并指出 to the firm opening the sentence, after 外资', () => {
    expect(
      speakers(
        '外資大摩最新報告將聯瑋投資評等維持「優於大盤」，目標價上調至新台幣380元，並指出聯瑋「在高階伺服器板的市占率仍有提升空間」。',
      ),
    ).toEqual(['大摩']);
  });
});

describe('companies from holdout158–160', () => {
  it('takes an ordinary-word name ranked against a company just named (仅次于苹果), and then where it opens a sentence', () => {
    expect(companies('其中，华为以17.4%的份额位居第二，仅次于苹果；小米份额为7.1%。苹果的份额下降。')).toEqual([
      '华为',
      '苹果',
      '小米',
      '苹果',
    ]);
    expect(companies('游客登上长城，人数超过长城脚下的村民。')).toEqual([]);
  });

  it("reads TFI as a Polish fund firm's legal form and 下一步 as no part of a name", () => {
    expect(companies('Analysts at Kestrel TFI said the price was fair.')).toEqual(['Kestrel TFI']);
  });
});

describe('from holdout161–163', () => {
  it('resolves "the spokesperson" to the source introduced with a capitalised word (A Volaris spokesperson)', () => {
    expect(
      speakers(
        'A Volaris spokesperson said the airline would return six aircraft. "We are adding capacity back carefully, route by route," the spokesperson said.',
      ),
    ).toEqual(['A Volaris spokesperson']);
  });

  it('reads 负责人称 as said (称 after 人)', () => {
    expect(speakers('宁德时代相关负责人称：“重卡换电的核心是网络密度，站点连成网，用户才敢买。”')).toEqual([
      '宁德时代相关负责人',
    ]);
  });

  it('gives 该公司发言人 the name of the company just named', () => {
    expect(
      speakers(
        '香港航空方面，該公司發言人表示，10月份載客量約為61萬人次。「我們預計第四季度的載客量將再增長一成以上。」',
      ),
    ).toEqual(['香港航空發言人']);
  });

  it('reads 约有两成中小公司 as a share, not a firm', () => {
    expect(extract('约有两成中小公司存在资本补充缺口。').map((e) => [e.kind, e.text])).toEqual([['figure', '两成']]);
  });

  it('reads rates per passenger and vehicle, a hyphened scale before a unit, bandwidth, and no rate before a possessive', () => {
    expect(
      extract(
        "Fees of 870 pesos a passenger and $680 a vehicle; a 1.5-million-hectoliter brewery; speeds of 1 gigabit per second; 20 times a household's income.",
        { kinds: ['figure'] },
      ).map((e) => [e.text, e.value?.unit]),
    ).toEqual([
      ['870 pesos a passenger', 'pesos/passenger'],
      ['$680 a vehicle', 'USD/vehicle'],
      ['1.5-million-hectoliter', 'hL'],
      ['1 gigabit per second', 'Gbps'],
      ['20 times', 'x'],
    ]);
  });

  it('reads 45X before a noun as a code, not a multiple', () => {
    expect(figures('中资工厂可能无法享受45X税收抵免，市盈率约30x。')).toEqual([['30x', 30]]);
  });

  it('takes B.V. as a legal form, and 许嘉楠 as a person, not the firm 嘉楠', () => {
    expect(companies('The fund is run by Veluwe Pensioenbeheer B.V. in Apeldoorn.')).toEqual([
      'Veluwe Pensioenbeheer B.V.',
    ]);
    expect(companies('在许嘉楠看来，年轻消费者愿意为“情绪价值”买单。')).toEqual([]);
  });
});

describe('from holdout161–163 (2)', () => {
  it('reads 听说, 赴 and 少 opening a phrase before 银行/投资/期货 as no firm', () => {
    expect(companies('“现在听说银行的钱到位了，踏实多了。”他希望少押期货、多做快反，并欢迎光伏企业赴沙投资。')).toEqual(
      [],
    );
  });
});

describe('from holdout164–166', () => {
  it('reads a number grouped by thousands after a name as a figure (Tanami Ridge 455,000), and 24节, 120站', () => {
    expect(figures('Cardiff produced 612,000 ounces and Tanami Ridge 455,000. 每周24节课，建成120站。')).toEqual([
      ['612,000 ounces', 612000],
      ['455,000', 455000],
      ['24节', 24],
      ['120站', 120],
    ]);
  });

  it('keeps the speaker of "…," X told analysts, according to a recording, for the quotes after it', () => {
    expect(
      speakers(
        'Vale Verde said net debt would drop.\n\n"Brazil has the cheapest cattle in the world," Albuquerque told analysts on a call last week, according to a recording heard by Reuters. "We run 19 plants at about 87% of capacity."\n\n"What we lack is a currency in dollars."',
      ),
    ).toEqual(['Albuquerque', 'Albuquerque', 'Albuquerque']);
  });

  it('reads "Yoon, a former Nexon producer who founded …" as a person, not a firm', () => {
    expect(
      companies(
        'Chief Executive Yoon Tae-ho spoke. Yoon, a former Nexon producer who founded Haneul in 2016, said so.',
      ),
    ).toEqual(['Nexon']);
  });

  it('reads no name after 消费者 that opens with no surname (消费者实付不到8万元)', () => {
    expect(speakers('林哲宏表示，消费者实付不到8万元。他说：“我们希望把成本压到更低。”')).toEqual(['林哲宏']);
  });

  it('gives a fragment that a name and its verb follow to that name, and a quote after "…, he did not rule it out." to him', () => {
    expect(
      speakers(
        "Chief Executive Sean Halloran said the deal made sense. Van Eck has said it intends to vote in favour. The group hopes to attract investors who “buy gold through equities,” Halloran said.\n\nAsked whether the group could become a target itself, he did not rule it out. “Once you are at 1 million ounces a year, everybody's phone number is in your phone.”",
      ),
    ).toEqual(['Halloran', 'Halloran']);
  });

  it("keeps a field's acronym in a speaker's title, and reads 中资…市场 and 香港中资基金 as no firms", () => {
    const got = extract(
      '“监管要把钱用在还旧债上，”一位参与此次簿记的中资券商债券资本市场（DCM）负责人对记者说。一位不愿具名的香港中资基金经理透露。',
    );
    expect(got.filter((e) => e.kind === 'quote').map((e) => e.speaker)).toEqual([
      '一位参与此次簿记的中资券商债券资本市场（DCM）负责人',
    ]);
    expect(got.filter((e) => e.kind === 'company')).toEqual([]);
  });

  it("reads a listed name opening a body's name (the Prudential Authority) as no company", () => {
    expect(companies('subject to approval from the Prudential Authority. Prudential plc rose.')).toEqual([
      'Prudential plc',
    ]);
  });
});

describe('from holdout167–169 and the earlier sets', () => {
  it('gives a reported fragment to an English subject with a ticker, an acronym, a number or a relative clause', () => {
    expect(
      speakers(
        [
          'A.P. Moller-Maersk A/S (MAERSK-B.CO) raised its own guidance earlier this week but said it expected "a significant overcapacity in the market."',
          'The Australian Prudential Regulation Authority (APRA) said in its latest statistics that arrears were "elevated but stabilising."',
          'AerCap, the world\'s largest aircraft lessor with more than 1,700 planes, said in a statement that the deal reflected "strong confidence in the market."',
          'The Stäheli family, which owns about 22% of the shares, said in a separate statement that it "fully supports the sale."',
        ].join('\n\n'),
      ),
    ).toEqual([
      'A.P. Moller-Maersk A/S',
      'Australian Prudential Regulation Authority (APRA)',
      'AerCap',
      'Stäheli family',
    ]);
  });

  it('reads "the company" as a firm named before, not a commission named since', () => {
    expect(
      speakers(
        'Bramblewood Ltd. sells groceries.\n\nThe Australian Competition and Consumer Commission (ACCC) said it had examined pricing data.\n\n"Bramblewood rejects any suggestion that it misled its customers," the company said in a statement.',
      ),
    ).toEqual(['Bramblewood Ltd.']);
  });

  it('reads an honorific after a title in an attribution (Chief Executive Officer Dr. Kanokwan Teerapong said)', () => {
    expect(
      speakers('"Demand is not the problem," Chief Executive Officer Dr. Kanokwan Teerapong said at a briefing.'),
    ).toEqual(['Kanokwan Teerapong']);
  });

  it("knows a person named with （化名） or after 白领, and one doing something 一边…一边 after a doctor's title", () => {
    expect(
      speakers(
        '基金经理蒋立衡表示：“我们会跟进。”\n\n在北京从事保险代理五年的刘畅（化名）去年底转行。她告诉记者，佣金下调了。“以前一个月签三四单就能过得不错。”她说。',
      ),
    ).toEqual(['蒋立衡', '刘畅']);
    expect(
      speakers(
        '一位区域负责人表示：“我们会跟进。”\n\n在国贸附近上班的白领林小溪每天骑车往返地铁站。“以前办一张月卡才15块，”她说。',
      ),
    ).toEqual(['一位区域负责人', '林小溪']);
    expect(speakers('“今年要做到100颗以上。”创始人、种植科主任医师黄颂恩一边换上手术服一边对记者说。')).toEqual([
      '黄颂恩',
    ]);
  });

  it('reads 两三千万元 as a range, 12月至次年2月 as one period into the next year, and more rates and units', () => {
    expect(ranges('预算只有两三千万元。')).toEqual([['两三千万元', 2e7, 3e7]]);
    expect(figures('2024年12月至次年3月枯水。')).toEqual([['2024年12月至次年3月', '2024-12/2025-03']]);
    expect(
      extract(
        'Cement at ₦250 a bag, gas at $1.62 per Mcf, profit of Bt1.21 billion, a 12-cent dividend and a 64-page report.',
        {
          kinds: ['figure'],
        },
      ).map((e) => [e.text, e.value?.unit]),
    ).toEqual([
      ['₦250 a bag', 'NGN/bag'],
      ['$1.62 per Mcf', 'USD/Mcf'],
      ['Bt1.21 billion', 'THB'],
      ['12-cent', 'USD'],
      ['64-page', 'page'],
    ]);
  });

  it('reads 凭借旗下, 所有…集团, 大型连锁集团 and the ordinary word 农产品 as no firms', () => {
    expect(
      companies(
        '深圳市农产品集团股份有限公司发布公告。农产品价格上涨。该机构曾凭借旗下头部主播走红。所有饮食集团都在收缩，大型连锁集团也一样。',
      ),
    ).toEqual(['深圳市农产品集团股份有限公司']);
  });
});

describe('from holdout170–172', () => {
  it('resolves 他 to the person named before (顾言之发出内部信) and not to 金控股 opening a clause', () => {
    expect(
      speakers(
        '一位负责人对记者表示，变动幅度最大。“直营模式的成本太高了，”这位负责人说。\n\n同一天，启程汽车创始人、首席执行官顾言之发出内部信。他在信中写道：“2025年是淘汰赛的最后一程。”',
      ),
    ).toEqual(['一位负责人', '顾言之']);
    expect(
      speakers('元大投顧分析師陳俊廷則認為，金控股今年的股價表現已部分反映獲利成長。他說：「海外獲利占比拉高。」'),
    ).toEqual(['陳俊廷']);
  });

  it('reads 万分之0.85, 60蚊 (Hong Kong dollars) and 降息2碼', () => {
    expect(
      extract('费率为万分之0.85。入場費加價60蚊。明年若美國再降息2碼。', { kinds: ['figure'] }).map((e) => [
        e.text,
        e.value?.number,
        e.value?.unit,
      ]),
    ).toEqual([
      ['万分之0.85', 0.000085, '%'],
      ['60蚊', 60, 'HKD'],
      ['2碼', 2, '码'],
    ]);
  });

  it('reads a school named after a firm (枫林外国语学校) as no company', () => {
    expect(
      companies('枫林教育控股有限公司（以下简称“枫林教育”）公告称，拟出售旗下枫林外国语学校的举办者权益。'),
    ).toEqual(['枫林教育控股有限公司', '枫林教育']);
  });

  it("reads an attribution across a print layout's break, and a person described right after a lead quote", () => {
    expect(
      speakers(
        '“国内工地少了，运到东南亚，还能再干五六年。”负责这批货物出口的广西恒拓二手工程\n\n机械贸易有限公司（以下简称“恒拓机械”）总经理黄志坚对记者说。',
      ),
    ).toEqual(['黄志坚']);
    expect(
      speakers(
        '“上周五群里还在卖大闸蟹，周一早上就收到通知。”在石家庄裕华区经营一家便利店的王丽，已经做了四年社区团购团长。她告诉记者，群里有480多位顾客。',
      ),
    ).toEqual(['王丽']);
  });
});

describe('companies: a listed one-word name always written with the same second word', () => {
  it('reads Vale Verde (never Vale alone) as one firm, and keeps Vale where it stands alone once', () => {
    expect(companies("Vale Verde said profit rose. Shares of Vale Verde fell. Vale Verde's debt is lower.")).toEqual([
      'Vale Verde',
      'Vale Verde',
      'Vale Verde',
    ]);
    expect(companies('Vale Verde said profit rose. Vale said iron ore output fell.')).toEqual(['Vale', 'Vale']);
  });
});

describe('from holdout173–175', () => {
  it('reads a legal name holding 的士 (taxi) whole, after 之一, and Oy as a legal form', () => {
    expect(
      companies('全港最大的士車隊營運商之一冠途的士集團有限公司（下稱「冠途」）昨日宣布。Kymin Energia Oy will close.'),
    ).toEqual(['冠途的士集團有限公司', '冠途', 'Kymin Energia Oy']);
  });

  it('reads 新募…基金, 并按基金 and 货运航空 as no firms', () => {
    expect(
      companies(
        '国内新募集人民币基金规模下降，新募基金占比上升，并按基金整体评价。顺丰旗下的货运航空公司拥有全货机87架。',
      ),
    ).toEqual(['顺丰']);
  });

  it('reads speakers past 以…为例, a long unnamed source after "said", and a lead quote\'s speaker after a time', () => {
    expect(
      speakers(
        '副理陳賜傑則認為，購屋能力受到壓縮。他以雙北為例指出，房價所得比已達15.6倍，「對年輕人來說，頭期款就是門檻」。',
      ),
    ).toEqual(['陳賜傑']);
    expect(
      speakers(
        '"This is a cost problem, not a brand problem," said a portfolio manager at a Nordic asset manager that holds the shares, who asked not to be named.',
      ),
    ).toEqual(['a portfolio manager at a Nordic asset manager that holds the shares']);
    expect(
      speakers(
        '“现在每卖一吨碱就亏一百多块。”11月下旬，河北一家氨碱法纯碱企业的销售负责人王建军在电话里向记者算了一笔账。',
      ),
    ).toEqual(['王建军']);
  });

  it('reads a 0.5-carat ring, 7版, and points of sale as no unit', () => {
    expect(
      extract('a 0.5-carat ring sold at more than 2,100 points of sale. 现金流测算就改了7版。', {
        kinds: ['figure'],
      }).map((e) => [e.text, e.value?.unit]),
    ).toEqual([
      ['0.5-carat', 'carat'],
      ['2,100', undefined],
      ['7版', '版'],
    ]);
  });
});

describe('speakers of earlier sets', () => {
  it('resolves "the fund manager" to the source introduced before (A fund manager in Kuala Lumpur)', () => {
    expect(
      speakers(
        'A fund manager in Kuala Lumpur said the sale was overdue. "They should have done it years ago," the fund manager said.',
      ),
    ).toEqual(['A fund manager']);
  });

  it("reads 另据知情人士介绍 after a whole quoted sentence as the next sentence's source, not the quote's", () => {
    expect(
      speakers(
        '韩书砚透露，公司已启动上市准备工作。“估值高低不是我们最关心的。”另据知情人士介绍，公司还在研究发行REITs。',
      ),
    ).toEqual(['韩书砚']);
  });
});

describe('from holdout176–178', () => {
  it('joins a duration written in two units (4小时18分钟, 1年6个月) into one figure', () => {
    expect(
      extract('列车4小时18分钟后抵达。刑期6个月至1年6个月。', { kinds: ['figure'] }).map((e) => [
        e.text,
        e.value?.number ?? e.value?.high,
        e.value?.unit,
      ]),
    ).toEqual([
      ['4小时18分钟', 258, '分钟'],
      ['6个月至1年6个月', 18, '个月'],
    ]);
  });

  it('reads ringgit, Singapore dollars, koruna, kobo, megahertz, a 520-bed hospital and 350職位', () => {
    expect(
      extract(
        '售价39令吉，月薪2800新元，擬削350職位。Priced at 1,185 koruna a share, up 10 kobo, using 40 megahertz at a 520-bed hospital.',
        { kinds: ['figure'] },
      ).map((e) => [e.text, e.value?.unit]),
    ).toEqual([
      ['39令吉', 'MYR'],
      ['2800新元', 'SGD'],
      ['350職位', '职位'],
      ['1,185 koruna a share', 'CZK/share'],
      ['10 kobo', 'NGN'],
      ['40 megahertz', 'MHz'],
      ['520-bed', 'bed'],
    ]);
  });

  it("reads Czech legal forms and an asset manager's name, and no 中海外 across 其中|海外", () => {
    expect(
      companies(
        'Moravan Energie a.s. and Benda Invest s.r.o. hired Dvořák Asset Management. 其中海外客户订单占比达到41.6%。而同期货款下降，多地村镇银行合并。',
      ),
    ).toEqual(['Moravan Energie a.s.', 'Benda Invest s.r.o.', 'Dvořák Asset Management']);
  });

  it('gives a fragment after ", arguing … that" to the subject, past a kind before its name', () => {
    expect(
      speakers(
        'Activist investor Cobalt Ridge Asset Management, which owns 7.4% of the shares, had pushed the board to explore a sale, arguing in a public letter that the company was "too small to compete."',
      ),
    ).toEqual(['Cobalt Ridge Asset Management']);
  });
});

describe('speakers from holdout176–178', () => {
  it('knows "One London-based fund manager, who …, was blunt." as the speaker of the quote after it, and for "he said"', () => {
    expect(
      speakers(
        'For London, the decision is another blow. One London-based fund manager, who holds Kilbride shares and asked not to be named, was blunt. "It is disappointing, but it is hardly a surprise."',
      ),
    ).toEqual(['One London-based fund manager']);
    expect(
      speakers(
        '"Dilution is real," said Juan Paolo Santos, head of research at COL Financial Group Inc.\n\nA Manila-based fund manager, who asked not to be identified, was more cautious. "Everyone is raising money at the same time," he said.',
      ),
    ).toEqual(['Juan Paolo Santos', 'A Manila-based fund manager']);
  });

  it("keeps a body's short name and title past the occasion after them (金管局發言人回覆查詢時表示)", () => {
    expect(
      speakers('香港金融管理局（金管局）發言人回覆查詢時表示，期望銀行在調整人手時「妥善處理受影響員工」。'),
    ).toEqual(['金管局發言人']);
  });
});

describe('from holdout179–181', () => {
  it('reads NIS before a price, cents in the dollar, and 自然箱 as a measure word', () => {
    expect(
      extract('Shares rose to NIS 182.30. Creditors may get 5 to 12 cents in the dollar. 效率达180自然箱/小时。', {
        kinds: ['figure'],
      }).map((e) => [e.text, e.value?.unit]),
    ).toEqual([
      ['NIS 182.30', 'ILS'],
      ['5 to 12 cents in the dollar', 'USD/dollar'],
      ['180自然箱/小时', '自然箱/小时'],
    ]);
  });

  it("takes no place after a preposition for a person (… workers in Vietnam, according to …), nor a firm's name", () => {
    expect(
      speakers(
        'Yoon Jae-sung said so. Korean companies employ about 700,000 workers in Vietnam, according to the Korea Chamber of Business in Vietnam.\n\n"The payout," he said, "is not up for negotiation."',
      ),
    ).toEqual(['Yoon Jae-sung', 'Yoon Jae-sung']);
  });

  it("reads Homes and Advisory as firms' last words, and 实收, 全资…, …成本 and 普惠型 as no firms", () => {
    expect(
      companies(
        'Porter Davis Homes collapsed; Kestrel Homes hired Hollis Reid Advisory. 设立时实收信托不低于一千万元。旗下全资风险管理子公司成立。用户获取成本（CPI）上涨。普惠型小微企业贷款增长。',
      ),
    ).toEqual(['Porter Davis Homes', 'Kestrel Homes', 'Hollis Reid Advisory']);
  });
});

describe('from holdout182–184', () => {
  it('reads R134a and 401(k) as no figures, 1250牛·米 and a 350-milliliter can as figures', () => {
    expect(
      extract(
        'R134a的均价上涨，扭矩1250牛·米。Contributions to 401(k) accounts rose; a 350-milliliter can costs more.',
        {
          kinds: ['figure'],
        },
      ).map((e) => [e.text, e.value?.unit]),
    ).toEqual([
      ['1250牛·米', '牛·米'],
      ['350-milliliter', 'ml'],
    ]);
  });

  it('reads 董事长和, 国立臺灣大學, 某…集团, 多笔信托 and 异地村镇银行 as no firms', () => {
    expect(
      companies(
        '锦江银行将派驻董事长和首席风险官。國立臺灣大學教授認為。某国际美妆集团也在收缩，多笔信托违约，异地村镇银行被合并。',
      ),
    ).toEqual(['锦江银行']);
  });

  it('gives a quote to the full name before a role and a firm in its apposition, and to the same person after', () => {
    expect(
      speakers(
        "“We have absorbed as much as we could,” Hiroshi Tanabe, president of the group's domestic unit, Asahi Breweries Ltd., told reporters. “We know this is painful for households.”",
      ),
    ).toEqual(['Hiroshi Tanabe', 'Hiroshi Tanabe']);
    expect(
      speakers(
        "“This is a contract that finally pays pilots,” Capt. Ryan Holcomb, chairman of the union's Frontier unit, said.",
      ),
    ).toEqual(['Ryan Holcomb']);
  });
});

describe('speakers from holdout182–184', () => {
  it('gives a quote after 但提示其 to the rating agency opening the sentence after 评级机构', () => {
    expect(
      speakers(
        '评级机构中诚信国际在10月发布的报告中维持该行AAA主体评级，但提示其“资本补充压力较大，异地资产质量仍需关注”。',
      ),
    ).toEqual(['中诚信国际']);
  });
});

describe('from holdout185–187', () => {
  it('reads no new attribution in a verb inside reported words (吴若琳认为，大规模交割…说明…), nor in 法說會', () => {
    expect(
      speakers(
        '研究员吴若琳认为，大规模交割在一定程度上说明期货的价格发现功能正在发挥作用。“过去硅厂只把期货当成一个报价参考。”',
      ),
    ).toEqual(['吴若琳']);
    expect(
      speakers('軸承廠精軸昨舉行法說會，董事長林振豪表示，目前在手訂單約52億元，「明年營收挑戰雙位數成長。」'),
    ).toEqual(['林振豪']);
  });

  it("reads 本次集采, 带量采购, 签署发射服务, 外地银行 and a central bank's acronym (DNB) as no firms", () => {
    expect(
      companies(
        '本次集采涉及带量采购。公司签署发射服务合同，外地银行均未发布相关公告。The Dutch central bank, De Nederlandsche Bank (DNB), acted. DNB said so. DNB Carnegie advised.',
      ),
    ).toEqual(['DNB Carnegie']);
  });

  it('reads deadweight tons, an acre and pascals', () => {
    expect(
      extract('a 300,000 deadweight tons tanker, land at $98,800 an acre, 吸力达到1000Pa。', { kinds: ['figure'] }).map(
        (e) => [e.text, e.value?.unit],
      ),
    ).toEqual([
      ['300,000 deadweight tons', 'dwt'],
      ['$98,800 an acre', 'USD/acre'],
      ['1000Pa', 'Pa'],
    ]);
  });
});

describe('from holdout188–190', () => {
  it('reads business terms and bodies given an alias (两融, 医共体, 房委會) as no firms, nor a name run on from 官网发布', () => {
    expect(
      companies(
        '证券公司融资融券（以下简称“两融”）余额上升，两融业务扩张。紧密型县域医疗卫生共同体（下称“医共体”）改革推进，医共体整合。香港房屋委員會（房委會）昨日批出合約，房委會表示。内蒙古自治区生态环境厅官网发布内蒙古禾川煤基新材料有限公司环评公示。',
      ),
    ).toEqual(['内蒙古禾川煤基新材料有限公司']);
  });

  it("keeps the name before a meeting's after (主席曾德明會後表示)", () => {
    expect(speakers('房委會建築小組委員會主席曾德明會後表示：「壓低造價不等於降低要求。」')).toEqual(['曾德明']);
  });
});

describe('from holdout191–193', () => {
  it('reads CFA francs, a Swiss franc charge, board feet, 千卡 and MLCC size codes', () => {
    expect(
      extract(
        'Cocoa at 2,200 CFA francs per kilogram, a 780 million Swiss franc charge, 2 billion board feet. 热量200千卡至400千卡，0201和01005规格供不应求。',
        { kinds: ['figure'] },
      ).map((e) => [e.text, e.value?.unit]),
    ).toEqual([
      ['2,200 CFA francs per kilogram', 'XOF/kilogram'],
      ['780 million Swiss franc', 'CHF'],
      ['2 billion board feet', 'board ft'],
      ['200千卡至400千卡', '千卡'],
    ]);
  });

  it('takes a tools maker\'s legal name whole and leaves a place out of "Galway-based Corrib Air"', () => {
    expect(
      companies(
        '湖南崇锐精密工具股份有限公司（688712.SH）董事长黎振东表示。The parent of Galway-based Corrib Air said so.',
      ),
    ).toEqual(['湖南崇锐精密工具股份有限公司', 'Corrib Air']);
  });
});

describe('speakers: an English original name in brackets', () => {
  it("leaves a firm's English name in brackets out of a speaker (罗森（Lawson）华东区一位采购负责人)", () => {
    expect(speakers('罗森（Lawson）华东区一位采购负责人告诉记者：“卖得慢的单品，很快就会被换掉。”')).toEqual([
      '罗森华东区一位采购负责人',
    ]);
  });
});

describe('speakers from holdout191–193', () => {
  it('resolves "the person" to "One of the people familiar with the matter" and to "One member of the group"', () => {
    expect(
      speakers(
        'One of the people familiar with the matter said talks had stalled. "They could have got more," the person said.\n\nOne member of the group said so too. "Nobody wants the keys," the person said.',
      ),
    ).toEqual(['One of the people familiar with the matter', 'One member of the group']);
  });
});

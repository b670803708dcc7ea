import { describe, expect, it } from 'vitest';
import { companies, figures, quotes, speakers, tickers } from './shape-helpers';

describe('round 71 (holdout341–343, session 24)', () => {
  it('reads standard coal and cubic metres per ton as rates (2.3吨标准煤/吨, 2.4立方米/吨)', () => {
    expect(figures('我们把单位产品综合能耗压到了2.3吨标准煤/吨以下，新鲜水耗2.4立方米/吨。')).toEqual([
      ['2.3吨标准煤/吨', 2.3],
      ['2.4立方米/吨', 2.4],
    ]);
  });

  it('counts pairs with 对, but not 对 as "versus" (4对服务区; 1对1, 3对2)', () => {
    expect(figures('华路高速还计划在沿线4对服务区建设充换电站。')).toEqual([['4对', 4]]);
    expect(figures('提供1对1辅导，比分3对2。').map(([t]) => t)).not.toContain('1对');
  });

  it('takes no version set off by commas for a figure (an updated version, 4.3, starting …)', () => {
    expect(figures('The company will install an updated version, 4.3, starting in September.')).toEqual([]);
  });

  it('keeps a change apart from the level after an approximator (rose about 3 cents to 81 cents)', () => {
    expect(figures('The notes rose about 3 cents to 81 cents on the dollar.').map(([t]) => t)).toEqual([
      '3 cents',
      '81 cents on the dollar',
    ]);
  });

  it('takes no region and kind of bank, nor a phrase opening with 相继, for a firm', () => {
    expect(companies('报告指出，中西部县域农商行普遍面临资本补充难的问题。')).toEqual([]);
    expect(companies('此后，多地国资平台相继以股权投资、产业基金等方式，与奇瑞、零跑汽车等车企展开合作。')).toEqual([
      '奇瑞',
      '零跑汽车',
    ]);
  });

  it('takes a word-like name set against a firm that opens the sentence (…；完美世界则…, …；菜鸟则…)', () => {
    expect(
      companies('吉比特（603444.SH）前三季度营收39.7亿元，同比增长59.2%；完美世界则在经历人员调整后实现扭亏。'),
    ).toEqual(['吉比特', '完美世界']);
    expect(companies('京东物流（02618.HK）表示，其海外仓数量已超过130个；菜鸟则在欧洲新增了4个区域分拨中心。')).toEqual(
      ['京东物流', '菜鸟'],
    );
    // (not without a firm opening the sentence)
    expect(companies('果农说今年梨价不错，苹果则卖不上价。')).toEqual([]);
  });

  it('takes no firm named after its town where the sentence puts a town (the town of Hallsberg)', () => {
    const text =
      "Hallsberg Lastvagnar AB said orders rose. Hallsberg buys cells from CATL. It is building a plant in the town of Hallsberg, and output there starts when the plant in Hallsberg is running. Hallsberg's B shares rose 4.1%.";
    expect(companies(text)).toEqual(['Hallsberg Lastvagnar AB', 'Hallsberg', 'CATL', 'Hallsberg']);
  });

  it('takes a product with a roman numeral for no firm (its Cadence IV infusion pumps)', () => {
    expect(companies('Brightwater Medical Inc. is recalling about 86,000 of its Cadence IV infusion pumps.')).toEqual([
      'Brightwater Medical Inc.',
    ]);
  });

  it('finds a legal name with 企业 or 企业融资 before its suffix (衍丰企業融資有限公司, 宏达企业有限公司)', () => {
    expect(companies('港通運輸已委任衍丰企業融資有限公司為獨立財務顧問。')).toEqual(['衍丰企業融資有限公司']);
    expect(companies('宏达企业有限公司发布公告。')).toEqual(['宏达企业有限公司']);
  });

  it('finds a longer name before its code when its last four characters are no name (美丽田园医疗健康（02373.HK）)', () => {
    expect(tickers('这是继美丽田园医疗健康（02373.HK）之后，又一家递表的机构。')).toEqual([
      ['美丽田园医疗健康', '02373.HK'],
    ]);
    expect(tickers('電子零組件通路龍頭大聯大（3702）表示，庫存週轉天數已降至約75天。')).toEqual([['大聯大', '3702']]);
  });

  it('takes no toll road a short name is defined for as a firm (德昌高速公路景德镇至婺源段（以下简称“景婺高速”）)', () => {
    expect(
      companies(
        '公司拟受让控股股东持有的德昌高速公路景德镇至婺源段（以下简称“景婺高速”）收费公路权益。景婺高速全长106公里。',
      ),
    ).toEqual([]);
  });

  it("names a Chinese firm's romanised name without its province (Fujian Minxing Nickel Industry → Minxing)", () => {
    expect(
      companies(
        'Kgotso Prima is 49% owned by Fujian Minxing Nickel Industry Co., Ltd., which buys ore. A Minxing executive declined to comment.',
      ),
    ).toEqual(['Fujian Minxing Nickel Industry Co., Ltd.', 'Minxing']);
  });

  it('gives a quote to an unnamed role a possessive or a definite description names', () => {
    expect(
      speakers(
        'The National Union of Mineworkers said it would fight job cuts. The union\'s regional secretary called the review "a threat to entire communities".',
      ),
    ).toEqual(["The union's regional secretary"]);
    expect(
      speakers(
        '"We are not ripping out 1,400 pumps tomorrow," said the head of purchasing at a 12-hospital system in Ohio, who asked not to be identified.',
      ),
    ).toEqual(['the head of purchasing at a 12-hospital system in Ohio']);
  });

  it("resolves he to a firm's person named with a possessive and any verb (Piper Sandler's Tom Caldwell was …)", () => {
    expect(
      speakers('Piper Sandler\'s Tom Caldwell was more upbeat. "The fix is software, not hardware," he said.'),
    ).toEqual(['Tom Caldwell']);
  });

  it('keeps 被动 (passive components) out of the cut before 把/将/被 (中型被動元件廠…董事長許文彬)', () => {
    expect(
      speakers('中型被動元件廠旭達電子（3498）董事長許文彬日前在法說會上表示：「被動元件已經走出庫存調整。」'),
    ).toEqual(['許文彬']);
  });

  it('takes short parallel phrases a verb holds to for a slogan (坚持“投早、投小、投长期”, 实现了“有人巡视、无人值守”)', () => {
    expect(
      quotes('国务院国资委此前多次强调，国有资本投资要坚持“投早、投小、投长期、投硬科技”，同时防范风险。'),
    ).toEqual([]);
    expect(quotes('矿长王建军告诉记者，工作面最危险的岗位已经实现了“有人巡视、无人值守”。')).toEqual([]);
    expect(quotes('监管层多次提出，要“因地制宜、一省一策”推进农村中小银行改革。')).toEqual([]);
  });

  it('takes a word a subject calls something for its name ("hilirisasi," or downstreaming)', () => {
    expect(quotes('The levy is the latest step in a policy Jakarta calls "hilirisasi," or downstreaming.')).toEqual([]);
  });

  it('keeps reported words after a clause of the report (…方面表示，存栏已压减约15%，公司“将根据…”)', () => {
    expect(quotes('晓鸣农牧方面表示，父母代种鸡存栏已压减约15%，公司“将根据市场情况灵活调整孵化计划”。')).toEqual([
      ['将根据市场情况灵活调整孵化计划', '晓鸣农牧'],
    ]);
  });
});

describe('round 72 (holdout344–346, session 24)', () => {
  it('reads codes after Euronext, Nasdaq Nordic and Borsa Istanbul markets as tickers, not names (Euronext Lisbon: EDP)', () => {
    expect(
      tickers('Portuguese utility Energias de Portugal SA (Euronext Lisbon: EDP) agreed to sell a stake on Tuesday.'),
    ).toEqual([['Energias de Portugal SA', 'Euronext Lisbon: EDP']]);
    expect(tickers('Marmara Kredi Bankası (BIST: MRMKR) fell 9.4%.')).toEqual([
      ['Marmara Kredi Bankası', 'BIST: MRMKR'],
    ]);
  });

  it('reads liras as Turkish money and a share and a half tenth (18.36 liras, 一成半至兩成, 三成半)', () => {
    expect(figures('Shares fell 9.4% to 18.36 liras in Istanbul.')).toEqual([
      ['9.4%', 0.094],
      ['18.36 liras', 18.36],
    ]);
    expect(figures('業主普遍願意減租一成半至兩成續約，另一業主減三成半。')).toEqual([
      ['一成半至兩成', 0.15],
      ['三成半', 0.35],
    ]);
  });

  it('takes a word-like name before a time word and a verb of saying, or its data showing (3M此前宣布, 去哪儿平台数据也显示)', () => {
    expect(companies('冷却液供应同样存在变数。3M此前宣布将在2025年底前退出相关生产。')).toEqual(['3M']);
    expect(companies('去哪儿平台数据也显示，元旦假期的提前预订量同比增长约两成。')).toEqual(['去哪儿']);
  });

  it('finds a research firm before its analyst after a quotation, and a legal name ending in 数据 whole', () => {
    expect(companies('“可怕的是没有供应链支撑的价格战，”久谦咨询消费行业研究员方若琳说。')).toEqual(['久谦咨询']);
    expect(companies('决定了下一单能不能拿到。”中汽数据有限公司高级分析师罗婧说。')).toEqual(['中汽数据有限公司']);
  });

  it("takes no end of a body's name, no family, no professor's appositive for a firm", () => {
    expect(
      companies(
        'Paper output fell 9%, according to the Confederation of European Paper Industries, the industry body.',
      ),
    ).toEqual([]);
    expect(
      companies("Marmara Kredi is 40.5% owned by the Özdemir family's holding company, Özdemir Holding A.Ş., it said."),
    ).toEqual(['Özdemir Holding A.Ş.']);
    expect(
      companies(
        'Not everyone is convinced. Jason Miller, a supply chain professor at Michigan State University, said so.',
      ),
    ).toEqual([]);
  });

  it('finds a firm after "regional operator" and a legal name with "Refining and Petrochemical"', () => {
    expect(companies('It sold 312 stores to grocer Meijer Inc. and regional operator Fairhaven Pharmacies.')).toEqual([
      'Meijer Inc.',
      'Fairhaven Pharmacies',
    ]);
    expect(companies('Sipchem rose, while Rabigh Refining and Petrochemical Co., a joint venture, fell.')).toEqual([
      'Sipchem',
      'Rabigh Refining and Petrochemical Co.',
    ]);
  });

  it('takes no phrase of that year, a kind of rural bank, forcing or adopting banks, or leading firms for a firm', () => {
    expect(companies('宝钢股份2024年年报披露，公司当年环保投入达到63.8亿元。')).toEqual(['宝钢股份']);
    expect(companies('全国共有农村商业银行、农村信用社、农村合作银行等机构约2100家。')).toEqual([]);
    expect(companies('这将倒逼农商银行加快转型，部分地区采取联合银行模式。')).toEqual([]);
    expect(companies('对应头部城燃公司净利润增厚5%至10%。')).toEqual([]);
    expect(companies('其中包含50元的民航发展基金。')).toEqual([]);
  });

  it('takes a product in marks with a middle dot for no mention of its maker (“蜀源·藏品”)', () => {
    expect(
      companies('四川蜀源酒业股份有限公司（以下简称“蜀源酒业”）表示，公司已暂停核心产品“蜀源·藏品”的发货。'),
    ).toEqual(['四川蜀源酒业股份有限公司', '蜀源酒业']);
  });

  it('takes no place after a preposition, nor the one who asks, for the speaker a pronoun stands for', () => {
    expect(
      speakers(
        'Ilse Verhaegen told analysts. The closure of a line at Kallo announced in June would cut use. "We will be smaller," she said.',
      ),
    ).toEqual(['Ilse Verhaegen']);
    expect(
      speakers(
        'Tillotson said the company would not add trucks. Asked by Stephens Inc. analyst Tom Barrow whether Harlan might buy a carrier, he said the company was "always looking, rarely buying."',
      ),
    ).toEqual(['Tillotson']);
  });

  it('takes a name set off by a comma after what it names, or a network named in marks, for no quote', () => {
    expect(quotes('It spent $1 billion on a loyalty program, "Box Club," that now has 11.4 million members.')).toEqual(
      [],
    );
    expect(quotes('友邦保險（01299.HK）早前宣布，將其「大灣區醫療直付」網絡擴展至深圳。')).toEqual([]);
  });
});

describe('round 73 (holdout347–349, session 24)', () => {
  it('joins a data size to its hyphen and a price per a number of units (10-gigabyte; US$70 per 1,000 pieces)', () => {
    expect(figures('A monthly 10-gigabyte data bundle will cost more.')).toEqual([['10-gigabyte', 10]]);
    expect(figures('Glove prices reached more than US$70 per 1,000 pieces in 2021.')).toEqual([
      ['US$70 per 1,000 pieces', 70],
      ['2021', '2021'],
    ]);
  });

  it('takes no fuel grade for a figure (92号汽油, 0号柴油)', () => {
    expect(figures('部分站点92号汽油每升直降0.8元，0号柴油也在降价。')).toEqual([['0.8元', 0.8]]);
  });

  it('gives words a person "called" something to the person a relative clause is about (Daniel Okafor, who … called)', () => {
    expect(
      speakers(
        'It will be led by Daniel Okafor, who has run the U.S. operations since 2019 and who called the listing "the cleanest way to let American investors own American concrete."',
      ),
    ).toEqual(['Daniel Okafor']);
  });

  it('gives words to an unnamed treasurer, and "the person said" to the unnamed person introduced before', () => {
    expect(
      speakers(
        'A treasurer at a smaller Tennessee bank, who declined to be identified, said the pullback had been "noticed by every competitor within 100 miles."',
      ),
    ).toEqual(['A treasurer at a smaller Tennessee bank']);
    expect(
      speakers(
        'One large Swiss shareholder, who asked not to be named, said investors had pressed the board. "The board resisted for two years and then simply ran out of arguments," the person said.',
      ),
    ).toEqual(['One large Swiss shareholder']);
  });

  it('knows Nordic and Dutch given names for he and she (Hanne Berg is no "he")', () => {
    expect(
      speakers(
        'Chief Executive Erik Lunde spoke. "It is bad," said Hanne Berg, an analyst. "Nobody will build it," he said.',
      ),
    ).toEqual(['Hanne Berg', 'Erik Lunde']);
  });

  it('gives words to who "算了一笔账" after them', () => {
    expect(quotes('“汇率每升值1%，我们的毛利就少将近半个点。”沈国华算了一笔账，公司已做了远期锁汇。')).toEqual([
      ['汇率每升值1%，我们的毛利就少将近半个点。', '沈国华'],
    ]);
  });

  it('takes no fund by its purpose, designing a fund, or cross-border data for a firm (旧改基金, 设计基金时, 跨境數據)', () => {
    expect(
      companies(
        '“这是我们设计基金时最核心的考虑，”他说。广州曾设立过一只规模50亿元的旧改基金。跨境數據亦成為營辦商的必爭之地。',
      ),
    ).toEqual([]);
  });

  it('takes no region a compass word opens, nor a project a rule named, for a firm', () => {
    expect(companies('Hayashida will buy 20% of Louisiana LNG project in a $2.1 billion bet.')).toEqual([]);
    expect(
      companies(
        'A unit of Mediterranean Shipping Co. bid too. Its share of eastern Mediterranean transshipment slipped.',
      ),
    ).toEqual(['Mediterranean Shipping Co.']);
  });

  it('names a firm without the country its legal name closes with (Kora Telecom Nigeria Plc → Kora Telecom)', () => {
    expect(
      companies('# Kora Telecom raises prices\n\nKora Telecom Nigeria Plc (NGX: KORATEL) will raise prices.'),
    ).toEqual(['Kora Telecom', 'Kora Telecom Nigeria Plc']);
  });

  it("takes the coined brand of a Latin-named firm's Chinese alias (“凯斯勒传动” … 凯斯勒)", () => {
    expect(
      companies(
        '收购德国Kessler Getriebetechnik GmbH（以下简称“凯斯勒传动”）100%股权。他说：“凯斯勒在精密齿轮上积累深厚。”',
      ),
    ).toEqual(['Kessler Getriebetechnik GmbH', '凯斯勒传动', '凯斯勒']);
  });
});

describe('round 74 (holdout350–352, session 24)', () => {
  it('takes a capitalised name a campaign is called, or a term "known as a", for no quote', () => {
    expect(quotes('It stopped new loans under a campaign it calls "Pay Slow, Pay Sure" until March.')).toEqual([]);
    expect(
      quotes(
        'Companies must negotiate a job-protection plan, known as a "plan de sauvegarde de l\'emploi", with unions.',
      ),
    ).toEqual([]);
  });

  it('finds a firm after "property investor" and partners named with commas before "& Co."', () => {
    expect(
      companies('It agreed to sell 14 of the sites to property investor Foncière Aurelle for €128 million.'),
    ).toEqual(['Foncière Aurelle']);
    expect(
      companies('said Jason Ortiz, a managing director at energy investment bank Tudor, Pickering, Holt & Co.'),
    ).toEqual(['Tudor, Pickering, Holt & Co.']);
    // (two firms in a list stay two)
    expect(companies('Goldman Sachs, JPMorgan Chase & Co. and Citi rose.')).toEqual([
      'Goldman Sachs',
      'JPMorgan Chase & Co.',
      'Citi',
    ]);
  });

  it('reads paise as Indian money and takes no figure from 7-ELEVEN (but 8,500-TEU stays a number)', () => {
    expect(figures("The leases would add about 35 paise to the airline's cost.")).toEqual([['35 paise', 0.35]]);
    expect(figures('統一超旗下7-ELEVEN鮮食營收可望突破新台幣500億元。').map(([t]) => t)).toEqual(['新台幣500億元']);
  });

  it("takes no exchange's records, a cause, a verb of speeding or a room's cost for a firm", () => {
    expect(companies('據港交所資料統計，今年以來已有47家上市公司宣佈供股。')).toEqual([]);
    expect(companies('山东某县一家农机经销商因虚构购机信息被追回补贴资金37.4万元。')).toEqual([]);
    expect(companies('一拖股份等企业加快推出智能农机。')).toEqual(['一拖股份']);
    expect(companies('单房投资已从2019年的约8万元上涨至12万元。')).toEqual([]);
  });

  it("takes no subsidy an alias is defined for, nor a body's acronym, for a firm", () => {
    expect(
      companies('2025年全省农机购置与应用补贴（以下简称“农机补贴”）申报系统已正式开放。农机补贴资金已下达。'),
    ).toEqual([]);
    expect(companies('2025年中国铜原料联合谈判小组（CSPT）敲定了加工费。CSPT成员将减产。')).toEqual([]);
  });

  it("names a city's commercial bank by its short word (淮北城市商业银行 → 淮北城商行)", () => {
    expect(companies('淮北城市商业银行股份有限公司将合并。淮北城商行的股东将换股。')).toEqual([
      '淮北城市商业银行股份有限公司',
      '淮北城商行',
    ]);
  });

  it('lets a notice named by its title speak as written, not the last company', () => {
    expect(
      speakers(
        '蜀膳央厨表示将扩产。六部门联合印发《关于加强预制菜食品安全监管的通知》。通知还提出，对推进预制菜进校园应当“持十分审慎的态度”。',
      ),
    ).toEqual(['通知']);
  });

  it('takes a titled person before 昨日 or 上个月 for the one a later quote or 他 stands for', () => {
    expect(
      speakers('維港雅居主席林振邦昨日在記者會上解釋供股原因。「銀行收緊了對酒店物業的估值，我們必須主動降低負債。」'),
    ).toEqual(['林振邦']);
    expect(
      speakers(
        '许明川对记者说，“所以我们预计销量会下滑。”合作社理事长韩广志上个月刚买下一台拖拉机。“要是等到7月以后再买，补贴就只剩8万元出头了。”他给记者算了一笔账。',
      ),
    ).toEqual(['许明川', '韩广志']);
  });

  it("finds Moody's with a curly apostrophe, and listed names the lexicon gained (程泰（1583）, Cadeler)", () => {
    expect(companies('Moody’s Investors Service affirmed its Caa1 rating.')).toEqual(['Moody’s Investors Service']);
    expect(tickers('程泰（1583）前11月累計營收新台幣38.6億元。')).toEqual([['程泰', '1583']]);
  });
});

describe('round 75 (holdout353–355, session 24)', () => {
  it('gives a reported fragment to the subject of the verb of saying that opens its sentence', () => {
    expect(
      speakers(
        'Bao said the airline\'s plan to spend roughly $120 million on a pilot academy in Da Nang, announced alongside the order, was "the most important number in the whole presentation".',
      ),
    ).toEqual(['Bao']);
    expect(
      speakers(
        '"This puts the question to rest," Chief Executive Dana Kowalczyk said. She said the company had concluded that the savings from one-person crews "were never going to be worth a war with our own people."',
      ),
    ).toEqual(['Dana Kowalczyk', 'Dana Kowalczyk']);
    // (words the clause's subject framed stay its own)
    expect(
      speakers(
        'Stonebridge Insurance Inc. said it would raise rates. Priya Raman cut her target. She noted that the company had described its cyber exposure as "well diversified and tightly managed" in June.',
      ),
    ).not.toContain('Priya Raman');
  });

  it('gives an opening quote to the person the next sentence names before a verb of saying (…白领陈思远…，忍不住向记者吐槽)', () => {
    expect(
      speakers(
        '# 标题\n\n“原来1元能借30分钟，现在20分钟就要3元。”在上海南京西路一家商场里，白领陈思远扫码归还充电宝后看到账单，忍不住向记者吐槽。她说，自己一个月大概要借五六次，“算下来比买一个新的充电宝还贵”。',
      ),
    ).toEqual(['陈思远', '陈思远']);
  });

  it('takes no product with a model code, no debt-resolution fund, no cost compared or bar met for a firm', () => {
    expect(
      companies('Demand was strongest for the Corvus X9, an atomic-layer deposition platform that sells well.'),
    ).toEqual([]);
    expect(companies('湖北设立首期三百亿元化债基金。这只基金出现的背景，是新一轮化债政策进入深水区。')).toEqual([]);
    expect(companies('“这相当于把欠条提前变成现金，成本比银行贷款低约60个基点。”')).toEqual([]);
    expect(companies('满足三项要求，才属于偿付能力达标公司。嘉峰今年以来已多次推售旗下项目车位。')).toEqual([]);
    expect(companies('期权推出后，鸡蛋品种将形成期货、期权相互配合的工具体系。')).toEqual([]);
  });

  it('reads route miles as a measure and "in line" as a rating', () => {
    expect(figures('Continental Midland, which runs about 11,200 route miles across 14 states, agreed.')).toEqual([
      ['11,200 route miles', 11200],
      ['14', 14],
    ]);
    expect(quotes('She cut her rating to "in line." She estimated the cost at $5 million, she said.')).toEqual([]);
  });

  it('finds General Electric and INFORICH by name', () => {
    expect(companies("CFM International is the venture between General Electric and France's Safran SA.")).toContain(
      'General Electric',
    );
    expect(companies('在日本，INFORICH旗下的ChargeSPOT在东京收费165日元。')).toContain('INFORICH');
  });
});

describe('round 76 (holdout356–358, session 24)', () => {
  it('takes a name a product is called by for no quote (a package called "HallaLink,")', () => {
    expect(
      quotes('Halla also sells a remote-monitoring package called "HallaLink," which it said was installed widely.'),
    ).toEqual([]);
  });

  it("takes no end of a ministry's name, an index's firm or a first-of-its-kind phrase for a firm", () => {
    expect(
      companies(
        'A spokesman for the Ministry of Petroleum and Mineral Resources said in a statement that it was temporary.',
      ),
    ).toEqual([]);
    expect(companies('截至11月21日收盘，中证全指证券公司指数年内上涨11.8%。中证指数有限公司发布。')).toEqual([
      '中证指数有限公司',
    ]);
    expect(companies('工业硅期货在广期所挂牌，是该所上市的首个期货品种。')).toEqual([]);
    expect(companies('2026年度电煤中长期合同（以下简称“长协”）的签订工作已进入收尾阶段。长协价格稳定。')).toEqual([]);
  });

  it('counts after "number" as a verb, funds with 档, and kilocalories per kilogram', () => {
    expect(figures('It said its fleet would number 186 aircraft next summer.')).toEqual([['186', 186]]);
    expect(figures('今年已有超過60檔下調配息率。')).toEqual([['60檔', 60]]);
    expect(figures('Coal with 4,200 kilocalories per kilogram pays less.').map(([t]) => t)).toEqual([
      '4,200 kilocalories per kilogram',
    ]);
  });

  it('gives "it said" to the body the sentence before was about (The Energy Ministry … it said)', () => {
    expect(
      speakers(
        'Borneo Karya Tbk shares fell 3.2%. The Energy Ministry has defended the new rates. In a statement last month it said the sliding scale was "fair and proportionate to the value of a non-renewable resource," and more.',
      ),
    ).toEqual(['Energy Ministry']);
  });

  it('finds firms the lexicon gained (Tenet Healthcare, Fertiglobe, Moebs, 台灣人壽, a2牛奶公司)', () => {
    expect(companies('Tenet Healthcare and Community Health Systems are both negotiating.')).toContain(
      'Tenet Healthcare',
    );
    expect(companies('The median fee is now $29, Moebs said.')).toEqual(['Moebs']);
    expect(companies('台灣人壽一位通路主管說，不少保戶選擇觀望。')).toEqual(['台灣人壽']);
  });
});

describe('round 77 (holdout359–361, session 24)', () => {
  it('gives closing words to the speaker who opens the sentence with a verb of saying, one clause between', () => {
    expect(
      speakers(
        '十銓一位主管私下表示，終端消費性電子需求並未明顯回溫，「現在的漲價主要是原廠減產推動，價格可能很快反轉。」集邦科技也提醒，供給預估年增19%。',
      ),
    ).toEqual(['十銓一位主管']);
  });

  it('gives "the investor said" to an unnamed source with a capitalised word (One Perth-based fund manager)', () => {
    expect(
      speakers(
        'One Perth-based fund manager, who holds shares, said the company had been slow. "They kept telling us the cycle would turn," the investor said.',
      ),
    ).toEqual(['One Perth-based fund manager']);
  });

  it("gives words to a firm's analyst named after the firm (Canaccord Genuity analyst Reuben Shaw … but said)", () => {
    expect(
      speakers(
        'Canaccord Genuity analyst Reuben Shaw cut his price target to 48 cents but said the decision to stop mining was "the right call for shareholders."',
      ),
    ).toEqual(['Reuben Shaw']);
  });

  it('takes a term an apposition calls a formula for no quote', () => {
    expect(
      quotes('Revenue is capped by the "maximum revenue entitlement," a formula set each year by the agency.'),
    ).toEqual([]);
  });

  it('counts chambers, dry metric tonnes, and no multiple as a word (460腔; 41,600 dry metric tonnes; 这一倍数)', () => {
    expect(figures('累计出货超过460腔；把这一倍数压缩到了1.6倍左右。')).toEqual([
      ['460腔', 460],
      ['1.6倍', 1.6],
    ]);
    expect(figures('The miner produced 41,600 dry metric tonnes of concentrate.')).toEqual([
      ['41,600 dry metric tonnes', 41600],
    ]);
  });

  it('takes no verb of causing or ending for a firm, and finds Bancomer and Wabtec', () => {
    expect(companies('部分资金押注稳增长政策，使得期货盘面升水现货约15元/吨。')).toEqual([]);
    expect(companies('对27家机构解除医保服务协议，移送公安机关线索63条。')).toEqual([]);
    expect(companies('BBVA entered the country in the 1990s and took full control of Bancomer in 2004.')).toContain(
      'Bancomer',
    );
    expect(companies('Wabtec said it would supply the locomotives.')).toEqual(['Wabtec']);
  });
});

describe('round 78 (holdout362–364, session 24)', () => {
  it('reads milliseconds and Chilean pesos', () => {
    expect(figures('It must keep latency below 100 milliseconds.')).toEqual([['100 milliseconds', 100]]);
    expect(figures('It booked 41 billion Chilean pesos in write-downs.')).toEqual([['41 billion Chilean pesos', 41e9]]);
  });

  it('takes no size of firm, trying, "as it turned out", a unit or a price for a firm', () => {
    expect(companies('广东一家大型发电集团燃料部负责人告诉记者，进口煤比例上升。')).toEqual([]);
    expect(companies('另有险企尝试以数字化工具弥补人力缺口。')).toEqual([]);
    expect(companies('“我想提前还清，结果银行说手续费一分不少都要交。”')).toEqual([]);
    expect(companies('包括整机制造商、发电集团下属运维公司在内，已有超过40家企业报名。')).toEqual([]);
    expect(companies('多位受访者表示，风电运维服务的中标价格持续下行。')).toEqual([]);
    expect(companies('同期，进口鱼粉到港价（CNF）也从1,720美元/吨涨至1,950美元/吨。')).toEqual([]);
  });

  it('takes an advertising line for no quote', () => {
    expect(
      quotes('Harbor Peak\'s long-running advertising line, "Here when the wind blows," aired for a decade.'),
    ).toEqual([]);
  });

  it('finds firms the lexicon gained (高工锂电, Ripley, 住商不動產, Happy Returns)', () => {
    expect(companies('按高工锂电的统计，恩捷股份的份额接近五成。')).toContain('高工锂电');
    expect(companies('It struggled against larger Chilean rivals Falabella, Cencosud and Ripley.')).toContain('Ripley');
    expect(companies('住商不動產高雄區一位加盟店東也證實，人數增加。')).toEqual(['住商不動產']);
    expect(companies('UPS unit Happy Returns said volumes rose.')).toContain('Happy Returns');
  });
});

describe('round 79 (holdout365–367, session 24)', () => {
  it('names a Dutch brewery by its name without Brouwerij (Brouwerij Maelbeke NV → Maelbeke)', () => {
    expect(companies('Brouwerij Maelbeke NV (EBR: MLBK) said on Tuesday. In Nigeria, Maelbeke raised prices.')).toEqual(
      ['Brouwerij Maelbeke NV', 'Maelbeke'],
    );
  });

  it('takes no meal service, starting capital, mixed fund, selling manager or "using X for Y" for a firm', () => {
    expect(companies('上海已建成社区长者食堂390家，老年助餐服务点1700多个。')).toEqual([]);
    expect(companies('茶湛持股51%，初期资本额约1,200万令吉。')).not.toContain('初期资本');
    expect(companies('以明星产品易方达蓝筹精选混合（005827）为例，管理费收入将减少。')).not.toContain('精选混合');
    expect(companies('认购费降了以后，客户经理卖新基金的积极性明显下降。')).toEqual([]);
    expect(companies('“说白了，就是用时间换空间，用利润换资本。”')).toEqual([]);
  });

  it('takes a foreign term glossed after "or" for no quote, and no stock code after "code" for a figure', () => {
    expect(quotes('The government would set up a "mesa de diálogo", or dialogue table, in Velille.')).toEqual([]);
    expect(figures('The shares, listed under the code 6983, jumped 11%.')).toEqual([['11%', 0.11]]);
  });

  it('reads mtpa as a unit', () => {
    expect(figures('It lifts capacity to 47.6 mtpa from 40 mtpa.').map(([t]) => t)).toEqual(['47.6 mtpa', '40 mtpa']);
  });

  it('finds Taiwan tea chains and 中化化肥 by name', () => {
    expect(companies('除了老牌的50嵐、清心福全，近年COMEBUY、可不可熟成紅茶等品牌也積極展店。')).toEqual([
      '50嵐',
      '清心福全',
      'COMEBUY',
      '可不可熟成紅茶',
    ]);
    expect(companies('晋源化工已与中化化肥等贸易企业签订代理出口协议。')).toContain('中化化肥');
  });
});

describe('round 80 (holdout368–370, session 24)', () => {
  it('reads the cedi written with a cent sign (GH¢3,625 a bag)', () => {
    expect(figures('It rose to 58,000 cedis a ton, or GH¢3,625 a bag.').map(([t]) => t)).toEqual([
      '58,000 cedis a ton',
      'GH¢3,625 a bag',
    ]);
  });

  it('takes no place in a branch, a count of firms, reserve cotton or an industry body for a firm', () => {
    expect(companies('银行撤并网点前应至少提前30日在网点显著位置公告。')).toEqual([]);
    expect(companies('2024年底以来，已有20余家网络小贷公司被注销。')).toEqual([]);
    expect(companies('中储棉启动年内首轮储备棉轮入。储备棉库存偏低。')).not.toContain('储备棉');
    expect(
      companies('Storage was 83% full, according to data from Gas Infrastructure Europe, an industry body.'),
    ).toEqual([]);
  });

  it('gives an opening quote to a person described with a number before the name (经营…16年的陈国栋向记者坦言)', () => {
    expect(
      speakers(
        '# 标题\n\n“不是不想做，是实在做不下去了。”11月5日，在浙江温州一栋写字楼里，经营小额贷款业务16年的陈国栋向记者坦言。',
      ),
    ).toEqual(['陈国栋']);
  });

  it('finds Gazprom Germania and 硕禾电子 by name', () => {
    expect(companies('SEFE, the former Gazprom Germania, shut a small facility.')).toContain('Gazprom Germania');
    expect(companies('杜邦、贺利氏与硕禾电子把持市场。')).toContain('硕禾电子');
  });
});

describe('round 81 (holdout371–373, session 24)', () => {
  it('reads øre as Norwegian money', () => {
    expect(figures('It agreed to pay 36 øre per kilowatt-hour, up from 45 øre.').map(([t]) => t)).toEqual([
      '36 øre per kilowatt-hour',
      '45 øre',
    ]);
  });

  it('takes no phrase of meeting or holding for a firm (满足集团资金需求, 掌握数据的平台)', () => {
    expect(companies('集团方面则表示将满足集团资金需求，掌握数据的平台受益。')).toEqual([]);
  });

  it("finds Ahold Delhaize's chains and Taiwan's job bank by name", () => {
    expect(companies('Stop & Shop, Food Lion, Hannaford and Giant Food are its US chains.')).toEqual([
      'Stop & Shop',
      'Food Lion',
      'Hannaford',
      'Giant Food',
    ]);
    expect(companies('根據104人力銀行統計，旅宿業缺工逾萬人。')).toEqual(['104人力銀行']);
  });
});

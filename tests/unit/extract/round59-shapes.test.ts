import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract';
import { companies, figures, quotes, speakers, tickers } from './shape-helpers';

describe('round 59 (holdout278, revisited)', () => {
  it('names a firm ending in a trade before its analyst or research director and a person (和弘咨询首席分析师杜若凡)', () => {
    expect(companies('和弘咨询首席分析师杜若凡认为，行业门槛正在提高。')).toEqual(['和弘咨询']);
    expect(companies('启衡咨询消费行业研究总监吴昕然认为，平台需要统一的标准。')).toEqual(['启衡咨询']);
    // the name ends at its first trade, before the field its analyst covers
    expect(companies('和弘咨询能源化工首席分析师杜若凡说，价格还会反弹。')).toEqual(['和弘咨询']);
  });

  it('leaves an office and a field without a firm (工研院产科国际所分析师, 物管行业分析师)', () => {
    expect(companies('工研院产科国际所分析师张立文认为，需求仍在回升。')).toEqual([]);
    expect(companies('物管行业分析师王立认为，平台需要标准。')).toEqual([]);
  });

  it('takes the units listed after a first unit with the same trade (旗下的燕山石化、齐鲁石化), not a line of business', () => {
    expect(companies('中国石化旗下的燕山石化、齐鲁石化、金陵石化是国内主要的顺丁橡胶供应商。')).toEqual([
      '中国石化',
      '燕山石化',
      '齐鲁石化',
      '金陵石化',
    ]);
    expect(companies('比亚迪旗下的弗迪电池、动力电池业务都在扩产。')).toEqual(['比亚迪', '弗迪电池']);
  });

  it('takes a clause in marks that opens with a negation as words said, though it ends in 计划 (“暂时没有新的融资计划”)', () => {
    expect(
      quotes('创始人顾清扬说，行业已经回到了基本面。她透露，账上现金仍可支撑三年的运营，“暂时没有新的融资计划”。'),
    ).toEqual([['暂时没有新的融资计划', '顾清扬']]);
    // (a named plan is still a name)
    expect(quotes('集团今年启动了“零碳工厂建设计划”。')).toEqual([]);
  });
});

describe('round 60 (holdout281–310, session 22)', () => {
  it('takes no class of ship glossed in English for a firm (海岬型船（Capesize）, 巴拿马型船（Panamax）)', () => {
    expect(companies('大型的海岬型船（Capesize）日租金升至3.1万美元，巴拿马型船（Panamax）约1.4万美元。')).toEqual([]);
    // (a brand glossed in English still is one)
    expect(companies('瑞典家电商伊莱克斯（Electrolux）上调了价格。')).toEqual(['伊莱克斯', 'Electrolux']);
  });

  it('takes a -KY listing with its code whoever found the name, and the listed firm before it (聯亞（3081）、眾達-KY（4977）)', () => {
    expect(companies('同族群的聯亞（3081）、眾達-KY（4977）昨日分別上漲4.6%及9.96%。')).toEqual(['聯亞', '眾達-KY']);
    expect(tickers('同族群的眾達-KY（4977）昨日上漲9.96%。')).toEqual([['眾達-KY', '4977']]);
  });

  it('names no firm in a market or a kind of shipping (台股基金, 貨櫃航運)', () => {
    expect(companies('國內投信發行的台股基金規模為1.32兆元。')).toEqual([]);
    expect(
      companies('散裝航運走強之際，貨櫃航運則相對疲弱，長榮（2603）、陽明（2609）股價下跌。貨櫃航運業者仍在觀望。'),
    ).toEqual(['長榮', '陽明']);
  });

  it("reads a subject across the colon of a report's subtitle (在《工业母机：国产替代进入深水区》研报中指出)", () => {
    expect(
      speakers(
        '分析师孟繁宇在近期发布的《工业母机：国产替代进入深水区》研报中指出，产业基金超过20只。他写道：“整机的产能已经不缺，缺的是资本。”',
      ),
    ).toEqual(['孟繁宇']);
  });

  it('takes “gave a view:” for a verb of speech, and its speaker without the angle (则从临床角度给出了看法：)', () => {
    expect(speakers('一位北京三甲医院药房主任则从临床角度给出了看法：“颗粒剂冲服方便，患者依从性好。”')).toEqual([
      '一位北京三甲医院药房主任',
    ]);
    expect(speakers('分析师王立新发表了自己的观点：“价格还会反弹。”')).toEqual(['王立新']);
  });

  it("reads a subject across a comma inside a report's title (研报《钛白粉：出口格局重塑，龙头份额提升》中写道)", () => {
    expect(
      speakers(
        '首席分析师陈涛认为，冲击已基本消化。他在1月13日发布的研报《钛白粉：出口格局重塑，龙头份额提升》中写道：“小企业的出口利润将被压缩。”',
      ),
    ).toEqual(['陈涛']);
  });

  it("knows 护理员 and Taiwan's 投资长 as titles before a name (with 护工, 快递员, 骑手 … and 风控长, 法务长 …)", () => {
    expect(speakers('护理员刘桂兰已经给老人擦完身、喂完早饭。“夜班一个人要管一层楼。”她说。')).toEqual(['刘桂兰']);
    expect(speakers('「剩下的部位我們寧可承受一點波動。」宏泰人壽投資長李志遠說。')).toEqual(['李志遠']);
  });

  it("crosses a firm's alias in brackets after “…”， to its officer who said it", () => {
    expect(
      speakers('“等于辛苦买来的债券收益”，宏泰人寿保险股份有限公司（以下简称“宏泰人寿”）投资长李志远说。'),
    ).toEqual(['李志远']);
  });

  it('takes "the company" for the firm that spoke, not a customer listed after a verb (supplying Walmart, Costco)', () => {
    expect(
      speakers(
        'Prairie Crest Foods Inc. will close two beef plants. Prairie Crest said it would keep supplying Walmart, Costco and its restaurant customers from its remaining plants.\n\n"Consumers will not see empty shelves," the company said. "What they have already seen is higher prices."',
      ),
    ).toEqual(['Prairie Crest', 'Prairie Crest']);
  });

  it('ends an unnamed source at its own verb, a place after its firm or an adverb (An analyst at Piper Sandler| kept …)', () => {
    expect(
      speakers(
        'An analyst at Piper Sandler kept a "neutral" rating and called the recall "a serious but fixable problem" as long as the update worked.',
      ),
    ).toEqual(['An analyst at Piper Sandler']);
    expect(
      speakers(
        'A spokesperson for Mitsubishi declined to comment on the size of its investment but said the trading house saw "a long runway for electrification."',
      ),
    ).toEqual(['A spokesperson for Mitsubishi']);
    expect(
      speakers(
        'Workers said they learned of it from the news. "We heard about it on TV like everyone else," said a store manager there, who asked not to be named.',
      ),
    ).toEqual(['a store manager']);
  });

  it('takes analysts at a named firm for a group that speaks, and for a later "they"', () => {
    expect(
      speakers(
        'Chief executive Ana Valente said the plant would run two shifts.\n\nAnalysts at Itaú BBA said the approvals put Serra Alta closer to its rivals. "China access is the biggest driver of margin," they wrote in a note to clients.',
      ),
    ).toEqual(['Analysts at Itaú BBA']);
  });

  it("takes a broker's line of business before 总部 for a department, not a firm (资管总部总经理, 投行总部)", () => {
    expect(companies('拟任总经理为现任资管总部总经理许立，此前在投行总部任职。')).toEqual([]);
  });

  it('starts a legal name after a verb of buying at auction (竞得|淮州银行股份有限公司), and reads 挂牌公告 as a kind of notice', () => {
    expect(
      companies(
        '江淮资产管理股份有限公司（以下简称“江淮资产”）在京东拍卖平台以5.14亿元竞得淮州银行股份有限公司（以下简称“淮州银行”）挂牌转让的资产包。\n\n挂牌公告显示，该资产包本金合计12亿元。',
      ),
    ).toEqual(['江淮资产管理股份有限公司', '江淮资产', '京东', '淮州银行股份有限公司', '淮州银行']);
  });

  it('reads no speech in "so-called" (Qatar, the so-called wall), so a later "she" stays with the analyst', () => {
    expect(
      speakers(
        'Hannah Okafor, a gas analyst at Wood Mackenzie, said the slope was low. She expects new capacity to start up, most of it in the United States and Qatar, the so-called wall of supply.\n\n"Buyers who waited have been rewarded," she said.',
      ),
    ).toEqual(['Hannah Okafor']);
  });

  it('takes the pause off a pronoun between two parts of a quote (“…，”他停顿片刻后接着说，“…”)', () => {
    expect(speakers('董事长何建川在交流会上回应称：“减产不是认输，”他停顿片刻后接着说，“而是先保住现金流。”')).toEqual([
      '何建川',
      '何建川',
    ]);
  });

  it("gives no short name from a metro operator's legal name (岚州市轨道交通集团有限公司 → not 轨道交通)", () => {
    expect(
      companies('线网运营方岚州市轨道交通集团有限公司作了成本说明。票价偏低，才能真正把人留在轨道交通上。'),
    ).toEqual(['岚州市轨道交通集团有限公司']);
  });

  it('reads 已有回应 as a noun, 学生代表 as a title and 过去 after a name, for the 他/她 a quote follows', () => {
    expect(
      speakers(
        '对此，听证方案中已有回应：老年人继续免费乘车。\n\n大学生代表刘思远则关注学生群体。他说，学生往返里程超过30公里。“五折优惠只覆盖中小学生。”',
      ),
    ).toEqual(['刘思远']);
    expect(
      speakers('在陆家嘴工作的白领周沁过去几乎每周都会光顾麦香里，如今已很少购买。“现在更在意性价比。”她说。'),
    ).toEqual(['周沁']);
  });

  it('takes what a speaker cites off the subject (她援引《…》等资料指出)', () => {
    expect(
      speakers(
        '分析师贺芸认为，赛道逻辑并未改变。她援引《儿童青少年近视防控适宜技术指南》等资料指出，近视率约为51.9%，“这是行业的必经阶段”。',
      ),
    ).toEqual(['贺芸']);
  });

  it("derives a Taiwan firm's short name across 事业 and a trade (鈞碩觀光事業股份有限公司 → 鈞碩觀光)", () => {
    expect(
      companies(
        '鈞碩觀光事業股份有限公司（2741）昨日董事會通過出售飯店。鈞碩觀光同時宣布，將參與投資。公益事業仍需投入。',
      ),
    ).toEqual(['鈞碩觀光事業股份有限公司', '鈞碩觀光']);
  });

  it('takes named codes before 在内的…股 as listed firms (包括國賓（2704）、六福（2705）在內的多家上市櫃飯店股)', () => {
    expect(companies('今年以來包括國賓（2704）、六福（2705）在內的多家上市櫃飯店股，皆傳出資產活化計畫。')).toEqual([
      '國賓',
      '六福',
    ]);
  });

  it('reads square kilometres and miles, and a rate per American depositary share', () => {
    expect(
      figures(
        'The formation covers roughly 30,000 square kilometers, about 11,600 square miles. Profit was $2.21 per American depositary share.',
      ),
    ).toEqual([
      ['30,000 square kilometers', 30000],
      ['11,600 square miles', 11600],
      ['$2.21 per American depositary share', 2.21],
    ]);
  });

  it('takes the person in 对…创始人X来说 for a later 她说', () => {
    expect(
      speakers('但对栖木服饰创始人陈姝来说，这个数字只能“打个折”来看。“按我们的经验，订单只有四分之一。”她说。'),
    ).toEqual(['陈姝']);
  });

  it("reads 召回公告 as a kind of notice, not a firm's (据召回公告)", () => {
    expect(companies('宁波贝安宝儿童用品有限公司已备案召回计划。据召回公告，召回范围内的产品将免费更换。')).toEqual([
      '宁波贝安宝儿童用品有限公司',
    ]);
  });

  it("derives a midstream firm's short name (Cold Creek Gathering LLC → Cold Creek)", () => {
    expect(
      companies(
        'Redfern agreed to acquire privately held Cold Creek Gathering LLC for about $4.3 billion. Cold Creek operates pipelines.',
      ),
    ).toEqual(['Cold Creek Gathering LLC', 'Cold Creek']);
  });

  it('reads "He added:" as a pronoun and its verb, not a name before a colon', () => {
    expect(
      speakers(
        'Brenta\'s chief executive, Marco Bellini, struck a conciliatory tone on a call last week.\n\nHe added: "We have had nine years with Hualun as our largest shareholder."',
      ),
    ).toEqual(['Marco Bellini']);
  });

  it("takes the name after a firm's role that follows said (said Fincastello's chairman, Lorenzo Ferrante)", () => {
    expect(
      speakers(
        'Fincastello S.p.A. owns 14.1% of Brenta. "For years we have asked for a board," said Fincastello\'s chairman, Lorenzo Ferrante. "The government is finally listening."',
      ),
    ).toEqual(['Lorenzo Ferrante', 'Lorenzo Ferrante']);
  });

  it("names no firm in a verb before banks or a board, banks below book value or a city's budget", () => {
    expect(
      companies(
        '我们会给予整改缓冲期，同时协调银行提供技改贷款，有助于稳定县域农商银行的负债端。\n\n## 破净银行集中“表态”\n\n瑞川市财政数据显示，该市收入为186.4亿元。“市值管理”正从“禁区”变成董事会的常规议题。',
      ),
    ).toEqual([]);
  });

  it("derives the name a Spanish trade word opens (Acuícola Fiordo Blanco S.A. → Fiordo Blanco), not a mine's", () => {
    expect(
      companies(
        'Acuícola Fiordo Blanco S.A. (SSE: FIORDO) said an algae bloom killed salmon. Fiordo Blanco will report a loss.',
      ),
    ).toEqual(['Acuícola Fiordo Blanco S.A.', 'Fiordo Blanco']);
  });

  it('names no firm in raw sugar futures, and no count in a portfolio written digit by digit (社保基金一一八组合)', () => {
    expect(companies('洲际交易所（ICE）原糖期货主力合约收于14.62美分/磅。巴西原糖配额内进口成本约5000元。')).toEqual(
      [],
    );
    expect(figures('社保基金一一八组合新进十大流通股东，一零三组合增持三百台设备的厂商。')).toEqual([['三百台', 300]]);
  });

  it('gives a circular (通报) the voice of the body that issued it, like a notice', () => {
    expect(
      speakers(
        '9月16日，南湾区教育局发布情况通报称，已对涉事企业开展专项检查。\n\n通报还表示：“下一步将建立家长陪餐制度。”',
      ),
    ).toEqual(['南湾区教育局']);
  });

  it('names no firm in 活跃服务人员', () => {
    expect(companies('招股书显示，2024年平台活跃服务人员的年流失率为41.7%。')).toEqual([]);
  });

  it('takes the manner off a pronoun speaker between the parts of a quote (他无奈地说)', () => {
    expect(
      speakers('工程师陈柏翰表示，排队充电是常态。“最久排过40分钟，”他无奈地说，“桩不够，再多的优惠都没用。”'),
    ).toEqual(['陈柏翰', '陈柏翰']);
  });

  it('reads R6.5bn and R2 a liter as rand, P240 million as pula in a Botswana story and N21.5 billion as naira', () => {
    const values = (text: string) => extract(text, { kinds: ['figure'] }).map((e) => [e.text, e.value?.unit]);
    expect(
      values(
        '# Marula bets R6.5bn on new stores\n\nPetrol fell by about R2 a liter as the rand firmed. In Botswana it will build a P240 million depot.',
      ),
    ).toEqual([
      ['R6.5bn', 'ZAR'],
      ['R2 a liter', 'ZAR/liter'],
      ['P240 million', 'BWP'],
    ]);
    expect(values('Obudu Cement reported a loss of N21.5 billion as the naira fell.')).toEqual([
      ['N21.5 billion', 'NGN'],
    ]);
    // (a P or an N elsewhere stays a code)
    expect(values('The P2 and N95 masks were sold out.')).toEqual([]);
  });

  it('resolves a firm described with 这家 to the firm named before (这家以彩妆起家的公司在电话会上表示)', () => {
    expect(
      speakers(
        '逸仙电商（NYSE: YSG）则代表了另一种选择。这家以彩妆起家的公司在财报电话会上表示，将继续外包生产，“把有限的资源集中在研发和品牌上”。',
      ),
    ).toEqual(['逸仙电商']);
  });

  it('finds "the agency" in a regulator named as the object of an approval, by the name it goes by', () => {
    expect(
      speakers(
        'Rheinfels Energie AG will mothball a gas store. The decision needs the approval of the Federal Network Agency, or Bundesnetzagentur, which can order a site kept open. "We will examine the application carefully," the agency said.',
      ),
    ).toEqual(['Bundesnetzagentur']);
  });

  it('keeps a place in an unnamed source and takes a shared view off a subject (张晨也持类似观点：)', () => {
    expect(
      speakers(
        'Pilots at the carrier voted on the deal. "With this deal, I\'d think twice before leaving," said one captain based in Boise.',
      ),
    ).toEqual(['one captain based in Boise']);
    expect(speakers('分析师张晨也持类似观点：“价格还有下行空间。”')).toEqual(['张晨']);
  });

  it('reads ages in 周岁 and 月龄, and ranges of ages (3月龄至10周岁), not 3月 as a month', () => {
    const found = figures('投保年龄为3月龄至10周岁，65周岁以上老人，一般为出生满60天至10周岁。');
    expect(found.map(([text, low]) => [text, Number(Number(low).toFixed(4))])).toEqual([
      ['3月龄至10周岁', 0.25],
      ['65周岁', 65],
      ['60天至10周岁', 0.1667],
    ]);
  });
});

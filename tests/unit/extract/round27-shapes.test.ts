import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract';
import { of } from './shape-helpers';

const figures = (text: string) =>
  extract(text, { kinds: ['figure'] }).map((e) => [e.text, e.value?.date ?? e.value?.number]);
const speakers = (text: string) => extract(text, { kinds: ['quote'] }).map((e) => e.speaker);

describe('figures from holdout125–127', () => {
  it('reads a discount written with 两 (两折 is 0.2), not the idiom 七折八扣', () => {
    expect(figures('个贷不良批量转让价格跌破两折，部分资产包以两折成交。')).toEqual([
      ['两折', 0.2],
      ['两折', 0.2],
    ]);
    expect(figures('各种费用七折八扣之后所剩无几。')).toEqual([]);
  });

  it('takes a bare thousand-fold (超购逾千倍) as a multiple', () => {
    expect(figures('成为今年第三只超购逾千倍的新股，另有两只超购百倍。')).toEqual([
      ['千倍', 1000],
      ['百倍', 100],
    ]);
  });

  it('reads a Hong Kong stock code with its leading zero as no figure', () => {
    expect(figures('星澜医疗科技控股有限公司（以下简称“星澜医疗”，02695）昨日截止招股，集资5亿港元。')).toEqual([
      ['5亿港元', 500000000],
    ]);
  });

  it('reads SR before a number as Saudi riyals', () => {
    const got = extract('Revenue rose to SR24.4 billion, or SR24.86 a share.', { kinds: ['figure'] });
    expect(got.map((e) => [e.text, e.value?.unit])).toEqual([
      ['SR24.4 billion', 'SAR'],
      ['SR24.86 a share', 'SAR/share'],
    ]);
  });
});

describe('quotes from holdout125–127', () => {
  it('reads a name in marks that 以下简称 follows as a name, not a quote', () => {
    const text = '国家医保局首次增设“商业健康保险创新药品目录”（以下简称“商保目录”），首批纳入19种药品。';
    expect(of(text, 'quote')).toEqual([]);
  });
});

describe('companies from holdout125–127', () => {
  it('reads no issuer in an adverb before 公告 (双双公告) nor in a verb before 官网', () => {
    const text =
      '华屿证券股份有限公司（以下简称“华屿证券”）与东澜证券股份有限公司（以下简称“东澜证券”）双双公告，证监会已同意。云栖互娱计划在欧美市场开通官网直充渠道。';
    expect(of(text, 'company')).toEqual(['华屿证券股份有限公司', '华屿证券', '东澜证券股份有限公司', '东澜证券']);
  });

  it('reads no airline in the air show 中国国际航空航天博览会', () => {
    expect(
      of('在珠海举行的第十五届中国国际航空航天博览会上，翼擎航空签下订单。中国国际航空也到场。', 'company'),
    ).toEqual(['中国国际航空']);
  });
});

describe('more companies from holdout125–127', () => {
  it('reads no issuer in what a published notice is about (发布了产品停售及切换公告)', () => {
    const text = '中国平安（601318.SH）、新华保险等公司也陆续发布了产品停售及切换公告。';
    expect(of(text, 'company')).toEqual(['中国平安', '新华保险']);
  });

  it('reads no fund manager in 长线基金 or a firm in 实际投资', () => {
    const text = '今年则有不少欧美及中东长线基金重新参与，外资长线基金回来了。非保证部分则取决于公司实际投资收益。';
    expect(of(text, 'company')).toEqual([]);
  });

  it('reads a technique glossed by its acronym as a term (面板级封装（FOPLP）)', () => {
    const text = '除CoWoS外，台积电的SoIC与面板级封装（FOPLP）也陆续进入设备验证阶段，面板级封装的设备单价更高。';
    expect(of(text, 'company')).toEqual(['台积电']);
  });
});

describe('English speakers from holdout125–127', () => {
  it('names a body by the short name it goes by (…, or Nasscom, said)', () => {
    const text =
      'The National Association of Software and Service Companies, or Nasscom, said the fee would "disrupt business continuity for ongoing projects" and urged clarity.';
    expect(speakers(text)).toEqual(['Nasscom']);
  });

  it('gives a fragment that "according to X" follows to X, not to the subject of the sentence', () => {
    const text =
      'Sainsbury\'s said it had lowered prices on 500 lines and would keep them down "until at least the new year", according to a spokeswoman.';
    expect(speakers(text)).toEqual(['a spokeswoman']);
  });

  it("takes an unnamed company spokeswoman (A Sainsbury's spokeswoman) for a later she", () => {
    const text =
      '"It is a price war on paper," said Jonathan Pike, an analyst.\n\nA Sainsbury\'s spokeswoman rejected that suggestion. "These are permanent reductions," she said.';
    expect(speakers(text)).toEqual(['Jonathan Pike', "A Sainsbury's spokeswoman"]);
  });

  it('gives a long reported sentence to the company that opens it, a relative clause and "of" in its name', () => {
    const text =
      'Retailers are also cautious. Watches of Switzerland Group plc (LSE: WOSG), which makes about half of its sales in the United States, said in November that it had trimmed orders for the holiday season because customers were "still buying, but buying more carefully."';
    expect(speakers(text)).toEqual(['Watches of Switzerland Group plc']);
    expect(of(text, 'company')).toEqual(['Watches of Switzerland Group plc']);
  });
});

describe('holdout128–130: figures, quotes and companies', () => {
  it('reads 三四成 and 两三成 as ranges of shares', () => {
    const got = extract('成本上涨三四成，利润只剩两三成。', { kinds: ['figure'] });
    expect(got.map((e) => [e.text, e.value?.low, e.value?.high])).toEqual([
      ['三四成', 0.3, 0.4],
      ['两三成', 0.2, 0.3],
    ]);
  });

  it('keeps a short reported clause in marks after 表示，该行 as a quote, not a term like 该行“十四五”规划', () => {
    const text =
      '常熟银行（601128.SH）相关人士对记者表示，该行“暂无设立计划”。吴振邦还透露，该行“十四五”规划中设定的目标已提前完成。';
    expect(of(text, 'quote')).toEqual(['暂无设立计划|常熟银行相关人士']);
  });

  it('reads no firm in 博彩 (gaming) nor 澳博 inside 本澳博彩业, and no concessionaire after a verb', () => {
    const text =
      '澳门博彩控股有限公司（下称“澳博”）公布业绩。本澳博彩业的复苏主要由中场带动，原有客源大多转入承批公司。澳博股价今年下跌。';
    expect(of(text, 'company')).toEqual(['澳门博彩控股有限公司', '澳博', '澳博']);
  });

  it('runs a known name on through 珠宝 into its group (周大福珠宝集团)', () => {
    expect(of('周大福珠宝集团表示，内地同店销售回升。', 'company')).toEqual(['周大福珠宝集团']);
  });

  it('reads no firm in a verb before a corporate word (自己组建期货团队, 监管划出资本红线) nor in 其官网', () => {
    const text =
      '现货企业自己组建期货团队的越来越多。\n\n## 监管划出资本红线\n\n黔川市财政局在其官网发布公告称，专项债已发行。';
    expect(of(text, 'company')).toEqual([]);
  });
});

describe('holdout128–130: speakers', () => {
  it('reads a speaker between split parts through a legal abbreviation (Mitsubishi Corp. executive vice president X told)', () => {
    const text =
      '“We have never asked Berkshire for anything except patience,” Mitsubishi Corp. executive vice president Hiroshi Tanabe told reporters, “and they have given us plenty of it.”';
    expect(speakers(text)).toEqual(['Hiroshi Tanabe', 'Hiroshi Tanabe']);
  });

  it('reads 开门见山 as a verb of speech', () => {
    const text = '“这笔钱不会用来买量。”青梧文化创始人、CEO林栖梧在接受记者采访时开门见山，“60%以上会投在内容上。”';
    expect(speakers(text)).toEqual(['林栖梧', '林栖梧']);
  });

  it('skips 面对记者 between a quote and who said it', () => {
    const text = '“碳酸锂这一笔，我们是按风控流程做的。”面对记者，衡川资本管理有限公司总经理邵明川坦言，公司亏损了。';
    expect(speakers(text)).toEqual(['邵明川']);
  });

  it('leaves the occasion (回复本报查询时) out of the speaker', () => {
    const text =
      '新鸿基地产（00016.HK，下称“新地”）早前公布业绩。新地发言人回复本报查询时表示：“集团会提供灵活的租务安排。”';
    expect(speakers(text)).toEqual(['新地发言人']);
  });

  it('takes the subject of the clause after "but", and the last verb of speech before a fragment', () => {
    const text =
      'Kudipay has said it could consider a listing in Lagos or London, but Balogun, the company\'s president, said there was "no timetable and no pressure" for one.';
    expect(speakers(text)).toEqual(['Balogun']);
  });
});

describe('holdout128–130: names and sayings in marks', () => {
  it('reads a short name opening a product in marks as the product (“青梧短剧”), not an alias or a unit in marks', () => {
    const text =
      '青梧文化科技有限公司（以下简称“青梧文化”）完成B轮融资。据介绍，“青梧短剧”上线于2023年。店门上贴着一张落款为“青梧文化华北区域”的告示。';
    expect(of(text, 'company')).toEqual(['青梧文化科技有限公司', '青梧文化', '青梧文化']);
  });

  it('reads a saying someone chooses (选择“东方不亮西方亮”) as no quote', () => {
    expect(of('也有卖家选择“东方不亮西方亮”，转向中东市场。', 'quote')).toEqual([]);
  });
});

describe('public bodies as speakers', () => {
  it('resolves "It said" after a sentence about a central bank to that bank', () => {
    const text =
      'Stripe Inc. bought a stake last year.\n\nThe Central Bank of Nigeria has tightened oversight of digital lenders and payment firms. It said in a circular in March that the rules were needed to ensure "a safe, sound and inclusive payments system".';
    expect(speakers(text)).toEqual(['Central Bank of Nigeria']);
  });

  it('resolves "the board said" to the board named before, not the last company', () => {
    const text =
      'The Surface Transportation Board delayed its review of the merger with Atlantic Southern Railway Co. (NYSE: ASR) by 90 days.\n\nIn a procedural order, the board said the application left "material gaps in the record".';
    expect(speakers(text)).toEqual(['Surface Transportation Board']);
  });

  it('takes a body that is a source (according to the Monetary Authority of Singapore) for "the regulator"', () => {
    const text =
      'Family offices numbered 2,000 at the end of 2024, according to the Monetary Authority of Singapore. The regulator, which tightened checks after a laundering case, said it would keep "a high bar for the assets and people that we let in".';
    expect(speakers(text)).toEqual(['Monetary Authority of Singapore']);
  });

  it('reads "The agency has proposed … and has said" as the agency speaking', () => {
    const text =
      'The plan comes as the Federal Network Agency, Germany\'s grid regulator, prepares new rules. The agency has proposed a return of 7.09% and has said it wants returns to remain "attractive enough to mobilise private capital".';
    expect(speakers(text)).toEqual(['Federal Network Agency']);
  });
});

describe('holdout131–133: companies', () => {
  it('names a broker by its analyst, the field covered left out (国衡证券化工行业分析师)', () => {
    expect(of('国衡证券化工行业分析师唐思远认为，产能将回升。物管行业分析师王强则不看好。', 'company')).toEqual([
      '国衡证券',
    ]);
  });

  it('reads no place before a firm kind as a name (a partner at Tel Aviv venture firm Lahav Ventures)', () => {
    expect(of('Eitan Gross, a partner at Tel Aviv venture firm Lahav Ventures, was cautious.', 'company')).toEqual([
      'Lahav Ventures',
    ]);
  });

  it('reads a park (滨淮化工园区), a place after 位于 (上海临港) and an instrument (资产支持证券（ABS）) as no firm', () => {
    const text =
      '记者在盐城市滨淮化工园区看到，老厂区已停产。位于上海临港的上海翎川航空部件有限公司是供应商。物业公司以收费权为底层资产发行资产支持证券（ABS），ABS规模约48亿元。';
    expect(of(text, 'company')).toEqual(['上海翎川航空部件有限公司']);
  });

  it('finds the unit after 旗下 when a code and an adverb stand between it and its owner', () => {
    expect(of('中联重科（000157.SZ）则通过旗下中联农机收购欧洲农机企业。', 'company')).toEqual([
      '中联重科',
      '中联农机',
    ]);
  });

  it('reads a name ending in Air as an airline, not the Royal Air Force', () => {
    expect(of('Bosphor Air orders up to 150 Airbus jets. The Royal Air Force flew past.', 'company')).toEqual([
      'Bosphor Air',
      'Airbus',
    ]);
  });

  it('reads 公会, a verb before 资产管理公司 or 银行, and a central bank as no firm', () => {
    const text =
      '据寿险公会统计，获利回升。监管将支持地方资产管理公司参与处置。减息将收窄本地银行的净息差。It faces a review by De Nederlandsche Bank, the Dutch central bank.';
    expect(of(text, 'company')).toEqual([]);
  });

  it("reads a byline's first name as the reporter's, and a known name across 'and'", () => {
    const text =
      'Adyen beats forecasts\n\nBy Lotte van Dijk and Marcus Hale\n\nBorrowers including Adani Ports and Special Economic Zone Ltd. have tapped the market.';
    expect(of(text, 'company')).toEqual(['Adyen', 'Adani Ports and Special Economic Zone Ltd.']);
  });
});

describe('holdout131–133: figures and speakers', () => {
  it('reads a cut and the new level in 厘 as two figures, and 基本点 as basis points', () => {
    expect(figures('最优惠利率下调0.125厘至5.25厘，净利差较6月底下滑3个基本点。')).toEqual([
      ['0.125厘', 0.125],
      ['5.25厘', 5.25],
      ['6月', '--06'],
      ['3个基本点', 3],
    ]);
  });

  it('reads 业内普遍认为 as no speaker, so the analyst speaks on', () => {
    const text =
      '“这一轮调降的核心是减压。”中睿证券首席分析师罗嘉言表示，净息差已降至1.42%，明显低于业内普遍认为的1.8%的合理水平。“负债成本不降下来，贷款利率就没有下行空间。”';
    expect(speakers(text)).toEqual(['罗嘉言', '罗嘉言']);
  });

  it('takes an unnamed supervisor for a later he', () => {
    const text =
      'Output rose.\n\nA supervisor at the mine, who asked not to be identified, said the plant ran at 40% of capacity. "We can keep the plant warm for a few days," he said.';
    expect(speakers(text)).toEqual(['A supervisor at the mine']);
  });

  it('names a body described by its field as written (The tax authority said)', () => {
    const text = 'The tax authority said in a statement that it "does not comment on individual taxpayers".';
    expect(speakers(text)).toEqual(['The tax authority']);
  });
});

describe('company types and lists', () => {
  it('splits two banks joined by 和 before a legal suffix (中国建设银行和重庆农村商业银行股份有限公司)', () => {
    expect(of('其中中国建设银行和重庆农村商业银行股份有限公司分别提供4.1亿元。', 'company')).toEqual([
      '中国建设银行',
      '重庆农村商业银行股份有限公司',
    ]);
  });

  it('reads a kind of firm as no name (小额贷款公司, 大型养殖集团, 城商行和…公司)', () => {
    const text = '她最后只好向一家小额贷款公司借了200万元。大型养殖集团纷纷扩产。资金方多为城商行和消费金融公司。';
    expect(of(text, 'company')).toEqual([]);
  });
});

describe('holdout134–136: names', () => {
  it('reads an alias written without marks beside a Taiwan code (（3592，以下簡稱宏精）), not a bare 下称 in a sentence', () => {
    const text =
      '伺服器代工廠宏碩精密工業股份有限公司（3592，以下簡稱宏精）董事會6日通過投資案。宏精股價上漲。公司归属于上市公司股东的净利润（下称归母净利润）4.16亿元。';
    expect(of(text, 'company')).toEqual(['宏碩精密工業股份有限公司', '宏精', '宏精']);
  });

  it("keeps an alias that holds its firm's brand whatever it ends in (衡川资产), and 顾问 before a legal suffix", () => {
    const text =
      '上海衡川私募基金管理有限公司（以下简称“衡川资产”）总经理许嘉宁说。衡川目前管理23只产品。持牌经纪公司恒宇保险顾问有限公司董事麦咏诗指出。';
    expect(of(text, 'company')).toEqual(['上海衡川私募基金管理有限公司', '衡川资产', '衡川', '恒宇保险顾问有限公司']);
  });

  it('reads no firm in a policy an alias is defined for (再贷款) nor in 解决资本/坚持资本', () => {
    const text =
      '人民银行设立股票回购增持再贷款（以下简称“再贷款”），首期额度3000亿元。这并不能从根本上解决资本问题，我们会坚持资本约束下的转型。';
    expect(of(text, 'company')).toEqual([]);
  });

  it('reads KSh before a number as Kenyan shillings', () => {
    expect(figures('It paid KSh 0.53 a share and charged KSh 30 for each withdrawal of KSh 1,000.')).toEqual([
      ['KSh 0.53 a share', 0.53],
      ['KSh 30', 30],
      ['KSh 1,000', 1000],
    ]);
  });
});

describe('holdout134–136: speakers', () => {
  it('names a title-holder of a body by its short name (電電公會秘書長), in the characters written', () => {
    const text = '台灣區電機電子工業同業公會（電電公會）秘書長表示，代工廠赴美是「整條供應鏈一起搬家」。';
    expect(speakers(text)).toEqual(['電電公會秘書長']);
  });

  it('reads 他随即补充道 as he, and 对于X来说 as a person the sentence is about', () => {
    const text =
      '“国内是在卷价格。”东岳风能董事长陈继川表示。\n\n“海外市场不是捡钱的地方。”他随即补充道。\n\n分析师严舒在研报中写道，价格下跌。对于高建军来说，眼下要熬过冬天。“牛不能饿着。”他说。';
    expect(speakers(text)).toEqual(['陈继川', '陈继川', '高建军']);
  });

  it('reads a long appositive after a body between a quote and its verb, and "the board wrote"', () => {
    const text =
      'The Surface Transportation Board approved the plan.\n\n"Shippers in 40% of the counties already have a single rail option," the American Chemistry Council, a trade group whose members spend about $10 billion a year on rail freight, said in comments. "Applicants bear the burden," the board wrote.';
    expect(speakers(text)).toEqual(['American Chemistry Council', 'Surface Transportation Board']);
  });

  it('takes one of the bondholders as the speaker, and a woman opening a sentence for a later she', () => {
    const text =
      'One of the bondholders, who asked not to be named, said the plan "kept too many planes."\n\nFaith Njoroge runs the unit. Grace Achieng sells clothes at Gikomba market. "Nobody carries cash anymore," she said.';
    expect(speakers(text)).toEqual(['One of the bondholders', 'Grace Achieng']);
  });
});

describe('holdout137–139: companies', () => {
  it('reads no firm in a bond, rights shares, a fund set up, a rate glossed LPR, 职业教育, or 亦有投资银行人士', () => {
    const text =
      '江城科投发行2024年第二期科技创新公司债券（以下简称“本期债券”），本期债券期限5年。每持有2股现有股份可认购1股供股股份。亦有投资银行人士指出风险，供股会令公司股本增加。理财公司不得通过设置平滑基金等方式调节收益。贷款市场报价利率（LPR）下调，LPR为3%。职业教育公司增长。';
    expect(of(text, 'company')).toEqual([]);
  });

  it('reads a Spanish name joined by y, a Taiwan KY code, and no firm in FINMA or 证交所', () => {
    const text =
      'Albemarle and Sociedad Química y Minera de Chile SA agreed. A spokesperson for FINMA declined to comment. 慧洋-KY（2637）上涨，證交所公告。';
    expect(of(text, 'company')).toEqual(['Albemarle', 'Sociedad Química y Minera de Chile SA', '慧洋-KY']);
    expect(figures('慧洋-KY（2637）上涨。')).toEqual([]);
  });

  it('reads no rule-found firm inside a document title, but keeps a legal name there', () => {
    const text =
      '深圳市工信局发布的《深圳市具身智能机器人技术创新行动计划》显示。领益智造公告《广东领益智造股份有限公司发行可转换公司债券预案》称。';
    expect(of(text, 'company')).toEqual(['领益智造', '广东领益智造股份有限公司']);
  });
});

describe('holdout137–139: figures and speakers', () => {
  it('reads hyphenated basis and percentage points and megalitres a day', () => {
    expect(figures('A 50-basis-point cut and a 1-percentage-point rise; it draws 118 megalitres a day.')).toEqual([
      ['50-basis-point', 50],
      ['1-percentage-point', 1],
      ['118 megalitres a day', 118],
    ]);
  });

  it('reads 指 as said (有投资银行人士指，“…”), and a bare 文件又指 as no speaker', () => {
    expect(speakers('有投资银行人士指，“银行现在要求的抵押成数低了一截”。')).toEqual(['有投资银行人士']);
    const text =
      '运输及物流局提交立法会的文件指出，巴士公司亏损扩大。文件又指，政府批出的加幅“在营办商财政需要与乘客承担能力之间取得平衡”。';
    expect(speakers(text)).toEqual(['运输及物流局']);
  });

  it('gives a fragment after "X called the decision" to X, a union named with its members', () => {
    const text =
      'The IG BCE chemical workers\' union called the decision "a declaration of bankruptcy for German industrial policy" and said it would fight.';
    expect(speakers(text)).toEqual(['IG BCE']);
  });
});

describe('holdout140–142', () => {
  it('reads a year glued to a plural acronym (REITs2025年一季度) and a Taiwan code after an alias (，6829）) as no figure', () => {
    expect(
      figures('高速公路REITs2025年一季度成绩单。钰晶科技股份有限公司（以下简称“钰晶科技”，6829）表现最好。'),
    ).toEqual([['2025年一季度', '2025-Q1']]);
  });

  it('ends a name at a sentence whose last word is accented (Santander México. Citigroup Inc.)', () => {
    expect(of('It competes with Santander México. Citigroup Inc. is preparing an offering.', 'company')).toEqual([
      'Santander',
      'Citigroup Inc.',
    ]);
  });

  it('reads no firm in a rank before a role (ACCC Deputy Chair) nor in a person surnamed Co', () => {
    const text =
      '"A discount is a discount," ACCC Deputy Chair Martin Hale told reporters. Jaime Co, head of research at Pacifica Securities, agreed.';
    expect(of(text, 'company')).toEqual(['Pacifica Securities']);
  });

  it('reads no firm in 更适合联合银行, 自建液冷数据, 方面则, 股权结构和, 现代公司治理', () => {
    const text =
      '实力较强的省份更适合联合银行模式。巨头也在自建液冷数据中心。千禾味业（603027.SH）方面则回应称，暂无计划。对于市场关心的股权结构和高管任命问题，云江农商联合银行方面表示，“将按照现代公司治理要求推进”。';
    expect(of(text, 'company')).toEqual(['千禾味业']);
  });

  it('reads 她續 as she, a middle initial in a speaker, a name in apposition to a role, and no speech in "asked for"', () => {
    expect(speakers('分析師何詠詩表示，「回購支撐股價。」她續指，「投資者更應關注平衡。」')).toEqual([
      '何詠詩',
      '何詠詩',
    ]);
    expect(speakers('"Manila is full," Vistaraya Chairman Ramon Z. Villacorta said at the signing.')).toEqual([
      'Ramon Z. Villacorta',
    ]);
    expect(
      speakers(
        'Its managing partner, Sipho Ndlovu, said the firm had looked for months. "The recapitalisation gave us a door," he said.',
      ),
    ).toEqual(['Sipho Ndlovu']);
    expect(
      speakers(
        'One person familiar with the matter said at least one of the customers still waiting was a memory-chip maker, and that officials had asked for "more detail on end use" before deciding.',
      ),
    ).toEqual(['One person familiar with the matter']);
  });

  it('takes an unnamed dispatcher for a later he, and reads words after "motto," as no quote', () => {
    const text =
      'Pilots left.\n\nOne dispatcher at the airline, who asked not to be named, described the mood. "We have parked airplanes before," he said.';
    expect(speakers(text)).toEqual(['One dispatcher']);
    expect(
      of('It follows its long-standing motto, “one car fewer than the market wants”, and so far it held.', 'quote'),
    ).toEqual([]);
  });
});

describe('holdout143–145', () => {
  it('reads Ch$ as Chilean pesos, 微米 as a unit, and a Bursa code as no figure', () => {
    expect(
      figures('It paid Ch$68 billion. Top Glove Holdings Bhd (Bursa: 7291) reported. 隔膜厚度降至5微米。'),
    ).toEqual([
      ['Ch$68 billion', 68_000_000_000],
      ['5微米', 5],
    ]);
  });

  it('reads a lower-case sp. z o.o. as a legal form, and no bank in 全港零售银行, 会员银行, 存量银行, 过去银行', () => {
    expect(of('It hired Vistula Cargo sp. z o.o., a Polish forwarder.', 'company')).toEqual([
      'Vistula Cargo sp. z o.o.',
    ]);
    expect(
      of('会员银行与长者友善银行增加，全港零售银行关闭分行。存量银行客户增多，过去银行不愿放贷。', 'company'),
    ).toEqual([]);
  });

  it('reads a known name opening a product in marks as the product (“中金点睛”)', () => {
    expect(of('中金公司则推出面向机构客户的AI投研平台“中金点睛”。', 'company')).toEqual(['中金公司']);
  });

  it('reads words after "dubbed the" or "a textbook" as no quote', () => {
    const text =
      'Investors turned to what they have dubbed the "GLP-1 gold rush," and biotechs gained. Bankers described the deal as a textbook “amend and extend,” a common structure.';
    expect(of(text, 'quote')).toEqual([]);
  });

  it('reads no name in a word after a title (研究员|年终奖则…), nor in a clause opening with 对…的, nor a possessive 的', () => {
    const text =
      '“薪酬会跟着调。”研究所所长唐蔚坦言，研究员年终奖则普遍下调三成以上。她透露，奖金池约为两千万元。“现在先要保证部门不亏钱。”\n\n对此，唐蔚的感受很直接。“过去新人进来先做两年数据。”\n\n周沐阳同时指出，行业已进入大模型时代，对芯片的带宽和存储提出了更高要求。“算力不是唯一指标。”';
    expect(speakers(text)).toEqual(['唐蔚', '唐蔚', '唐蔚', '周沐阳']);
  });
});

describe('holdout146–148', () => {
  it('reads no fund manager in 发售基金份额, no owner in 覆盖旗下, no body as a firm (海关总署最新, 消防部门), no firm after 挤压/回归/待', () => {
    const text =
      '本次扩募拟发售基金份额不超过5.4亿份。计划投入约2.8亿元，覆盖旗下全部23家金融机构。海关总署最新数据显示出口增长。据消防部门统计，火灾减少。降息也在持续挤压银行的息差空间。金控平台要回归服务实体经济的本源。该交易仍在等待中国人民银行深圳市分行的审批。';
    expect(of(text, 'company')).toEqual([]);
  });

  it('reads a known name before a middle dot as part of a person (阿里·拉扎), and Pcl as a legal form', () => {
    expect(of('在拉合尔经营光伏设备的阿里·拉扎（Ali Raza）告诉记者。', 'company')).toEqual([]);
    expect(of('It will list its drinks unit, Thai Beverage Foods Pcl, in Bangkok.', 'company')).toEqual([
      'Thai Beverage Foods Pcl',
    ]);
  });

  it('gives a fragment after ", citing" to the sentence\'s subject', () => {
    const text =
      'AM Best affirmed the insurer\'s rating but revised its outlook to negative, citing "elevated exposure to secondary perils."';
    expect(speakers(text)).toEqual(['AM Best']);
  });
});

describe('holdout149–151', () => {
  it('reads no firm in 一纸公告, 有些基金, 会研究旗下, …各公司, 养老目标基金, 纯债基金, 试点银行', () => {
    const text =
      '一纸公告，让鼎泓基金旗下46只基金降费。有些基金只能贱卖离场。集团会研究旗下非核心资产的用途。分红实现率正成为各公司比拼的指标。养老目标基金和纯债基金规模增长，试点银行增至23家。';
    expect(of(text, 'company')).toEqual(['鼎泓基金']);
  });

  it('skips a place ending in 门店外 between a quote and who said it', () => {
    const text =
      '“上个月还有顾问打电话让我续卡，结果这个月门店就关了。”12月8日，在上海徐汇区一家已经停业的医美门店外，刘女士向记者出示了合同。';
    expect(speakers(text)).toEqual(['刘女士']);
  });
});

describe('holdout152–154', () => {
  it('reads E£ and 里亚尔 as money', () => {
    const got = extract('The tower deal is worth E£2.7 billion. 运费为20里亚尔。', { kinds: ['figure'] });
    expect(got.map((e) => [e.text, e.value?.unit])).toEqual([
      ['E£2.7 billion', 'EGP'],
      ['20里亚尔', 'SAR'],
    ]);
  });

  it('reads no firm in 降费会压缩公司, 市场情况另行, 众多人民币创投, 越来越多基金, 本月初停运', () => {
    const text =
      '降费会压缩公司的利润空间。费率将根据市场情况另行公告。众多人民币创投机构退出困难，越来越多基金选择延期。该装置本月初停运公司表示将检修。';
    expect(of(text, 'company')).toEqual([]);
  });

  it('lets a price letter speak for the firm that sent it (调价函中写道)', () => {
    const text =
      '河南华禾食品股份有限公司（以下简称“华禾食品”）向全国经销商发出调价函，出厂价上调。\n\n调价函中写道：“受棕榈油价格上涨影响，公司成本大幅增加。”';
    expect(speakers(text)).toEqual(['华禾食品']);
  });
});

describe('a paragraph opened by a preposition', () => {
  it('reads "For Carrow, the sale …" as no person for a later he', () => {
    const text =
      'For Carrow, the sale marks a retreat from fill-finish work. Chief Executive Daniel Ruiz said the proceeds would cut debt. "It is the right home for the site," he said in a statement.';
    expect(speakers(text)).toEqual(['Daniel Ruiz']);
  });
});

describe('holdout155–157', () => {
  it('reads Sh (flush) as Kenyan shillings and SR spaced before a price as riyals, not a state route', () => {
    const got = extract('It earned Sh38.6 billion; shares closed at SR 31.45, on SR 520 road.', { kinds: ['figure'] });
    expect(got.map((e) => [e.text, e.value?.unit])).toEqual([
      ['Sh38.6 billion', 'KES'],
      ['SR 31.45', 'SAR'],
    ]);
  });

  it('reads no firm in 产能整合基金 or 防止银行, nor in the SIX Swiss Exchange', () => {
    expect(
      of('行业拟设立产能整合基金。监管要防止银行过度放贷。It listed on the SIX Swiss Exchange.', 'company'),
    ).toEqual([]);
  });
});

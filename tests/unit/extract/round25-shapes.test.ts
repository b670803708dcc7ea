import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract';
import { of } from './shape-helpers';

const values = (text: string) =>
  extract(text, { kinds: ['figure'] }).map((e) => [e.text, e.value?.date ?? e.value?.number]);

// Chinese numerals with a decimal point (三点五亿元, 百分之三点五), as transcripts and Taiwan print write them, and the
// Taiwan forms of zero (○) and twenty/thirty (廿, 卅).
describe('Chinese-numeral decimals', () => {
  it('reads a decimal amount, share and multiple in simplified text', () => {
    const text = '全年营收三点五亿元，同比增长百分之十二点六，净利润是去年的一点五倍，毛利率提升零点八个百分点。';
    expect(values(text)).toEqual([
      ['三点五亿元', 350000000],
      ['百分之十二点六', 0.126],
      ['一点五倍', 1.5],
      ['零点八个百分点', 0.8],
    ]);
  });

  it('reads Taiwan print: 點 decimals, ○ as a zero, 廿 and 卅', () => {
    const text = '台積電每股配息十二點○八元，二○二五年營收成長百分之廿二，卅家門市。';
    expect(values(text)).toEqual([
      ['十二點○八元', 12.08],
      ['二○二五年', '2025'],
      ['百分之廿二', 0.22],
    ]);
  });

  it('keeps clock times and a bare 点 out', () => {
    const text = '下午三点五十分，股价跌了一点。会议定在八点半召开，三点五个小时后收盘。';
    expect(of(text, 'figure')).toEqual([]);
  });
});

// Shapes from the first runs of holdout80–82, each written here as a new sentence.
describe('holdout80–82 company shapes', () => {
  it('reads no company in a verb before a board meeting, a longer title or a department after a firm', () => {
    const text = [
      '澄海半導體（6715）公布2月營收。澄海同日召開董事會，通過資本預算。',
      '集團行政總裁鄭浩然在業績會上表示，集團今年會加快開店。',
      '据咨询机构弗若斯特沙利文（Frost & Sullivan）亚太区能源研究总监李倩测算，储能需求仍在上升。',
    ].join('\n');
    expect(of(text, 'company')).toEqual(['澄海半導體', '澄海', '弗若斯特沙利文', 'Frost & Sullivan']);
  });

  it('keeps a name a cue finds that opens with 中国区块 (a region word stops a name only before 区 as a division)', () => {
    expect(of('中国区块科技董事长王明表示，业务增长。', 'company')).toEqual(['中国区块科技']);
  });

  it('reads no company in a verb before 集团, in shares on offer, or in a commodity future', () => {
    const text = [
      '惠誉将评级展望调整为“稳定”，并指集团的杠杆比率有望下降。',
      '香港公开发售部分占发售股份的10%，国际配售部分占回购股份的2%。',
      '大连商品交易所生猪期货主力合约一度跌至11455元/吨；郑州商品交易所苹果期货、纯碱期货同步下跌。',
      '公司今年开展了生猪期货套期保值业务，每卖出1公斤生猪就亏0.5元。',
    ].join('\n');
    expect(of(text, 'company')).toEqual(['惠誉']);
  });
});

describe('holdout80–82 company shapes, continued', () => {
  it('reads an auditor after its role, a Latin name with a Japanese legal form and an agency that is a firm', () => {
    const text = [
      '年审会计师中勤国际会计师事务所（特殊普通合伙）表示，将在年报审计时重点关注；中勤国际未回复。',
      '公司在东京设立了日本子公司Sorano Japan株式会社。',
      'Prices fell 3%, according to Midland Realty Agency Ltd. Midland expects more.',
    ].join('\n');
    expect(of(text, 'company')).toEqual([
      '中勤国际会计师事务所（特殊普通合伙）',
      '中勤国际',
      'Sorano Japan株式会社',
      'Midland Realty Agency Ltd.',
      'Midland',
    ]);
  });

  it("reads no company in a union's acronym, a product described by a relative clause, a place or a conjunction", () => {
    const text = [
      'The Ontario Rail Workers Conference (ORWC) rejected the offer. ORWC President Anne Tremblay said talks were over.',
      'Lumen Devices Inc. took a charge for the Helix X9, an accelerator the company designs for data centres.',
      'Kowloon Crest Holdings Ltd sold a site; Henderson Land sold a Kowloon office tower.',
      '海外的经销商和大客户更认港股这块牌子。',
    ].join('\n');
    expect(of(text, 'company')).toEqual(['Lumen Devices Inc.', 'Kowloon Crest Holdings Ltd', 'Henderson Land']);
  });
});

describe('holdout83–85 company shapes', () => {
  it('reads a short name after "the company, known as", a fund manager before a longer title, and a fund after its kind', () => {
    const text = [
      'Najd Advanced Polymers Co. sold bonds. The Saudi company, known as NAP, drew orders. NAP said demand was strong.',
      '其管理的首期基金杭州澄江创业投资合伙企业（有限合伙）累计分配现金18.6亿元。澄江资本创始合伙人温叙表示，回款不错。',
    ].join('\n');
    expect(of(text, 'company')).toEqual([
      'Najd Advanced Polymers Co.',
      'NAP',
      'NAP',
      '杭州澄江创业投资合伙企业（有限合伙）',
      '澄江资本',
    ]);
  });

  it('reads no company in a season, a kind of fund, mobile banking or capital gains', () => {
    const text = [
      '今年暑期旗下酒店的收入持平；一家人民币基金靠并购完成了回本，份额转给S基金。',
      '一位不愿具名的人民币基金合伙人表示，新设基金可以把存续期拉长。',
      '行動銀行的月活躍用戶為214萬人。據金管會統計，投資人要看扣除資本利得後的獲利。集團已招聘800名機艙服務員。',
    ].join('\n');
    expect(of(text, 'company')).toEqual([]);
  });
});

describe('holdout86–88 shapes', () => {
  it('reads no company in a count of groups, an association, a verb before 基金 or 公司, a notice or a trade word', () => {
    const text = [
      '指标下达至中国稀土集团和北方稀土两大集团。香港銀行公會主席林麗華表示，銀行和独立基金销售机构都在改变基金的卖法。',
      '他說：「不會為了短期股價賤賣公司。」公司披露发行结果公告。',
      '山东高速集团有限公司发布公告。高速公路通行费增长，岑阳交旅旗下3条高速公路收入下降。',
    ].join('\n');
    expect(of(text, 'company')).toEqual(['中国稀土集团', '北方稀土', '山东高速集团有限公司', '岑阳交旅']);
  });

  it('counts days after 天数, and reads no firm in a plant unit in a town', () => {
    expect(of('存货周转天数168天，较去年同期增加41天。', 'figure')).toEqual(['168天', '41天']);
    expect(of('Auerwald Chemie AG will shut a chlorine unit in Stade and a plant in Leuna.', 'company')).toEqual([
      'Auerwald Chemie AG',
    ]);
  });

  it("takes 'she' for the last person, not a surname that is the company's name too, nor a legal form", () => {
    const text = [
      'Chairman Arjun Vardhan spoke first. Shares in Vardhan Industries Ltd rose. Chief Financial Officer Meera Iyer spoke next.',
      'Iyer said debt would stay low. She said Vardhan would also sell a stake in its unit, Vardhan New Energy Pvt Ltd.',
      '"We have seen what happened to developers who promised too much," she said.',
    ].join('\n');
    expect(of(text, 'quote')).toEqual(['We have seen what happened to developers who promised too much,|Iyer']);
  });
});

describe('holdout89–91 shapes', () => {
  it("keeps a firm's own alias that ends like a body (麦香园) and finds it again", () => {
    const text = '河南麦穗园食品股份有限公司（001316.SZ，以下简称“麦穗园”）下发了调价通知函。麦穗园表示，成本上涨。';
    expect(of(text, 'company')).toEqual(['河南麦穗园食品股份有限公司', '麦穗园', '麦穗园']);
  });

  it('reads no company in an opening notice, "the new bank", a comparison, a verb phrase or a surname after a particle', () => {
    const text = [
      '湘江农商行在开业公告中表示，7家机构自新银行开业之日起解散。关键要看新银行能不能统一风控。',
      '新项目的单吨加工成本有望比公司现有产线低300元。这意味着直播电商公司开始转型；随着更多期货公司上市，溢价会收窄。',
      'Chief Executive Joost van der Linde told analysts the orders were firm.',
    ].join('\n');
    expect(of(text, 'company')).toEqual(['湘江农商行']);
  });
});

describe('holdout89–91 shapes, continued', () => {
  it('finds a speaker after a date, after a confirming verb with 了, and a given name ending in 之', () => {
    const text = [
      '「今年上半年會比大家想像的更辛苦。」台遠董事長張煥文10日在法說會上表示。',
      '麦丰园证券部一位工作人员向记者证实了调价消息。“这次调整是为了覆盖成本。”他说。',
      '钱立群表示，公司会继续经营。北京大学教授严牧之长期关注医疗行业。在她看来，扩张已难以为继。“这个模式已经走到头了。”',
    ].join('\n');
    expect(of(text, 'quote')).toEqual([
      '今年上半年會比大家想像的更辛苦。|張煥文',
      '这次调整是为了覆盖成本。|麦丰园证券部一位工作人员',
      '这个模式已经走到头了。|严牧之',
    ]);
  });

  it('reads no company in a town, a beneficiary, a service, an adverb or a founder, and stops at 透過', () => {
    const text = [
      '工厂位于塞尔维亚城市诺维萨德。信托计划暂无法向受益人分配信托利益，具体安排将另行公告。',
      '公司付费内容服务的用户数已超过85万，单店投资压缩至50万元，早期数据显示有效。',
      '主席梁啟泰家族透過恒嘉控股有限公司持有約58.6%股份。',
      'The family of founder Aurélio Rocha will control the votes through Rocha Participações Ltda., its holding company.',
    ].join('\n');
    expect(of(text, 'company')).toEqual(['恒嘉控股有限公司', 'Rocha Participações Ltda.']);
  });
});

describe('holdout92–94 shapes', () => {
  it('takes no ordinary words left after a place for a short name (中国卫星网络集团 → no 卫星)', () => {
    const text = '中国卫星网络集团有限公司计划发射卫星。首批24颗卫星将升空，卫星互联网正在建设。';
    expect(of(text, 'company')).toEqual(['中国卫星网络集团有限公司']);
  });

  it('reads no company in an interest notice or a licensed kind, and counts milliseconds and litres', () => {
    const text = '公司披露的债券年度付息公告显示，作为两家持牌地方资产管理公司之一，时延低于40毫秒，1.9L装售价下调。';
    expect(of(text, 'company')).toEqual([]);
    expect(of(text, 'figure')).toEqual(['40毫秒', '1.9L']);
  });

  it('reads 疑问 as no verb, 的 as no name, and a doctor addressed by surname as a person', () => {
    const text = [
      '对于换电网络是否会向第三方开放的疑问，蔚来方面回应记者称，“换电网络会继续向行业开放。”',
      '据方芷宁介绍，公司共有医师620名。担任主诊医生的刘医生告诉记者，机构对资深医生的争夺仍然激烈。“医生的手艺打不下来。”他说。',
    ].join('\n');
    expect(of(text, 'quote')).toEqual(['换电网络会继续向行业开放。|蔚来', '医生的手艺打不下来。|刘医生']);
  });

  it("keeps a bracket inside a legal name in an unnamed speaker's description", () => {
    const text = '一位接近内蒙古电力（集团）有限责任公司的人士对记者说：“调度只能在保供和消纳之间找平衡。”';
    expect(of(text, 'quote')).toEqual([
      '调度只能在保供和消纳之间找平衡。|一位接近内蒙古电力（集团）有限责任公司的人士',
    ]);
  });
});

describe('holdout95–97 shapes', () => {
  it("gives a notice's words to whoever issued it just before", () => {
    const text =
      '京东健康等企业的低价竞争让门店客流减少。今年7月，国家医保局发布通知，推动直接结算。通知明确：“医保基金与医药企业直接结算的药品，结算周期原则上不超过30天。”';
    expect(of(text, 'quote')).toEqual(['医保基金与医药企业直接结算的药品，结算周期原则上不超过30天。|国家医保局']);
  });

  it('takes a trader named after his trade for a later 他 (的经销商刘建勋对此…)', () => {
    const text =
      '华创证券分析师邝雨桐说，猪价仍在低位。在郑州从事食品批发的经销商刘建勋对此感受更直接。他代理豫丰食品的产品已有11年。“以前一个乡镇小超市一次能拿20箱。”他说。';
    expect(of(text, 'quote')).toEqual(['以前一个乡镇小超市一次能拿20箱。|刘建勋']);
  });

  it('gives an opening quote to the one who points at something and speaks in the next sentence', () => {
    const text =
      '“风最大的时候，反而是我们最怕接调度电话的时候。”在察右中旗一座风电场里，场长老梁指着中控室屏幕上的出力曲线说。今年4月，风机停机多。';
    expect(of(text, 'quote')).toEqual(['风最大的时候，反而是我们最怕接调度电话的时候。|老梁']);
  });

  it('reads 他 through an adverb (他特别提到)', () => {
    const text = '郑立新表示，公司经营稳健。他特别提到，公司今年6月获批成为主做市商，“做市收入和市场涨跌关系不大。”';
    expect(of(text, 'quote')).toEqual(['做市收入和市场涨跌关系不大。|郑立新']);
  });

  it('counts LNG cargoes, prices per million British thermal units and megawatt-hours', () => {
    const text = '本月到港14船LNG，现货价格9.62美元/百万英热单位，储能200兆瓦时。';
    expect(of(text, 'figure')).toEqual(['14船', '9.62美元/百万英热单位', '200兆瓦时']);
  });

  it('reads no company in a kind of security or investment, a revision, a purchase or an adverb', () => {
    const text =
      '公司自营权益类证券投资收益增长，固定收益类投资规模扩大。监管部门修订证券公司风控指标。公司正加快新能源布局，采购智能设备，有更多A股公司赴港。';
    expect(of(text, 'company')).toEqual([]);
  });
});

describe('holdout98–100 shapes', () => {
  it('gives an opening quote to the one described next as saying it "so", and no one to "some months"', () => {
    const text = [
      '“一公斤奶卖2.9元，成本要3.4元。”在宁夏吴忠经营一家牧场的马福生，这样向记者描述眼下的处境。',
      '马福生告诉记者，乳企开始对超出合同量的生鲜乳压价，部分月份还要求“限量交奶”。“以前是乳企求着我们卖奶。”他说。',
    ].join('\n');
    expect(of(text, 'quote')).toEqual(['一公斤奶卖2.9元，成本要3.4元。|马福生', '以前是乳企求着我们卖奶。|马福生']);
  });

  it('reads a known name after 和 when an ambiguous one would swallow the 和, and no name inside a person’s', () => {
    const text = '核心团队多来自华为、OPPO和大疆。鲜链物流董事长何嘉楠在投资者交流会上说，冷链看网络密度。';
    expect(of(text, 'company')).toEqual(['华为', 'OPPO', '大疆', '鲜链物流']);
  });

  it('stops a byline from running into the next paragraph, and a legal name at 批准', () => {
    const text = '明報記者 麥詠詩\n\n行政會議昨日批准新域巴士有限公司（以下簡稱「新域巴士」）的票價調整申請。';
    expect(of(text, 'company')).toEqual(['新域巴士有限公司', '新域巴士']);
  });
});

describe('holdout80–82 figure shapes', () => {
  it('reads a change against a point in time, then its level, as two figures', () => {
    const text = '存货较年初增加36.2亿元至118.5亿元；公司预计全年营收增长30亿元至50亿元。';
    expect(of(text, 'figure')).toEqual(['36.2亿元', '118.5亿元', '30亿元至50亿元']);
  });

  it('reads a model number ending in C, a clause number and a crossbred pig as no figure, and counts provinces', () => {
    const text = [
      "Orders shifted to Huawei's Ascend 910C, while temperatures hit 41C in Seville and Madrid 38C.",
      '美方依據「301條款」發起調查；外三元生猪均价为12.3元/公斤，在广东、广西2省试点，覆盖31省份和重点30城。',
    ].join('\n');
    expect(of(text, 'figure')).toEqual(['41C', '38C', '12.3元/公斤', '2省', '31省份', '30城']);
  });
});

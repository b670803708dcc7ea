import { describe, expect, it } from 'vitest';
import { findCompanies } from '../../../src/extract/companies';

// Original sentences naming real companies added to the lexicon for coverage (US retailers and regional
// banks, Japanese, Korean and Taiwanese firms by their Chinese names, shipping and research firms, HK brokers,
// Chinese chains; A-share mid-caps, chemical majors, reinsurers, engine makers, shipping lines), and ordinary
// sentences where a name marked '~' (or a name inside a common phrase) must stay unmarked.

/** The company spans' texts, in order. */
const names = (text: string) => findCompanies(text).map((e) => e.text);

describe('lexicon coverage of real companies', () => {
  it.each([
    ['美国零售商美元树与梅西百货本周下调了全年指引，科尔士则表示库存压力缓解。', ['美元树', '梅西百货', '科尔士']],
    ['据德鲁里和Xeneta的数据，马士基与赫伯罗特的运价上周双双回落。', ['德鲁里', 'Xeneta', '马士基', '赫伯罗特']],
    [
      '三井物产、伊藤忠和丸红均表示，将与日本邮船合作开发液化天然气运输船。',
      ['三井物产', '伊藤忠', '丸红', '日本邮船'],
    ],
    ['韩华海洋和三星重工获得新订单，大韩航空的货运收入也有所增长。', ['韩华海洋', '三星重工', '大韩航空']],
    [
      '浦银国际与海通国际的分析师认为，沪上阿姨和九毛九的门店扩张仍将继续。',
      ['浦银国际', '海通国际', '沪上阿姨', '九毛九'],
    ],
    ['西贝、老乡鸡和塔斯汀今年新开门店超过千家。', ['西贝', '老乡鸡', '塔斯汀']],
    ['中远海特与招商港口同日发布公告，豫园股份股价涨停。', ['中远海特', '招商港口', '豫园股份']],
    ['旗滨集团、亚玛顿与南玻A同日公告，彩虹股份则转向显示玻璃。', ['旗滨集团', '亚玛顿', '南玻A', '彩虹股份']],
    [
      '中核钛白、龙佰集团和惠云钛业上调钛白粉报价，三美股份与永和股份的制冷剂价格走高。',
      ['中核钛白', '龙佰集团', '惠云钛业', '三美股份', '永和股份'],
    ],
    [
      '航发控制、中航重机和钢研高纳的订单回升，移远通信与广和通的模组出货增长。',
      ['航发控制', '中航重机', '钢研高纳', '移远通信', '广和通'],
    ],
    ['中远海运集运与美森轮船调整航线，扬子江船业获得新订单。', ['中远海运集运', '美森轮船', '扬子江船业']],
    [
      '三生制药与先声药业达成合作，现代牧业、优然牧业和澳优的业绩承压。',
      ['三生制药', '先声药业', '现代牧业', '优然牧业', '澳优'],
    ],
  ])('finds the Chinese names in %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    [
      'Dollar General and Kohl’s cut their outlooks, while Huntington Bancshares and Fifth Third beat estimates.',
      ['Dollar General', 'Kohl’s', 'Huntington Bancshares', 'Fifth Third'],
    ],
    [
      'According to Drewry and Alphaliner, rates for Hapag-Lloyd and ZIM fell again last week.',
      ['Drewry', 'Alphaliner', 'Hapag-Lloyd', 'ZIM'],
    ],
    [
      'AlixPartners and Kearney advised the lenders, and Cantor Fitzgerald raised its target for Chipotle.',
      ['AlixPartners', 'Kearney', 'Cantor Fitzgerald', 'Chipotle'],
    ],
    [
      'SABIC, LyondellBasell and Evonik cut output, while Munich Re and Arthur J. Gallagher raised estimates.',
      ['SABIC', 'LyondellBasell', 'Evonik', 'Munich Re', 'Arthur J. Gallagher'],
    ],
    [
      'Pratt & Whitney, Safran and MTU Aero Engines expect more engine inspections, Kpler and Rystad Energy said.',
      ['Pratt & Whitney', 'Safran', 'MTU Aero Engines', 'Kpler', 'Rystad Energy'],
    ],
  ])('finds the English names in %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    '分析师表达乐观情绪，认为行业前景顺利向好。',
    '他们全家去了步步高升的那座城市，乡村基础设施也在完善。',
    '这家店的商品物美价廉，顾客好想来看看。',
    'She buttered her toast in a calm manner before the carnival.',
    '浙江东阳光伏项目开工，远东新闻记者报道，双方在中海达成协议。',
    '新时代新材料产业与江苏新能源汽车发展迅速，氯碱化工行业回暖，航天工程取得突破。',
    '孩子王的称号，双喜临门，他很得力，这款手机值得买吗。',
    '普惠金融持续推进，山姆大叔的政策引发争议。',
    'The store on Westlake was busy under the Aurora Borealis, and frontline workers met in Merida.',
  ])('leaves ordinary words unmarked in %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

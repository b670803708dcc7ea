import { describe, expect, it } from 'vitest';
import { findCompanies } from '../../../src/extract/companies';

// Original sentences naming real companies added to the lexicon for coverage (US retailers and regional
// banks, Japanese, Korean and Taiwanese firms by their Chinese names, shipping and research firms, HK brokers,
// Chinese chains), and ordinary sentences where a name marked '~' must stay unmarked.

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
  ])('finds the English names in %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    '分析师表达乐观情绪，认为行业前景顺利向好。',
    '他们全家去了步步高升的那座城市，乡村基础设施也在完善。',
    '这家店的商品物美价廉，顾客好想来看看。',
    'She buttered her toast in a calm manner before the carnival.',
  ])('leaves ordinary words unmarked in %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

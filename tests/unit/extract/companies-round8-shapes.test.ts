import { describe, expect, it } from 'vitest';
import { findCompanies } from '../../../src/extract/companies';

// Original sentences for the shapes the eighth round of unseen articles showed: lists whose items end in the
// word the list names them by, lists mostly of known companies, people's employers after "director at", and
// companies listed after "operators such as". Invented names where possible.

/** The company spans' texts, in order. */
const names = (text: string) => findCompanies(text).map((e) => e.text);

describe('lists named by their items’ own industry word', () => {
  it('takes items that end in the word after 等 (X牧业、Y牧业等牧业公司), even with a dictionary-word brand', () => {
    expect(names('上游方面，光明牧业、天山牧业等牧业公司均出现亏损。')).toEqual(['光明牧业', '天山牧业']);
    expect(names('华北地区的太阳钢铁、金星钢铁等钢铁企业减产。')).toEqual(['太阳钢铁', '金星钢铁']);
  });

  it('takes no generic kinds of that industry (传统钢铁、特种钢铁等钢铁企业)', () => {
    expect(names('传统钢铁、特种钢铁等钢铁企业都在减产。')).toEqual([]);
  });
});

describe('an item between two known companies in a 、 list', () => {
  it('takes it, a lowercase-initial Latin name too, and its later mentions', () => {
    expect(
      names('位居前列的是石头科技（688169.SH）、iRobot、科沃斯（603486.SH）和小米集团。鼻祖iRobot仍在亏损。'),
    ).toEqual(['石头科技', 'iRobot', '科沃斯', '小米集团', 'iRobot']);
    expect(names('客户包括比亚迪、岚川动力、宁德时代和吉利汽车。')).toContain('岚川动力');
  });

  it('takes no product or generic noun between known names', () => {
    expect(names('腾讯、阿里巴巴、抖音、京东')).toEqual(['腾讯', '阿里巴巴', '京东']);
    expect(names('华为、小米、手机和平板')).toEqual(['华为', '小米']);
  });
});

describe('English names at a person’s employer, a data source, or after "operators such as"', () => {
  it('takes the employer after "director at" and the source after "data from"', () => {
    expect(names('“Demand is hollow,” said Nia Brandt, managing director at Quarrell Analytics. She left.')).toEqual([
      'Quarrell Analytics',
    ]);
    expect(names('The notes fetched 40 cents, according to pricing data from Tessaly.')).toEqual(['Tessaly']);
  });

  it('takes every name listed after a plural company kind, accented ones whole', () => {
    expect(names('It works with carriers such as Orvane, Telvio and América Movil in the region.')).toEqual([
      'Orvane',
      'Telvio',
      'América Movil',
    ]);
    expect(names('Research firm Caldwick estimates that sales fell.')).toEqual(['Caldwick']);
  });

  it('takes no place or lowercase word after those cues', () => {
    expect(names('Exporters in countries such as France and Germany gained.')).toEqual([]);
    expect(names('said Jane Doe, a director at the central bank.')).toEqual([]);
  });
});

describe('English names that start with a generic or known word', () => {
  it('takes a generic first word before a word only firms end in (Summit Therapeutics)', () => {
    expect(names('It licensed the drug to Summit Therapeutics last year.')).toEqual(['Summit Therapeutics']);
    expect(names('Indian Pharmaceuticals exports rose.')).toEqual([]);
  });

  it('runs a known name on into a unit of up to three words ending in an industry word', () => {
    expect(names('said Ola Berg, a director at Drewry Supply Chain Advisors. “Rates')).toEqual([
      'Drewry Supply Chain Advisors',
    ]);
    expect(names('said S&P Global Market Intelligence Director Tom Bell.')).toEqual(['S&P Global Market Intelligence']);
  });
});

describe('a business unit named after its known parent', () => {
  it('takes parent + unit word as one company (华为数字能源, 美团物流, 腾讯音乐)', () => {
    expect(names('公司已与华为数字能源签署合作协议。')).toEqual(['华为数字能源']);
    expect(names('美团物流宣布扩张。')).toEqual(['美团物流']);
    expect(names('腾讯音乐发布财报。')).toEqual(['腾讯音乐']);
  });

  it('keeps the parent alone before a product, a business noun or a technical term', () => {
    expect(names('他买了一台华为手机。')).toEqual(['华为']);
    expect(names('美团物流业务增长。')).toEqual(['美团']);
    expect(names('华为终端设备出货量上升。')).toEqual(['华为']);
  });
});

// holdout8 (after its blind run): a group's international arm (顺丰国际, 华泰国际) is a unit of its own.
describe('a group’s international arm', () => {
  it('takes parent + 国际 as one company, not 国际化 or 国际业务', () => {
    expect(names('顺丰国际承接了这批跨境订单。')).toEqual(['顺丰国际']);
    expect(names('顺丰加快国际化，顺丰国际业务增长三成。')).toEqual(['顺丰', '顺丰']);
  });
});

// holdout8 (after its blind run): an ambiguous name joined to a known company is named as its peer.
describe('an ambiguous name joined to a known company', () => {
  it('takes UPS in UPS和联邦快递 and 长城 in 长城与比亚迪', () => {
    expect(names('UPS和联邦快递则收紧了来自中国的小包折扣。')).toEqual(['UPS', '联邦快递']);
    expect(names('长城与比亚迪的价格战还在继续。')).toEqual(['长城', '比亚迪']);
  });
  it('still leaves the landmark 长城 alone', () => {
    expect(names('游客登上长城，比亚迪的展车就停在山下。')).toEqual(['比亚迪']);
  });
});

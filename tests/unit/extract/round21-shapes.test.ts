import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract';
import { of } from './shape-helpers';

// Shapes from the first runs of holdout65–67 (holdout67 holds two articles in traditional characters), each
// written here as a new sentence.

describe('figures', () => {
  it("reads Hong Kong's and Taiwan's units: 厘, 伙, 平方呎, 仙, and a quarter without 度 after a year", () => {
    const es = extract('票息6.25厘，新盤推出312伙，實用面積420平方呎，每股派息12仙；2026年第二季營收創新高。', {
      kinds: ['figure'],
    });
    expect(es.map((e) => e.text)).toEqual(['6.25厘', '312伙', '420平方呎', '12仙', '2026年第二季']);
    expect(es[3].value).toMatchObject({ number: 0.12, unit: 'HKD' });
    expect(es[4].value?.date).toBe('2026-Q2');
  });

  it('reads a concentration (毫克/立方米) whole, and no exchange code after TADAWUL as a figure', () => {
    expect(of('颗粒物排放不高于8毫克/立方米，二氧化硫低于30毫克/立方米。', 'figure')).toEqual([
      '8毫克/立方米',
      '30毫克/立方米',
    ]);
    expect(of('Red Sea Polymers Co. (TADAWUL: 2250) cut output by 5%.', 'figure')).toEqual(['5%']);
  });
});

describe('companies', () => {
  it('reads no company in a REIT, a production noun, a verb phrase, a ministry or an association abbreviation', () => {
    const text = [
      '华东仓储REIT（508099.SH）发布季报，该REIT出租率为95%。',
      '生产数据显示，公司出栏生猪800万头；年内险资举牌银行股6次，股票投资占比上升。',
      '折合吨钢投资约380元，公司可申请环保绩效A级；公司视光服务收入4.1亿元。',
      '这个决定董事会讨论了很久。越南投资部与公司签署协议。',
      '中国汽车工业协会（中汽协）数据显示，中汽协预计销量增长。',
    ].join('\n');
    expect(of(text, 'company')).toEqual([]);
  });

  it('reads a person after "said" as no firm though "the firm\'s" follows', () => {
    expect(of('"We will keep hiring," said Dana Whitlow, the firm\'s managing partner.', 'company')).toEqual([]);
  });

  it('reads a Hong Kong developer named after 发展商', () => {
    expect(of('另一家中型發展商恒澤置業亦宣布不派末期息。', 'company')).toEqual(['恒澤置業']);
  });
});

describe('quote speakers', () => {
  it('names a national body as written (the Dutch trade ministry)', () => {
    expect(of('The Danish energy ministry said it would review bids "one by one, on their merits."', 'quote')).toEqual([
      'one by one, on their merits.|Danish energy ministry',
    ]);
  });

  it('takes the company named before for "The company expects …, and said …"', () => {
    const text =
      'Norvik Power Inc. won 900 megawatts. The company expects to invest $800 million, and said in a statement the projects would return "in the low teens", below its target.';
    expect(of(text, 'quote')).toEqual(['in the low teens|Norvik Power Inc.']);
  });

  it('lets a company that opens the sentence speak for a later clause opening with a verb (…，认为…“…”)', () => {
    const text =
      '摩根士丹利在最新研报中将澜峰矿业的评级上调至“增持”，目标价9.6元，认为其派息承诺“为股价提供了有力支撑”。';
    expect(of(text, 'quote')).toEqual(['为股价提供了有力支撑|摩根士丹利']);
  });
});

import { describe, expect, it } from 'vitest';
import { companies, figures, quotes } from './shape-helpers';

describe('round 114 (holdout467–469, session 28)', () => {
  it('reads 韩东来说 as 韩东来 speaking, and 这样开场 after a date and a place', () => {
    expect(
      quotes(
        '总经理韩东来介绍，新品很好。\n消息传出后，有经销商在朋友圈转发称“麦香园要‘翻身’了”。\n“我们给高端线三年时间，”韩东来说，“做成了，就认。”',
      ),
    ).toEqual([
      ['麦香园要‘翻身’了', '有经销商'],
      ['我们给高端线三年时间，', '韩东来'],
      ['做成了，就认。', '韩东来'],
    ]);
    // (长远来说 is no one)
    expect(quotes('“我们给高端线三年时间，”长远来说，“做成了，就认。”').map((q) => q[1])).toEqual([
      undefined,
      undefined,
    ]);
    expect(
      quotes(
        '“方便面不是不能卖贵，而是过去没人愿意把它做好。”11月26日，在郑州举行的新品发布会上，河南麦香园食品股份有限公司总经理韩东来这样开场。',
      ),
    ).toEqual([['方便面不是不能卖贵，而是过去没人愿意把它做好。', '韩东来']]);
  });

  it('keeps a legal form with a non-ASCII capital as one subject (Arçelik A.Ş. said)', () => {
    expect(
      quotes(
        'Arçelik A.Ş. (BIST: ARCLK), the country’s largest producer, said on Sept. 30 that its operations were "on track to break even by the end of 2025" after it folded the business.',
      ),
    ).toEqual([['on track to break even by the end of 2025', 'Arçelik A.Ş.']]);
  });

  it('takes a count per unit of time whole, not the comparison with a year earlier', () => {
    expect(
      figures(
        'Closings averaged 1,870 per day in the quarter. Output held at 38 a month. Users reached 19.8 million, up from 14,990 a year earlier.',
      ),
    ).toEqual([
      ['1,870 per day', 1870],
      ['38 a month', 38],
      ['19.8 million', 19800000],
      ['14,990', 14990],
    ]);
  });

  it('reads no currency in a refrigerant, a variety code or a phone number', () => {
    expect(
      figures('The fridges run on R290, a propane gas. 禾穗Bt811的亩产为786公斤。窗口电话(04)2461-5388。'),
    ).toEqual([['786公斤', 786]]);
    // (the rand in a story that names it, the baht in English)
    expect(figures('Unions rejected R700 a month as the rand fell. Rooms cost Bt811 a night.')).toEqual([
      ['R700 a month', 700],
      ['Bt811 a night', 811],
    ]);
  });

  it('shortens a bus maker to its brand before a model, and reads Turkish and French legal names', () => {
    expect(companies('厦门鹭航新能源客车股份有限公司签约。此次交付的车型为鹭航E12型。')).toEqual([
      '厦门鹭航新能源客车股份有限公司',
      '鹭航',
    ]);
    expect(
      companies(
        'Marmara Soğutma Sanayi ve Ticaret A.Ş., a Manisa-based maker, cut jobs. The rest is held by Banque Delaunay & Cie, a regional lender.',
      ),
    ).toEqual(['Marmara Soğutma Sanayi ve Ticaret A.Ş.', 'Banque Delaunay & Cie']);
  });

  it('takes no firm from a union’s name, a sea, a crowd of funds, 有关集团 or a term in marks', () => {
    expect(companies('The PRO-GE metalworkers union objected.')).toEqual([]);
    expect(companies('Aegean Airlines flies tourists to the Aegean islands.')).toEqual(['Aegean Airlines']);
    expect(
      companies(
        '对于市场有关集团“割肉”求存的说法，公司否认。农地过去被视为发展商的“土地银行”。投资者包括中东主权基金及北美退休基金。',
      ),
    ).toEqual([]);
    // (an alias defined in marks stays: 简称“信保基金”)
    expect(companies('中国信托业保障基金有限责任公司（以下简称“信保基金”）提供资金。信保基金表示。')).toEqual([
      '中国信托业保障基金有限责任公司',
      '信保基金',
      '信保基金',
    ]);
  });

  it('finds an ordinary-word firm the article vouches for after 但', () => {
    expect(
      companies('巨大機械（9921.TW）與美利達（9914.TW）第3季獲利同樣年減，但巨大憑藉全球通路布局維持營收。'),
    ).toEqual(['巨大機械', '美利達', '巨大']);
  });

  it('knows Primetals, LKAB, ofi, Vizient, Premier Inc., Mowi (Marine Harvest), Greek ferry lines, 波尔公司, 平安养老险, 家联科技 and 恒鑫生活', () => {
    expect(
      companies(
        'Primetals Technologies and LKAB supplied it. Olam’s unit, known as ofi, and Vizient and Premier Inc. buy. Marine Harvest, now Mowi. Blue Star Ferries, Hellenic Seaways, Minoan Lines and Sky Express. 据波尔公司披露。平安养老险承接。家联科技、恒鑫生活。',
      ),
    ).toEqual([
      'Primetals Technologies',
      'LKAB',
      'Olam',
      'ofi',
      'Vizient',
      'Premier Inc.',
      'Marine Harvest',
      'Mowi',
      'Blue Star Ferries',
      'Hellenic Seaways',
      'Minoan Lines',
      'Sky Express',
      '波尔公司',
      '平安养老险',
      '家联科技',
      '恒鑫生活',
    ]);
  });
});

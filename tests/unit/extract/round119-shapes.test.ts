import { describe, expect, it } from 'vitest';
import { companies, figures, quotes } from './shape-helpers';

describe('round 119 (holdout479–481 speakers, and holdout482–484, session 28)', () => {
  it('gives a quote opening its paragraph to the one the paragraph before has say it, with a colon', () => {
    expect(
      quotes(
        '养殖户林阿水站在码头上，指着自家养殖区所在的方向说：\n\n“网帘是9月底刚下海的，一夜之间全被卷走了。\n\n“现在再补苗已经来不及。”',
      ).map((q) => q[1]),
    ).toEqual(['林阿水', '林阿水']);
  });

  it('reads who explains something before a colon (黃家豪…解釋出售原因：「…」)', () => {
    expect(
      quotes('嘉峰置業行政總裁黃家豪11月26日在電話會議上解釋出售原因：「持有收租物業的融資成本高過租金回報。」'),
    ).toEqual([['持有收租物業的融資成本高過租金回報。', '黃家豪']]);
  });

  it('gives a public body the short name the text knows it by', () => {
    expect(
      quotes(
        'The Sugarcane Industry Association, known as UNICA, said the stress was "concentrated in a small group of mills" and no more.',
      ),
    ).toEqual([['concentrated in a small group of mills', 'Sugarcane Industry Association (UNICA)']]);
  });

  it('reads who describes the quote after a date or an event in marks (在“…大会”上，…这样解释)', () => {
    expect(
      quotes(
        '“我们卖的不是冰淇淋，是小确幸。”在“2025年中国冷冻饮品产业大会”上，雪岚食品创始人兼CEO沈一鸣这样解释品牌的定位。',
      ),
    ).toEqual([['我们卖的不是冰淇淋，是小确幸。', '沈一鸣']]);
  });

  it('reads no multiple in a size and no figure in a Hong Kong hotline after its country code', () => {
    expect(figures('Prices for 2x4 lumber rose 3x in a year. 集團已設立加盟商查詢熱線（852）2345 6789。')).toEqual([
      ['3x', 3],
    ]);
  });

  it('reads a German cooperative’s eGen and knows Degroof Petercam, Swedbank, Giant Eagle, São Martinho and 肖特', () => {
    expect(
      companies(
        'Its largest shareholder, Alpenländische Genossenschaftsholding eGen, holds 25%. Analysts at Degroof Petercam and lenders SEB and Swedbank. Giant Eagle and São Martinho. 德国肖特（SCHOTT）和美国康宁。',
      ),
    ).toEqual([
      'Alpenländische Genossenschaftsholding eGen',
      'Degroof Petercam',
      'SEB',
      'Swedbank',
      'Giant Eagle',
      'São Martinho',
      '肖特',
      'SCHOTT',
    ]);
  });
});

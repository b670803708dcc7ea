import { describe, expect, it } from 'vitest';
import { companies, figures, speakers } from './shape-helpers';

describe('round 127 (holdout504, session 29)', () => {
  it('counts rides in 程', () => {
    expect(figures('8天內乘搭滿12程即享折扣。')).toEqual([
      ['8天', 8],
      ['12程', 12],
    ]);
  });

  it('names a titled person before 至今 for the quote that follows', () => {
    expect(speakers('牛香汇创始人邵柏林至今记得当时的盛况。“那时候半夜还要排号。”')).toEqual(['邵柏林']);
  });

  it("takes a known firm's own 公司, not a clause before it; no firm from 只看, 商讨推出; a headhunter by its trade", () => {
    expect(
      companies(
        '她表示，自己会考虑改用港铁公司（00066.HK）。公司与美国礼来公司（Eli Lilly）签署了授权协议。现在只看研报和路演。并会与八达通卡有限公司商讨推出电子钱包。猎头机构博睿猎头提供的数据显示。',
      ),
    ).toEqual(['港铁公司', '美国礼来公司', 'Eli Lilly', '八达通卡有限公司', '博睿猎头']);
  });

  it('knows Trumpf, 八合里, RATP Dev and 志圣', () => {
    expect(companies('Trumpf cut hours. 八合里今年关店。由RATP Dev全資擁有。與設備商志聖合作。')).toEqual([
      'Trumpf',
      '八合里',
      'RATP Dev',
      '志聖',
    ]);
  });
});

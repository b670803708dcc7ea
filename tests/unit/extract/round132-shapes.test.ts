import { describe, expect, it } from 'vitest';
import { companies, figures } from './shape-helpers';

describe('round 132 (holdout515–517, session 29)', () => {
  it('reads no figure in customs codes listed after 编码为, nor in a product stage after its name in marks', () => {
    expect(figures('涉案产品的海关编码为7606和7607，覆盖板材。其中“羊乐乐”2段销量最大，全年增长3成。')).toEqual([
      ['3成', 0.3],
    ]);
  });

  it('takes no firm from a name in marks that a programme is dubbed, a union, a Kenyan town, or 港铁 inside 铁水联运', () => {
    expect(
      companies(
        "A savings programme dubbed “Anker” will cut costs. The chemical workers' union IG BCE said it would fight. Growers in Naivasha cut jobs. 内陆港铁水联运增长很快。",
      ),
    ).toEqual([]);
  });

  it('knows dredgers, Indian and Chinese motorcycle makers, packaging, dim-sum chains and more', () => {
    expect(
      companies(
        'Royal Boskalis, Van Oord and Jan De Nul compete; Royal IHC builds ships. TVS and Haojue sell bikes. Smurfit Westrock and Mondi buy pulp. Cineplex fell. 点都德、陶陶居和添好运扩店；玉晶光营收增长；海斯福扩产；踏歌智行、易控智驾、希迪智驾拿下订单。',
      ),
    ).toEqual([
      'Royal Boskalis',
      'Van Oord',
      'Jan De Nul',
      'Royal IHC',
      'TVS',
      'Haojue',
      'Smurfit Westrock',
      'Mondi',
      'Cineplex',
      '点都德',
      '陶陶居',
      '添好运',
      '玉晶光',
      '海斯福',
      '踏歌智行',
      '易控智驾',
      '希迪智驾',
    ]);
  });
});

describe('round 132, a known name that is also a word before its code (session 29)', () => {
  it('takes the whole known name its code vouches for, not a cut of it after 和', () => {
    expect(
      companies(
        '12月3日清晨，一列铁水联运班列从荆门物流基地驶出，约28小时后将抵达宁波舟山港北仑港区。\n转机出现在2024年。当年，荆楚陆港投资5.2亿元建设铁路专用线，与中国铁路武汉局集团有限公司管辖的焦柳铁路接轨，并在港区内建设了一座智慧堆场。目前每周开行班列30列，分别通往上港集团（600018.SH）运营的洋山港区和宁波舟山港（601018.SH）北仑港区。',
      ),
    ).toEqual(['中国铁路武汉局集团有限公司', '上港集团', '宁波舟山港']);
  });
});

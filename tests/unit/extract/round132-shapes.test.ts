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

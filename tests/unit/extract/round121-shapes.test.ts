import { describe, expect, it } from 'vitest';
import { companies, figures } from './shape-helpers';

describe('round 121 (holdout488–490, session 28)', () => {
  it('reads Ugandan shillings, kilocalories per kilogram and grams per cubic centimetre', () => {
    expect(
      figures(
        'Farmers were paid USh 14,500 a kilogram. A typical 4,200 kcal/kg cargo. 压实密度不低于1.7克/立方厘米的材料。',
      ),
    ).toEqual([
      ['USh 14,500 a kilogram', 14500],
      ['4,200 kcal/kg', 4200],
      ['1.7克/立方厘米', 1.7],
    ]);
  });

  it('takes no firm from cardholders, 办理 or a mall', () => {
    expect(
      companies(
        '星河影城推出299元的“观影年卡”，持卡人一年内可观影12次，并在闭店前至少30日向持卡人公告。对于李蔚然这样的持卡人来说，他们更关心退款。青海省已累计为牦牛肉出口企业办理出口食品生产企业备案9家。以旗艦商場港灣廣場為例，一名在港灣廣場經營化妝品店的租戶說。',
      ),
    ).toEqual([]);
  });

  it('knows UPM, Prismark, Galexis, Altri, Ugacof, 宸鸿, 业成 and 圣迪乐村; not GIS switchgear', () => {
    expect(
      companies(
        'Stora Enso fell and UPM dropped. Prismark forecasts growth. Its Galexis unit delivers. Altri and Ugacof said. 同業宸鴻（3673）與業成（6456）轉型。主要向圣迪乐村等蛋品企业采购。换流阀和GIS组合电器。',
      ),
    ).toEqual(['Stora Enso', 'UPM', 'Prismark', 'Galexis', 'Altri', 'Ugacof', '宸鴻', '業成', '圣迪乐村']);
  });
});

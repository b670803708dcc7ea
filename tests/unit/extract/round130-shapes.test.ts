import { describe, expect, it } from 'vitest';
import { companies, figures, speakers } from './shape-helpers';

describe('round 130 (holdout509–511, session 29)', () => {
  it('reads a rate per hectare', () => {
    expect(figures('New plantings cost about RM68,000 a hectare.')).toEqual([['RM68,000 a hectare', 68000]]);
  });

  it('names a titled person before 却 for the quote that follows', () => {
    expect(speakers('鲁味轩董事长韩德明却不这么看。“到了国外，货架就那么两排。”')).toEqual(['韩德明']);
  });

  it("takes no firm from a Spanish region, a Romance trade alone, a centre's name cut at its trade, or 事宜", () => {
    expect(
      companies(
        'Eólica Navarra Renovables S.A. sells 49% of its Aragon wind farms. 两家公司均未就调价事宜发布公告。在国家粮油信息中心首席分析师王晓辉看来，价格会涨。',
      ),
    ).toEqual(['Eólica Navarra Renovables S.A.']);
  });

  it('knows Södra, Accredo, Flexport, 六必居, 美心西饼, 圣安娜饼屋, 奇华饼家 and 天钰', () => {
    expect(
      companies(
        'Södra, the forest owners, cut prices. Its Accredo unit grew and Flexport cut jobs. 六必居、美心西餅、聖安娜餅屋及奇華餅家；天鈺也在布局。',
      ),
    ).toEqual(['Södra', 'Accredo', 'Flexport', '六必居', '美心西餅', '聖安娜餅屋', '奇華餅家', '天鈺']);
  });
});

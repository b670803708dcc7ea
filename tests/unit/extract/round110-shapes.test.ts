import { describe, expect, it } from 'vitest';
import { companies, figures } from './shape-helpers';

describe('round 110 (holdout455–457, session 27)', () => {
  it('reads 双 as a measure but not in 双方 or 双面, no people in 人口, a rate per square metre, and no figure in a .TWO code', () => {
    expect(
      figures(
        '累计销量超过120万双，双方同意，Hi-MO 9双面组件。是周边40多万人口的中心。A levy of £36 to £52 a square metre. 旭扬（6587.TWO）公告。',
      ),
    ).toEqual([
      ['120万双', 1200000],
      ['40多万', 400000],
      ['£36 to £52 a square metre', 36],
    ]);
  });

  it('finds a farmers’ cooperative and its short name, but no crop’s cooperative', () => {
    expect(
      companies(
        '原告为呼伦贝尔草原牧歌奶牛养殖专业合作社（以下简称“牧歌合作社”），被告是下游乳企内蒙古澄露乳业有限公司。牧歌合作社索赔。澧北县一家柑橘专业合作社的负责人说。',
      ),
    ).toEqual(['呼伦贝尔草原牧歌奶牛养殖专业合作社', '牧歌合作社', '内蒙古澄露乳业有限公司', '牧歌合作社']);
  });

  it('takes no service priced as such, no park a trade names, no phrase with 装入 for a firm', () => {
    expect(
      companies(
        '按照每千瓦时0.45元的换电服务费计算。换电服务毛利率由负转正。深圳西丽片区的汇智科技园贴出通知。将所持股权装入信托架构。',
      ),
    ).toEqual([]);
  });

  it('takes no river for the firm (along the Amazon,), but keeps the firm’s unit (Zoox, the Amazon unit)', () => {
    expect(companies('Flights along the Amazon, including Manaus. Zoox, the Amazon unit, grew.')).toEqual([
      'Zoox',
      'Amazon',
    ]);
  });

  it('knows 中复神鹰, 微创骨科, IG&H, OCP, 新大屿山巴士 and 亚历山大丹尼士 (城巴 a listed name already)', () => {
    expect(
      companies(
        '供应商中复神鹰与微创骨科。Data compiled by IG&H show it. OCP sells. 城巴及新大屿山巴士加价，包括亚历山大丹尼士的车型。',
      ),
    ).toEqual(['中复神鹰', '微创骨科', 'IG&H', 'OCP', '城巴', '新大屿山巴士', '亚历山大丹尼士']);
  });
});

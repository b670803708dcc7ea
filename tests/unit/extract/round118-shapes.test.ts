import { describe, expect, it } from 'vitest';
import { companies, figures } from './shape-helpers';

describe('round 118 (holdout479–481, session 28)', () => {
  it('takes no firm from a product or a machine an alias shortens', () => {
    expect(
      companies(
        '光纤预制棒（以下简称“光棒”）行业正迎来扩产，公司光棒年产能将提升。美国拟对岸边集装箱起重机（以下简称“岸桥”）加征关税，一台岸桥售价1200万美元。',
      ),
    ).toEqual([]);
    // (a Taiwan fund house keeps its alias: 中國信託投信（下稱「中信投信」）)
    expect(companies('中國信託投信（下稱「中信投信」）表示，中信投信將調整。')).toEqual([
      '中國信託投信',
      '中信投信',
      '中信投信',
    ]);
  });

  it('reads the short name the industry knows a firm by, a related party’s legal name and a city’s credit cooperative', () => {
    expect(
      companies(
        'Siam Precision Components Pcl (SPC.BK) will spend. The company, known in the industry as SPC, earns 72%. SPC will cut.',
      ),
    ).toEqual(['Siam Precision Components Pcl', 'SPC', 'SPC']);
    expect(
      companies(
        '涉事企业还有其关联方江苏汇冷食品贸易有限公司。“不存在串通涨价的情况。”江苏汇冷方面回应称，公司正常经营。',
      ),
    ).toEqual(['江苏汇冷食品贸易有限公司', '江苏汇冷']);
    expect(companies('规模最小的岚州市北山农村信用合作联社不良率一度高达18%。')).toEqual([
      '岚州市北山农村信用合作联社',
    ]);
  });

  it('shortens a French confectioner past its trade (Confiserie Brunner Holding AG → Brunner)', () => {
    expect(companies('Confiserie Brunner Holding AG raised prices. Brunner buys cocoa forward.')).toEqual([
      'Confiserie Brunner Holding AG',
      'Brunner',
    ]);
  });

  it('takes no firm from a new bank, a funeral service, a verb before 公司 or an adverb after a bureau', () => {
    expect(
      companies(
        '债权债务由新设银行承继。安和礼仪推出的殡仪服务套餐分为三档。金管会将持续关注上市公司股利政策。他又引用老话形容公司现时的策略。霞浦县海洋与渔业局初步统计显示，损失严重。',
      ),
    ).toEqual([]);
  });

  it('prices per kilo, and reads no figure in a model after a point or a phone in two groups', () => {
    expect(
      figures('Blueberries sold at $1.40 a kilo. VW builds the ID.3 and ID.4. 投资者关系热线：0571-8869 2750。'),
    ).toEqual([['$1.40 a kilo', 1.4]]);
  });

  it('knows Camposol, Hortifrut, 三井E&S, 鄂尔多斯集团, 宗申, 福寿园 and 快驴', () => {
    expect(
      companies(
        'Camposol and Hortifrut grow. 美方推动日本三井E&S在美建厂。鄂尔多斯（600295.SH）旗下的鄂尔多斯集团。淮海控股集团有限公司、宗申等企业。福寿园等龙头公司。美团旗下的快驴等平台。',
      ),
    ).toEqual([
      'Camposol',
      'Hortifrut',
      '三井E&S',
      '鄂尔多斯集团',
      '淮海控股集团有限公司',
      '宗申',
      '福寿园',
      '美团',
      '快驴',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { companies } from './shape-helpers';

describe('round 120 (holdout485–487, session 28)', () => {
  it('reads a coined firm a source is close to, said twice, not a syndicate or a deal', () => {
    expect(
      companies(
        '其中第一大客户山茶序的贡献始终在四成以上。一位接近山茶序的人士向记者透露，明年计划新开门店。一位接近银团的人士说，展期仍在磋商。接近交易的人士称，价格未定。',
      ),
    ).toEqual(['山茶序', '山茶序']);
  });

  it('vouches an ordinary-word firm by the analysts at it, and reads a body ending in Directorate', () => {
    expect(companies('Analysts at Cowen estimate the cost at $2 billion.')).toEqual(['Cowen']);
    expect(
      companies(
        'The Norwegian Water Resources and Energy Directorate approved it. The plant keeps Norwegian power working for 1.4 billion Norwegian crowns.',
      ),
    ).toEqual([]);
  });

  it('shortens a tea broker past its trade and reads an Italian SGR', () => {
    expect(
      companies(
        'Rift Highlands Tea Brokers Ltd said prices fell, according to Rift Highlands. A manager at Arnaldi Gestioni SGR in Turin.',
      ),
    ).toEqual(['Rift Highlands Tea Brokers Ltd', 'Rift Highlands', 'Arnaldi Gestioni SGR']);
  });

  it('takes no firm from 可按, 换电 or a verb cutting units before 旗下', () => {
    expect(
      companies('可按基金整体业绩进行考核。为骑手提供电池租赁和换电服务。台積電也已逐步縮減旗下部分8吋廠產能。'),
    ).toEqual(['台積電']);
  });

  it('knows Jyske Bank, Clivet, 菲斯曼, Kellogg, Kellanova, 普瑞纳, Peugeot, Fiat and Dacia', () => {
    expect(
      companies(
        'Jyske Bank analyst said so. Kellogg split into Kellanova and WK Kellogg Co, Kellanova to Mars for $36 billion. Dacia Sandero, the Peugeot 208 and the Fiat Topolino. 美的旗下意大利子公司Clivet。开利收购菲斯曼。玛氏和雀巢旗下的普瑞纳。',
      ),
    ).toEqual([
      'Jyske Bank',
      'Kellogg',
      'Kellanova',
      'WK Kellogg Co',
      'Kellanova',
      'Dacia',
      'Peugeot',
      'Fiat',
      '美的',
      'Clivet',
      '菲斯曼',
      '玛氏',
      '雀巢',
      '普瑞纳',
    ]);
  });
});

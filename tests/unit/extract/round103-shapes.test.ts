import { describe, expect, it } from 'vitest';
import { companies, figures, quotes, speakers } from './shape-helpers';

describe('round 103 (holdout434–436, session 27)', () => {
  it('reads a bond price on the pound or the euro as a rate, man-hours as a measure, and 美仙 as US cents', () => {
    expect(
      figures('The bonds rose 4.5 pence to 71 pence on the pound. The notes trade at 94 cents on the euro.'),
    ).toEqual([
      ['4.5 pence', 0.045],
      ['71 pence on the pound', 0.71],
      ['94 cents on the euro', 0.94],
    ]);
    expect(figures('The ships cost 86,000 man-hours. 票據價格由約61美仙升至68美仙。')).toEqual([
      ['86,000 man-hours', 86000],
      ['61美仙', 0.61],
      ['68美仙', 0.68],
    ]);
  });

  it('reads no figure inside a product name that ends in its series number (“江悦稳盈180天持有期1号”)', () => {
    expect(figures('王女士购买的是“恒盈稳健180天持有期1号”理财产品，亏损3%。“武禽1号”品种亩产增加10%。')).toEqual([
      ['3%', 0.03],
      ['10%', 0.1],
    ]);
  });

  it('takes no quote for a process in marks before its kind (“定向除杂-短流程”湿法工艺)', () => {
    expect(quotes('他表示，新项目将采用公司自主开发的“定向除杂-短流程”湿法工艺，锂综合回收率可达92.5%。')).toEqual([]);
  });

  it('gives a prospectus’s words to the applicant the story is about, not the firm named last', () => {
    expect(
      speakers(
        '杭州星禾互娱网络科技股份有限公司（以下简称“星禾互娱”）递交上市申请。招股书显示，星禾互娱营收9.86亿元。星禾互娱增长快。星禾互娱很好。\n\n来自抖音的GMV占比达71.3%，快手与淘宝直播合计占23.5%。招股书在风险因素部分写道：“我们的业务高度依赖少数第三方直播平台，都可能造成重大不利影响。”',
      ),
    ).toEqual(['星禾互娱']);
  });

  it('finds a name after a kind opening a sentence (Peers Hanwha Ocean, Shipbroker Clarksons Research)', () => {
    expect(
      companies(
        'It was signed.\n\nPeers Hanwha Ocean and Samsung Heavy Industries have orders. Shipbroker Clarksons Research puts the price at $250 million.',
      ),
    ).toEqual(['Hanwha Ocean', 'Samsung Heavy Industries', 'Clarksons Research']);
  });

  it('ends a German professional partnership at mbB, and knows Landesbank Baden-Württemberg', () => {
    expect(
      companies(
        'It hired Brenner Vollmer Partnerschaft mbB, a law firm. Hengeler Mueller PartG mbB advised. Banks led by Landesbank Baden-Württemberg are exposed.',
      ),
    ).toEqual(['Brenner Vollmer Partnerschaft mbB', 'Hengeler Mueller PartG mbB', 'Landesbank Baden-Württemberg']);
  });

  it('starts a name after 总承包方, 是继 and 已获, and finds no firm in 中有多家房地产企业 or a regulator', () => {
    expect(
      companies(
        '古镇的总承包方湖南远拓建设集团有限公司称。这是继遥望科技（00229.HK）之后又一家。事项已获中国证券监督管理委员会核准。前十大股东中有多家房地产企业。',
      ),
    ).toEqual(['湖南远拓建设集团有限公司', '遥望科技']);
  });

  it('finds no firm in a period before 旗下 (高峰时期旗下), and reads 穆迪分析师 as the agency and a role', () => {
    expect(companies('該集團在港上市，高峰時期旗下物業組合龐大。穆迪分析師在報告中寫道。穆迪分析发布报告。')).toEqual([
      '穆迪',
      '穆迪分析',
    ]);
  });

  it('takes no alias of a certificate or a quota for a firm (绿色电力证书（以下简称“绿证”）)', () => {
    expect(
      companies(
        '公司共出售绿色电力证书（以下简称“绿证”）86.5万张，绿证收入430万元。公司出售了碳排放配额（以下简称“配额”）。',
      ),
    ).toEqual([]);
  });

  it('derives a brand from an alias that ends in an industry word (星禾互娱 → 星禾)', () => {
    expect(
      companies(
        '杭州星禾互娱网络科技股份有限公司（以下简称“星禾互娱”）递交申请。他说：“星禾如果想要更高的估值，必须证明自己。”',
      ),
    ).toEqual(['杭州星禾互娱网络科技股份有限公司', '星禾互娱', '星禾']);
  });
});

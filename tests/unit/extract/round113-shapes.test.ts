import { describe, expect, it } from 'vitest';
import { companies, figures, quotes } from './shape-helpers';

describe('round 113 (holdout464–466, session 28)', () => {
  it('reads the phrase a named person calls something as a quotation, not a crowd’s label or a term', () => {
    expect(quotes('董事长刘德贵说，公司很好。他把这套模式称为“让加盟商只管开门做生意”。')).toEqual([
      ['让加盟商只管开门做生意', '刘德贵'],
    ]);
    expect(quotes('法人指出，主板价值量提升约1.5倍。市场因此将明年视为“AI服务器板的超级周期”。')).toEqual([]);
    // (a term stays one: 第二增长曲线, 洗牌期; and 被称为 names)
    expect(quotes('公司把这些新兴市场称为“第二增长曲线”。他把这种状况称为“洗牌期”。')).toEqual([]);
    expect(quotes('曾被业内视为“第二利润来源”的金融保险业务也在萎缩。')).toEqual([]);
  });

  it('finds who reflects 如此 and a body whose name has “of” before which said', () => {
    expect(
      quotes(
        '“过去十年我们的打法就是‘有商场的地方就有我们’，现在回头看，很多店开得太急了。”在8月29日的业绩说明会上，童趣服饰董事长黄志诚如此反思。',
      ),
    ).toEqual([['过去十年我们的打法就是‘有商场的地方就有我们’，现在回头看，很多店开得太急了。', '黄志诚']]);
    expect(
      quotes(
        'The cuts follow pressure from the Central Bank of Kenya, which said in a 2024 consultation paper that households had paid roughly KSh 112 billion in mobile-money charges over 12 months and that pricing in the market was "not reflective of the underlying cost of the service".',
      ),
    ).toEqual([['not reflective of the underlying cost of the service', 'Central Bank of Kenya']]);
  });

  it('takes no notice kind, no verb and no 主营 for a firm (听证公告, 可拨打公司, 承认公司, 主营文化纸)', () => {
    expect(
      companies(
        '根据听证公告，本次听证会共设参加人25名。经销商可拨打公司服务热线400-831-6672咨询。周建国承认公司“还有很多欠账”。广东粤桦纸业股份有限公司（以下简称“粤桦纸业”）称，公司主营文化纸和白卡纸。',
      ),
    ).toEqual(['广东粤桦纸业股份有限公司', '粤桦纸业']);
  });

  it('shortens a name by its pet-food trade words, and reads an English list and a possessive pair', () => {
    expect(
      companies(
        'Harlow Creek Pet Nutrition Inc. (NYSE: HCPN) said the recall would cost $80 million. Excluding the charge, Harlow Creek earned 38 cents a share.',
      ),
    ).toEqual(['Harlow Creek Pet Nutrition Inc.', 'Harlow Creek']);
    expect(companies('The food was sold through Walmart, Chewy, Petco and independent stores.')).toEqual([
      'Walmart',
      'Chewy',
      'Petco',
    ]);
    expect(companies('Abertis is controlled by Italy’s Mundys and Spain’s ACS.')).toContain('ACS');
    // (a chewy treat stays food)
    expect(companies('The company’s jerky and chewy treats are not affected.')).toEqual([]);
  });

  it('reads Vietnamese letters in a legal name (Nông Nghiệp Xanh JSC)', () => {
    expect(companies('穗翼智能选择与当地企业Nông Nghiệp Xanh JSC成立合资公司。')).toContain('Nông Nghiệp Xanh JSC');
  });

  it('knows 长春集团, 英皇戏院, 百老汇院线, UA院线 and Blue Buffalo; 小红书 as a platform is no firm', () => {
    expect(
      companies(
        '长期由日本三井金属、台湾长春集团等企业把持。UA院线已于2021年全线结业；英皇戏院、百老汇院线等同业则改装影厅。General Mills’ Blue Buffalo business grew.',
      ),
    ).toEqual(['三井金属', '长春集团', 'UA院线', '英皇戏院', '百老汇院线', 'General Mills', 'Blue Buffalo']);
    expect(companies('现在的年轻父母在抖音、小红书上看测评、比价格。')).toEqual([]);
  });

  it('takes a rate per cubic yard and power in milliwatts and watts', () => {
    expect(
      figures('Concrete sold for $171 a cubic yard. The module draws less than 150 milliwatts, or 0.15 watts.'),
    ).toEqual([
      ['$171 a cubic yard', 171],
      ['150 milliwatts', 150],
      ['0.15 watts', 0.15],
    ]);
  });
});

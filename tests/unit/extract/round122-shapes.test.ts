import { describe, expect, it } from 'vitest';
import { companies, figures, quotes, speakers } from './shape-helpers';

describe('round 122 (holdout491–493, session 29)', () => {
  it('reads a range whose currency is written once, with its rate, and a fee or a coupon per period', () => {
    expect(
      figures(
        'Spot prices eased to NOK 71-75 per kilogram. Growers paid €0.31 a stem. The app charges a fee of 6.5% a month, and the notes carry coupons of 9.5% to 11% a year. Sales will grow 8% a year.',
      ),
    ).toEqual([
      ['NOK 71-75 per kilogram', 71],
      ['€0.31 a stem', 0.31],
      ['6.5% a month', 0.065],
      ['9.5% to 11% a year', 0.095],
      ['8%', 0.08],
    ]);
  });

  it('takes the words of a reported clause for a quote, after 并表示 and after a plan as the subject', () => {
    expect(
      quotes(
        '宁德时代在三季报中下调全年营收预期，并表示北美渠道的库存水平“仍处于偏高状态”。澄湖果业证券部一位工作人员对记者表示，公司本季的收购计划“按正常节奏推进”。',
      ),
    ).toEqual([
      ['仍处于偏高状态', '宁德时代'],
      ['按正常节奏推进', '澄湖果业证券部一位工作人员'],
    ]);
  });

  it('learns a person from "X, whose …", resolves 该公会 and a pronoun after 对于X来说', () => {
    expect(
      speakers(
        'Solveig Brekke, whose father founded the hatchery, has cut stocking at two sites. "We cannot keep treating every month."\n\nShe said the bank had been patient. "It will not stay patient," she said.\n\n台湾区五金制品输出业同业公会在年会上坦言，订单回升慢于预期。“最快也要到明年下半年。”该公会在书面材料中写道。\n\n农业专家建议分批出库。本地老话讲：“货不等人，价也不等人。”对于刘长根来说，他已经决定月底前卖掉一半。“再等下去，就等到新货上市了。”',
      ),
    ).toEqual(['Solveig Brekke', 'Solveig Brekke', '台湾区五金制品输出业同业公会', undefined, '刘长根']);
  });

  it('takes no firm from a kind of firm before its name, a clause a verb opens, or a plant in a place', () => {
    expect(
      companies(
        '按揭转介公司安信按揭转介有限公司的数据显示。本行将通过优化网点服务吸引客户，并稳妥推进村镇银行改革；头部公司转型标品信托。具体兑付安排以信托公司公告为准。天岳先进披露，公司上海临港工厂已投产。',
      ),
    ).toEqual(['安信按揭转介有限公司', '天岳先进']);
  });

  it('knows a Romance firm by its name after its trade, with a particle inside, and a few more firms', () => {
    expect(
      companies(
        "Compañía Minera Cerro del Alba S.A. cut output. Cerro del Alba said the permit was late. SpareBank 1 Sør-Norge lent more. Tala and Branch International cut limits. Mlekpol milk and Love's Travel Stops & Country Stores.",
      ),
    ).toEqual([
      'Compañía Minera Cerro del Alba S.A.',
      'Cerro del Alba',
      'SpareBank 1 Sør-Norge',
      'Tala',
      'Branch International',
      'Mlekpol',
      "Love's Travel Stops & Country Stores",
    ]);
  });
});

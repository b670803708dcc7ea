import { describe, expect, it } from 'vitest';
import { of } from './shape-helpers';

// Shapes from the first runs of holdout62–64, each written here as a new sentence.

describe('companies', () => {
  it('reads no company in a fee, a kind of investment, a state of affairs, a line of business or a verb phrase', () => {
    const text = [
      '不少业主以拒交物业费表达不满，小区物业费收缴率降至81%。',
      '前三季度基础设施投资（不含电力）增长1.4%，集团另类投资子公司亏损3000万元。',
      '公司晚间披露经营情况公告，并出售旗下的照明业务（GE Lighting）。',
      '降息有助于缓解寿险公司的利差损压力。',
    ].join('\n');
    expect(of(text, 'company')).toEqual(['GE']);
  });

  it('reads a known name that opens an association of two trades, or names jet fuel, as no company', () => {
    expect(
      of('据中国建筑卫生陶瓷与工业陶瓷协会统计，新加坡航空煤油均价上涨3%。中国建筑中标一项工程。', 'company'),
    ).toEqual(['中国建筑']);
  });

  it('knows Swiss retailers and banks, and the building-materials arms of Chinese groups', () => {
    expect(of('Prices at Migros and Coop rose, Zürcher Kantonalbank said. A coop in Ohio closed.', 'company')).toEqual([
      'Migros',
      'Coop',
      'Zürcher Kantonalbank',
    ]);
    expect(of('南方水泥与华润建材科技均宣布错峰停窑。', 'company')).toEqual(['南方水泥', '华润建材科技']);
  });
});

describe('quote speakers', () => {
  it('skips a relative clause with its own commas before the verb', () => {
    expect(
      of(
        'The Retail Council, which represents Tesco, Aldi and Lidl among others, said that "the levy will raise prices."',
        'quote',
      ),
    ).toEqual(['the levy will raise prices.|Retail Council']);
  });

  it('takes the person, not the firm after a common noun (X of the broker Y), and he for that person later', () => {
    const text =
      'Analyst Maya Lindqvist of the broker Peel Capital said: "Margins have peaked."\n\nShe warned that costs would rise. "Wages are going up."';
    expect(of(text, 'quote')).toEqual(['Margins have peaked.|Maya Lindqvist', 'Wages are going up.|Maya Lindqvist']);
  });

  it('names a group of prosecutors or regulators as written', () => {
    expect(of('State prosecutors said in a filing that the merger "would harm consumers for years."', 'quote')).toEqual(
      ['would harm consumers for years.|State prosecutors'],
    );
  });

  it('reads a short fragment in reported speech whose sentence holds an abbreviation (a U.S. bank)', () => {
    const text =
      'Chief Executive Omar Haddad said a U.S. lender and a German carmaker had cut budgets, and that hiring had "all but frozen" since June.';
    expect(of(text, 'quote')).toEqual(['all but frozen|Omar Haddad']);
  });

  it('resolves 据他测算 at a paragraph start to the person named before', () => {
    const text =
      '券商分析师林知远说：“周期底部还没有出现。”\n\n据他测算，全行业库存仍高达40万吨，“至少还要消化两个季度。”';
    expect(of(text, 'quote')).toEqual(['周期底部还没有出现。|林知远', '至少还要消化两个季度。|林知远']);
  });

  it('reads a month and a place clause between an organisation and its verb (X11月在…中表示)', () => {
    const text = '晶澜股份11月在业绩说明会上表示，公司已关停两条产线，“后续扩产会更加谨慎”。';
    expect(of(text, 'quote')).toEqual(['后续扩产会更加谨慎|晶澜股份']);
  });
});

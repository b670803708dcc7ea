import { describe, expect, it } from 'vitest';
import { companies, figures, quotes, speakers } from './shape-helpers';

describe('round 105 (holdout440–442, session 27)', () => {
  it('reads Hong Kong’s 首三季 and 首季 as periods, a range of days in a month, and 本 as a measure', () => {
    expect(figures('2025年首三季，访客增加。2025年首季增长。The Fed meets on Dec. 9-10. 驾驶员证701.3万本。')).toEqual([
      ['2025年首三季', '2025-Q1/2025-Q3'],
      ['2025年首季', '2025-Q1'],
      ['Dec. 9-10', '--12-09/--12-10'],
      ['701.3万本', 7013000],
    ]);
  });

  it('reads a rate per restaurant, and no figure in a Hong Kong hotline written in two groups of four', () => {
    expect(figures('Remodels cost $650,000 to $800,000 a restaurant. 查詢熱線為2815 6688。')).toEqual([
      ['$650,000 to $800,000 a restaurant', 650000],
    ]);
  });

  it('starts a name after 美商, 经纪行, 基金管理人 and 叫停, and ends none at an adverb before 与', () => {
    expect(
      companies(
        '東京威力科創與美商應用材料（Applied Materials）擴產。本地中型經紀行滙駿保險經紀有限公司公布。基金管理人华岳基金管理有限公司表示，将切实维护基金份额持有人利益。原银保监会发文，叫停商业银行通过网络平台揽储。为了降低成本，氢程动力正与中国石化、国家电投等能源企业合作。',
      ),
    ).toEqual([
      '東京威力科創',
      '應用材料',
      'Applied Materials',
      '滙駿保險經紀有限公司',
      '华岳基金管理有限公司',
      '氢程动力',
      '中国石化',
      '国家电投',
    ]);
  });

  it('takes a unit a vouched ordinary word names (中通快递 … 中通快运), and knows 上汽红岩, Kuda, Paga and E-Distribuzione', () => {
    expect(companies('中通快递（NYSE: ZTO）旗下的中通快运调价。一汽解放、上汽红岩都在布局。')).toEqual([
      '中通快递',
      '中通快运',
      '一汽解放',
      '上汽红岩',
    ]);
    expect(
      companies('It competes with OPay, Kuda, PalmPay and Paga. Enel, whose E-Distribuzione unit runs the grid.'),
    ).toEqual(['OPay', 'Kuda', 'PalmPay', 'Paga', 'Enel', 'E-Distribuzione']);
  });

  it('reads a known name after a surname as a given name where the text titles that person (总经理陈牧原 … 陈牧原说)', () => {
    expect(companies('氢程动力总经理陈牧原坦言，成本高。“降幅超过七成。”陈牧原说。牧原股份生猪出栏增加。')).toEqual([
      '氢程动力',
      '牧原股份',
    ]);
  });

  it('reads a one-word name as a speaker’s given name (said Lotte Brinkman, an analyst at ING)', () => {
    expect(
      companies('"Brabant is paying the price," said Lotte Brinkman, an analyst at ING. Lotte Chemical fell.'),
    ).toEqual(['ING', 'Lotte Chemical']);
  });

  it('names the analyst after a firm and a role, and a firm’s analysts as a body', () => {
    expect(
      speakers(
        '"The plan is credible, but execution risk is real," wrote Mediobanca analyst Federica Lodi in a note.\n\nAnalysts at RBC Capital Markets cut their target, citing “headline and legal risk that will take 12 to 18 months to clear”, but kept a rating.',
      ),
    ).toEqual(['Federica Lodi', 'Analysts at RBC Capital Markets']);
  });

  it('takes no document read as a speaker (according to a recording reviewed by this newspaper)', () => {
    expect(
      speakers(
        'Kobopay\'s co-founder and chief executive, Adaeze Okonkwo, addressed staff in Lagos on Monday, according to a recording reviewed by this newspaper. "We grew faster than our controls, and that is on me."',
      ),
    ).toEqual(['Adaeze Okonkwo']);
  });

  it('gives a later 并称“…” to the subject that opens the sentence', () => {
    expect(
      speakers(
        '10月15日，杭州迅程网络科技有限公司（以下简称“迅程”）发布声明，称平台抽成上限为27%，并称网传截图“存在断章取义的情况”。',
      ),
    ).toEqual(['杭州迅程网络科技有限公司']);
  });

  it('keeps quotes elsewhere unchanged (a regression guard for the adverb trim)', () => {
    expect(quotes('他说：“公司正与合作方谈判。”')).toEqual([['公司正与合作方谈判。', undefined]]);
  });
});

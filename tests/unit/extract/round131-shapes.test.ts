import { describe, expect, it } from 'vitest';
import { companies, figures, speakers } from './shape-helpers';

describe('round 131 (holdout512–514, session 29)', () => {
  it('reads a later day after a date as a range in its month, not a count after it', () => {
    expect(figures('Floods on Aug. 3 to 6 hit the region. He pleaded guilty on 12 March to 9 charges.')).toEqual([
      ['Aug. 3 to 6', '--08-03/--08-06'],
      ['12 March', '--03-12'],
      ['9', 9],
    ]);
  });

  it('names a jujube farmer who stands in the field for the 他说 that follows', () => {
    expect(speakers('种了20多亩灰枣的枣农马建国站在地头，看着裂果发愁。“今年能收一半就不错了。”他说。')).toEqual([
      '马建国',
    ]);
  });

  it("keeps Italian names through dell' and della, and Serbian a.d.; the unit after an alias's bracket is no name of its own", () => {
    expect(
      companies(
        "Banca Popolare dell'Etruria S.p.A. is preparing a sale. Banco di Sondrio e della Valtellina bought. It sold Alpenbank Srbija a.d. to a rival. 中国人民财产保险股份有限公司（人保财险）甘肃分公司表示。",
      ),
    ).toEqual([
      "Banca Popolare dell'Etruria S.p.A.",
      'Banco di Sondrio e della Valtellina',
      'Alpenbank Srbija a.d.',
      '中国人民财产保险股份有限公司',
      '人保财险',
    ]);
  });

  it('takes no firm from a central bank named National Bank, a trade quota named after a firm, or a direct bank', () => {
    expect(
      companies(
        'Reserves fell, the National Bank of Serbia said. Exports under the Hilton quota rose. 通过手机银行、直销银行吸收的存款。',
      ),
    ).toEqual([]);
  });

  it('knows Münchener Rück, doValue, Czarnikow, PTT Oil and Retail Business, TQC, Covia, CNABS and 丰田产业车辆', () => {
    expect(
      companies(
        'Munich Re (Münchener Rück) and doValue. Czarnikow sold to PTT Oil and Retail Business. 挪威TQC和Covia；中国资产证券化分析网（CNABS）统计；丰田产业车辆计划扩产。',
      ),
    ).toEqual([
      'Munich Re',
      'Münchener Rück',
      'doValue',
      'Czarnikow',
      'PTT Oil and Retail Business',
      'TQC',
      'Covia',
      '中国资产证券化分析网',
      'CNABS',
      '丰田产业车辆',
    ]);
  });
});

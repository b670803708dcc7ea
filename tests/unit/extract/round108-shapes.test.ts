import { describe, expect, it } from 'vitest';
import { companies, figures, quotes, speakers } from './shape-helpers';

describe('round 108 (holdout449–451, session 27)', () => {
  it('reads lei after a scale, a rate per megawatt (not per megawatt-hour cut short), and points of an average score', () => {
    expect(
      figures(
        'Sales rose to 612 million lei. Prices are closer to €650,000 a megawatt, or €38 a megawatt-hour. 平均分提高了6.5分。',
      ),
    ).toEqual([
      ['612 million lei', 612000000],
      ['€650,000 a megawatt', 650000],
      ['€38 a megawatt-hour', 38],
      ['6.5分', 6.5],
    ]);
  });

  it('takes a blend of initials and a word for an alias of the legal name before it (Valderama Power Corp. (VPower))', () => {
    expect(companies('The unit, Valderama Power Corp. (VPower), owns plants. VPower said so.')).toEqual([
      'Valderama Power Corp.',
      'VPower',
      'VPower',
    ]);
  });

  it('starts a name after 本地地产代理 and derives its brand through 代理; no firm for a count, a ratio or a verb', () => {
    expect(
      companies(
        '本地地产代理港湾地产代理控股有限公司（01922）公布。港湾地产主席说。以单只基金计，费率下降。投放产出比（ROI）降至2.1。有限公司代偿银行贷款本息。',
      ),
    ).toEqual(['港湾地产代理控股有限公司', '港湾地产']);
  });

  it('takes a name before a series or a class for the maker (宝马5系、奔驰E级), and knows Sydbank, Cinemark, CIB and ACT Research', () => {
    expect(companies('宝马5系、奔驰E级等主力车型。Sydbank and Cinemark fell. CIB rose, ACT Research said.')).toEqual([
      '宝马',
      '奔驰',
      'Sydbank',
      'Cinemark',
      'CIB',
      'ACT Research',
    ]);
  });

  it('reads a two- or three-word term after "as a" as no quote, but keeps a longer description', () => {
    expect(
      quotes(
        'S&P Global Ratings said on Tuesday it would likely treat the transaction as a "distressed exchange," which it views as a default. Analysts have described the period since early 2022 as a "freight recession." Demand fell. It was described as a "manageable but persistent drag on margins".',
      ).map(([text]) => text),
    ).toEqual(['manageable but persistent drag on margins']);
  });

  it('names no copula nor the reporter as a speaker, and reads 同在园区的 as no part of one', () => {
    expect(
      speakers(
        '總經理陳振邦強調，海外擴產主要是回應客戶的要求。他說：「客戶希望同一款材料在兩個國家都能生產。」\n\n包头市工业和信息化局相关负责人表示，将协调。同在园区的包头市晶拓新能源有限公司一位负责人告诉记者：“开工率普遍只有四成左右。”',
      ),
    ).toEqual(['陳振邦', '包头市晶拓新能源有限公司一位负责人']);
  });

  it('reads a one-word name that a person named after "said" has as a surname as that person (said Miguel Santos … Santos said)', () => {
    expect(
      companies(
        '"It burns a lot of coal," said Miguel Santos, head of research at Regina Capital. Santos said a debut could help.',
      ),
    ).toEqual(['Regina Capital']);
  });

  it('names an unnamed banker with what he works on (A banker working on the deal said)', () => {
    expect(
      speakers('A banker working on the deal said books were covered. "Demand for the top of the range is strong."'),
    ).toEqual(['A banker working on the deal']);
  });
});

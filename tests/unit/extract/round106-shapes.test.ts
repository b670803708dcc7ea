import { describe, expect, it } from 'vitest';
import { companies, figures, quotes, speakers } from './shape-helpers';

describe('round 106 (holdout443–445, session 27)', () => {
  it('reads a rate per tin and per cubic metre, and 平方英寸 as a measure', () => {
    expect(
      figures('It sold at £14.50 a tin. Water cost about $2.30 a cubic metre. 出货面积约为122.7亿平方英寸。'),
    ).toEqual([
      ['£14.50 a tin', 14.5],
      ['$2.30 a cubic metre', 2.3],
      ['122.7亿平方英寸', 12270000000],
    ]);
  });

  it('reads no figure in a service number after a hotline, in 架构, nor in a cell format (4680-format)', () => {
    expect(
      figures('可拨打价格举报热线12315。采用GB200 NVL72架构的整柜系统。It also ships 4680-format cells. 飞机3架。'),
    ).toEqual([
      ['4680', 4680],
      ['3架', 3],
    ]);
  });

  it('takes no exchange for a firm, whatever its legal form (香港联合交易所有限公司)', () => {
    expect(companies('茶屿向香港联合交易所有限公司递交上市申请。')).toEqual([]);
  });

  it('reads 金融机构 after a known name as no unit, 控股 before 价 as no suffix, and knows 环球晶圆 and 力劲科技', () => {
    expect(
      companies(
        '中诚信国际金融机构评级部总监表示。業績公布後，僑豐金控股價低開。台湾地区的环球晶圆以及国内的力劲科技。',
      ),
    ).toEqual(['中诚信国际', '环球晶圆', '力劲科技']);
  });

  it('takes ordinary-word names listed before their kind (横店影视、中国电影等公司)', () => {
    expect(companies('横店影视、中国电影等公司则通过发展自营影城扩张。')).toEqual(['横店影视', '中国电影']);
  });

  it('takes no event in marks for a quote (召开“…价格调整听证会”)', () => {
    expect(quotes('市发改委在市民中心召开“滨江市居民用管道天然气销售价格调整听证会”。')).toEqual([]);
  });

  it('names a person in apposition to an unnamed description, and an unnamed spokesperson for a firm', () => {
    expect(
      speakers(
        'A community leader in São Joaquim de Bicas, Maria das Graças Souza, said payments would matter only if claims sped up. "People here still spend four hours on a bus."\n\nA spokesperson for Trinity Industries declined to comment but said the backlog stood at $2.9 billion. "Demand for tank cars has been steady."',
      ),
    ).toEqual(['Maria das Graças Souza', 'A spokesperson for Trinity Industries']);
  });
});

describe('round 106, residuals (session 27)', () => {
  it('takes no person after a trade that is also a person’s for a firm (mortgage broker Maria Lopez)', () => {
    expect(companies('Said mortgage broker Maria Lopez, who runs a firm. Rival Northgate Foods rose.')).toEqual([
      'Northgate Foods',
    ]);
  });
});

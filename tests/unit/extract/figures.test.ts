import { describe, expect, it } from 'vitest';
import { figs, spans } from './figure-helpers';

// Original sentences, one rule of GUIDELINE.md §2 each, with the value issue 3 asks for.
describe('money', () => {
  it('takes number, scale and currency, in base units and ISO codes', () => {
    expect(figs('该行上半年营业收入为356.82亿元，拨备计提2,150万元，H股派息0.38港元。')).toEqual([
      ['356.82亿元', { number: 35_682_000_000, unit: 'CNY' }],
      ['2,150万元', { number: 21_500_000, unit: 'CNY' }],
      ['0.38港元', { number: 0.38, unit: 'HKD' }],
    ]);
    expect(figs('首付款为680万美元，另有1.2亿欧元和40亿元人民币的授信。')).toEqual([
      ['680万美元', { number: 6_800_000, unit: 'USD' }],
      ['1.2亿欧元', { number: 120_000_000, unit: 'EUR' }],
      ['40亿元人民币', { number: 4_000_000_000, unit: 'CNY' }],
    ]);
  });
  it('takes English currency signs, codes and scale words', () => {
    expect(figs('It paid $835 million, £1.2bn, €40m and US$3.5 billion, plus HK$12 and SEK 400.')).toEqual([
      ['$835 million', { number: 835_000_000, unit: 'USD' }],
      ['£1.2bn', { number: 1_200_000_000, unit: 'GBP' }],
      ['€40m', { number: 40_000_000, unit: 'EUR' }],
      ['US$3.5 billion', { number: 3_500_000_000, unit: 'USD' }],
      ['HK$12', { number: 12, unit: 'HKD' }],
      ['SEK 400', { number: 400, unit: 'SEK' }],
    ]);
  });
  it('reads a no-break space between number and unit like a space', () => {
    expect(spans('Revenue rose 23\u00a0percent to $1.8\u00a0billion on Oct.\u00a031.')).toEqual([
      '23\u00a0percent',
      '$1.8\u00a0billion',
      'Oct.\u00a031',
    ]);
  });
  it('reads cents and pence as fractions of their currency', () => {
    expect(figs('Earnings were 74 cents, and the stock closed at 1,215 pence.')).toEqual([
      ['74 cents', { number: 0.74, unit: 'USD' }],
      ['1,215 pence', { number: 12.15, unit: 'GBP' }],
    ]);
  });
  it('keeps ¥ as yuan in Chinese text and yen elsewhere', () => {
    expect(figs('售价￥299，日本定价¥4,800。')[0]).toEqual(['￥299', { number: 299, unit: 'CNY' }]);
    expect(figs('It costs ¥4,800 in Tokyo.')).toEqual([['¥4,800', { number: 4800, unit: 'JPY' }]]);
  });
});

describe('rates', () => {
  it('includes a unit that follows the number, not a rate word before it', () => {
    expect(figs('会员费为30美元/月，转股价8.20元/股，电价0.42元/千瓦时，每平方米2.6万元。')).toEqual([
      ['30美元/月', { number: 30, unit: 'USD/月' }],
      ['8.20元/股', { number: 8.2, unit: 'CNY/股' }],
      ['0.42元/千瓦时', { number: 0.42, unit: 'CNY/千瓦时' }],
      ['2.6万元', { number: 26_000, unit: 'CNY' }],
    ]);
  });
  it('takes English rates and not "a year earlier"', () => {
    expect(spans('It earned $2.15 a share, or 88 cents per diluted share, vs. 79 cents a year earlier.')).toEqual([
      '$2.15 a share',
      '88 cents per diluted share',
      '79 cents',
    ]);
    expect(figs('Users pay $19 a month.')).toEqual([['$19 a month', { number: 19, unit: 'USD/month' }]]);
  });
});

describe('percentages, points and multiples', () => {
  it('normalises percent to a fraction and keeps points as pp and bp', () => {
    expect(figs('毛利率为41.37%，同比下降1.2个百分点，净息差收窄6个基点，占比１２．５％。')).toEqual([
      ['41.37%', { number: 0.4137, unit: '%' }],
      ['1.2个百分点', { number: 1.2, unit: 'pp' }],
      ['6个基点', { number: 6, unit: 'bp' }],
      ['１２．５％', { number: 0.125, unit: '%' }],
    ]);
    expect(figs('Margins rose 35 basis points to 18 percent, or 2.5 percentage points.')).toEqual([
      ['35 basis points', { number: 35, unit: 'bp' }],
      ['18 percent', { number: 0.18, unit: '%' }],
      ['2.5 percentage points', { number: 2.5, unit: 'pp' }],
    ]);
  });
  it('takes the shorthand of Chinese market notes (25BP, 18X)', () => {
    expect(figs('央行降息25BP，估值约18X。')).toEqual([
      ['25BP', { number: 25, unit: 'bp' }],
      ['18X', { number: 18, unit: 'x' }],
    ]);
  });
  it('takes multiples in digits, Chinese numerals and English', () => {
    expect(figs('市盈率约27倍，营收增长三倍，估值达12 times earnings。')).toEqual([
      ['27倍', { number: 27, unit: 'x' }],
      ['三倍', { number: 3, unit: 'x' }],
      ['12 times', { number: 12, unit: 'x' }],
    ]);
  });
});

describe('counts and durations', () => {
  it('takes the measure word but not the noun after it, with 多 and 余 inside', () => {
    expect(figs('平台每天处理20亿条请求，上传400多段视频，招募1500余人，售出2.8万台设备。')).toEqual([
      ['20亿条', { number: 2_000_000_000, unit: '条' }],
      ['400多段', { number: 400, unit: '段' }],
      ['1500余人', { number: 1500, unit: '人' }],
      ['2.8万台', { number: 28_000, unit: '台' }],
    ]);
  });
  it('takes durations and sizes', () => {
    expect(figs('续航达18个月，充电只需15分钟，线路全长4.2公里，每小时27680公里。')).toEqual([
      ['18个月', { number: 18, unit: '个月' }],
      ['15分钟', { number: 15, unit: '分钟' }],
      ['4.2公里', { number: 4.2, unit: '公里' }],
      ['27680公里', { number: 27680, unit: '公里' }],
    ]);
    expect(spans('A 300-millimeter wafer, a 12-inch screen and 5 kilometres of cable.')).toEqual([
      '300-millimeter',
      '12-inch',
      '5 kilometres',
    ]);
    expect(spans('The loan runs 7 years; a 60-day review and 4,200 engineers, over 30 months.')).toEqual([
      '7 years',
      '60-day',
      '4,200',
      '30 months',
    ]);
  });
  it('leaves approximators outside the span', () => {
    expect(spans('约8.6亿元，近七成，超过300家，逾20%，nearly 40% and more than 2,000 staff')).toEqual([
      '8.6亿元',
      '七成',
      '300家',
      '20%',
      '40%',
      '2,000',
    ]);
  });
});

describe('signs, ranges and full-width digits', () => {
  it('keeps an attached minus sign', () => {
    expect(figs('归母净利润为-4.12亿元，同比-18%，Net loss was -$3 million.')).toEqual([
      ['-4.12亿元', { number: -412_000_000, unit: 'CNY' }],
      ['-18%', { number: -0.18, unit: '%' }],
      ['-$3 million', { number: -3_000_000, unit: 'USD' }],
    ]);
  });
  it('joins both ends of a range, with the unit of the second end applied to a bare first end', () => {
    expect(figs('回收率为25%-35%，规模1200亿元至1500亿元，期限6至8年，下调5到10个基点，20-30%的折扣。')).toEqual([
      ['25%-35%', { low: 0.25, high: 0.35, unit: '%' }],
      ['1200亿元至1500亿元', { low: 120_000_000_000, high: 150_000_000_000, unit: 'CNY' }],
      ['6至8年', { low: 6, high: 8, unit: '年' }],
      ['5到10个基点', { low: 5, high: 10, unit: 'bp' }],
      ['20-30%', { low: 0.2, high: 0.3, unit: '%' }],
    ]);
    expect(figs('It sees $2.4 billion to $2.6 billion, or $1.10 to $1.25 a share, and $3 to $4 billion.')).toEqual([
      ['$2.4 billion to $2.6 billion', { low: 2_400_000_000, high: 2_600_000_000, unit: 'USD' }],
      ['$1.10 to $1.25 a share', { low: 1.1, high: 1.25, unit: 'USD/share' }],
      ['$3 to $4 billion', { low: 3_000_000_000, high: 4_000_000_000, unit: 'USD' }],
    ]);
  });
  it('does not join a change and the level it reaches', () => {
    expect(spans('营收增长27.5%至1,942亿元，不良率下降0.02%至1.09%，下降0.16个百分点至1.94%。')).toEqual([
      '27.5%',
      '1,942亿元',
      '0.02%',
      '1.09%',
      '0.16个百分点',
      '1.94%',
    ]);
    expect(spans('Sales rose 19% to $1.8 billion; the rate rose from 4.1% to 4.3%; it rose 0.2% to 4.1%.')).toEqual([
      '19%',
      '$1.8 billion',
      '4.1%',
      '4.3%',
      '0.2%',
      '4.1%',
    ]);
  });
  it('reads full-width digits like ASCII', () => {
    expect(figs('营收５６．７８亿元，利润９３亿元。')).toEqual([
      ['５６．７８亿元', { number: 5_678_000_000, unit: 'CNY' }],
      ['９３亿元', { number: 9_300_000_000, unit: 'CNY' }],
    ]);
  });
});

describe('numbers written in Chinese numerals', () => {
  it('takes shares and fractions', () => {
    expect(figs('约八成用户续费，三分之二的门店盈利，占四分之一，百分之二十的股份。')).toEqual([
      ['八成', { number: 0.8, unit: '%' }],
      ['三分之二', { number: 0.666666666667, unit: '%' }],
      ['四分之一', { number: 0.25, unit: '%' }],
      ['百分之二十', { number: 0.2, unit: '%' }],
    ]);
  });
  it('takes large magnitudes and money', () => {
    expect(figs('项目投资两千万元，用户超三千万，规模达八百亿元，一百多家供应商。')).toEqual([
      ['两千万元', { number: 20_000_000, unit: 'CNY' }],
      ['三千万', { number: 30_000_000 }],
      ['八百亿元', { number: 80_000_000_000, unit: 'CNY' }],
      ['一百多家', { number: 100, unit: '家' }],
    ]);
  });
  it('leaves small counts, articles, ordinals, vague counts and idioms alone', () => {
    expect(spans('两名宇航员，一个项目，一家公司，第一部，一是降本，数十家企业，几个月，上百家，近千家。')).toEqual([]);
    expect(spans('提成比例为百分之十几，增速达到两位数。')).toEqual([]);
    expect(spans('一带一路，十四五规划，两会期间，一成不变，十万火急，三五成群，第二增长曲线。')).toEqual([]);
  });
});

describe('digits that are not figures', () => {
  it('skips stock codes', () => {
    expect(spans('宁远科技（300871.SZ）、远帆控股（01928.HK）与金石股份（600517）公告，股票代码：6189。')).toEqual([]);
    expect(spans('Shares of Corvane (NASDAQ: CRVN) and 9618.HK rose 3%.')).toEqual(['3%']);
  });
  it('skips model, product and technology names', () => {
    expect(spans('A320客机、5G基站、GPT-4o、COVID-19、H20芯片、小米14系列、《流浪地球2》、“国窖1573”。')).toEqual([]);
    expect(spans('债券“21恒岳01”“22远榕02”展期，“618”大促，桂溪1958上市。')).toEqual([]);
    expect(spans('The iPhone 16, Windows 11, the S&P 500, Llama 3.1, Form 10-K and No. 2 spot.')).toEqual([]);
  });
  it('skips split ratios', () => {
    expect(spans('The board approved a 2-for-1 stock split.')).toEqual([]);
  });
  it('skips list numbers and versions', () => {
    expect(spans('1、营收增长；2、利润下降。（1）资本充足；（2）风险可控。版本1.2.3发布。')).toEqual([]);
  });
  it('finds a plain count after a lead-in word', () => {
    expect(spans('He said 14 contracts were signed, and about 3,850 technicians joined.')).toEqual(['14', '3,850']);
  });
});

import { describe, expect, it } from 'vitest';
import { figs, spans } from './figure-helpers';

// Shapes seen in the English articles of real pages (Readability's test pages), written as new sentences.
describe('figures from real English pages', () => {
  it('keeps an hour with a.m./p.m. whole and reads it as a time (not 4 pence)', () => {
    expect(figs('Trading resumed at 9:30 a.m. and closed at 4 p.m., with a vote at 10 AM, 7pm and 12:15 a.m.')).toEqual(
      [
        ['9:30 a.m.', { date: 'T09:30' }],
        ['4 p.m.', { date: 'T16:00' }],
        ['10 AM', { date: 'T10:00' }],
        ['7pm', { date: 'T19:00' }],
        ['12:15 a.m.', { date: 'T00:15' }],
      ],
    );
    expect(spans('A 4 pence rise; 13 p.m. is no hour; at 15:00 GMT.')).toEqual(['4 pence', '13', '15:00']);
  });

  it('keeps an age or age-like adjective whole (58-year-old), not cut inside the word', () => {
    expect(spans('The 58-year-old chief executive sold a 3-month-old stake and a 10-year bond.')).toEqual([
      '58-year-old',
      '3-month-old',
      '10-year',
    ]);
  });
});

// Shapes from the blind set holdout11's first run, written as new sentences.
describe('figures from the eleventh blind set', () => {
  it('keeps a date moved "from X to Y" as two dates, and a period "from X to Y" as one', () => {
    expect(spans('It will delay the opening of its second assembly plant in Ohio from 2027 to 2029.')).toEqual([
      '2027',
      '2029',
    ]);
    expect(spans('The party held power from 2011 to 2013.')).toEqual(['2011 to 2013']);
  });

  it('reads a year after a verb that opens a bullet or sentence (Sees 2025 sales), not after a name (Office 2019)', () => {
    expect(spans('* Sees 2025 sales flat\n* Raises 2026 margin goal. The Office 2019 suite sold well.')).toEqual([
      '2025',
      '2026',
    ]);
  });

  it('takes no code after an exchange prefix (TYO: 6829, HKEX: 0700) for a figure', () => {
    expect(spans('Shares of Halvern Denki (TYO: 6829) and Qiantang (HKEX: 0700) rose 4%.')).toEqual(['4%']);
  });

  it('reads a bare magnitude before money (突破千亿元) but not a vague one (数千亿元) nor the adverb 千万', () => {
    expect(figs('两家合资机构的规模均已突破千亿元，营收也过了千万元；数千亿元资金，千万不要追高。')).toEqual([
      ['千亿元', { number: 100000000000, unit: 'CNY' }],
      ['千万元', { number: 10000000, unit: 'CNY' }],
    ]);
  });
});

describe('ISO dates at the end of a sentence', () => {
  it('reads 2016-05-01. as one date (the full stop is the sentence’s), not 2016, 05 and 01', () => {
    expect(figs('It was retrieved 2016-05-01. Archived on 2010-11-28.')).toEqual([
      ['2016-05-01', { date: '2016-05-01' }],
      ['2010-11-28', { date: '2010-11-28' }],
    ]);
    expect(spans('Version 2016.05.01.5 shipped.')).toEqual([]);
  });
});

// Shapes from the blind set holdout12's first run, written as new sentences.
describe('figures from the twelfth blind set', () => {
  it('reads won and other Asian currencies, and energy units in the singular (4 gigawatt-hour)', () => {
    expect(figs('It pays 1,200 won a share and moves 6 gigawatt-hour of lines; 2.5 trillion won in all.')).toEqual([
      ['1,200 won a share', { number: 1200, unit: 'KRW/share' }],
      ['6 gigawatt-hour', { number: 6, unit: 'GWh' }],
      ['2.5 trillion won', { number: 2500000000000, unit: 'KRW' }],
    ]);
  });

  it('reads a scale in a title-case headline ($1.25 Billion) and an exchange rate (88.8 per dollar)', () => {
    expect(figs('Harven Sells $2.4 Billion of Bonds\nThe rupee fell to 86.1 per dollar.')).toEqual([
      ['$2.4 Billion', { number: 2400000000, unit: 'USD' }],
      ['86.1 per dollar', { number: 86.1, unit: '/USD' }],
    ]);
  });
});

describe('trading days', () => {
  it('keeps the noun 交易日 out of a count (3个交易日 → 3个), as the gold sets do', () => {
    expect(spans('3个交易日累计下跌11%，定价基准日前20个交易日。')).toEqual(['3个', '11%', '20个']);
  });
});

describe('figures from the thirteenth blind set', () => {
  it('reads 7am before a full stop, and a span of years written short (2015-19) as one period', () => {
    expect(figs('Results came out at 7am. Rates returned to their 2015-19 average.')).toEqual([
      ['7am', { date: 'T07:00' }],
      ['2015-19', { date: '2015/2019' }],
    ]);
  });
});

describe('currency signs written flush', () => {
  it('reads NKr, Rs, RM and R$ before a number as currencies', () => {
    expect(figs('Shares fell to NKr148.20; it paid Rs500, RM1.2 billion and R$3.5 billion.')).toEqual([
      ['NKr148.20', { number: 148.2, unit: 'NOK' }],
      ['Rs500', { number: 500, unit: 'INR' }],
      ['RM1.2 billion', { number: 1200000000, unit: 'MYR' }],
      ['R$3.5 billion', { number: 3500000000, unit: 'BRL' }],
    ]);
  });
});

describe('figures from the fourteenth blind set', () => {
  it('reads R before an amount as the rand (R2.1 billion, R2,500, R48.15), not R2 or R&D', () => {
    expect(figs('Shares fell to R48.15; it lost R2.1 billion and pays R2,500 a month. The R2 road and R&D.')).toEqual([
      ['R48.15', { number: 48.15, unit: 'ZAR' }],
      ['R2.1 billion', { number: 2100000000, unit: 'ZAR' }],
      ['R2,500 a month', { number: 2500, unit: 'ZAR/month' }],
    ]);
  });
});

describe('a newspaper in a byline and trips as a measure', () => {
  it('takes no figure from 21世纪经济报道 and counts 车次', () => {
    expect(spans('21世纪经济报道记者 邝远 深圳报道。一座换电站日均服务250车次以上。')).toEqual(['250车次']);
  });
});

describe('figures from the fifteenth blind set', () => {
  it('reads cents in Chinese with a per-pound rate (8美分/磅) and a spaced currency sign (Rp 1,245)', () => {
    expect(figs('加工费为每磅8美分/磅，汇率为Rp 1,245。')).toEqual([
      ['8美分/磅', { number: 0.08, unit: 'USD/磅' }],
      ['Rp 1,245', { number: 1245, unit: 'IDR' }],
    ]);
  });
});

describe('more figures from the fifteenth blind set', () => {
  it('reads "one in five" as a share and 20世纪90年代 as one decade', () => {
    expect(figs('One in five adults skip doses; no one in town minds. 这种模式起源于20世纪90年代。')).toEqual([
      ['One in five', { number: 0.2, unit: '%' }],
      ['20世纪90年代', { date: '199' }],
    ]);
  });
});

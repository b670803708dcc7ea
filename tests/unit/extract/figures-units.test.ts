import { describe, expect, it } from 'vitest';
import { figs, spans } from './figure-helpers';

// Original sentences: units the number must keep (GUIDELINE.md §2.1), written as words, in full-width
// letters, or as Chinese packaging measure words.
describe('currency words after the number', () => {
  it('keeps francs, Swiss francs and other currency words', () => {
    expect(figs('Veltra shares closed at 61.40 Swiss francs, up from 58.95 francs a week before.')).toEqual([
      ['61.40 Swiss francs', { number: 61.4, unit: 'CHF' }],
      ['58.95 francs', { number: 58.95, unit: 'CHF' }],
    ]);
    expect(spans('The bid values it at 3.1 billion euros, or 480 billion yen, or 2.6 billion pounds.')).toEqual([
      '3.1 billion euros',
      '480 billion yen',
      '2.6 billion pounds',
    ]);
    expect(figs('Orders reached 12 billion yuan and 7.5 billion Hong Kong dollars.')).toEqual([
      ['12 billion yuan', { number: 12_000_000_000, unit: 'CNY' }],
      ['7.5 billion Hong Kong dollars', { number: 7_500_000_000, unit: 'HKD' }],
    ]);
    expect(figs('It raised 900 million Australian dollars and 40 Canadian dollars a share.')).toEqual([
      ['900 million Australian dollars', { number: 900_000_000, unit: 'AUD' }],
      ['40 Canadian dollars a share', { number: 40, unit: 'CAD/share' }],
    ]);
  });
});

describe('energy and data units', () => {
  it('keeps units written in full-width letters', () => {
    expect(figs('去年装机量为４２．７ＧＷｈ，新签订单１２０ＭＷ。')).toEqual([
      ['４２．７ＧＷｈ', { number: 42.7, unit: 'GWh' }],
      ['１２０ＭＷ', { number: 120, unit: 'MW' }],
    ]);
  });
  it('keeps GWh, MWh, TWh, kWh, GW, MW, Gbps and nm in ASCII', () => {
    expect(spans('产能15GWh，储能电站200MWh，年发电1.2TWh，电价每度0.3kWh，光伏3GW，风电50MW。')).toEqual([
      '15GWh',
      '200MWh',
      '1.2TWh',
      '0.3kWh',
      '3GW',
      '50MW',
    ]);
    expect(spans('The link runs at 800 Gbps on a 3nm chip, and 400Gbps on the older one.')).toEqual([
      '800 Gbps',
      '3nm',
      '400Gbps',
    ]);
  });
});

describe('Chinese packaging and container measure words', () => {
  it('keeps 箱 瓶 罐 包 盒 袋 after a count', () => {
    expect(figs('经销商退回3000箱，库存16万箱，另有800瓶、450罐、120包和60盒，共20袋。')).toEqual([
      ['3000箱', { number: 3000, unit: '箱' }],
      ['16万箱', { number: 160_000, unit: '箱' }],
      ['800瓶', { number: 800, unit: '瓶' }],
      ['450罐', { number: 450, unit: '罐' }],
      ['120包', { number: 120, unit: '包' }],
      ['60盒', { number: 60, unit: '盒' }],
      ['20袋', { number: 20, unit: '袋' }],
    ]);
  });
  it('reads a year-like count with a measure word as a count, not a year', () => {
    expect(figs('当月发出1998箱。')).toEqual([['1998箱', { number: 1998, unit: '箱' }]]);
  });
  it('does not take 包括 or 包含 for a measure word', () => {
    const found = spans('员工总数为1200包括外包人员，年产能为30万包含税价。');
    expect(found.filter((s) => s.endsWith('包'))).toEqual([]);
  });
});

describe('measure words for cups and parcels, full-width thousands, years before a unit', () => {
  it('keeps 杯 and 票 as measure words, also after a rate slash', () => {
    expect(figs('门店日均售出约380杯，比上月多出26杯，新品首周卖出150万杯，报价低至0.8元/票。')).toEqual([
      ['380杯', { number: 380, unit: '杯' }],
      ['26杯', { number: 26, unit: '杯' }],
      ['150万杯', { number: 1_500_000, unit: '杯' }],
      ['0.8元/票', { number: 0.8, unit: 'CNY/票' }],
    ]);
  });
  it('reads a full-width comma between full-width digits as a thousands separator, not elsewhere', () => {
    expect(figs('总资产为２，３１７．４亿元，两项分别为3，5个。')).toEqual([
      ['２，３１７．４亿元', { number: 231_740_000_000, unit: 'CNY' }],
      ['3', { number: 3 }],
      ['5个', { number: 5, unit: '个' }],
    ]);
  });
  it('reads a year after a determiner as a year, a count with a separator as a count', () => {
    expect(spans('The carrier has booked 70% of its 2027 days, after 1,450 days at sea.')).toEqual([
      '70%',
      '2027',
      '1,450 days',
    ]);
  });
});

// GUIDELINE.md §2: a formula is at most one optional figure; its digits are never figures one by one (a
// page painted 1+1>2 as three figures "1", "1", "2").
describe('formulas', () => {
  it('paints no digit of a formula, and keeps the figures around it', () => {
    expect(spans('整合后整体效益大于各部分之和（即1+1>2），营收增长12%。')).toEqual(['12%']);
    expect(spans('He called it a 2+2=5 deal, worth $3 billion.')).toEqual(['$3 billion']);
    expect(spans('协同效应能否实现1＋1＞2，仍待观察。')).toEqual([]);
  });
  it('keeps a signed change and a sum written in words', () => {
    expect(spans('股价+5%，两项合计3亿元+2亿元。')).toEqual(['+5%', '3亿元', '2亿元']);
  });
});

// English measures that the Readability pages (engadget, theverge) cut to their bare number.
describe('English measures of tech and commodity news', () => {
  it('keeps storage, compute, frequency, frame-rate and resolution units', () => {
    expect(
      spans('It has a 1 terabyte drive, 6 teraflops, a 2.3 GHz CPU and runs at 30 FPS with a 48 megapixel camera.'),
    ).toEqual(['1 terabyte', '6 teraflops', '2.3 GHz', '30 FPS', '48 megapixel']);
  });
  it('keeps mass, volume and energy units and a rate per metric ton', () => {
    expect(
      spans('Each bar has 110 grams of sugar, 2 liters of milk went in, and the plant stores 8 gigawatt-hours.'),
    ).toEqual(['110 grams', '2 liters', '8 gigawatt-hours']);
    expect(spans('Cocoa traded at $9,400 a metric ton; the cells reach 400Wh/kg.')).toEqual([
      '$9,400 a metric ton',
      '400Wh/kg',
    ]);
  });
});

// The pixnet Readability page painted the parts of its phone numbers as figures.
describe('phone numbers', () => {
  it('are no figures, in Chinese and English text', () => {
    expect(spans('營地電話：03-584-7231，手機0937-141993，每帳$600。')).toEqual(['$600']);
    expect(spans('Call 555-123-4567 for the 2019-2024 report, priced at $45.')).toEqual(['2019-2024', '$45']);
  });
});

describe('power, train and small-money units', () => {
  it('keeps 瓦, 列 and 分钱 after the number, and a price per watt with its range', () => {
    expect(spans('组件报价为0.62元/瓦至0.68元/瓦，每卖出1瓦就亏3分钱，全年开行１２０列班列。')).toEqual([
      '0.62元/瓦至0.68元/瓦',
      '1瓦',
      '3分钱',
      '１２０列',
    ]);
  });

  it('keeps a hyphenated area unit (a 6,500-square-foot store)', () => {
    expect(spans('It opened a 6,500-square-foot store and a 900-square-meter lab.')).toEqual([
      '6,500-square-foot',
      '900-square-meter',
    ]);
  });
});

// holdout7 (after its blind run): a volume in Latin letters after a Chinese count, and a hyphenated rate.
describe('millilitres and hyphenated rates', () => {
  it('keeps ml after a number in Chinese and English text', () => {
    expect(spans('新品为250ml装，大瓶950mL。A 330 ml can costs more.')).toEqual(['250ml', '950mL', '330 ml']);
  });
  it('keeps a rate joined by hyphens ($6.99-a-month plan)', () => {
    expect(spans('The $6.99-a-month plan and the $12-per-user tier.')).toEqual(['$6.99-a-month', '$12-per-user']);
  });
});

// holdout8 (after its blind run): a bond tenor and a rate per day.
describe('tenors and rates per day or year', () => {
  it('keeps 年期 with the number, but not 期间', () => {
    expect(spans('10年期国债收益率跌破1.7%，3年期间累计亏损5亿元。')).toEqual(['10年期', '1.7%', '3年', '5亿元']);
  });
  it('keeps a rate per day, week or year', () => {
    expect(spans('日熔量1200吨/天，年费300元/年，周产能8万片/周。')).toEqual(['1200吨/天', '300元/年', '8万片/周']);
  });
});

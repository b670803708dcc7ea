/**
 * Figure lexicon: currencies, units and measure words that belong to a number (GUIDELINE.md §2.1).
 * Source: ISO 4217 codes; the measure words (量词) and units of Chinese business and science news;
 * the units of English financial news. Sorted, one entry a line.
 */
import { lines } from './lines';

/** Chinese currency words after a number, with their ISO 4217 code (109.46亿元, 12.38港元). */
export const FIGURE_CURRENCIES_ZH: Readonly<Record<string, string>> = {
  人民币: 'CNY',
  元: 'CNY',
  元人民币: 'CNY',
  加元: 'CAD',
  卢布: 'RUB',
  卢比: 'INR',
  新加坡元: 'SGD',
  新台币: 'TWD',
  日元: 'JPY',
  欧元: 'EUR',
  港元: 'HKD',
  港币: 'HKD',
  澳元: 'AUD',
  瑞士法郎: 'CHF',
  美元: 'USD',
  美金: 'USD',
  英镑: 'GBP',
  韩元: 'KRW',
};

/** Currency signs and codes written before a number ($7.6 billion, HK$12, RMB 5 billion). */
export const FIGURE_CURRENCY_PREFIXES: Readonly<Record<string, string>> = {
  $: 'USD',
  A$: 'AUD',
  AUD: 'AUD',
  C$: 'CAD',
  CAD: 'CAD',
  CHF: 'CHF',
  CNY: 'CNY',
  DKK: 'DKK',
  EUR: 'EUR',
  GBP: 'GBP',
  HK$: 'HKD',
  HKD: 'HKD',
  INR: 'INR',
  JPY: 'JPY',
  KRW: 'KRW',
  NOK: 'NOK',
  NT$: 'TWD',
  NZD: 'NZD',
  RMB: 'CNY',
  S$: 'SGD',
  SEK: 'SEK',
  SGD: 'SGD',
  US$: 'USD',
  USD: 'USD',
  '£': 'GBP',
  '¥': 'CNY',
  '₩': 'KRW',
  '€': 'EUR',
  '₹': 'INR',
  '￥': 'CNY',
};

/** English currency words after a number, with code and factor (61 cents → 0.61 USD, 1,840 pence → 18.40 GBP). */
export const FIGURE_CURRENCIES_EN: Readonly<Record<string, [string, number]>> = {
  'Hong Kong dollars': ['HKD', 1],
  'Swiss francs': ['CHF', 1],
  'US dollars': ['USD', 1],
  cents: ['USD', 0.01],
  dollars: ['USD', 1],
  euros: ['EUR', 1],
  francs: ['CHF', 1],
  p: ['GBP', 0.01],
  pence: ['GBP', 0.01],
  pounds: ['GBP', 1],
  renminbi: ['CNY', 1],
  rupees: ['INR', 1],
  yen: ['JPY', 1],
  yuan: ['CNY', 1],
};

/** Chinese ratio units: the normalised unit and the factor to base units (92.09% → 0.9209, 68倍 → 68 x). */
export const FIGURE_RATIOS_ZH: Readonly<Record<string, [string, number]>> = {
  '%': ['%', 0.01],
  '‰': ['%', 0.001],
  个基点: ['bp', 1],
  个百分点: ['pp', 1],
  倍: ['x', 1],
  基点: ['bp', 1],
  成: ['%', 0.1],
  百分点: ['pp', 1],
  '％': ['%', 0.01],
};

/**
 * Chinese measure words and units kept in the span (10亿条, 3.6万台, 20秒, 3.7公里); the unit is the word
 * as written. Dates (年 月 日) and money are handled apart; 个 is listed with the nouns it forms units with.
 */
export const FIGURE_MEASURE_WORDS_ZH: readonly string[] = lines(`
个
个交易日
个多小时
个多月
个季度
个小时
个工作日
个星期
个月
交易日
亩
人
人次
件
份
位
例
兆瓦
克
公斤
公里
公顷
分钟
包
千克
千升
千瓦
千瓦时
千米
升
单
厘米
只
台
吉瓦
名
吨
周
周年
场
块
天
套
家
小时
层
届
岁
工作日
平方公里
平方米
平米
年
度
座
张
户
所
批
把
支
斤
星期
期
条
枚
架
栋
株
桶
次
款
段
毫升
毫米
点
片
瓶
盎司
盒
种
秒
秒钟
立方米
笔
箱
篇
米
类
粒
纳米
罐
股
艘
英寸
英里
袋
起
趟
轮
辆
部
间
集
项
颗
`);

/** English units after a number (spaced, attached or hyphenated): the normalised unit and the factor. */
export const FIGURE_UNITS_EN: Readonly<Record<string, [string, number]>> = {
  '%': ['%', 0.01],
  BP: ['bp', 1],
  GB: ['GB', 1],
  GW: ['GW', 1],
  GWh: ['GWh', 1],
  Gbps: ['Gbps', 1],
  MW: ['MW', 1],
  MWh: ['MWh', 1],
  Mbps: ['Mbps', 1],
  TB: ['TB', 1],
  TWh: ['TWh', 1],
  X: ['x', 1],
  acres: ['acre', 1],
  barrels: ['barrel', 1],
  'basis point': ['bp', 1],
  'basis points': ['bp', 1],
  bp: ['bp', 1],
  bps: ['bp', 1],
  centimeters: ['cm', 1],
  centimetres: ['cm', 1],
  cm: ['cm', 1],
  day: ['day', 1],
  days: ['day', 1],
  decades: ['decade', 1],
  feet: ['foot', 1],
  foot: ['foot', 1],
  gigawatts: ['GW', 1],
  hour: ['hour', 1],
  hours: ['hour', 1],
  inch: ['inch', 1],
  inches: ['inch', 1],
  kW: ['kW', 1],
  kWh: ['kWh', 1],
  kg: ['kg', 1],
  kilometer: ['km', 1],
  kilometers: ['km', 1],
  kilometre: ['km', 1],
  kilometres: ['km', 1],
  km: ['km', 1],
  megawatts: ['MW', 1],
  meter: ['m', 1],
  meters: ['m', 1],
  metre: ['m', 1],
  metres: ['m', 1],
  mg: ['mg', 1],
  mile: ['mile', 1],
  miles: ['mile', 1],
  millimeter: ['mm', 1],
  millimeters: ['mm', 1],
  millimetre: ['mm', 1],
  millimetres: ['mm', 1],
  minute: ['minute', 1],
  minutes: ['minute', 1],
  mm: ['mm', 1],
  month: ['month', 1],
  months: ['month', 1],
  nanometer: ['nm', 1],
  nanometers: ['nm', 1],
  nm: ['nm', 1],
  ounces: ['ounce', 1],
  pct: ['%', 0.01],
  'per cent': ['%', 0.01],
  percent: ['%', 0.01],
  'percentage point': ['pp', 1],
  'percentage points': ['pp', 1],
  points: ['point', 1],
  seconds: ['second', 1],
  'square feet': ['sq ft', 1],
  'square meters': ['m²', 1],
  'square metres': ['m²', 1],
  times: ['x', 1],
  tonnes: ['tonne', 1],
  tons: ['ton', 1],
  week: ['week', 1],
  weeks: ['week', 1],
  x: ['x', 1],
  year: ['year', 1],
  years: ['year', 1],
};

/** English words that make a money figure a rate when they follow it ($2.83 a share, $45 a month). */
export const FIGURE_RATE_NOUNS_EN: readonly string[] = lines(`
barrel
day
hour
month
night
ounce
person
seat
share
ton
tonne
unit
user
week
year
`);

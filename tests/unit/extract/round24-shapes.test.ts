import { describe, expect, it } from 'vitest';
import { of } from './shape-helpers';

// Shapes from the first runs of holdout74–76 (each with Taiwan and Hong Kong articles in traditional characters),
// each written here as a new sentence.

describe('companies', () => {
  it('reads a Taiwan name with its trade word and code after a descriptor ending in 廠, and its brand later', () => {
    const text = '電動車傳動系統廠凱馳電機（4592）舉行法說會。凱馳今年出貨成長三成。';
    expect(of(text, 'company')).toEqual(['凱馳電機', '凱馳']);
  });

  it('reads no company in a role, a count of firms, capital as a noun or a streaming service', () => {
    const text = [
      '主席兼行政總裁梁家駿表示，收購一間倉儲公司不算便宜。',
      '县域银行合并能在短期内提升资本实力，大量跨界资本涌入。',
      'Walt Disney Co. lifted prices for Disney+ in October.',
    ].join('\n');
    expect(of(text, 'company')).toEqual(['Walt Disney Co.']);
  });
});

describe('quote speakers', () => {
  it('takes a count or share of respondents for no one (有31家表示), so 她 finds the analyst', () => {
    const text =
      '协会调研显示，有31家企业表示已出现亏损，约四成会员表示会考虑关店。\n\n分析师陈语涵预计，拐点要到明年才会出现。“融资回暖传导到订单，通常有6到9个月的滞后。”她同时提醒，风险仍在。';
    expect(of(text, 'quote')).toEqual(['融资回暖传导到订单，通常有6到9个月的滞后。|陈语涵']);
  });
});

describe('holdout77–79 shapes', () => {
  it('reads no company in a data source, creditor banks, a meeting, a purpose or a decision, and counts buildings', () => {
    const text = [
      '券商的跟踪数据显示，中标单价上涨12%；债权银行同意展期。',
      '持有人会议结果显示方案获通过；公司以提升基金收益为目标，决定推理芯片公司的估值。',
      '基金持有3幢商场和一間持牌保險經紀公司。',
    ].join('\n');
    expect(of(text, 'company')).toEqual([]);
    expect(of(text, 'figure')).toEqual(['12%', '3幢']);
  });

  it('knows Taiwan rail makers and US convenience chains the lexicon lacked', () => {
    expect(of('川湖與勤誠供應滑軌；Wawa and Sheetz expanded.', 'company')).toEqual(['川湖', '勤誠', 'Wawa', 'Sheetz']);
  });
});

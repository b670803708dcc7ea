import { describe, expect, it } from 'vitest';
import { companies, figures, quotes, speakers } from './shape-helpers';

describe('round 109 (holdout452–454, session 27)', () => {
  it('reads no unit in a compound after a space (¥62 year-end dividend), a rate per kilowatt-month, and a two-word unit per day', () => {
    expect(
      figures(
        'It will scrap its ¥62 year-end dividend. A charge of $14.80 per kilowatt-month applies. It could supply 120 million cubic feet per day. Buyers aged 25-year-old.',
      ),
    ).toEqual([
      ['¥62', 62],
      ['$14.80 per kilowatt-month', 14.8],
      ['120 million cubic feet per day', 120000000],
      ['25-year-old', 25],
    ]);
  });

  it('takes no body for a firm (the Virginia State Corporation Commission), nor a model (VX44 Electric), nor a headline’s amount', () => {
    expect(
      companies(
        'Approval is needed from the Virginia State Corporation Commission. It sells the heavy-duty VX44 Electric, which has range.\n\n# FamilyMart Backs ¥612 Billion Buyout Offer From Mitsui-Led Group',
      ),
    ).toEqual(['FamilyMart']);
  });

  it('ends a Norwegian asset manager at Kapitalforvaltning, and knows 周大福珠宝, SMBC Nikko, Parex Resources and GeoPark', () => {
    expect(
      companies(
        'Nils Berg, a fund manager at Skagerak Kapitalforvaltning, which holds shares, said so. 周大福珠宝（01929）公布。SMBC Nikko, Parex Resources and GeoPark rose.',
      ),
    ).toEqual(['Skagerak Kapitalforvaltning', '周大福珠宝', 'SMBC Nikko', 'Parex Resources', 'GeoPark']);
  });

  it('names a speaker after a role in words (said union leader Luis Fernando Rojas), a department chief, and a broker’s report', () => {
    expect(
      speakers(
        '"These are communities that were promised 20 years of activity," said union leader Luis Fernando Rojas.\n\nFinance chief Henrik Lunde was more guarded about the winter. "Forward curves suggest little relief before April."\n\n东吴证券的一份行业报告测算，2025年全年需求有望超过1500万辆，“新国标切换带来的短期阵痛，将转化为集中度的提升”。',
      ),
    ).toEqual(['Luis Fernando Rojas', 'Henrik Lunde', '东吴证券']);
  });

  it('keeps a quote that ends in 方案 (a regression guard: 方案 names no programme by itself)', () => {
    expect(quotes('公司在公告中表示，LZ-A217“有望与公司现有的肿瘤免疫疗法形成联合用药方案”。')).toHaveLength(1);
  });
});

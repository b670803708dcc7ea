import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract';
import { of } from './shape-helpers';

// Shapes from the first runs of holdout71–73 (each with Taiwan and Hong Kong articles in traditional characters),
// each written here as a new sentence.

describe('companies', () => {
  it('reads a legal name with 显示 in it, after a descriptor ending in 厂, and after 其中', () => {
    const text = '面板廠晶宇顯示科技股份有限公司（3481）昨日公布財報。其中华为数字能源技术有限公司份额最高。';
    expect(of(text, 'company')).toEqual(['晶宇顯示科技股份有限公司', '华为数字能源技术有限公司']);
  });

  it('reads no company in a region, a notice, the trade, a reporting period, new investment, reserves or a verb phrase', () => {
    const text = [
      '在大陸官方補貼帶動下，中國大陸面板廠擴產。',
      '粵澤服務在另一份公告中表示營運正常；據業界統計，票價下跌。',
      '永晟金公布今年前三季自結財報。公司新增投資美國公債，並預留資本因應波動。',
      '浮动费率短期内会拉低公司收入；逆变器企业切入数据中心电源。',
    ].join('\n');
    expect(of(text, 'company')).toEqual([]);
  });

  it('takes a Copenhagen or Milan code in brackets as a ticker, not a name', () => {
    const es = extract('丹麦的维斯塔斯（VWS.CO）与意大利的Enel（ENEL.MI）面临竞争。', { kinds: ['company'] });
    expect(es.map((e) => `${e.text}#${e.ticker ?? ''}`)).toEqual(['维斯塔斯#VWS.CO', 'Enel#ENEL.MI']);
  });

  it('knows Indian paint makers, remittance firms, Taiwan insurers and Hong Kong airlines the lexicon lacked', () => {
    expect(
      of('Berger Paints India and Kansai Nerolac Paints cut prices; Western Union and Intermex lost share.', 'company'),
    ).toEqual(['Berger Paints India', 'Kansai Nerolac Paints', 'Western Union', 'Intermex']);
    expect(of('國泰人壽與香港快運、大灣區航空簽約。', 'company')).toEqual(['國泰人壽', '香港快運', '大灣區航空']);
  });
});

describe('quotes', () => {
  it('reads a few words in marks that an apposition describes as a term (", a phrase that …")', () => {
    const text =
      'Bankers now speak of a "world with positive rates," a phrase few used a decade ago. "We will grow," a spokesman said.';
    expect(of(text, 'quote')).toEqual(['We will grow,|a spokesman']);
  });
});

describe('quote speakers', () => {
  it('knows 老X and 小X after a role or description, for a later 他说', () => {
    const text = [
      '在洛阳经营粮油店的老郑做了12年批发。他告诉记者，仓库里压着800多袋货，“这一季本来指望清掉一半。”他说。',
      '今年23岁的毕业生小唐是平台的常客。他告诉记者，自己投了300多份简历。“打招呼的很多，回复的很少。”他说。',
    ].join('\n\n');
    expect(of(text, 'quote')).toEqual(['这一季本来指望清掉一半。|老郑', '打招呼的很多，回复的很少。|小唐']);
  });

  it('finds a titled person followed by what they have long done, for a later 在她看来', () => {
    const text = '华东大学教授邵晓岚长期跟踪招聘数据。在她看来，职位发布量领先于统计。“企业先减少岗位，再减少面试。”';
    expect(of(text, 'quote')).toEqual(['企业先减少岗位，再减少面试。|邵晓岚']);
  });

  it('names an unnamed person with the place before them, and stops before 告诉记者', () => {
    const text = [
      '一位接近行业协会的人士表示，配额仍将收紧。',
      '河南周口一位从事农资批发10年的经销商告诉记者，需求偏弱，“报价一天一个样，没人敢囤货。”他说。',
      '一位在杭州经营3家诊所的负责人告诉记者，终端价已降。“上游一降价，下游就跟着卷。”',
    ].join('\n\n');
    expect(of(text, 'quote').map((q) => q.split('|')[1])).toEqual([
      '河南周口一位从事农资批发10年的经销商',
      '一位在杭州经营3家诊所的负责人',
    ]);
  });
});

describe('figures', () => {
  it('reads an age by its decade (in their 20s and 30s) and kilolitres after lakh', () => {
    const es = extract('Buyers in their 20s and 30s drove demand of 2.5 lakh kilolitres; sales in the 1990s.', {
      kinds: ['figure'],
    });
    expect(es.map((e) => e.text)).toEqual(['20s', '30s', '2.5 lakh kilolitres', '1990s']);
    expect(es[2].value).toMatchObject({ number: 250_000, unit: 'kL' });
  });
});

import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract';
import { of } from './shape-helpers';

const figures = (text: string) =>
  extract(text, { kinds: ['figure'] }).map((e) => [e.text, e.value?.date ?? e.value?.number]);
const speakers = (text: string) => extract(text, { kinds: ['quote'] }).map((e) => e.speaker);

describe('figures from holdout125–127', () => {
  it('reads a discount written with 两 (两折 is 0.2), not the idiom 七折八扣', () => {
    expect(figures('个贷不良批量转让价格跌破两折，部分资产包以两折成交。')).toEqual([
      ['两折', 0.2],
      ['两折', 0.2],
    ]);
    expect(figures('各种费用七折八扣之后所剩无几。')).toEqual([]);
  });

  it('takes a bare thousand-fold (超购逾千倍) as a multiple', () => {
    expect(figures('成为今年第三只超购逾千倍的新股，另有两只超购百倍。')).toEqual([
      ['千倍', 1000],
      ['百倍', 100],
    ]);
  });

  it('reads a Hong Kong stock code with its leading zero as no figure', () => {
    expect(figures('星澜医疗科技控股有限公司（以下简称“星澜医疗”，02695）昨日截止招股，集资5亿港元。')).toEqual([
      ['5亿港元', 500000000],
    ]);
  });

  it('reads SR before a number as Saudi riyals', () => {
    const got = extract('Revenue rose to SR24.4 billion, or SR24.86 a share.', { kinds: ['figure'] });
    expect(got.map((e) => [e.text, e.value?.unit])).toEqual([
      ['SR24.4 billion', 'SAR'],
      ['SR24.86 a share', 'SAR/share'],
    ]);
  });
});

describe('quotes from holdout125–127', () => {
  it('reads a name in marks that 以下简称 follows as a name, not a quote', () => {
    const text = '国家医保局首次增设“商业健康保险创新药品目录”（以下简称“商保目录”），首批纳入19种药品。';
    expect(of(text, 'quote')).toEqual([]);
  });
});

describe('companies from holdout125–127', () => {
  it('reads no issuer in an adverb before 公告 (双双公告) nor in a verb before 官网', () => {
    const text =
      '华屿证券股份有限公司（以下简称“华屿证券”）与东澜证券股份有限公司（以下简称“东澜证券”）双双公告，证监会已同意。云栖互娱计划在欧美市场开通官网直充渠道。';
    expect(of(text, 'company')).toEqual(['华屿证券股份有限公司', '华屿证券', '东澜证券股份有限公司', '东澜证券']);
  });

  it('reads no airline in the air show 中国国际航空航天博览会', () => {
    expect(
      of('在珠海举行的第十五届中国国际航空航天博览会上，翼擎航空签下订单。中国国际航空也到场。', 'company'),
    ).toEqual(['中国国际航空']);
  });
});

describe('more companies from holdout125–127', () => {
  it('reads no issuer in what a published notice is about (发布了产品停售及切换公告)', () => {
    const text = '中国平安（601318.SH）、新华保险等公司也陆续发布了产品停售及切换公告。';
    expect(of(text, 'company')).toEqual(['中国平安', '新华保险']);
  });

  it('reads no fund manager in 长线基金 or a firm in 实际投资', () => {
    const text = '今年则有不少欧美及中东长线基金重新参与，外资长线基金回来了。非保证部分则取决于公司实际投资收益。';
    expect(of(text, 'company')).toEqual([]);
  });

  it('reads a technique glossed by its acronym as a term (面板级封装（FOPLP）)', () => {
    const text = '除CoWoS外，台积电的SoIC与面板级封装（FOPLP）也陆续进入设备验证阶段，面板级封装的设备单价更高。';
    expect(of(text, 'company')).toEqual(['台积电']);
  });
});

describe('English speakers from holdout125–127', () => {
  it('names a body by the short name it goes by (…, or Nasscom, said)', () => {
    const text =
      'The National Association of Software and Service Companies, or Nasscom, said the fee would "disrupt business continuity for ongoing projects" and urged clarity.';
    expect(speakers(text)).toEqual(['Nasscom']);
  });

  it('gives a fragment that "according to X" follows to X, not to the subject of the sentence', () => {
    const text =
      'Sainsbury\'s said it had lowered prices on 500 lines and would keep them down "until at least the new year", according to a spokeswoman.';
    expect(speakers(text)).toEqual(['a spokeswoman']);
  });

  it("takes an unnamed company spokeswoman (A Sainsbury's spokeswoman) for a later she", () => {
    const text =
      '"It is a price war on paper," said Jonathan Pike, an analyst.\n\nA Sainsbury\'s spokeswoman rejected that suggestion. "These are permanent reductions," she said.';
    expect(speakers(text)).toEqual(['Jonathan Pike', "A Sainsbury's spokeswoman"]);
  });

  it('gives a long reported sentence to the company that opens it, a relative clause and "of" in its name', () => {
    const text =
      'Retailers are also cautious. Watches of Switzerland Group plc (LSE: WOSG), which makes about half of its sales in the United States, said in November that it had trimmed orders for the holiday season because customers were "still buying, but buying more carefully."';
    expect(speakers(text)).toEqual(['Watches of Switzerland Group plc']);
    expect(of(text, 'company')).toEqual(['Watches of Switzerland Group plc']);
  });
});

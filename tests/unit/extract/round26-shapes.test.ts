import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract';
import { of } from './shape-helpers';

// A group's known short name right before a province or city names the group's unit there
// (国网江苏省电力有限公司, 国网四川省电力公司), not a separate firm that starts at the place.
describe('a group unit named by its province', () => {
  it('keeps the group name at the front of the unit', () => {
    const text = '国网江苏省电力有限公司表示，今年用电负荷创新高。国网四川省电力公司则启动了有序用电预案。';
    expect(of(text, 'company')).toEqual(['国网江苏省电力有限公司', '国网四川省电力公司']);
  });

  it('still starts a name at its place after an ordinary word', () => {
    const text = '项目要求岳溪市城市建设投资集团有限公司提供担保。';
    expect(of(text, 'company')).toEqual(['岳溪市城市建设投资集团有限公司']);
  });
});

const speakers = (text: string) => extract(text, { kinds: ['quote'] }).map((e) => e.speaker);
const figures = (text: string) =>
  extract(text, { kinds: ['figure'] }).map((e) => [e.text, e.value?.date ?? e.value?.number]);

describe('speakers from holdout101–102', () => {
  it('reads a panel (专家组) as no title, so its head is named after 组长', () => {
    const text =
      '专家组组长、湖南农业大学教授邹立新介绍，湖南双季晚稻的平均亩产多年徘徊在420公斤左右，“晚稻能稳定做到800公斤以上。”';
    expect(speakers(text)).toEqual(['邹立新']);
  });

  it('takes a person named after a trade anywhere in a clause for a later pronoun', () => {
    const text =
      '专家组组长邹立新介绍：“晚稻能稳定做到800公斤以上。”\n\n衡阳县种粮大户彭建国今年种了860亩双季稻。在他看来，种子贵一些不要紧。“每亩多收100公斤谷。”';
    expect(speakers(text)).toEqual(['邹立新', '彭建国']);
  });

  it('reads 有担忧 as a worry, not as what the clause says', () => {
    const text = '一位接近禾家食品的人士表示，公司内部对会员店渠道也有担忧，“会员店的单品很大。”';
    expect(speakers(text)).toEqual(['一位接近禾家食品的人士']);
  });

  it('gives no speaker to a phrase opening with 对于', () => {
    const text = '林志远透露，公司今年已冻结招募。对于明年展望，他表示：“不会太悲观。”';
    expect(speakers(text)).toEqual(['林志远']);
  });

  it('names a body written before its kind, and never "The" for the union', () => {
    expect(speakers('The IG Metall union said in a statement: "Employees are paying for this."')).toEqual([
      'IG Metall',
    ]);
    expect(speakers('The union said in a statement: "Employees are paying for this."')).not.toContain('The');
  });

  it("does not give the bank's words to a firm named as an agent (compiled by)", () => {
    const text =
      'Harbourline Banking Corp. Ltd. said net new money reached a record.\n\nProfit beat the average of estimates compiled by Visible Alpha.\n\nThe bank said in its statement that inflows had been "broad-based across markets, with strong gains."';
    expect(speakers(text)).toEqual([expect.stringMatching(/^Harbourline Banking Corp\. Ltd/)]);
  });
});

describe('companies from holdout101–102', () => {
  it('reads a verb before 集团, 旗下 and 公告 as no name', () => {
    const text =
      '交易可即时降低集团约15个百分点的净负债比率，但将进一步削弱集团的资本基础。华夏基金等头部公募已陆续下调旗下部分产品的申购费率。公司股份于当日下午起短暂停牌，以待刊发公告。';
    expect(of(text, 'company')).toEqual(['华夏基金']);
  });

  it('reads a firm named after its region, used for the region, as the place', () => {
    const text =
      '# Brazilian meatpacker Campos Gerais raises $1.1 billion\n\nFounded in 1987 in the Campos Gerais region of Paraná state, the company now operates 14 plants. Campos Gerais said in its prospectus that margins fell.';
    expect(of(text, 'company')).toEqual(['Campos Gerais', 'Campos Gerais']);
  });
});

describe('quotes and figures from holdout101–102', () => {
  it('reads a place name in marks after 位于 as a term', () => {
    expect(of('古洞北位于政府规划的“北部都会区”范围内。', 'quote')).toEqual([]);
  });

  it('joins a date range whose start has no year to its end', () => {
    expect(figures('预计在11月11日至2026年1月10日期间买回3000张。')).toEqual([
      ['11月11日至2026年1月10日', '2025-11-11/2026-01-10'],
      ['3000张', 3000],
    ]);
  });

  it('reads 万分之 shares, plots counted with 幅 and a duration in quarters', () => {
    expect(figures('佣金率降至万分之二点一，公司持有11幅农地。')).toEqual([
      ['万分之二点一', 0.00021],
      ['11幅', 11],
    ]);
    expect(figures('Sales rose for the first time in 10 quarters.')).toEqual([['10 quarters', 10]]);
  });
});

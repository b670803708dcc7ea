import { describe, expect, it } from 'vitest';
import { companies, figures } from './shape-helpers';

describe('round 112 (holdout461–463, session 27)', () => {
  it('reads no countries in 国际 (IR46国际建议)', () => {
    expect(figures('按照IR46国际建议制定新标准。共有20国参加。')).toEqual([['20国', 20]]);
  });

  it('takes no time word, no verb and no index for a firm (前一晚, 暂停办理基金, 跑赢中证全指证券公司指数)', () => {
    expect(
      companies(
        '海擎重工股份有限公司（以下简称“海擎重工”）前一晚发布公告称。年内跑赢中证全指证券公司指数约9个百分点。暂停办理基金单位过户登记。',
      ),
    ).toEqual(['海擎重工股份有限公司', '海擎重工']);
  });

  it('knows Lotte Duty Free, LG Household & Health Care, 元太, 大华超市 (99 Ranch Market), 华强方特, 汉朔科技, 咪咕 and 大益', () => {
    expect(
      companies(
        'Lotte Duty Free and LG Household & Health Care cut prices. 电子纸龙头元太与汉朔科技。大华超市（99 Ranch Market）。华强方特、咪咕和大益。',
      ),
    ).toEqual([
      'Lotte Duty Free',
      'LG Household & Health Care',
      '元太',
      '汉朔科技',
      '大华超市',
      '99 Ranch Market',
      '华强方特',
      '咪咕',
      '大益',
    ]);
  });
});

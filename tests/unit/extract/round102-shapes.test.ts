import { describe, expect, it } from 'vitest';
import { speakers } from './shape-helpers';

describe('round 102 (residual speakers over holdout1–433, session 27)', () => {
  it('reads 她也笑說 as a pronoun speaking, for the person named before', () => {
    expect(speakers('總經理林佩珊表示，可節省約一成人力，但她也笑說：「機器人可以送毛巾，但還不會換床單。」')).toEqual([
      '林佩珊',
    ]);
  });

  it('takes the subject of the clause before when the speaking clause opens with whom they faced (对着镜头介绍)', () => {
    expect(
      speakers('主播林小满把一箱猕猴桃摆上桌，对着镜头介绍：“今天这批是果园直发，12度以下的我们一颗都不卖。”'),
    ).toEqual(['林小满']);
  });

  it('reads no name in an adjective and a noun after a possessive (再生铜进口的高增长还将延续)', () => {
    expect(
      speakers(
        '首席分析师葛宇辰认为，再生铜进口的高增长还将延续到明年。“矿端偏紧的格局短期难以扭转。”他预计，价格会涨。',
      ),
    ).toEqual(['葛宇辰']);
  });

  it('takes no noun a possessive describes for a titled subject (在当地的终端价已降至…)', () => {
    expect(
      speakers(
        '一位在成都经营5家医美诊所的负责人告诉记者，“颜悦”在当地的终端价已降至6800元左右。“上游一降价，下游就跟着卷。”',
      ),
    ).toEqual(['一位在成都经营5家医美诊所的负责人']);
  });
});

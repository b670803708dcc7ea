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

describe('round 102, second part (residual speakers, session 27)', () => {
  it('reads no name in a preposition after a title (负责人|在新闻发布会上, 教师|和家长)', () => {
    expect(
      speakers(
        '今年6月，国家金融监督管理总局有关负责人在新闻发布会上表示，将“进一步拓宽不良资产处置渠道，支持中小银行加快风险出清”。',
      ),
    ).toEqual(['国家金融监督管理总局有关负责人']);
    expect(
      speakers(
        '北京师范大学一位教授则提醒，学习机并不能替代教师和家长的陪伴。他在接受记者采访时表示，现有研究尚不足，“如果只是把刷题搬到屏幕上，技术的价值就被浪费了。”',
      ),
    ).toEqual(['北京师范大学一位教授']);
  });

  it('reads no name in the words one used to describe (用了“一言难尽”四个字来形容)', () => {
    expect(
      speakers(
        '陈国栋说，注销之后，他打算投向一家厂。他用了“一言难尽”四个字来形容，但对于退出，他表示并不后悔，“该退的时候退，也是一种体面。”',
      ),
    ).toEqual(['陈国栋']);
  });
});

import { describe, expect, it } from 'vitest';
import { speakers } from './shape-helpers';

describe('round 128 (speakers of earlier sets, session 29)', () => {
  it('finds the speaker after a description with digits and an action (在…做了9年…的X翻着…说)', () => {
    expect(speakers('“这个月到手的佣金少了三成。”在杭州做了7年保险代理人的周婷翻着手机里的工资条说。')).toEqual([
      '周婷',
    ]);
  });

  it('takes who reckons for the quote after (X算了一笔更细的账), and a name titled CEO', () => {
    expect(
      speakers(
        '果业公司总经理杨建林算了一笔更细的账。公司今年租了一座冷库。“库温要常年控制在0℃。”\n\n冰品公司创始人兼CEO沈一舟这样解释定位。他说，单价集中在9元至16元，“比奶茶便宜。”',
      ),
    ).toEqual(['杨建林', '沈一舟']);
  });

  it('names a person before 对, 并 or 保持 for a later 他/她, not a word ending in 化', () => {
    expect(
      speakers(
        '何立新表示方案可行。康桥医药的陈立峰对方案并不乐观。“打八五折我们也认。”他说。\n\n对于明年的行情，赵海燕保持谨慎乐观。“东南亚是基本盘。”她说。\n\n邵启东表示要提价。高端化并非一句口号。“短期看是费用，长期看是门票。”他说。',
      ),
    ).toEqual(['陈立峰', '赵海燕', '邵启东']);
  });
});

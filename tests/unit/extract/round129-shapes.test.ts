import { describe, expect, it } from 'vitest';
import { companies, figures, quotes, speakers } from './shape-helpers';

describe('round 129 (holdout506–508, session 29)', () => {
  it('reads a tyre and an arroba as rates, 一成五 as 15%, 三成 before 果实; no figure in 8.6代OLED产线', () => {
    expect(
      figures(
        'Cork fetched €41 an arroba and tyres sold for €52 a tyre. 報價低一成五至兩成。约三成果实受冻。新增8.6代OLED产线。',
      ),
    ).toEqual([
      ['€41 an arroba', 41],
      ['€52 a tyre', 52],
      ['一成五至兩成', 0.15],
      ['三成', 0.3],
    ]);
  });

  it('takes a penalty notice’s long findings in marks as quotes', () => {
    expect(
      quotes(
        '处罚信息显示，该公司因“对合作催收机构管理严重不审慎”“未按规定审查合作机构的资质”等违法违规行为被罚款。',
      ).map((q) => q[0]),
    ).toEqual(['对合作催收机构管理严重不审慎']);
  });

  it('names the one a paragraph turns to with 至于, a speaker standing somewhere while handling something, and a given name the lists lacked', () => {
    expect(
      speakers(
        '至于周雅琴，她在今年5月达成了方案。“我不是不想还，”她说。\n\n果农黄德全种了30亩砂糖橘。他站在果园里翻看着发软的橘子说：“冻过的果子放不了3天。”\n\nDenise Kowalski has worked in the bakery for 19 years. "I have coworkers who sleep in their cars."',
      ),
    ).toEqual(['周雅琴', '黄德全', 'Denise Kowalski']);
  });

  it('takes no firm from an event name in marks, a nationality before its trades, A股…公司, 削弱…银行 or a compensation fund', () => {
    expect(
      companies(
        'Ethiopian Airlines said cargo rose. Ethiopian growers fly roses. Buyers met at the "Air Cargo Africa" fair. A股休闲零食公司估值更高。可能削弱县域银行的优势。设立两千万元的风险补偿基金。',
      ),
    ).toEqual(['Ethiopian Airlines']);
  });

  it('knows Amorim Cork Composites, O-I Glass, Sogrape, LF Logistics, 同和控股, 佳沛 and 齐峰果业 by its trade', () => {
    expect(
      companies(
        'Amorim Cork Composites supplies O-I Glass and Sogrape. LF Logistics grew. 日本同和控股提高回收。新西兰佳沛（Zespri）领先。眉县龙头企业齐峰果业今年出口。',
      ),
    ).toEqual([
      'Amorim Cork Composites',
      'O-I Glass',
      'Sogrape',
      'LF Logistics',
      '同和控股',
      '佳沛',
      'Zespri',
      '齐峰果业',
    ]);
  });
});

describe('round 129, the ministry (session 29)', () => {
  it('gives "the ministry" the national body named by its country and field before', () => {
    expect(
      speakers(
        'Dravet SA will close two plants. Italy\'s industry ministry said it would ask Dravet to find a buyer. The ministry said in a statement that it would "examine every option to keep both sites".',
      ),
    ).toEqual(["Italy's industry ministry"]);
  });
});

import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../src/extract/quotes';
import type { Entity } from '../../../src/extract/types';

/** The quotes found in `text`, as [inner text, speaker] pairs. */
const quotes = (text: string, companies: Entity[] = []) =>
  detectQuotes(text, companies).map((q) => [q.text, q.speaker ?? ''] as const);

/** A company span (what the company detector would hand over in ctx.companies). */
const company = (text: string, name: string): Entity => {
  const start = text.indexOf(name);
  return { kind: 'company', start, end: start + name.length, text: name };
};

describe('quote spans', () => {
  it('takes what lies strictly between the marks, final punctuation included', () => {
    const text = '会上，周一鸣说：“明年的订单已经排到了三季度。”';
    const [q] = detectQuotes(text);
    expect(q.text).toBe('明年的订单已经排到了三季度。');
    expect(text.slice(q.start - 1, q.end + 1)).toBe('“明年的订单已经排到了三季度。”');
  });

  it('keeps nested marks inside the outer quote', () => {
    const text = '何静怡表示：“大家都在讲‘出海’，可真正赚到钱的企业并不多。”';
    expect(quotes(text)).toEqual([['大家都在讲‘出海’，可真正赚到钱的企业并不多。', '何静怡']]);
  });

  it('reads corner brackets and English straight and curly marks', () => {
    expect(quotes('行长孟川对记者表示：「资产质量的拐点已经出现，但还需要两个季度确认。」')).toEqual([
      ['资产质量的拐点已经出现，但还需要两个季度确认。', '孟川'],
    ]);
    expect(
      quotes('"Demand in Europe has clearly bottomed out," said Laura Brenner, the company\'s sales chief.'),
    ).toEqual([['Demand in Europe has clearly bottomed out,', 'Laura Brenner']]);
    expect(quotes('“Nobody expected the tariff to last this long,” Tom Ashby said.')).toEqual([
      ['Nobody expected the tariff to last this long,', 'Tom Ashby'],
    ]);
  });

  it('reads outer single curly marks but not apostrophes', () => {
    const text = '‘We didn’t plan for a price war, but we’re ready for one,’ Ella Frost told the meeting.';
    expect(quotes(text)).toEqual([['We didn’t plan for a price war, but we’re ready for one,', 'Ella Frost']]);
  });

  it('splits a quote interrupted by its attribution into two spans with one speaker', () => {
    const zh = '“这次调价不是为了赚钱，”程蔓说，“而是为了把渠道里的库存降下来。”';
    expect(quotes(zh)).toEqual([
      ['这次调价不是为了赚钱，', '程蔓'],
      ['而是为了把渠道里的库存降下来。', '程蔓'],
    ]);
    const en = '"We are not in a hurry," Nadia Quill said. "The assets will still be there next year."';
    expect(quotes(en)).toEqual([
      ['We are not in a hurry,', 'Nadia Quill'],
      ['The assets will still be there next year.', 'Nadia Quill'],
    ]);
  });

  it('gives a quotation running over several paragraphs one span per paragraph', () => {
    const text = '罗启航回忆说：“第一年我们只卖出去三台设备。\n“第二年客户开始主动找上门来，订单翻了四倍。”';
    expect(quotes(text)).toEqual([
      ['第一年我们只卖出去三台设备。', '罗启航'],
      ['第二年客户开始主动找上门来，订单翻了四倍。', '罗启航'],
    ]);
    const en = 'Grant said: "The first year was brutal.\n\n"By the third we were profitable, and nobody believed it."';
    expect(quotes(en).map((q) => q[0])).toEqual([
      'The first year was brutal.',
      'By the third we were profitable, and nobody believed it.',
    ]);
  });

  it('follows a quote across a layout break inside a sentence', () => {
    const text = '“这轮降价会持续到明年二季度，中小厂商的\n\n日子会更难过。”分析师汪楠说。';
    const [q] = detectQuotes(text);
    expect(q.text).toBe('这轮降价会持续到明年二季度，中小厂商的\n\n日子会更难过。');
    expect(q.speaker).toBe('汪楠');
  });

  it('does not let an unbalanced mark swallow the rest of the article', () => {
    const text = '他说：“这是一个没有闭合的引号。\n\n公司表示：“库存已经回到正常水平，价格不会再降。”\n\n后文继续。';
    expect(quotes(text).map((q) => q[0])).toEqual(['库存已经回到正常水平，价格不会再降。']);
    const en = 'She said "this never closes.\n\nLater, "we will ship the first units in March," Ortiz said.';
    expect(quotes(en).map((q) => q[0])).toEqual(['we will ship the first units in March,']);
  });
});

describe('what is not a quote', () => {
  it('skips scare quotes and terms', () => {
    expect(quotes('行业进入“存量博弈”阶段，不少企业开始“抱团取暖”，也有人选择“躺平”。')).toEqual([]);
    expect(quotes('Analysts called the quarter a "clean beat" and the guidance "sandbagged."')).toEqual([]);
  });

  it('skips aliases, names of products, events and awards, and rating labels', () => {
    expect(quotes('青屿新材料股份有限公司（以下简称“青屿新材”）今日公告。')).toEqual([]);
    expect(quotes('该公司推出了“晨星”系列储能柜，并获得“2024年度绿色制造创新奖”。')).toEqual([]);
    expect(quotes('公司的“轻舟计划”和“灯塔工程”已进入第二阶段。')).toEqual([]);
    expect(quotes('The bank launched its "Everyday Saver Plus" account and kept an "overweight" rating.')).toEqual([]);
    expect(quotes('The programme, dubbed "a new deal for small suppliers", starts in May.')).toEqual([]);
  });

  it('skips a company nickname the company detector found', () => {
    const text = '被市场称作“光伏一哥”的企业今年利润下滑。';
    expect(quotes(text, [company(text, '光伏一哥')])).toEqual([]);
  });

  it('skips lists of quoted terms', () => {
    expect(quotes('平台上线了“与城市一起醒来”“把周末还给自己”等活动。')).toEqual([]);
  });

  it('never treats book-title marks as quotes', () => {
    expect(quotes('他在《增长的极限与新的可能》一书中讨论了这个问题。')).toEqual([]);
  });
});

describe('partial quotes', () => {
  it('keeps clause-like fragments of reported speech', () => {
    expect(quotes('宋一帆把今年的市场比作“一场只能靠现金流取胜的马拉松”。')).toEqual([
      ['一场只能靠现金流取胜的马拉松', '宋一帆'],
    ]);
    expect(quotes('Mara Vance said the merger would be "slower but steadier than anyone expects."')).toEqual([
      ['slower but steadier than anyone expects.', 'Mara Vance'],
    ]);
  });
});

describe('speakers', () => {
  it('strips titles and descriptions before the name', () => {
    expect(quotes('“估值已经回到历史低位。”华信证券首席策略师邱明远在电话会上表示。')).toEqual([
      ['估值已经回到历史低位。', '邱明远'],
    ]);
    expect(quotes('"We will not raise prices this year," Chief Executive Maria Okafor said in a statement.')).toEqual([
      ['We will not raise prices this year,', 'Maria Okafor'],
    ]);
  });

  it('takes the speaker from an earlier sentence (在X看来…)', () => {
    const text = '在韩素看来，行业的问题在于同质化。“大家做的都是同一种产品，只能拼价格。”';
    expect(quotes(text)).toEqual([['大家做的都是同一种产品，只能拼价格。', '韩素']]);
  });

  it('resolves pronouns to the last named person, in the form last used', () => {
    const zh = '研究员杜若溪认为，明年出口增速会放缓。她补充说：“关税只是原因之一，更大的压力来自需求。”';
    expect(quotes(zh)).toEqual([['关税只是原因之一，更大的压力来自需求。', '杜若溪']]);
    const en =
      'Chief Financial Officer Rhys Hansen joined in 2021. Hansen said margins would recover. "We cut costs early," he said.';
    expect(quotes(en)).toEqual([['We cut costs early,', 'Hansen']]);
  });

  it('names organisations as speakers', () => {
    const text = '“目前生产经营一切正常。”云帆科技方面表示。';
    expect(quotes(text, [company(text, '云帆科技')])).toEqual([['目前生产经营一切正常。', '云帆科技']]);
    expect(quotes('“目前生产经营一切正常。”云帆科技方面表示。')).toEqual([['目前生产经营一切正常。', '云帆科技']]);
    const en = 'Orrin Foods Inc. reported results. "Volumes improved in every region," the company said.';
    expect(quotes(en, [company(en, 'Orrin Foods Inc.')])).toEqual([
      ['Volumes improved in every region,', 'Orrin Foods Inc.'],
    ]);
  });

  it('records an unnamed speaker as written', () => {
    expect(quotes('“这一轮反弹更像是空头回补。”一位不愿具名的私募基金经理对记者说。')).toEqual([
      ['这一轮反弹更像是空头回补。', '一位不愿具名的私募基金经理'],
    ]);
    expect(quotes('"It is a defensive deal," said one banker who worked on it.')).toEqual([
      ['It is a defensive deal,', 'one banker who worked on it'],
    ]);
  });

  it('takes the speaker of reported speech in the same sentence', () => {
    const text =
      'Board chair Lena Ortiz said in a letter that the offer fell short of "a fair value for long-term holders."';
    expect(quotes(text)).toEqual([['a fair value for long-term holders.', 'Lena Ortiz']]);
  });

  it('reads interview transcripts (name: quote) at the start of a line', () => {
    const text = '记者：“明年还会扩产吗？”\n钟立群：“会，但节奏会放慢，先把现有产线的良率做上去。”';
    expect(quotes(text)).toEqual([
      ['明年还会扩产吗？', '记者'],
      ['会，但节奏会放慢，先把现有产线的良率做上去。', '钟立群'],
    ]);
  });

  it('reads traditional Chinese attributions', () => {
    const text = '陳詠恩表示：「零售銷售下半年會回穩。」她又說：「但旅客消費模式已經改變。」';
    expect(quotes(text)).toEqual([
      ['零售銷售下半年會回穩。', '陳詠恩'],
      ['但旅客消費模式已經改變。', '陳詠恩'],
    ]);
  });

  it('skips an appositive between the name and the verb, and keeps the person rather than the firm', () => {
    expect(quotes('"Costs peaked in the spring," Owen Price, Marlow\'s finance director, said.')).toEqual([
      ['Costs peaked in the spring,', 'Owen Price'],
    ]);
    expect(quotes('"Costs peaked in the spring," said Owen Price of Marlow Capital.')).toEqual([
      ['Costs peaked in the spring,', 'Owen Price'],
    ]);
    expect(quotes('"Orders are back to 2019 levels," according to Ivy Chen, a logistics consultant.')).toEqual([
      ['Orders are back to 2019 levels,', 'Ivy Chen'],
    ]);
  });

  it('keeps an organisation anaphor as written when no company was named before', () => {
    expect(quotes('对于传闻，公司回应称：“目前没有出售资产的计划。”')).toEqual([['目前没有出售资产的计划。', '公司']]);
  });
});

describe('terms used as modifiers', () => {
  it('skips words in marks between a determiner and a noun', () => {
    expect(quotes('The central bank kept its "higher for longer" stance and its "wait and see" approach.')).toEqual([]);
  });

  it('skips quoted words that modify what follows a speech verb (“X”的人认为)', () => {
    expect(quotes('“现金为王理念”的经营者认为，现金流比利润重要。')).toEqual([]);
  });
});

describe('English context for pronouns', () => {
  it('resolves she to the person last mentioned by surname, even without a speech verb', () => {
    const text =
      'Chief Executive Lara Boyd said sales rose. Finance chief Tom Reyes said costs fell.\n\nBoyd also addressed the rivalry with Pell Systems. "We never compete on price," she said.';
    expect(quotes(text)).toEqual([['We never compete on price,', 'Boyd']]);
  });

  it('resolves she to a person introduced with a role in apposition', () => {
    const text =
      'Ines Alvarez, an analyst at Corbel Securities who rates the shares "buy," was upbeat. She called the launch "the strongest start for a product in years."';
    expect(quotes(text)).toEqual([['the strongest start for a product in years.', 'Ines Alvarez']]);
  });

  it('does not take the next sentence for an attribution of a quote that ends a sentence', () => {
    const text = 'The broker rates the stock "sector perform." He said the offer was fair.';
    expect(quotes(text)).toEqual([]);
  });
});

describe('more attribution forms', () => {
  it('reads “…。”，X说。 and a place or time between the name and the verb', () => {
    expect(quotes('“今年的目标是稳住现金流。”，董事长王磊说。')).toEqual([['今年的目标是稳住现金流。', '王磊']]);
    expect(quotes('孙越在朋友圈写道：“新工厂的第一台设备今天下线了。”')).toEqual([
      ['新工厂的第一台设备今天下线了。', '孙越'],
    ]);
  });

  it('names a group of English speakers as written', () => {
    const text =
      'In a note to clients, Parkway Bank analysts wrote: "The rally has further to run, but the easy gains are behind us."';
    expect(quotes(text)).toEqual([
      ['The rally has further to run, but the easy gains are behind us.', 'Parkway Bank analysts'],
    ]);
  });

  it('leaves a pronoun with no one named before it without a speaker', () => {
    expect(quotes('“这是一场持久战，”他说，“谁先倒下谁就出局。”')).toEqual([
      ['这是一场持久战，', ''],
      ['谁先倒下谁就出局。', ''],
    ]);
  });
});

describe('speakers described after the quote, titled names, bylines', () => {
  it('reads “…”在…上，X这样形容…', () => {
    const text = '“这个行业已经没有容易赚的钱了。”在深圳一场闭门会上，一位光伏企业的财务总监这样形容当下的处境。';
    expect(quotes(text)).toEqual([['这个行业已经没有容易赚的钱了。', '一位光伏企业的财务总监']]);
  });

  it('takes a titled English name as the subject of a long sentence', () => {
    const text =
      'When the plant opened, Chief Executive Nora Lind walked the line and told staff the firm had "bought itself a decade of growth."';
    expect(quotes(text)).toEqual([['bought itself a decade of growth.', 'Nora Lind']]);
  });

  it('keeps a name a name in an attributed sentence ("it calls \"X,\" Y said")', () => {
    expect(quotes('The bank will fund it through a plan it calls "Better Every Day," Lind said.')).toEqual([]);
  });

  it('reads a Title Case name with a subtitle after a colon as a name (a game list)', () => {
    const text = 'New this month: “Harbor Lights: Tides of Iron” ($40) and “Quiet Roads” ($20).';
    expect(quotes(text)).toEqual([]);
    // A sentence with a colon is still a quote.
    expect(quotes('Lind put it plainly: “Prices will rise: there is no way around it.”')).toEqual([
      ['Prices will rise: there is no way around it.', 'Lind'],
    ]);
  });

  it('never takes a byline for a speaker', () => {
    expect(quotes('本报记者 柯明 杭州报道\n\n“订单比去年同期多了四成，工人每天都在加班。”')).toEqual([
      ['订单比去年同期多了四成，工人每天都在加班。', ''],
    ]);
  });
});

describe('unnamed English speakers before the verb', () => {
  it('keeps them as written', () => {
    expect(quotes('"We are watching closely," a spokesperson for the ministry said.')).toEqual([
      ['We are watching closely,', 'a spokesperson for the ministry'],
    ]);
    expect(quotes('Asked about layoffs, the chief executive said: "We have no plans to cut jobs."')).toEqual([
      ['We have no plans to cut jobs.', 'the chief executive'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract';

// Speaker shapes from the blind set holdout11's first run, written as new sentences (invented people and firms).

/** [speaker, first characters] of each quote extract() finds in `text`. */
const speakers = (text: string) =>
  extract(text, { kinds: ['quote'] }).map((q) => [q.speaker ?? '-', q.text.slice(0, 6)]);

describe('Chinese speakers', () => {
  it('leaves the one spoken to out of the speaker (X对财新说), but not out of a body named with 对', () => {
    expect(speakers('澄川保险首席精算师卢嘉言对财新说，“利差的压力还在。”')).toEqual([['卢嘉言', '利差的压力还']]);
    expect(speakers('中国对外贸易中心表示，“展会规模创新高。”')).toEqual([['中国对外贸易中心', '展会规模创新']]);
  });

  it('resolves 他 to a person named with a title earlier (董事长X直接持股 … X是 … 他说)', () => {
    const text =
      '公司创始人、董事长韩至清直接持股18.2%。\n\n招股书称，相关协议已经终止。\n\n韩至清是工科出身，2015年回国创业。他在接受采访时曾说：“这个行业的门槛在工艺。”\n';
    expect(speakers(text)).toEqual([['韩至清', '这个行业的门']]);
  });

  it('resolves 他 in a new paragraph to its first subject, not to an organisation quoted before it', () => {
    const text =
      '“客户只看保底利率。”澄川人寿总精算师卢嘉言说。\n\n评级机构澄衡评级在报告中提示，部分公司将面临“利差损”风险。\n\n对于这种风险，卢嘉言并不讳言。他说，公司仍需承担刚性成本，“保底利率降了，可投资收益也在降。”\n';
    expect(speakers(text)).toEqual([
      ['卢嘉言', '客户只看保底'],
      ['卢嘉言', '保底利率降了'],
    ]);
  });

  it('skips a date that opens the attribution after a whole quoted sentence (“…。”10月25日，X说)', () => {
    expect(speakers('“价格跌到了成本线附近。”10月25日，澄岭牧业董事长邹启明在业绩说明会上说。')).toEqual([
      ['邹启明', '价格跌到了成'],
    ]);
  });
});

describe('what a speaker does while speaking', () => {
  it('leaves an action with 着 out of the speaker (厂长X指着电池包说), and resolves 他 to X later', () => {
    const text =
      '“不是没有货，是不敢收。”厂长邵元衡指着一排排电池包说。\n\n“出清一定会发生。”分析师严可钧认为，份额会提升。\n\n邵元衡对此既期待又焦虑。他说，业内有句老话：“三年不开张，开张吃三年。”“我们就是在熬那三年。”\n';
    expect(speakers(text)).toEqual([
      ['邵元衡', '不是没有货，'],
      ['严可钧', '出清一定会发'],
      ['邵元衡', '三年不开张，'],
      ['邵元衡', '我们就是在熬'],
    ]);
  });
});

describe('English unnamed sources', () => {
  it('names "the person" as the article introduced it (a person familiar with the matter)', () => {
    const text =
      'Talks broke down over price, according to a person familiar with the matter, who asked not to be named. "It was never about fit," the person said.';
    expect(speakers(text)).toEqual([['a person familiar with the matter', 'It was']]);
  });

  it('reads an unnamed subject with a relative clause at a sentence start (One fund manager who holds … said)', () => {
    const text =
      'Others were less kind. One fund manager who holds Corvane shares said the board had been "far too slow" to act.';
    expect(speakers(text)).toEqual([['One fund manager who holds Corvane shares', 'far to']]);
  });
});

describe('words in marks before 的 and a noun', () => {
  it('reads a slogan or principle before 的 + noun as no quote, even in a sentence with a verb of speech', () => {
    expect(speakers('监管部门多次强调，要引导机构回归“受人之托、代客理财”的本源，坚持“房住不炒”的定位。')).toEqual([]);
    expect(extract('邵元衡强调：“我们不会降价。”', { kinds: ['quote'] }).map((q) => q.text)).toEqual([
      '我们不会降价。',
    ]);
  });
});

describe('an unnamed person opening a sentence', () => {
  it('resolves she to "A gate agent" introduced in the sentence before', () => {
    const text =
      'An analyst at Harwell Securities called the plan "bold." Back at the airport, the flight left late. A gate agent, asked about the delay, shrugged. "The plane is here," she said.';
    expect(speakers(text).at(-1)).toEqual(['A gate agent', 'The pl']);
  });
});

describe('English scare quotes and terms', () => {
  it('reads a few lower-case words in marks that no one said as a term (display "share on Facebook" buttons)', () => {
    const found = (t: string) => extract(t, { kinds: ['quote'] }).map((q) => q.text);
    expect(found('The site can display "share on Facebook" or "Like" buttons.')).toEqual([]);
    expect(found('There is no such thing as “the sharing economy.” Rides cost more.')).toEqual([]);
    // but a partial quote in reported speech stays one
    expect(found('Halvern acknowledged that this is "not a complete solution" for users.')).toEqual([
      'not a complete solution',
    ]);
  });
});

describe('speakers from the thirteenth blind set', () => {
  it('takes the speaker from 在X看来 right after a whole quoted sentence', () => {
    expect(speakers('“我们赚的是时间的钱。”在沈可言看来，上市首日的涨幅意义不大。')).toEqual([
      ['沈可言', '我们赚的是时'],
    ]);
  });

  it('leaves a newspaper in 《》 out of the speaker (她向《证券日报》记者表示)', () => {
    expect(speakers('分析师蒋可棠说，她向《证券日报》记者表示：“合并涉及清产核资。”')).toEqual([
      ['蒋可棠', '合并涉及清产'],
    ]);
  });

  it('names "the source" as introduced at a sentence start (A source familiar with the talks)', () => {
    const text =
      'A source familiar with the talks said the price was set early. "There was never a bidding war," the source said.';
    expect(speakers(text)).toEqual([['A source familiar with the talks', 'There ']]);
  });

  it('reads a quoted slogan that a sentence is about as no quote (“门票降价、二消提价”并非…)', () => {
    expect(speakers('“门票降价、二消提价”并非一家景区的选择。')).toEqual([]);
  });
});

describe('speakers from the fourteenth blind set', () => {
  it('reads the name between two titles (合伙人X律师) and takes no name after 董事 in 董事会', () => {
    const text =
      '上海澄川律师事务所合伙人葛文川律师在接受记者采访时指出，根据规定，若第二大股东谋求董事会席位，“控制权之争就会从纸面走向现实。”';
    expect(speakers(text)).toEqual([['葛文川', '控制权之争就']]);
  });
});

describe('more speakers from the fourteenth blind set', () => {
  it('skips a place phrase after a whole quoted sentence and reads 居民 as a role (“…。”在X门口，居民赵阿姨指着…说)', () => {
    expect(speakers('“上周还在营业，这周就关了。”在小区门口，居民钱阿姨指着一家空店说。')).toEqual([
      ['钱阿姨', '上周还在营业'],
    ]);
  });

  it('leaves a date between the subject and the verb out (X相关负责人11月6日向记者确认)', () => {
    expect(speakers('澄邻里相关负责人11月6日向记者确认，公司已决定“收缩华北市场，集中资源做深华中”。')).toEqual([
      ['澄邻里相关负责人', '收缩华北市场'],
    ]);
  });

  it('resolves 上述负责人 to the last speaker named with that role', () => {
    const text =
      '澄邻里相关负责人向记者确认，公司已决定“收缩华北市场，集中资源做深华中”。\n\n“华北门店的销售额长期偏低。”上述负责人解释说，“再撑下去，会拖垮现金流。”';
    expect(speakers(text).map(([s]) => s)).toEqual(['澄邻里相关负责人', '澄邻里相关负责人', '澄邻里相关负责人']);
  });
});

describe('last shapes from the fourteenth blind set', () => {
  it('names "the negotiator" as introduced (a union negotiator who asked not to be named)', () => {
    const text =
      'They met for 11 hours, according to two people who attended. One of them, a union negotiator who asked not to be named, said the offer was low. "The workers laughed at it," the negotiator said.';
    expect(speakers(text)).toEqual([['a union negotiator', 'The wo']]);
  });

  it('leaves a newspaper in 《》 out of an attribution after the quote (“…”老邱告诉《华夏时报》记者)', () => {
    expect(speakers('“这一趟光油钱就得600多块。”老程告诉《华夏时报》记者，车是去年换的。')).toEqual([
      ['老程', '这一趟光油钱'],
    ]);
  });
});

describe('speakers from the fifteenth blind set', () => {
  it('reads a speaker with an age (X, 71, who … said) for a later she', () => {
    const text =
      'Linda Parrow, 71, who picks up five prescriptions there every month, said the next pharmacy is far.\n\n"I do not know how I will do it," she said.';
    expect(speakers(text)).toEqual([['Linda Parrow', 'I do n']]);
  });

  it('takes the words a cut uncovers off a subject (她曾|对区域经理们说, X负责人此前|在…时表示)', () => {
    expect(speakers('创始人邹曼青在信中写道：“加盟是好事。”她曾对区域经理们说：“开店的速度可以慢一点。”')).toEqual([
      ['邹曼青', '加盟是好事。'],
      ['邹曼青', '开店的速度可'],
    ]);
    expect(speakers('采购司相关负责人此前在答记者问时表示，集采“既要让患者用上好药，也要给企业留出利润”。')).toEqual([
      ['采购司相关负责人', '既要让患者用'],
    ]);
  });
});

describe('a formula in marks', () => {
  it('reads a product formula with + as a term (“现切鲜牛肉+川式牛油锅底”)', () => {
    expect(speakers('公司主打“现切鲜牛肉+川式牛油锅底”，门店增长很快。')).toEqual([]);
  });
});

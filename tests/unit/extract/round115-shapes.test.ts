import { describe, expect, it } from 'vitest';
import { companies, figures, quotes } from './shape-helpers';

describe('round 115 (holdout470–472, session 28)', () => {
  it('gives a firm’s titled person, not the firm, a clause with no subject of its own', () => {
    expect(
      quotes('招商证券电子行业分析师蒋亦凡在最新研报中维持行业“推荐”评级，但也指出，“订单放量不等于盈利兑现”。'),
    ).toEqual([['订单放量不等于盈利兑现', '蒋亦凡']]);
  });

  it('knows a person named many paragraphs before, and no one in “The notes” or an acronym', () => {
    const filler = 'Rail service complaints rose again this year. '.repeat(3);
    const paragraphs = [
      'Linda Marsh runs logistics for Hollister Polymers Inc., a maker of plastic resins.',
      ...Array.from({ length: 8 }, () => filler),
      'Board member Elena Ruiz said the regulator had heard the message. "A merger has to start from a network," she said.',
      'Marsh is less patient. Hollister, she said, has signed a lease. "It costs us more," she said.',
    ];
    expect(quotes(paragraphs.join('\n\n')).map((q) => q[1])).toEqual(['Elena Ruiz', 'Marsh']);
    expect(
      quotes(
        'The deal is due to settle on Nov 26. The notes will be listed.\nThe Reserve Bank of India has cut rates. Anand Mehra, the group’s finance chief, spoke. "Rupee rates have come down," he said.',
      ),
    ).toEqual([['Rupee rates have come down,', 'Anand Mehra']]);
    expect(
      quotes(
        '“We let our customers down,” Chief Executive Dana Whitfield said.\nThe FDA said it had received reports.\nShe said the company had hired a former FDA official. “Every lot will now be held,” she added.',
      ).map((q) => q[1]),
    ).toEqual(['Dana Whitfield', 'Dana Whitfield']);
  });

  it('reads a European given name opening the sentence before a quote (Jan Krajewski)', () => {
    expect(
      quotes(
        'Suppliers are bracing for tougher talks. Jan Krajewski, a dairy farmer near Lomza, has heard it before. "Every time they cut the price of butter, someone calls me."',
      ),
    ).toEqual([['Every time they cut the price of butter, someone calls me.', 'Jan Krajewski']]);
  });

  it('takes a fiscal year before “year”, bushels and a price per kilometre', () => {
    expect(
      figures(
        'It sold 84,300 scooters in the 2024-25 year. Farmers had to truck 180,000 bushels. It costs 25 paise a kilometre.',
      ),
    ).toEqual([
      ['84,300', 84300],
      ['2024-25', '2024/2025'],
      ['180,000 bushels', 180000],
      ['25 paise a kilometre', 0.25],
    ]);
  });

  it('takes a firm’s unit by its own country name, and an owner after “owned by”', () => {
    expect(companies('Biedronka cut prices and within hours Lidl Polska, the local arm, matched them.')).toContain(
      'Lidl Polska',
    );
    expect(companies('The open-banking firm Tink, owned by Visa, cut staff.')).toContain('Visa');
  });

  it('takes no firm from a union set off as one, a neighbour’s bank, a fund kind, a tech town or a river', () => {
    expect(
      companies(
        'Unionen, the white-collar union that represents most staff, objected. "It is unfair," a spokesperson for Unionen said.',
      ),
    ).toEqual([]);
    // (a rating agency is a firm)
    expect(companies('said Le Minh, head of research at VIS Rating, a local credit rating agency.')).toEqual([
      'VIS Rating',
    ]);
    expect(
      companies(
        '“县域储户对利率很敏感，隔壁银行多5个基点，就有人转走。”县里将协调合作银行提供低息贷款。一位長期追蹤的投信基金經理人提醒。',
      ),
    ).toEqual([]);
    expect(companies('公司拟在摩洛哥丹吉尔科技城投资建设工厂。')).toEqual([]);
    expect(companies('The brine lies in a basin named after the Rio Tinto river in Spain.')).toEqual([]);
  });

  it('knows Ather Energy, Hancock Prospecting, Fujifilm Diosynth Biotechnologies, 百佳超级市场 and 759阿信屋', () => {
    expect(
      companies(
        'Ola Electric and Ather Energy compete. Gina Rinehart’s Hancock Prospecting bid. Fujifilm Diosynth Biotechnologies also makes drugs. 屈臣氏集团经营的百佳超级市场。另一连锁店759阿信屋亦减价。',
      ),
    ).toEqual([
      'Ola Electric',
      'Ather Energy',
      'Hancock Prospecting',
      'Fujifilm Diosynth Biotechnologies',
      '屈臣氏集团',
      '百佳超级市场',
      '759阿信屋',
    ]);
  });
});

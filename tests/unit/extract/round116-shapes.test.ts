import { describe, expect, it } from 'vitest';
import { companies, quotes } from './shape-helpers';

describe('round 116 (holdout473–475, session 28)', () => {
  it('gives “the spokesperson” and “the lender” the unnamed source the paragraph introduced', () => {
    expect(
      quotes(
        'A spokesperson for SalMar ASA said the price was high. "That difference is pure paper profit," the spokesperson said.',
      ),
    ).toEqual([['That difference is pure paper profit,', 'A spokesperson for SalMar ASA']]);
    expect(
      quotes(
        'One of the company’s lenders, who asked not to be named, said three bidders had approached it. “The contracts are worth more than the company,” the lender said.',
      ),
    ).toEqual([['The contracts are worth more than the company,', 'One of the company’s lenders']]);
  });

  it('reads no saying as a speaker, and an investor named after 投资者', () => {
    expect(
      quotes('对陈嘉禾而言，眼下最要紧的是交付。老话说“民以食为天”，他说，“预制菜最后拼的不是产能，而是信任。”'),
    ).toEqual([['预制菜最后拼的不是产能，而是信任。', '陈嘉禾']]);
    expect(
      quotes(
        '一位长期代理信托纠纷的律师表示，兑付很难。\n家住杭州的投资者沈文彬是认购人之一。2021年，他投入了300万元。“当初买的时候，理财经理说有土地抵押。”他说，自己更希望拿到现金。',
      ).map((q) => q[1]),
    ).toEqual(['沈文彬']);
    // (向 of 投资人向记者 opens no name)
    expect(
      quotes('一位接近深言智能的投资人向记者算了一笔账：“光是电费，每年就要8000万元上下。”').map((q) => q[1]),
    ).toEqual(['一位接近深言智能的投资人']);
  });

  it('takes no firm from a byline’s place, a verb, a notice’s verb or a kind of notice', () => {
    expect(
      companies(
        '本报记者 田梦瑶 湖北青岚报道\n湖北青岚农产品开发有限公司称，快递企业借机把补贴变成总部的利润。40間經紀公司進行閉門諮詢。村镇银行的增资扩股公告多了起来。',
      ),
    ).toEqual(['湖北青岚农产品开发有限公司']);
    expect(companies('鼎騏（3406.TW）同日公布財報，營收成長。')).toEqual(['鼎騏']);
  });

  it('vouches an ordinary-word chain by its kind or a spokesperson (the sandwich chain Subway)', () => {
    expect(companies('The sandwich chain Subway cut prices. A Subway spokesperson declined to comment.')).toEqual([
      'Subway',
      'Subway',
    ]);
    expect(companies('He took the subway to work.')).toEqual([]);
  });

  it('shortens a Spanish smelter’s name past its trade (Fundición Altamira S.A. → Altamira), not a mine’s', () => {
    expect(
      companies('Fundición Altamira S.A. will halt its furnaces. There is no version in which Altamira survives.'),
    ).toEqual(['Fundición Altamira S.A.', 'Altamira']);
  });

  it('knows Air Europa, KTZ, Olam Agri, Claas, Tim Hortons, TGI Fridays, Hooters, Seara, Grieg Seafood, Sprint, Shintech, SGS, Bureau Veritas, 高巨创新 and 中研普华', () => {
    expect(
      companies(
        'IAG tried to buy Air Europa. Kazakhstan Temir Zholy, known as KTZ, and Olam Agri. A new Claas combine. Tim Hortons, TGI Fridays and Hooters of America. Seara and Grieg Seafood. T-Mobile bought Sprint. 信越旗下Shintech报价。委托SGS、必维国际检验集团（Bureau Veritas）检测。总部位于深圳的高巨创新。中研普华研究员宋一鸣认为。',
      ),
    ).toEqual([
      'IAG',
      'Air Europa',
      'Kazakhstan Temir Zholy',
      'KTZ',
      'Olam Agri',
      'Claas',
      'Tim Hortons',
      'TGI Fridays',
      'Hooters of America',
      'Seara',
      'Grieg Seafood',
      'T-Mobile',
      'Sprint',
      '信越',
      'Shintech',
      'SGS',
      '必维国际检验集团',
      'Bureau Veritas',
      '高巨创新',
      '中研普华',
    ]);
  });
});

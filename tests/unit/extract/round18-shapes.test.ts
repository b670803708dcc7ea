import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract';
import { of } from './shape-helpers';

// Shapes from the remaining misses of holdout32–34 (blind sets not developed on before), written as new sentences.

describe('figures', () => {
  it('reads temperatures (-24C, 30°C, 38℃, 零下15摄氏度) but no label ending in C (3C产品, 3C-certified)', () => {
    expect(of('Pickets stood in temperatures of -24C; by July it is 30°C, and 38℃ in Wuhan.', 'figure')).toEqual([
      '-24C',
      '30°C',
      '38℃',
    ]);
    expect(of('气温降至零下15摄氏度。', 'figure')).toEqual(['15摄氏度']);
    expect(of('3C产品销量增长12%，3C-certified chargers too.', 'figure')).toEqual(['12%']);
  });

  it('reads more currencies in Chinese and English (160泰铢, 2.5万越南盾, 50 billion naira, AED 2 billion)', () => {
    const es = extract(
      '园主收购价从每公斤160泰铢降到70泰铢，合2.5万越南盾；它还筹得50 billion naira and AED 2 billion。',
      {
        kinds: ['figure'],
      },
    );
    expect(es.map((e) => e.text)).toEqual(['160泰铢', '70泰铢', '2.5万越南盾', '50 billion naira', 'AED 2 billion']);
    expect(es.map((e) => e.value?.unit)).toEqual(['THB', 'THB', 'VND', 'NGN', 'AED']);
  });

  it('reads a chip’s computing power (560TOPS) as a figure', () => {
    expect(of('征程6P单颗算力达560TOPS，可支持城市领航辅助驾驶。', 'figure')).toEqual(['560TOPS']);
  });

  it('reads a count after a possessive when a hyphenated adjective follows (Kestrel’s 310 China-based engineers)', () => {
    expect(of("Kestrel's 310 China-based field engineers must stop. Boeing's 737 MAX is late.", 'figure')).toEqual([
      '310',
    ]);
  });
});

describe('speakers', () => {
  it('reads a public body named by its country as the speaker (China’s commerce ministry called the rule "…")', () => {
    const text =
      'The Semiconductor Industry Association said "unilateral controls are risky". ' +
      'China\'s commerce ministry called the rule "a typical act of unilateral bullying" and said it would respond.';
    expect(of(text, 'quote')).toEqual([
      'unilateral controls are risky|The Semiconductor Industry Association',
      "a typical act of unilateral bullying|China's commerce ministry",
    ]);
  });

  it('gives a letter’s words to the firm that issued it (…发布《致投资者的一封信》。信中称，“…”)', () => {
    const text =
      '当天下午，北辰信托通过官方微信公众号发布《致投资者的一封信》。信中称，公司已成立风险化解专班，“力争在明年年中前启动首期分配。”';
    expect(of(text, 'quote')).toEqual(['力争在明年年中前启动首期分配。|北辰信托']);
  });

  it('gives a quote right after a sentence to that sentence’s subject: a description, a titled name, a pronoun', () => {
    expect(of('现场一位68岁的退休教师对这份方案并不买账。“两个字谁都会写，我们要的是时间表。”', 'quote')).toEqual([
      '两个字谁都会写，我们要的是时间表。|一位68岁的退休教师',
    ]);
    expect(
      of('投资者代表李建平是一家国企的退休职工，他已委托律师提起诉讼。“我们只是想知道钱到底去了哪里。”', 'quote'),
    ).toEqual(['我们只是想知道钱到底去了哪里。|李建平']);
    const pronoun =
      '公司首席执行官林泽洋说，调整需要时间。\n\n公司上半年收入下降11.2%。\n\n对于下半年，他并不悲观。“中秋、国庆是传统旺季，价格会企稳。”';
    expect(of(pronoun, 'quote')).toEqual(['中秋、国庆是传统旺季，价格会企稳。|林泽洋']);
    // a sentence about a thing has no speaker to give
    expect(of('公司今年营收增长了两成。“这只是开始。”', 'quote')).toEqual(['这只是开始。|']);
  });

  it('gives the words an exchange’s inquiry letter asks about to the exchange (问询函中，上交所要求公司…，以及“…”)', () => {
    const text =
      '问询函中，上交所首先要求公司结合在手订单情况，说明收益法评估中预测营业收入年均增长48.5%的依据，以及“业绩承诺金额大幅高于历史业绩的原因及合理性”。';
    expect(of(text, 'quote')).toEqual(['业绩承诺金额大幅高于历史业绩的原因及合理性|上交所']);
  });

  it('finds the titled person of a concessive clause (教授杨文澜虽投了赞成票，但在独立意见中提示：“…”)', () => {
    const text =
      '独立董事、湖南大学教授杨文澜虽投了赞成票，但在独立意见中提示：“标的公司业绩承诺增幅较大，提请投资者关注风险。”';
    expect(of(text, 'quote')).toEqual(['标的公司业绩承诺增幅较大，提请投资者关注风险。|杨文澜']);
  });
});

describe('companies', () => {
  it('reads no verb phrase before a company word as a name (与中介机构准备回复材料, 同行业可比公司)', () => {
    expect(of('公司正在与中介机构准备回复材料，并将尽快回复。', 'company')).toEqual([]);
    expect(of('要求公司结合同行业可比公司情况说明依据。', 'company')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract';
import { toSimplified } from '../../../src/extract/simplify';
import { of } from './shape-helpers';

// Hong Kong and Taiwan news in traditional characters, written here as new sentences in their style.

describe('traditional characters', () => {
  it('reads 億 and 萬 as scales, and 個百分點 as points (the spans keep the text as written)', () => {
    const es = extract('集團去年營業收入為18.36億元，按年減少12.5%；淨利潤虧損3,250萬元，毛利率下跌1.2個百分點。', {
      kinds: ['figure'],
    });
    expect(es.map((e) => e.text)).toEqual(['18.36億元', '12.5%', '3,250萬元', '1.2個百分點']);
    expect(es.map((e) => e.value?.number)).toEqual([1_836_000_000, 0.125, 32_500_000, 1.2]);
    expect(es[3].value?.unit).toBe('pp');
  });

  it("reads Taiwan's 兆 before money as a trillion (not 兆瓦), and a currency named before a bare 元 as the figure's", () => {
    const es = extract('第三季營收達1.85兆元新台幣，電廠裝機1.2兆瓦；11月營收為新台幣2,760億元，另有港幣50億元。', {
      kinds: ['figure'],
    });
    expect(es.map((e) => e.text)).toEqual(['1.85兆元新台幣', '1.2兆瓦', '11月', '新台幣2,760億元', '港幣50億元']);
    expect(es.map((e) => e.value?.number)).toEqual([1.85e12, 1.2, undefined, 2.76e11, 5e9]);
    expect(es.map((e) => e.value?.unit)).toEqual(['TWD', '兆瓦', undefined, 'TWD', 'HKD']);
  });

  it("reads a filing's dates and amounts in Chinese numerals, with the currency written before them", () => {
    const es = extract('截至二零二五年六月三十日止，基礎盈利為港幣三十億四千八百萬元；二〇二四年十二月三十一日。', {
      kinds: ['figure'],
    });
    expect(es.map((e) => e.text)).toEqual([
      '二零二五年六月三十日',
      '港幣三十億四千八百萬元',
      '二〇二四年十二月三十一日',
    ]);
    expect(es.map((e) => e.value?.date ?? e.value?.unit)).toEqual(['2025-06-30', 'HKD', '2024-12-31']);
    expect(es[1].value?.number).toBe(3_048_000_000);
    // 人民币 before 元 repeats the yuan and stays outside, as every gold set keeps it; a range names it once
    expect(of('人民币13.2亿元，新台幣200億至220億元。', 'figure')).toEqual(['13.2亿元', '新台幣200億至220億元']);
  });

  it('reads a larger unit followed by the digits of the next (2兆6050億元, 2萬8810點) and Taiwan sites’ shapes', () => {
    const es = extract(
      '全年營收2兆4180億元，大盤收在2萬7650點，晶科電（3388-TW）市值衝上12.5 兆元，營收介於美金150億元到158億元。',
      { kinds: ['figure', 'company'] },
    );
    expect(es.filter((e) => e.kind === 'figure').map((e) => e.text)).toEqual([
      '2兆4180億元',
      '2萬7650點',
      '12.5 兆元',
      '美金150億元到158億元',
    ]);
    expect(es.filter((e) => e.kind === 'figure').map((e) => e.value?.number ?? e.value?.high)).toEqual([
      2.418e12, 27650, 12.5e12, 15.8e9,
    ]);
    expect(es.find((e) => e.kind === 'figure' && e.value?.high)?.value?.unit).toBe('USD');
    expect(es.find((e) => e.kind === 'company')?.ticker).toBe('3388-TW');
    expect(of('募资3亿2000万元，约2万人。', 'figure')).toEqual(['3亿2000万元', '2万人']);
  });

  it('reads amounts written digit by digit before a magnitude, as Taiwan print does (六八五二億元), not a vague pair', () => {
    const es = extract('合併營收六八五二億元，稅後獲利三一二四億元，二八〇億美元；成本約三五萬元。', {
      kinds: ['figure'],
    });
    expect(es.map((e) => e.text)).toEqual(['六八五二億元', '三一二四億元', '二八〇億美元']);
    expect(es.map((e) => e.value?.number)).toEqual([685.2e9, 312.4e9, 28e9]);
  });

  it('finds a company by its suffix and its short name, and the speaker as written', () => {
    const text =
      '華信精密工業股份有限公司（以下簡稱「華信精密」）昨日公布財報。華信精密董事長周啟賢在法說會上表示：「明年的出貨量將會翻倍。」';
    expect(of(text, 'company')).toEqual(['華信精密工業股份有限公司', '華信精密', '華信精密']);
    expect(of(text, 'quote')).toEqual(['明年的出貨量將會翻倍。|周啟賢']);
  });

  it('knows the lexicon names written in traditional characters (騰訊控股, 匯豐, 長和)', () => {
    const text = '騰訊控股（0700.HK）與匯豐控股週二公布業績；長和旗下的屈臣氏集團銷售額上升3%。';
    expect(of(text, 'company')).toEqual(['騰訊控股', '匯豐控股', '長和', '屈臣氏集團']);
  });

  it('resolves 他 to the last named person and keeps the organisation speaker as written', () => {
    const text =
      '行政總裁梁志豪說，市場仍然疲弱。他補充說：「我們會繼續回購股份。」\n匯豐控股在聲明中表示：「派息政策維持不變。」';
    expect(of(text, 'quote')).toEqual(['我們會繼續回購股份。|梁志豪', '派息政策維持不變。|匯豐控股']);
  });

  it('keeps the length of any string: byte-order marks, lone surrogates and astral characters among traditional ones', () => {
    const parts = ['億', '萬', '\ufeff', '\ud800', '\udc00', '🚀', 'a', '說', '\u0000', '。'];
    let seed = 7;
    for (let n = 0; n < 200; n++) {
      let t = '';
      for (let k = 0; k < 40; k++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        t += parts[seed % parts.length];
      }
      const s = toSimplified(t);
      expect(s.length).toBe(t.length);
      expect(() => extract(t)).not.toThrow();
    }
    expect(toSimplified('億\ufeff萬')).toBe('亿\ufeff万');
  });

  it('changes nothing in simplified or Latin text, and keeps every offset', () => {
    for (const t of ['乾照光电与哪吒汽车', 'Revenue rose 3%.', '']) expect(toSimplified(t)).toBe(t);
    const trad = '營收達1.85兆元新台幣，較上季增長🚀20%';
    expect(toSimplified(trad)).toHaveLength(trad.length);
    expect(toSimplified(trad)).toBe('营收达1.85兆元新台币，较上季增长🚀20%');
  });
});

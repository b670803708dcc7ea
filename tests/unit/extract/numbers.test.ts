import { describe, expect, it } from 'vitest';
import {
  digitRunEnd,
  parseChineseNumeral,
  parseDigits,
  parseNumeral,
  parseShare,
  scaleBy,
  toHalfWidth,
} from '../../../src/extract/numbers';

describe('parseDigits', () => {
  it('reads ASCII and full-width digits, thousands separators and decimals', () => {
    expect(parseDigits('109.46')).toBe(109.46);
    expect(parseDigits('１２３．４５')).toBe(123.45);
    expect(parseDigits('6,420')).toBe(6420);
    expect(parseDigits('1,234,567.8')).toBe(1234567.8);
  });
  it('refuses what is not a number', () => {
    expect(parseDigits('')).toBeNaN();
    expect(parseDigits('12a')).toBeNaN();
    expect(parseDigits('.5')).toBeNaN();
  });
});

describe('digitRunEnd', () => {
  it('takes thousands groups only after a first group of at most three digits', () => {
    const text = '存款1,850亿元';
    expect(text.slice(2, digitRunEnd(text, 2))).toBe('1,850');
    const notGroups = '2019,2020年';
    expect(notGroups.slice(0, digitRunEnd(notGroups, 0))).toBe('2019');
  });
  it('stops at a comma used as punctuation and takes one decimal part', () => {
    const text = '超过3亿,每天1.5.2版';
    expect(text.slice(2, digitRunEnd(text, 2))).toBe('3');
    expect(text.slice(7, digitRunEnd(text, 7))).toBe('1.5');
  });
});

describe('parseChineseNumeral', () => {
  it('reads positional numerals with 两, 零 and the big units', () => {
    expect(parseChineseNumeral('两千万')).toBe(20_000_000);
    expect(parseChineseNumeral('八百亿')).toBe(80_000_000_000);
    expect(parseChineseNumeral('一百零五')).toBe(105);
    expect(parseChineseNumeral('十三')).toBe(13);
    expect(parseChineseNumeral('三亿五千万')).toBe(350_000_000);
    expect(parseChineseNumeral('两万亿')).toBe(2e12);
  });
  it('reads years written digit by digit', () => {
    expect(parseChineseNumeral('二〇二四')).toBe(2024);
    expect(parseChineseNumeral('一九九八')).toBe(1998);
  });
  it('refuses plan names, vague pairs and bare units', () => {
    expect(parseChineseNumeral('十三五')).toBeNaN();
    expect(parseChineseNumeral('三五')).toBeNaN();
    expect(parseChineseNumeral('万亿')).toBeNaN();
    expect(parseChineseNumeral('')).toBeNaN();
  });
});

describe('parseNumeral', () => {
  it('applies Chinese and English scales', () => {
    expect(parseNumeral('109.46亿')).toBe(10_946_000_000);
    expect(parseNumeral('3.6万')).toBe(36_000);
    expect(parseNumeral('1.18万亿')).toBe(1_180_000_000_000);
    expect(parseNumeral('7.6 billion')).toBe(7_600_000_000);
    expect(parseNumeral('835 million')).toBe(835_000_000);
    expect(parseNumeral('2.5bn')).toBe(2_500_000_000);
    expect(parseNumeral('-7.9亿')).toBe(-790_000_000);
  });
  it('falls back to Chinese numerals and refuses unknown scales', () => {
    expect(parseNumeral('五千万')).toBe(50_000_000);
    expect(parseNumeral('5 zillion')).toBeNaN();
  });
});

describe('parseShare', () => {
  it('reads 成 and 分之', () => {
    expect(parseShare('三成')).toBe(0.3);
    expect(parseShare('八成')).toBe(0.8);
    expect(parseShare('三分之二')).toBeCloseTo(2 / 3, 10);
    expect(parseShare('四分之一')).toBe(0.25);
    expect(parseShare('百分之二十')).toBe(0.2);
    expect(parseShare('千分之五')).toBe(0.005);
  });
  it('refuses a zero denominator or a non-numeral', () => {
    expect(parseShare('零分之一')).toBeNaN();
    expect(parseShare('不成')).toBeNaN();
  });
});

describe('scaleBy', () => {
  it('scales by powers of ten without binary noise', () => {
    expect(scaleBy(109.46, 1e8, 2)).toBe(10_946_000_000);
    expect(scaleBy(92.09, 0.01, 2)).toBe(0.9209);
    expect(scaleBy(0.21, 1, 2)).toBe(0.21);
    expect(scaleBy(18.4, 1e4 * 0.01, 1)).toBe(1840);
  });
  it('rounds other factors', () => {
    expect(scaleBy(3, 1 / 3)).toBe(1);
  });
});

describe('toHalfWidth', () => {
  it('converts full-width digits and marks, keeping the length', () => {
    expect(toHalfWidth('１２３．４５％')).toBe('123.45%');
    expect(toHalfWidth('亿元')).toBe('亿元');
  });
});

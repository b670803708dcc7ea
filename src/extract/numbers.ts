// Number and value parsing for figures: ASCII and full-width digits, thousands separators, Chinese
// numerals (两/〇/零, 十百千万亿), shares (三成), fractions (三分之二) and scale words (万, 亿, million, bn).
// Written here rather than taken from a package: it is ~150 lines, and the figure detector also needs
// the scanning helpers (where a digit run ends), which no converter exposes.

/** Scale words and their factor: Chinese (after digits) and English (after digits, spaced or attached). */
export const SCALES: Readonly<Record<string, number>> = {
  万: 1e4,
  万亿: 1e12,
  亿: 1e8,
  千: 1e3,
  千万: 1e7,
  千亿: 1e11,
  百: 1e2,
  百万: 1e6,
  百亿: 1e10,
  // flush after a currency sign, as headlines write them ($4B, $1.2M, $500K)
  B: 1e9,
  BILLION: 1e9,
  MILLION: 1e6,
  TRILLION: 1e12,
  K: 1e3,
  M: 1e6,
  bln: 1e9,
  bn: 1e9,
  billion: 1e9,
  // Indian numbering (₹410 crore, 5 lakh)
  crore: 1e7,
  crores: 1e7,
  k: 1e3,
  lakh: 1e5,
  'lakh crore': 1e12,
  'lakh crores': 1e12,
  lakhs: 1e5,
  m: 1e6,
  million: 1e6,
  mln: 1e6,
  mn: 1e6,
  thousand: 1e3,
  tn: 1e12,
  trillion: 1e12,
};

const CN_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  '○': 0, // Taiwan print's zero (二○二五年)
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const CN_BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** True for an ASCII or full-width digit code unit. */
export function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/** True for a space between a number and its unit: ASCII, no-break or narrow no-break (news pages use both). */
export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f;
}

/** True for an ASCII letter code unit. */
export function isLatinCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const CN_NUMERAL_CODES = new Uint8Array(0x10000);
for (const ch of '〇○零一二两三四五六七八九十百千万亿廿卅') CN_NUMERAL_CODES[ch.charCodeAt(0)] = 1;

/** True for a code unit that can be part of a Chinese numeral (〇零一二两三…九十百千万亿廿卅); a table, as it runs per character. */
export function isCnNumeralCode(c: number): boolean {
  return CN_NUMERAL_CODES[c] === 1;
}

/** Converts full-width digits, point, comma, percent and minus to ASCII (lengths unchanged). */
export function toHalfWidth(s: string): string {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0xff01 && c <= 0xff5e)
      return s.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  }
  return s;
}

const INDIAN_GROUPS = /^(?:,\d{2})+,\d{3}(?!\d|,\d)/;

/** Where a digit number starting at `i` ends: digits, `,ddd` groups (first group ≤ 3 digits), one decimal part. */
export function digitRunEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isDigitCode(text.charCodeAt(j))) j++;
  const firstGroup = j - i;
  // Indian grouping, lakhs and crores in pairs before the last three digits (2,31,450; 1,23,45,678)
  const indian = firstGroup <= 2 && text[j] === ',' ? INDIAN_GROUPS.exec(text.slice(j, j + 24)) : null;
  if (indian) j += indian[0].length;
  // Thousands separators: an ASCII comma followed by exactly three digits, after a first group of 1–3 digits.
  else if (firstGroup <= 3) {
    let k = j;
    // A full-width comma separates thousands only between full-width digits (１，０４８．６亿元); elsewhere it is a
    // clause comma (分别为3，5).
    const wide = text.charCodeAt(j - 1) > 0xff00;
    while (
      (text[k] === ',' || (wide && text[k] === '，' && text.charCodeAt(k + 1) > 0xff00)) &&
      isDigits(text, k + 1, 3) &&
      !isDigitCode(text.charCodeAt(k + 4))
    )
      k += 4;
    j = k;
  }
  const dot = text[j];
  if ((dot === '.' || dot === '．') && isDigitCode(text.charCodeAt(j + 1))) {
    j++;
    while (j < text.length && isDigitCode(text.charCodeAt(j))) j++;
  }
  return j;
}

function isDigits(text: string, i: number, count: number): boolean {
  for (let k = i; k < i + count; k++) if (!isDigitCode(text.charCodeAt(k))) return false;
  return true;
}

/** The value of a digit number as written (１２３．４５ → 123.45, 6,420 → 6420); NaN if it is none. */
export function parseDigits(s: string): number {
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s); // the common case: ASCII, no separators
  let t = '';
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 48 && c <= 57) t += s[k];
    else if (c >= 0xff10 && c <= 0xff19) t += String.fromCharCode(c - 0xfee0);
    else if (c === 46 || c === 0xff0e) t += '.';
    else if (c !== 44 && c !== 0xff0c) return NaN;
  }
  return t && t[0] !== '.' && t[t.length - 1] !== '.' ? Number(t) : NaN;
}

/** True for a Chinese digit (〇○零一二两三…九), the only characters after a decimal 点. */
export function isCnDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch in CN_DIGITS;
}

/**
 * The value of a Chinese numeral: positional (两千三百万 → 23000000, 一百零五 → 105, 十三 → 13,
 * 三亿五千万 → 350000000, 廿二 → 22), digit by digit (二〇二四 → 2024) or with a decimal point (三点五 → 3.5,
 * 十二点〇八 → 12.08). NaN for what is not a numeral (十三五, 三五).
 */
export function parseChineseNumeral(s: string): number {
  const point = s.indexOf('点');
  if (point >= 0) {
    const whole = point > 0 ? parseChineseNumeral(s.slice(0, point)) : NaN;
    const digits = [...s.slice(point + 1)];
    if (!(whole >= 0) || !digits.length || !digits.every(isCnDigit) || s.slice(0, point) === '两') return NaN;
    return Number(`${whole}.${digits.map((ch) => CN_DIGITS[ch]).join('')}`);
  }
  // Taiwan print's twenty and thirty (百分之廿二, 卅家)
  if (s.includes('廿') || s.includes('卅')) return parseChineseNumeral(s.replace(/廿/g, '二十').replace(/卅/g, '三十'));
  const chars = [...s];
  if (!chars.length) return NaN;
  // Digit by digit before a magnitude, as Taiwan print writes amounts (六八五二亿元, 二八〇亿美元): three digits or more,
  // or one of them a zero (两个 bare digits, 三五万, are a vague pair)
  const magnitude = /^([〇零一二三四五六七八九]+)(万亿|亿|万)$/.exec(s);
  if (magnitude && (magnitude[1].length >= 3 || /[〇零]/.test(magnitude[1])) && magnitude[1].length <= 5)
    return Number([...magnitude[1]].map((ch) => CN_DIGITS[ch]).join('')) * SCALES[magnitude[2]];
  if (chars.every((ch) => ch in CN_DIGITS)) {
    // Digit by digit, as years are written (二〇二四, 一九九八); two bare digits (三五, 一两) are a vague pair.
    if (chars.length === 1) return CN_DIGITS[s];
    return chars.length >= 3 || /[〇零]/.test(s) ? Number(chars.map((ch) => CN_DIGITS[ch]).join('')) : NaN;
  }
  let total = 0; // completed 亿 sections
  let section = 0; // completed 万 sections inside the current 亿 section
  let group = 0; // below 万
  let digit = -1; // pending digit
  let lastUnit = Infinity; // the last small unit seen in this group, to reject 十十 / 三五
  for (const ch of s) {
    if (ch in CN_DIGITS) {
      if (digit >= 0 && CN_DIGITS[ch] !== 0) return NaN; // two digits in a row (三五): not a numeral
      digit = CN_DIGITS[ch] === 0 ? -1 : CN_DIGITS[ch];
      if (CN_DIGITS[ch] === 0) lastUnit = Infinity;
    } else if (ch in CN_SMALL_UNITS) {
      const u = CN_SMALL_UNITS[ch];
      if (u >= lastUnit) return NaN;
      // A leading unit counts one of it (十三, 百分之二十); elsewhere a unit needs its digit.
      const lead = group === 0 && section === 0 && total === 0;
      group += (digit < 0 ? (lead ? 1 : NaN) : digit) * u;
      digit = -1;
      lastUnit = u;
    } else if (ch in CN_BIG_UNITS) {
      const value = group + Math.max(digit, 0);
      if (ch === '万') {
        if (value === 0 && section === 0) return NaN;
        section += (value || 1) * 1e4;
      } else {
        total = (total + section + value) * 1e8;
        section = 0;
        if (total === 0) return NaN;
      }
      group = 0;
      digit = -1;
      lastUnit = Infinity;
    } else return NaN;
  }
  const result = total + section + group + Math.max(digit, 0);
  return result > 0 ? result : NaN;
}

/** Parses a number written in digits or Chinese numerals, with an optional scale word (109.46亿 → 10946000000). */
export function parseNumeral(s: string): number {
  const t = toHalfWidth(s.trim());
  const m = /^([-+−]?)([\d,]+(?:\.\d+)?)\s*(万亿|千万|千亿|百万|百亿|万|亿|[A-Za-z]+)?$/.exec(t);
  if (m) {
    const scale = m[3] ? SCALES[m[3].toLowerCase()] : 1;
    const n = parseDigits(m[2]);
    if (scale === undefined || Number.isNaN(n)) return NaN;
    return round((m[1] && m[1] !== '+' ? -1 : 1) * n * scale);
  }
  return parseChineseNumeral(t);
}

/** The share a Chinese expression names: 三成 → 0.3, 三分之二 → 0.6667 (rounded), 百分之二十 → 0.2. NaN otherwise. */
export function parseShare(s: string): number {
  const cheng = /^(.+)成$/.exec(s);
  if (cheng) return round(parseChineseNumeral(cheng[1]) / 10);
  const frac = /^(.+)分之(.+)$/.exec(s);
  if (frac) {
    // (万分之二: per ten thousand, where 万 alone is no numeral)
    const den = frac[1] === '万' ? 1e4 : parseNumeral(frac[1]);
    const num = parseNumeral(frac[2]);
    return den > 0 ? round(num / den) : NaN;
  }
  return NaN;
}

/**
 * `n` × `factor` without binary noise (109.46 × 1e8 → 10946000000, 92.09 × 0.01 → 0.9209), `n` having `dec`
 * decimals as written. For a power of ten the digits are scaled as an integer and divided once, which rounds
 * correctly; other factors fall back to rounding to 12 significant digits.
 */
export function scaleBy(n: number, factor: number, dec = 0): number {
  if (factor === 1) return n;
  const exp = Math.round(Math.log10(Math.abs(factor)));
  if (Math.abs(10 ** exp - factor) > factor * 1e-12 || dec > 15) return round(n * factor);
  const mantissa = Math.round(n * 10 ** dec);
  const e = exp - dec;
  return e >= 0 ? mantissa * 10 ** e : mantissa / 10 ** -e;
}

/** Rounds away binary noise (109.46 × 1e8 → 10946000000, not 10946000000.000002). */
export function round(n: number): number {
  if (!Number.isFinite(n)) return n;
  return Number(n.toPrecision(12));
}

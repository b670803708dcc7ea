// The figure detector (GUIDELINE.md §2): one left-to-right scan that tries a figure where a digit, a sign, a
// currency sign, a Latin word or a Chinese numeral starts, and on a miss jumps past the whole run it read,
// so the work stays linear in the text. Adjacent figures joined by a range mark are then merged.
import type { Detector, Entity, FigureValue } from './types';
import { scanDateZh, scanDayMonthEn, scanMonthEn, scanNumericDate, yearAt } from './figure-dates';
import {
  FIGURE_CURRENCIES_EN,
  FIGURE_CURRENCIES_ZH,
  FIGURE_CURRENCY_PREFIXES,
  FIGURE_MEASURE_WORDS_ZH,
  FIGURE_RATE_NOUNS_EN,
  FIGURE_RATIOS_ZH,
  FIGURE_UNITS_EN,
} from './lexicon/figure-units';
import {
  FIGURE_FRACTIONS_EN,
  FIGURE_IDIOMS_ZH,
  FIGURE_LEADS_EN,
  FIGURE_LEADS_ZH,
  FIGURE_NOT_AFTER_ZH,
} from './lexicon/figure-words';
import {
  SCALES,
  digitRunEnd,
  isCnNumeralCode,
  isDigitCode,
  isLatinCode,
  parseChineseNumeral,
  parseDigits,
  parseShare,
  round,
  scaleBy,
} from './numbers';

interface Unit {
  unit: string;
  factor: number;
  money: boolean;
}

/** A figure being built: the number as written, its scale and unit factor, or a date. */
interface Cand {
  start: number;
  end: number;
  /** The number as written (with its sign), before scale and unit factor. */
  raw: number;
  scale: number;
  factor: number;
  unit: string | undefined;
  date: string | undefined;
  /** A plain number: no scale, unit or currency. */
  plain: boolean;
  /** Decimals written after the point (for exact scaling). */
  dec: number;
  low: number | undefined;
  high: number | undefined;
}

/** Every figure object is made here, with all fields in one order, so they share one hidden class. */
function cand(
  start: number,
  end: number,
  raw: number,
  unit?: string,
  scale = 1,
  factor = 1,
  date?: string,
  plain = false,
  dec = 0,
): Cand {
  return { start, end, raw, scale, factor, unit, date, plain, dec, low: undefined, high: undefined };
}

const dateCand = (start: number, end: number, date: string): Cand => cand(start, end, NaN, undefined, 1, 1, date);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternation = (keys: string[]): string =>
  [...keys]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

const ZH_UNITS = new Map<string, Unit>();
for (const w of FIGURE_MEASURE_WORDS_ZH) ZH_UNITS.set(w, { unit: w, factor: 1, money: false });
for (const [w, [unit, factor]] of Object.entries(FIGURE_RATIOS_ZH)) ZH_UNITS.set(w, { unit, factor, money: false });
for (const [w, unit] of Object.entries(FIGURE_CURRENCIES_ZH)) ZH_UNITS.set(w, { unit, factor: 1, money: true });
const EN_UNITS = new Map<string, Unit>();
for (const [w, [unit, factor]] of Object.entries(FIGURE_UNITS_EN)) EN_UNITS.set(w, { unit, factor, money: false });
for (const [w, [unit, factor]] of Object.entries(FIGURE_CURRENCIES_EN)) EN_UNITS.set(w, { unit, factor, money: true });
/** Keys indexed by their first code unit, longest first: a longest match is a few startsWith calls. */
function indexByFirst(keys: Iterable<string>): Map<number, string[]> {
  const index = new Map<number, string[]>();
  for (const k of keys) index.set(k.charCodeAt(0), [...(index.get(k.charCodeAt(0)) ?? []), k]);
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}
const ZH_INDEX = indexByFirst(ZH_UNITS.keys());
const EN_INDEX = indexByFirst(EN_UNITS.keys());
const ZH_SCALES = ['万亿', '千万', '千亿', '百万', '百亿', '万', '亿', '千', '百'];
const EN_SCALE_RE = /([ -]?)(million|billion|trillion|thousand|bn|mn|mln|bln|tn|m|k)(?![A-Za-z])/y;
const RATE_ZH_RE = new RegExp(
  `/(${alternation([...FIGURE_MEASURE_WORDS_ZH, '月', '日', '季'])}|[A-Za-z]{1,5}(?![A-Za-z]))`,
  'y',
);
const RATE_EN_RE = new RegExp(
  ` (?:a|an|per) (?:diluted |basic )?(${FIGURE_RATE_NOUNS_EN.join('|')})(?![A-Za-z]| (?:earlier|ago|before|later|prior))`,
  'y',
);
// Units that a hyphen may join as an adjective (a 30-day average), and those written flush (5%, 30x, 2.4mg).
const HYPHEN_UNITS = new Set(['day', 'week', 'month', 'year', 'hour', 'minute', 'second', 'km', 'mile']);
const FLUSH_UNIT = /^(?:%|x|[A-Za-z]{1,3}|[GkT]Wh)$/;
// After 元 or 成 these characters make another word (一元化, 元宇宙, 三成员, 一成不变).
const NOT_AFTER_CHENG = new Set([...'员本立功交熟长果就效绩品型像不']);
// Characters after a unit that make it part of another word (一元化, 元宇宙, 三成员, 3期临床 is a phase).
const NOT_AFTER_UNIT = new Map<string, Set<string>>([
  ['元', new Set([...'化论素件宇组次老首帅朝气'])],
  ['成', NOT_AFTER_CHENG],
  ['期', new Set([...'临'])],
]);
const NOT_AFTER = new Set(FIGURE_NOT_AFTER_ZH);
const LEADS = new Set(FIGURE_LEADS_EN);
const FRACTIONS = new Map(Object.entries(FIGURE_FRACTIONS_EN));
const CN_LEAD = new Set([...'一二三四五六七八九两']);
const NUMBER_LEADS_ZH = new Set(FIGURE_LEADS_ZH);
const isHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;
const SIGNS = new Set([...'-−－+']);
const CHANGE_BEFORE =
  /(?:[增降升涨跌减长滑落窄大高低少加]|\b(?:rose|fell|climbed|grew|increased|decreased|declined|dropped|jumped|gained|slid|slipped|widened|narrowed|up|down|by|raised|cut|lowered|lifted|added|lost) )$/;
const CHANGE_FROM =
  /\b(?:rose|fell|climbed|grew|increased|decreased|declined|dropped|jumped|gained|slid|widened|narrowed|raised|cut|lowered) from $/;
const DASHES = /^(?:[-–—~～〜至到]| to | - | – )$/;

/** Finds figures (GUIDELINE.md §2) with their normalised value. Linear in the text; never throws. */
export const figureDetector: Detector = {
  kind: 'figure',
  detect(text: string): Entity[] {
    return mergeRanges(text, scan(text)).map((c) => ({
      kind: 'figure',
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      value: valueOf(c),
    }));
  },
};

function valueOf(c: Cand): FigureValue {
  if (c.date !== undefined) return { date: c.date };
  const v: FigureValue =
    c.low !== undefined ? { low: c.low, high: c.high } : { number: scaleBy(c.raw, c.scale * c.factor, c.dec) };
  if (c.unit) v.unit = c.unit;
  return v;
}

// What may start a figure, by code unit, so the scan skips every other character with one table read.
const START = new Uint8Array(0x10000);
const DIGIT = 1,
  SIGN = 2,
  LATIN = 3,
  CN = 4,
  CURRENCY = 5,
  BOOK_OPEN = 6,
  BOOK_CLOSE = 7;
for (let c = 0; c < 0x10000; c++) {
  if (isDigitCode(c)) START[c] = DIGIT;
  else if (isLatinCode(c)) START[c] = LATIN;
  else if (isCnNumeralCode(c)) START[c] = CN;
}
for (const ch of '-−－+') START[ch.charCodeAt(0)] = SIGN;
for (const ch of Object.keys(FIGURE_CURRENCY_PREFIXES)) if (ch.length === 1) START[ch.charCodeAt(0)] = CURRENCY;
START[0x300a] = BOOK_OPEN;
START[0x300b] = BOOK_CLOSE;
START[10] = BOOK_CLOSE;

function scan(text: string): Cand[] {
  const out: Cand[] = [];
  const n = text.length;
  let inBook = false; // inside 《…》 on this line: digits there are part of a title (《终结者2》)
  let lastEnd = -1;
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    const kind = START[c];
    if (kind === 0) {
      i++;
      continue;
    }
    let r: Cand | number | null = null;
    if (kind === DIGIT) r = scanNumber(text, i, i);
    else if (kind === LATIN) r = isLatinCode(text.charCodeAt(i - 1)) ? null : scanWord(text, i);
    else if (kind === CN) r = isCnNumeralCode(text.charCodeAt(i - 1)) ? null : scanChinese(text, i);
    else if (kind === CURRENCY) {
      const cur = currencyAt(text, i);
      if (cur) r = scanNumber(text, i, cur[1], cur[0]);
    } else if (kind === SIGN) {
      // A sign right after a figure is a range mark (20%-30%); after a letter it is a hyphen (GPT-4).
      const prev = text.charCodeAt(i - 1);
      if (i !== lastEnd && !isLatinCode(prev) && !isDigitCode(prev)) {
        const sign = c === 43 ? 1 : -1;
        const cur = currencyAt(text, i + 1);
        if (isDigitCode(text.charCodeAt(i + 1))) r = scanNumber(text, i, i + 1, undefined, sign);
        else if (cur) r = scanNumber(text, i, cur[1], cur[0], sign);
      }
    } else inBook = kind === BOOK_OPEN;
    if (r === null) i++;
    else if (typeof r === 'number') i = Math.max(r, i + 1);
    else {
      if (!(inBook && r.plain)) out.push(r);
      lastEnd = i = r.end;
    }
  }
  return out;
}

/** A currency sign at `i` directly followed by a digit: [ISO code, index of the digit]. */
function currencyAt(text: string, i: number): [string, number] | null {
  const ch = text[i];
  let code = FIGURE_CURRENCY_PREFIXES[ch];
  if (!code || !isDigitCode(text.charCodeAt(i + 1))) return null;
  // ¥ is the yuan in Chinese text and the yen elsewhere.
  if (ch === '¥' && !/[\u4e00-\u9fff]/.test(text.slice(Math.max(0, i - 3), i))) code = 'JPY';
  return [code, i + 1];
}

/** The end of a run of letters, digits and joiners (5G, 1.2.3, 9/11, A-320): where a rejected number is skipped to. */
function junkEnd(text: string, j: number): number {
  while (j < text.length) {
    const c = text.charCodeAt(j);
    const joiner = c === 46 || c === 47 || c === 58 || c === 95 || c === 45 || c === 0xff0e;
    if (isDigitCode(c) || isLatinCode(c) || (joiner && isDigitCode(text.charCodeAt(j + 1)))) j++;
    else break;
  }
  return j;
}

/** Where a stock code starting at `i` ends (002600.SZ, （002415）, 代码：600519), or 0. */
function stockCodeEnd(text: string, i: number, coreEnd: number): number {
  if (text[coreEnd] === '.') {
    const m = /^\.(?:SZ|SH|SS|HK|BJ|TW|KS|KQ|OQ|US|[LNOT])(?![A-Za-z])/.exec(text.slice(coreEnd, coreEnd + 4));
    if (m) return coreEnd + m[0].length;
  }
  const len = coreEnd - i;
  if (len < 4 || len > 6 || /[^0-9０-９]/.test(text.slice(i, coreEnd))) return 0;
  if (/代码[:：]?\s*$/.test(text.slice(Math.max(0, i - 5), i))) return coreEnd;
  // In brackets: 5–6 digits, or 4 with a leading 0 (HK), so that a year in brackets (2023) stays a year.
  const bracketed = '（('.includes(text[i - 1] ?? '_') && '）),，、'.includes(text[coreEnd] ?? '_');
  return bracketed && (len > 4 || text[i] === '0') ? coreEnd : 0;
}

/** A Chinese unit at `j` (元, 亿元's 元, 个百分点, 条, 个月…), longest first: [unit, end]. */
function zhUnitAt(text: string, j: number): [Unit, number] | null {
  const list = ZH_INDEX.get(text.charCodeAt(j));
  if (list)
    for (const w of list) {
      const end = j + w.length;
      if (text.startsWith(w, j) && !NOT_AFTER_UNIT.get(w)?.has(text[end])) return [ZH_UNITS.get(w)!, end];
    }
  return null;
}

/** An English unit at `j`, spaced, flush or hyphenated (5 percent, 5%, 30-day, 2.4mg): [unit, end]. */
function enUnitAt(text: string, j: number): [Unit, number] | null {
  const c = text.charCodeAt(j);
  const sep = c === 32 ? ' ' : c === 45 ? '-' : '';
  const k = j + sep.length;
  const list = EN_INDEX.get(text.charCodeAt(k));
  if (!list) return null;
  for (const w of list) {
    if (!text.startsWith(w, k) || isLatinCode(text.charCodeAt(k + w.length))) continue;
    const u = EN_UNITS.get(w)!;
    // A hyphen only for adjectives (30-day), flush only for symbols and short units (5%, 2.4mg), x only flush.
    if (
      (sep === '-' && !HYPHEN_UNITS.has(u.unit)) ||
      (sep === '' && !FLUSH_UNIT.test(w)) ||
      (sep && (w === 'x' || w === 'X'))
    )
      return null;
    return [u, k + w.length];
  }
  return null;
}

/** A scale word at `j` (亿, 万亿, million, bn): [factor, end]. */
function scaleAt(text: string, j: number, money: boolean): [number, number] | null {
  const c = text.charCodeAt(j);
  if (isCnNumeralCode(c)) {
    for (const w of ZH_SCALES) if (text.startsWith(w, j)) return [SCALES[w], j + w.length];
    return null;
  }
  if (c !== 32 && c !== 45 && !isLatinCode(c)) return null;
  EN_SCALE_RE.lastIndex = j;
  const en = EN_SCALE_RE.exec(text);
  if (!en) return null;
  const [all, sep, word] = en;
  // 5 million, $10-million, 2.5bn, 3 bn; flush m and k only after a currency sign ($5m), else metres or kilo-.
  const ok = word.length > 2 ? sep !== '-' || money : word.length === 2 ? sep !== '-' : sep === '' && money;
  return ok ? [SCALES[word], j + all.length] : null;
}

/** 多 or 余 written inside a number (300多段, 2300余人, 20多万元), but not 余额. */
function approxEnd(text: string, j: number): number {
  const ch = text[j];
  return ch === '多' || (ch === '余' && text[j + 1] !== '额' && text[j + 1] !== '下') ? j + 1 : j;
}

/** A number in digits starting at `i` (with its sign or currency from `start`), its scale, unit and rate. */
function scanNumber(text: string, start: number, i: number, cur?: string, sign = 1): Cand | number {
  const coreEnd = digitRunEnd(text, i);
  const before = text.charCodeAt(start - 1);
  // Digits glued to a name (A320, GPT-4, COVID-19), a version (1.2.3), an ordinal or vague word (第3, 数10).
  const before2 = text.charCodeAt(start - 2);
  if (isLatinCode(before) || isDigitCode(before) || (before === 45 && isLatinCode(before2)))
    return junkEnd(text, coreEnd);
  if (before === 46 && isDigitCode(before2)) return junkEnd(text, coreEnd);
  if (NOT_AFTER.has(text[start - 1])) return junkEnd(text, coreEnd);
  const code = stockCodeEnd(text, i, coreEnd);
  if (code) return code;
  let firstRun = i;
  while (firstRun < coreEnd && isDigitCode(text.charCodeAt(firstRun))) firstRun++;
  const integer = firstRun === coreEnd;
  if (!cur && sign === 1 && integer) {
    const d = scanNumericDate(text, i) ?? scanDateZh(text, i, coreEnd) ?? scanDayMonthEn(text, i, coreEnd);
    if (d) return dateCand(start, d.end, d.date);
  }
  const raw = parseDigits(text.slice(i, coreEnd)) * sign;
  let j = coreEnd;
  const nx = text[j];
  if ('.．/:：'.includes(nx ?? '_') && isDigitCode(text.charCodeAt(j + 1))) {
    // A clock time standing alone (15:00) and a US date (9/30/2025) are figures; versions, ratios and
    // fractions (1.2.3, 3:1, 9/11) are not.
    const t = /^(\d{1,2})[:：](\d{2})(?![\d:])/.exec(text.slice(i, i + 6));
    if (!cur && integer && t && +t[1] < 24 && +t[2] < 60)
      return dateCand(start, i + t[0].length, `T${t[1].padStart(2, '0')}:${t[2]}`);
    const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/.exec(text.slice(i, i + 11));
    if (!cur && us && +us[1] <= 12 && +us[2] <= 31 && +us[1] > 0 && +us[2] > 0)
      return dateCand(start, i + us[0].length, `${us[3]}-${us[1].padStart(2, '0')}-${us[2].padStart(2, '0')}`);
    return junkEnd(text, coreEnd);
  }
  if (integer && coreEnd - i === 4 && nx === 's' && !isLatinCode(text.charCodeAt(j + 1)) && yearAt(text, i))
    return dateCand(start, j + 1, text.slice(i, i + 3)); // a decade: 1990s
  let scale = 1;
  let hasScale = false;
  j = approxEnd(text, j);
  let unit = zhUnitAt(text, j);
  if (!unit) {
    const sc = scaleAt(text, j, !!cur);
    if (sc) {
      scale = sc[0];
      hasScale = true;
      j = approxEnd(text, sc[1]);
    }
    unit = zhUnitAt(text, j) ?? enUnitAt(text, j);
  }
  let u: string | undefined = cur;
  let factor = 1;
  if (unit && !(cur && unit[0].money)) {
    u = unit[0].unit;
    factor = unit[0].factor;
    j = unit[1];
  }
  const nx2 = text[j];
  if (u && (nx2 === '/' || nx2 === ' ') && (cur || unit?.[0].money || /^[a-zA-Z]+$/.test(u))) {
    // A rate after money or a measure: 20美元/月, 0.56元/千瓦时, 2.4mg/kg, $2.83 a share.
    RATE_ZH_RE.lastIndex = j;
    RATE_EN_RE.lastIndex = j;
    const rate = RATE_ZH_RE.exec(text) ?? RATE_EN_RE.exec(text);
    if (rate) {
      u = `${u}/${rate[1]}`;
      j += rate[0].length;
    }
  }
  const plain = !u && !hasScale;
  if (plain) {
    // 5G, 4K, 3D; a split ratio (2-for-1).
    if (isLatinCode(text.charCodeAt(j)) || isDigitCode(text.charCodeAt(j)) || text.startsWith('-for-', j))
      return junkEnd(text, coreEnd);
    if (integer && coreEnd - i > 12) return junkEnd(text, coreEnd); // an identifier, not a quantity
    if (before === 32 && afterName(text, start - 1)) return junkEnd(text, coreEnd);
    if (isEnumerator(text, start, j) || /No\.\s?$/.test(text.slice(Math.max(0, start - 4), start)))
      return junkEnd(text, coreEnd);
    // A brand or title followed by a number (“桂溪1958”, 小米14系列) is a name, unless a verb or preposition leads.
    if (
      integer &&
      isHan(before) &&
      !NUMBER_LEADS_ZH.has(text[start - 1]) &&
      ((isHan(text.charCodeAt(j)) && !'至到'.includes(text[j])) || '”’」』》）)'.includes(text[j] ?? '_'))
    )
      return junkEnd(text, coreEnd);
  }
  const year = plain && integer && sign === 1 ? yearAt(text, i) : NaN;
  if (year && coreEnd - i === 4) return dateCand(start, j, String(year));
  const dec = integer ? 0 : coreEnd - firstRun - 1;
  return cand(start, j, raw, u, scale, factor, undefined, plain, dec);
}

/** True for a list number: 1、 (1) （2） or 1. / 1) at the start of a line. */
function isEnumerator(text: string, start: number, end: number): boolean {
  const after = text[end];
  if (after === '、' || end - start > 2) return after === '、' && end - start <= 3;
  const prev = text[start - 1];
  if ((prev === '(' || prev === '（') && (after === ')' || after === '）')) return true;
  const lineStart =
    start === 0 || prev === '\n' || (prev === ' ' && /(?:^|\n)#* $/.test(text.slice(Math.max(0, start - 5), start)));
  return lineStart && (after === '.' || after === ')' || after === '）' || after === '．');
}

/** True when the word before the space at `sp` is a name (iPhone 16, Windows 11), not a lead-in (in 2023). */
function afterName(text: string, sp: number): boolean {
  let w = sp;
  while (w > 0 && sp - w < 30 && isLatinCode(text.charCodeAt(w - 1))) w--;
  const word = text.slice(w, sp);
  return /[A-Z]/.test(word) && !LEADS.has(word.toLowerCase());
}

/** A Latin word at `i`: a currency code (US$5, RMB 5), an English date (Oct. 31, mid-2026, Q3) or a fraction. */
function scanWord(text: string, i: number): Cand | number {
  let e = i;
  while (e < text.length && isLatinCode(text.charCodeAt(e))) e++;
  // Cheap exits first (this runs for every English word): nothing to find in a long word, or in one that
  // is not followed by $ (US$), a space, a point (Oct.), a hyphen (mid-, two-thirds) or a digit (Q3).
  const next = text.charCodeAt(e);
  if (e - i > 9 || !(next === 36 || next === 32 || next === 46 || next === 45 || isDigitCode(next))) return e;
  // Lower-case words only matter before a hyphen (mid-2026, two-thirds).
  const first = text.charCodeAt(i);
  if (first >= 97 && next !== 45) return e;
  const w = text.slice(i, e);
  const sym = FIGURE_CURRENCY_PREFIXES[w + text[e]];
  if (sym && text[e] === '$' && isDigitCode(text.charCodeAt(e + 1))) return scanNumber(text, i, e + 1, sym);
  const code = /^[A-Z]{3}$/.test(w) ? FIGURE_CURRENCY_PREFIXES[w] : undefined;
  const at = text[e] === ' ' ? e + 1 : e;
  if (code && isDigitCode(text.charCodeAt(at))) return scanNumber(text, i, at, code);
  const d = scanMonthEn(text, i, e);
  if (d) return dateCand(i, d.end, d.date);
  if ((w === 'mid' || w === 'early' || w === 'late') && text[e] === '-') {
    const y = yearAt(text, e + 1);
    if (y) return text[e + 5] === 's' ? dateCand(i, e + 6, String(y).slice(0, 3)) : dateCand(i, e + 5, String(y));
  }
  if ((w === 'Q' || w === 'H') && /^[1-4](?![0-9A-Za-z])/.test(text.slice(e, e + 2)) && (w === 'Q' || text[e] < '3')) {
    const y = text[e + 1] === ' ' ? yearAt(text, e + 2) : NaN;
    const p = `${w}${text[e]}`;
    return y ? dateCand(i, e + 6, `${y}-${p}`) : dateCand(i, e + 1, `--${p}`);
  }
  if (next === 45) {
    let f = e + 1;
    while (f < text.length && isLatinCode(text.charCodeAt(f)) && f - e < 12) f++;
    const v = FRACTIONS.get(text.slice(i, f));
    if (v) return cand(i, f, round(v), '%');
  }
  return e;
}

/** A Chinese numeral at `i`: shares (三成, 三分之二), multiples (三倍), magnitudes and money (三千万, 八百亿元). */
function scanChinese(text: string, i: number): Cand | number {
  let e = i;
  while (e < text.length && isCnNumeralCode(text.charCodeAt(e))) e++;
  if (e - i > 12 || NOT_AFTER.has(text[i - 1])) return e;
  const s = text.slice(i, e);
  // Idioms are checked only for what would be a figure: this path runs at every 一, 十, 万… of a Chinese text.
  const make = (end: number, raw: number, unit?: string, scale = 1, factor = 1): Cand | number =>
    inIdiom(text, i) ? e : cand(i, end, raw, unit, scale, factor);

  if (text.startsWith('分之', e)) {
    let f = e + 2;
    while (f < text.length && (isCnNumeralCode(text.charCodeAt(f)) || isDigitCode(text.charCodeAt(f)))) f++;
    const v = parseShare(text.slice(i, f));
    return Number.isFinite(v) && v > 0 ? make(f, v, '%') : f;
  }
  const v = parseChineseNumeral(s);
  if (!(v > 0)) return e;
  const lead = CN_LEAD.has(s[0]) || s[0] === '十';
  if (text[e] === '成' && s.length === 1 && CN_LEAD.has(s) && !NOT_AFTER_CHENG.has(text[e + 1]))
    return make(e + 1, v, '%', 1, 0.1);
  if (/^[〇零一二三四五六七八九]{4}$/.test(s) && text[e] === '年') return dateCand(i, e + 1, String(v));
  let j = approxEnd(text, e);
  let scale = 1;
  if (j > e && (text[j] === '万' || text[j] === '亿')) scale = SCALES[text[j++]];
  const unit = zhUnitAt(text, approxEnd(text, j));
  const big = scale > 1 || /[万亿]/.test(s);
  const ratio = unit && (unit[0].unit === 'x' || unit[0].unit === 'pp' || unit[0].unit === 'bp');
  const hundreds = CN_LEAD.has(s[0]) && v >= 100 && unit && !unit[0].money;
  if (!lead || !(unit?.[0].money || ratio || big || hundreds)) return e;
  if (unit) return make(unit[1], v, unit[0].unit, scale, unit[0].factor);
  return make(j, v, undefined, scale);
}

/** True when position `i` lies inside an idiom that contains numerals (一带一路, 十万火急). */
function inIdiom(text: string, i: number): boolean {
  for (const idiom of FIGURE_IDIOMS_ZH)
    for (let s = Math.max(0, i - idiom.length + 1); s <= i; s++) if (text.startsWith(idiom, s)) return true;
  return false;
}

/** Joins adjacent figures linked by a range mark (15%-18%, 8至10年, $8.1 billion to $8.6 billion). */
function mergeRanges(text: string, cands: Cand[]): Cand[] {
  const out: Cand[] = [];
  for (let k = 0; k < cands.length; k++) {
    const l = cands[k];
    const r = cands[k + 1];
    const merged =
      r && r.start - l.end <= 4 && r.start > l.end && DASHES.test(text.slice(l.end, r.start))
        ? joinRange(text, l, r)
        : null;
    if (merged) {
      out.push(merged);
      k++;
    } else out.push(l);
  }
  return out;
}

function joinRange(text: string, l: Cand, r: Cand): Cand | null {
  if (l.low !== undefined || r.low !== undefined) return null;
  const span = cand(l.start, r.end, r.raw, r.unit, r.scale, r.factor, undefined, false, r.dec);
  if (l.date !== undefined || r.date !== undefined) {
    const ld = l.date ?? bareDate(l, r.date);
    const rd = r.date && ld ? completeDate(ld, r.date) : undefined;
    if (!rd) return null;
    span.date = `${ld}/${rd}`;
    return span;
  }
  const before = text.slice(Math.max(0, l.start - 20), l.start);
  // "rose from 5% to 8%" reports a change, not a range (but "up from $3.95 to $4.10" was a range).
  if (CHANGE_FROM.test(before)) return null;
  const fits =
    l.unit === r.unit ||
    (!l.unit && l.scale === 1) ||
    (!l.unit && l.scale !== 1 && r.scale !== 1) ||
    (!!l.unit && !!r.unit?.startsWith(`${l.unit}/`));
  if (!fits) return null;
  const scale = l.scale !== 1 ? l.scale : r.scale;
  const factor = l.unit ? l.factor : r.factor;
  const low = scaleBy(l.raw, scale * factor, l.dec);
  const high = scaleBy(r.raw, r.scale * r.factor, r.dec);
  // A range goes up; after a verb of change, a small first number is the change and the second the level
  // (下降0.5%至12.3%, rose 0.2% to 4.1%), while comparable ends are a range (增长5%至8%).
  if (low > high || (CHANGE_BEFORE.test(before) && Math.abs(low) < Math.abs(high) / 4)) return null;
  span.low = low;
  span.high = high;
  return span;
}

/** The date of a bare number before a month or day (3—5月, 10至12日), in the partial form of the other end. */
function bareDate(l: Cand, rd: string | undefined): string | undefined {
  if (!rd || !l.plain || !Number.isInteger(l.raw) || l.raw < 1) return undefined;
  const two = String(l.raw).padStart(2, '0');
  if (/^--\d\d$/.test(rd) && l.raw <= 12) return `--${two}`;
  if (/^---\d\d$/.test(rd) && l.raw <= 31) return `---${two}`;
  return undefined;
}

/** The end of a date range, completed from its start where it is written shorter (2024年1月至9月 → 2024-09). */
function completeDate(ld: string, rd: string): string | undefined {
  if (ld.startsWith('-') === rd.startsWith('-') && ld.startsWith('---') === rd.startsWith('---')) return rd;
  const m = /^(\d{4}-|--)(\d\d-)?/.exec(ld);
  if (!m) return undefined;
  if (rd.startsWith('---')) return m[2] ? `${m[1]}${m[2]}${rd.slice(3)}` : undefined;
  return m[1] !== '--' ? `${m[1]}${rd.slice(2)}` : undefined;
}

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
  isCnNumeralChar,
  isDigitCode,
  isLatinCode,
  parseChineseNumeral,
  parseDigits,
  parseShare,
  round,
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
  raw: number;
  scale: number;
  hasScale: boolean;
  factor: number;
  unit?: string;
  date?: string;
  plain: boolean;
  low?: number;
  high?: number;
}

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
const ZH_UNIT_RE = new RegExp(alternation([...ZH_UNITS.keys()]), 'y');
const EN_UNITS = new Map<string, Unit>();
for (const [w, [unit, factor]] of Object.entries(FIGURE_UNITS_EN)) EN_UNITS.set(w, { unit, factor, money: false });
for (const [w, [unit, factor]] of Object.entries(FIGURE_CURRENCIES_EN)) EN_UNITS.set(w, { unit, factor, money: true });
const EN_UNIT_RE = new RegExp(`([ -]?)(${alternation([...EN_UNITS.keys()])})(?![A-Za-z])`, 'y');
const ZH_SCALE_RE = /万亿|千万|千亿|百万|百亿|万|亿|千|百/y;
const EN_SCALE_RE = /([ -]?)(million|billion|trillion|thousand|bn|mn|mln|bln|tn|m|k)(?![A-Za-z])/y;
const RATE_ZH_RE = new RegExp(
  `/(${alternation([...FIGURE_MEASURE_WORDS_ZH, '月', '日', '季'])}|[A-Za-z]{1,5}(?![A-Za-z]))`,
  'y',
);
const RATE_EN_RE = new RegExp(` (?:a|an|per) (${FIGURE_RATE_NOUNS_EN.join('|')})(?![A-Za-z])`, 'y');
// Units that a hyphen may join as an adjective (a 30-day average), and those written flush (5%, 30x, 2.4mg).
const HYPHEN_UNITS = new Set(['day', 'week', 'month', 'year', 'hour', 'minute', 'second', 'km', 'mile']);
const FLUSH_UNIT = /^(?:%|x|[A-Za-z]{1,3}|[GkT]Wh)$/;
// After 元 or 成 these characters make another word (一元化, 元宇宙, 三成员, 一成不变).
const NOT_AFTER_YUAN = new Set([...'化论素件宇组次老首帅朝气']);
const NOT_AFTER_CHENG = new Set([...'员本立功交熟长果就效绩品型像不']);
const NOT_AFTER = new Set(FIGURE_NOT_AFTER_ZH);
const LEADS = new Set(FIGURE_LEADS_EN);
const CN_LEAD = new Set([...'一二三四五六七八九两']);
const NUMBER_LEADS_ZH = new Set(FIGURE_LEADS_ZH);
const isHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;
const SIGNS = new Set([...'-−－+']);
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
    c.low !== undefined ? { low: c.low, high: c.high } : { number: round(c.raw * c.scale * c.factor) };
  if (c.unit) v.unit = c.unit;
  return v;
}

function scan(text: string): Cand[] {
  const out: Cand[] = [];
  const n = text.length;
  let inBook = false; // inside 《…》 on this line: digits there are part of a title (《终结者2》)
  let lastEnd = -1;
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    const ch = text[i];
    let r: Cand | number | null = null;
    if (c === 0x300a) inBook = true;
    else if (c === 0x300b || c === 10) inBook = false;
    if (isDigitCode(c)) r = scanNumber(text, i, i);
    else if (SIGNS.has(ch)) {
      // A sign right after a figure is a range mark (20%-30%); after a letter it is a hyphen (GPT-4).
      const prev = text.charCodeAt(i - 1);
      if (i !== lastEnd && !isLatinCode(prev) && !isDigitCode(prev)) {
        const cur = currencyAt(text, i + 1);
        if (isDigitCode(text.charCodeAt(i + 1))) r = scanNumber(text, i, i + 1, undefined, ch === '+' ? 1 : -1);
        else if (cur) r = scanNumber(text, i, cur[1], cur[0], ch === '+' ? 1 : -1);
      }
    } else if (isLatinCode(c)) r = isLatinCode(text.charCodeAt(i - 1)) ? null : scanWord(text, i);
    else if (isCnNumeralChar(ch)) r = isCnNumeralChar(text[i - 1] ?? '') ? null : scanChinese(text, i);
    else {
      const cur = currencyAt(text, i);
      if (cur) r = scanNumber(text, i, cur[1], cur[0]);
    }
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
  const m = /^\.(?:SZ|SH|SS|HK|BJ|TW|KS|KQ|OQ|US|[LNOT])(?![A-Za-z])/.exec(text.slice(coreEnd, coreEnd + 4));
  if (m) return coreEnd + m[0].length;
  const len = coreEnd - i;
  const digitsOnly = !/[^0-9０-９]/.test(text.slice(i, coreEnd));
  if (!digitsOnly || len < 4 || len > 6 || (len === 4 && text[i] !== '0')) return 0;
  if ('（('.includes(text[i - 1] ?? '_') && '）),，'.includes(text[coreEnd] ?? '_')) return coreEnd;
  return /代码[:：]?\s*$/.test(text.slice(Math.max(0, i - 5), i)) ? coreEnd : 0;
}

const dateCand = (start: number, end: number, date: string): Cand => ({
  start,
  end,
  date,
  raw: NaN,
  scale: 1,
  hasScale: false,
  factor: 1,
  plain: false,
});

/** A unit from `map` matched by `re` at `j`: [unit, end]. */
function unitAt(text: string, j: number, re: RegExp, map: Map<string, Unit>): [Unit, number] | null {
  re.lastIndex = j;
  const m = re.exec(text);
  if (!m) return null;
  const word = m[2] ?? m[0];
  const sep = m[2] === undefined ? '' : m[1];
  const u = map.get(word);
  if (!u) return null;
  // English units: a hyphen only for adjectives (30-day), flush only for symbols and short units (5%, 2.4mg).
  if (sep === '-' && !HYPHEN_UNITS.has(u.unit)) return null;
  if (map === EN_UNITS && sep === '' && !FLUSH_UNIT.test(word)) return null;
  if (sep === ' ' && word === 'x') return null;
  const end = j + m[0].length;
  if (word === '元' && NOT_AFTER_YUAN.has(text[end])) return null;
  if (word === '成' && NOT_AFTER_CHENG.has(text[end])) return null;
  return [u, end];
}

/** A scale word at `j` (亿, 万亿, million, bn): [factor, end]. */
function scaleAt(text: string, j: number, money: boolean): [number, number] | null {
  ZH_SCALE_RE.lastIndex = j;
  const zh = ZH_SCALE_RE.exec(text);
  if (zh) return [SCALES[zh[0]], j + zh[0].length];
  EN_SCALE_RE.lastIndex = j;
  const en = EN_SCALE_RE.exec(text);
  if (!en) return null;
  const [all, sep, word] = en;
  // 5 million, $10-million, 2.5bn, 3 bn; flush m and k only after a currency sign ($5m), else metres or kilo-.
  const ok =
    word.length > 2
      ? sep !== '-' || money
      : word.length === 2 || word === 'mln' || word === 'bln'
        ? sep !== '-'
        : sep === '' && money;
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
  const skip = junkEnd(text, coreEnd);
  const before = text.charCodeAt(start - 1);
  // Digits glued to a name (A320, GPT-4, COVID-19), a version (1.2.3), an ordinal or vague word (第3, 数10).
  const before2 = text.charCodeAt(start - 2);
  if (isLatinCode(before) || isDigitCode(before) || (before === 45 && isLatinCode(before2))) return skip;
  if (before === 46 && isDigitCode(before2)) return skip;
  if (NOT_AFTER.has(text[start - 1])) return skip;
  const code = stockCodeEnd(text, i, coreEnd);
  if (code) return code;
  const core = text.slice(i, coreEnd);
  const integer = !/[^0-9０-９]/.test(core);
  if (!cur && sign === 1 && integer) {
    const d = scanNumericDate(text, i) ?? scanDateZh(text, i, coreEnd) ?? scanDayMonthEn(text, i, coreEnd);
    if (d) return dateCand(start, d.end, d.date);
  }
  const raw = parseDigits(core) * sign;
  let j = coreEnd;
  const nx = text[j];
  if ('.．/:：'.includes(nx ?? '_') && isDigitCode(text.charCodeAt(j + 1))) {
    // A clock time standing alone (15:00) is a figure; versions, ratios and fractions (1.2.3, 3:1, 9/11) are not.
    const t = /^(\d{1,2})[:：](\d{2})(?![\d:])/.exec(text.slice(i, i + 6));
    if (!cur && integer && t && +t[1] < 24 && +t[2] < 60)
      return dateCand(start, i + t[0].length, `T${t[1].padStart(2, '0')}:${t[2]}`);
    return skip;
  }
  if (integer && coreEnd - i === 4 && nx === 's' && !isLatinCode(text.charCodeAt(j + 1)) && yearAt(text, i))
    return dateCand(start, j + 1, core.slice(0, 3)); // a decade: 1990s
  let scale = 1;
  let hasScale = false;
  j = approxEnd(text, j);
  let unit = unitAt(text, j, ZH_UNIT_RE, ZH_UNITS);
  if (!unit) {
    const sc = scaleAt(text, j, !!cur);
    if (sc) {
      scale = sc[0];
      hasScale = true;
      j = approxEnd(text, sc[1]);
    }
    unit = unitAt(text, j, ZH_UNIT_RE, ZH_UNITS) ?? unitAt(text, j, EN_UNIT_RE, EN_UNITS);
  }
  let u: string | undefined = cur;
  let factor = 1;
  if (unit && !(cur && unit[0].money)) {
    u = unit[0].unit;
    factor = unit[0].factor;
    j = unit[1];
  }
  if (u && (cur || unit?.[0].money || /^[a-zA-Z]+$/.test(u))) {
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
    if (isLatinCode(text.charCodeAt(j)) || isDigitCode(text.charCodeAt(j))) return skip; // 5G, 4K, 3D
    if (integer && coreEnd - i > 12) return skip; // an identifier, not a quantity
    if (before === 32 && afterName(text, start - 1)) return skip;
    // A brand or title followed by a number (“桂溪1958”, 小米14系列) is a name, unless a verb or preposition leads.
    if (
      integer &&
      isHan(before) &&
      !NUMBER_LEADS_ZH.has(text[start - 1]) &&
      ((isHan(text.charCodeAt(j)) && !'至到'.includes(text[j])) || '”’」』》）)'.includes(text[j] ?? '_'))
    )
      return skip;
  }
  const year = plain && integer && sign === 1 ? yearAt(text, i) : NaN;
  if (year && coreEnd - i === 4) return dateCand(start, j, String(year));
  return { start, end: j, raw, scale, hasScale, factor, unit: u, plain };
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
  if (e - i > 12) return e;
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
  for (const [f, v] of Object.entries(FIGURE_FRACTIONS_EN)) {
    if (text.startsWith(f, i) && !isLatinCode(text.charCodeAt(i + f.length)))
      return { ...dateCand(i, i + f.length, ''), date: undefined, raw: v, unit: '%' };
  }
  return e;
}

/** A Chinese numeral at `i`: shares (三成, 三分之二), multiples (三倍), magnitudes and money (三千万, 八百亿元). */
function scanChinese(text: string, i: number): Cand | number {
  let e = i;
  while (e < text.length && isCnNumeralChar(text[e])) e++;
  if (e - i > 12 || NOT_AFTER.has(text[i - 1])) return e;
  for (const idiom of FIGURE_IDIOMS_ZH)
    for (let s = Math.max(0, i - idiom.length + 1); s <= i; s++) if (text.startsWith(idiom, s)) return e;
  const s = text.slice(i, e);
  const make = (end: number, raw: number, unit?: string, scale = 1, factor = 1): Cand => ({
    start: i,
    end,
    raw,
    scale,
    hasScale: scale !== 1,
    factor,
    unit,
    plain: false,
  });
  if (text.startsWith('分之', e)) {
    let f = e + 2;
    while (f < text.length && (isCnNumeralChar(text[f]) || isDigitCode(text.charCodeAt(f)))) f++;
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
  const unit = unitAt(text, approxEnd(text, j), ZH_UNIT_RE, ZH_UNITS);
  const big = scale > 1 || /[万亿]/.test(s);
  const ratio = unit && (unit[0].unit === 'x' || unit[0].unit === 'pp' || unit[0].unit === 'bp');
  const hundreds = CN_LEAD.has(s[0]) && v >= 100 && unit && !unit[0].money;
  if (!lead || !(unit?.[0].money || ratio || big || hundreds)) return e;
  if (unit) return make(unit[1], v, unit[0].unit, scale, unit[0].factor);
  return make(j, v, undefined, scale);
}

/** Joins adjacent figures linked by a range mark (15%-18%, 8至10年, $8.1 billion to $8.6 billion). */
function mergeRanges(text: string, cands: Cand[]): Cand[] {
  const out: Cand[] = [];
  for (let k = 0; k < cands.length; k++) {
    const l = cands[k];
    const r = cands[k + 1];
    const merged = r && r.start - l.end <= 4 && DASHES.test(text.slice(l.end, r.start)) ? joinRange(text, l, r) : null;
    if (merged) {
      out.push(merged);
      k++;
    } else out.push(l);
  }
  return out;
}

function joinRange(text: string, l: Cand, r: Cand): Cand | null {
  if (l.low !== undefined || r.low !== undefined) return null;
  const span = { ...r, start: l.start };
  if (l.date !== undefined || r.date !== undefined) {
    if (r.date === undefined) return null;
    let ld = l.date;
    // A bare number before a month or day takes the partial form of the other end (3—5月, 10至12日).
    if (ld === undefined && l.plain && Number.isInteger(l.raw) && l.raw > 0) {
      if (/^--\d\d$/.test(r.date) && l.raw <= 12) ld = `--${String(l.raw).padStart(2, '0')}`;
      if (/^---\d\d$/.test(r.date) && l.raw <= 31) ld = `---${String(l.raw).padStart(2, '0')}`;
    }
    // Both ends of one kind: two years, two full dates, two partial dates (not 2024年至5月).
    const fits = ld && (ld.startsWith('-') === r.date.startsWith('-') || r.date.startsWith('---'));
    return fits ? { ...span, date: `${ld}/${r.date}` } : null;
  }
  // "from 5% to 8%" reports a change, not a range.
  if (/\bfrom $/.test(text.slice(Math.max(0, l.start - 5), l.start))) return null;
  const fits =
    l.unit === r.unit ||
    (!l.unit && !l.hasScale) ||
    (!l.unit && l.hasScale && r.hasScale) ||
    (!!l.unit && !!r.unit?.startsWith(`${l.unit}/`));
  if (!fits) return null;
  const scale = l.hasScale ? l.scale : r.scale;
  const factor = l.unit ? l.factor : r.factor;
  return { ...span, low: round(l.raw * scale * factor), high: round(r.raw * r.scale * r.factor) };
}

// The figure detector (GUIDELINE.md §2): one left-to-right scan that tries a figure where a digit, a sign, a
// currency sign, a Latin word or a Chinese numeral starts, and on a miss jumps past the whole run it read,
// so the work stays linear in the text. Adjacent figures joined by a range mark are then merged.
import type { Detector, Entity } from './types';
import { cand, dateCand, valueOf, type Cand } from './figure-candidate';
import { namedYuan } from './figure-suffixes';
import {
  afterCnYear,
  numberedThingAt,
  scanDateZh,
  scanDayMonthEn,
  scanMonthEn,
  scanNumericDate,
  yearAt,
} from './figure-dates';
import { mergeRanges } from './figure-ranges';
import {
  NOT_AFTER_CHENG,
  NOT_AFTER_ZHE,
  RATE_EN_RE,
  RATE_ZH_RE,
  approxEnd,
  enUnitAt,
  scaleAt,
  zhUnitAt,
} from './figure-suffixes';
import { FIGURE_CURRENCY_PREFIXES } from './lexicon/figure-units';
import { STOCK_CODE_SUFFIX_ALTERNATION, STOCK_EXCHANGE_ALTERNATION, TW_STOCK_CODE } from './lexicon/exchanges';
import {
  FIGURE_FRACTIONS_EN,
  FIGURE_IDIOMS_ZH,
  FIGURE_LEADS_EN,
  FIGURE_MULTIPLE_WORDS_EN,
  FIGURE_REFERENCE_WORDS_EN,
  FIGURE_LEADS_ZH,
  FIGURE_NOT_AFTER_ZH,
} from './lexicon/figure-words';
import {
  SCALES,
  digitRunEnd,
  isCnDigit,
  isCnNumeralCode,
  isDigitCode,
  isLatinCode,
  isSpaceCode,
  parseChineseNumeral,
  parseDigits,
  parseShare,
  round,
  toHalfWidth,
} from './numbers';

const NOT_AFTER = new Set(FIGURE_NOT_AFTER_ZH);
const COUNT_NOUN_HEADS = '总人户次指基分倍系家个件台张条股份天日年月页票点位参函全';
const LEADS = new Set(FIGURE_LEADS_EN);
const REFERENCE_WORDS = new Set(FIGURE_REFERENCE_WORDS_EN);
const NUMBER_VERB = /\b(?:would|will|could|should|may|might|to|now|currently) number$/;
const ADJACENT_PERCENT = /^(十)?([一二三四五六七八])([二三四五六七八九])(?![十百千万亿点])/;
const PANEL_GENERATION = /^(?:[旧新老]?[厂线]|面板|液晶|TFT|OLED)/;
const VERSION_APPOSED = /\b(?:version|release|firmware|update)$/i;
const FRACTIONS = new Map(Object.entries(FIGURE_FRACTIONS_EN));
const MULTIPLES = new Map(Object.entries(FIGURE_MULTIPLE_WORDS_EN));
const CN_LEAD = new Set([...'一二三四五六七八九两']);
const NUMBER_LEADS_ZH = new Set(FIGURE_LEADS_ZH);
const isHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;
const SIGNS = new Set([...'-−－+']);
// A year after a determiner takes no unit: its 2026 days (a count of thousands is written 2,026 days).
const DETERMINER = /\b(?:its|their|the|our|his|her|this|next|last)\s$/i;

/** Finds figures (GUIDELINE.md §2) with their normalised value. Linear in the text; never throws. */
export const figureDetector: Detector = {
  kind: 'figure',
  detect(text: string): Entity[] {
    const spaces = cjkSpaces(text);
    const read = spaces.length ? removeAt(text, spaces) : text;
    // a position in `read` → in `text`: past every removed space at or before it (binary search)
    const at = (k: number): number => {
      let lo = 0;
      let hi = spaces.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (spaces[mid] - mid <= k) lo = mid + 1;
        else hi = mid;
      }
      return k + lo;
    };
    // (a number that ends a product's short name in marks is part of the name: “鲜醇28天”, “安睡100天”)
    return mergeRanges(read, scan(read))
      .filter((c) => !inProductName(read, c.start, c.end))
      .map((c) => {
        const start = spaces.length ? at(c.start) : c.start;
        const end = spaces.length ? at(c.end - 1) + 1 : c.end;
        return { kind: 'figure', start, end, text: text.slice(start, end), value: valueOf(c) };
      });
  },
};

const NAME_HEAD = /[“「]([\u4e00-\u9fff]{2,4})$/;
// (not a clause: “仅用了28天”, “至少30天”)
const NOT_NAME_HEAD = /[了的是为约近超达共仅只至到用需要有每少多限首全]/;

/**
 * True for a number of days that closes a short name in marks after two to four Chinese characters (“鲜醇28天”); a
 * price or a count in a slogan (“全场9.9元”, “三年开店500家”) stays a figure.
 */
function inProductName(text: string, start: number, end: number): boolean {
  if ((text[end] !== '”' && text[end] !== '」') || text[end - 1] !== '天') return false;
  const head = NAME_HEAD.exec(text.slice(Math.max(0, start - 5), start));
  return !!head && !NOT_NAME_HEAD.test(head[1]);
}

// Some Chinese sites print a space between digits and Chinese (营收 413.33 亿元, 2024 年 3 月, 共 20 家). The
// figures are read from the text without those spaces and their spans mapped back, spaces included. A space
// after a number stays where no unit, scale or date follows (iPhone 16 系列, a section number: 1.3 公司简介).
const YEN_AFTER = /^日[元圆]/;
const DATE_OR_SCALE = new Set([...'年月日号万亿千百兆']);
// a digit or percent sign, a space, a Chinese character; or the reverse
const CJK_SPACE = /[0-9０-９%％][ \u00a0\u2009][\u4e00-\u9fff]|[\u4e00-\u9fff][ \u00a0\u2009][0-9０-９]/g;

/** The positions of the spaces between digits and Chinese that the figure scan reads as absent. */
function cjkSpaces(text: string): number[] {
  const out: number[] = [];
  CJK_SPACE.lastIndex = 0;
  for (let m = CJK_SPACE.exec(text); m; m = CJK_SPACE.exec(text)) {
    const p = m.index + 1;
    // (matches may share a character: 年 3 月)
    CJK_SPACE.lastIndex = p + 1;
    if (isHan(text.charCodeAt(p - 1)) || DATE_OR_SCALE.has(text[p + 1]) || zhUnitAt(text, p + 1)) out.push(p);
  }
  return out;
}

/** `text` without the characters at `positions` (sorted). */
function removeAt(text: string, positions: number[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const p of positions) {
    parts.push(text.slice(from, p));
    from = p + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
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

const MODEL_WORD = /^ (?:Ultra|Pro|Max|Plus|Mini|Lite|Turbo|Fold|Flip)(?![\w-])/;
// Model numbers read so far in the text being scanned (reset by each scan).
const models = new Set<string>();
// After a 3-digit number: X (777X), or a variant: -9 (one digit, not a range), -800s, -300ER.
const MODEL_TAIL =
  /^(?:X(?![A-Za-z0-9])| MAX\b|-\d{3}(?= (?:freighters?|jets?|jetliners?|airliners?|aircraft|planes?)\b)|-\d(?![\d.,%]| ?(?:percent|per cent|%))|-\d{1,4}(?:s|[A-Z]{2,3})(?![A-Za-z]))/;

const LABEL_BEFORE = /\b(?:Section|Article|Chapter|Rule|Form|Title|Clause|Schedule|Item|Tier|Phase)\s$/;
const RATIO_TAIL = /^:(\d{1,3}\.\d{1,4})(?![\d:])/;
const VERSION_CLOSE = '”」』’"';
// (a straight mark opens one after a space or a line's start: the new "Carré 27" tote)
const NAME_IN_MARKS = /(?:[“「『‘]|(?:^|[\s(])")\p{Lu}?[\p{L} ]{0,11}$/u;
/** True when the number at `start` follows a name just opened by a quotation mark (“鉴真|2.0”). */
function versionInMarks(text: string, start: number): boolean {
  const letter =
    /\p{L}/u.test(text[start - 1] ?? '') ||
    (text[start - 1] === ' ' && /\p{Lu}\p{Ll}*$/u.test(text.slice(Math.max(0, start - 14), start - 1)));
  return letter && NAME_IN_MARKS.test(text.slice(Math.max(0, start - 14), start));
}

/**
 * Whether the number at `start` lies inside a product's name in marks that ends in its series number (“江悦稳盈180天
 * 持有期1号”, “颐享安心5年封闭1号”): the name's words, no quantity.
 */
const SERIES_IN_MARKS = /^[^，。、；：\s“”「」]{2,24}?[0-9０-９]{1,3}[号\u865f]$/;
function seriesInMarks(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 22);
  const before = text.slice(from, start);
  const open = from + Math.max(before.lastIndexOf('“'), before.lastIndexOf('「'));
  if (open < from) return false;
  const close = text.slice(end, end + 24).search(text[open] === '“' ? /”/ : /」/);
  return close >= 0 && SERIES_IN_MARKS.test(text.slice(open + 1, end + close));
}

// Jet families whose models are numbered alike (Boeing's 7x7), and the words that name a model's planes.
const JET_FAMILY = /^7[0-8]7$/;
const PLANES_AFTER = /^s? (?:jets?|jetliners?|planes?|aircraft|Dreamliners?|freighters?|widebod(?:y|ies))\b/;
function isKnownModel(text: string, i: number, end: number): boolean {
  const n = text.slice(i, end);
  if (models.has(n)) return true;
  if (!JET_FAMILY.test(n) || !PLANES_AFTER.test(text.slice(end, end + 14))) return false;
  for (const m of models) if (JET_FAMILY.test(m)) return true;
  return false;
}

const PROGRAMME_AFTER =
  /^ (?:production|programs?|programmes?|family|fleets?|output|deliveries|assembly|groundings?|Dreamliners?|MAX(?:es)?|jets?|jetliners?)\b/;
function isJetProgramme(text: string, i: number, end: number): boolean {
  return (
    JET_FAMILY.test(text.slice(i, end)) &&
    PROGRAMME_AFTER.test(text.slice(end, end + 14)) &&
    text.slice(Math.max(0, i - 400), i).includes('Boeing')
  );
}

/** True for `Name's 737 MAX`: a capitalised possessive before the number and a capitalised word after it. */
function isModelAfterOwner(text: string, start: number, end: number): boolean {
  const apostrophe = text.charCodeAt(start - 3);
  if (apostrophe !== 39 && apostrophe !== 0x2019) return false;
  const owner = text.slice(latinWordStart(text, start - 3), start - 3);
  // (a capitalised adjective after it is no model name: Kestrel's 310 China-based engineers, 120 US-listed firms)
  return (
    /^[A-Z][A-Za-z]+$/.test(owner) &&
    text[end] === ' ' &&
    /[A-Z]/.test(text[end + 1] ?? '') &&
    !/^[A-Za-z]+-[a-z]/.test(text.slice(end + 1, end + 24))
  );
}

function scan(text: string): Cand[] {
  models.clear();
  storyAnswers.clear();
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
    // (a hyphen that ended the figure before is a range mark, not a name's hyphen: €60 billion-€65 billion)
    const afterRange = i - 1 === lastEnd && text.charCodeAt(i - 1) === 45;
    if (kind === DIGIT) r = bracketDay(text, i) ?? scanNumber(text, i, i, undefined, 1, afterRange);
    else if (kind === LATIN)
      r = isLatinCode(text.charCodeAt(i - 1)) ? null : (fiscalYear(text, i) ?? scanWord(text, i));
    else if (kind === CN) r = isCnNumeralCode(text.charCodeAt(i - 1)) ? null : scanChinese(text, i);
    else if (kind === CURRENCY) {
      const cur = currencyAt(text, i);
      if (cur) r = scanNumber(text, i, cur[1], cur[0], 1, afterRange);
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
      // (nor inside a product's name that ends in its series number: “江悦稳盈180天持有期1号”)
      if (!(inBook && r.plain) && !seriesInMarks(text, r.start, r.end)) out.push(r);
      lastEnd = i = r.end;
    }
  }
  return out;
}

// The day Taiwan papers put in brackets inside 昨日, 今日, 前日 or 明日: 昨（13）日 is the 13th.
const BRACKET_DAY = /^(\d{1,2})）日/;
function bracketDay(text: string, i: number): Cand | null {
  if (text.charCodeAt(i - 1) !== 0xff08 || !'昨今前明'.includes(text[i - 2] || '_')) return null;
  const m = BRACKET_DAY.exec(text.slice(i, i + 4));
  if (!m || +m[1] < 1 || +m[1] > 31) return null;
  return dateCand(i, i + m[1].length, `---${m[1].padStart(2, '0')}`);
}

// a.m./p.m. after an hour (9:30 a.m., 4 p.m., 10 AM, 7pm), the sentence's full stop being the abbreviation's.
const MERIDIEM = /^[ \u00a0]?(?:([aApP])\.[mM]\.|([aApP])[mM](?![A-Za-z0-9-]|\.[A-Za-z]))/;
function meridiem(text: string, j: number): { end: number; pm: boolean } | null {
  // cheap exit for the usual case: no a/p (or a space and a/p) right after the number
  const c = text.charCodeAt(j) === 32 || text.charCodeAt(j) === 0xa0 ? text.charCodeAt(j + 1) : text.charCodeAt(j);
  if (c !== 97 && c !== 112 && c !== 65 && c !== 80) return null;
  const m = MERIDIEM.exec(text.slice(j, j + 6));
  return m ? { end: j + m[0].length, pm: /[pP]/.test(m[1] ?? m[2]) } : null;
}
/** The ISO time of an hour on a 12-hour clock: (4, '00', pm) → T16:00, (12, '30', am) → T00:30. */
const clock = (hour: number, minutes: string, pm: boolean): string =>
  `T${String((hour % 12) + (pm ? 12 : 0)).padStart(2, '0')}:${minutes}`;

/** A currency sign at `i` directly followed by a digit: [ISO code, index of the digit]. */
function currencyAt(text: string, i: number): [string, number] | null {
  const ch = text[i];
  let code = FIGURE_CURRENCY_PREFIXES[ch];
  if (!code || !isDigitCode(text.charCodeAt(i + 1))) return null;
  // ¥ is the yuan in Chinese text and the yen elsewhere.
  if (ch === '¥' && !/[\u4e00-\u9fff]/.test(text.slice(Math.max(0, i - 3), i))) code = 'JPY';
  return [code, i + 1];
}

const PER_TIME = /^(?:天|日|月|年|周|季|小时|h\b)/;
const PHONE =
  /^(?:0\d{1,3}-\d{3,4}-?\d{3,4}|0\d{2,3}-\d{4} \d{4}|0\d{3}-\d{6}|\d{2,4}-\d{3,4}-\d{4}|1-\d{3}-\d{3}-\d{4})(?![\d-])/;
/** Five digits or more, no decimal point nor grouping: a service number's shape. */
const SERVICE_NUMBER = /^\d{5,}$/;
const PHONE_BEFORE_EN = /\b(?:hotline|phone|telephone|call|tel\.|fax)(?: (?:number|line))?[:,]? $/i;
const SPACED_PHONE = /^\d{2,4}(?: \d{3,4}){2,3}(?!\d|[.,]\d)/;
const PHONE_BEFORE = /(?:热线|电话|致电|\u71b1\u7dda|\u96fb\u8a71|\u81f4\u96fb)(?:号码)?[为是：:]?\s?$/;
const INTL_PHONE = /^\d{1,3}(?: \d{1,4}){2,5}(?!\d|[.,]\d)/;
const MORE_AFTER_ONE = /[\d.０-９%％万亿千百个元倍年月日天]/;
const FORMULA_OP = /^\s?[+＋×*÷=＝<>＜＞≤≥≈]$/;
const FORMULA = /^[0-9０-９]+(?:\.[0-9]+)?(?:\s?[+＋×*÷=＝<>＜＞≤≥≈]\s?[0-9０-９]+(?:\.[0-9]+)?)+/;

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

const TW_CODE = new RegExp(`^${TW_STOCK_CODE}$`);
const CODE_SUFFIX = new RegExp(`^\\.(?:${STOCK_CODE_SUFFIX_ALTERNATION})(?![A-Za-z])`);
/** Where a stock code starting at `i` ends (002600.SZ, （002415）, 代码：600519), or 0. */
function stockCodeEnd(text: string, i: number, coreEnd: number): number {
  if (text[coreEnd] === '.') {
    const m = CODE_SUFFIX.exec(text.slice(coreEnd, coreEnd + 4));
    if (m) return coreEnd + m[0].length;
  }
  // a Taiwan site's code with its market after a hyphen (2330-TW, 6488-TWO)
  if (text[coreEnd] === '-') {
    const m = /^-(?:TWO|TW|US|HK)(?![A-Za-z])/.exec(text.slice(coreEnd, coreEnd + 5));
    if (m) return coreEnd + m[0].length;
  }
  const len = coreEnd - i;
  // an English filing's label (Stock Code: 939, Stock Code: 2016)
  if (len <= 6 && /\b(?:[Ss]tock [Cc]ode|[Tt]icker)s?[:：]\s?$/.test(text.slice(Math.max(0, i - 12), i)))
    return coreEnd;
  if (len < 4 || len > 6 || /[^0-9０-９]/.test(text.slice(i, coreEnd))) return 0;
  if (/(?:代码|代号)(?:为|是)?[:：]?\s*$/.test(text.slice(Math.max(0, i - 6), i))) return coreEnd;
  // In brackets: 5–6 digits, or 4 with a leading 0 (HK), so that a year in brackets (2023) stays a year; or a
  // Taiwan code after a name (台積電（2330）, 緯穎（6669）), four digits that no year has.
  const bracketed =
    ('（('.includes(text[i - 1] ?? '_') && '）),，、'.includes(text[coreEnd] ?? '_')) ||
    // (or last in a bracket after an alias: （以下简称“星澜医疗”，02695）)
    ('，,、'.includes(text[i - 1] ?? '_') && '）)'.includes(text[coreEnd] ?? '_') && openBracketBefore(text, i - 1));
  if (!bracketed) return 0;
  if (len > 4 || text[i] === '0') return coreEnd;
  // (a KY-listed name ends in -KY: 慧洋-KY（2637）)
  // (or last in a bracket that gives an alias: （以下簡稱「鈺晶科技」，6829）)
  const named =
    isHan(text.charCodeAt(i - 2)) ||
    text.endsWith('-KY', i - 1) ||
    (text[i - 1] === '，' && /简称|下称/.test(text.slice(Math.max(0, i - 24), i)));
  if (!named) return 0;
  if (TW_CODE.test(text.slice(i, coreEnd))) return coreEnd;
  // (a code that could be a year is one too after a name: 上銀科技（2049）; not a report's edition, 发展报告（2025）, nor
  // inside a book title; text is read as simplified here: 於 is 于)
  const before = text.slice(Math.max(0, i - 40), i - 1);
  // (nor a year a preposition or 年 frames: 成立於（2019）年)
  return /(?:报告|年鉴|白皮书|蓝皮书|指数|版|[于在至到为是从自])$/.test(before) ||
    /《[^》]*$/.test(before) ||
    text[coreEnd + 1] === '年'
    ? 0
    : coreEnd;
}

/** Whether a bracket opened within the 40 characters before `i` is still open there. */
function openBracketBefore(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 40; k--) {
    const c = text[k];
    if (c === '（' || c === '(') return true;
    if (c === '）' || c === ')' || c === '\n') return false;
  }
  return false;
}

/**
 * The part after a larger unit, written with the next smaller one (2兆|6050亿, 3亿|2000万) or, after 万, four bare
 * digits (2万|8810点): its value, its scale and where it ends; null when the digits are something else.
 */
function smallerPart(text: string, j: number, scale: number): { value: number; scale: number; end: number } | null {
  // (Taiwan writes the four digits after 万 with a thousands comma: 2萬9,384輛)
  if (scale === 1e4 && GROUPED_FOUR.test(text.slice(j, j + 6)))
    return { value: Number(text[j] + text.slice(j + 2, j + 5)), scale: 1, end: j + 5 };
  // (and the 亿 after 兆 likewise: 6兆1,238億元)
  if (scale === 1e12 && /^\d,\d{3}亿/.test(text.slice(j, j + 6)))
    return { value: Number(text[j] + text.slice(j + 2, j + 5)), scale: 1e8, end: j + 6 };
  let k = j;
  while (k < text.length && k - j <= 4 && isDigitCode(text.charCodeAt(k))) k++;
  const value = Number(toHalfWidth(text.slice(j, k)));
  if (k - j > 4 || isDigitCode(text.charCodeAt(k))) return null;
  if (scale === 1e12 && text[k] === '亿') return { value, scale: 1e8, end: k + 1 };
  if (scale === 1e8 && text[k] === '万') return { value, scale: 1e4, end: k + 1 };
  if (scale === 1e4 && k - j === 4 && text[k] !== '.' && !'年月日万亿'.includes(text[k] ?? '_'))
    return { value, scale: 1, end: k };
  return null;
}

const GROUPED_FOUR = /^\d,\d{3}(?![\d,]|\.\d)/;

/** Units of a concentration's numerator (10毫克/立方米, 0.5克/升). */
const MASS_OR_VOLUME = new Set([
  '毫克',
  '微克',
  '克',
  '千克',
  '公斤',
  '吨',
  '毫升',
  '升',
  '立方米',
  '千瓦时',
  '吨标准煤',
  '吨标煤',
  '吨标准油',
]);

/** A fiscal year written FY and two or four digits (FY28, FY2027), not a longer code (FY28A). */
function fiscalYear(text: string, i: number): Cand | null {
  if (text.charCodeAt(i) !== 70 || text.charCodeAt(i + 1) !== 89) return null;
  const m = /^FY(\d{2}|\d{4})(?![A-Za-z\d])(?![.,]\d)/.exec(text.slice(i, i + 8));
  if (!m || (m[1].length === 4 && !yearAt(text, i + 2))) return null;
  return dateCand(i, i + m[0].length, m[1].length === 2 ? `20${m[1]}` : m[1]);
}

/** A number in digits starting at `i` (with its sign or currency from `start`), its scale, unit and rate. */
function scanNumber(text: string, start: number, i: number, cur?: string, sign = 1, afterRange = false): Cand | number {
  const coreEnd = digitRunEnd(text, i);
  const before = text.charCodeAt(start - 1);
  // A law's or a form's section (Section 45X, Article 50, Chapter 11) is a label, not a quantity.
  if (before === 32 && !cur && LABEL_BEFORE.test(text.slice(Math.max(0, start - 12), start)))
    return junkEnd(text, coreEnd);
  // (or opening one with a hyphen and capitals: 7-ELEVEN, 10-K)
  if (
    text.charCodeAt(coreEnd) === 45 &&
    !cur &&
    /^-[A-Z]{1,}(?![a-z])/.test(text.slice(coreEnd, coreEnd + 8)) &&
    !enUnitAt(text, coreEnd + 1)
  )
    return junkEnd(text, coreEnd);
  // Digits glued to a name (A320, GPT-4, COVID-19), a version (1.2.3), an ordinal or vague word (第3, 数10).
  const before2 = text.charCodeAt(start - 2);
  // (A count glued to an acronym is the exception: ETF193只.)
  if (
    (isLatinCode(before) && !countAfterAcronym(text, start, coreEnd) && !gluedInChinese(text, start, coreEnd)) ||
    isDigitCode(before) ||
    (before === 45 && isLatinCode(before2) && !afterRange)
  )
    return junkEnd(text, coreEnd);
  if (before === 46 && isDigitCode(before2)) return junkEnd(text, coreEnd);
  // (a standard's or a model's code after up to three capitals and a point: G.652.D, H.264, the ID.3)
  if (
    before === 46 &&
    before2 >= 65 &&
    before2 <= 90 &&
    /(?:^|[^A-Za-z.])[A-Z]{1,3}$/.test(text.slice(Math.max(0, start - 6), start - 1))
  )
    return junkEnd(text, coreEnd);
  // (数 ending a noun is no vague count: 总数20%, 人数300, 指数3000)
  // (nor is 第 before a quarter: 第3季度 is a period)
  if (
    NOT_AFTER.has(text[start - 1]) &&
    !(text[start - 1] === '数' && COUNT_NOUN_HEADS.includes(text[start - 2])) &&
    !(text[start - 1] === '第' && text[coreEnd] === '季' && coreEnd - i === 1)
  )
    return junkEnd(text, coreEnd);
  // (nor the later items of an ordinal list: 第1、4、6、9類牌照)
  if (text[start - 1] === '、' && /第(?:\d{1,3}、)+$/.test(text.slice(Math.max(0, start - 16), start)))
    return junkEnd(text, coreEnd);
  // a newspaper's name, in every byline of the paper (21世纪经济报道记者)
  if (text.startsWith('世纪经济报道', coreEnd)) return coreEnd + 6;
  if (coreEnd - i > 24) return junkEnd(text, coreEnd); // a digit string that long is an identifier
  if (!cur && sign === 1 && isReference(text, start, coreEnd)) return junkEnd(text, coreEnd);
  // (a code of six digits or more after the word for one: 海关商品编码28429040, 统一社会信用代码…)
  if (coreEnd - i >= 6 && /(?:编码|编号|代码|税号|税则号)[:：]?\s*$/.test(text.slice(Math.max(0, start - 5), start)))
    return junkEnd(text, coreEnd);
  // (and codes of four digits or more listed after 编码为: 海关编码为7604和7608)
  if (coreEnd - i >= 4 && CODES_LISTED.test(text.slice(Math.max(0, start - 24), start))) return junkEnd(text, coreEnd);
  // (a product's stage right after its name in marks: “羊小萌”3段 is a formula's stage, no count)
  if ((before === 0x201d || before === 0x300d) && text[coreEnd] === '段') return coreEnd + 1;
  const code = stockCodeEnd(text, i, coreEnd);
  if (code) return code;
  // A code after an exchange's prefix (TYO: 6829, HKEX: 0700, KRX: 005930) is a stock code.
  if (
    !cur &&
    sign === 1 &&
    (text.charCodeAt(start - 1) === 58 || text.charCodeAt(start - 2) === 58 || text.charCodeAt(start - 2) === 0xff1a) &&
    EXCHANGE_BEFORE.test(text.slice(Math.max(0, start - 9), start))
  )
    return junkEnd(text, coreEnd);
  // A phone number (03-584-7231, 0937-141993, 555-123-4567, 1-800-555-0199) is no figure, nor any group of it.
  if (!cur && sign === 1 && text.charCodeAt(coreEnd) === 45) {
    const p = PHONE.exec(text.slice(i, i + 16));
    if (p) return i + p[0].length;
    // (or its local part after an area code in brackets: (04)2461-5388)
    const local = /^\d{3,4}-\d{4}(?![\d-])/.exec(text.slice(i, i + 10));
    if (local && /[(（]0\d{1,3}[)）]\s?$/.test(text.slice(Math.max(0, start - 7), start))) return i + local[0].length;
  }
  // (and after a hotline or a phone, a service number of five digits or more, 价格举报热线12315, 客服电话95588, or a Hong
  // Kong number in two groups of four, 查詢熱線為2815 6688: where it ends, 0 for neither shape)
  if (!cur && sign === 1) {
    const serviceEnd = SERVICE_NUMBER.test(text.slice(i, coreEnd))
      ? coreEnd
      : coreEnd - i === 4 && /^ \d{4}(?!\d)/.test(text.slice(coreEnd, coreEnd + 6))
        ? coreEnd + 5
        : 0;
    if (serviceEnd && PHONE_BEFORE.test(text.slice(Math.max(0, start - 6), start))) return serviceEnd;
    // (or a Hong Kong number after its country code in brackets: 查詢熱線（852）2345 6789)
    const code = /^\d{2,4}[）)]\s?\d{4} ?\d{4}(?!\d)/.exec(text.slice(i, i + 16));
    if (
      code &&
      /[（(]$/.test(text.slice(start - 1, start)) &&
      PHONE_BEFORE.test(text.slice(Math.max(0, start - 7), start - 1))
    )
      return i + code[0].length;
    // (an English hotline's number in spaced groups: a hotline, 55 5568 8722, to report abuses)
    const groups = text.charCodeAt(coreEnd) === 32 ? SPACED_PHONE.exec(text.slice(i, i + 20)) : null;
    if (groups && PHONE_BEFORE_EN.test(text.slice(Math.max(0, start - 20), start))) return i + groups[0].length;
  }
  // An international number (+32 3 555 01 48): a country code, then groups of digits
  if (!cur && text.charCodeAt(i - 1) === 43 && !isDigitCode(text.charCodeAt(i - 2))) {
    const intl = INTL_PHONE.exec(text.slice(i, i + 24));
    if (intl) return i + intl[0].length;
  }
  // a strategy's name, a place plus one (「中國＋1」, China+1), is no count
  if (!cur && (before === 43 || before === 0xff0b) && /^\d[”」"’]/.test(text.slice(i, i + 2))) {
    const b2 = text.charCodeAt(start - 2);
    if (isHan(b2) || isLatinCode(b2)) return i + 1;
  }
  // "从0到1" (from nothing to something) is an idiom, no range
  if (
    text.startsWith('0到1', i) &&
    !cur &&
    /^[从“「]?$/.test(text.slice(start - 1, start)) &&
    !MORE_AFTER_ONE.test(text.slice(i + 3, i + 4))
  )
    return i + 3;
  // A formula (1+1>2, 2+2=5) is no figure, nor is any digit in it (GUIDELINE.md: at most an optional one).
  if (!cur && sign === 1 && FORMULA_OP.test(text[coreEnd] ?? '')) {
    const f = FORMULA.exec(text.slice(i, i + 40));
    if (f) return i + f[0].length;
  }
  let firstRun = i;
  while (firstRun < coreEnd && isDigitCode(text.charCodeAt(firstRun))) firstRun++;
  const integer = firstRun === coreEnd;
  // A fraction of something in Chinese text (清掉1/3的库存, 约1/4的订单): a share, as 三分之一 is
  if (!cur && sign === 1 && integer && text.charCodeAt(coreEnd) === 47 && isHan(before)) {
    const f = FRACTION_OF.exec(text.slice(i, i + 8));
    if (f && +f[1] < +f[2]) return cand(start, i + f[0].length - 1, Number((+f[1] / +f[2]).toPrecision(12)), '%');
  }
  if (!cur && sign === 1 && integer) {
    const d = scanNumericDate(text, i) ?? scanDateZh(text, i, coreEnd) ?? scanDayMonthEn(text, i, coreEnd);
    if (d) return dateCand(d.start ?? start, d.end, d.date);
    // An hour of the clock in English: 4 p.m., 10 AM (not 4 pence).
    const m = coreEnd - i <= 2 ? meridiem(text, coreEnd) : null;
    const hour = m ? +text.slice(i, coreEnd) : 0;
    if (m && hour >= 1 && hour <= 12) return dateCand(start, m.end, clock(hour, '00', m.pm));
  }
  // an age by its decade: in their 20s and 30s, a man in his 50s
  if (
    !cur &&
    integer &&
    coreEnd - i === 2 &&
    text[coreEnd] === 's' &&
    text[coreEnd - 1] === '0' &&
    !isLatinCode(text.charCodeAt(coreEnd + 1)) &&
    /\b(?:their|his|her|early|mid|late|in the|mid-|\d0s (?:and|or|to))\s?$/.test(
      text.slice(Math.max(0, start - 12), start),
    )
  )
    return cand(start, coreEnd + 1, +text.slice(i, coreEnd), 'years of age');
  let raw = parseDigits(text.slice(i, coreEnd)) * sign;
  // More days than a month has: a number of days (60日内支付, 不得超过90日), not a date.
  // (not yen: 150日元, 155日圆)
  if (!cur && integer && text[coreEnd] === '日' && raw > 31 && !YEN_AFTER.test(text.slice(coreEnd, coreEnd + 2)))
    return cand(start, coreEnd + 1, raw, '日');
  let j = coreEnd;
  const nx = text[j];
  if ('.．/:：'.includes(nx ?? '_') && isDigitCode(text.charCodeAt(j + 1))) {
    // A clock time standing alone (15:00) and a US date (9/30/2025) are figures; versions, ratios and
    // fractions (1.2.3, 3:1, 9/11) are not.
    const t = /^(\d{1,2})[:：](\d{2})(?![\d:])/.exec(text.slice(i, i + 6));
    if (!cur && integer && t && +t[1] < 24 && +t[2] < 60) {
      const m = meridiem(text, i + t[0].length);
      if (m && +t[1] >= 1 && +t[1] <= 12) return dateCand(start, m.end, clock(+t[1], t[2], m.pm));
      return dateCand(start, i + t[0].length, `T${t[1].padStart(2, '0')}:${t[2]}`);
    }
    // a fiscal year across two calendar years: 2025/26, 2025/2026 (an ISO interval of years)
    const split = /^(\d{4})\/(\d{2}|\d{4})(?![\d/])/.exec(text.slice(i, i + 10));
    if (!cur && split && yearAt(text, i) && +split[2] % 100 === (+split[1] + 1) % 100)
      return dateCand(start, i + split[0].length, `${split[1]}/${+split[1] + 1}`);
    const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/.exec(text.slice(i, i + 11));
    if (!cur && us && +us[1] <= 12 && +us[2] <= 31 && +us[1] > 0 && +us[2] > 0)
      return dateCand(start, i + us[0].length, `${us[3]}-${us[1].padStart(2, '0')}-${us[2].padStart(2, '0')}`);
    // (but an exchange ratio with a decimal is one: 换股比例为1:0.62, the second part per one of the first)
    const ratio = !cur && nx === ':' ? RATIO_TAIL.exec(text.slice(coreEnd, coreEnd + 12)) : null;
    if (ratio) return cand(start, coreEnd + ratio[0].length, round(Number(ratio[1]) / raw), 'ratio');
    return junkEnd(text, coreEnd);
  }
  // a decade of a century written in digits: 20世纪90年代 → the 1990s
  if (integer && !cur && coreEnd - i <= 2 && text.startsWith('世纪', coreEnd)) {
    const dec = /^世纪(\d)0年代/.exec(text.slice(coreEnd, coreEnd + 8));
    const century = +text.slice(i, coreEnd);
    if (dec && century >= 11 && century <= 22)
      return dateCand(start, coreEnd + dec[0].length, `${century - 1}${dec[1]}`);
  }
  // …and a decade alone (上世纪60年代, 90年代, 本世纪20年代, 2010年代): the last century's unless the text says this one
  if (integer && !cur && nx === '年' && text[coreEnd + 1] === '代' && text[coreEnd - 1] === '0') {
    const digits = text.slice(i, coreEnd);
    const lead = /(?:上世纪|本世纪)$/.exec(text.slice(Math.max(0, i - 3), i))?.[0];
    const from = lead ? i - lead.length : start;
    if (digits.length === 2) return dateCand(from, coreEnd + 2, `${lead === '本世纪' ? 20 : 19}${digits[0]}`);
    if (digits.length === 4 && yearAt(text, i)) return dateCand(from, coreEnd + 2, digits.slice(0, 3));
  }
  if (integer && coreEnd - i === 4 && nx === 's' && !isLatinCode(text.charCodeAt(j + 1)) && yearAt(text, i))
    return dateCand(start, j + 1, text.slice(i, i + 3)); // a decade: 1990s
  // An aircraft's model number (777X, 787-9, 737-800s, 777-300ER) is no figure, nor is the same number standing
  // alone later in the article (the 787 family).
  if (
    integer &&
    !cur &&
    sign === 1 &&
    coreEnd - i === 3 &&
    (nx === 'X' || nx === '-' || nx === ' ') &&
    MODEL_TAIL.test(text.slice(coreEnd, coreEnd + 20))
  ) {
    models.add(text.slice(i, coreEnd));
    return junkEnd(text, coreEnd);
  }
  // A code with a capital X before a noun (45X税收抵免: a section of the US tax code) is no multiple, and 401(k) is a
  // retirement plan.
  if (nx === 'X' && isHan(text.charCodeAt(coreEnd + 1))) return junkEnd(text, coreEnd);
  if (nx === '(' && text.startsWith('(k)', coreEnd)) return coreEnd + 3;
  // A run of digits with a leading zero before a Chinese word or a list mark is a size code, not a count (0201和01005
  // 规格的MLCC); in English text it may be a time (at 0930 GMT).
  if (
    integer &&
    !cur &&
    text.charCodeAt(i) === 48 &&
    coreEnd - i >= 4 &&
    (isHan(text.charCodeAt(coreEnd)) || text[coreEnd] === '、')
  )
    return junkEnd(text, coreEnd);
  // A phone's model number between its brand and a model word (小米15 Ultra, Mate 70 Pro) is no figure either.
  if (
    integer &&
    !cur &&
    nx === ' ' &&
    coreEnd - i <= 3 &&
    MODEL_WORD.test(text.slice(coreEnd, coreEnd + 7)) &&
    (isHan(before) || /[A-Z][A-Za-z]* $/.test(text.slice(Math.max(0, start - 12), start)))
  )
    return junkEnd(text, coreEnd);
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
      // 2兆6050亿元, 3亿2000万元, 2万8810点: a larger unit, then the digits of the next smaller one
      const next = integer && isDigitCode(text.charCodeAt(j)) ? smallerPart(text, j, scale) : null;
      if (next) [raw, scale, j] = [raw * (scale / next.scale) + next.value * sign, next.scale, next.end];
    }
    unit = zhUnitAt(text, j) ?? enUnitAt(text, j);
    if (
      unit &&
      !sc &&
      !cur &&
      coreEnd - i === 4 &&
      text[j] === ' ' &&
      yearAt(text, i) &&
      DETERMINER.test(text.slice(start - 6, start))
    )
      unit = null;
    // (member as a measure only joined by a hyphen: a 15-member board, not the 27 member states)
    if (unit?.[0].unit === 'member' && text[j] === ' ') unit = null;
  }
  let u: string | undefined = cur;
  let factor = 1;
  let hundredths = 0; // (one more decimal kept for 2成5)
  let moneyFrom = start;
  // a bare C after a product's name is part of a model number (Ascend 910C), not Celsius (temperatures of 40C,
  // Madrid 38C: two digits)
  if (
    unit?.[0].unit === '°C' &&
    text[j] === 'C' &&
    coreEnd - i >= 3 &&
    isSpaceCode(before) &&
    afterName(text, start - 1)
  )
    return junkEnd(text, unit[1]);
  if (unit && !(cur && unit[0].money)) {
    u = unit[0].unit;
    factor = unit[0].factor;
    j = unit[1];
    if (u === 'CNY') ({ code: u, from: moneyFrom } = namedYuan(text, start, j));
    // 2成5: a share and its hundredths as Taiwan and Hong Kong write them with digits (0.25)
    if (
      text[j - 1] === '成' &&
      integer &&
      coreEnd - i === 1 &&
      /[1-9]/.test(text[j] ?? '') &&
      SHARE_TAIL_END.test(text.slice(j + 1, j + 3))
    ) {
      raw += Number(text[j]) / 10;
      hundredths = 1;
      j++;
    }
  }
  // a capital X after a product's name is part of its model's name (VelaFlow 2X pumps), not a multiple
  if (u === 'x' && text[j - 1] === 'X' && isSpaceCode(before) && afterName(text, start - 1)) return junkEnd(text, j);
  // (nor is a size of two numbers: 2x4 lumber)
  if (u === 'x' && (text[j - 1] === 'x' || text[j - 1] === '×') && isDigitCode(text.charCodeAt(j)))
    return junkEnd(text, digitRunEnd(text, j));
  const nx2 = text[j];
  // A measure per unit of time (1200吨/天, 8万片/周) is a rate too.
  const perTime = nx2 === '/' && PER_TIME.test(text.slice(j + 1, j + 3));
  if (
    u &&
    (nx2 === '/' || nx2 === ' ' || nx2 === '-') &&
    (cur || unit?.[0].money || perTime || /^[a-zA-Z]+(?: [a-zA-Z]+)?$/.test(u) || MASS_OR_VOLUME.has(u))
  ) {
    // A rate after money or a measure: 20美元/月, 0.56元/千瓦时, 2.4mg/kg, $2.83 a share.
    RATE_ZH_RE.lastIndex = j;
    RATE_EN_RE.lastIndex = j;
    const rate = RATE_ZH_RE.exec(text) ?? RATE_EN_RE.exec(text);
    if (rate) {
      u = `${u}/${rate[1] ?? rate[2]}`;
      j += rate[0].length;
      // a price per unit and per time (1.2元/平方米/月)
      const time = text[j] === '/' && rate[0][0] === '/' ? PER_TIME.exec(text.slice(j + 1, j + 3)) : null;
      if (time) {
        u = `${u}/${time[0]}`;
        j += 1 + time[0].length;
      }
    }
  }
  // An exchange rate: 88.8 per dollar (the currency it is quoted against). "148 to the dollar", "¥154 against the
  // dollar" stay the number: every annotated set marks them so.
  const fxFirst = text.charCodeAt(j + 1); // p(er): a cheap exit for the usual number
  if (!u && !cur && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 0xa0) && fxFirst === 112) {
    const fx = PER_CURRENCY.exec(text.slice(j, j + 24));
    if (fx) {
      u = `/${QUOTED_AGAINST[fx[1]]}`;
      j += fx[0].length;
    }
  }
  // A count per unit of time takes its rate words, as money does (1,870 per day, 38 a month); not the comparison of
  // "a year earlier". So does an interest rate or a fee charged per period (a fee of 7.5% a month, coupons of 10.5% to
  // 12.8% a year), not a growth rate (grow 8% a year).
  const share = u === '%';
  if (((!u && !cur) || share) && text.charCodeAt(j) === 32 && (fxFirst === 97 || fxFirst === 112)) {
    const per = COUNT_PER_TIME.exec(text.slice(j, j + 24));
    if (per && (!share || (per[1] !== 'quarter' && CHARGED_AT.test(text.slice(Math.max(0, start - 50), start))))) {
      u = `${u ?? ''}/${per[1]}`;
      j += per[0].length;
    }
  }
  const plain = !u && !hasScale;
  if (plain) {
    // 5G, 4K, 3D; a split ratio (2-for-1); an alloy's or a model's grade after a hyphen (6063-T5)
    if (
      isLatinCode(text.charCodeAt(j)) ||
      isDigitCode(text.charCodeAt(j)) ||
      text.startsWith('-for-', j) ||
      (text[j] === '-' && /^[A-Z]\d/.test(text.slice(j + 1, j + 3)))
    )
      return junkEnd(text, coreEnd);
    if (integer && coreEnd - i > 12) return junkEnd(text, coreEnd); // an identifier, not a quantity
    // a fund's or a listing's name ending in a number before its code (元大台灣50（0050）) is a name
    if (
      integer &&
      /^[（(]\d{4,6}(?:\.[A-Z]{2})?[）)]/.test(text.slice(coreEnd, coreEnd + 12)) &&
      isHan(text.charCodeAt(start - 1))
    )
      return junkEnd(text, coreEnd);
    // a number opening a Latin name in Chinese text (商場11 SKIES) is part of it
    if (integer && isHan(text.charCodeAt(start - 1)) && /^ [A-Z]{3,}\b/.test(text.slice(coreEnd, coreEnd + 8)))
      return junkEnd(text, coreEnd);
    // an accounting standard's number (IFRS 17, IAS 39) is its name
    if (integer && /\b(?:IFRS|IAS|ASC|SFAS|FAS|CAS)\s?$/.test(text.slice(Math.max(0, start - 6), start)))
      return junkEnd(text, coreEnd);
    // a model's number before its edition (骁龙8至尊版) is its name
    if (text.startsWith('至尊', coreEnd)) return coreEnd + 2;
    // a panel fab's generation (5.5代厂, 8.6代线) is its name, not a quantity
    if (text[coreEnd] === '代' && PANEL_GENERATION.test(text.slice(coreEnd + 1, coreEnd + 5))) return coreEnd + 1;
    // a grade written with # (553#, 421# silicon metal) is a label
    if (text.charCodeAt(coreEnd) === 35 || text.charCodeAt(coreEnd) === 0xff03) return junkEnd(text, coreEnd + 1);
    // a scheme's name in marks that a number and a plus open (「1+」機制)
    if (
      '“「『‘'.includes(text[start - 1] ?? '_') &&
      text[coreEnd] === '+' &&
      '”」』’'.includes(text[coreEnd + 1] ?? '_')
    )
      return coreEnd + 1;
    // a version ending a name in marks (“鉴真2.0”, “Pro 3”): part of the name
    if (VERSION_CLOSE.includes(text[coreEnd] || '_') && versionInMarks(text, start)) return junkEnd(text, coreEnd);
    // (a model read before, or a sibling of one in its family: 737 MAX and 787 jets)
    if (integer && coreEnd - i === 3 && models.size && isKnownModel(text, i, coreEnd)) return coreEnd;
    // (a jet's variant: 737-8200, 777-300ER)
    if (
      integer &&
      JET_FAMILY.test(text.slice(i, coreEnd)) &&
      text[coreEnd] === '-' &&
      isDigitCode(text.charCodeAt(coreEnd + 1))
    )
      return junkEnd(text, coreEnd + 1);
    // (a Boeing family by its number before what a plane programme has: its 737 production rate)
    if (integer && coreEnd - i === 3 && isJetProgramme(text, i, coreEnd)) return coreEnd;
    // after a company's possessive and before a capitalised word: a model (Boeing's 737 MAX), not a count
    if (
      integer &&
      coreEnd - i === 3 &&
      before === 32 &&
      text[start - 2] === 's' &&
      isModelAfterOwner(text, start, coreEnd)
    ) {
      models.add(text.slice(i, coreEnd));
      return junkEnd(text, coreEnd);
    }
    if (
      isSpaceCode(before) &&
      // (a number grouped by thousands is no name's: Tanami Ridge 455,000)
      ((afterName(text, start - 1) &&
        !(integer && coreEnd - i === 4 && yearAt(text, i) && opensSentence(text, start - 1)) &&
        !/\d,\d{3}/.test(text.slice(i, coreEnd))) ||
        afterReferenceWord(text, start - 1) ||
        // (a version set off by commas: an updated version, 4.3, starting …)
        (text.charCodeAt(start - 2) === 44 && VERSION_APPOSED.test(text.slice(Math.max(0, start - 12), start - 2))))
    )
      return junkEnd(text, coreEnd);
    // (the year of a standard's number: GB 17761—2024, ISO 9001:2015)
    if (STANDARD_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return junkEnd(text, coreEnd);
    if (isEnumerator(text, start, j) || /No\.\s?$/.test(text.slice(Math.max(0, start - 4), start)))
      return junkEnd(text, coreEnd);
    // (a model number after its capitalised series, before a Chinese noun: 英伟达RTX 5080显卡)
    if (
      integer &&
      before === 32 &&
      isHan(text.charCodeAt(j)) &&
      /(?:^|[^A-Za-z])[A-Z]{2,5} $/.test(text.slice(Math.max(0, start - 7), start))
    )
      return junkEnd(text, coreEnd);
    // (a unit numbered with 号: 2号烧结机, 3号线)
    if (integer && text[j] === '号' && numberedThingAt(text, j + 1)) return junkEnd(text, j + 1);
    // A brand or title followed by a number (“桂溪1958”, 小米14系列) is a name, unless a verb or preposition
    // leads; so is a number that opens a quoted name (“618”, “21恒岳01”, a bond's short name).
    const nameBefore =
      (isHan(before) && !NUMBER_LEADS_ZH.has(text[start - 1])) || '“‘「『《'.includes(text[start - 1] ?? '_');
    const nameAfter =
      (isHan(text.charCodeAt(j)) && !'至到'.includes(text[j])) || '”’」』》）)、'.includes(text[j] ?? '_');
    if (integer && nameBefore && (nameAfter || seriesRange(text, start, j))) return junkEnd(text, coreEnd);
  }
  // (a range's first end before an amount is no year: 2000至3000欧元)
  const year =
    plain && integer && sign === 1 && !AMOUNT_RANGE_AFTER.test(text.slice(j, j + 14)) ? yearAt(text, i) : NaN;
  if (year && coreEnd - i === 4) return dateCand(start, j, String(year));
  const dec = (integer ? 0 : coreEnd - firstRun - 1) + hundredths;
  return cand(moneyFrom, j, raw, u, scale, factor, undefined, plain, dec);
}

// (or a range mark: 一成五至兩成)
const SHARE_TAIL_END = /^(?:[，。；、！？」”）)\s至到~～—-]|$|左右|以上|以下|的|多)/;
const AMOUNT_RANGE_AFTER =
  /^[至到~～-]\d{3,}(?:\.\d+)?(?:万|亿)?(?:元|美元|欧元|英镑|日元|港元|韩元|卢布|吨|台|辆|个|家|人)/;
const STANDARD_BEFORE = /(?:GB(?:\/T)?|ISO|IEC|JIS|DIN|EN|ASTM|IEEE)\s?\d+(?:\.\d+)*[—–:-]$/;
/** Models numbered in their series either side of 到 or 至 (从骁龙8155到骁龙8295): names, not a range's ends. */
function seriesRange(text: string, start: number, j: number): boolean {
  const series = text.slice(start - 2, start);
  if (!isHan(series.charCodeAt(0)) || !isHan(series.charCodeAt(1))) return false;
  if ((text[j] === '到' || text[j] === '至') && text.startsWith(series, j + 1)) return true;
  const joiner = start - 3;
  if ((text[joiner] !== '到' && text[joiner] !== '至') || !isDigitCode(text.charCodeAt(joiner - 1))) return false;
  let k = joiner - 1;
  while (k > 0 && isDigitCode(text.charCodeAt(k - 1))) k--;
  return text.startsWith(series, k - 2);
}

// R before an amount is the rand when it reads as money (R2.1 billion, R2,500, R48.15), not a code (R2, R&D)
// (not a code with a letter after its digits: R134a is a refrigerant)
// (two digits too in a text that writes rand amounts elsewhere: R89 a month, cut her target to R55 from R63)
// (two digits or more, bare, as the rand is written only in a story that names it: R290 is also a refrigerant)
const TWO_DIGITS = /^\d{2,}(?![\dA-Za-z%\u4e00-\u9fff]|[.,]\d)/;
const RAND_TEXT = /\bR\d[\d,.]* ?(?:million|billion|bn|m)\b|\brand\b/;
// Whether the text being scanned says what a story pattern says (RAND_TEXT, PESO_TEXT): each read once per scan, when
// first asked (cleared in scan()).
const storyAnswers = new Map<RegExp, boolean>();
function storySays(text: string, pattern: RegExp): boolean {
  let says = storyAnswers.get(pattern);
  if (says === undefined) storyAnswers.set(pattern, (says = pattern.test(text)));
  return says;
}

/** The currency a P or an N before an amount stands for in this story (PHP, BWP; NGN), or undefined. */
function storyCurrency(text: string, letter: string, e: number): string | undefined {
  const amount = RAND.test(text.slice(e, e + 16)) || TWO_DIGITS.test(text.slice(e, e + 4));
  if (!amount) return undefined;
  if (letter === 'N') return storySays(text, NAIRA_TEXT) ? 'NGN' : undefined;
  return storySays(text, PESO_TEXT) ? 'PHP' : storySays(text, PULA_TEXT) ? 'BWP' : undefined;
}
// (a scale first: R6.5bn, not 6.5 before a letter; nor a code before a Chinese word: R290冷媒, a refrigerant)
const RAND = /^(?:\d+(?:\.\d+)? ?(?:million|billion|bn|m)\b|\d{1,3}(?:,\d{3})+|\d+\.\d+)(?![\dA-Za-z\u4e00-\u9fff])/;
// (one digit as a rate, in a rand story: about R2 a liter)
const ONE_DIGIT_RATE = /^\d (?:a|per) [a-z]/;
// P is the pula and N the naira in a story about Botswana or Nigeria, read with the rand's shapes (P240 million,
// N21.5 billion)
const PULA_TEXT = /\bpula\b|\bBotswana\b/;
const NAIRA_TEXT = /\bnaira\b|\bNigeria(?:n|'s)?\b/;
// P before an amount is the Philippine peso in a story that says it is about the Philippines or pesos (P38.4 billion,
// P16 a share, P5,000), read with the rand's shapes; elsewhere P2, P500 are codes and grades
const PESO_TEXT = /\bpesos?\b|\bPhilippines?\b|\bManila\b/;
const ONE_IN = /^ in (two|three|four|five|six|seven|eight|nine|ten)\b/;
const PER_CURRENCY = /^ per (?:U\.S\. )?(dollar|euro|yen|yuan|pound)\b/;
const COUNT_PER_TIME =
  /^ (?:a|per) (day|week|month|year|quarter|hour)\b(?! (?:earlier|ago|later|before|after|prior|longer|sooner|on)\b)/;
const CODES_LISTED = /(?:编码|编号|代码|税号|税则号)(?:为|是|[:：])?\s*(?:\d{4,}\s*[和、及与,，]\s*)*$/;
const FRACTION_OF = /^(\d)\/(\d|10)的/;
const CHARGED_AT =
  /\b(?:fees?|interest|coupons?|accrues?|accruing|charges?|charging|capped)(?: rates?)? (?:of|at) (?:about |around |roughly |nearly |up to |just |some )?(?:[\d.]+%?(?: to |-| - ))?$/i;
const QUOTED_AGAINST: Record<string, string> = { dollar: 'USD', euro: 'EUR', yen: 'JPY', yuan: 'CNY', pound: 'GBP' };
const EXCHANGE_BEFORE = new RegExp(`\\b(?:${STOCK_EXCHANGE_ALTERNATION})[:：]\\s?$`);

// Chinese words that point at a figure, table or attachment by number (如图1所示, 见表2, 附件3).
const ZH_REFERENCE_BEFORE = /(?:[如见]|参见|详见)[图表]$|附(?:件|录|表|图)$/;
// Characters just before a number that may put it inside a web address (…/issues/48/, ?id=77).
const FUEL_GRADE = /^(?:汽油|柴油|乙醇汽油|车用|燃油|油)/;
const URL_INNER = new Set([...'/=&?_~%']);

/**
 * True for a number that labels something rather than counts it: after # (#48, #1), inside a web address,
 * or where Chinese text points at a figure or table (如图1所示, 见表2, 附件3).
 */
function isReference(text: string, start: number, end: number): boolean {
  // a fuel's grade (92号汽油, 0号柴油) names the fuel
  if (text.charCodeAt(end) === 0x53f7 && FUEL_GRADE.test(text.slice(end + 1, end + 5))) return true;
  const prev = text[start - 1];
  if (prev === '#') return true;
  if (prev !== undefined && URL_INNER.has(prev)) {
    let k = start - 1;
    while (k > 0 && start - k < 300 && text.charCodeAt(k - 1) > 32 && !isHan(text.charCodeAt(k - 1))) k--;
    return /:\/\/|^www\.|^[\w-]+(?:\.[\w-]+)+\//i.test(text.slice(k, start));
  }
  if (prev === '图' || prev === '表')
    return ZH_REFERENCE_BEFORE.test(text.slice(start - 3, start)) || text.startsWith('所示', end);
  if (prev === '件' || prev === '录') return ZH_REFERENCE_BEFORE.test(text.slice(start - 3, start));
  return false;
}

/** True when the word before the space at `sp` names what the number labels (figure 5, Fig. 1, bug 15, phase 3). */
function afterReferenceWord(text: string, sp: number): boolean {
  // (number as a verb counts: its fleet would number 186 aircraft)
  if (NUMBER_VERB.test(text.slice(Math.max(0, sp - 20), sp))) return false;
  let w = sp;
  if (text.charCodeAt(w - 1) === 46) w--; // Fig. 1, pp. 3, vol. 2
  const end = w;
  while (w > 0 && end - w < 12 && isLatinCode(text.charCodeAt(w - 1))) w--;
  return end > w && REFERENCE_WORDS.has(text.slice(w, end).toLowerCase());
}

/**
 * A percentage or a year that Chinese text glues to a Latin name before it (收购Dairy Ltd75%的股权, Meta2025年资本开支,
 * REITs2025年):
 * a figure, unlike a model or version number (GPT4, A320).
 */
function gluedInChinese(text: string, start: number, end: number): boolean {
  const c = text[end];
  // (a change of the prime rate, as Hong Kong papers write it: 減P0.125厘, 加P 0.25厘)
  if (/[减加]P$/.test(text.slice(start - 2, start))) return /^\d*\.?\d*厘/.test(text.slice(start, start + 8));
  if (c === '%' || c === '％') return /[A-Za-z]{2}$/.test(text.slice(start - 2, start));
  // an amount after an acronym (GMV196.4亿元, ARR5亿美元)
  if (/(?:^|[^A-Za-z])[A-Z]{2,5}$/.test(text.slice(Math.max(0, start - 6), start))) {
    const digitsEnd = digitRunEnd(text, start);
    return /^(?:[万亿]|万亿)?(?:元|美元|港元|欧元)/.test(text.slice(digitsEnd, digitsEnd + 4));
  }
  return (
    c === '年' &&
    end - start === 4 &&
    /^(?:19|20)\d\d$/.test(text.slice(start, end)) &&
    // (a plural acronym too: 高速公路REITs2025年一季度)
    /[a-z]{2}$|[A-Z]s$/.test(text.slice(start - 2, start))
  );
}

/** A count glued to an acronym as Chinese text writes it (ETF193只, IPO12家): a figure, unlike a model name (GPT4个). */
function countAfterAcronym(text: string, start: number, end: number): boolean {
  return (
    /(?:^|[^A-Za-z])[A-Z]{2,5}$/.test(text.slice(Math.max(0, start - 6), start)) &&
    isHan(text.charCodeAt(end)) &&
    text[end] !== '个' &&
    // (a magnitude first too: 进口LNG5134万吨)
    (!!zhUnitAt(text, end) || ('万亿'.includes(text[end]) && !!zhUnitAt(text, end + 1)))
  );
}

/** True for a list number: 1、 (1) （2）, 1. / 1) at the start of a line, or a section number (1.3 公司简介). */
function isEnumerator(text: string, start: number, end: number): boolean {
  const after = text[end];
  const prev = text[start - 1];
  const lineStart = () =>
    start === 0 ||
    prev === '\n' ||
    ((prev === ' ' || prev === '\t') && /(?:^|\n)[ \t]*#*[ \t]+$/.test(text.slice(Math.max(0, start - 8), start)));
  // a section number before a Chinese heading or clause (1.3 公司简介, 4 本公司…), unless a unit follows (5 家)
  if (
    (after === ' ' || after === '\t' || after === '\u3000') &&
    isHan(text.charCodeAt(end + 1)) &&
    /^\d{1,2}(?:\.\d{1,2}){0,2}$/.test(text.slice(start, end)) &&
    lineStart()
  )
    return !zhUnitAt(text, end + 1);
  // (a value in a list after a verb, 分别不高于10、35、50毫克, is no list item's number)
  if (after === '、' || end - start > 2)
    return after === '、' && end - start <= 3 && !isHan(prev?.charCodeAt(0) ?? 0) && prev !== '、';
  if ((prev === '(' || prev === '（') && (after === ')' || after === '）')) return true;
  return lineStart() && (after === '.' || after === ')' || after === '）' || after === '．');
}

/** True when the word before the space at `sp` opens a sentence or a bullet (Sees 2025 sales flat): a verb, not a name. */
function opensSentence(text: string, sp: number): boolean {
  const w = latinWordStart(text, sp);
  return /(?:^|\n|[.!?]["”’]? |\n[*•·–-] |^[*•·–-] )$/.test(text.slice(Math.max(0, w - 3), w));
}

/** Where the Latin word ending at `sp` starts (at most 30 letters back). */
function latinWordStart(text: string, sp: number): number {
  let w = sp;
  while (w > 0 && sp - w < 30 && isLatinCode(text.charCodeAt(w - 1))) w--;
  return w;
}

/** True when the word before the space at `sp` is a name (iPhone 16, Windows 11), not a lead-in (in 2023). */
function afterName(text: string, sp: number): boolean {
  const w = latinWordStart(text, sp);
  const word = text.slice(w, sp);
  if (!/[A-Z]/.test(word) || LEADS.has(word.toLowerCase())) return false;
  // a heading in capitals (CLOSURES ACROSS 28 STATES): every word is capitalised, none is a name for that
  if (word.length > 2 && word === word.toUpperCase()) {
    const from = text.lastIndexOf('\n', w) + 1;
    let to = text.indexOf('\n', sp);
    if (to < 0) to = text.length;
    if (to - from < 120 && !/[a-z]/.test(text.slice(from, to))) return false;
  }
  return true;
}

/** A sign that ends a currency's letters before its number: $ (US$5), £ (E£2.7), ₵ or ¢ (GH₵49,600, GH¢3,625). */
const isCurrencySign = (c: number): boolean => c === 36 || c === 0xa3 || c === 0x20b5 || c === 0xa2;

/** A Latin word at `i`: a currency code (US$5, RMB 5), an English date (Oct. 31, mid-2026, Q3) or a fraction. */
function scanWord(text: string, i: number): Cand | number {
  let e = i;
  while (e < text.length && isLatinCode(text.charCodeAt(e))) e++;
  // Cheap exits first (this runs for every English word): nothing to find in a long word, or in one that
  // is not followed by $ (US$), a space, a point (Oct.), a hyphen (mid-, two-thirds) or a digit (Q3).
  const next = text.charCodeAt(e);
  if (e - i > 9 || !(isCurrencySign(next) || isSpaceCode(next) || next === 46 || next === 45 || isDigitCode(next)))
    return e;
  // Lower-case words only matter before a hyphen (mid-2026, two-thirds).
  const first = text.charCodeAt(i);
  // three times what rivals pay, ten times the volume: a multiple in words, like 三倍 (checked only before " times")
  if (next === 32 && text.startsWith('times', e + 1) && !isLatinCode(text.charCodeAt(e + 6))) {
    const n = MULTIPLES.get(first < 97 ? text.slice(i, e).toLowerCase() : text.slice(i, e));
    if (n) return cand(i, e + 6, n, 'x');
  }
  // one in five: a share in words (0.2)
  if ((first === 111 || first === 79) && next === 32 && /^[Oo]ne$/.test(text.slice(i, e))) {
    const m = ONE_IN.exec(text.slice(e, e + 12));
    if (m) return cand(i, e + m[0].length, round(1 / MULTIPLES.get(m[1])!), '%');
  }
  if (first >= 97 && next !== 45) return e;
  const w = text.slice(i, e);
  // Keyed lookups of a built string are costly at every capitalised word: only after a $ (US$5) or for a code.
  // (or a pound or cedi sign: E£2.7 billion, GH₵49,600, GH¢3,625 with the cent sign some write for it)
  const sym = isCurrencySign(next) ? FIGURE_CURRENCY_PREFIXES[w + text[e]] : undefined;
  if (sym && isDigitCode(text.charCodeAt(e + 1))) return scanNumber(text, i, e + 1, sym);
  // (some write a space after the sign: R$ 4.10, US$ 5 million)
  if (sym && text.charCodeAt(e + 1) === 32 && isDigitCode(text.charCodeAt(e + 2)))
    return scanNumber(text, i, e + 2, sym);
  // (and the mixed-case signs written flush before the number: NKr148.20, Rs500, RM1.2 billion)
  const flushDigit = isDigitCode(next);
  const code =
    (e - i === 3 && /^[A-Z]{3}$/.test(w)) ||
    ((flushDigit || (next === 32 && isDigitCode(text.charCodeAt(e + 1)))) &&
      e - i <= 3 &&
      /^[A-Z][A-Za-z]{1,2}$/.test(w) &&
      // (not glued to Chinese, where letters and digits make a variety's or a model's code: 禾穗Bt811)
      !(flushDigit && isHan(text.charCodeAt(i - 1)) && /[a-z]/.test(w)))
      ? FIGURE_CURRENCY_PREFIXES[w]
      : flushDigit &&
          w === 'R' &&
          (RAND.test(text.slice(e, e + 16)) ||
            ((TWO_DIGITS.test(text.slice(e, e + 4)) || ONE_DIGIT_RATE.test(text.slice(e, e + 8))) &&
              storySays(text, RAND_TEXT)))
        ? 'ZAR'
        : flushDigit && (w === 'P' || w === 'N')
          ? storyCurrency(text, w, e)
          : undefined;
  const at = isSpaceCode(text.charCodeAt(e)) ? e + 1 : e;
  // (SR and Sh flush, or SR spaced before a price or a scale: SR24.4 billion, SR 31.45 are riyals, SR 520 a state route)
  const spacedOk =
    flushDigit || (w !== 'SR' && w !== 'Sh') || (w === 'SR' && SPACED_RIYALS.test(text.slice(e, e + 24)));
  if (code && isDigitCode(text.charCodeAt(at)) && spacedOk) return scanNumber(text, i, at, code);
  const d = scanMonthEn(text, i, e);
  if (d) return dateCand(i, d.end, d.date);
  if ((w === 'mid' || w === 'early' || w === 'late' || w === 'end') && text[e] === '-') {
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

const SPACED_RIYALS = /^ \d[\d,]*(?:\.\d|\s(?:billion|million|bn|mn)\b)/;

// 成 before a word it begins (成本, 成员, 成品) is no share, nor 八成 before 不 (probably not); but 一成本金 is a tenth of
// the principal and 六成品种 six tenths of the kinds.
function shareBefore(text: string, at: number): boolean {
  // (不等 after a share ends a spread of shares: 三成至五成不等)
  return (
    !NOT_AFTER_CHENG.has(text[at]) ||
    text.startsWith('本金', at) ||
    text.startsWith('果实', at) ||
    text.startsWith('品种', at) ||
    text.startsWith('不等', at)
  );
}

/** A Chinese numeral at `i`: shares (三成, 三分之二), multiples (三倍), magnitudes and money (三千万, 八百亿元). */
function scanChinese(text: string, i: number): Cand | number {
  let e = i;
  while (e < text.length && isCnNumeralCode(text.charCodeAt(e))) e++;
  if (e - i > 12 || NOT_AFTER.has(text[i - 1])) return e;
  // 一 ending a word (统一成1套, 唯一, 逐一) is no numeral
  if (text[i] === '一' && ONE_ENDS.has(text[i - 1])) return i + 1;
  // (千 of a unit after a magnitude is the unit's: 一亿千瓦, 三万千克)
  if (text[e - 1] === '千' && (text[e - 2] === '亿' || text[e - 2] === '万') && KILO_UNITS.has(text[e])) e--;
  const dec = decimalDigits(text, e);
  e += dec && dec + 1;
  const s = text.slice(i, e);
  // 每一個基點, 每一分钱: "every single one", no count
  if (s === '一' && text[i - 1] === '每') return e;
  // Idioms are checked only for what would be a figure: this path runs at every 一, 十, 万… of a Chinese text.
  const make = (end: number, raw: number, unit?: string, scale = 1, factor = 1, from = i): Cand | number =>
    inIdiom(text, i) || (!!unit && /^[A-Z]{3}$/.test(unit) && quotedName(text, from, end))
      ? e
      : cand(from, end, raw, unit, scale, factor, undefined, false, dec);

  // A range of shares in tenths, lo to hi, ending at `end` (三四成, 两到三成): the high end is its number.
  const shareRange = (end: number, lo: number, hi: number): Cand | number => {
    if (inIdiom(text, i)) return e;
    const c = cand(i, end, hi, '%', 1, 0.1);
    c.low = round(lo / 10);
    c.high = round(hi / 10);
    return c;
  };

  // 一半: a half, as a share (减少近一半, 一半以上); not 一半天 nor a half-year
  // (nor halfway through a task: 迁移到一半发现…)
  if (
    s === '一' &&
    text[e] === '半' &&
    !'年天月个小'.includes(text[e + 1] ?? '_') &&
    !(text[i - 1] === '到' && isHan(text.charCodeAt(e + 1)) && !'以左上多'.includes(text[e + 1]))
  )
    return make(e + 1, 0.5, '%');
  if (text.startsWith('分之', e)) {
    // 百分之十二三: a range of two adjacent percentages (0.12–0.13)
    const pair = s === '百' ? ADJACENT_PERCENT.exec(text.slice(e + 2, e + 7)) : null;
    if (pair && CN_DIGIT.indexOf(pair[3]) === CN_DIGIT.indexOf(pair[2]) + 1) {
      const tens = pair[1] ? 10 : 0;
      const c = cand(i, e + 2 + pair[0].length, (tens + CN_DIGIT.indexOf(pair[3]) + 1) / 100, '%');
      c.low = round((tens + CN_DIGIT.indexOf(pair[2]) + 1) / 100);
      c.high = round((tens + CN_DIGIT.indexOf(pair[3]) + 1) / 100);
      return inIdiom(text, i) ? e : c;
    }
    let f = e + 2;
    while (f < text.length && (isCnNumeralCode(text.charCodeAt(f)) || isDigitCode(text.charCodeAt(f)))) f++;
    const fraction = decimalDigits(text, f);
    f += fraction && fraction + 1;
    // (or a decimal point in digits: 万分之0.85)
    if (!fraction && text[f] === '.' && isDigitCode(text.charCodeAt(f + 1)) && isDigitCode(text.charCodeAt(f - 1)))
      f = digitRunEnd(text, f + 1);
    const v = parseShare(text.slice(i, f));
    // 百分之十几 (“ten-odd percent”) is vague, not a figure.
    return Number.isFinite(v) && v > 0 && text[f] !== '几' ? make(f, v, '%') : f;
  }
  // 一成二, 三成五: a share and its hundredths as Hong Kong writes them (0.12, 0.35)
  if (
    text[e] === '成' &&
    s.length === 1 &&
    cnDigit(s) > 0 &&
    /[一二三四五六七八九]/.test(text[e + 1] ?? '') &&
    SHARE_TAIL_END.test(text.slice(e + 2, e + 4))
  )
    return inIdiom(text, i)
      ? e
      : cand(i, e + 2, cnDigit(s) + cnDigit(text[e + 1]) / 10, '%', 1, 0.1, undefined, false, 1);
  // 一成半, 三成半: a share and a half tenth (0.15, 0.35)
  if (text[e] === '成' && text[e + 1] === '半' && s.length === 1 && cnDigit(s) > 0)
    return inIdiom(text, i) ? e : cand(i, e + 2, cnDigit(s) + 0.5, '%', 1, 0.1, undefined, false, 1);
  // 三四成, 两三成: a range of shares (0.3–0.4)
  if (text[e] === '成' && s.length === 2 && shareBefore(text, e + 1)) {
    // (两 opens a range, 两三成, but does not end one)
    const lo = cnDigit(s[0]);
    // (一两成: a tenth or two)
    const hi = s === '一两' ? 2 : CN_DIGIT.indexOf(s[1]) + 1;
    if (lo > 0 && hi === lo + 1) return shareRange(e + 1, lo, hi);
  }
  // 两到三成, 一至两成: a range of shares written with its two ends (0.2–0.3)
  if (
    s.length === 1 &&
    (text[e] === '到' || text[e] === '至') &&
    text[e + 2] === '成' &&
    shareBefore(text, e + 3) &&
    cnDigit(s) > 0 &&
    cnDigit(text[e + 1]) > cnDigit(s)
  )
    return shareRange(e + 3, cnDigit(s), cnDigit(text[e + 1]));
  const pair = adjacentPair(text, i, s, e);
  if (pair) return inIdiom(text, i) ? e : pair;
  // 三元 in batteries is the ternary chemistry (三元锂电池, 三元材料), in pigs a three-way cross (外三元生猪), not three yuan
  if (s === '三' && text[e] === '元' && TERNARY_AFTER.test(text.slice(e + 1, e + 4))) return e + 1;
  // 翻两番: doubled twice, a multiple (×4)
  // (翻一番, doubled, is read as an idiom: the annotators mark it no figure)
  if (text[e] === '番' && text[i - 1] === '翻' && /^[两二三四]$/.test(s)) {
    const times = s === '两' ? 2 : CN_DIGIT.indexOf(s) + 1;
    return make(e + 1, 2 ** times, 'x');
  }
  // a discount: 八折 (0.8), 七五折 (0.75); not 折旧, 折合, 折算, 折叠 (a numeral before them is another figure's)
  // (两折 is 0.2; 七折八扣 an idiom for deductions)
  if (
    text[e] === '折' &&
    !NOT_AFTER_ZHE.has(text[e + 1]) &&
    /^(?:[一二三四五六七八九]{1,2}|两)$/.test(s) &&
    !(isCnNumeralCode(text.charCodeAt(e + 1)) && text[e + 2] === '扣')
  ) {
    const tenths = cnDigit(s[0]) + (s.length === 2 ? cnDigit(s[1]) / 10 : 0);
    // (一波三折: twists and turns)
    if (inIdiom(text, i)) return e + 1;
    return cand(i, e + 1, tenths, '%', 1, 0.1, undefined, false, s.length - 1);
  }
  const v = parseChineseNumeral(s);
  if (!(v > 0)) return e;
  // a bare hundred- or thousand-fold (超购逾千倍, 高达百倍), not a vague 数百倍 or 成百上千倍
  if (text[e] === '倍' && (s === '百' || s === '千' || s === '万') && !'数几上成'.includes(text[i - 1] ?? '_'))
    return make(e + 1, v, 'x');
  // A bare magnitude before money (突破千亿元, 万亿元级, 千万元): one of it; not 数千亿元 (vague) nor the adverb 千万.
  if (BARE_MAGNITUDE.has(s) && text[i - 1] !== '数' && text[i - 1] !== '几') {
    const money = zhUnitAt(text, e);
    if (money?.[0].money) return make(money[1], 1, money[0].unit, v, money[0].factor);
    // (or before a measure: 到2030年有望超过百万吨)
    if (money && MEASURE_AFTER_MAGNITUDE.has(money[0].unit)) return make(money[1], v, money[0].unit);
  }
  const lead = CN_LEAD.has(s[0]) || s[0] === '十' || s[0] === '廿' || s[0] === '卅' || dec > 0;
  if (text[e] === '成' && s.length === 1 && CN_LEAD.has(s) && shareBefore(text, e + 1))
    return make(e + 1, v, '%', 1, 0.1);
  if (/^[〇○零一二三四五六七八九]{4}$/.test(s) && text[e] === '年') {
    const rest = afterCnYear(text, e + 1, String(v));
    return rest ? dateCand(i, rest.end, rest.date) : dateCand(i, e + 1, String(v));
  }
  let j = approxEnd(text, e);
  let scale = 1;
  // a magnitude after an approximator (三千多万元) or a decimal (三点五亿元, 一点二万亿元)
  if (dec > 0 && text.startsWith('万亿', j)) [scale, j] = [1e12, j + 2];
  else if ((j > e || dec > 0) && (text[j] === '万' || text[j] === '亿')) scale = SCALES[text[j++]];
  // (两个亿, 五个亿: a hundred million in speech)
  else if (text[j] === '个' && text[j + 1] === '亿') [scale, j] = [1e8, j + 2];
  // (一个多亿: a little over one)
  else if (text.startsWith('个多亿', j)) [scale, j] = [1e8, j + 3];
  // (兆 before money is a trillion, as Taiwan writes it: 兩兆元)
  else if (text[j] === '兆' && zhUnitAt(text, j + 1)?.[0].money) [scale, j] = [1e12, j + 1];
  const unit = zhUnitAt(text, approxEnd(text, j));
  const big = scale > 1 || /[万亿]/.test(s);
  const ratio = unit && (unit[0].unit === 'x' || unit[0].unit === 'pp' || unit[0].unit === 'bp');
  // (not digit by digit: 社保基金一一八组合 names a portfolio)
  const hundreds = CN_LEAD.has(s[0]) && v >= 100 && unit && !unit[0].money && !/^[〇○零一二三四五六七八九]+$/.test(s);
  if (!lead || !(unit?.[0].money || ratio || big || hundreds)) return e;
  // 一分钱, 一毛钱: "a single penny", an idiom (每一分钱都要看得见回报), not an amount
  // (and 一块钱: 一块钱都不让)
  // (but 一毛多, a little over a mao, is an amount: 一斤比去年低了一毛多)
  if (
    s === '一' &&
    unit &&
    unit[0].money &&
    ((unit[0].factor < 1 && text[unit[1] - 1] !== '多') || text.startsWith('块钱', j))
  )
    return e;
  if (unit?.[0].unit === 'CNY') {
    const named = namedYuan(text, i, unit[1]);
    return make(unit[1], v, named.code, scale, unit[0].factor, named.from);
  }
  if (unit) return make(unit[1], v, unit[0].unit, scale, unit[0].factor);
  return make(j, v, undefined, scale);
}

/**
 * How many Chinese digits follow a decimal 点 at `e` (三点五亿元, 十二点〇八元, 百分之三点五); 0 when there is no
 * decimal point there, or when the digits run on into a clock time (三点五十分, 三点零五分, 三点一刻).
 */
function decimalDigits(text: string, e: number): number {
  if (text[e] !== '点' || !isCnDigit(text[e + 1])) return 0;
  let f = e + 1;
  while (isCnDigit(text[f])) f++;
  return CLOCK_AFTER.has(text[f]) ? 0 : f - e - 1;
}
/**
 * An amount of money in words that opens a short name in marks and runs on into it (“一元乐享”开盖扫码活动): the
 * name's, as digits opening one are (“618”); not a count or share in quoted words (“两千万起步”, “三成都亏了”).
 */
function quotedName(text: string, start: number, end: number): boolean {
  if (!'“「'.includes(text[start - 1] ?? '_') || !isHan(text.charCodeAt(end))) return false;
  const close = text.slice(end, end + 7).search(/[”」]/);
  return close > 0 && !/[，。！？、]/.test(text.slice(end, end + close));
}
const ONE_ENDS = new Set([...'统唯逐']);
const CLOCK_AFTER = new Set([...'十百千分刻点钟']);
const KILO_UNITS = new Set([...'瓦克米']);

const TERNARY_AFTER =
  /^(?:类|锂|电池|材料|正极|前驱|体系|电芯|路线|高镍|黑粉|极片|废料|市场|回收|与铁锂|和铁锂|、铁锂|与磷酸|和磷酸|产品|车型|动力|生猪|猪)/;
const MEASURE_AFTER_MAGNITUDE = new Set([
  '吨',
  '辆',
  '台',
  '件',
  '套',
  '平方米',
  '千瓦',
  '千瓦时',
  '亩',
  '只',
  '片',
  '颗',
  '块',
  '户',
  '人次',
]);
const BARE_MAGNITUDE = new Set(['百万', '千万', '百亿', '千亿', '万亿']);

// Two neighbouring digits before a magnitude and money (三四万元, 五六百亿元, 一两百元): a range from the smaller to the larger.
const ADJACENT = /^([一二两三四五六七八])([二两三四五六七八九])([十百千万亿]*)$/;
const CN_DIGIT = '一二三四五六七八九';
/** The value of one Chinese digit, 两 as 2 (0 for anything else). */
const cnDigit = (c: string): number => (c === '两' ? 2 : CN_DIGIT.indexOf(c) + 1);

/**
 * A range written as two neighbouring Chinese digits before money (三四万元), not a tier (三四线城市) nor a vague share
 * (六七成, which the figure tests keep out).
 */
function adjacentPair(text: string, i: number, s: string, e: number): Cand | null {
  const m = ADJACENT.exec(s);
  // (两 opens one too: 两三千万元)
  if (!m || cnDigit(m[2]) !== cnDigit(m[1]) + 1) return null;
  // (a multiple too: 翻了六七倍)
  if (!m[3] && text[e] === '倍') {
    const c = cand(i, e + 1, cnDigit(m[2]), 'x');
    c.low = cnDigit(m[1]);
    c.high = cnDigit(m[2]);
    return c;
  }
  // (hundreds of millions in speech: 两三个亿)
  if (!m[3] && text.startsWith('个亿', e)) {
    const c = cand(i, e + 2, cnDigit(m[2]), undefined, 1e8);
    c.low = cnDigit(m[1]) * 1e8;
    c.high = cnDigit(m[2]) * 1e8;
    return c;
  }
  const lowRaw = parseChineseNumeral(m[1] + m[3]);
  const highRaw = parseChineseNumeral(m[2] + m[3]);
  if (!(lowRaw > 0 && highRaw > lowRaw)) return null;
  const unit = zhUnitAt(text, e);
  // (money without a magnitude only in the spoken 块钱: 两三块钱; 三四元 is left alone)
  if (!unit?.[0].money || !(/[十百千万亿]/.test(m[3]) || text.startsWith('块钱', e))) return null;
  const c = cand(i, unit[1], highRaw, unit[0].unit, 1, unit[0].factor);
  const factor = unit[0].factor;
  c.low = round(lowRaw * factor);
  c.high = round(highRaw * factor);
  return c;
}

/** True when position `i` lies inside an idiom that contains numerals (一带一路, 十万火急). */
function inIdiom(text: string, i: number): boolean {
  for (const idiom of FIGURE_IDIOMS_ZH)
    for (let s = Math.max(0, i - idiom.length + 1); s <= i; s++) if (text.startsWith(idiom, s)) return true;
  return false;
}

// Dates and periods written with digits (GUIDELINE.md §2.2): the maximal calendar expression, as an ISO 8601
// string, partial where the text is (2024 → 2024, 12月10日 → --12-10, 2024年第三季度 → 2024-Q3).
import { FIGURE_MONTHS_EN } from './lexicon/figure-words';
import { isDigitCode, isLatinCode, isSpaceCode, parseChineseNumeral, toHalfWidth } from './numbers';

/** A date found at a position: where it ends and its ISO 8601 value. */
export interface DateSpan {
  end: number;
  date: string;
  /** Where the span starts when a word before the number belongs to it (第3季度). */
  start?: number;
}

// Period designators that join a digit year (2024年第三季度, 2021年前两季度, 2024年上半年, 2023年度).
// (Taiwan writes a quarter without 度 after 第 or 前: 2025年第三季, 前三季; Hong Kong writes the first ones 首季, 首三季)
const DESIGNATOR =
  /度|财年|(?:第|前|首)?[一二三四两1-4１-４]季度|(?:第|前|首)[一二三四两1-4１-４]季|首季度?|上半年|下半年|半年度|[Qq][1-4]/y;
const RANGE_MARKS = new Set([...'-–—~～〜至到']);
const QUARTER: Readonly<Record<string, string>> = { 一: '1', 二: '2', 两: '2', 三: '3', 四: '4' };

const MONTHS = new Map<string, number>([['Sept', 9]]);
FIGURE_MONTHS_EN.forEach((m, k) => MONTHS.set(m, k + 1).set(m.slice(0, 3), k + 1));
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Reads 1–2 digits at `j` with a value in 1…max; returns the value and where the digits end. */
function small(text: string, j: number, max: number): [number, number] | null {
  let k = j;
  while (k < text.length && k - j < 3 && isDigitCode(text.charCodeAt(k))) k++;
  if (k === j || k - j > 2) return null;
  const v = Number(toHalfWidth(text.slice(j, k)));
  return v >= 1 && v <= max ? [v, k] : null;
}

/** A month or day at `j`: N月 / N日, or a range N—M月; `suffixes` are the closing characters. */
function component(text: string, j: number, max: number, suffixes: string): [number, number, number] | null {
  const a = small(text, j, max);
  if (!a) return null;
  let k = a[1];
  let b = a[0];
  if (RANGE_MARKS.has(text[k])) {
    const second = small(text, k + 1, max);
    if (second && suffixes.includes(text[second[1]] ?? '_')) [b, k] = second;
  }
  if (!suffixes.includes(text[k] ?? '_')) return null;
  return [a[0], b, k + 1];
}

/** A time right after a day (2018年10月14日07:17, 1月12日10时): HH:MM[:SS], or H时[M分]. */
function time(text: string, j: number): [string, number] | null {
  const at = text[j] === ' ' ? j + 1 : j;
  const m = /^(\d{1,2})[:：](\d{2})(?::(\d{2}))?(?!\d)/.exec(toHalfWidth(text.slice(at, at + 9)));
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) {
    // the Chinese clock: 10时, 10时30分 (2026年1月12日10时至1月13日10时)
    // (or 点 with its half or minutes: 11点半, 9点30分; 9点 alone may be points of an index)
    const zh =
      j === at
        ? /^(\d{1,2})(?:时(?:(\d{1,2})分)?|点(?:(\d{1,2})分|(半)))/.exec(toHalfWidth(text.slice(j, j + 7)))
        : null;
    if (!zh || (zh[0].includes('点') && !zh[3] && !zh[4])) return null;
    const minutes = zh[4] ? 30 : Number(zh[2] ?? zh[3] ?? 0);
    if (Number(zh[1]) > 24 || minutes > 59) return null;
    return [`T${pad(Number(zh[1]))}:${pad(minutes)}`, j + zh[0].length];
  }
  return [`T${pad(Number(m[1]))}:${m[2]}${m[3] ? ':' + m[3] : ''}`, at + m[0].length];
}

/** Month, day and time after `prefix` ('2024-' or '--'); the month starts at `j`. */
function monthDay(text: string, j: number, prefix: string): DateSpan | null {
  const mon = component(text, j, 12, '月');
  // (an age in months is no month: 3月龄)
  if (!mon || text[mon[2]] === '龄') return null;
  let end = mon[2];
  if (text[end] === '份') end++;
  if (mon[0] !== mon[1]) return { end, date: `${prefix}${pad(mon[0])}/${prefix}${pad(mon[1])}` };
  const mm = `${prefix}${pad(mon[0])}`;
  const day = component(text, end, 31, '日号');
  if (!day) return { end, date: mm };
  if (day[0] !== day[1]) return { end: day[2], date: `${mm}-${pad(day[0])}/${mm}-${pad(day[1])}` };
  const t = time(text, day[2]);
  return { end: t ? t[1] : day[2], date: `${mm}-${pad(day[0])}${t ? t[0] : ''}` };
}

const FISCAL_YEAR = /^(?:财政|财务)年度/;
const FISCAL_QUARTER = /^第([一二三四1-4])财?季度?/;
const NOT_BEFORE_QIAN = '目日此之提以事当';

/** 前10月 at `j` (after a year opening at `start`, or with `year` '-' for none): January to that month, or null. */
function firstMonths(text: string, j: number, year: string, start = j): DateSpan | null {
  if (text[j] !== '前') return null;
  const m = monthDay(text, j + 1, '-');
  if (!m || !/^-\d\d$/.test(m.date) || m.date === '-01') return null;
  return { start, end: m.end, date: `${year}-01/${year}${m.date}` };
}

/** A Chinese date starting with the plain integer text[i, coreEnd): 2024年…, 12月10日, 30日. */
export function scanDateZh(text: string, i: number, coreEnd: number): DateSpan | null {
  const len = coreEnd - i;
  const next = text[coreEnd];
  if (len === 4 && text.startsWith('财年', coreEnd)) {
    // (with its fiscal quarter: 2026财年第一财季)
    const q = FISCAL_QUARTER.exec(text.slice(coreEnd + 2, coreEnd + 7));
    const year = toHalfWidth(text.slice(i, coreEnd));
    if (q) return { end: coreEnd + 2 + q[0].length, date: `${year}-Q${QUARTER[q[1]] ?? q[1]}` };
    return { end: coreEnd + 2, date: year };
  }
  // (a fiscal year written out: 2025财政年度, 2025财务年度)
  const fiscal = len === 4 ? FISCAL_YEAR.exec(text.slice(coreEnd, coreEnd + 4)) : null;
  if (fiscal) return { end: coreEnd + fiscal[0].length, date: toHalfWidth(text.slice(i, coreEnd)) };
  // a decade (1980年代): its ISO form is the year's first three digits
  if (next === '年' && len === 4 && text[coreEnd + 1] === '代' && /0$/.test(text.slice(i, coreEnd)))
    return { end: coreEnd + 2, date: toHalfWidth(text.slice(i, coreEnd - 1)) };
  if (next === '年' && len === 4) {
    const year = toHalfWidth(text.slice(i, coreEnd));
    const j = coreEnd + 1;
    return (
      periodAfter(text, j, year) ??
      monthDay(text, j, `${year}-`) ??
      firstMonths(text, j, year, i) ?? { end: j, date: year }
    );
  }
  // A Republic of China year as Taiwan writes it (113年9月, 114年第3季, 113年度; 民国113年): 1911 years on
  if (next === '年' && len === 3) {
    const n = Number(toHalfWidth(text.slice(i, coreEnd)));
    if (n < 100 || n > 130) return null;
    const year = String(n + 1911);
    const j = coreEnd + 1;
    // (the era's name before the year is part of the date: 民国113年, 民國110年)
    const era = /民[国\u570b]$/.test(text.slice(Math.max(0, i - 2), i)) ? i - 2 : undefined;
    const after = periodAfter(text, j, year) ?? monthDay(text, j, `${year}-`) ?? firstMonths(text, j, year, i);
    if (after) return era === undefined ? after : { ...after, start: era };
    if (text[j] === '度') return { end: j + 1, date: year, start: era };
    return era !== undefined ? { end: j, date: year, start: era } : null;
  }
  if (len > 2) return null;
  // 前10月: the months from January (not 目前|12月, 日前, 此前, 之前, 提前)
  const first =
    next === '月' && text[i - 1] === '前' && !NOT_BEFORE_QIAN.includes(text[i - 2] ?? '_')
      ? firstMonths(text, i - 1, '-')
      : null;
  if (first) return first;
  if (next === '月' || RANGE_MARKS.has(next)) return monthDay(text, i, '--');
  if (next === '季') return quarter(text, i, coreEnd);
  // an hour of the Chinese clock standing alone (9时40分, 10时; not 5时段, 2时间)
  if ((next === '时' && !'间代期段候刻长'.includes(text[coreEnd + 1] ?? '_')) || next === '点') {
    const t = time(text, i);
    if (t) return { end: t[1], date: t[0] };
  }
  // (yen is no day: 15日元)
  if (text[coreEnd] === '日' && (text[coreEnd + 1] === '元' || text[coreEnd + 1] === '圆')) return null;
  const day = component(text, i, 31, '日号');
  if (!day || day[0] !== day[1]) return null;
  // a number in a product's or fund's name (澄泓稳健1号, 量化增强3号) is no day of the month
  if (text[day[2] - 1] === '号' && SERIES_BEFORE.test(text[i - 1] ?? '')) return null;
  // nor the number of a unit, a line or a building (2号烧结机, 3号线, 1号航站楼)
  if (text[day[2] - 1] === '号' && text[i - 1] !== '月' && numberedThingAt(text, day[2])) return null;
  const t = time(text, day[2]);
  return { end: t ? t[1] : day[2], date: `---${pad(day[0])}${t ? t[0] : ''}` };
}

/** True when a thing that takes a number with 号 starts at `at` (2号|烧结机, 3号|线). */
export function numberedThingAt(text: string, at: number): boolean {
  // (or a unit whose kind the words before it give: 2号|加氢裂化装置, 1号|连续重整装置)
  return NUMBERED_THING.test(text.slice(at, at + 3)) || NAMED_UNIT.test(text.slice(at, at + 10));
}
const NAMED_UNIT = /^(?:(?![起前后至到将对在于和与及、])[\u4e00-\u9fff]){2,6}?(?:装置|机组|反应器|生产线|高炉)/;
const NUMBERED_THING =
  /^(?:烧结|高炉|转炉|机组|机|线|楼|炉|站|店|院|厅|馆|池|仓|库|井|门|口|窗|厂房|车间|产线|生产线|码头|泊位|航站楼|地块|病房|台风|文件|令|装置|工位|船|舱|堆|地铁)/;
// A Han character right before a day written with 号 that makes the number part of a name (稳健|1号), not 月|1号,
// 至|3号, 每月|15号 or 于|8号.
const SERIES_BEFORE = /^[\u4e00-\u9fff]$(?<![月至到和及与、于在每日前后初底止截当期])/u;

/** The ISO suffix of a period designator after year `y` (第三季度 → -Q3, 前三季度 → -Q1/y-Q3, 上半年 → -H1). */
function designator(y: string, d: string): string {
  if (d === '度' || d === '财年') return '';
  if (d === '上半年' || d === '半年度') return '-H1';
  if (d === '下半年') return '-H2';
  if (/^首季/.test(d)) return '-Q1';
  const q = QUARTER[d.replace(/^[第前首]/, '')[0]] ?? d.replace(/\D/g, '');
  return /^[前首]/.test(d) && q !== '1' ? `-Q1/${y}-Q${q}` : `-Q${q}`;
}

/**
 * A quarter written with a digit and no year (第3季度, 前3季度, 3季度; Taiwan's 第3季, 前3季): a period, --Q3 (or
 * --Q1/--Q3 for the first three); with 第 or 前 before it, that word opens the span.
 */
function quarter(text: string, i: number, coreEnd: number): DateSpan | null {
  if (!/^[1-4]$/.test(toHalfWidth(text.slice(i, coreEnd)))) return null;
  const lead = text[i - 1] === '第' || text[i - 1] === '前';
  const du = text[coreEnd + 1] === '度';
  // (3季 alone, without 第 or 度, counts quarters: 連續3季)
  if (!lead && !du) return null;
  const start = lead ? i - 1 : i;
  const end = coreEnd + (du ? 2 : 1);
  // the year's place left empty: --Q3, --Q1/--Q3
  return { end, date: `-${designator('-', toHalfWidth(text.slice(start, end)))}`, start };
}

/** A period designator at `j` after `year` (2024年|第三季度, 二零二五年|上半年): its span, or null. */
function periodAfter(text: string, j: number, year: string): DateSpan | null {
  DESIGNATOR.lastIndex = j;
  const d = DESIGNATOR.exec(text);
  return d ? { end: j + d[0].length, date: year + designator(year, toHalfWidth(d[0])) } : null;
}

// A month and day in Chinese numerals after a year in them, as filings write dates (二零二五年六月三十日).
const CN_MONTH_DAY =
  /(十[一二]?|[一二三四五六七八九])月(?:(三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])[日号])?/y;

/** What follows a year written in Chinese numerals (二零二五年) at `j`: a period or a month and day, or null. */
export function afterCnYear(text: string, j: number, year: string): DateSpan | null {
  const period = periodAfter(text, j, year);
  if (period) return period;
  CN_MONTH_DAY.lastIndex = j;
  const m = CN_MONTH_DAY.exec(text);
  if (!m) return null;
  const day = m[2] ? `-${pad(parseChineseNumeral(m[2]))}` : '';
  return { end: j + m[0].length, date: `${year}-${pad(parseChineseNumeral(m[1]))}${day}` };
}

/** A numeric date at `i`: 2024-09-30, 2024/9/30, 2024.9.30 (the separators agree). */
export function scanNumericDate(text: string, i: number): DateSpan | null {
  const sep = text[i + 4];
  if (sep !== '-' && sep !== '/' && sep !== '.') return null;
  // (a full stop after it ends the sentence: Retrieved 2016-05-01.; a point and a digit continue a number)
  const m = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d|\.\d)/.exec(toHalfWidth(text.slice(i, i + 12)));
  if (!m || +m[3] < 1 || +m[3] > 12 || +m[4] < 1 || +m[4] > 31) return null;
  const date = `${m[1]}-${pad(+m[3])}-${pad(+m[4])}`;
  // (with its time, as a dateline gives both: 2025-11-14 07:30)
  const t = m[2] === '-' ? time(text, i + m[0].length) : null;
  return t ? { end: t[1], date: date + t[0] } : { end: i + m[0].length, date };
}

/** A year of 4 digits at `j` in 1800–2199 not followed by a digit; its value or NaN. */
export function yearAt(text: string, j: number): number {
  const s = text.slice(j, j + 4);
  if (!/^\d{4}$/.test(s) || isDigitCode(text.charCodeAt(j + 4))) return NaN;
  const y = Number(s);
  return y >= 1800 && y < 2200 ? y : NaN;
}

/** An English month-first date from the month word text[i, e): Oct. 31, Feb. 26, 2025, July 2024. */
export function scanMonthEn(text: string, i: number, e: number): DateSpan | null {
  const month = MONTHS.get(text.slice(i, e));
  if (!month) return null;
  let j = e;
  if (text[j] === '.') j++;
  if (!isSpaceCode(text.charCodeAt(j))) return null;
  j++;
  const year = yearAt(text, j);
  if (year) return { end: j + 4, date: `${year}-${pad(month)}` };
  const day = small(text, j, 31);
  // Not a day when letters or more digits follow (May 5G, Oct 3.5, March 1,200).
  if (!day) return null;
  const after = text[day[1]];
  if (
    isLatinCode(text.charCodeAt(day[1])) ||
    ((after === '.' || after === ',') && isDigitCode(text.charCodeAt(day[1] + 1)))
  )
    return null;
  if (text[day[1]] === ',' && text[day[1] + 1] === ' ') {
    const y = yearAt(text, day[1] + 2);
    if (y) return { end: day[1] + 6, date: `${y}-${pad(month)}-${pad(day[0])}` };
  }
  // a range of days in the month (Dec. 9-10, Nov. 3–5): one span
  if (text[day[1]] === '-' || text[day[1]] === '–') {
    const to = small(text, day[1] + 1, 31);
    if (to && to[0] > day[0] && !isLatinCode(text.charCodeAt(to[1])) && !isDigitCode(text.charCodeAt(to[1])))
      return { end: to[1], date: `--${pad(month)}-${pad(day[0])}/--${pad(month)}-${pad(to[0])}` };
  }
  return { end: day[1], date: `--${pad(month)}-${pad(day[0])}` };
}

/** An English day-first date from the day digits text[i, coreEnd): 18 November 2024, 3 Feb. */
export function scanDayMonthEn(text: string, i: number, coreEnd: number): DateSpan | null {
  if (coreEnd - i > 2 || !isSpaceCode(text.charCodeAt(coreEnd))) return null;
  const day = Number(text.slice(i, coreEnd));
  let e = coreEnd + 1;
  while (e < text.length && isLatinCode(text.charCodeAt(e)) && e - coreEnd < 11) e++;
  const month = MONTHS.get(text.slice(coreEnd + 1, e));
  if (!month || day < 1 || day > 31 || isLatinCode(text.charCodeAt(e))) return null;
  if (text[e] === '.') e++;
  const y = isSpaceCode(text.charCodeAt(e)) ? yearAt(text, e + 1) : NaN;
  return y ? { end: e + 5, date: `${y}-${pad(month)}-${pad(day)}` } : { end: e, date: `--${pad(month)}-${pad(day)}` };
}

// Range merging (GUIDELINE.md §2.1): two figures joined by - – — ~ ～ 至 到 or "to" become one span with
// low and high values, or an ISO 8601 interval for dates; a change and the level it reaches stay apart.
import { cand, type Cand } from './figure-candidate';
import { namedYuan, RATE_EN_RE, yuanNamedAt } from './figure-suffixes';
import { isDigitCode, scaleBy } from './numbers';

// English verbs of change, one list for the three tests below.
const CHANGE_VERBS =
  'rose|fell|climbed|grew|increased|decreased|declined|dropped|jumped|gained|slid|slipped|sank|tumbled|surged|widened|narrowed|raised|cut|lowered|lifted|added|lost';
// A verb of change right before the first number, and the verbs after which "from X to Y" is a change.
// (an approximator may stand between: rose about 3 cents to 81 cents)
const CHANGE_BEFORE = new RegExp(
  `(?:[增降升涨跌减长滑落窄大高低少加调]|\\b(?:${CHANGE_VERBS}|up|down|by) (?:about |around |nearly |almost |some |roughly )?)$`,
);
// …or the change written twice, the second after "or" (slid 11.12 per cent or $1.63 to $13.03).
const CHANGE_OR = new RegExp(`\\b(?:${CHANGE_VERBS}|up|down) (?:by )?[^;!?\\n]{1,24}?,? or $`);
const COMPARED_CHANGE = /较[^，。；,;\n]{1,6}?(?:增加|减少|增长|下降|上升|下滑|提升|降低|扩大|收窄)了?$/;
const CHANGE_FROM = new RegExp(`\\b(?:${CHANGE_VERBS}) from $`);
const MOVED_FROM =
  /\b(?:push(?:ed|es|ing)? back|delay(?:ed|s|ing)?|postpon(?:e|ed|es|ing)|mov(?:e|ed|es|ing)|shift(?:ed|s|ing)?|br(?:ing|ought) forward|extend(?:ed|s|ing)?)\b[^.;!?\n]{0,90}from $/;
const DASHES = /^(?:[-–—~～〜至到]| to | - | – |[至到](?:次年|翌年))$/;

// A duration written in two units, the larger first (4小时18分钟, 1年6个月): how many of the smaller make one larger.
const COMPOUND: Record<string, [string, number]> = {
  '年|个月': ['个月', 12],
  '小时|分钟': ['分钟', 60],
  '分钟|秒': ['秒', 60],
  '分|秒': ['秒', 60],
  '天|小时': ['小时', 24],
};

const BY_BEFORE = / by (?:about |around |nearly |some |roughly )?$/;
// what tells how long a change took, after its two ends (，青禾茶事只用了13个月; 仅用了两年)
const TOOK_AFTER = /^[，,]?[^。；，,\n]{0,8}?(?:只|仅|才|总共|一共)?(?:用了|花了|历时|耗时)/;

/** Joins a duration written in two units with nothing between them into one figure in the smaller unit. */
function mergeCompounds(cands: Cand[]): Cand[] {
  const out: Cand[] = [];
  for (let k = 0; k < cands.length; k++) {
    const l = cands[k];
    const r = cands[k + 1];
    const c =
      r && r.start === l.end && l.low === undefined && r.low === undefined ? COMPOUND[`${l.unit}|${r.unit}`] : null;
    if (c) {
      const joined = cand(l.start, r.end, l.raw * l.scale * c[1] + r.raw * r.scale, c[0]);
      out.push(joined);
      k++;
    } else out.push(l);
  }
  return out;
}

/** Joins adjacent figures linked by a range mark (15%-18%, 8至10年, $8.1 billion to $8.6 billion). */
export function mergeRanges(text: string, all: Cand[]): Cand[] {
  const cands = mergeCompounds(all);
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

// Durations by their length in months, to compare and join the ends of a range written in two units.
const MONTHS: Record<string, number> = {
  天: 1 / 30,
  周: 7 / 30,
  个星期: 7 / 30,
  个月: 1,
  月: 1,
  个季度: 3,
  季度: 3,
  年: 12,
  // (ages too: 出生满60天至10周岁, 3月龄至10周岁)
  周岁: 12,
  月龄: 1,
  day: 1 / 30,
  week: 7 / 30,
  month: 1,
  quarter: 3,
  year: 12,
};

function joinRange(text: string, l: Cand, r0: Cand): Cand | null {
  if (l.low !== undefined || r0.low !== undefined) return null;
  // A currency named before the first end names the second end's 元 too: held by the first end (美金210亿元到218亿元)
  // or standing before it (新台币200亿至220亿元, which then opens the span).
  let r = r0;
  let from = l.start;
  if (r0.unit === 'CNY' && text[r0.end - 1] === '元') {
    if (!l.unit) {
      const named = namedYuan(text, l.start, r0.end);
      if (named.code !== 'CNY') [r, from] = [{ ...r0, unit: named.code }, named.from];
    } else if (l.unit !== 'CNY' && yuanNamedAt(text, l.start) === l.unit) r = { ...r0, unit: l.unit };
  }
  // "push back the opening of a plant from 2026 to 2028": a date or amount moved, not a period or a range
  if (text.endsWith('from ', l.start) && MOVED_FROM.test(text.slice(Math.max(0, l.start - 120), l.start))) return null;
  // a currency written once, on the first end, and the scale on the second ($9-10 billion, $9 to 10 billion)
  const currency = !!l.unit && /^[A-Z]{3}$/.test(l.unit); // an ISO 4217 code: money
  // (or on the first end alone, both ends bare after it, and the rate after the second: NOK 68-72 per kilogram)
  const bareEnds = currency && r.plain && l.scale === 1 && r.scale === 1 && text[l.end] !== ' ';
  const rate = bareEnds ? rateAt(text, r.end) : undefined;
  const sharedCurrency = currency && !r.unit && l.scale === 1 && (r.scale !== 1 || bareEnds);
  const unit = rate ? `${l.unit}/${rate[1]}` : sharedCurrency ? l.unit : r.unit;
  const spanEnd = rate ? r.end + rate[0].length : r.end;
  const span = cand(from, spanEnd, r.raw, unit, r.scale, sharedCurrency ? l.factor : r.factor, undefined, false, r.dec);
  // A season or fiscal year written with its second year short (2025-26, 2008–09): one period of two years.
  // So is a span of years with the second written short (2015-19): the years 2015 to 2019.
  // (the word year after it is no duration: in the 2024-25 year)
  const yearWord = r.unit === 'year' && /^\d{2} year\b/.test(text.slice(r.start, r.end));
  if (
    l.date !== undefined &&
    /^\d{4}$/.test(l.date) &&
    ((r.plain && r.end - r.start === 2) || yearWord) &&
    r.date === undefined
  ) {
    const y = Number(l.date);
    const to = y - (y % 100) + r.raw;
    if (to <= y || to - y > 20) return null;
    const period = yearWord ? cand(from, r.start + 2, r.raw) : span;
    period.date = `${y}/${to}`;
    return period;
  }
  if (l.date !== undefined || r.date !== undefined) {
    const ld = withYearOf(l.date ?? bareDate(l, r.date), r.date);
    // (a day written bare after a date, in its month: July 12 to 14, Jan. 3 to 9)
    // (not a count after it: pleaded guilty on 14 November to 17 charges)
    let rd =
      r.date && ld
        ? completeDate(ld, r.date)
        : l.date && !COUNTED_AFTER.test(text.slice(r.end, r.end + 16))
          ? sameMonthDay(l.date, r)
          : undefined;
    if (!rd) return null;
    // (2024年12月至次年3月: the end falls in the year after)
    if (/次年|翌年/.test(text.slice(l.end, r.start)) && /^\d{4}/.test(rd) && r.date?.startsWith('-'))
      rd = `${Number(rd.slice(0, 4)) + 1}${rd.slice(4)}`;
    span.date = `${ld}/${rd}`;
    return span;
  }
  // Two durations in different units (6个月到1年, 15天至3个月): the low end in the high end's unit.
  const durations = l.unit !== r.unit && !!l.unit && !!r.unit && l.unit in MONTHS && r.unit in MONTHS;
  const fits =
    l.unit === r.unit ||
    sharedCurrency ||
    durations ||
    (!l.unit && l.scale === 1) ||
    (!l.unit && l.scale !== 1 && r.scale !== 1) ||
    (!!l.unit && !!r.unit?.startsWith(`${l.unit}/`)) ||
    // (points or months whose 个 both ends write: 10个至15个百分点, 10个至30个基点, 3个至5个月)
    (l.unit === '个' && (r.unit === 'pp' || r.unit === 'bp' || r.unit === '个月'));
  if (!fits) return null;
  // the left end takes the right end's scale unless a unit is written after it (8至10万元, $3 to $4 billion,
  // $9-10 billion; not 5000元到3万元)
  const unitAfter = !!l.unit && !isDigitCode(text.charCodeAt(l.end - 1));
  // (nor a left end written out in thousands: $25,000 to $2.4 million)
  const scale = l.scale !== 1 ? l.scale : unitAfter || l.raw >= 1000 ? 1 : r.scale;
  const factor = l.unit ? l.factor : r.factor;
  let low = durations
    ? Number(((l.raw * MONTHS[l.unit as string]) / MONTHS[r.unit as string]).toPrecision(12))
    : scaleBy(l.raw, scale * factor, l.dec);
  let high = scaleBy(r.raw, r.scale * r.factor, r.dec);
  // a range goes up; a range of losses is written from the smaller (-4.2亿元至-5.5亿元: low -5.5e8, high -4.2e8)
  if (low > high) {
    if (high >= 0) return null;
    [low, high] = [high, low];
  }
  const before = text.slice(Math.max(0, l.start - 20), l.start);
  // "rose from 5% to 8%" reports a change, not a range (but "up from $3.95 to $4.10" was a range).
  if (before.endsWith('from ') && CHANGE_FROM.test(before)) return null;
  // After a verb of change, a small first number is the change and the second the level (下降0.5%至12.3%,
  // rose 0.2% to 4.1%), while comparable ends are a range (增长5%至8%).
  // (after "by", a change half the level or less is the change: raised its provision by £290 million to £815 million)
  // (money only: "fell by 5% to 15%" is a range of changes)
  // (and basis points: narrowing by about 35 basis points to 140 basis points)
  // (or ends written in different scales: fell by $640 million to $1.1 billion; a range keeps one scale or writes
  // the first end bare, $800 million to $1 billion)
  const afterBy = BY_BEFORE.test(before);
  if (
    afterBy &&
    (currency || l.unit === 'bp' || r.unit === 'bp') &&
    (Math.abs(low) < Math.abs(high) / 2 || (l.scale !== 1 && r.scale !== 1 && l.scale !== r.scale))
  )
    return null;
  // (and any other measure but a share, when the change is under 40% of the level: lift capacity by 1.2 million tons
  // to 3.5 million tons; not "by 6 to 12 months")
  if (afterBy && l.unit !== '%' && l.unit !== 'pp' && Math.abs(low) < Math.abs(high) * 0.4) return null;
  // "从X到Y，只用了13个月" tells a growth and how long it took, not a range (从8000家到1.2万家)
  if (before.endsWith('从') && TOOK_AFTER.test(text.slice(r.end, r.end + 16))) return null;
  // a change measured against a point in time (较年初增加41.7亿元至132.6亿元, 较上年末减少…): the change, then the
  // level it reached, whatever their ratio
  if (currency && Math.abs(low) < Math.abs(high) && COMPARED_CHANGE.test(before)) return null;
  if (
    Math.abs(low) < Math.abs(high) / 4 &&
    (CHANGE_BEFORE.test(before) ||
      (before.endsWith('or ') && CHANGE_OR.test(text.slice(Math.max(0, l.start - 50), l.start))))
  )
    return null;
  span.low = low;
  span.high = high;
  return span;
}

/** The rate words at `at` (per kilogram, a share), as a figure's own scan reads them. */
function rateAt(text: string, at: number): RegExpExecArray | undefined {
  RATE_EN_RE.lastIndex = at;
  const m = RATE_EN_RE.exec(text);
  return m ? Object.assign(m, { 1: m[1] ?? m[2] }) : undefined;
}

const COUNTED_AFTER = /^\s+(?:[a-z]+s|people|percent|per cent|million|billion|times)\b/;

/** The date `r`, a bare later day, names in the month of the date `ld` (--07-12 and 14 → --07-14), if any. */
function sameMonthDay(ld: string, r: Cand): string | undefined {
  const m = /^(\d{4}|-)-(\d\d)-(\d\d)$/.exec(ld);
  if (!m || !r.plain || !Number.isInteger(r.raw) || r.raw <= Number(m[3]) || r.raw > 31) return undefined;
  return `${m[1]}-${m[2]}-${String(r.raw).padStart(2, '0')}`;
}

/** The date of a bare number before a month or day (3—5月, 10至12日), in the partial form of the other end. */
function bareDate(l: Cand, rd: string | undefined): string | undefined {
  if (!rd || !l.plain || !Number.isInteger(l.raw) || l.raw < 1) return undefined;
  const two = String(l.raw).padStart(2, '0');
  if (/^--\d\d$/.test(rd) && l.raw <= 12) return `--${two}`;
  if (/^---\d\d$/.test(rd) && l.raw <= 31) return `---${two}`;
  return undefined;
}

/**
 * A start written without its year before an end that has one (11月11日至2026年1月10日): the start is in the end's
 * year, or the year before when its month comes later (2025-11-11/2026-01-10).
 */
function withYearOf(ld: string | undefined, rd: string | undefined): string | undefined {
  const l = ld && /^--(\d\d)(?:-\d\d)?$/.exec(ld);
  const r = l && rd && /^(\d{4})-(\d\d)/.exec(rd);
  if (!l || !r) return ld;
  return `${Number(r[1]) - (l[1] > r[2] ? 1 : 0)}${ld!.slice(1)}`;
}

/** The end of a date range, completed from its start where it is written shorter (2024年1月至9月 → 2024-09). */
function completeDate(ld: string, rd: string): string | undefined {
  if (ld.startsWith('-') === rd.startsWith('-') && ld.startsWith('---') === rd.startsWith('---')) return rd;
  const m = /^(\d{4}-|--)(\d\d-)?/.exec(ld);
  if (!m) return undefined;
  if (rd.startsWith('---')) return m[2] ? `${m[1]}${m[2]}${rd.slice(3)}` : undefined;
  return m[1] !== '--' ? `${m[1]}${rd.slice(2)}` : undefined;
}

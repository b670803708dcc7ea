/**
 * Business units named after their parent: X旗下(的)Y (比亚迪旗下的弗迪电池, 阿里巴巴旗下菜鸟网络). Y is a
 * company when it is a brand plus an industry word; a product or a generic noun after 旗下 is not.
 */
import { ZH_RIGHT_CUES } from './lexicon/company-cues';
import { isNameLike } from './company-edges';
import { type CompanyState, TIER, addCandidate, addName } from './company-state';
import { isHan } from './company-text';
import { companyWords, wordEndingAt, wordStartingAt } from './company-words';
import type { Match } from './matcher';

// What may stand between 旗下 and the unit's name: 的, and a word saying what the unit is (子公司, 企业).
const BETWEEN = /^的?(?:全资子公司|控股子公司|子公司|公司|企业)?/;

const UNIT_DESCRIPTION = /^[\u4e00-\u9fff]{2,6}?(?:厂|工厂|平台|子公司)/;
const LINE_OF_BUSINESS = /^(?:平台|业务|板块|品牌|产品|领域|赛道)/;

// What may stand between an owner and 旗下: its code in brackets, an adverb, a means (中联重科（000157.SZ）则通过|旗下).
const OWNER_GAP = [/(?:通过|借助|依托|利用)$/, /(?:则|也|还|将|正|已)$/, /[（(][^（）()\n]{1,24}[）)]$/];

/** Whether a candidate name ends at `p`, or before a gap of OWNER_GAP's shapes (`ends`: candidates' starts by end). */
function ownerEndsBefore(text: string, p: number, ends: ReadonlyMap<number, number[]>): boolean {
  let q = p;
  if (ends.has(q)) return true;
  for (const gap of OWNER_GAP) {
    const m = gap.exec(text.slice(Math.max(0, q - 26), q));
    if (m) q -= m[0].length;
    if (ends.has(q)) return true;
  }
  return false;
}

/** The unit after each 旗下 that follows a name (`cues` are the scan's cue words; the names are candidates). */
export function findUnitNames(state: CompanyState, cues: Match[]): void {
  const { text } = state;
  const w = companyWords();
  let ends: Map<number, number[]> | undefined;
  for (const m of cues) {
    if (ZH_RIGHT_CUES[m.pattern] !== '旗下') continue;
    ends ??= startsByEnd(state);
    if (!ownerEndsBefore(text, m.start, ends)) continue;
    let start = m.end + (BETWEEN.exec(text.slice(m.end, m.end + 6))?.[0].length ?? 0);
    // (a description of the unit before its name, when the name carries the owner's brand: 世紀鋼旗下水下基礎廠|世紀風電)
    const described = UNIT_DESCRIPTION.exec(text.slice(start, start + 8));
    if (
      described &&
      ownerBrandAt(text, ends, m.start, text.slice(start + described[0].length, start + described[0].length + 2))
    )
      start += described[0].length;
    // (a name in marks after it is a store brand or a product line, and no mark opens a name: 旗下“兔喜生活”门店)
    if (!isHan(text.charCodeAt(start))) continue;
    // The shortest brand + industry word (澜迪|电池), then any industry words run on after it (澜迪|汽车|电子).
    let end = 0;
    for (let i = start + 3; i <= start + 6 && i <= text.length && isHan(text.charCodeAt(i - 1)); i++) {
      const tail = wordEndingAt(text, i, w.zhIndustry, start + 2);
      if (tail) {
        end = i;
        break;
      }
    }
    // (or an asset manager by its owner's brand: 新华保险（601336.SH）旗下的|新华资产)
    if (!end && text.startsWith('资产', start + 2) && ownerBrandAt(text, ends, m.start, text.slice(start, start + 2)))
      end = start + 4;
    if (!end) continue;
    for (let more = wordStartingAt(text, end, w.zhIndustry); more; more = wordStartingAt(text, end, w.zhIndustry))
      end += more;
    const name = text.slice(start, end);
    if (!isNameLike(name) || wordStartingAt(name, 0, w.leftStops)) continue;
    // a line of business, not a unit's name (拼多多旗下|跨境电商|平台Temu, X旗下|新能源|业务)
    if (LINE_OF_BUSINESS.test(text.slice(end, end + 2))) continue;
    addCandidate(state, start, end, TIER.rule);
    addName(state, name, false, TIER.rule);
    // (and the units listed after it with the same trade: 旗下的燕山石化、齐鲁石化)
    const trade = text.slice(end - wordEndingAt(text, end, w.zhIndustry, start + 2), end);
    for (let from = end; trade && text[from] === '、';) {
      const next = text.indexOf(trade, from + 3);
      if (next < 0 || next > from + 5) break;
      const unit = text.slice(from + 1, next + trade.length);
      if (!/^[\u4e00-\u9fff]+$/.test(unit) || !isNameLike(unit) || wordStartingAt(unit, 0, w.leftStops)) break;
      addCandidate(state, from + 1, next + trade.length, TIER.rule);
      addName(state, unit, false, TIER.rule);
      from = next + trade.length;
    }
  }
}

/** The candidates' starts by where they end (read by position: a scan of every candidate per 旗下 is quadratic). */
function startsByEnd(state: CompanyState): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const c of state.candidates) {
    const starts = map.get(c.end);
    if (starts) starts.push(c.start);
    else map.set(c.end, [c.start]);
  }
  return map;
}

/** Whether a candidate ending shortly before `p` (its code and an adverb between) opens with `brand`. */
function ownerBrandAt(text: string, ends: ReadonlyMap<number, number[]>, p: number, brand: string): boolean {
  for (let end = Math.max(0, p - 26); end <= p; end++)
    for (const start of ends.get(end) ?? []) if (text.startsWith(brand, start)) return true;
  return false;
}

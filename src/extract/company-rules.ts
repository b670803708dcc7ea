/**
 * Rules that find companies no lexicon knows: a short name plus a corporate word (国弘证券, 香颂资本,
 * Calder Bay Capital), and a name right before a cue word (新壹科技CEO, X方面表示, X旗下, X董事长).
 */
import { ZH_RIGHT_CUES } from './lexicon/company-cues';
import { EN_STRONG_TAILS, ZH_STRONG_TAILS, ZH_WEAK_TAILS } from './lexicon/company-suffixes';
import { isNameLike, leftEdge } from './company-edges';
import { capitalRunStart } from './company-legal';
import { type CompanyState, TIER, addCandidate, addName } from './company-state';
import { isHan } from './company-text';
import { companyWords, wordStartingAt } from './company-words';
import { buildMatcher, type Matcher } from './matcher';

let tailMatcher: Matcher | undefined;
let tailWords: string[] = [];
let cueMatcher: Matcher | undefined;
const cueWords = ZH_RIGHT_CUES;
const NEEDS_SOURCE = /^统计$/;

// What may follow a corporate word when it is not a company name (银行业, 资本市场, 证券交易所, 证券化).
const NOT_AFTER_TAIL =
  /^(?:业|市场|行业|板块|化|法|交易所|报|时报|日报|账户|监管|投资|产品|业务|领域|赛道|概念|指数|从业|机构|类)/;
// 控股 as a verb (由澄岭集团控股的) is no part of a name.
const VERB_TAIL_AFTER = /^(?:的|子公司|股东|权|地位|了)/;
// Stop words before a name that describe what it is (供应商|浙江锦泰, 企业|新壹科技): a weak hint.
const DESCRIPTOR_STOP =
  /(?:公司|企业|厂商|供应商|制造商|服务商|运营商|开发商|经销商|代工厂|药企|车企|房企|酒企|险企|机构|平台|巨头|龙头|对手|伙伴|客户|品牌|独角兽|同行|标的)$/;
// A list of companies ends in 等 + a company word (长城、蔚来等车企).
const LIST_END =
  /等(?:[\u4e00-\u9fff]{0,4})(?:企业|公司|车企|药企|房企|酒企|险企|厂商|品牌|巨头|机构|集团|银行|券商|股份行)/;

/** The clause around `[start, end)` as `[from, to)`: up to the nearest clause punctuation, at most 60 units away. */
export function clauseBounds(text: string, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && start - a < 60 && !'，。；！？,;!?\n'.includes(text[a - 1])) a--;
  let b = end;
  while (b < text.length && b - end < 60 && !'，。；！？,;!?\n'.includes(text[b])) b++;
  return [a, b];
}

function clauseAround(text: string, start: number, end: number): string {
  const [a, b] = clauseBounds(text, start, end);
  return text.slice(a, b);
}

/** Short name + corporate word, with a clean left edge (国弘证券, 香颂资本; 生数科技 only with a hint). */
export function findTailNames(state: CompanyState): void {
  const { text } = state;
  if (!tailMatcher) {
    tailWords = [...ZH_STRONG_TAILS, ...ZH_WEAK_TAILS];
    tailMatcher = buildMatcher(tailWords);
  }
  const w = companyWords();
  for (const m of tailMatcher.longest(text)) {
    const tail = tailWords[m.pattern];
    const after = text.slice(m.end, m.end + 4);
    if (NOT_AFTER_TAIL.test(after) || (tail === '控股' && VERB_TAIL_AFTER.test(after))) continue;
    const edge = leftEdge(text, m.start, 6, state.protect);
    const len = m.start - edge.start;
    if (len < 2 || len > 5) continue;
    // The name must start at a real boundary, not where the walk ran out of room.
    if (!edge.stop && edge.start > 0 && isHan(text.charCodeAt(edge.start - 1))) continue;
    const name = text.slice(edge.start, m.end);
    if (!isNameLike(name) || !isNameLike(text.slice(edge.start, m.start))) continue;
    if (!w.strongTails.has(tail)) {
      const hint =
        wordStartingAt(text, m.end, w.rightCues) > 0 ||
        /^[（(]/.test(after) ||
        DESCRIPTOR_STOP.test(edge.stop) ||
        LIST_END.test(clauseAround(text, m.end, m.end));
      if (!hint) continue;
    }
    addCandidate(state, edge.start, m.end, TIER.rule);
    addName(state, name, false);
  }
}

/** A name right before a cue word (新壹科技CEO, 克而瑞数据显示, 领益智造方面表示). */
export function findCuedNames(state: CompanyState): void {
  const { text } = state;
  cueMatcher ??= buildMatcher(cueWords);
  for (const m of cueMatcher.longest(text)) {
    const edge = leftEdge(text, m.start, 8, state.protect);
    const len = m.start - edge.start;
    if (len < 2 || len > 6) continue;
    if (
      !edge.stop &&
      edge.start > 0 &&
      (isHan(text.charCodeAt(edge.start - 1)) || /[A-Za-z]/.test(text[edge.start - 1]))
    )
      continue;
    const name = text.slice(edge.start, m.start);
    if (!isNameLike(name)) continue;
    // 统计 names a source only as 据X统计 or after a descriptor (据医药数据平台医药魔方统计; not 据不完全统计).
    if (NEEDS_SOURCE.test(cueWords[m.pattern]) && !(edge.stop === '据' || DESCRIPTOR_STOP.test(edge.stop))) continue;
    addCandidate(state, edge.start, m.start, TIER.rule);
    addName(state, name, false);
  }
}

const EN_TAIL = new RegExp(`(?<=[A-Za-z0-9.&] )(?:${EN_STRONG_TAILS.join('|')})(?![\\w-])`, 'g');

/** English names ending in a corporate word (Calder Bay Capital, Westbourne Securities, Pennock Labs). */
export function findEnTailNames(state: CompanyState): void {
  const { text } = state;
  EN_TAIL.lastIndex = 0;
  for (let m = EN_TAIL.exec(text); m; m = EN_TAIL.exec(text)) {
    const start = capitalRunStart(text, m.index - 1, 4);
    if (start >= m.index - 1) continue;
    const end = m.index + m[0].length;
    const name = text.slice(start, end);
    if (!isNameLike(name) || companyWords().enGenericFirst.has(text.slice(start, m.index - 1))) continue;
    addCandidate(state, start, end, TIER.rule);
    addName(state, name, false);
  }
}

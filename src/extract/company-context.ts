/**
 * Rules that read a name against the rest of the article: a rule's name that is a known name with a word
 * stuck before it (考验|云台酒业), and names listed with known companies (江淮、理想等车企).
 */
import { isNameLike, leftEdge } from './company-edges';
import { type CompanyState, TIER, addCandidate, addName } from './company-state';
import { isHan, isJoiner } from './company-text';
import { TICKER } from './company-parens';
import { LIST_END } from './company-rules';
import { companyWords, stripPlace, wordEndingAt, wordStartingAt } from './company-words';
import { isCoined } from './zh-segment';

/**
 * A name a rule found that is another name of this article with a word before it (考验|云台酒业, 检验|X) is
 * that name: the walk to the left edge found no stop word between the verb and the name. A place before it
 * (贵州|云台酒业) is part of a longer name and stays.
 */
export function trimPrefixedNames(state: CompanyState): void {
  const { names, text } = state;
  const regions = companyWords().regions;
  const trimmed = new Map<string, number>();
  // The names and their beginnings: a brand with a verb before it (考验|云台) begins another name (云台酒业).
  const heads = new Set<string>();
  for (const name of names.keys()) for (let l = 2; l <= name.length; l++) heads.add(name.slice(0, l));
  for (const [name, info] of names) {
    if (info.tier < TIER.rule || info.forced || wordStartingAt(name, 0, regions) > 0) continue;
    for (let k = 1; k <= 3 && name.length - k >= 2; k++) {
      const rest = name.slice(k);
      // One character before a name (非|云台酒业), two or three before a brand (考验|云台).
      if (!(k > 1 ? heads : names).has(rest) || !isNameLike(rest)) continue;
      trimmed.set(name, k);
      names.delete(name);
      break;
    }
  }
  if (!trimmed.size) return;
  for (const c of state.candidates) {
    const k = c.tier === TIER.rule ? trimmed.get(text.slice(c.start, c.end)) : undefined;
    if (k) c.start += k;
  }
}

// A list that ends in 等 + a company word (江淮、理想等车企, 澄川储能和蓝岙电气等企业).
const LISTS = new RegExp(LIST_END.source, 'g');
const SUPPLY = /.*(?:配套|供货|供应|依赖|采购自|来自)/;
// Characters that never sit inside a listed name: the walk to an item's start stops at them.
const NOT_IN_ITEM = '等的是在被把将从对由据也还就已该这那此其向';
const isClose = (c: number) => c === 0xff09 || c === 41;
const isOpen = (c: number) => c === 0xff08 || c === 40;

/**
 * The start of the list item ending at `end`, and whether a joiner stands before it. A 和 inside a name
 * (昭和电工, 和硕) joins nothing: the walk goes on past it when what follows it is no name of its own.
 */
function itemStart(text: string, end: number): { s: number; joined: boolean; stopped: boolean } {
  let s = end;
  for (;;) {
    while (s > 0 && end - s < 8 && isHan(text.charCodeAt(s - 1)) && !isJoiner(text.charCodeAt(s - 1))) {
      if (NOT_IN_ITEM.includes(text[s - 1])) return { s, joined: false, stopped: true };
      s--;
    }
    const c = text.charCodeAt(s - 1);
    if (c === 0x548c && end - s < 7 && isHan(text.charCodeAt(s - 2)) && !isNameLike(text.slice(s, end))) {
      s--;
      continue;
    }
    return { s, joined: s > 0 && isJoiner(c), stopped: false };
  }
}

/** The length of the industry or corporate word that ends `name` (新材, 股份, 企业), 0 when none. */
function brandTail(name: string): number {
  const w = companyWords();
  if (name.endsWith('企业')) return 2;
  return wordEndingAt(name, name.length, w.zhIndustry) || wordEndingAt(name, name.length, w.corpTails);
}

/** A list item's name with no known company beside it: a coined brand before an industry or corporate word. */
export function coinedItem(name: string): boolean {
  if (name.length < 3 || name.length > 6) return false;
  const w = companyWords();
  const bare = stripPlace(name);
  const tail = brandTail(bare);
  const brand = bare.slice(0, bare.length - tail);
  return tail > 0 && brand.length >= 2 && isCoined(brand) && !w.modifiers.has(brand);
}

/**
 * Names listed with a known company before 等车企 / 等企业: the items of such a list are companies alike. At
 * least one item must be a company found already (a lexicon name counts, even an ambiguous one), or every
 * item a coined brand before an industry word (澜溪新材、岚峰股份等内资企业).
 */
export function findListedNames(state: CompanyState): void {
  const { text } = state;
  LISTS.lastIndex = 0;
  let known: Map<number, number> | undefined;
  let knownEnds: Map<number, number> | undefined;
  for (let m = LISTS.exec(text); m; m = LISTS.exec(text)) {
    known ??= new Map(state.candidates.map((c) => [c.start, c.end]));
    knownEnds ??= new Map(state.candidates.map((c) => [c.end, c.start]));
    // The items, right to left: each ends at a joiner or at 等.
    const items: [number, number][] = [];
    // Items followed by their stock code (中核钛白（002145.SZ）、…): known companies, though the parenthesis
    // rule that reads the code runs later.
    let coded: Set<number> | undefined;
    let end = m.index;
    for (let n = 0; n < 8; n++) {
      // An alternative name in brackets after an item (大日本印刷（DNP）) is read by the parenthesis rule.
      if (isClose(text.charCodeAt(end - 1))) {
        let open = end - 2;
        while (open > 0 && end - open < 14 && !isOpen(text.charCodeAt(open))) open--;
        if (isOpen(text.charCodeAt(open))) {
          if (TICKER.test(text.slice(open + 1, end - 1).trim())) (coded ??= new Set()).add(open);
          end = open;
        }
      }
      const item = itemStart(text, end);
      let s = item.s;
      // A list after an earlier one's 等 (昭和电工等日资企业和X、Y等): that item belongs to the earlier list.
      if (item.stopped && text[s - 1] === '等') break;
      // The first item starts where a name can start: after a stop word (包括, 客户) or a supply verb (配套|X),
      // which is no stop elsewhere (X汽车配套有限公司); a known name ending there gives its own start.
      if (!item.joined) {
        const k = knownEnds.get(end);
        if (k !== undefined && k < end && end - k <= 8) s = k;
        else {
          s = Math.max(s, leftEdge(text, end, 6, state.protect).start);
          s += SUPPLY.exec(text.slice(s, end))?.[0].length ?? 0;
        }
      }
      // (an adverb between the subject and 与 is no part of its name: 氢程动力正|与中国石化、国家电投等)
      if (end - s > 3 && '正也还已将均都则曾再又仍拟'.includes(text[end - 1]) && '与和同跟'.includes(text[end])) end--;
      if (end - s < 2) break;
      items.push([s, end]);
      if (!item.joined) break;
      end = s - 1;
    }
    if (items.length < 2) continue;
    const hasKnown = items.some(([s, e]) => known!.get(s) === e || !!coded?.has(e));
    if (!hasKnown) {
      // With no known name to vouch for the list, the first item is a place and a two-character brand at most
      // (仅有|澜溪新材): what the walk took before it is the sentence's own words.
      const first = items[items.length - 1];
      for (let k = first[0]; k <= first[1] - 3; k++) {
        const bare = stripPlace(text.slice(k, first[1]));
        if (coinedItem(bare) && bare.length - brandTail(bare) === 2) {
          first[0] = k;
          break;
        }
      }
      // Items that end in the very word the list names them by (现代牧业、优然牧业等牧业公司, X钢铁、Y钢铁等钢铁企业)
      // are that kind of company, whatever their brand looks like.
      const kind = /^等([\u4e00-\u9fff]{2})(?:企业|公司)/.exec(m[0])?.[1];
      const sameKind = (s: number, e: number) =>
        !!kind && e - s >= 4 && text.endsWith(kind, e) && !companyWords().modifiers.has(text.slice(s, e - 2));
      if (!items.every(([s, e]) => (sameKind(s, e) || coinedItem(text.slice(s, e))) && isNameLike(text.slice(s, e))))
        continue;
    }
    for (const [s, e] of items) {
      const name = text.slice(s, e);
      if (known.get(s) === e || coded?.has(e) || e - s > 6 || !isNameLike(name)) continue;
      addCandidate(state, s, e, TIER.rule);
      addName(state, name, false, TIER.rule);
    }
  }
}

// What ends an item of a 、 list: the next joiner, a bracket, or a clause mark.
const ITEM_END = /[、和及与（(，。；,;\s]/;

/**
 * An item of a 、 list with a known company on either side (石头科技（688169.SH）、iRobot、科沃斯) is a company
 * too: such lists name one kind of thing. Each known name looks only at the few characters after it.
 */
export function findSandwichedNames(state: CompanyState): void {
  const { text } = state;
  const known = new Set<number>();
  for (const c of state.candidates) if (!c.ambiguous) known.add(c.start);
  if (known.size < 2) return;
  for (const c of [...state.candidates]) {
    if (c.ambiguous) continue;
    let pos = c.end;
    // A stock code or an alternative name in brackets after the known name (科沃斯（603486.SH）、).
    if (isOpen(text.charCodeAt(pos))) {
      const close = text.slice(pos, pos + 24).search(/[）)]/);
      if (close < 0) continue;
      pos += close + 1;
    }
    if (text[pos] !== '、') continue;
    const s = pos + 1;
    let e = s;
    while (e < text.length && e - s <= 8 && !ITEM_END.test(text[e])) e++;
    if (e - s < 2 || e - s > 8 || !isJoiner(text.charCodeAt(e)) || !known.has(e + 1) || known.has(s)) continue;
    const name = text.slice(s, e);
    if (!isNameLike(name) || [...name].some((ch) => NOT_IN_ITEM.includes(ch))) continue;
    addCandidate(state, s, e, TIER.rule);
    addName(state, name, false, TIER.rule);
  }
}

// A list after a word that says its items are firms: 主要供应商包括X、Y和Z, 客户涵盖X、Y.
const INCLUDES = /(?:供应商|客户|合作伙伴|合作方|竞争对手|对手|厂商|制造商|投资方)(?:主要)?(?:包括|包含|涵盖)了?/g;
// What ends the list: clause punctuation, 等, or a bracket.
const LIST_STOP = /[，。；：！？,;:!?\n等（(“”]/;

/**
 * The items of a list that a firm word introduces (主要供应商包括英杰电气、新莱应材和富创精密): companies when each
 * reads as a name and is known, a coined brand with an industry word, or a coined word the dictionary lacks.
 */
export function findIncludedNames(state: CompanyState): void {
  const { text } = state;
  if (!text.includes('包') && !text.includes('涵盖')) return;
  let known: Map<number, number> | undefined;
  INCLUDES.lastIndex = 0;
  for (let m = INCLUDES.exec(text); m; m = INCLUDES.exec(text)) {
    known ??= new Map(state.candidates.map((c) => [c.start, c.end]));
    const items: [number, number][] = [];
    let s = m.index + m[0].length;
    for (let n = 0; n < 8; n++) {
      let e = s;
      while (e < text.length && e - s <= 8 && !isJoiner(text.charCodeAt(e)) && !LIST_STOP.test(text[e])) e++;
      if (e - s < 2 || e - s > 8) break;
      items.push([s, e]);
      if (!isJoiner(text.charCodeAt(e))) break;
      s = e + 1;
    }
    if (items.length < 2) continue;
    const ok = items.every(([a, b]) => {
      const name = text.slice(a, b);
      return known!.get(a) === b || (b - a <= 6 && isNameLike(name) && (coinedItem(name) || isCoined(name)));
    });
    if (!ok) continue;
    for (const [a, b] of items) {
      if (known.get(a) === b) continue;
      addCandidate(state, a, b, TIER.rule);
      addName(state, text.slice(a, b), false, TIER.rule);
    }
  }
}

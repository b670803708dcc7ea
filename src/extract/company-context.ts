/**
 * Rules that read a name against the rest of the article: a rule's name that is a known name with a word
 * stuck before it (考验|云台酒业), and names listed with known companies (江淮、理想等车企).
 */
import { isNameLike, leftEdge } from './company-edges';
import { type CompanyState, TIER, addCandidate, addName } from './company-state';
import { isHan } from './company-text';
import { LIST_END, isJoiner } from './company-rules';
import { companyWords, wordStartingAt } from './company-words';

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
const SUPPLY = /.*(?:配套|供货|供应)/;

/**
 * Names listed with a known company before 等车企 / 等企业: the items of such a list are companies alike. At
 * least one item must be a company found already (a lexicon name counts, even an ambiguous one).
 */
export function findListedNames(state: CompanyState): void {
  const { text } = state;
  LISTS.lastIndex = 0;
  let known: Map<number, number> | undefined;
  for (let m = LISTS.exec(text); m; m = LISTS.exec(text)) {
    // The items, right to left: each ends at a joiner or at 等.
    const items: [number, number][] = [];
    let end = m.index;
    for (let n = 0; n < 8; n++) {
      let s = end;
      while (s > 0 && end - s < 8 && isHan(text.charCodeAt(s - 1)) && !isJoiner(text.charCodeAt(s - 1))) s--;
      const joined = s > 0 && isJoiner(text.charCodeAt(s - 1));
      // The first item starts where a name can start: after a stop word (包括, 客户) or a supply verb (配套|X),
      // which is no stop elsewhere (X汽车配套有限公司).
      if (!joined) {
        s = leftEdge(text, end, 6, state.protect).start;
        s += SUPPLY.exec(text.slice(s, end))?.[0].length ?? 0;
      }
      if (end - s < 2) break;
      items.push([s, end]);
      if (!joined) break;
      end = s - 1;
    }
    if (items.length < 2) continue;
    known ??= new Map(state.candidates.map((c) => [c.start, c.end]));
    if (!items.some(([s, e]) => known!.get(s) === e)) continue;
    for (const [s, e] of items) {
      const name = text.slice(s, e);
      if (known.get(s) === e || e - s > 6 || !isNameLike(name)) continue;
      addCandidate(state, s, e, TIER.rule);
      addName(state, name, false, TIER.rule);
    }
  }
}

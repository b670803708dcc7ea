/**
 * The company word lists as lookup sets, built once on first use, plus the small lookups the rules
 * share (a word of a set ending or starting at a position).
 */
import {
  ZH_COMPANY_CONTEXT,
  ZH_DESCRIPTORS,
  ZH_LEFT_STOPS,
  ZH_PERSON_AFTER,
  ZH_RIGHT_CUES,
} from './lexicon/company-cues';
import {
  EN_COUNTRIES,
  EN_FUNCTION_WORDS,
  EN_GENERIC_FIRST_WORDS,
  EN_GIVEN_NAMES,
  EN_NATIONALITIES,
  EN_PLACES,
} from './lexicon/company-english';
import { ZH_NAME_PLACES, ZH_REGIONS } from './lexicon/company-places';
import {
  FUTURES_UNDERLYINGS,
  EN_NOT_COMPANY_ENDINGS,
  NOT_COMPANY_BODIES,
  NOT_COMPANY_GENERIC,
  NOT_COMPANY_PRODUCTS,
  ZH_COLLISION_WORDS,
  ZH_GENERIC_MODIFIERS,
  ZH_NOT_COMPANY_ENDINGS,
} from './lexicon/company-stoplist';
import { QUOTE_TITLES } from './lexicon/quote-titles';
import {
  EN_INDUSTRY_WORDS,
  ZH_CORPORATE_TAILS,
  ZH_INDUSTRY_WORDS,
  ZH_LEGAL_SUFFIXES,
  ZH_STRONG_TAILS,
  ZH_FUND_KINDS,
  ZH_UNIT_WORDS,
} from './lexicon/company-suffixes';

/** A character trie: lookups walk the text's units with no substring made. */
interface Trie {
  end: boolean;
  next: Map<number, Trie>;
}

/** A set of words, with tries to find a word starting or ending at a position of a text. */
export interface WordSet {
  has(word: string): boolean;
  maxLen: number;
  readonly forward: Trie;
  readonly backward: Trie;
}

function wordSet(...lists: (readonly string[])[]): WordSet {
  const set = new Set<string>();
  let maxLen = 0;
  for (const list of lists)
    for (const w of list) {
      if (!w) continue;
      set.add(w);
      if (w.length > maxLen) maxLen = w.length;
    }
  // The tries are built on first use: most sets are only ever asked `has`, and building all of them
  // up front was a third of the company rules' start-up time on each page's first extraction.
  let forward: Trie | undefined;
  let backward: Trie | undefined;
  return {
    has: (w) => set.has(w),
    maxLen,
    get forward() {
      return (forward ??= trieOf(set, 1));
    },
    get backward() {
      return (backward ??= trieOf(set, -1));
    },
  };
}

/** A trie of `words`, read forwards (`step` 1) or backwards (-1). */
function trieOf(words: Set<string>, step: number): Trie {
  const root: Trie = { end: false, next: new Map() };
  for (const w of words) {
    let node = root;
    for (let i = step > 0 ? 0 : w.length - 1; i >= 0 && i < w.length; i += step) {
      const c = w.charCodeAt(i);
      let n = node.next.get(c);
      if (!n) node.next.set(c, (n = { end: false, next: new Map() }));
      node = n;
    }
    node.end = true;
  }
  return root;
}

/** Every word set the company rules use. */
export interface CompanyWords {
  leftStops: WordSet;
  descriptors: WordSet;
  rightCues: WordSet;
  context: WordSet;
  places: WordSet;
  regions: WordSet;
  notCompany: WordSet;
  modifiers: WordSet;
  zhEndings: WordSet;
  enEndings: WordSet;
  zhLegal: WordSet;
  zhIndustry: WordSet;
  corpTails: WordSet;
  strongTails: WordSet;
  fundKinds: WordSet;
  units: WordSet;
  enIndustry: WordSet;
  enFunction: WordSet;
  enGenericFirst: WordSet;
  enGiven: WordSet;
  collisions: WordSet;
  personTitles: WordSet;
  /** Every title a person's name may follow, partners and controllers included (创始合伙人, 实际控制人). */
  titles: WordSet;
  personAfter: WordSet;
}

let words: CompanyWords | undefined;

/** The word sets, built on first use. */
export function companyWords(): CompanyWords {
  words ??= {
    leftStops: wordSet(ZH_LEFT_STOPS),
    descriptors: wordSet(ZH_DESCRIPTORS),
    rightCues: wordSet(ZH_RIGHT_CUES),
    context: wordSet(ZH_COMPANY_CONTEXT, ZH_RIGHT_CUES),
    places: wordSet(ZH_NAME_PLACES),
    regions: wordSet(ZH_REGIONS, ZH_NAME_PLACES),
    notCompany: wordSet(NOT_COMPANY_PRODUCTS, NOT_COMPANY_BODIES, NOT_COMPANY_GENERIC),
    modifiers: wordSet(ZH_GENERIC_MODIFIERS, ZH_REGIONS, ZH_INDUSTRY_WORDS),
    zhEndings: wordSet(ZH_NOT_COMPANY_ENDINGS),
    enEndings: wordSet(EN_NOT_COMPANY_ENDINGS),
    zhLegal: wordSet(ZH_LEGAL_SUFFIXES),
    zhIndustry: wordSet(ZH_INDUSTRY_WORDS),
    corpTails: wordSet(ZH_CORPORATE_TAILS),
    strongTails: wordSet(ZH_STRONG_TAILS),
    fundKinds: wordSet(ZH_FUND_KINDS),
    units: wordSet(ZH_UNIT_WORDS),
    enIndustry: wordSet(EN_INDUSTRY_WORDS),
    enFunction: wordSet(EN_FUNCTION_WORDS),
    enGenericFirst: wordSet(EN_GENERIC_FIRST_WORDS, EN_PLACES, EN_NATIONALITIES, EN_COUNTRIES),
    enGiven: wordSet(EN_GIVEN_NAMES),
    collisions: wordSet(ZH_COLLISION_WORDS),
    // A speaker's titles, but for those a firm may follow (评级机构|X, 执行事务合伙人|X, 实际控制人|X).
    personTitles: wordSet(QUOTE_TITLES.filter((t) => !/机构|合伙人|控制人|实控人/.test(t))),
    titles: wordSet(QUOTE_TITLES),
    personAfter: wordSet(ZH_PERSON_AFTER),
  };
  return words;
}

/** Length of the longest word of `set` that ends at `pos` in `text` (0 when none). */
export function wordEndingAt(text: string, pos: number, set: WordSet, minPos = 0): number {
  let node: Trie | undefined = set.backward;
  let best = 0;
  for (let i = pos - 1; i >= minPos && node; i--) {
    node = node.next.get(text.charCodeAt(i));
    if (node?.end) best = pos - i;
  }
  return best;
}

/** Length of the longest word of `set` that starts at `pos` in `text` (0 when none). */
export function wordStartingAt(text: string, pos: number, set: WordSet, maxPos = text.length): number {
  let node: Trie | undefined = set.forward;
  let best = 0;
  for (let i = pos; i < maxPos && node; i++) {
    node = node.next.get(text.charCodeAt(i));
    if (node?.end) best = i + 1 - pos;
  }
  return best;
}

/** Strips trailing words of `set` from `name` repeatedly (优融汽车科技 → 优融), keeping at least `keep` chars. */
export function stripTail(name: string, set: WordSet, keep = 2): string {
  for (;;) {
    const len = wordEndingAt(name, name.length, set);
    if (!len || name.length - len < keep) return name;
    name = name.slice(0, name.length - len);
  }
}

/** Strips a leading place (with 省/市/区 after it) from a Chinese name (广东领益智造 → 领益智造). */
const COUNTY_OPENING = /^[\u4e00-\u9fff]{2}[县市](?![场值委政])/;

export function stripPlace(name: string, set: WordSet = companyWords().places): string {
  // (a county or city no list holds opens the name too: 临朐县|鑫隆家电商贸)
  const len = wordStartingAt(name, 0, set) || (name.length >= 6 && COUNTY_OPENING.test(name) ? 2 : 0);
  if (!len) return name;
  let at = len;
  if ('省市区县'.includes(name[at] ?? '')) at++;
  return name.length - at >= 2 ? name.slice(at) : name;
}

/** True when a stop word before a name says what the name is (供应商, 评级机构, 数据库): ends in a descriptor. */
export function isDescriptor(stop: string): boolean {
  return stop.length > 0 && wordEndingAt(stop, stop.length, companyWords().descriptors) > 0;
}

let underlyings: Set<string> | undefined;
/** True for a traded commodity's name (天然橡胶, 生猪, 碳酸锂): no firm's short name, and a contract before 期货. */
export function isFuturesUnderlying(name: string): boolean {
  underlyings ??= new Set(FUTURES_UNDERLYINGS);
  return underlyings.has(name);
}

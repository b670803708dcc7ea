/** What the company rules share while one text is read: candidates, the article's own names, tickers. */
import { isAsciiAlnum } from './company-text';

/** How sure a rule is: lower wins when two candidates overlap. */
export const TIER = { legal: 1, known: 2, rule: 3 } as const;

/** A possible company span in the joined view. */
export interface Candidate {
  start: number;
  end: number;
  tier: number;
  /** Needs company context before it counts (a lexicon name that is also an ordinary word). */
  ambiguous?: boolean;
}

/** A name to find everywhere in this article (aliases, short forms of legal names, watchlist). */
export interface ArticleName {
  /** Known short names may run on into corporate words (澄岭 → 澄岭发展). */
  extend: boolean;
  /** Watchlist names bypass the stop-lists. */
  forced?: boolean;
  /** The tier its mentions get: a name only a rule found stays as unsure as that rule. */
  tier: number;
}

/** The state of one extraction. */
export interface CompanyState {
  /** The joined view (see company-text.ts); every offset here is into it. */
  text: string;
  /** 1 where a known (lexicon) company name covers the unit: single-character stops are not cut there. */
  protect: Uint8Array;
  candidates: Candidate[];
  names: Map<string, ArticleName>;
  /** Stock codes by the view offset of the name they follow. */
  tickers: Map<number, string>;
  /** Parentheses holding a stock code, or a term's acronym: nothing inside them is a company ((NYSE: CVS), 资本适足率（RBC）). */
  codeSpans: [number, number][];
  /** Ambiguous lexicon names (苹果) the article uses as a company somewhere (苹果公司, 苹果、三星等厂商). */
  vouched: Set<string>;
  /** Short forms of legal names that the article also uses for a sector (see company-legal.ts). */
  sectorUse?: Map<string, boolean>;
  /** How often a brand stands in the text, up to 4 (see company-parens.ts), counted once per brand. */
  brandCounts?: Map<string, number>;
  /** Aliases the text defines for a body, not a firm (大连商品交易所（以下简称“大商所”）): no mention of them is a company. */
  bodyAliases?: Set<string>;
  /** Acronyms the text gives a body in brackets (see isBodyAcronym in company-en.ts), looked up once each. */
  bodyAcronyms?: Map<string, boolean>;
  /** Names the article sets a body's kind beside (Unionen, the white-collar union), memoised. */
  apposedBodies?: Set<string>;
}

/** A fresh state for `text`. */
export function newState(text: string): CompanyState {
  return {
    text,
    protect: new Uint8Array(text.length),
    candidates: [],
    names: new Map(),
    tickers: new Map(),
    codeSpans: [],
    vouched: new Set(),
  };
}

/** Adds a candidate span. */
export function addCandidate(state: CompanyState, start: number, end: number, tier: number, ambiguous = false): void {
  if (start >= 0 && end > start && end <= state.text.length) state.candidates.push({ start, end, tier, ambiguous });
}

/** Registers a name found in this article so that every mention of it is found. */
export function addName(state: CompanyState, name: string, extend: boolean, tier: number, forced = false): void {
  const old = state.names.get(name);
  if (!old) state.names.set(name, { extend, forced, tier: Math.max(tier, TIER.known) });
  else {
    old.extend ||= extend;
    old.tier = Math.min(old.tier, Math.max(tier, TIER.known));
  }
}

/** True when a Latin name at `[start, end)` stands as a word (Intel, not Intel in Intelligence). */
export function latinBoundaryOk(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  const last = text.charCodeAt(end - 1);
  // A handle or an address is one token (@Uber_Sydney, press@tesla.com): no name inside it.
  const word = (c: number) => isAsciiAlnum(c) || c === 95 || c === 64;
  if (isAsciiAlnum(first) && start > 0 && word(text.charCodeAt(start - 1))) return false;
  if (isAsciiAlnum(last) && end < text.length && word(text.charCodeAt(end))) return false;
  // (nor the first part of a name an apostrophe joins: Dell'Acqua, O'Reilly's)
  if (isAsciiAlnum(last) && APOSTROPHE_JOIN.test(text.slice(end, end + 2))) return false;
  return true;
}
const APOSTROPHE_JOIN = /^['’][A-Z]/;

/**
 * The company detector (GUIDELINE.md §4). Rules run on the text with soft layout breaks joined
 * (company-text.ts), in this order:
 *   1. lexicon names through the Aho–Corasick matcher (word boundaries for Latin names; '~' names
 *      only with company context);
 *   2. full legal names (zh and en) and the short names they give;
 *   3. rules for unknown names (short name + corporate word, cue words, English corporate words);
 *   4. parentheses after names: stock codes, 以下简称 aliases, alternative names;
 *   5. every later mention of a name the article itself defined (aliases, short forms, watchlist).
 * Overlaps resolve by confidence, then length. Spans map back to the input.
 */
import type { Detector, Entity } from './types';
import { isNotCompany } from './company-edges';
import { findEnLegalNames, findZhLegalNames } from './company-legal';
import { readParentheses } from './company-parens';
import { clauseBounds, findCuedNames, findEnTailNames, findTailNames } from './company-rules';
import {
  type Candidate,
  type CompanyState,
  TIER,
  addCandidate,
  addName,
  latinBoundaryOk,
  newState,
} from './company-state';
import { joinSoftBreaks, toInput } from './company-text';
import { companyWords, wordStartingAt } from './company-words';
import { companyLexicon } from './lexicon/companies';
import { buildMatcher } from './matcher';

/** Finds the companies in `input`; `watchlist` names are always found. Never throws on any string. */
export function findCompanies(input: string, watchlist: readonly string[] = []): Entity[] {
  if (!input) return [];
  const view = joinSoftBreaks(input);
  const state = newState(view.text);
  findLexiconNames(state);
  findZhLegalNames(state);
  findEnLegalNames(state);
  findTailNames(state);
  findCuedNames(state);
  findEnTailNames(state);
  readParentheses(state);
  for (const name of watchlist) if (typeof name === 'string' && name.trim()) addName(state, name.trim(), false, true);
  findArticleNames(state);
  const out: Entity[] = [];
  for (const c of resolve(state)) {
    let { start, end } = c;
    while (start < end && /\s/.test(state.text[start])) start++;
    while (end > start && /\s/.test(state.text[end - 1])) end--;
    if (start >= end) continue;
    const ticker = state.tickers.get(c.end);
    const [s, e] = toInput(view, start, end);
    const entity: Entity = { kind: 'company', start: s, end: e, text: input.slice(s, e) };
    if (ticker) entity.ticker = ticker;
    out.push(entity);
  }
  return out;
}

/** The registered detector. */
export const companyDetector: Detector = {
  kind: 'company',
  detect(text, ctx) {
    return findCompanies(text, ctx.options.watchlist ?? []);
  },
};

function findLexiconNames(state: CompanyState): void {
  const { names, matcher } = companyLexicon();
  const { text } = state;
  const found = matcher.longest(text, (s, e, p) => latinBoundaryOk(text, s, e) && !isNotCompany(names[p].name));
  for (const m of found) {
    const ambiguous = names[m.pattern].ambiguous;
    addCandidate(state, m.start, m.end, TIER.known, ambiguous);
    if (!ambiguous) state.protect.fill(1, m.start, m.end);
  }
}

// After a short name, a business line is not part of the name (领益智造|光伏业务, not 领益智造光伏).
const BUSINESS_AFTER = /^(?:业务|板块|领域|行业|产品|赛道|市场|产业|项目|资产|业)/;

/** Every mention of the names this article defined, short names running on into corporate words. */
function findArticleNames(state: CompanyState): void {
  const { text } = state;
  const w = companyWords();
  const list = [...state.names].filter(([name, info]) => info.forced || (name.length >= 2 && !isNotCompany(name)));
  if (!list.length) return;
  const matcher = buildMatcher(list.map(([name]) => name));
  for (const m of matcher.longest(text, (s, e) => latinBoundaryOk(text, s, e))) {
    let end = m.end;
    if (list[m.pattern][1].extend) {
      for (let tail = wordStartingAt(text, end, w.corpTails); tail; tail = wordStartingAt(text, end, w.corpTails)) {
        if (BUSINESS_AFTER.test(text.slice(end + tail, end + tail + 2))) break;
        end += tail;
      }
    }
    addCandidate(state, m.start, end, list[m.pattern][1].forced ? TIER.legal : TIER.known);
  }
}

const EN_CONTEXT_AFTER =
  /^(?:'s|’s)?,? (?:Inc|Corp|shares|stock|CEO|Chief|chief|said|says|reported|announced|unveiled)\b/;
const LIST_END = /等[\u4e00-\u9fff]{0,4}(?:企业|公司|车企|药企|房企|酒企|厂商|品牌|巨头|客户|供应商)/;

/** Company context for a lexicon name that is also an ordinary word (长城、蔚来等车企; not 游客登上长城). */
function hasContext(state: CompanyState, c: Candidate): boolean {
  const { text } = state;
  const w = companyWords();
  if (wordStartingAt(text, c.end, w.context) || state.tickers.has(c.end)) return true;
  if (EN_CONTEXT_AFTER.test(text.slice(c.end, c.end + 20))) return true;
  const [from, to] = clauseBounds(text, c.start, c.end);
  const clause = text.slice(from, to);
  const others = state.candidates.some(
    (o) => o !== c && !o.ambiguous && o.start >= from && o.end <= to && (o.end <= c.start || o.start >= c.end),
  );
  if (!others) return false;
  if (LIST_END.test(clause)) return true;
  for (let i = 0; i < clause.length; i++) if (wordStartingAt(clause, i, w.context)) return true;
  return false;
}

/** Picks non-overlapping candidates: surer tiers first, then longer spans, then earlier ones. */
function resolve(state: CompanyState): Candidate[] {
  const pool = state.candidates.filter((c) => !c.ambiguous || hasContext(state, c));
  pool.sort((a, b) => a.tier - b.tier || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(state.text.length);
  const kept: Candidate[] = [];
  for (const c of pool) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

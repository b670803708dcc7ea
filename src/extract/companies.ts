/**
 * The company detector (GUIDELINE.md §4). Rules run on the text with soft layout breaks joined
 * (company-text.ts), in this order:
 *   1. lexicon names, corporate words and cue words in one Aho–Corasick pass (company-scan.ts; word
 *      boundaries for Latin names; '~' names only with company context);
 *   2. full legal names (zh and en) and the short names they give;
 *   3. rules for unknown names (short name + corporate word, cue words, English corporate words);
 *   4. names listed with known ones (江淮、理想等车企); parentheses after names: stock codes, 以下简称
 *      aliases, alternative names;
 *   5. every later mention of a name the article itself defined (aliases, short forms, watchlist).
 * Overlaps resolve by confidence, then length. Spans map back to the input.
 */
import type { Detector, Entity } from './types';
import { isNotCompany } from './company-edges';
import { findIncludedNames, findListedNames, findSandwichedNames, trimPrefixedNames } from './company-context';
import { findEnLegalNames, findZhLegalNames } from './company-legal';
import { readParentheses } from './company-parens';
import { enTailAt, findEnCuedNames, findEnTailNames, isBodyAcronym, runsIntoBody } from './company-en';
import {
  LIST_END,
  VERB_AFTER,
  clauseBounds,
  findAnalystFirms,
  findCloseSources,
  findCuedNames,
  findPlaceNames,
  findPublisherNames,
  findTailNames,
} from './company-rules';
import { scanText } from './company-scan';
import { findUnitNames } from './company-units';
import {
  type Candidate,
  type CompanyState,
  TIER,
  addCandidate,
  addName,
  latinBoundaryOk,
  newState,
} from './company-state';
import { isAsciiLetter, isHan, joinSoftBreaks, toInput } from './company-text';
import { companyWords, isFuturesUnderlying, type WordSet, wordEndingAt, wordStartingAt } from './company-words';
import { companyLexicon, lexiconNameSet } from './lexicon/companies';
import { ZH_COMMON_SURNAMES } from './lexicon/quote-titles';
import { buildMatcher, type Match, pickLongest } from './matcher';
import { isDigitCode } from './numbers';
import { sortByKeys } from './sort-keys';
import { crossesWord, isDictWord } from './zh-segment';
import { givenNameGender } from './lexicon/given-names-en';
import { firstAtOrAfter } from './sorted';

/** Finds the companies in `input`; `watchlist` names are always found. Never throws on any string. */
export function findCompanies(input: string, watchlist: readonly string[] = []): Entity[] {
  if (!input) return [];
  const view = joinSoftBreaks(input);
  const state = newState(view.text);
  const scan = scanText(state.text, lexiconAccept(state));
  addLexiconNames(state, scan.lexicon);
  findZhLegalNames(state);
  findEnLegalNames(state);
  findTailNames(state, scan.tails);
  findCuedNames(state, scan.cues);
  findCloseSources(state);
  findAnalystFirms(state);
  findUnitNames(state, scan.cues);
  findEnTailNames(state);
  findEnCuedNames(state);
  findPlaceNames(state);
  findPublisherNames(state);
  findListedNames(state);
  readParentheses(state);
  findSandwichedNames(state);
  findIncludedNames(state);
  for (const name of watchlist)
    if (typeof name === 'string' && name.trim()) addName(state, name.trim(), false, TIER.legal, true);
  trimPrefixedNames(state);
  findArticleNames(state);
  const out: Entity[] = [];
  const inTitle = insideBookTitle(state.text);
  for (const c of resolve(state)) {
    let { start, end } = c;
    // (a rule-found name inside a document's title is the title's: 《深圳市具身智能机器人…行动计划》; a legal name
    // there is the firm's, as is a publication's whole title: 《广东领益智造股份有限公司…预案》, 《每日经济新闻》)
    // (and a known name that ends a title it does not open is the title's last word: 《王者荣耀》, a game)
    const titled = inTitle(start, end);
    if (titled && (c.tier === TIER.rule || titled === 'ends')) continue;
    while (start < end && state.text.charCodeAt(start) <= 32) start++;
    while (end > start && state.text.charCodeAt(end - 1) <= 32) end--;
    if (start >= end) continue;
    const ticker = state.tickers.get(c.end);
    const [s, e] = toInput(view, start, end);
    const entity: Entity = { kind: 'company', start: s, end: e, text: input.slice(s, e) };
    if (ticker) entity.ticker = ticker;
    out.push(entity);
  }
  return out;
}

/**
 * Whether [start, end) lies strictly inside a 《…》 title (not the whole of it), for titles in the text: 'ends' when it
 * ends the title, 'inside' otherwise, false when it is in none.
 */
function insideBookTitle(text: string): (start: number, end: number) => false | 'inside' | 'ends' {
  if (!text.includes('《')) return () => false;
  const titles: [number, number][] = [];
  for (let open = text.indexOf('《'); open >= 0; open = text.indexOf('《', open + 1)) {
    const close = text.indexOf('》', open + 1);
    if (close < 0 || close - open > 80) continue;
    if (!text.slice(open + 1, close).includes('\n')) titles.push([open + 1, close]);
  }
  // (titles are in order and apart: the one that could hold a span is the last opening at or before it)
  return (start, end) => {
    let lo = 0;
    let hi = titles.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (titles[mid][0] <= start) lo = mid + 1;
      else hi = mid - 1;
    }
    if (hi < 0) return false;
    const [s, e] = titles[hi];
    if (!(end <= e && (start > s || end < e))) return false;
    return end === e ? 'ends' : 'inside';
  };
}

/** The registered detector. */
export const companyDetector: Detector = {
  kind: 'company',
  detect(text, ctx) {
    return findCompanies(text, ctx.options.watchlist ?? []);
  },
};

// A known name opening an association's name (中国船舶|工业行业协会, 中国石油|和化学工业联合会, 中国银行|业协会,
// 中国建筑|材料联合会): the body of an industry, which news cites as a data source, not the company.
// (or a government department: 安徽省交通|运输厅; a regulator: 中国证券|监督管理委员会)
const ASSOCIATION = /^(?:协会|联合会|学会|商会|研究会|促进会|联席会|厅|局|署|监督管理|监管[局委会总])/;
const ASSOCIATION_LINKS =
  /^(?:工业|行业|产业|工程|信息|技术|科技|通信|企业|流通|商务|贸易|经济|发行|放映|出版|广播|电视|电影|玻璃|陶瓷|卫生|装饰|涂料|塑料|橡胶|材料|建材|水泥|钢铁|金属|化工|纺织|机械|业)/;

/** True when the text at `e` runs on, over industry words, into an association's name. */
function opensAssociation(text: string, e: number): boolean {
  let p = e;
  if (text[p] === '和' && isHan(text.charCodeAt(p + 1)) && isHan(text.charCodeAt(p + 2))) p += 3; // 和化学
  const industry = companyWords().zhIndustry;
  for (let n = 0; n < 6 && !ASSOCIATION.test(text.slice(p, p + 3)); n++) {
    // (or a research institute of a field, after one trade at least: 国网|能源研究院; not a broker's own, 国泰海通证券研究所)
    if (p > e && text.startsWith('研究院', p) && !/(?:证券|银行|基金|期货|保险)$/.test(text.slice(e, p))) return true;
    // (two trades joined: 中国建筑|玻璃与工业玻璃协会)
    const joined = n > 0 && (text[p] === '与' || text[p] === '和') ? 1 : 0;
    const k =
      ASSOCIATION_LINKS.exec(text.slice(p + joined, p + joined + 2))?.[0].length ||
      wordStartingAt(text, p + joined, industry);
    if (k) p += joined;
    if (!k) return false;
    p += k;
  }
  return ASSOCIATION.test(text.slice(p, p + 3));
}

const QUOTED_PRODUCT = /^["“]["”] [a-z]/;
// (and a model's roman numeral before a common noun: Cadence IV infusion pumps)
const PLUS_PRODUCT = /^(?:(?: [A-Z][A-Za-z]{0,8})?\+(?![\d+])| (?:II|III|IV|VI{0,3}|IX|X) [a-z])/;

// A capitalised word and the space after it (Owen |Pratt), and a role before such a word (Chief Financial Officer |Owen)
// (Latin-1 letters too: Siobhán Kearney)
const CAPITALISED_THEN_SPACE = /[A-Z][a-z\u00df-\u00ff]+ /g;
// (or the name a speech verb opens with, then an apposition: said Miguel Santos, head of research at …)
const ROLE_BEFORE =
  /\b(?:Officer|[Ee]xecutive|President|Director|Chair(?:man|woman)?|CEO|CFO|COO|[Ff]ounder|analyst|economist|[Mm]anager|said|says) $/;

/**
 * Where a word follows a given name, or any capitalised word after a role, as a person's surname (Owen |Pratt,
 * Officer Zork |Pratt), by the word's leading letters: one pass over the text.
 */
function surnamePositions(text: string): Map<string, number[]> {
  const given = companyWords().enGiven;
  const at = new Map<string, number[]>();
  for (const m of text.matchAll(CAPITALISED_THEN_SPACE)) {
    const p = m.index + m[0].length;
    if (!isAsciiLetter(text.charCodeAt(p))) continue;
    if (!given.has(m[0].slice(0, -1)) && !ROLE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const key = leadingLetters(text, p);
    const list = at.get(key);
    if (list) list.push(p);
    else at.set(key, [p]);
  }
  return at;
}

function leadingLetters(text: string, p: number): string {
  let e = p;
  while (isAsciiLetter(text.charCodeAt(e))) e++;
  return text.slice(p, e);
}

/** True when the word at `[s, e)` follows a given name earlier in the text (Owen Pratt), as a person's surname. */
function surnameNamedBefore(text: string, surnames: Map<string, number[]>, s: number, e: number): boolean {
  const word = text.slice(s, e);
  const list = surnames.get(leadingLetters(text, s));
  if (!list) return false;
  for (const p of list) {
    if (p > s) return false;
    if (text.startsWith(word, p) && !isAsciiLetter(text.charCodeAt(p + word.length))) return true;
  }
  return false;
}

// Characters after a name that open a corporate word or a particle, never a given name's last character.
const NOT_GIVEN_END = '集公股控科银保证基的了和与及、，。';

/** The test a lexicon match must pass: not stop-listed, whole Latin words, no straddled ordinary words. */
function lexiconAccept(state: CompanyState): (s: number, e: number, p: number) => boolean {
  const { text } = state;
  const { names } = companyLexicon();
  // Only the stop-lists' own entries veto a listed name (a product or body a lexicon entry also lists): the
  // endings that mark a rule-found name as a place or a body (…园, …市, …村, …实验室) are part of real
  // companies' names (碧桂园, 永辉超市, 野村, 火箭实验室).
  const notCompany = companyWords().notCompany;
  let surnames: Map<string, number[]> | undefined;
  // Three-character persons' names a title has opened, in reading order (董事长林德茂): a lexicon name that opens one
  // later (林德|茂表示) is that person, not the company.
  const titledNames = new Set<string>();
  const personAt = (s: number, e: number) => {
    if (e - s !== 2 || !isSurname(text[s]) || !isHan(text.charCodeAt(e)) || NOT_GIVEN_END.includes(text[e]))
      return false;
    const three = text.slice(s, e + 1);
    if (titledNames.has(three)) return true;
    if (!wordEndingAt(text, s, companyWords().personTitles)) return false;
    titledNames.add(three);
    return true;
  };
  return (s, e, p) =>
    !notCompany.has(names[p].name) &&
    !personAt(s, e) &&
    // an ambiguous name opening with a conjunction after a word is the conjunction (华为、OPPO和|大疆, 经销商和|大客户:
    // not 和大)
    !(names[p].ambiguous && CONJUNCTION_CODES.has(text.charCodeAt(s)) && afterWord(text, s)) &&
    // a two-character name that is a person's given name after a title and a surname (董事长何|嘉楠)
    !(e - s === 2 && isHan(text.charCodeAt(s)) && givenNameAfterTitle(text, s)) &&
    // (an ordinary acronym the article gives a body: De Nederlandsche Bank (DNB))
    !(names[p].ambiguous && isAsciiLetter(text.charCodeAt(s)) && isBodyAcronym(state, text.slice(s, e))) &&
    // (a bank's name before 卡 or 间 is bank cards or the interbank market: 中国银行|卡产业, 中国银行|间市场)
    !(text.charCodeAt(e - 1) === 0x884c && text.charCodeAt(e - 2) === 0x94f6 && BANK_WORD_AFTER.includes(text[e])) &&
    // (a name ending in 大 before 学 is a university's: 国立臺灣大|學)
    !(text.charCodeAt(e - 1) === 0x5927 && text.charCodeAt(e) === 0x5b66) &&
    // (or 长 ending a title: 派驻董事|长和首席风险官)
    !(names[p].ambiguous && text[s] === '长' && TITLE_CHANG.includes(text[s - 1])) &&
    // (or a surname opening a clause before an ordinary-word name: 。许|嘉楠表示)
    !(names[p].ambiguous && e - s === 2 && isHan(text.charCodeAt(s)) && surnameOpensClause(text, s, e)) &&
    latinBoundaryOk(text, s, e) &&
    !straddles(text, s, e) &&
    !afterGivenName(text, s) &&
    // (nor a university's, 中国石油|大学, nor an index's, 中国稀土|价格指数, 恒生|指数)
    !(
      isHan(text.charCodeAt(e - 1)) &&
      (text.startsWith('大学', e) ||
        text.startsWith('学院', e) ||
        text.startsWith('指数', e) ||
        text.startsWith('价格指数', e) ||
        // (with the grade it prices between: 普氏|62%铁矿石价格指数)
        GRADED_INDEX.test(text.slice(e, e + 14)))
    ) &&
    // (an ordinary-word Latin name that a person named before has as a surname: Owen Pratt … which Pratt said; any
    // name that speaks then: Chief Executive Martin Vale … Vale said)
    !(
      (names[p].ambiguous || SPEAKS_AFTER_EN.test(text.slice(e, e + 8))) &&
      isAsciiLetter(text.charCodeAt(s)) &&
      surnameNamedBefore(text, (surnames ??= surnamePositions(text)), s, e)
    ) &&
    !(isHan(text.charCodeAt(e)) && opensAssociation(text, e)) &&
    // an airline's name before fuel (新加坡航空|煤油) is the fuel's market
    !(text.charCodeAt(e - 1) === 0x7a7a && JET_FUEL.test(text.slice(e, e + 2))) &&
    !inByline(text, s) &&
    !opensQuotedProduct(text, s, e) &&
    // a name before a middle dot opens a transliterated person's name (阿里·拉扎)
    !(text.charCodeAt(e) === 0xb7 && isHan(text.charCodeAt(e + 1))) &&
    // an ambiguous name before 公司治理 is the adjective (现代公司治理: modern corporate governance), and so is one
    // before 型 (普惠型小微企业贷款)
    !(names[p].ambiguous && (text.startsWith('公司治理', e) || text[e] === '型')) &&
    // (a name ending in 星 before 期 is a count of weeks: 延长至三星期, not Samsung)
    !(text.charCodeAt(e - 1) === 0x661f && text.charCodeAt(e) === 0x671f) &&
    // 大众 before what the mass market buys is the adjective (大众运动品牌, 大众消费), not Volkswagen
    !(
      names[p].ambiguous &&
      text.startsWith('大众', s) &&
      e - s === 2 &&
      MASS_MARKET_AFTER.test(text.slice(e, e + 3))
    ) &&
    // an ambiguous name before 化 is the word it makes (现代化矿井: modern, not Hyundai)
    !(names[p].ambiguous && text.charCodeAt(e) === 0x5316) &&
    // an ambiguous name after 我们, 普通 or 广大 is the common word (对我们老百姓来说, 普通老百姓)
    !(names[p].ambiguous && /(?:我们|咱们|普通|广大)$/.test(text.slice(s - 2, s))) &&
    // an ambiguous name after a verb of farming is the crop (田块改种|小米和玉米, 种植|苹果)
    // (whatever the name, after a verb that can only take a crop: 改种|小米)
    !(
      (names[p].ambiguous && /(?:种|种植|播种|收割)$/.test(text.slice(Math.max(0, s - 2), s))) ||
      /(?:改种|套种|播种|种上|种了)$/.test(text.slice(Math.max(0, s - 2), s))
    ) &&
    // an ambiguous name between a verb and 的 is the adjective (面临|巨大|的现金流压力, 带来|巨大|的冲击)
    !(names[p].ambiguous && adjectiveUse(text, s, e)) &&
    // a name in marks that something is dubbed is that thing's (a cost programme dubbed “Anker”)
    !(DUBBED_BEFORE.test(text.slice(Math.max(0, s - 16), s)) && '"”'.includes(text[e] ?? '_')) &&
    // a trade quota named after a firm is no firm (the Hilton quota, the Hilton allocation)
    !(isAsciiLetter(text.charCodeAt(s)) && QUOTA_AFTER.test(text.slice(e, e + 14))) &&
    // a nationality before people or trades is the adjective (Ethiopian growers, Ethiopian exporters)
    !(names[p].ambiguous && isAsciiLetter(text.charCodeAt(s)) && NATIONALITY_NOUN_AFTER.test(text.slice(e, e + 16))) &&
    // (millet in a dish: 小米|南瓜粥, 小米|辣)
    !(
      text.startsWith('小米', s) &&
      e === s + 2 &&
      (MILLET_DISH.test(text.slice(e, e + 2)) || GRAIN_BEFORE.test(text.slice(Math.max(0, s - 16), s)))
    ) &&
    // an ambiguous name after 位于 is the place (位于上海临港的…)
    !(names[p].ambiguous && text.charCodeAt(s - 1) === 0x4e8e && text.charCodeAt(s - 2) === 0x4f4d) &&
    // nor before 航天 (中国国际航空|航天博览会: aerospace, an air show's name)
    !(text.charCodeAt(e - 1) === 0x7a7a && text.startsWith('航天', e)) &&
    // an ambiguous name that opens a place's name (苏伊士运河, 苏伊士运河大学) is the place's
    !(names[p].ambiguous && PLACE_NAMED_AFTER.test(text.slice(e, e + 2))) &&
    // a name that is also a word before a number is the word (日产|10000吨熟料: daily output, not Nissan)
    !(
      names[p].ambiguous &&
      isHan(text.charCodeAt(s)) &&
      isDigitCode(text.charCodeAt(e)) &&
      !/^\d{1,4}[年月]/.test(text.slice(e, e + 5))
    ) &&
    // a name after a capitalised word and a hyphen closes another name (the PRO-GE union: not GE)
    !(
      text.charCodeAt(s - 1) === 45 &&
      isAsciiLetter(text.charCodeAt(s)) &&
      /[A-Z]{2}$/.test(text.slice(s - 3, s - 1))
    ) &&
    // a name before a hyphen and digits is a code's prefix (HP-3318, a drug's code)
    !(isAsciiLetter(text.charCodeAt(e - 1)) && text.charCodeAt(e) === 45 && isDigitCode(text.charCodeAt(e + 1))) &&
    // a currency code before an amount is the currency (PLN 845 million: not the Indonesian utility)
    !(e - s === 3 && CURRENCY_AMOUNT.test(text.slice(s, e + 2))) &&
    // a name opening with a measure word right after a number (150台电动搅拌车: not 台电) is the count's
    // (or after 单/每/一: 单台电饭煲, not 台电)
    !((isDigitCode(text.charCodeAt(s - 1)) || '单每一'.includes(text[s - 1])) && MEASURE_OPENING.includes(text[s])) &&
    // a river or region of the lexicon's name (the mouth of the Amazon)
    !(isAsciiLetter(text.charCodeAt(s)) && REGION_OF.test(text.slice(Math.max(0, s - 16), s))) &&
    // (or a route's end: the motorway between Bilbao and Santander)
    !(isAsciiLetter(text.charCodeAt(s)) && ROUTE_END.test(text.slice(Math.max(0, s - 60), s))) &&
    // (or in the Amazon, at a clause's end: deforestation in the Amazon, a question…)
    !regionHere(text, s, e) &&
    // a town or county named like a brand (仁怀市|茅台|镇) is the place
    !(isHan(text.charCodeAt(e - 1)) && TOWN_AFTER.test(text.slice(e, e + 2))) &&
    // a short name inside a free zone's name (迪拜杰贝阿里自贸区): a character before it, the zone after it (a
    // park may be the company's own: 阿里产业园)
    !(e - s === 2 && isHan(text.charCodeAt(s - 1)) && ZONE_AFTER.test(text.slice(e, e + 3))) &&
    // a name in quotation marks before a noun is a product's (its "Mistral" handbag)
    !(
      isAsciiLetter(text.charCodeAt(s)) && QUOTED_PRODUCT.test(text.slice(Math.max(0, s - 1), s) + text.slice(e, e + 4))
    ) &&
    // the first word of a body's name (the Prudential Regulation Authority, the Prudential Authority) is no company
    !(isAsciiLetter(text.charCodeAt(e - 1)) && BODY_RUN_AFTER.test(text.slice(e, e + 40))) &&
    // a streaming service named after its company (Disney+, Apple TV+, Paramount+) is a product
    !(isAsciiLetter(text.charCodeAt(e - 1)) && PLUS_PRODUCT.test(text.slice(e, e + 12))) &&
    // an ordinary word listed as a name, then another capitalised word: the first word of a longer name (Vale Verde)
    !(names[p].ambiguous && isAsciiLetter(text.charCodeAt(e - 1)) && beforeSurname(text, e));
}

function addLexiconNames(state: CompanyState, found: Match[]): void {
  const { names } = companyLexicon();
  const { text } = state;
  const w = companyWords();
  const longer = longerNames(text, found);
  const titledSeen = new Map<string, boolean>();
  for (const m of found) {
    let end = m.end;
    // (a known two-character name after a surname is a person's given name where the text titles that person:
    // 总经理陈牧原 … 陈|牧原说)
    if (m.end - m.start === 2 && isSurname(text[m.start - 1]) && titledPerson(text, m.start - 1, m.end, titledSeen))
      continue;
    // (the river or the region, with its article: towns along the Amazon)
    // (not the firm's unit: Zoox, the Amazon unit)
    if (
      RIVER_NAMES.test(text.slice(m.start, m.end)) &&
      /\bthe $/.test(text.slice(Math.max(0, m.start - 4), m.start)) &&
      /^(?:[,.;:)]| (?:and|or|basin|rainforest|river|region|in|to|where|while)\b)/.test(text.slice(m.end, m.end + 12))
    )
      continue;
    // (a city named after the firm is a place: its headquarters in Toyota City)
    if (
      text.startsWith(' City', m.end) &&
      !/[\w-]/.test(text[m.end + 5] ?? '') &&
      isAsciiLetter(text.charCodeAt(m.start))
    )
      continue;
    // (and a one-word Latin name that is a speaker's given name: said Lotte Brinkman, an analyst at ING)
    if (
      GIVEN_NAME_SPEAKS.test(text.slice(m.end, m.end + 40)) &&
      /\bsaid $/.test(text.slice(Math.max(0, m.start - 6), m.start))
    )
      continue;
    // (a research or analytics arm's name before 师/员 (or their traditional forms) is the firm and a role: 穆迪|分析师,
    // not 穆迪分析|师)
    if (
      end - m.start >= 4 &&
      /^[师员\u5e2b\u54e1]/.test(text[end] ?? '') &&
      /(?:分析|研究)$/.test(text.slice(m.start, end))
    ) {
      addCandidate(state, m.start, end - 2, TIER.known);
      continue;
    }
    // (a one-word name always written with the same second word is the first word of another firm: Vale| Verde)
    const next = longer.get(text.slice(m.start, m.end));
    if (next) {
      addCandidate(state, m.start, m.end + next.length + 1, TIER.rule);
      continue;
    }
    // A known name runs on into a corporate word (茅台|集团, LG|集团, Nomura| Securities), not into a body's name.
    if (isHan(text.charCodeAt(end))) {
      // (not a commodity's futures contract: 苹果|期货 is no broker)
      if (!isFuturesContract(text, m.start, end)) end = runOn(text, end, w.strongTails);
      // (and through industry words into a group: 新东方|教育科技集团)
      if (end === m.end) {
        const group = runOn(text, end, w.corpTails);
        if (group > end + 2 && /(?:集团|控股)$/.test(text.slice(end, group))) end = group;
      }
      // (an ordinary word that a longer name has vouched for too: 中通快递 … 中通|快运)
      if (end === m.end && (!names[m.pattern].ambiguous || state.vouched.has(text.slice(m.start, m.end))))
        end += unitAt(text, end, w.units);
      // (and into 公司 written after it, as news names a firm: 沙特电力公司, 迪尔公司; not 公司债, 公司法)
      // (a Latin name keeps its own: GTT|公司; nor 公司金融, 公司业务 of a bank's division)
      if (
        end === m.end &&
        text.startsWith('公司', end) &&
        isHan(text.charCodeAt(end - 1)) &&
        !/^(?:[债法治章制部]|金融|业务|客户|理财|存款|贷款)/.test(text.slice(end + 2, end + 4))
      )
        end += 2;
    } else if (isAsciiLetter(text.charCodeAt(end - 1))) {
      const tail = enTailAt(text, end) || unitTail(text, end);
      if (tail && !runsIntoBody(text, end + tail)) end += tail;
      // (and a country after it, the firm's unit there: Airtel Kenya, Santander UK, KCB Bank Kenya)
      if (!names[m.pattern].ambiguous || end > m.end)
        end += COUNTRY_UNIT.exec(text.slice(end, end + 16))?.[0].length ?? 0;
    }
    // A company's China arm (友邦中国, 宝马中国; not 宝马中国市场), for a name the article already uses as a company.
    const sure = !names[m.pattern].ambiguous || state.vouched.has(text.slice(m.start, m.end));
    if (end === m.end && sure && text.startsWith('中国', end) && !NOT_CHINA_ARM.test(text.slice(end + 2, end + 4)))
      end += 2;
    // A name that is also an ordinary word is a company beyond doubt with a corporate word after it (美的集团).
    const ambiguous = names[m.pattern].ambiguous && end === m.end;
    if (names[m.pattern].ambiguous && !ambiguous) state.vouched.add(text.slice(m.start, m.end));
    // A longer name vouches for the ordinary word it opens with (友邦保险 → 友邦, 长城汽车 → 长城).
    if (!names[m.pattern].ambiguous) vouchPrefixes(state, m.start, m.end);
    addCandidate(state, m.start, end, TIER.known, ambiguous);
    if (!ambiguous) state.protect.fill(1, m.start, end);
  }
}

const RIVER_NAMES = /^(?:Amazon|Mekong|Congo|Niger|Orinoco|Danube|Yukon)$/;
const COUNTRY_UNIT =
  /^ (?:Kenya|India|Nigeria|Ghana|Uganda|Tanzania|Pakistan|Bangladesh|Malaysia|Indonesia|Vietnam|Thailand|Philippines|Egypt|Mexico|Brazil|Chile|Peru|Colombia|Argentina|UK|Canada|Australia|Japan|Korea|Germany|France|Italy|Spain|Poland|Turkey|Polska|Deutschland|España|Italia|Nederland|Sverige|Norge|Danmark|Suomi|Schweiz|Österreich|Brasil|Türkiye|Netherlands|Sweden|Norway|Denmark|Finland|Switzerland|Austria|Belgium|Portugal|Ireland|Romania|Hungary|Greece|Singapore|Morocco|South Africa)(?![\w-])(?!['’]s? [a-z]+ (?:market|economy|government|regulators?)\b)/;
// A surname and an apposition after a name a speech verb opens with: the name is a given name (said Lotte| Brinkman, an
// analyst).
const GIVEN_NAME_SPEAKS = /^ [A-Z][a-z'’-]+, (?:an?|the|who|chief|head)\b/;

// Words that follow a firm's name without making another name (Vale Chief Executive, Apple Inc, Rio Tinto Group).
const NOT_SECOND_WORD =
  /^(?:Chief|CEO|CFO|Chairman|President|Inc|Corp|Co|Ltd|Group|Holdings|Shares|Board|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|And|The|In|On|At|For)$/;

/**
 * One-word Latin lexicon names that the article writes two or more times, always followed by the same capitalised
 * word (Vale Verde, seven times, never Vale alone): the name of another firm, with that second word.
 */
function longerNames(text: string, found: Match[]): Map<string, string> {
  const seen = new Map<string, string | null>();
  const count = new Map<string, number>();
  for (const m of found) {
    const name = text.slice(m.start, m.end);
    if (!/^[A-Z][a-z]{2,}$/.test(name) || seen.get(name) === null) continue;
    const after = / ([A-Z][a-z]{2,})(?=['’]s\b|(?![\w'’-]))/.exec(text.slice(m.end, m.end + 20));
    const word = after && after.index === 0 && !NOT_SECOND_WORD.test(after[1]) ? after[1] : null;
    seen.set(name, seen.has(name) && seen.get(name) !== word ? null : word);
    count.set(name, (count.get(name) ?? 0) + 1);
  }
  const out = new Map<string, string>();
  for (const [name, word] of seen) if (word && count.get(name)! >= 2) out.set(name, word);
  return out;
}

/** True when the name at [start, end) is a commodity with 期货/期权 after it (苹果期货, 生猪期权): a contract. */
function isFuturesContract(text: string, start: number, end: number): boolean {
  if (text[end] !== '期' || (text[end + 1] !== '货' && text[end + 1] !== '权')) return false;
  return isFuturesUnderlying(text.slice(start, end));
}

let zhSurnames: Set<string> | undefined;

/** True when the surname at `s` and the given name up to `e` stand after a person's title somewhere in the text. */
function titledPerson(text: string, s: number, e: number, seen: Map<string, boolean>): boolean {
  const person = text.slice(s, e);
  let titled = seen.get(person);
  if (titled === undefined) {
    titled = false;
    const titles = companyWords().personTitles;
    for (let at = text.indexOf(person); at >= 0 && !titled; at = text.indexOf(person, at + 1))
      titled = wordEndingAt(text, at, titles) > 0;
    seen.set(person, titled);
  }
  return titled;
}

/** True for a common Chinese surname. */
function isSurname(c: string | undefined): boolean {
  zhSurnames ??= new Set([...ZH_COMMON_SURNAMES]);
  return !!c && zhSurnames.has(c);
}

/** True when a title and a common surname stand right before `s` (董事长何|嘉楠, 分析师王|小米): a person's given name. */
function givenNameAfterTitle(text: string, s: number): boolean {
  return s > 2 && isSurname(text[s - 1]) && wordEndingAt(text, s - 1, companyWords().personTitles) > 0;
}

/**
 * True when a common surname opens a clause right before `s` and a verb of speech follows `e` (。许|嘉楠|表示,
 * ⏎许|嘉楠|透露); not a preposition that is also a surname (；向|惠康、百佳).
 */
function surnameOpensClause(text: string, s: number, e: number): boolean {
  return (
    isSurname(text[s - 1]) &&
    !'向于和从将对为以由自及与'.includes(text[s - 1]) &&
    (s === 1 || '。！？，；：\n“”「」'.includes(text[s - 2])) &&
    PERSON_SPEAKS.test(text.slice(e, e + 2))
  );
}
const PERSON_SPEAKS = /^(?:表示|透露|认为|指出|说|称|坦言|介绍|告诉|看来|强调|直言|回忆|坦承|解释)/;

// Characters that 长 ends a title after (董事长, 行长, 院长, 社长, 部长, 市长, 局长, 校长, 厂长, 所长, 会长, 组长, 店长).
const TITLE_CHANG = '事行院社部市局校厂所会组店';
const CONJUNCTION_CODES = new Set([...'和与及'].map((c) => c.charCodeAt(0)));
/**
 * True when a Han character, a Latin letter, a digit or a name's closing bracket stands right before `s` (a word the
 * next one may join: 华为、OPPO和|大疆, 益丰药房（603939.SH）和|大参林).
 */
const afterWord = (text: string, s: number): boolean =>
  s > 0 &&
  (isHan(text.charCodeAt(s - 1)) ||
    isAsciiLetter(text.charCodeAt(s - 1)) ||
    isDigitCode(text.charCodeAt(s - 1)) ||
    text[s - 1] === '）' ||
    text[s - 1] === ')');
const JET_FUEL = /^(?:煤油|燃油)/;
// (and where a plant stands: 公司上海临港|工厂, 临港|新片区)
const PLACE_NAMED_AFTER = /^(?:运河|海峡|海湾|半岛|群岛|河畔|湖畔|天池|主峰|景区|山脚|山顶|工厂|厂区|园区|片区|新片)/;
const BODY_RUN_AFTER =
  /^(?: [A-Z][a-z]+){0,3} (?:Authority|Commission|Agency|Council|Association|Ministry|Institute|Federation|Board|Bureau)\b/;
const MASS_MARKET_AFTER = /^(?:运动|消费|市场|品牌|用户|群体|需求|产品|价位|定价|餐饮|服装|鞋服|休闲|旅游)/;
const REGION_OF = /\b(?:mouth|banks|basin|heart|edge|shores) of the $/;
const ROUTE_END =
  /\b(?:route|road|motorway|highway|expressway|railway|rail line|line|corridor|stretch|section|flights?|ferry|link|pipeline)s? (?:[\w-]+ ){0,2}(?:between|from) [A-Z][\w-]+ (?:and|to) $/;
const BANK_WORD_AFTER = '卡间';
const CURRENCY_AMOUNT =
  /^(?:PLN|CNY|USD|EUR|GBP|JPY|HKD|CHF|SEK|NOK|DKK|CZK|HUF|RON|TRY|ZAR|INR|IDR|MYR|THB|PHP|VND|KRW|TWD|SGD|AUD|NZD|CAD|MXN|BRL|CLP|COP|PEN|ARS|NGN|KES|EGP|SAR|AED|QAR|KWD|ILS|RUB|UAH) ?\d/;
const MEASURE_OPENING = '台个只件辆条座架艘';
const COMPASS_BEFORE =
  /\b(?:eastern|western|northern|southern|central|north-?eastern|south-?eastern|north-?western|south-?western) $/;
const PROJECT_AFTER = /^ projects?\b/;
const BODY_OF_BEFORE =
  /\b(?:Confederation|Federation|Association|Council|Chamber|Union|Institute|Society|Ministry|Department|Commission|Bureau|Organi[sz]ation|League|Alliance) of (?:the )?(?:[A-Z][a-z]+ (?:and|&) )?$/;
const GEO_NOUN_AFTER = /^ (?:[Ii]slands?|[Ss]ea|[Cc]oast(?:line)?|[Pp]eninsula|[Mm]ountains|[Gg]ulf|river|Highlands)\b/;
const IN_THE = /\b(?:in|across|into|through|throughout) the $/;
/** True for a Latin name at [start, end) after "in the"/"across the" that ends a clause or a pair (across the Great Plains and …). */
const regionHere = (text: string, start: number, end: number): boolean =>
  isAsciiLetter(text.charCodeAt(start)) &&
  IN_THE.test(text.slice(Math.max(0, start - 13), start)) &&
  PLACE_END.test(text.slice(end, end + 12));
const PLACE_END = /^(?:[,.;:)”"’]|$|\s(?:rainforest|basin|region|river|delta|and|or)\b)/;
const PLACE_NOUN_BEFORE_EN =
  /\b(?:(?:city|port|town|village|province|region|municipality|county) of|(?:plant|factory|site|mill|works|offices?|headquarters|based|located|headquartered|depot|warehouse|smelter|refinery|hub) (?:in|near|outside)|(?:hills|mountains|villages|farms|towns|areas|fields|countryside) (?:around|near|outside))\s$/;
const PLACE_BEFORE_EN = /\b(?:in|near|city of|port of|town of|province of|region of)\s$/;
/** True when a Latin name at `s` stands where a sentence puts a place (in X, near X, the port city of X). */
const placeBefore = (text: string, s: number): boolean =>
  isAsciiLetter(text.charCodeAt(s)) && PLACE_BEFORE_EN.test(text.slice(Math.max(0, s - 16), s));
const TOWN_AFTER = /^(?:镇(?!江)|县(?!域)|乡(?!村))/;
const ZONE_AFTER = /^(?:自贸区|自由区|保税区|经济区|港区)/;

// What after X中国 makes 中国 a market or place of the company's (宝马中国市场, 苹果中国区), not its arm's name.
const NOT_CHINA_ARM = /^(?:市场|区|大陆|内地|境内|工厂|用户|客户|消费|业务|团队|销量|营收|制造)/;

let ambiguousNames: Set<string> | undefined;
let maxAmbiguous = 0;

/** The lexicon's names that are ordinary words or places too (苹果, Antofagasta). */
function ambiguousSet(): Set<string> {
  if (!ambiguousNames) {
    ambiguousNames = new Set(
      companyLexicon()
        .names.filter((n) => n.ambiguous)
        .map((n) => n.name),
    );
    for (const n of ambiguousNames) maxAmbiguous = Math.max(maxAmbiguous, n.length);
  }
  return ambiguousNames;
}

/** Marks the ambiguous lexicon names that the name at [start, end) opens with as used as a company here. */
function vouchPrefixes(state: CompanyState, start: number, end: number): void {
  const ambiguous = ambiguousSet();
  // (no prefix longer than the longest ambiguous name needs a look-up)
  for (let e = start + 2; e < end && e - start <= maxAmbiguous; e++) {
    const prefix = state.text.slice(start, e);
    if (ambiguous.has(prefix)) state.vouched.add(prefix);
  }
}

// One to three capitalised words ending in an industry word after a known name: its unit (S&P Global| Market
// Intelligence, Drewry| Supply Chain Advisors).
const UNIT_TAIL = /^(?: [A-Z][A-Za-z&-]+){1,3}(?![\w&-])/;

/** Length of a business unit's words after a Latin name at `pos` (0 when the last is no industry word). */
function unitTail(text: string, pos: number): number {
  const m = UNIT_TAIL.exec(text.slice(pos, pos + 40));
  if (!m) return 0;
  // The longest run of them that ends in an industry word (Market Intelligence| Director → Market Intelligence).
  const words = m[0].split(' ');
  for (let n = words.length; n > 1; n--)
    if (companyWords().enIndustry.has(words[n - 1])) return words.slice(0, n).join(' ').length;
  return 0;
}

// What makes a unit word part of a technical term (云|计算, 云|端, 终端|设备), not a unit's name.
const NOT_UNIT_AFTER = /^(?:计算|端|服务|存储|原生|平台|设备|产品|机构)/;

/** Length of a unit word at `pos` (京东|物流) that no business noun or longer word follows (物流业务, 云计算). */
function unitAt(text: string, pos: number, units: WordSet): number {
  const n = wordStartingAt(text, pos, units);
  if (
    !n ||
    BUSINESS_AFTER.test(text.slice(pos + n, pos + n + 2)) ||
    NOT_UNIT_AFTER.test(text.slice(pos + n, pos + n + 2))
  )
    return 0;
  const word = text.slice(pos, pos + n);
  return isDictWord(text.slice(pos, pos + n + 1)) || isDictWord(text.slice(pos, pos + n + 2)) ? 0 : word.length;
}

const BANK_TERM = /^(?:银行(?:间|业(?!务))|航空业(?!务)|保险业(?!务))/;

/** A two-character word across a name's edge: listed (one ICU lacks) or in ICU's dictionary, no function character. */
const edgeWord = (pair: string, listed: WordSet, dictionary: boolean) =>
  listed.has(pair)
    ? 2
    : dictionary && !/[^\u4e00-\u9fff]/.test(pair) && !/[的了是在被把将从对由和与向]/.test(pair) && isDictWord(pair)
      ? 1
      : 0;

/**
 * True when a two-character Chinese name at `[s, e)` straddles ordinary words: its first character ends
 * a word with the one before (其中|行业 → no 中行) or its last begins one with the one after (高通|胀), an
 * industry word among them (澜思|科技 → no 思科). A dictionary word there must also be read so in context
 * (高通|胀, not 澜|石|光伏). For the article's own names (`ownName`) a dictionary word counts on the left only
 * (跨国|药企 → no 国药 from 国药控股), since a coined name often runs into a word on its right (澜石|光伏).
 */
function straddles(text: string, s: number, e: number, ownName = false): boolean {
  // A date's unit with its number (10月28日|立案 → no 日立); 银行间, 银行业 are terms (中国银行间市场 → no 中国银行).
  // (Code-unit tests first: this runs for every lexicon match, and a slice and a regex cost more.)
  const d = text.charCodeAt(s - 1);
  const u = text.charCodeAt(e);
  if (d >= 48 && d <= 57 && '年月日号'.includes(text[s])) return true;
  if ((u === 0x95f4 || u === 0x4e1a) && BANK_TERM.test(text.slice(e - 2, e + 2))) return true;
  // (a longer name whose first character ends 其中/之中/当中: 其中|海外客户 → no 中海外)
  if (text.charCodeAt(s) === 0x4e2d && /[其之当]/.test(text[s - 1] ?? '')) return true;
  // (or a listed word across a longer name's first character: 全国|开行 → no 国开行)
  if (e - s > 2 && s > 0 && isHan(text.charCodeAt(s - 1)) && companyWords().collisions.has(text.slice(s - 1, s + 1)))
    return true;
  if (e - s !== 2 || !isHan(text.charCodeAt(s))) return false;
  const { collisions, zhIndustry, descriptors, leftStops } = companyWords();
  if (e < text.length && wordStartingAt(text, e - 1, zhIndustry) > 1) return true;
  // a descriptor's last character (服务商|飞常准 → no 商飞)
  if (s > 1 && wordEndingAt(text, s + 1, descriptors, s - 4) > 1) return true;
  // a measure word after a number is no word with the name (14架|空客, not 架空)
  const counted = d >= 48 && d <= 57 ? false : s > 1 && isDigitCode(text.charCodeAt(s - 2));
  // (a word that ends right before the name and stops a name's left edge, 其中|华为, makes no word across it)
  const stopped = s > 1 && wordEndingAt(text, s, leftStops) === 2;
  const left = s > 0 && !counted && !stopped ? edgeWord(text.slice(s - 1, s + 1), collisions, true) : 0;
  const right = e < text.length ? edgeWord(text.slice(e - 1, e + 1), collisions, !ownName) : 0;
  if (left === 2 || right === 2) return true;
  const from = Math.max(0, s - 2);
  const window = text.slice(from, e + 2);
  return (left > 0 && crossesWord(window, s - from)) || (right > 0 && crossesWord(window, e - from));
}

/**
 * True when a Latin name at `s` follows another capitalised word (Ian Ford, Tessaly Chairman) or an honorific
 * (Mr. Ford): it is then part of a longer proper name, a person's most often, not the lexicon's company.
 */
// A plural or a trade that opens a sentence before a name (Retailers Tesco, Discounters Aldi, Grocer Tesco): no given name.
const TRADE_NOUN =
  /^(?:[A-Z][a-z]{2,}(?:ers|ors|makers)|Grocer|Discounter|Miner|Brewer|Airline|Carrier|Broker|Refiner|Producer|Operator|Developer|Conglomerate|Giant|Startup|Peer|Parent|Owner)$/;
const PARTICLE_NAME = /[A-Z][a-z]+ (?:(?:van|von|de|da|di|du|le|la) )?$/;
/** An ASCII or Latin-1 letter (Aurélio, Müller): given names are written with either. */
const isLatinLetter = (c: number): boolean => isAsciiLetter(c) || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7);

function afterGivenName(text: string, s: number): boolean {
  if (s < 3 || text.charCodeAt(s - 1) !== 32 || !isAsciiLetter(text.charCodeAt(s))) return false;
  let q = s - 1;
  const period = text.charCodeAt(q - 1) === 46;
  if (period) q--;
  let r = q;
  while (r > 0 && isLatinLetter(text.charCodeAt(r - 1))) r--;
  const word = text.slice(r, q);
  // An honorific (Mr. Sloane, Ms Tan) makes a person; any other word with a period ends a sentence.
  if (/^(?:Mr|Mrs|Ms|Dr|Sir|Dame)$/.test(word)) return true;
  // a surname's particle after a given name (Joost van der Linde, Ursula von Bayer)
  if (/^(?:van|von|der|den|de|da|di|du|le|la)$/.test(word) && PARTICLE_NAME.test(text.slice(Math.max(0, r - 24), r)))
    return true;
  // Not an adverb (Recently Apple), nor a corporate word run on from another name (Business Insider Inc Nintendo).
  return (
    !period &&
    /^[A-ZÀ-Þ][a-zß-ÿ]+$/.test(word) &&
    !/ly$/.test(word) &&
    // (nor a verb's -ing form: "Having Mitsubishi in the partnership …")
    // (a preposition's -ing form keeps the old reading: Excluding Tertre, it …)
    !(
      /^[A-Z][a-z]{2,}ing$/.test(word) &&
      !/^(?:Ex|In)cluding$|^(?:Following|Regarding|Concerning|Considering|Barring|Pending|During)$/.test(word) &&
      !companyWords().enGiven.has(word)
    ) &&
    !/^(?:Inc|Corp|Co|Ltd|Llc|Plc|Group|Holdings)$/.test(word) &&
    !companyWords().enFunction.has(word) &&
    !/^(?:Chairman|Chairwoman|Chief|Executive|President|Analyst|Rival|Shares)$/.test(word) &&
    !TRADE_NOUN.test(word)
  );
}

/**
 * True when a one-word name ending at `e` is followed by a capitalised word that is neither a role nor a
 * corporate word (Morgan Freeman, not Goldman Chief Executive or Halden Capital): a person's name.
 */
function beforeSurname(text: string, e: number): boolean {
  const c = text.charCodeAt(e + 1);
  if (text.charCodeAt(e) !== 32 || c < 65 || c > 90) return false;
  const next = /^ ([A-Z][a-z]+)\b/.exec(text.slice(e, e + 24));
  return (
    !!next &&
    !companyWords().enIndustry.has(next[1]) &&
    !/^(?:Chairman|Chairwoman|Chief|Executive|President|Board|Inc|Corp|Co|Ltd)$/.test(next[1])
  );
}

/**
 * True when the line around `at` is a headline in title case (Harborline Profit Climbs 14% as …): its
 * capitalised words say nothing about people's names.
 */
function inTitleCase(text: string, at: number): boolean {
  const words = text
    .slice(text.lastIndexOf('\n', at) + 1, (text.indexOf('\n', at) + 1 || text.length + 1) - 1)
    .split(' ');
  const caps = words.filter((t) => /^[A-Z]/.test(t)).length;
  return words.length > 3 && caps / words.filter((t) => /^[A-Za-z]/.test(t)).length > 0.6;
}

// After a short name, a business line is not part of the name (领益智造|光伏业务, not 领益智造光伏), nor is a
// corporate word used as a noun (银行|资本充足率).
const BUSINESS_AFTER =
  /^(?:评价|研究中心|业务|板块|领域|行业|产品|赛道|市场|产业|项目|资产|业|充足|公积|开支|运作|结构|化|法|投顾)/;

/**
 * The end of a name at `end` run on into the corporate words of `set` (澄岭|发展, 茅台|集团), but not into a
 * business line or a noun (领益智造|光伏业务) nor into 控股 used as a verb (由澄岭集团|控股的).
 */
function runOn(text: string, end: number, set: WordSet): number {
  for (let tail = wordStartingAt(text, end, set); tail; tail = wordStartingAt(text, end, set)) {
    const after = text.slice(end + tail, end + tail + 3);
    if (BUSINESS_AFTER.test(after) || (text.startsWith('控股', end) && VERB_AFTER.test(after))) break;
    end += tail;
  }
  return end;
}

// 省/市/县/区 (and a scenic area, 梵岭|景区) as a unit of its own after a name (岳溪|市|国资委, not 市值, 市场 or 区域): the name is the place a
// brand is named after, not the company.
const ADMIN_UNIT = /^(?:[省县乡](?!域)|市(?![场值盈占销])|区(?![域块间])|镇(?!江)|村(?!镇)|景区|景点|园区)/;
const beforeAdminUnit = (text: string, e: number) => ADMIN_UNIT.test(text.slice(e, e + 2));
/** True when the line holding `s` is a Chinese byline (本报记者 X 上海报道). */
const zhByline = (text: string, s: number) =>
  /^(?:本报记者|记者|本报讯|新华社)/.test(text.slice(text.lastIndexOf('\n', s) + 1, s));
/** A byline's first name (By Lotte van Dijk and …) is the reporter's. */
const inByline = (text: string, s: number) =>
  isAsciiLetter(text.charCodeAt(s)) && text.startsWith('By ', s - 3) && (s === 3 || text[s - 4] === '\n');

// A name that opens a product's name in marks (“青梧短剧”, 「澄岭Pay」) is the product's; not an alias being defined
// (以下简称“浙商资产”) nor the firm's unit or region (“鲜邻里华北区域”, “东临基金”).
const QUOTED_REST = /^[·\u4e00-\u9fffA-Za-z0-9+]{1,7}[”」』]/;
const UNIT_REST = /^[\u4e00-\u9fff]{0,4}(?:区域|大区|地区|分公司|门店|店)[”」』]/;
function opensQuotedProduct(text: string, s: number, e: number): boolean {
  if (!'“「『'.includes(text[s - 1] ?? '_') || !QUOTED_REST.test(text.slice(e, e + 8))) return false;
  if (/(?:简称|下称|称)$/.test(text.slice(Math.max(0, s - 3), s - 1))) return false;
  // (nor one part of a formula the marks hold: “中储粮+地方储备”)
  if (text[e] === '+' || text[e] === '＋') return false;
  const w = companyWords();
  return !(
    wordStartingAt(text, e, w.corpTails) ||
    wordStartingAt(text, e, w.zhIndustry) ||
    wordStartingAt(text, e, w.units) ||
    w.modifiers.has(text.slice(e, e + 2)) ||
    UNIT_REST.test(text.slice(e, e + 8))
  );
}

/**
 * Leftmost-longest occurrences of `names` that stand as words. A few names are faster found one by one with
 * the engine's native indexOf than through a fresh automaton; many names go through the automaton.
 */
function findAll(text: string, names: string[]): Match[] {
  // A one-word English name after another capitalised word is part of a person's name (Ann Corlane).
  const oneWord = names.map((n) => /^[A-Za-z][\w'’.-]*$/.test(n));
  const accept = (s: number, e: number, p: number) =>
    latinBoundaryOk(text, s, e) &&
    !straddles(text, s, e, true) &&
    // (a streaming service named after the company: Disney+ is a product)
    !(isAsciiLetter(text.charCodeAt(e - 1)) && PLUS_PRODUCT.test(text.slice(e, e + 12))) &&
    !beforeAdminUnit(text, e) &&
    !opensQuotedProduct(text, s, e) &&
    !inByline(text, s) &&
    !(oneWord[p] && (afterGivenName(text, s) || beforeSurname(text, e)) && !inTitleCase(text, s));
  if (names.length > 200 || names.length * text.length > 2e6) return buildMatcher(names).longest(text, accept);
  const all: Match[] = [];
  names.forEach((name, pattern) => {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (accept(at, end, pattern)) all.push({ start: at, end, pattern });
    }
  });
  return pickLongest(all);
}

/** Every mention of the names this article defined, short names running on into corporate words. */
function findArticleNames(state: CompanyState): void {
  const { text } = state;
  const w = companyWords();
  // A name the lexicon knows is found by the lexicon already; only the article's own names need this pass.
  const known = lexiconNameSet();
  const list = [...state.names].filter(
    ([name, info]) =>
      info.forced || (name.length >= 2 && !(info.tier > TIER.known && known.has(name)) && !isNotCompany(name)),
  );
  if (!list.length) return;
  // A rule's short name that the article puts after a person's title (CEO|邵景行) or before 先生/女士 is a person.
  const persons = new Set<string>();
  const surnames = new Map<string, boolean>(); // names that are also a named person's surname (searched once each)
  const titledSeen = new Map<string, boolean>(); // a surname and a brand: a titled person's name somewhere (searched once each)
  for (const m of findAll(
    text,
    list.map(([name]) => name),
  )) {
    const info = list[m.pattern][1];
    if (info.tier === TIER.rule && !info.forced && m.end - m.start <= 3 && isHan(text.charCodeAt(m.start))) {
      if (wordEndingAt(text, m.start, w.personTitles) || wordStartingAt(text, m.end, w.personAfter))
        persons.add(text.slice(m.start, m.end));
    }
    // (a two-character brand after a surname is a person's given name where the text titles that person: 主席陈|国樑,
    // 首席执行官周以宁 … ”周|以宁说)
    if (
      !info.forced &&
      m.end - m.start === 2 &&
      isSurname(text[m.start - 1]) &&
      titledPerson(text, m.start - 1, m.end, titledSeen)
    )
      continue;
    // (nor a firm's name that is a word used as one: 面临|巨大|的现金流压力)
    if (isHan(text.charCodeAt(m.start)) && adjectiveUse(text, m.start, m.end)) continue;
    // (元 after an amount is the yuan: 100万|元保|费 is no 元保)
    if (text.charCodeAt(m.start) === 0x5143 && /[\d万亿千百十]/.test(text[m.start - 1] ?? '')) continue;
    // the Tsubaki family: the people of a name, not its company
    if (text.startsWith(' family', m.end) && /\p{Script=Latin}/u.test(text[m.start] ?? '')) continue;
    // a short name that the lexicon knows as a place too, where the sentence puts a place (Antofagasta plc … the port
    // city of Antofagasta, offices in Antofagasta)
    if (placeBefore(text, m.start) && ambiguousSet().has(text.slice(m.start, m.end))) continue;
    // (and a firm's name the article gives a town, where it puts a town: the town of Hallsberg, the plant in Hallsberg)
    if (
      !info.forced &&
      isAsciiLetter(text.charCodeAt(m.start)) &&
      PLACE_NOUN_BEFORE_EN.test(text.slice(Math.max(0, m.start - 24), m.start))
    )
      continue;
    // a one-word short name after a given name (founder Aurélio Rocha … Rocha Participações Ltda.): the person
    if (!info.forced && isAsciiLetter(text.charCodeAt(m.start)) && afterGivenName(text, m.start)) continue;
    // a short name that is also a place, used as one (滨江地块, 上城、滨江等核心区): not the company
    if (info.tier >= TIER.rule && m.end - m.start <= 3 && PLACE_AFTER.test(text.slice(m.end, m.end + 4))) continue;
    // (and a scenic spot named like it, whatever found the name: 丽江玉龙旅游 … 玉龙|雪山景区)
    if (m.end - m.start <= 3 && SCENIC_AFTER.test(text.slice(m.end, m.end + 3))) continue;
    // (or the school it runs: 枫林教育 … 旗下枫林|外国语学校)
    if (m.end - m.start <= 3 && SCHOOL_AFTER.test(text.slice(m.end, m.end + 7))) continue;
    // (a firm named after its home region, the region: the Campos Gerais region of Paraná)
    // (whatever found the name, after "the": the Najd plateau, named after by Najd Petrochemical Co.)
    if (
      (info.tier >= TIER.rule || /\bthe $/.test(text.slice(Math.max(0, m.start - 4), m.start))) &&
      isAsciiLetter(text.charCodeAt(m.start)) &&
      PLACE_AFTER_EN.test(text.slice(m.end, m.end + 12))
    )
      continue;
    // Kenji Tsubaki … Tsubaki said: the surname of a person the article names, speaking, is that person
    // (not one that speaks in a filing: "…," Dalisay said in a disclosure to the exchange)
    if (SPEAKS_AFTER_EN.test(text.slice(m.end, m.end + 8)) && !IN_FILING.test(text.slice(m.end, m.end + 40))) {
      const name = text.slice(m.start, m.end);
      let person = surnames.get(name);
      if (person === undefined) surnames.set(name, (person = personNamed(text, name)));
      if (person) continue;
    }
    let end = info.extend ? runOn(text, m.end, w.corpTails) : m.end;
    if (end - m.start > 4 && text.startsWith('控股', end - 2) && VERB_AFTER.test(text.slice(end, end + 3))) end -= 2;
    addCandidate(state, m.start, end, info.forced ? TIER.legal : info.tier);
  }
  if (persons.size)
    state.candidates = state.candidates.filter((c) => c.tier !== TIER.rule || !persons.has(text.slice(c.start, c.end)));
}

const SPEAKS_AFTER_EN = /^ (?:said|says|told|added|noted|wrote)\b/;
const PLACE_AFTER_EN = /^ (?:region|province|valley|county|district|basin|river|highlands|plateau|state of)\b/;
const SCHOOL_AFTER = /^[\u4e00-\u9fff]{0,4}?(?:学校|中学|小学|幼儿园)/;
const PLACE_AFTER = /^(?:地块|区(?!块)|板块|片区|街道|一带|沿线|辖区|等核心区|等区)/;
const GRADED_INDEX = /^\d+(?:\.\d+)?%[\u4e00-\u9fff]{1,6}?(?:价格)?指数/;
const SCENIC_AFTER = /^(?:雪山|景区|风景区|古城|古镇)/;

/**
 * Whether the article names a person with the surname `name`: a given name right before it (Tyler Besecker), or a
 * capitalised word and a person's apposition after the pair (Kenji Tsubaki, 52, the company's president).
 */
function personNamed(text: string, name: string): boolean {
  if (!/^[A-Z][a-z]+$/.test(name)) return false;
  const w = companyWords();
  for (let at = text.indexOf(' ' + name); at > 0; at = text.indexOf(' ' + name, at + name.length + 1)) {
    const m = /(?:^|[\s(])(\p{Lu}\p{Ll}+)$/u.exec(text.slice(Math.max(0, at - 15), at));
    if (!m || w.enFunction.has(m[1]) || w.enGenericFirst.has(m[1])) continue;
    // a known given name, or a person's apposition after the pair (Kenji Tsubaki, 52, … / Tyler Besecker, the owner)
    const after = text.slice(at + name.length + 1, at + name.length + 12);
    // (a given name that tells a gender too: Chief Executive Giulia Zanella)
    if (w.enGiven.has(m[1]) || givenNameGender(m[1]) || /^, (?:\d{2},|the |a |an |who )/.test(after)) return true;
  }
  return false;
}

/** True for a word between a verb of facing or causing and 的 (面临|巨大|的压力, 带来|巨大|的冲击): an adjective. */
function adjectiveUse(text: string, s: number, e: number): boolean {
  return text.charCodeAt(e) === 0x7684 && FACING_BEFORE.test(text.slice(Math.max(0, s - 2), s));
}
const FACING_BEFORE = /(?:面临|带来|造成|承受|遭受|存在|具有|产生|蕴含|受到)$/;
// (or the grain named just before: 改种谷子，也就是当地人说的小米)
const GRAIN_BEFORE = /(?:谷子|杂粮|粮食|玉米|大米|高粱)[^。]{0,12}$/;
const DUBBED_BEFORE = /\b(?:dubbed|called|named|code-?named|nicknamed|christened)\s+["“]$/;
const QUOTA_AFTER = /^ (?:quota|allocation)\b/;
const NATIONALITY_NOUN_AFTER =
  /^ (?:growers|farmers|exporters|importers|producers|workers|traders|buyers|sellers|lenders|banks|carriers|officials|authorities|government|companies|firms|people|citizens|exports|imports|market|economy|coffee|flowers|roses)\b/;
const MILLET_DISH = /^(?:辣|粥|南瓜|椒|饭|锅巴|糕|煎饼)/;
const IN_FILING = /^ (?:said|says) in an? (?:[a-z]+ )?(?:disclosure|statement|filing|release|notice|announcement)\b/;
const EN_CONTEXT_AFTER =
  /^(?:'s|’s)?,? (?:(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:last|this) (?:week|month|year)|earlier|also) (?=[a-z]+ed |said|says|plans))?(?:Inc|Corp|shares|stock|CEO|Chief|chief|said|says|reported|announced|unveiled|ordered|agreed|acquired|bought|sold|launched|posted|signed|filed|invested|plans|confirmed|denied|declined|owned by|a unit of|a subsidiary of|part of|spokes(?:person|man|woman))\b/;

// A verb of speech or forecast right after the name (IDC预计, 长城表示): an organisation speaking, not a term.
// (a time word or an adverb may come first, 3M此前宣布; and a platform's data, 去哪儿平台数据也显示)
const ZH_SPEAKS_AFTER =
  /^(?:(?:此前|日前|近日|早前|昨日|今日|也|还|曾|已|则)?(?:在(?:公告|财报|年报|半年报|季报)中)?(?:预计|预测|表示|认为|指出|称|宣布|透露|回应|发布)|(?:平台)?数据(?:也|还|同样)?显示|报告显示|研报|\d{4}年(?:半年度|年度|第?[一二三]季度)?(?:报告|财报)显示)/;

const OWNER_BEFORE_EN =
  /\b(?:owned|acquired|controlled|bought) by $|\b(?:merge|merged|merging|merger) with $|\bventure with $|\b(?:[Aa]nalysts?|[Ee]conomists?|[Ss]trategists?) (?:at|with|from) $|\b(?:unit|subsidiary|division) of $|\b(?:sandwich|restaurant|coffee|fast-food|burger|pizza|grocery|retail|supermarket|convenience-store|hotel) chain $/;
const JOINER = /^(?:[和与及、]| and | & )$/;
const LIST_BETWEEN =
  /^(?:[（(][^（）()]{1,30}[）)])?(?:、[\u4e00-\u9fffA-Za-z]{2,6}(?:[（(][^（）()]{1,30}[）)])?){1,3}[、和与及]$/;

const RANKED_AGAINST = /(?:仅次于|次于|超过|超越|领先于?|落后于|不敌|击败|赶超|取代)$/;

/** Company context for a lexicon name that is also an ordinary word (长城、蔚来等车企; not 游客登上长城). */
const LISTED_BEFORE_KIND = new RegExp(`^(?:[、和与及][\\u4e00-\\u9fffA-Za-z]{2,8}){0,4}${LIST_END.source}`);
function hasContext(state: CompanyState, c: Candidate, sure: Candidate[]): boolean {
  const { text } = state;
  const w = companyWords();
  // (a space may stand between a Latin name and Chinese, as some sites print it: 研究机构 IDC 发布)
  const after = text.charCodeAt(c.end) === 32 && isHan(text.charCodeAt(c.end + 1)) ? c.end + 1 : c.end;
  const before = text.charCodeAt(c.start - 1) === 32 && isHan(text.charCodeAt(c.start - 2)) ? c.start - 1 : c.start;
  // (not where something is located: 悦颜医美位于成都太古里附近的旗舰店)
  if (/位于[\u4e00-\u9fff]{0,4}$/.test(text.slice(Math.max(0, before - 8), before))) return false;
  if (wordStartingAt(text, after, w.context) || state.tickers.has(c.end)) return true;
  // A Chinese name right before a Latin product name (苹果AirPods, 苹果iPhone, 小米SU7): the maker, not the word.
  // (or a series or class: 宝马5系, 奔驰E级)
  if (
    isHan(text.charCodeAt(c.start)) &&
    /^(?:[A-Z][A-Za-z0-9]|i[A-Z]|[A-Z\d][级系])/.test(text.slice(c.end, c.end + 2))
  )
    return true;
  // (or a known Latin name in brackets after it, the name standing alone: ，米其林（Michelin）; not 韦斯特|瓦克（Vestravik）)
  if (
    isHan(text.charCodeAt(c.start)) &&
    !isHan(text.charCodeAt(c.start - 1)) &&
    /^[（(][A-Z][A-Za-z]/.test(text.slice(c.end, c.end + 3)) &&
    sure[firstAtOrAfter(sure, c.end + 1)]?.start === c.end + 1
  )
    return true;
  // A word right before the name that says what it is (研究机构|IDC, 供应商|长城).
  if (wordEndingAt(text, before, w.descriptors) > 0) return true;
  // (or a source close to it: 一位接近万物新生的人士)
  if (text.startsWith('接近', before - 2) && /^的(?:消息)?人士/.test(text.slice(after, after + 5))) return true;
  if (EN_CONTEXT_AFTER.test(text.slice(c.end, c.end + 20)) || ZH_SPEAKS_AFTER.test(text.slice(after, after + 14)))
    return true;
  // (or an owner: the open-banking firm Tink, owned by Visa; or its kind of chain: the sandwich chain Subway; or its
  // analysts: Analysts at Cowen; or a partner in a deal: merge with Borealis, a joint venture with Dow)
  if (OWNER_BEFORE_EN.test(text.slice(Math.max(0, c.start - 16), c.start))) return true;
  const [clauseFrom, to] = clauseBounds(text, c.start, c.end);
  // (words quoted start a clause of their own: 新地副董事總經理雷振邦表示：「市場反應理想…」)
  // (looked for inside the clause only: a search back through the whole text for each name would be quadratic)
  const lead = text.slice(clauseFrom, c.start);
  const from = clauseFrom + Math.max(lead.lastIndexOf('“'), lead.lastIndexOf('「')) + 1;
  // Another sure company in the clause; and whether one is joined to this name by 和/与/及/、 or "and"
  // (UPS和联邦快递, 长城与比亚迪): named as a peer of a company.
  let others = false;
  let joined = false;
  for (let i = firstAtOrAfter(sure, from); i < sure.length && sure[i].start < to && !(others && joined); i++) {
    const o = sure[i];
    others ||= o.end <= to && (o.end <= c.start || o.start >= c.end);
    const gap = o.start >= c.end ? text.slice(c.end, o.start) : o.end <= c.start ? text.slice(o.end, c.start) : '';
    // (past the other's code in brackets: 约翰迪尔（NYSE: DE）和久保田)
    // (or past a country's possessive before this name: Italy's Mundys and Spain's ACS)
    joined ||=
      JOINER.test(gap) ||
      JOINER.test(gap.replace(/^[（(][^（）()]{1,30}[）)]/, '')) ||
      (isAsciiLetter(text.charCodeAt(c.start)) && /^ (?:and|&) [A-Z][a-z]+['’]s $/.test(gap));
    // (or right after it, as headlines run names together: 滙豐中銀今起減P)
    joined ||= o.end === c.start && isHan(text.charCodeAt(c.start - 1));
    // (or through other short names of the same list: 三七互娱（002555.SZ）、吉比特、完美世界)
    if (!joined && o.end <= c.start && c.start - o.end < 40) joined = LIST_BETWEEN.test(gap);
  }
  // (or set against a firm that opens the sentence: 吉比特（603444.SH）营收…；完美世界则在…, 京东物流表示…；菜鸟则…;
  // after a semicolon, alongside it too: 京东物流…宣布…；菜鸟也在美国…)
  if (
    (text.charCodeAt(after) === 0x5219 && (text[before - 1] === '；' || text[before - 1] === '，')) ||
    (text.charCodeAt(after) === 0x4e5f && text[before - 1] === '；')
  )
    for (let i = firstAtOrAfter(sure, c.start) - 1; i >= 0 && c.start - sure[i].end < 120; i--) {
      const o = sure[i];
      if (SENTENCE_BREAK.test(text.slice(o.end, c.start))) break;
      if (o.start === 0 || CLAUSE_OPENERS.includes(text[o.start - 1])) return true;
    }
  // (or ranked against one just before: 华为以17.4%的份额位居第二，仅次于苹果)
  if (RANKED_AGAINST.test(text.slice(Math.max(0, c.start - 4), c.start))) {
    const k = firstAtOrAfter(sure, c.start) - 1;
    if (k >= 0 && c.start - sure[k].end < 40 && !/[。！？\n]/.test(text.slice(sure[k].end, c.start))) return true;
  }
  // (or an item of an English list beside a firm, the comma closing no clause there: Walmart, Chewy, Petco)
  if (isAsciiLetter(text.charCodeAt(c.start))) {
    const next = sure[firstAtOrAfter(sure, c.end)];
    const prev = sure[firstAtOrAfter(sure, c.start) - 1];
    if (
      (next?.start === c.end + 2 && text.startsWith(', ', c.end)) ||
      (prev?.end === c.start - 2 && text.startsWith(', ', prev.end))
    )
      return true;
  }
  // (or an item of a list its kind closes: 横店影视、中国电影等公司)
  if (LISTED_BEFORE_KIND.test(text.slice(after, after + 40))) return true;
  if (!others) return false;
  if (joined) return true;
  const clause = text.slice(from, to);
  if (LIST_END.test(clause)) return true;
  for (let i = 0; i < clause.length; i++) if (wordStartingAt(clause, i, w.context)) return true;
  return false;
}

/** Picks non-overlapping candidates: surer tiers first, then longer spans, then earlier ones. */
// One scratch buffer for every call (extraction is synchronous): no fresh typed array per text.
let scratch = new Uint8Array(1 << 16);

/** A zeroed buffer of at least `n` units. */
function scratchOf(n: number): Uint8Array {
  if (scratch.length < n) scratch = new Uint8Array(Math.max(n, scratch.length * 2));
  else scratch.fill(0, 0, n);
  return scratch;
}

const CLAUSE_OPENERS = '，。；：！？\n“';
const SENTENCE_BREAK = /[。！？\n]/;
const ENTITY_BEFORE = '对与和及、向跟同被让给据由除';
const HEADLINE_START = /(?:^|\n)#{1,3} $/;
const TIME_OPENING = /[，。；：！？\n](?:目前|如今|今年|去年|此前|近日|日前|此外|其中)$/;
const CLOSING_MARKS = '”」』';
const SENTENCE_ENDS = '。！？';
const textOf = (state: CompanyState, c: Candidate) => state.text.slice(c.start, c.end);

/**
 * True when the word before `s` (a space between) is capitalised and ends no sentence: `s` is inside a longer name.
 * (An article that opens a sentence is no part of one: A United spokeswoman said.)
 */
function inCapitalRun(text: string, s: number): boolean {
  if (text.charCodeAt(s - 1) !== 32) return false;
  let r = s - 1;
  while (r > 0 && isAsciiLetter(text.charCodeAt(r - 1))) r--;
  if (r >= s - 1 || !/[A-Z]/.test(text[r])) return false;
  return !(
    /^An? $/.test(text.slice(r, s)) &&
    (r === 0 || /(?:^|[.!?"”] |\n)$/.test(text.slice(Math.max(0, r - 2), r)))
  );
}

/** True for a name inside a bond's short name (21恒膜01, 22岑阳城投PPN001): the bond is no mention of its issuer. */
function inBondName(text: string, c: Candidate): boolean {
  const d = (i: number) => {
    const k = text.charCodeAt(i);
    return k >= 48 && k <= 57;
  };
  return (
    d(c.start - 1) && d(c.start - 2) && (d(c.end) || /^(?:PPN|MTN|SCP|CP|GN)\d/.test(text.slice(c.end, c.end + 4)))
  );
}

const SLOGAN_CLOSE = /^[^"”\n]{1,40}["”] (?:initiative|campaign|slogan|programme|program|scheme|drive|plan|pledge)\b/;
/** True when a Latin name opens words in marks that go on past it and name a campaign after the marks. */
function opensSlogan(text: string, s: number, e: number): boolean {
  return (
    (text[s - 1] === '"' || text[s - 1] === '“') &&
    isAsciiLetter(text.charCodeAt(s)) &&
    SLOGAN_CLOSE.test(text.slice(e, e + 60))
  );
}

function resolve(state: CompanyState): Candidate[] {
  const anyAmbiguous = state.candidates.some((c) => c.ambiguous);
  const sure = anyAmbiguous ? state.candidates.filter((c) => !c.ambiguous).sort((a, b) => a.start - b.start) : [];
  // Code spans come in text order: a binary search finds the last one starting before a candidate ends.
  const codes = state.codeSpans;
  const inCode = (c: Candidate) => {
    let lo = 0;
    let hi = codes.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (codes[mid][0] < c.end) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return at >= 0 && codes[at][1] > c.start;
  };
  // One sense per article: an ambiguous name the article uses as a company once (苹果公司, 苹果、三星等厂商)
  // is the company where it opens a clause later, as a subject (近年来，苹果持续推动…), not inside one (买了苹果和梨).
  const { vouched } = state;
  const sureOf = new Set<Candidate>();
  if (anyAmbiguous) {
    // (the other sense wins in an article that uses the word again and again without a company around it: 苹果 in
    // a story about apple growers, where one mention happens to stand beside a firm)
    const uses = new Map<string, number>();
    const sureUses = new Map<string, number>();
    for (const c of state.candidates)
      if (c.ambiguous) {
        const name = textOf(state, c);
        uses.set(name, (uses.get(name) ?? 0) + 1);
        if (hasContext(state, c, sure)) {
          sureOf.add(c);
          sureUses.set(name, (sureUses.get(name) ?? 0) + 1);
        }
      }
    for (const [name, n] of sureUses) {
      if (n * 4 < (uses.get(name) ?? 0) && (uses.get(name) ?? 0) >= 8 && !vouched.has(name)) {
        for (const c of sureOf) if (textOf(state, c) === name) sureOf.delete(c);
      } else vouched.add(name);
    }
  }
  // (an English name anywhere but inside a longer capitalised name: the launch customer is Emirates, not United Arab Emirates)
  const opensClause = (c: Candidate) =>
    c.start === 0 ||
    CLAUSE_OPENERS.includes(state.text[c.start - 1]) ||
    // (or after a conjunction that opens the clause: …年減，但巨大憑藉全球通路…)
    ('但而'.includes(state.text[c.start - 1]) &&
      '，；'.includes(state.text[c.start - 2]) &&
      !'市县区省镇'.includes(state.text[c.end] ?? '')) ||
    // (or after a time word that opens the clause: …，目前菜鸟在全球运营…)
    TIME_OPENING.test(state.text.slice(Math.max(0, c.start - 4), c.start)) ||
    // (or a headline's first word: # 國泰上月載客量…)
    (state.text[c.start - 1] === ' ' && HEADLINE_START.test(state.text.slice(Math.max(0, c.start - 5), c.start))) ||
    // (or after a quotation that ends a sentence, unless a longer name starts there: …三十亿元。”滴滴还称)
    (CLOSING_MARKS.includes(state.text[c.start - 1]) &&
      // (or the comma of a split quote, its speaker after it: 「…，」統一表示)
      (SENTENCE_ENDS.includes(state.text[c.start - 2]) ||
        ('，,'.includes(state.text[c.start - 2]) && ZH_SPEAKS_AFTER.test(state.text.slice(c.end, c.end + 14)))) &&
      sure[firstAtOrAfter(sure, c.start)]?.start !== c.start) ||
    (isAsciiLetter(state.text.charCodeAt(c.start)) && !inCapitalRun(state.text, c.start)) ||
    // or as the object of a preposition or one of a pair (对地平线而言, 与高通合作), never after an adverb (并不理想)
    ENTITY_BEFORE.includes(state.text[c.start - 1]);
  // (a name that is also a place, where the sentence puts a place: the port city of Antofagasta, offices in Antofagasta)
  const pool = state.candidates.filter(
    (c) =>
      (!c.ambiguous ||
        sureOf.has(c) ||
        (vouched.has(textOf(state, c)) && opensClause(c) && !placeBefore(state.text, c.start))) &&
      !(state.codeSpans.length && inCode(c)) &&
      !inBondName(state.text, c) &&
      !state.bodyAliases?.has(textOf(state, c)) &&
      // (a Latin name where the sentence puts a region: across the Great Plains and…, in the Mediterranean,”; or before
      // a land form or a sea: ferry routes to the Aegean islands)
      !regionHere(state.text, c.start, c.end) &&
      !(isAsciiLetter(state.text.charCodeAt(c.end - 1)) && GEO_NOUN_AFTER.test(state.text.slice(c.end, c.end + 12))) &&
      // (nor a region a compass word opens: eastern Mediterranean transshipment; nor a project a rule named: 20% of
      // Louisiana LNG project; nor the end of a body's name: the Confederation of European Paper Industries, the
      // Ministry of Petroleum and Mineral Resources)
      !(
        isAsciiLetter(state.text.charCodeAt(c.start)) &&
        (COMPASS_BEFORE.test(state.text.slice(Math.max(0, c.start - 16), c.start)) ||
          (c.tier !== TIER.known && PROJECT_AFTER.test(state.text.slice(c.end, c.end + 10))) ||
          BODY_OF_BEFORE.test(state.text.slice(Math.max(0, c.start - 30), c.start)))
      ) &&
      // (nor the place a byline reports from: 本报记者 田梦瑶 湖北青岚报道)
      !(state.text.startsWith('报道', c.end) && zhByline(state.text, c.start)) &&
      // (nor a firm an index is named after: 中证全指证券公司指数)
      !state.text.startsWith('公司指数', c.end - 2) &&
      // (nor a park or a town a trade names: 西丽片区的汇智科技|园, 丹吉尔科技|城; not a known firm's own, 碧桂园)
      !(
        c.tier !== TIER.known &&
        (state.text[c.end] === '园' || state.text[c.end] === '城') &&
        /(?:科技|产业|软件|物流|创新|智能)$/.test(textOf(state, c))
      ) &&
      // nor the start of an association's name (深圳市跨境电子|商务协会)
      !(isHan(state.text.charCodeAt(c.end)) && opensAssociation(state.text, c.end)) &&
      // nor words opening a slogan in marks that names a campaign ("Make American Shipbuilding Great Again" initiative)
      !(c.tier !== TIER.known && opensSlogan(state.text, c.start, c.end)),
  );
  // A known name that ends where a legal name ends and starts before it is the whole name (Petco Health and Wellness
  // Co.: not Wellness Co., where the capitalised run broke at "and").
  const knownEnds = new Map<number, number>();
  for (const c of pool)
    if (c.tier === TIER.known && !c.ambiguous && c.start < (knownEnds.get(c.end) ?? Infinity))
      knownEnds.set(c.end, c.start);
  for (const c of pool) {
    if (c.tier !== TIER.legal) continue;
    if ((knownEnds.get(c.end) ?? Infinity) < c.start) c.tier = TIER.known;
    // (and a known name the legal rule cut into keeps its start: First Solar Inc., not Solar Inc.)
    else
      for (let e = c.start + 1; e < c.end; e++) {
        const s = knownEnds.get(e);
        if (s !== undefined && s < c.start && isAsciiLetter(state.text.charCodeAt(c.start))) {
          c.start = s;
          break;
        }
      }
  }
  // (a known Latin name that runs on into more capitalised words and a trade is its unit's whole name: Hanwha
  // Investment & Securities, not Hanwha)
  const knownStarts = new Map<number, number>();
  for (const c of pool)
    if (c.tier === TIER.known && !c.ambiguous && isAsciiLetter(state.text.charCodeAt(c.start)))
      knownStarts.set(c.start, c.end);
  if (knownStarts.size)
    for (const c of pool) {
      const end = c.tier > TIER.known ? knownStarts.get(c.start) : undefined;
      if (end === undefined || c.end <= end) continue;
      const rest = state.text.slice(end, c.end);
      const last = rest.slice(rest.lastIndexOf(' ') + 1);
      if (/^(?: (?:[A-Z][\w'’-]*|&))+$/.test(rest) && companyWords().enIndustry.has(last)) c.tier = TIER.known;
    }
  sortByKeys(pool, BY_PRIORITY, (a, b) => a.tier - b.tier || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = scratchOf(state.text.length);
  const kept: Candidate[] = [];
  for (const c of pool) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    for (let i = c.start; i < c.end; i++) taken[i] = 1;
    kept.push(c);
  }
  return sortByKeys(kept, BY_START, byStart);
}

// Sort keys (see sort-keys.ts): by start; and by tier, then length (longer first), then start. Only for
// lists in no particular order: on lists already in runs (candidates by rule, matches by end) the engine's
// merge sort with a comparator is faster.
const byStart = (a: Candidate, b: Candidate) => a.start - b.start;
const BY_START = [(c: Candidate) => c.start];
const BY_PRIORITY = [(c: Candidate) => c.tier, (c: Candidate) => c.start - c.end, (c: Candidate) => c.start];

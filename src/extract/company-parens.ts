/**
 * What a parenthesis right after a name says about it: a stock code (领益智造(002600.SZ), (NASDAQ: NVDA)),
 * an alias (以下简称“江苏科达”), or another name of the same company (高德纳（Gartner）, 惠誉（Fitch Ratings）).
 */
import { isNameLike, isNotCompany, leftEdge } from './company-edges';
import { capitalRunStart } from './company-legal';
import { type CompanyState, TIER, addCandidate, addName } from './company-state';
import { afterCountry, countUpTo, countryInside, isHan } from './company-text';
import { companyWords, isDescriptor, stripPlace, wordEndingAt, wordStartingAt } from './company-words';
import { isDictWord } from './zh-segment';
import { STOCK_CODE_SUFFIX_ALTERNATION, STOCK_EXCHANGE_ALTERNATION, TW_STOCK_CODE } from './lexicon/exchanges';

/** A stock code as written inside the brackets. */
export const TICKER = new RegExp(
  '^(?:(?:股票代码|证券代码|代码)[:：]\\s*)?(?:' +
    [
      `(?:${STOCK_EXCHANGE_ALTERNATION})\\s*[:：]\\s*[A-Z0-9][A-Za-z0-9.\\-]{0,9}`, // NASDAQ: NVDA
      '\\d{6}', // 688981
      `\\d{4,6}\\.(?:${STOCK_CODE_SUFFIX_ALTERNATION})`, // 002600.SZ, 873451.NQ, 00700.HK, 2330.TW, 2222.SR
      '0\\d{4}', // 00700 (a Hong Kong code, written without the market)
      TW_STOCK_CODE, // 2330 (a Taiwan code, written without the market)
      '\\d{4,6}-(?:TWO|TW|HK)', // 2330-TW, 6488-TWO (as Taiwan sites write them)
      '[A-Z]{1,5}-US', // TSM-US
      '(?:SH|SZ|HK)\\d{4,6}',
      `[A-Z][A-Z0-9]{0,4}\\.(?:${STOCK_CODE_SUFFIX_ALTERNATION})`, // BABA.N, BARC.L, BS6.SI
    ].join('|') +
    ')$',
);
const ALIAS = /(?:以下简称|以下称|以下简称为|下称|简称|下文简称)[:：]?\s*[“"「『]([^”"」』]{1,20})[”"」』]/;
// (Taiwan papers often write the alias without marks, beside the code: （3592，以下簡稱宏碩）)
const ALIAS_BARE = /(?:以下简称|下称|简称)[:：]?\s*([\u4e00-\u9fffA-Za-z0-9]{2,10})$/;
// (or alone in its brackets, opening them, after a name found already: 華聯商業銀行（以下簡稱華聯銀）; not 净利润（下称归母净利润）)
const ALIAS_BARE_WHOLE = /^(?:以下简称|以下称|下称|简称)[:：]?\s*([\u4e00-\u9fffA-Za-z0-9]{2,10})$/;
const EN_ALIAS = /^(?:the |hereinafter )?[“"]([A-Z][^”"]{0,40})[”"]$/;
const ALIAS_BRAND = /^([\u4e00-\u9fff]{2,3})股份$/;
const QUOTED = /^[“"「]([^”"」]{2,20})[”"」]$/;
const LATIN_NAME = /^[A-Z][A-Za-z0-9&.,'’\- ]{0,60}[A-Za-z0-9.]$|^[A-Z]$/;
const HAN_NAME = /^[\u4e00-\u9fff]{2,12}$/;
// Alias words that name a deal or a document, not a company (以下简称“本次交易”).
const NOT_ALIAS =
  /(交易|协议|资产|项目|计划|方案|发行|重组|事项|产品|技术|基金|报告|规则|办法|条例|合同|债券|票据|REITs?|ETF|LOF)$/;

const FORMER_NAME =
  /^(?:原名?|前身为|前称|旧称|formerly)[为：:]?\s*([A-Z][A-Za-z0-9&.' -]{1,30}|[\u4e00-\u9fff]{2,10})$/;

// What a parenthesis must show early on to be worth reading when no known name precedes it: a digit (a
// code), an exchange, an alias word or a quotation mark, or a capitalised Latin name.
const WORTH_READING = /\d|[A-Z]{2,}\s*[:：]|简称|下称|[“"「]|^[A-Z][a-z]|^[A-Z]{2,5}[）)]/;

interface Paren {
  open: number;
  close: number;
  parts: { text: string; at: number }[];
}

/** The parenthesis opening at `at` (allowing one space before it), split into parts at ，；; (and ', ' before a code). */
function parenAt(text: string, at: number): Paren | null {
  if (text[at] === ' ' && text[at + 1] === '(') at++;
  if (text[at] !== '（' && text[at] !== '(') return null;
  let close = at + 1;
  // (a full-width bracket may hold a Latin name's own half-width one: （Kariba Lithium (Private) Limited，以下简称“…”）)
  const wide = text[at] === '（';
  while (close < text.length && close - at < 120 && !'）)\n（('.includes(text[close])) {
    close++;
    if (wide && text[close] === '(') {
      const inner = text.indexOf(')', close);
      if (inner > close && inner - close < 20 && !/[（）\n]/.test(text.slice(close + 1, inner))) close = inner + 1;
    }
  }
  if (close >= text.length || !'）)'.includes(text[close])) return null;
  const parts: { text: string; at: number }[] = [];
  let from = at + 1;
  for (let i = at + 1; i <= close; i++) {
    const ch = text[i];
    const split = i === close || '，；;、'.includes(ch) || (ch === ',' && TICKER.test(text.slice(i + 1, close).trim()));
    if (!split) continue;
    const raw = text.slice(from, i);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim()) parts.push({ text: raw.trim(), at: from + lead });
    from = i + 1;
  }
  return { open: at, close, parts };
}

/** Handles the parenthesis after each candidate, and names that only a code or an alias marks as companies. */
export function readParentheses(state: CompanyState): void {
  const { text } = state;
  const ends = new Map<number, { start: number; latin: boolean }>();
  const starts = new Set<number>();
  const ambiguousEnds = new Map<number, number>();
  for (const c of state.candidates)
    if (!c.ambiguous) {
      ends.set(c.end, { start: c.start, latin: !isHan(text.charCodeAt(c.end - 1)) });
      starts.add(c.start);
    } else ambiguousEnds.set(c.end, c.start);
  const open = /[（(]/g;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    const nameEnd = m.index > 0 && text[m.index - 1] === ' ' ? m.index - 1 : m.index;
    // Most parentheses hold neither a code, an alias nor a name: skip them before splitting.
    if (!ends.has(nameEnd) && !starts.has(m.index + 1) && !WORTH_READING.test(text.slice(m.index + 1, m.index + 24)))
      continue;
    const paren = parenAt(text, nameEnd);
    if (!paren) continue;
    readOne(state, paren, nameEnd, ends, ambiguousEnds);
    // (a second bracket right after a code's belongs to the same name: 香港上海大酒店有限公司（00045.HK）（下稱「大酒店」）)
    const owner = ends.get(nameEnd);
    if (owner && paren.parts.some((p) => TICKER.test(p.text))) ends.set(paren.close + 1, owner);
  }
}

function readOne(
  state: CompanyState,
  paren: Paren,
  nameEnd: number,
  ends: Map<number, { start: number; latin: boolean }>,
  ambiguousEnds: ReadonlyMap<number, number>,
): void {
  const { text } = state;
  // (a code that could be a year counts in a list of named codes: 上銀（2049）、東元（1504）)
  const ticker =
    paren.parts.find((p) => TICKER.test(p.text)) ??
    (paren.parts.length === 1 &&
    /^(?:19|20)\d{2}$/.test(paren.parts[0].text) &&
    inCodeList(text, nameEnd, paren.close, ends)
      ? paren.parts[0]
      : undefined);
  const alias = paren.parts
    .map((p) => ({
      p,
      m:
        ALIAS.exec(p.text) ??
        (ticker ? ALIAS_BARE.exec(p.text) : ends.has(nameEnd) ? ALIAS_BARE_WHOLE.exec(p.text) : null) ??
        EN_ALIAS.exec(p.text) ??
        QUOTED.exec(p.text),
    }))
    .find((x) => x.m);
  let owner = ends.get(nameEnd);
  // A bare four-digit Taiwan code confirms a name found otherwise (台積電（2330）); alone it makes none (員工（2500）),
  // unless the name's last word is a trade (宏馳電機（4583）).
  const twCode = !!ticker && /^[1-9]\d{3}$/.test(ticker.text);
  // (a Taiwan listing of a foreign-registered firm ends in -KY: 泰鼎-KY（4927）; a name found otherwise, then -KY, is
  // the listing's whole name: 眾達|-KY（4977）)
  const kyName = text.endsWith('-KY', nameEnd);
  const beforeKy = twCode && kyName ? ends.get(nameEnd - 3) : undefined;
  if (!owner && beforeKy) {
    addCandidate(state, beforeKy.start, nameEnd, TIER.known);
    ends.set(nameEnd, (owner = beforeKy));
  }
  const trade = twCode ? wordEndingAt(text, nameEnd, companyWords().zhIndustry) : 0;
  // (or it follows or precedes a listed firm with its code in a list: 辛耘（3583）、萬潤（6187）、均華（6640）, 三陽工業（2206）与宏佳騰（1599）)
  const listed = twCode && !owner && !trade && (kyName || inCodeList(text, nameEnd, paren.close, ends));
  if (!owner && ((ticker && !(twCode && !trade && !listed)) || alias) && nameEnd > 0) {
    // A name that only its code or alias marks: 澄岭发展（002763.SZ）, Xyz Corp (NYSE: XYZ).
    const ky = kyName && isHan(text.charCodeAt(nameEnd - 4)) ? 3 : 0;
    // (a known name that is also a word, ending there, is the name its code vouches for: 和宁波舟山港（601018.SH）)
    const known = ticker ? ambiguousEnds.get(nameEnd) : undefined;
    const start =
      known ??
      (isHan(text.charCodeAt(nameEnd - 1 - ky))
        ? hanNameBefore(state, nameEnd - ky)
        : capitalRunStart(text, nameEnd, 5));
    // (not a policy, a programme or a bond an alias is defined for: 股票回购增持再贷款（以下简称“再贷款”）, 公司债券（以下简称
    // “本期债券”）)
    const policy = !ticker && POLICY_END.test(text.slice(start, nameEnd));
    // (nor a product's or a machine's name an alias shortens, with no corporate word at its end: 光纤预制棒（以下简称
    // “光棒”）, 岸边集装箱起重机（以下简称“岸桥”）)
    const w = companyWords();
    const product =
      !ticker &&
      isHan(text.charCodeAt(nameEnd - 1)) &&
      !wordEndingAt(text, nameEnd, w.corpTails) &&
      !wordEndingAt(text, nameEnd, w.strongTails) &&
      !wordEndingAt(text, nameEnd, w.zhLegal) &&
      !state.names.has(text.slice(start, nameEnd));
    // (an alias a body defines for itself names the body: 大连商品交易所（以下简称“大商所”）)
    if (alias?.m && !ticker && start < nameEnd && isNotCompany(text.slice(start, nameEnd)))
      (state.bodyAliases ??= new Set()).add(alias.m[1].trim());
    // (a place and a trade with an exchange's code is a listed firm's short name: 海南矿业（601969.SH）)
    const name = text.slice(start, nameEnd);
    // (a place opening it, where a clause or a list starts: not a cut of a longer name, 项目|芯遥微电子)
    // (a Taiwan code too, when a trade ends the name: 東台精機（4526）)
    // (or a longer one of a place and trades only, with an exchange's code: 中国教育集团（00839.HK）)
    const listedShort =
      !!ticker &&
      (!twCode || trade > 0) &&
      (/^[\u4e00-\u9fff]{4}$/.test(name) || (!twCode && /^[\u4e00-\u9fff]{5,8}$/.test(name))) &&
      !isHan(text.charCodeAt(start - 1)) &&
      stripPlace(name) !== name &&
      !isNotCompany(name);
    // (a roman numeral is a name's series, not a name: Ridgecrest Acquisition Corp. II (NASDAQ: RDGC))
    if (
      start < nameEnd &&
      (isNameLike(name) || listedShort) &&
      !policy &&
      !product &&
      !/^(?:I{1,3}|IV|VI{0,3}|IX|X)$/.test(name)
    ) {
      addCandidate(state, start, nameEnd, TIER.rule);
      addName(state, name, false, TIER.rule);
      owner = { start, latin: !isHan(text.charCodeAt(nameEnd - 1)) };
      ends.set(nameEnd, owner);
    }
  }
  // a Taiwan name's brand before its trade word names it later (宏馳電機（4583）, 澄海半導體（6715） → 宏馳, 澄海),
  // whichever rule found the name; an A-share name's first word is often its city (岷阳水务（600926.SH）: no 岷阳)
  if (owner && trade && !alias && !owner.latin) {
    const brand = text.slice(owner.start, nameEnd - trade);
    // (a brand that is also a word, 鉅峰 read as 巨峰, when the article uses it alone again and again)
    if (brand.length >= 2 && isNameLike(brand) && (!isDictWord(brand) || countOf(state, brand) >= 4))
      addName(state, brand, false, TIER.rule);
  }
  // a firm's former name in brackets after it (Avolta（原Dufry）, 淘菜菜（原盒马集市）) names the same firm
  const former = owner && paren.parts.length === 1 ? FORMER_NAME.exec(paren.parts[0].text) : null;
  if (former && isNameLike(former[1])) {
    const at = paren.parts[0].at + paren.parts[0].text.length - former[1].length;
    addCandidate(state, at, at + former[1].length, TIER.rule);
    addName(state, former[1], false, TIER.rule);
  }
  if (ticker) state.codeSpans.push([ticker.at, ticker.at + ticker.text.length]);
  // (also after a known name that is an ordinary word too: 现代牧业（1117.HK） is the company, the code says so)
  if (ticker && (owner || ambiguousEnds.has(nameEnd))) state.tickers.set(nameEnd, ticker.text);
  if (alias?.m && (owner || ticker)) {
    const name = alias.m[1].trim();
    // (a body's ending in a firm's own alias is its brand: 河南麦香园食品股份有限公司（以下简称“麦香园”）,
    // 银行业信贷资产登记流转中心有限公司（以下简称“银登中心”))
    const legal = !!owner && /(?:公司|合伙企业|合伙[）)])$/.test(text.slice(owner.start, nameEnd));
    // (and an acronym a named firm takes for itself is its name, though a stop-list has it: Asia Pulp & Paper（以下简称
    // “APP”）, not an app)
    const acronym = !!owner && /^[A-Z]{2,6}$/.test(name);
    const bodyEnding =
      !acronym && (owner && (ticker || legal) ? companyWords().notCompany.has(name) : isNotCompany(name));
    // (an alias that keeps its firm's brand is a name whatever it ends in: 上海衡川私募基金管理有限公司 → 衡川资产)
    const ownBrand = legal && text.slice(owner!.start, nameEnd).includes(name.slice(0, 2));
    if (name.length >= 2 && !bodyEnding && (!NOT_ALIAS.test(name) || ownBrand)) {
      const at = alias.p.at + alias.p.text.indexOf(name, alias.m.index);
      addCandidate(state, at, at + name.length, TIER.legal);
      // (forced past the stop-lists, as a watchlist name is, when a body's ending let it through here)
      addName(state, name, false, TIER.known, bodyEnding !== isNotCompany(name));
      // an alias that adds 股份 to a brand names the brand too (麦野股份 → 麦野; not 三峡集团 → 三峡), when the brand is coined or
      // the legal name holds it (上海麦野餐饮管理股份有限公司)
      // (and a Latin-named firm's alias that adds a trade to a coined brand names the brand: Kessler Getriebetechnik
      // GmbH（以下简称“凯斯勒传动”） … 凯斯勒在精密齿轮上…)
      const trade =
        owner?.latin && isHan(name.charCodeAt(0)) ? wordEndingAt(name, name.length, companyWords().zhIndustry) : 0;
      const brand =
        ALIAS_BRAND.exec(name)?.[1] ?? (trade >= 2 && name.length - trade >= 2 ? name.slice(0, -trade) : undefined);
      const inLegal = !!brand && legal && text.slice(owner!.start, nameEnd).includes(brand);
      if (brand && isNameLike(brand) && (inLegal || !isDictWord(brand))) addName(state, brand, false, TIER.rule);
    }
  }
  // Another name of the same company: 高德纳（Gartner）, Suntory (三得利); or, after a descriptor, both
  // names of an unknown company (评级机构惠誉（Fitch Ratings）).
  const first = paren.parts[0];
  if (!first || first === ticker || first === alias?.p) return;
  // A term glossed by its acronym (资本适足率（RBC）, 先进制程（FinFET）): the acronym is no company, known or not.
  // (or a body's: 中国铜原料联合谈判小组（CSPT）)
  if (
    /^[A-Z]{2,6}$/.test(first.text) &&
    (TECH_TERM.test(text.slice(Math.max(0, nameEnd - 6), nameEnd)) ||
      BODY_BEFORE_ACRONYM.test(text.slice(Math.max(0, nameEnd - 4), nameEnd)))
  ) {
    state.codeSpans.push([first.at, first.at + first.text.length]);
    return;
  }
  // A known company in the brackets (高工锂电（GGII）) names the company before them, descriptor or not.
  const known = ends.get(first.at + first.text.length)?.start === first.at;
  if (!owner && /[\u4e00-\u9fff]/.test(text.slice(Math.max(0, nameEnd - 4), nameEnd)) && LATIN_NAME.test(first.text)) {
    const edge = leftEdge(text, nameEnd, 10, state.protect);
    // A foreign country inside the walk opens the name (大多来自德国|埃马克（EMAG）).
    const country = countryInside(text.slice(edge.start, nameEnd));
    if (country > 0) edge.start += country;
    const name = text.slice(edge.start, nameEnd);
    // A known company opening the brackets (通用家电（GE Appliances）) vouches for a Chinese name a common word opens.
    const knownHead = !known && sureStarts(state).has(first.at);
    // (a line of business glossed by its brand, 照明业务（GE Lighting）: the brand is the company, not the business)
    if (!/[\u4e00-\u9fff]/.test(name) || /业务$/.test(name)) return;
    if (!(isNameLike(name) || (knownHead && name.length > 2 && !isNotCompany(name)))) return;
    const sure = known || knownHead || (isDescriptor(edge.stop) && /[a-z]/.test(first.text));
    if (!sure && !looksLikeFirm(state, edge.start, name, first.text, paren.close + 1)) return;
    addCandidate(state, edge.start, nameEnd, TIER.rule);
    addName(state, name, false, TIER.rule);
    owner = { start: edge.start, latin: false };
  }
  // The mirror: a Latin name before a Chinese name this article knows (Noble Leaf（贵叶茶）).
  if (!owner && HAN_NAME.test(first.text) && (known || state.names.has(first.text))) {
    const start = capitalRunStart(text, nameEnd, 4);
    if (start < nameEnd && isNameLike(text.slice(start, nameEnd))) {
      addCandidate(state, start, nameEnd, TIER.rule);
      owner = { start, latin: true };
    }
  }
  if (!owner) return;
  // (a word made of the name's syllables is matched against the whole capitalised run, which a shorter name found
  // inside it may leave out: Vietnam National Textile and Garment Group (Vinatex))
  const alt = owner.latin
    ? HAN_NAME.test(first.text) ||
      isAcronymOf(first.text, text.slice(owner.start, nameEnd)) ||
      (/^[A-Z][a-z]/.test(first.text) &&
        isAcronymOf(first.text, text.slice(capitalRunStart(text, nameEnd, 8), nameEnd)))
    : LATIN_NAME.test(first.text);
  // (two capitals only as the initials of the name: Canadian National Railway Co. (CN))
  const short = /^[A-Z]{1,2}$/.test(first.text) && !(owner.latin && first.text.length === 2);
  if (!alt || isNotCompany(first.text) || TICKER.test(first.text) || short) return;
  addCandidate(state, first.at, first.at + first.text.length, TIER.known);
  addName(state, first.text, false, TIER.known);
}

const CODE_BEFORE = /[（(][1-9]\d{3}[）)][、和与及][\u4e00-\u9fff]{2,4}(?:-KY)?$/;
const CODE_AFTER = /^[、和与及]([\u4e00-\u9fff]{2,4}(?:-KY)?)[（(][1-9]\d{3}[）)]/;

/** True when the name ending at `nameEnd` is an item of a list whose item before or after is a company with its code. */
function inCodeList(text: string, nameEnd: number, close: number, ends: ReadonlyMap<number, unknown>): boolean {
  const before = CODE_BEFORE.exec(text.slice(Math.max(0, nameEnd - 14), nameEnd));
  if (before && ends.has(nameEnd - before[0].length)) return true;
  const after = CODE_AFTER.exec(text.slice(close + 1, close + 14));
  // (a foreign-registered firm's listing is one whoever found it: 聯亞（3081）、眾達-KY（4977）)
  if (after && (ends.has(close + 2 + after[1].length) || after[1].endsWith('-KY'))) return true;
  // (or a list of named codes that says it names stocks: 晶華（2707）、國賓（2704）等觀光股)
  let at = close + 1;
  for (let m = CODE_AFTER.exec(text.slice(at, at + 14)); m; m = CODE_AFTER.exec(text.slice(at, at + 14)))
    at += m[0].length;
  return STOCKS_AFTER.test(text.slice(at, at + 16));
}
// (or 在内的: 包括国宾（2704）、六福（2705）在内的多家上市柜饭店股)
const STOCKS_AFTER = /^(?:等[\u4e00-\u9fff]{0,4}|在内的[\u4e00-\u9fff]{0,8}?)(?:股|个股|公司|厂商)/;

/** How often `word` occurs in the text (up to 4: enough to tell a name used again and again), once per word. */
function countOf(state: CompanyState, word: string): number {
  state.brandCounts ??= new Map();
  let n = state.brandCounts.get(word);
  if (n === undefined) state.brandCounts.set(word, (n = countUpTo(state.text, word, 4)));
  return n;
}

// Legal and group words an acronym may leave out (Advanced Micro Devices Inc. → AMD).
const LEGAL_WORD =
  /^(?:Inc|Corp|Co|Ltd|LLC|LP|plc|PLC|SE|AG|NV|N\.V|SA|S\.A|PT|Tbk|Group|Holdings?|Company|Corporation|Limited)\.?,?$/;

/**
 * True when `acronym` abbreviates the English name before its brackets (Saudi Basic Industries Corp. (SABIC),
 * Taiwan Semiconductor Manufacturing Co. (TSMC)): the initials of its words, legal words aside, in order.
 * A bare ticker (Apple Inc. (AAPL), Nvidia Corp. (NVDA)) is not: a one-word name has no initials to match.
 */
function isAcronymOf(acronym: string, name: string): boolean {
  // (or initials then a word of the name: Valderama Power Corp. → VPower)
  const blend = /^([A-Z]{1,2})([A-Z][a-z]{2,})$/.exec(acronym);
  if (blend) {
    const words = name.split(/\s+/).filter((w) => /^[A-Z]/.test(w) && !LEGAL_WORD.test(w));
    const at = words.indexOf(blend[2]);
    return at === blend[1].length && words.slice(0, at).every((w, i) => w[0] === blend[1][i]);
  }
  // (or one word made of the starts of its words: Vietnam National Textile and Garment Group → Vinatex, Petróleo
  // Brasileiro → Petrobras)
  if (/^[A-Z][a-z]{4,11}$/.test(acronym)) return bySyllables(acronym.toUpperCase(), name);
  if (!/^[A-Z][A-Z&]{1,5}$/.test(acronym)) return false;
  const initials = name
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w) && !LEGAL_WORD.test(w))
    .map((w) => w[0]);
  if (initials.length < 2 || initials[0] !== acronym[0]) return false;
  // every initial in order, or the acronym is the name's first initials (Canadian National Railway → CN)
  let k = 0;
  for (const ch of acronym) if (ch === initials[k]) k++;
  return k === initials.length || (k === acronym.length && k >= 2) || bySyllables(acronym, name);
}

/**
 * True when an acronym is made of the starts of the name's words, in order, from two words or more (Egyptian
 * Natural Gas Holding Co. → EGAS: E-gyptian, GAS), not one word's letters (Nvidia → NVDA, a ticker).
 */
function bySyllables(acronym: string, name: string): boolean {
  const words = name
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w) && !LEGAL_WORD.test(w))
    .map((w) => w.toUpperCase());
  if (words.length < 2 || acronym[0] !== words[0][0]) return false;
  // each word gives a prefix of itself (one letter at least) or nothing; tried longest first, a few words only
  const fits = (a: number, k: number, used: number): boolean => {
    if (a === acronym.length) return used >= 2;
    if (k >= words.length || k > 5) return false;
    const w = words[k];
    let n = 0;
    while (a + n < acronym.length && n < w.length && w[n] === acronym[a + n]) n++;
    for (let p = n; p >= 1; p--) if (fits(a + p, k + 1, used + 1)) return true;
    return k > 0 && fits(a, k + 1, used);
  };
  return fits(0, 0, 0);
}

/**
 * True when a Chinese name and the Latin name in brackets after it (伊莱克斯（Electrolux）, 皮尔巴拉矿业（Pilbara
 * Minerals）, 上海有色网（SMM）) read as a firm with no descriptor before it: the Latin side holds an industry word,
 * or is one coined word (not a given name or place) after a transliteration, or an acronym of a Chinese name
 * ending in an industry word. A person's name in that shape (马斯克（Elon Musk）, CEO黄仁勋（Jensen)) is not.
 */
function looksLikeFirm(state: CompanyState, start: number, zh: string, latin: string, after: number): boolean {
  const w = companyWords();
  const { text } = state;
  if (
    zh.includes('·') ||
    wordEndingAt(text, start, w.personTitles) ||
    wordStartingAt(text, start + zh.length, w.personAfter)
  )
    return false;
  // a mine, a field or a project named before what it is (西芒杜（Simandou）铁矿项目) is no firm
  if (PROJECT_AFTER.test(text.slice(after, after + 4))) return false;
  // nor a class of ship or machine (海岬型船（Capesize）, 巴拿马型（Panamax）)
  if (/[型级][船舰机车]?$/.test(zh)) return false;
  const words = latin.split(' ');
  if (words.some((t) => w.enIndustry.has(t)) && !w.enGiven.has(words[0])) return true;
  // What the text says next: an actor's verb or a data source's (雅保（Albemarle）则宣布, X（SMM）数据显示).
  const acts = ACTS_AFTER.test(text.slice(after, after + 5));
  // A foreign country before it (来自德国埃马克（EMAG）): a foreign firm's Chinese name and its own.
  const foreign = afterCountry(text, start);
  // (a technique glossed by its acronym is a term: 面板级封装（FOPLP）, 先进制程（FinFET）)
  if (/^[A-Z]{2,5}$/.test(latin))
    return zh.length > 2 && !TECH_TERM.test(zh) && (acts || foreign || wordEndingAt(zh, zh.length, w.zhIndustry) > 0);
  return (
    words.length === 1 &&
    // a brand glossed by one Latin word is short (伊莱克斯（Electrolux）); a long run is a phrase (…出席这两天肉肉(Hero))
    zh.length <= 6 &&
    /^[A-Z][a-z]{3,}[A-Za-z]*$/.test(latin) &&
    !w.enGiven.has(latin) &&
    !w.enGenericFirst.has(latin) &&
    !w.enFunction.has(latin) &&
    // A dictionary word glossed in English is a term (芯片（Chip）) unless it acts like a firm.
    (acts || foreign || !isDictWord(zh))
  );
}

const PROJECT_AFTER = /^(?:[\u4e00-\u9fff]?(?:铁矿|铜矿|金矿|锂矿|矿山|矿区|油田|气田)|项目)/;
const POLICY_END =
  /(?:贷款|工具|计划|政策|机制|目录|方案|项目|工程|规定|办法|通知|意见|标准|协议|条例|债券|票据|存单|融券|共同体|安排|互认|互通|合作|采购|集采|招标|补贴|补助|合同|证书|凭证|配额|指标|额度|[至到][\u4e00-\u9fff]{1,4}段|路段|高速公路|铁路|公路)$/;
const BODY_BEFORE_ACRONYM = /(?:小组|协会|委员会|联盟|联合会|商会|工作组|理事会|学会|研究会|计划|计画|项目|倡议)$/;
const TECH_TERM =
  /(?:封装|工艺|技术|制程|架构|协议|标准|准则|算法|规范|指数|系统|模型|模块|装置|设备|周期|时间|指标|支持证券|支持票据|票据|债券|率|价)$/;

const ACTS_AFTER =
  /^(?:则|也|已|曾|还|宣布|公布|发布|暂停|计划|此前|近日|日前|(?:的)?(?:数据|报告|统计|研报)显示|预计|股价|旗下)/;

/** The Chinese name right before a code: a stock short name is at most about six characters. */
function hanNameBefore(state: CompanyState, end: number): number {
  const edge = leftEdge(state.text, end, 12, state.protect);
  const len = end - edge.start;
  if (len <= 6) return edge.start;
  // (a longer name where its last four characters are no name alone: 美丽田园|医疗健康（02373.HK）)
  if (len <= 8 && !isNameLike(state.text.slice(end - 4, end))) return edge.start;
  return end - 4;
}

// Keyed by the candidate list itself: a filtered (new) list gets a fresh index.
const sureIndex = new WeakMap<object, { seen: number; starts: Set<number> }>();

/** Where the sure (not ambiguous) candidates start, brought up to date incrementally: no scan of every candidate per bracket. */
function sureStarts(state: CompanyState): Set<number> {
  const { candidates } = state;
  let index = sureIndex.get(candidates);
  if (!index) sureIndex.set(candidates, (index = { seen: 0, starts: new Set() }));
  for (; index.seen < candidates.length; index.seen++)
    if (!candidates[index.seen].ambiguous) index.starts.add(candidates[index.seen].start);
  return index.starts;
}

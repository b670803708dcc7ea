/**
 * Full legal names: Chinese names ending in a legal suffix (…股份有限公司, …合伙企业（有限合伙）, …公司) and
 * English names ending in a legal form (Inc., Corp., plc, & Co). Each also yields the short names the
 * article will use for it (广东领益智造股份有限公司 → 领益智造; Stratavale Software Inc. → Stratavale).
 */
import {
  deriveEnShortNames,
  deriveZhShortNames,
  distinctivePart,
  isNameLike,
  isNotCompany,
  leftEdge,
} from './company-edges';
import { type Candidate, type CompanyState, TIER, addCandidate, addName } from './company-state';
import { isAsciiAlnum, isHan, isJoiner } from './company-text';
import {
  companyWords,
  isDescriptor,
  isFuturesUnderlying,
  stripPlace,
  wordEndingAt,
  wordStartingAt,
} from './company-words';
import { allDictWords, isDictWord } from './zh-segment';
import { lexiconNameSet } from './lexicon/companies';
import { givenNameGender } from './lexicon/given-names-en';
import { firstAtOrAfter } from './sorted';

// Longest forms first so that 股份有限公司 wins over 有限公司 at the same end (株式会社: a Japanese company's; 专业合作社:
// a farmers' cooperative, a business of its members). Partnerships and professional
// firms keep their partnership marker. A bare 公司 after 母/子/本/该… is a common noun (母公司, 该公司).
const ZH_LEGAL =
  /股份有限公司|有限责任公司|有限公司|股份公司|集团公司|株式会社|专业合作社|(?:合伙企业|律师事务所|会计师事务所)(?:[（(](?:有限|特殊普通|普通)合伙[）)])?|(?<![有限份团母子总本该贵我其])公司/g;

/** Chinese legal names, found from their suffix back to a sensible start. */
export function findZhLegalNames(state: CompanyState): void {
  const { text } = state;
  const w = companyWords();
  // The shorter starts of the names firms define for themselves (澜江机场 → 澜江, 澜江机), and which words the
  // article uses as a place: each looked up once per text, not once per legal name.
  const aliasHeads = new Set<string>();
  if (text.includes('简称'))
    for (const m of text.matchAll(DEFINED_ALIAS))
      for (let k = 2; k < m[1].length; k++) aliasHeads.add(m[1].slice(0, k));
  const places = new Map<string, boolean>();
  const isPlace = (name: string) => {
    let place = places.get(name);
    if (place === undefined) places.set(name, (place = usedAsPlace(text, name)));
    return place;
  };
  // The names found so far that are sure, by where they end: read as candidates are added (a scan of every candidate
  // for each legal suffix would be quadratic on a long page).
  const knownEnding = new Map<number, Candidate[]>();
  let indexed = 0;
  const knownEndingAt = (p: number): readonly Candidate[] => {
    for (; indexed < state.candidates.length; indexed++) {
      const c = state.candidates[indexed];
      if (c.ambiguous) continue;
      const list = knownEnding.get(c.end);
      if (list) list.push(c);
      else knownEnding.set(c.end, [c]);
    }
    return knownEnding.get(p) ?? [];
  };
  ZH_LEGAL.lastIndex = 0;
  for (let m = ZH_LEGAL.exec(text); m; m = ZH_LEGAL.exec(text)) {
    const suffixStart = m.index;
    const end = suffixStart + m[0].length;
    const bare = m[0] === '公司';
    // A professional firm's suffix is a common noun too (多家会计师事务所): its name must look like one.
    const firm = m[0].includes('事务所');
    const edge = leftEdge(text, suffixStart, bare ? 10 : 30, state.protect);
    let start = edge.start;
    // …和上海迈环… : a name after a joining character and a place starts at the place (and after a preposition:
    // 以|安徽淮醇酒业股份有限公司的核心单品为例).
    for (let i = suffixStart - 2; i > start; i--) {
      const c = text.charCodeAt(i - 1);
      if (
        (c === 0x548c || c === 0x53ca || c === 0x4e0e || c === 0x3001 || PREPOSITIONS.includes(text[i - 1])) &&
        wordStartingAt(text, i, w.places)
      ) {
        start = i;
        break;
      }
    }
    // (以 opening 以X为例 is the preposition: 以|东澜银行股份有限公司（…）为例)
    if (text[start] === '以' && start + 1 < suffixStart && EXAMPLE_AFTER.test(text.slice(end, end + 40))) start++;
    start = afterKnownName(state, start, suffixStart);
    const beforePlace = start;
    start = placeStart(text, start, suffixStart);
    // A group's known name right before a province or city is the group's unit there (国网|江苏省电力有限公司).
    // (after a joiner the walk took in too: 和|国网|陇山县供电公司)
    if (start > beforePlace) {
      const group = knownEndingAt(start).find((c) => c.start >= beforePlace);
      if (group && (group.start === beforePlace || /^[和与及、]$/.test(text.slice(beforePlace, group.start))))
        start = group.start;
    }
    // A known name, a word that stops the walk, then industry words only (杭州毛球|同行|企业管理合伙企业): the
    // stop word is inside the name, which opens with the known name.
    // (not a joiner: 中国建设银行|和|重庆农村商业银行股份有限公司 are two banks)
    if (
      !bare &&
      edge.stop &&
      !(edge.stop.length === 1 && isJoiner(edge.stop.charCodeAt(0))) &&
      start === edge.start &&
      !distinctivePart(text.slice(start, suffixStart))
    ) {
      const at = start - edge.stop.length;
      for (let k = Math.max(0, at - 8); k <= at - 2; k++)
        if (state.names.has(text.slice(k, at)) || state.candidates.some((c) => c.start === k && c.end === at)) {
          start = k;
          break;
        }
    }
    const core = text.slice(start, suffixStart);
    // A Latin name with a Chinese or Japanese legal suffix (Yunto Japan株式会社, Zenith Tech有限公司): its capitalised words.
    if (!bare && /^[A-Za-z]+$/.test(core) && text.charCodeAt(start - 1) === 32) {
      const latin = capitalRunStart(text, suffixStart, 4);
      if (latin < start && /^[A-Z]/.test(text[latin])) addCandidate(state, latin, end, TIER.legal);
      continue;
    }
    if (core.length < 2 || /^[A-Za-z]+$/.test(core) || !/[\u4e00-\u9fff]/.test(core)) continue;
    // (no name opens with a bracket: …有限公司（人保财险）新疆分公司 is the unit of the name before)
    if (bare && /^[（(]/.test(core)) continue;
    // (a bare 公司 after a known name is that name's, found with it: 自己会考虑改用|港铁|公司)
    if (
      bare &&
      start < suffixStart - 2 &&
      [...knownEndingAt(suffixStart), ...knownEndingAt(end)].some(
        // (not a country or a place before it: 美国礼来公司 is one name)
        (c) => c.start > start && !wholePlace(text.slice(start, c.start)),
      )
    )
      continue;
    // A bare 公司 needs a name that starts at a real boundary, not where the walk ran out (沈|毅直接…控制公司).
    if (bare && !edge.stop && isHan(text.charCodeAt(start - 1))) continue;
    if (bare ? !bareNameOk(text, core, edge.stop, end) : w.notCompany.has(core) || (firm && !isNameLike(core)))
      continue;
    // Industry words alone before the suffix name no firm (据|数据科技有限公司), unless a place opens them (中国石油天然气).
    if (!bare && !distinctivePart(core) && !wordStartingAt(core, 0, w.regions)) continue;
    // (an exchange is no company, whatever its legal form: 香港联合交易所有限公司)
    if (core.endsWith('交易所')) continue;
    // (nor a cooperative of a crop alone: 一家柑橘|专业合作社)
    if (m[0] === '专业合作社' && stripPlace(core).length < 4) continue;
    addCandidate(state, start, end, bare ? TIER.known : TIER.legal);
    // The alias the firm defines right after its legal name (…机场股份有限公司（以下简称“海州机场”）).
    const alias = text.charCodeAt(end) === 0xff08 ? OWN_ALIAS.exec(text.slice(end, end + 24))?.[1] : undefined;
    for (const name of deriveZhShortNames(core, firm)) {
      // A facility's name left once the legal form is off (海州国际机场, and 海州国际 in it) is the facility where
      // the firm goes by an alias of its own: the airport its passengers pass through, not the listed operator.
      if (alias && alias !== name && FACILITY_END.test(core)) continue;
      // A name a firm defines for itself (…有限公司（以下简称“澜江机场”）) is how the article names it: a shorter
      // part of it that the article uses as a place (在澜江运营, 晋北地区) is the city it is named after.
      if (aliasHeads.has(name) && isPlace(name)) continue;
      // (so is an ordinary word for a region the article uses as one: 北方能源投资集团 … 北方地区)
      if (name.length === 2 && isDictWord(name) && isPlace(name)) continue;
      // (and a head the article uses as a place, a scenic area among them: 黄山|旅游发展 … 黄山风景区)
      if (name.length <= 3 && core.startsWith(name) && isPlace(name)) continue;
      // What is left once a place is taken off is no short name when it is one ordinary word (中国|卫星网络集团 →
      // no 卫星, 中国|移动通信集团 → no 移动; 上海|中华印刷 keeps 中华印刷): the place was the distinctive part.
      if (!core.startsWith(name) && isDictWord(name)) continue;
      // (nor a commodity the firm is named for: 海南|天然橡胶|产业集团 → no 天然橡胶)
      if (isFuturesUnderlying(name)) continue;
      if (allDictWords(name) && sectorUse(state, name, core)) continue;
      addName(state, name, true, TIER.known);
    }
  }
  // A county's or city's rural credit cooperative, named by its place (清河县农村信用合作联社, 澜州市城郊农村信用合作
  // 联社): a legal entity with a name of its own; not one described (县级农村信用合作联社, 当地农村信用合作联社)
  if (text.includes('农村信用合作联社'))
    for (const m of text.matchAll(CREDIT_COOP)) addCandidate(state, m.index, m.index + m[0].length, TIER.legal);
}
const CREDIT_COOP =
  /(?<=^|[\s，。、；：（）“”「」的])(?![由为是在从与和及等原该各全每多当])[\u4e00-\u9fff]{1,4}(?:省[\u4e00-\u9fff]{1,4})?[县市区](?:[\u4e00-\u9fff]{2})?农村信用合作联社/g;

/**
 * True when the article writes `name` as a place: before 地区/市/省/一带/当地/边检, or twice after 在/到/从/赴
 * (once is as often a firm: 在恒川每年能多拿1万多元).
 */
function usedAsPlace(text: string, name: string): boolean {
  let located = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if ('在到从赴'.includes(text[at - 1] ?? '') && ++located >= 2) return true;
    if (PLACE_WORD_AFTER.test(text.slice(at + name.length, at + name.length + 3))) return true;
  }
  return false;
}
const PLACE_WORD_AFTER = /^(?:地区|市|省|一带|当地|边检|本地|全市|全省|风景区|景区)/;
const DEFINED_ALIAS = /简称[:：]?[“"「]([^”"」]{2,12})[”"」]/g;
const PREPOSITIONS = '以对向由从被';
const EXAMPLE_AFTER = /^(?:[（(][^）)\n]{0,30}[）)])?为例/;
const OWN_ALIAS = /^（(?:以下)?简称[:：]?[“"「]([^”"」]{2,12})[”"」]/;
const FACILITY_END = /(?:机场|港口|码头|高速|隧道|大桥)$/;

// What follows a phrase the article uses for a sector (低空经济|产业链, 跨境电商|平台, 低空经济|平台公司).
const SECTOR_AFTER = /^(?:产业链|产业|链|行业|赛道|领域|板块|概念|平台|企业|公司)/;

/**
 * Whether the article uses `name`, a short form of the legal name `core` made of dictionary words only
 * (合肥|低空经济|产业发展有限公司 → 低空经济), for a sector elsewhere: in quotation marks, or before a sector word
 * that does not continue the legal name. Then the short form is no company's name. Memoised per name.
 */
function sectorUse(state: CompanyState, name: string, core: string): boolean {
  const memo = (state.sectorUse ??= new Map<string, boolean>());
  const known = memo.get(name);
  if (known !== undefined) return known;
  const { text } = state;
  const rest = core.slice(core.indexOf(name) + name.length, core.indexOf(name) + name.length + 2);
  let used = false;
  for (let at = text.indexOf(name), n = 0; at >= 0 && n < 40 && !used; at = text.indexOf(name, at + name.length), n++) {
    const after = text.slice(at + name.length, at + name.length + 3);
    if (rest && after.startsWith(rest)) continue;
    used = SECTOR_AFTER.test(after) || (text[at - 1] === '“' && after[0] === '”');
  }
  memo.set(name, used);
  return used;
}

/**
 * A legal name that starts with a name this article already gave, then other words, then a place
 * (恒澈新材|主要借助|宁波澈川贸易有限公司): the walk ran past a sentence's subject; the name starts at the place.
 */
function afterKnownName(state: CompanyState, start: number, end: number): number {
  const { text, names } = state;
  let k = 0;
  for (let l = Math.min(8, end - start - 4); l >= 2 && !k; l--)
    if (names.has(text.slice(start, start + l))) k = start + l;
  if (!k) return start;
  const { places } = companyWords();
  // Over words only: a place in brackets is part of the name (澜澈新材料科技（上海）有限公司).
  for (let i = k + 1; i < end - 2 && isHan(text.charCodeAt(i - 1)); i++) if (wordStartingAt(text, i, places)) return i;
  return start;
}

// 市 in a word of its own (城市, 上市, 超市), not a city's unit.
const CITY_WORD = /^(?:城|都|上|超|股|楼|车|门|夜)市/;
// (nor 市 of a market, 德兴超级市场集团有限公司)
const MARKET_WORD = /^市(?:场|集|值)/;

/**
 * Where a name holding a city or province (岳溪市, 浙江省) starts: at that place, when the words before it are
 * not a place too (要求|岳溪市城市建设投资集团, 担保方|岳溪市交通发展集团; 浙江省杭州市… stays whole).
 */
const APPOSED_KIND = /^(?:基金|公司|平台|主体)$/;

/** True when `s` is one place or region word (美国, 上海市). */
function wholePlace(s: string): boolean {
  const { places, regions } = companyWords();
  const n = wordStartingAt(s, 0, places) || wordStartingAt(s, 0, regions);
  return n > 0 && (n === s.length || (n === s.length - 1 && '省市区县'.includes(s[n])));
}

function placeStart(text: string, start: number, end: number): number {
  const { places } = companyWords();
  if (wordStartingAt(text, start, places)) return start;
  // a fund or firm named before it in apposition (首期基金|杭州澄川创业投资合伙企业): the name starts at its place
  for (let i = start + 2; i < end - 3; i++)
    if (APPOSED_KIND.test(text.slice(i - 2, i)) && wordStartingAt(text, i, places)) return i;
  for (let i = start + 3; i < end - 2; i++) {
    if (
      !'省市县'.includes(text[i]) ||
      CITY_WORD.test(text.slice(i - 1, i + 1)) ||
      MARKET_WORD.test(text.slice(i, i + 2))
    )
      continue;
    const at = i - (wordEndingAt(text, i, places, start) || 2);
    return at > start ? at : start;
  }
  return start;
}

// A verb that takes "the company" as its object (合计控制|公司41%的表决权, 分别占|公司当年利润): no name before it.
const VERB_BEFORE_BARE =
  /(?:控制|占|持有|收购|入股|加入|离开|退出|影响|支持|成为|看好|起诉|要求|通知|给予|拖累|贱卖|出卖|卖掉|变卖|比|较|跟|贡献|维持|下调|上调|调降|调升)$/;

// Modal and linking words of a clause, never inside a name (足以覆盖|公司, 可以帮助|公司), nor verbs taking the firm as
// their object (可拨打|公司服务热线, 周建国承认|公司…).
const CLAUSE_WORDS =
  /足以|可以|能够|已经|正在|需要|尚需|仍需|还需|用于|导致|使得|帮助|覆盖|满足|拨打|致电|承认|否认|关注|形容|引用/;

// 公司 right before these is a noun of its own (公司债券, 公司法), not the end of a name.
const NOT_AFTER_BARE = /^(?:债|法|章程|治理|制度)/;

/**
 * A name before a bare 公司 (艾伦西斯治疗公司) is too easily a phrase (存续公司, 可能对公司): it needs a
 * distinctive part of four characters, or a descriptor before it, or a parenthesis after it.
 */
const KIND_THEN_NAME = /^[\u4e00-\u9fff]{1,8}\0(?:股份)?有限(?:责任)?公司/;
function bareNameOk(text: string, core: string, stop: string, end: number): boolean {
  if (
    !isNameLike(core) ||
    NOT_AFTER_BARE.test(text.slice(end, end + 2)) ||
    (core.length > 4 && VERB_BEFORE_BARE.test(core)) ||
    CLAUSE_WORDS.test(core) ||
    // a share of firms (约一成|公司, 半数|公司) names none
    /(?:[一二三四五六七八九两十]成|半数|多数|少数|部分)$/.test(core) ||
    // an affiliation names a group of firms (城商行系理财|公司, 外资系|公司), not one (系统 is a word of its own)
    /系(?![统列])/.test(core) ||
    // an occasion names where a firm stood, not the firm (听证会上|燃气公司, 发布会上…)
    /(?:会|论坛|仪式|现场)上/.test(core) ||
    // A measure word after 这/那 opens a noun phrase, not a name (这|笔首付款…公司).
    (/^[这那该此每]$/.test(stop) && /^[笔个项次份批位件]/.test(core)) ||
    // kinds of firms joined (流向|科技和新经济|公司; 科技同新經濟公司 as Hong Kong writes it)
    (/^[\u4e00-\u9fff]{2}[和与及同跟][\u4e00-\u9fff]{2,4}$/.test(core) && isDictWord(core.slice(0, 2))) ||
    // a kind of firm or branch (以机构业务为主的综合型|分公司, 科技型|公司)
    /型分?$/.test(core) ||
    // the kind of firm the next name is (按揭转介公司|安居按揭转介有限公司): that name holds the kind again
    KIND_THEN_NAME.test(text.slice(end, end + core.length + 14).replace(core, '\0'))
  )
    return false;
  if (distinctivePart(core).length >= 4 && !allDictWords(core)) return true;
  // A descriptor or a parenthesis vouches for a coined name, not for a run of ordinary words (平台|合计控制公司).
  return (isDescriptor(stop) || /^[（(]/.test(text.slice(end, end + 1))) && !allDictWords(core);
}

// (Corporation before a body's word is the body's: the Virginia State Corporation Commission)
// Abbreviations take their period (Intel Corp.); whole words and codes do not (Barclays plc. ends a sentence); Bhd
// only where the sentence goes on after it (Tenaga Nasional Bhd. said).
// (a whole word may run into a percentage in Chinese text: 收购Haustierwerk GmbH80%的股权)
const EN_SUFFIX =
  /(,? )(?:(SGPS,? S\.A|S\.A\.C|S\.A\.E|S\.A\.B\. de C\.V|S\.A\. de C\.V|S\.p\.A|S\.r\.l|Inc|Corp|Cos|Co|Ltd|Ltda|L\.P|S\.A|N\.V|B\.V|N\.A|K\.K|Pte|T\.A\.Ş|T\.A\.S|A\.S|A\.Ş|A\.O|Kft|Zrt|Nyrt|Sdn\. Bhd|Bhd(?=\.,? [a-z])|[Ss]p\. z o\.o|a\.s|a\.d|d\.d|s\.r\.o|S\.à r\.l)(?![\w-])\.?|(SA\/NV|SGPS|SGR|& Cie|eGen|eG|GmbH & Co\. KGaA|GmbH & Co\. KG|PartG mbB|Partnerschaft mbB|mbB(?<=[a-z] mbB)|SAB de CV|SA de CV|SAB|A\/S|AS(?<=[a-z] AS)|LLC|LLP|LP|plc|Plc|PLC|PJSC|OJSC|JSC|SAOG|SAOC|QPSC|QSC|BSC|AG|SE|SAS|SA|NV|GmbH|SpA|Sàrl|SARL|AB|ASA|Oyj|Oy|Bhd|Berhad|Tbk|Pcl|PCL|TFI|Limited|Corporation(?! (?:Commission|Board|Authority|Council|Agency|Department)\b)|Company|Group|Holdings|Holding|Incorporated|(?:Asset|Investment|Capital|Fund|Wealth) Management)(?![A-Za-z_-]|\d(?![\d.]*%)))/g;

/** Characters of an English name token: letters, digits, ' ’ . & - */
function isTokenChar(c: number): boolean {
  return (
    isAsciiAlnum(c) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1e00 && c <= 0x1eff) ||
    c === 39 ||
    c === 0x2019 ||
    c === 46 ||
    c === 38 ||
    c === 45
  );
}

/** True for a token that can be part of an English company name (capitalised, a number, eBay, or '&'). */
function isNameToken(tok: string): boolean {
  if (tok === '&') return true;
  // (an Italian article elided before a capital: Banca Popolare dell'Adriatico)
  if (ELIDED_ARTICLE.test(tok)) return true;
  // (a capital with a diacritic opens one too: Westnetz Übertragung GmbH, Électricité)
  // (and Vietnamese letters inside: Nông Nghiệp Xanh JSC; a Czech capital: ČEZ a.s.)
  if (!/^[A-Za-z0-9\u00c0-\u00de\u0100-\u024f][\w\u00c0-\u024f\u1e00-\u1eff'’.&-]*$/.test(tok)) return false;
  return /^[A-Z0-9\u00c0-\u00de]/.test(tok) || /^\p{Lu}/u.test(tok) || /^[a-z][A-Z]/.test(tok);
}

// (and y/e joining two words of a Spanish or Portuguese name: Sociedad Química y Minera de Chile; und of a German one:
// KiK Textilien und Non-Food GmbH; ve of a Turkish one: Marmara Soğutma Sanayi ve Ticaret A.Ş.)
const NAME_PARTICLE = /^(?:de|da|do|dos|das|di|del|della|delle|dello|dei|degli|van|von|der|den|la|le|y|e|und|ve)$/;
const ELIDED_ARTICLE = /^(?:dell|dall|all|nell|sull|d|l)['’]\p{Lu}\p{Ll}+$/u;
// a partner's surname before a comma, itself after a comma or a role (…bank Tudor, Pickering,)
const PARTNER_BEFORE = /(?:^|, |\s[a-z]+ )[A-Z][a-z]+$/;
const PLACE_ADJECTIVE = /-(?:based|listed|owned|backed|born|headquartered|registered|controlled|area)$/;

// Trades that end names only after another (Ports and Airports): not industry words of their own, which a short name
// would lose (Abu Dhabi Airports Co. is not Abu Dhabi).
const TRADE_AFTER_AND = /^(?:Airports|Harbours|Harbors|Docks|Pipelines|Warehouses|Marinas)$/;

/**
 * The start of the run of capitalised tokens that ends at `end` (one space between tokens, at most
 * `maxTokens`), leading sentence words dropped (Under, The). Returns `end` when there is none.
 * 'of' joins tokens only after Bank (Bank of America).
 */
export function capitalRunStart(text: string, end: number, maxTokens = 6): number {
  const w = companyWords();
  const tokens: string[] = [];
  const starts: number[] = [];
  let p = end;
  let partners = 0;
  while (tokens.length < maxTokens && p > 0) {
    let q = p;
    while (q > 0 && isTokenChar(text.charCodeAt(q - 1)) && p - q < 30) q--;
    const tok = text.slice(q, p);
    // "and" between industry words belongs to the name (Kaveri Ports and Logistics Ltd., Sarthak Ports and Airports
    // Ltd.), not between two names (Apple and Samsung Electronics Co.: "Samsung" is no industry word; Corvair Airways
    // and Tallis Airlines).
    const left = tok === 'and' && tokens.length ? text.slice(text.lastIndexOf(' ', q - 2) + 1, q - 1) : '';
    if (left && w.enIndustry.has(left) && tokens.every((t) => w.enIndustry.has(t) || TRADE_AFTER_AND.test(t))) {
      tokens.unshift(tok);
      starts.unshift(q);
      p = q - 1;
      continue;
    }
    // "Ohio-based", "Paris-listed" say where a name is from; the name starts after them.
    // (of, and the particles of Romance and Germanic names: Gestora de Recursos, Banco do Brasil, van Lanschot)
    if (!tok || !(isNameToken(tok) || tok === 'of' || NAME_PARTICLE.test(tok)) || PLACE_ADJECTIVE.test(tok)) break;
    // A word with a final period ends the sentence before the name (…Capital. Corvane shares); J.P., U.S. do not.
    // So does a number ($5.50. Its shares …).
    // (nor Bros., an abbreviation inside names: Warner Bros. Discovery Inc.)
    if (/\d\.$/.test(tok) || (tokens.length && /^[\p{L}0-9&'’-]{2,}\.$/u.test(tok) && tok !== 'Bros.')) break;
    // A place's possessive says where the name is from (Finland's Kone Oyj): the name starts after it.
    // (so does a known firm's: Scania, owned by Volkswagen's Traton SE)
    if (
      tokens.length &&
      /['’]s$/.test(tok) &&
      (w.enGenericFirst.has(tok.slice(0, -2)) ||
        lexiconNameSet().has(tok.slice(0, -2)) ||
        // (a two-word place too: Abu Dhabi's Gulf Meridian Capital LLC)
        w.enGenericFirst.has(`${/(\S+) $/.exec(text.slice(Math.max(0, q - 20), q))?.[1] ?? ''} ${tok.slice(0, -2)}`))
    )
      break;
    tokens.unshift(tok);
    starts.unshift(q);
    // (partners' one-word names joined by commas before "& Co.": Tudor, Pickering, Holt & Co.; not two firms, Goldman
    // Sachs, JPMorgan Chase & Co.)
    if (
      q > 2 &&
      text[q - 1] === ' ' &&
      text[q - 2] === ',' &&
      (tokens[1] === '&' || partners > 0) &&
      PARTNER_BEFORE.test(text.slice(Math.max(0, q - 24), q - 2))
    ) {
      partners++;
      p = q - 2;
      continue;
    }
    if (q === 0 || text[q - 1] !== ' ') break;
    p = q - 1;
  }
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === 'of' && !(i > 0 && (/^(Bank|Banco|Banque)$/.test(tokens[i - 1]) || knownWithOf(tokens, i))))
      first = i + 1;
  }
  while (
    first < tokens.length &&
    (w.enFunction.has(tokens[first]) || tokens[first] === '&' || NAME_PARTICLE.test(tokens[first]))
  )
    first++;
  return first < tokens.length ? starts[first] : end;
}

/** Where a known name with "and" in it starts, when it ends at `end` (Adani Ports and Special Economic Zone Ltd.). */
function knownAcrossAnd(text: string, start: number, end: number): number {
  if (!text.endsWith(' and ', start)) return start;
  const known = lexiconNameSet();
  let s = start - 5;
  for (let words = 0; words < 3 && s > 0; words++) {
    s = text.lastIndexOf(' ', s - 1) + 1;
    if (!/^[A-Z]/.test(text[s] ?? '')) break;
    if (known.has(text.slice(s, end))) return s;
    s--;
  }
  return start;
}

/** Whether the words around the `of` at `i` make a known name (Watches of Switzerland Group plc). */
function knownWithOf(tokens: readonly string[], i: number): boolean {
  const known = lexiconNameSet();
  for (let j = i + 2; j <= tokens.length; j++) if (known.has(tokens.slice(i - 1, j).join(' '))) return true;
  return false;
}

/** English legal names (Corvane Systems Inc., JPMorgan Chase & Co., Allensis Therapeutics, Inc.). */
const BRACKET_BEFORE_FORM = / \((?:Persero|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\)(?: Co\.)?$/;

// Legal forms only a firm has (not Group, Holdings or Company, which bodies use too: International Copper Study Group).
const IRISH_COUNTY =
  /^ (?:Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down|Dublin|Fermanagh|Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Longford|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary|Tyrone|Waterford|Westmeath|Wexford|Wicklow)\b/;
const STRONG_EN_FORM =
  /^(?:Inc|Corp|Ltd|Limited|LLC|LLP|plc|Plc|PLC|GmbH|AG|SpA|S\.p\.A|Corporation|Incorporated|Bhd|Berhad|Tbk|Pte|Pcl|PCL)$/;

/**
 * A state's deposit insurer or bad bank, whatever its legal form (Nigeria Deposit Insurance Corp., the Asset
 * Management Corporation of Nigeria): a body.
 */
const stateBody = (text: string, base: string, end: number): boolean =>
  /\bDeposit Insurance$/.test(base) || (base === 'Asset Management' && text.startsWith(' of ', end));

export function findEnLegalNames(state: CompanyState): void {
  const { text } = state;
  // A partnership named for its partners, commas and all (Skadden, Arps, Slate, Meagher & Flom LLP)
  if (text.includes('LLP') || text.includes('LLC')) {
    PARTNERS_NAME.lastIndex = 0;
    for (let m = PARTNERS_NAME.exec(text); m; m = PARTNERS_NAME.exec(text))
      addCandidate(state, m.index, m.index + m[0].length, TIER.legal);
  }
  EN_SUFFIX.lastIndex = 0;
  let known: KnownStarts | undefined;
  for (let m = EN_SUFFIX.exec(text); m; m = EN_SUFFIX.exec(text)) {
    const suffix = m[2] ?? m[3];
    // "X and Co." is a legal form of its own (Eli Lilly and Co.): the name is X.
    const and = /^Co(?:mpany)?$/.test(suffix) && text.startsWith(' and', m.index - 4) ? 4 : 0;
    // an Indonesian state firm's marker before its form (PT Bank Mandiri (Persero) Tbk), or a place in brackets
    // (Kessler Qingyun Software Technology (Shanghai) Co., Ltd.), belongs to the name
    const bracket = BRACKET_BEFORE_FORM.exec(text.slice(Math.max(0, m.index - and - 24), m.index - and));
    const nameEnd = m.index - and - (bracket ? bracket[0].length : 0); // end of the name before ", Inc."
    let start = capitalRunStart(text, nameEnd);
    // a trade before the name opening a sentence is no part of it (Planemaker Boeing Co., Chipmaker Intel Corp.)
    const trade = LEADING_TRADE.exec(text.slice(start, nameEnd));
    if (trade) start += trade[0].length;
    if (start >= nameEnd) continue;
    start = knownAcrossAnd(text, start, nameEnd);
    // (a known name the run was cut into starts the name: First| Solar Inc., First being a sentence word too)
    known ??= knownStarts(state);
    start = knownCovering(known, start, nameEnd);
    const base = text.slice(start, nameEnd).replace(/ &$/, '');
    // (a headline's amount in title case opens no name: ¥612 Billion Buyout Offer From Mitsui-Led Group)
    if (/^\d[\d,.]* (?:Billion|Million|Trillion)\b/.test(base)) continue;
    // (a sentence's end before them is no name's: …in nearby Hickory. Company spokeswoman …)
    if (/^(Group|Holdings|Holding|Company)$/.test(suffix) && /[a-z]\.$/.test(base)) continue;
    // (nor a body named for its subject: Purchaser Business Group on Health)
    if (
      /^(Group|Company)$/.test(suffix) &&
      / on [A-Z]/y.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5))
    )
      continue;
    // "Group", "Holdings", "Company" are ordinary words too: a lone generic word before them is no name.
    if (
      /^(Group|Holdings|Holding|Company)$/.test(suffix) &&
      (!/[A-Z].*[a-z]|[A-Z]{2}/.test(base) || companyWords().enGenericFirst.has(base))
    )
      continue;
    // (a body's ending before a strong legal form is a firm's word: Centaline Property Agency Ltd, Crown Agency Inc.)
    const strong = STRONG_EN_FORM.test(suffix);
    if (
      strong
        ? companyWords().notCompany.has(base) || stateBody(text, base, m.index + m[0].length)
        : isNotCompany(base) || isNotCompany(text.slice(start, m.index + m[0].length))
    )
      continue;
    // a given name with the surname Co is a person (Jaime Co, head of research at …)
    if (suffix === 'Co' && !m[0].includes('.') && givenNameGender(base)) continue;
    // Co. before an Irish county is the county's (Ringaskiddy, Co. Cork), not a firm's form
    if (suffix === 'Co' && IRISH_COUNTY.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    // a country as a company is a figure of speech (Japan Inc., China Inc.)
    if (companyWords().enGenericFirst.has(base) && !base.includes(' ')) continue;
    addCandidate(state, start, m.index + m[0].length, TIER.legal);
    // (an Indonesian firm's PT is no part of its short name: PT Sulawesi Mega Nikel Tbk → Sulawesi Mega Nikel)
    for (const name of deriveEnShortNames(base.replace(/^PT /, ''))) addName(state, name, false, TIER.known);
  }
  // An Indonesian firm by its PT alone (PT Indonesia Morowali Industrial Park): two to six capitalised words after it.
  if (text.includes('PT '))
    for (const m of text.matchAll(PT_NAME)) {
      const end = m.index + m[0].length;
      if (/^,? (?:Tbk|\(Persero\))/.test(text.slice(end, end + 12))) continue; // the legal form's own pass
      addCandidate(state, m.index, end, TIER.legal);
      for (const name of deriveEnShortNames(m[1])) addName(state, name, false, TIER.known);
    }
}

/** The sure lexicon names found so far, by start, for the legal-name pass (no candidate of that tier is added during it). */
interface KnownStarts {
  names: Candidate[];
  longest: number;
}
function knownStarts(state: CompanyState): KnownStarts {
  const names = state.candidates.filter((c) => c.tier === TIER.known && !c.ambiguous).sort((a, b) => a.start - b.start);
  return { names, longest: names.reduce((n, c) => Math.max(n, c.end - c.start), 0) };
}
/** Moves `start` back to the start of a known name that covers it and ends by `end`, as often as one does. */
function knownCovering({ names, longest }: KnownStarts, start: number, end: number): number {
  for (;;) {
    // the names starting before `start` that reach past it cover it
    let best = start;
    for (let i = firstAtOrAfter(names, start) - 1; i >= 0 && names[i].start > start - longest; i--) {
      const c = names[i];
      if (c.end > start && c.end <= end && c.start < best) best = c.start;
    }
    if (best === start) return start;
    start = best;
  }
}

const PARTNERS_NAME = /\b(?:[A-Z][\w'’-]+, ){2,5}[A-Z][\w'’-]+ & [A-Z][\w'’-]+,? (?:LLP|LLC)\b/g;

const LEADING_TRADE =
  /^(?:[A-Z][a-z]+maker|Miner|Retailer|Lender|Insurer|Carrier|Airline|Rivals?|Peers?|Competitors?|Parent|Conglomerate|Automaker|Grocer) (?=[A-Z])/;
const PT_NAME = /(?<![\w.])PT ((?:[A-Z][\w&'-]*)(?: (?:[A-Z][\w&'-]*|dan)){1,5})/g;

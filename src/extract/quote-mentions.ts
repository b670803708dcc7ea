/**
 * Speaker mentions outside quotes (X表示 / 在X看来 / 首席分析师X / Jane Doe said), found per line on
 * demand (only lines near quotes are ever read, each at most once), with pronouns resolved to the
 * last named person (and "the company" to the last organisation) so that quotes without an explicit
 * attribution can take their speaker from context.
 */
import { givenNameGender } from './lexicon/given-names-en';
import { QUOTE_TITLES, ZH_COMMON_SURNAMES, ZH_COMPOUND_SURNAMES } from './lexicon/quote-titles';
import {
  CLAUSE_BOUNDARY,
  EN_VERB_PATTERN,
  ZH_VERBS,
  endsClause,
  requesterBefore,
  subjectAroundBrackets,
  zhVerbOk,
} from './quote-attribution';
import type { LineIndex } from './quote-lines';
import { isHanCode, wordSet } from './quote-words';
import { enSpeakerAfter, enSpeakerBefore } from './quote-names-en';
import {
  ADDRESSED_NAME,
  HONORED_NAME,
  HONORIFICS,
  SOURCE_ROLES,
  notATitle,
  zhSpeaker,
  type NameKind,
} from './quote-names';
import type { Entity } from './types';
import { isDictWord } from './zh-segment';
import { firstAtOrAfter } from './sorted';

/** A mention of someone who speaks, at the position of its verb or name (kind as written: may be a pronoun). */
export interface Mention {
  pos: number;
  name: string;
  kind: NameKind;
}

/** Mentions by line, and resolution of pronouns against what precedes them. */
export interface MentionIndex {
  /** Mentions in line `k`, in reading order. */
  inLine(k: number): readonly Mention[];
  /** The name a mention stands for: itself, or for a pronoun the last person / organisation before it. */
  resolve(m: Mention): string | undefined;
  /** Records an English speaker named by an explicit attribution, so later uses of the surname are found. */
  noteSpeaker(name: string, pos: number): void;
  /**
   * The last named person (or organisation; `report`: one that wrote a report) before `pos`, a few paragraphs back;
   * for a person, one the `pronoun` (she, he) can stand for.
   */
  lastNamed(
    pos: number,
    kind: 'person' | 'org',
    report?: boolean,
    pronoun?: string,
    firm?: boolean | 'prospectus',
  ): string | undefined;
  /** The last person before `pos` described by `role` and more (一位连锁烟酒店老板 for 老板), a few paragraphs back. */
  lastWithRole(pos: number, role: string): string | undefined;
  /** The last unnamed person before `pos` (One large Swiss shareholder, for "the person said"), two paragraphs back. */
  lastUnnamed(pos: number): string | undefined;
}

const DOCUMENT_SOURCE =
  /^\s*(?:a|an|the) (?:[a-z-]+ ){0,2}(?:recording|transcript|memo|document|filing|letter|e-?mail|video|copy|presentation)s?\b/;
const EN_VERB_RE = new RegExp(`\\b(?:${EN_VERB_PATTERN}|[Aa]ccording to)\\b`, 'g');
const ESTIMATES = /(?:测算|估算)[，：:]/g;
const IN_WORDS_OF = /(?:按照|按|据|照|用)([^按据照用，。；：,;:！？!?\n“”「」]{2,16}?)的(?:说法|话说)/g;
const KANLAI_RE = /在([^在，。；：,;:！？!?\n“”「」]{1,20}?)看来/g;
// (and the Latin abbreviations Chinese text writes before a name: 创始人兼CEO沈一鸣)
const ZH_TITLES = wordSet(QUOTE_TITLES.filter((t) => /\p{Script=Han}/u.test(t) || /^C[EFOT]O$/.test(t)));
/** One-word English titles (Analyst, Professor, Mayor), to strip from a name a pattern caught with them. */
const EN_TITLE_WORDS = new Set(QUOTE_TITLES.filter((t) => /^[A-Z][a-z.]+$/.test(t)));
/** Verbs that introduce speech even without punctuation after them (X表示将…, X认为2025年…). */
const FORECAST_NOUN = /^(?:市盈率|市净率|值|数据|模型|区间|每股|净利|营收|收入|EPS|PE)/;
const STRONG_ZH = /^(?:表示|指出|认为|透露|坦言|强调|直言|坦承|回应|告诉|称|说|写道|预测|判断)/;
const AFTER_NAME =
  /^(?:[，,。；;：:、（(\s“”]|在|向|对|发出|发布|发表|签署|宣布|召开|出席|接受|写道|注意|发现|觉得|感到|记得|担心|表示|指出|认为|说|称|透露|坦言|强调|介绍|分析|告诉|回应|直言|补充|解释|提到|也|还|则|曾|等|和|与|及|就|于|是|的|看来|并|已|将|仍|一直|同时|今年|去年|此前|近日|日前|早在|回忆|虽|尽管|这|那|从|把|被|让|给|作为|不|没|很|最|都|又|再|讲|谈|以|更|较|颇|尤其|则|也曾|直接|间接|持有|持股|持(?:谨慎|乐观|悲观|保留|审慎|中性|积极|开放|观望|不同|相同|类似|相反)|出任|担任|兼任|毕业|出生|创办|创立|带领|牵头|负责|主导|分管|拥有|控制|合计|通过|目前|现任|曾任|早年|进一步|再次|随后|接着|特别|长期|多年|做了|做过|研究|跟踪|关注|参与|预计|预期|预估|预测|估计|判断|一边|每天|每年|每月|每周|正在|经常|常常|总是|亲自|刚刚|刚|上个月|上月|上周|前不久|昨日|昨天|今日|当天|当日|过去|如今|来说|第一个|第一位|率先|首先|带头|发言|回顾|回想|讲述|描述|感慨|坦承|举例|展示|翻看|拿出|至今|依然|仍然|却)/;
/** Surnames that are also adjectives before a noun (高增长, 高息股, 低价位, 新产能): such a word is no name. */
const ADJECTIVE_SURNAME = new Set('高低新老大小');
/** Characters that (almost) never occur in a given name (after the surname): a title followed by them is not a name. */
const NOT_IN_NAMES =
  /[的了是在有与以来这那个们年月日期上下不也都就而及或等为被把将对从之其此该表示称说认所部门业务市场公司厂企已价]/;
/** Adverbs, conjunctions, prepositions and auxiliaries that open a clause after a title, never a name (负责人|则…,
 * 门店主|要位于…, 负责人|在新闻发布会上, 教师|和家长). */
const NOT_NAME_START = /[则也就还却又便并而即要能会可需才都已正占把被让给以比的在和与及或跟对从]/;
/** An anaphor that stands for a report (该研报, 报告): its speaker is the company that wrote it. */
export const REPORT = /研报|报告|公告|招股|通知|告示|研究|调查/;
/** How far back a pronoun looks for its antecedent. */
/** 这位老板, 该研究员, 这名工程师: a person by a role named before (its role in group 1). */
const UNNAMED_OPENING_EN = /^(?:A|An|One|Another) [A-Za-z]/;
export const DEMONSTRATIVE_ROLE = /^(?:该|这位|这名)([\u4e00-\u9fff]{2,4})$/;
const LOOK_BACK_LINES = 12;
const LOOK_BACK_CHARS = 4000;
const LOOK_BACK_MENTIONS = 40;
/** Lines read before a line is scanned (names introduced there become known surnames). */
const PRE_SCAN_LINES = 2;

/** 'f' or 'm' for a pronoun that tells (she, her, 她; he, him), else ''. */
function pronounGender(p: string | undefined): string {
  if (!p) return '';
  if (/^(?:she|her|她)$/i.test(p)) return 'f';
  return /^(?:he|him|他)$/i.test(p) ? 'm' : '';
}

/** 'f' or 'm' when the given name of an English full name tells (Margaret Osei), else ''. */
export function nameGender(name: string): string {
  const first = name.slice(0, name.indexOf(' '));
  return givenNameGender(first);
}

// What puts a name in an object's place: a preposition or a joiner right before it (sell its stake to X, 与X合作).
const OBJECT_BEFORE = /(?:\b(?:to|from|with|for|of|by|than|and|or|at|in|on|into|against)\s+|[向与和从对给及、跟同])$/;

/** True when the name at `start` is the object of something, not the subject that speaks. */
const LIST_LEAD = /包括|例如|比如|诸如|such as|including/;

function isObject(text: string, start: number): boolean {
  // (an item of a list is what the list's first item is: supplying Walmart, |Costco)
  const item = LIST_ITEMS_BEFORE.exec(text.slice(Math.max(0, start - 80), start));
  if (item) start -= item[0].length;
  return (
    OBJECT_BEFORE.test(text.slice(Math.max(0, start - 9), start)) ||
    DESCRIBED_OBJECT.test(text.slice(Math.max(0, start - 60), start)) ||
    (!!item && VERB_BEFORE.test(text.slice(Math.max(0, start - 20), start)))
  );
}
const LIST_ITEMS_BEFORE = /(?:[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}, )+$/;
// (a list after a verb: keep supplying Walmart, Costco …; it has acquired X, Y)
const VERB_BEFORE = /\b[a-z]{3,}(?:ing|ed)\s$/;
// (or with what it is between: a referral agreement with Shanghai-based insurer X, a deal with its partner X)
const DESCRIBED_OBJECT =
  /\b(?:to|from|with|for|of|by|than|against|into)\s+(?:(?:the|its|a|an)\s+)?(?:[A-Z][\w.]*-based\s+|[a-z][\w-]*\s+){1,3}$/;

// An unnamed plural source, which a singular pronoun never stands for.
const PLURAL_SOURCE =
  /^(?:people|sources|analysts|officials|executives|investors|unions|workers|employees|shareholders|regulators|critics|traders|economists|lawyers|residents|farmers|those|two|three|several)\b|^(?:多位|多名|几位|业内人士们)/i;

// "the company" is the story's firm over the one found last when the story names it at least 3 times, and twice as
// often; a name in the headline counts 3 times.
const MAIN_MIN = 3;
const MAIN_RATIO = 2;
const HEADLINE_WEIGHT = 3;
const STORY_CHARS = 8000;

/** Index of the last mention before `pos` in a sorted list, or -1. */
export function lastIndexBefore(ms: readonly Mention[], pos: number): number {
  let lo = 0;
  let hi = ms.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].pos < pos) [best, lo] = [mid, mid + 1];
    else hi = mid - 1;
  }
  return best;
}

// "the association said": a body, named before as the British Retail Consortium, the VCI chemical industry
// association or Germany's IG Metall union, not the last company.
export const BODY_ANAPHOR =
  /^the (?:association|union|consortium|federation|council|(?:trade|industry|lobby) (?:body|group))$/i;
const GOV_ANAPHOR =
  /^the (?:ministry|regulator|agency|commission|authority|department|board|bureau|central bank|watchdog)$/i;
const GOV_NAME =
  /^(?:Ministry|Department|Commission|Authority|Agency|Bureau|Central Bank)\b|\b(?:Ministry|Commission|Authority|Agency|Board|Bureau|Central Bank)(?: of [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})?$/;
const BODY_NAME =
  /\b((?:Ministry|Department|Commission|Authority|Agency|Bureau|Council|Central Bank) (?:of|for|on) (?:the )?[A-Z][\w&'’-]*(?: (?:and |of |the |for )*[A-Z][\w&'’-]*){0,5}|(?:[A-Z][\w&.'’-]*\s){1,4}(?:Association|Union|Consortium|Federation|Council|Confederation|Coalition|Alliance|Ministry|Commission|Authority|Agency|Board|Bureau|Central Bank)(?: of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})?)\b|\b(?!(?:The|A|An|This|That|Its|Their|Our|Industry|Trade|Lobby) )([A-Z][A-Za-z&]{1,12}(?: [A-Z][A-Za-z&]+){0,2})(['’]s)?(?:,? (?:the|an?) [\w'’ -]{0,30}?| (?:[a-z]+ ){0,3})(?:association|union|federation|body|group)\b|\b(?:association|union|federation|body|group), ([A-Z][A-Za-z&]{1,12}(?: [A-Z][A-Za-z&]+){0,2}),|\b(?:[Ii]ndustry|[Tt]rade|[Ll]obby) (?:body|group|association) ([A-Z][A-Za-z&]{1,12}(?: [A-Z][A-Za-z&]+){0,2})\b/g;
// A body named as an object (affiliated with the Air Line Pilots Association) is not the one speaking.
// (but a source: according to the Monetary Authority of Singapore)
const OBJECT_BEFORE_EN = /\b(?:with|of|(?<!ccording )to|from|by|for|and|against) (?:the )?(?:U\.S\. |US |UK |EU )?$/;

const ZH_BODY_ANAPHOR = /^该(?:协会|联合会|学会|商会|公会|会|局|署|委)$/;
// The names of each kind of body, compiled once per kind (协会 → …协会).
const BODY_OF_KIND = new Map<string, RegExp>();

/** 该协会 (the association): the association named last in the 600 characters before `pos`, not the last company. */
export function zhBody(text: string, anaphor: string, pos: number): string | undefined {
  if (!ZH_BODY_ANAPHOR.test(anaphor)) return undefined;
  const kind = anaphor.slice(1);
  const window = text.slice(Math.max(0, pos - 600), pos);
  let found: string | undefined;
  let named = BODY_OF_KIND.get(kind);
  if (!named) BODY_OF_KIND.set(kind, (named = new RegExp(`([\\u4e00-\\u9fff]{2,16}?${kind})(?!会)`, 'g')));
  // (a bureau's name may join two fields with 及: 运输及物流局)
  const joiners = kind.length === 1 && kind !== '会' ? /^.*?[的和与、]/ : /^.*?[的和与及、]/;
  for (const m of window.matchAll(named)) if (!m[1].startsWith('该')) found = m[1].replace(joiners, '');
  return found;
}

const GOES_BY = /^(?:,? or (?:the )?([A-Z][\w-]+(?: [A-Z][\w-]+){0,3})\b| \(([A-Z]{2,8})\))/;

/** The last body named by a country's possessive and its field (France's industry ministry) of kind `noun`. */
function countryBody(text: string, pos: number, noun: string): string | undefined {
  let found: string | undefined;
  for (const m of text.slice(Math.max(0, pos - 1500), pos).matchAll(COUNTRY_BODY))
    if (m[2].toLowerCase() === noun) found = m[1];
  return found;
}
const COUNTRY_BODY =
  /\b([A-Z][a-z]+['’]s (?:[a-z]+ ){1,2}(ministry|regulator|agency|commission|department|board|bureau))\b/g;

/** "The ministry said": the public body named last before `pos`, if one is (else the caller's organisation). */
export function govBody(text: string, anaphor: string, pos: number): string | undefined {
  if (!GOV_ANAPHOR.test(anaphor)) return undefined;
  // (the board, the agency, the ministry: the last public body of that kind, not a trade group named since)
  const noun = /\b(board|agency|ministry|commission|department|bureau)$/i.exec(anaphor)?.[1].toLowerCase();
  // (its country's possessive is no part of its name: Britain's Financial Conduct Authority)
  const bare = (name: string) => name.replace(/^(?:The )?[A-Z][\w.-]*['’]s /, '');
  // (a regulator is often named as the object of an approval: needs the approval of the Federal Network Agency)
  const body = lastBodyName(
    text,
    pos,
    3000,
    (name) => GOV_NAME.test(bare(name)) && (!noun || name.toLowerCase().includes(noun)),
    true,
  );
  // (or a national body named by its country and field: France's industry ministry … the ministry said)
  if (!body) return noun ? countryBody(text, pos, noun) : undefined;
  // (the name it goes by when the text gives one: the Federal Network Agency, or Bundesnetzagentur; … Authority (FINMA))
  const at = text.lastIndexOf(body, pos);
  const alias = at >= 0 ? GOES_BY.exec(text.slice(at + body.length, at + body.length + 40)) : null;
  return alias ? (alias[1] ?? alias[2]) : bare(body);
}

/** The last body named in the 1,500 characters before `pos` (its name, without a leading The), of a kind if asked. */
export function lastBodyName(
  text: string,
  pos: number,
  back = 1500,
  ofKind?: (name: string) => boolean,
  objects = false,
): string | undefined {
  const from = Math.max(0, pos - back);
  let found: string | undefined;
  BODY_NAME.lastIndex = 0;
  const window = text.slice(from, pos);
  for (let m = BODY_NAME.exec(window); m; m = BODY_NAME.exec(window)) {
    if (!objects && OBJECT_BEFORE_EN.test(window.slice(Math.max(0, m.index - 16), m.index))) continue;
    // Sorrel's pilots union: the body is the whole phrase
    // (or the name after the noun: Italy's largest bank workers' union, FABI,)
    const name = (m[3] ? m[0] : (m[1] ?? m[2] ?? m[4] ?? m[5])).trim();
    if (!ofKind || ofKind(name)) found = name;
  }
  return found?.replace(/^The /, '');
}

/** A notice or a circular as a speaker (通知明确, 通报还表示): it speaks for whoever issued it. */
export const NOTICE_NAME = /(?:通知|通报)$/;
// Who issued the notice named just before (国家医保局发布通知, 亚马逊（Amazon）发来的账户停用通知): the subject of the verb.
const TITLED_NOTICE = /《[^》\n]{2,80}(?:通知|通报)》/;
const NOTICE_ISSUED =
  /(?:^|[，。；！？\n])([^，。；！？“”\n]{2,24}?)(?:此前|近日|日前|已|已经)?(?:发布|下发|印发|发出|发来|出台|送达)(?:了)?(?:[^，。；！？“”\n]{0,12}?的)?[^，。；！？“”\n]{0,8}?(?:通知|通报)/g;

/** The issuer of the notice last mentioned in the 200 characters before `pos`, if a clause names one. */
function noticeIssuer(text: string, pos: number, names: ReadonlySet<string>): string | undefined {
  const from = Math.max(0, pos - 200);
  const window = text.slice(from, pos);
  let found: string | undefined;
  NOTICE_ISSUED.lastIndex = 0;
  for (let m = NOTICE_ISSUED.exec(window); m; m = NOTICE_ISSUED.exec(window)) {
    const who = zhSpeaker(m[1], names);
    if (who && who.kind !== 'pronoun' && who.kind !== 'org-anaphor') found = who.name;
  }
  return found;
}

/** Builds the lazy mention index of `text`; `isQuoted` tells positions inside marks (never mentions). */
export function mentionIndex(
  text: string,
  lines: LineIndex,
  companies: readonly Entity[],
  names: ReadonlySet<string>,
  isQuoted: (pos: number) => boolean,
): MentionIndex {
  // lines are asked for in reading order and looked back at most LOOK_BACK_LINES: older ones are dropped
  const cache = new Map<number, Mention[]>();
  const known = new Map<string, number>(); // English surnames of persons seen, with where they were last seen
  const genders = new Map<string, string>(); // English surnames whose full name told the gender
  // Chinese persons quoted already, in the order first quoted: a later clause they open is about them
  const zhKnown = new Map<string, number>();
  let oldest = 0;
  let scanned = -1;
  const scan = (k: number): Mention[] => {
    const found = scanLine(text, lines.start(k), lines.end(k), names, known, genders, zhKnown, companies).filter(
      (m) => !isQuoted(m.pos),
    );
    cache.set(k, found);
    if (k > scanned) scanned = k;
    for (; oldest < k - LOOK_BACK_LINES - 2; oldest++) cache.delete(oldest);
    return found;
  };
  const learnPersons = (k: number) => {
    const line = text.slice(lines.start(k), lines.end(k));
    if (ENGLISH_SENTENCE.test(line)) englishPersons(line, lines.start(k), [], known, genders, names, false);
    if (k > scanned) scanned = k;
  };
  const inLine = (k: number): Mention[] => {
    const found = cache.get(k);
    if (found) return found;
    // the lines just before are read first, in order, so that names they introduce are known here
    // (and the English persons of the lines before those, so that a surname used much later is known: Linda Marsh …
    // fourteen paragraphs on, Marsh is less patient)
    for (let j = scanned + 1; j < k - PRE_SCAN_LINES; j++) learnPersons(j);
    for (let j = Math.max(scanned + 1, k - PRE_SCAN_LINES); j < k; j++) if (!cache.has(j)) scan(j);
    return scan(k);
  };
  // `report`: the company that wrote a report or a filing (国弘证券研报 … 该研报认为, X公告称 … 公告同时提示), else
  // the last one named
  const lastCompanyBefore = (pos: number, report?: boolean): Entity | undefined => {
    const hi = firstAtOrAfter(companies, pos) - 1;
    for (let k = hi; report && k >= 0 && hi - k < 20; k--)
      if (/^.{0,6}(?:研报|报告|公告|招股)/.test(text.slice(companies[k].end, companies[k].end + 8)))
        return companies[k];
    // not one named as an example (供应商包括…和日本的荏原制作所。公司在招股书中提示：“…”) nor as an agent (estimates
    // compiled by Visible Alpha …。The bank said)
    // (nor an analyst's employer, a source of views on the company: a credit analyst at CreditSights)
    for (let k = hi; k >= 0 && hi - k < 6; k--)
      if (
        !listed(companies[k].start) &&
        !text.endsWith('by ', companies[k].start) &&
        !employerOfSource(companies[k].start)
      )
        return asWritten(k);
    return hi >= 0 ? asWritten(hi) : undefined;
  };
  const employerOfSource = (start: number): boolean =>
    text.endsWith(' at ', start) && ANALYST_AT.test(text.slice(Math.max(0, start - 40), start));
  /** A name in brackets right after another (嘉能可（Glencore）) is that one's other name: the first, as written. */
  const asWritten = (k: number): Entity => {
    const c = companies[k];
    const open = text[c.start - 1];
    return k > 0 && (open === '（' || open === '(') && companies[k - 1].end === c.start - 1 ? companies[k - 1] : c;
  };
  /** True for a name in a list of examples in its clause (包括X和Y, 如X、Y, such as X). */
  const listed = (start: number): boolean => {
    let s = start;
    while (s > 0 && start - s < 60 && !'，。；：！？\n,;'.includes(text[s - 1])) s--;
    return LIST_LEAD.test(text.slice(s, start));
  };
  const lastNamed = (
    pos: number,
    kind: 'person' | 'org',
    report?: boolean,
    pronoun?: string,
    firm?: boolean | 'prospectus',
  ): string | undefined => {
    const found = lastNamedAt(pos, kind, report, pronoun, !!firm);
    return firm && found ? (mainCompany(pos, found, firm === 'prospectus') ?? found) : found;
  };
  /**
   * "the company" in an English story about one firm: that firm, not another one the paragraph names once (a rival
   * airline, a client, an index provider), when the story names it far more often before the quote.
   */
  // (a prospectus too, in either language: 招股书在风险因素部分写道 is the applicant's, not the platform named last)
  const mainCompany = (pos: number, found: string, anyScript = false): string | undefined => {
    if (!anyScript && !/^[\x20-\x7e]+$/.test(found)) return undefined;
    // (one the quote's own paragraph names as a sentence's subject is meant: CFM said in a statement … "…," the
    // company said; not one it hired: The bank has hired X and Y as joint issuing houses)
    const from = lines.start(lines.lineOf(pos));
    const paragraph = text.slice(from, pos);
    for (let at = paragraph.indexOf(found); at >= 0; at = paragraph.indexOf(found, at + 1))
      if (at === 0 || /[.!?]["”]?\s$/.test(paragraph.slice(Math.max(0, at - 3), at))) return undefined;
    // the story: from its headline (# …), at most STORY_CHARS back
    const heading = text.startsWith('# ') ? 0 : text.lastIndexOf('\n# ', pos) + 1;
    const story = Math.max(heading, pos - STORY_CHARS);
    const headline = heading === story && text.startsWith('# ', heading) ? text.indexOf('\n', heading) : story;
    const own = new Map<string, number>();
    for (let k = firstAtOrAfter(companies, story); k < companies.length && companies[k].start < pos; k++) {
      const c = companies[k];
      // (a name the headline gives counts more: the story is about it)
      own.set(c.text, (own.get(c.text) ?? 0) + (c.start < headline ? HEADLINE_WEIGHT : 1));
    }
    // (a legal name counts for the short name inside it: Grupo Aeroportuario del Altiplano, S.A.B. for Altiplano)
    const counts = new Map(own);
    for (const name of own.keys())
      for (const [other, m] of own) if (other !== name && other.includes(name)) counts.set(name, counts.get(name)! + m);
    let best: string | undefined;
    let most = 0;
    for (const [name, n] of counts) if (n > most) [best, most] = [name, n];
    const mine = counts.get(found);
    // (and a body the company list does not hold stays: the association the paragraph before named)
    if (mine === undefined) return undefined;
    return best && best !== found && most >= MAIN_MIN && most >= MAIN_RATIO * mine ? best : undefined;
  };
  const lastNamedAt = (
    pos: number,
    kind: 'person' | 'org',
    report?: boolean,
    pronoun?: string,
    firm?: boolean,
  ): string | undefined => {
    const company = kind === 'org' ? lastCompanyBefore(pos, report) : undefined;
    const gender = pronounGender(pronoun);
    // A surname alone (Osei) has the gender of the full name it was last seen in.
    const genderOf = (name: string) => (name.includes(' ') ? nameGender(name) : (genders.get(name) ?? zhGender(name)));
    const first = lines.lineOf(pos);
    let budget = LOOK_BACK_MENTIONS;
    for (let k = first; k >= 0 && first - k < LOOK_BACK_LINES && pos - lines.end(k) < LOOK_BACK_CHARS; k--) {
      const ms = inLine(k);
      for (let j = lastIndexBefore(ms, pos); j >= 0 && budget-- > 0; j--) {
        if (ms[j].kind !== kind) continue;
        // (a public body is no antecedent of "the company": The Australian Competition and Consumer Commission said …)
        if (firm && GOV_NAME.test(ms[j].name.replace(/^The /, ''))) continue;
        if (gender && kind === 'person' && genderOf(ms[j].name) === (gender === 'f' ? 'm' : 'f')) continue;
        // he/she is one person: not a plural unnamed source (people familiar with the matter, analysts).
        if (gender && kind === 'person' && PLURAL_SOURCE.test(ms[j].name)) continue;
        // a company named after the speaking one stands for "the company" unless it is an object (sold to X)
        return company && company.start > ms[j].pos && !isObject(text, company.start) ? company.text : ms[j].name;
      }
      if (company && company.start >= lines.start(k)) return company.text;
      if (budget <= 0) break;
    }
    return company && pos - company.start < LOOK_BACK_CHARS ? company.text : undefined;
  };
  const lastWithRole = (pos: number, role: string) => {
    const first = lines.lineOf(pos);
    for (let k = first; k >= 0 && first - k < LOOK_BACK_LINES && pos - lines.end(k) < LOOK_BACK_CHARS; k--) {
      const ms = inLine(k);
      for (let j = lastIndexBefore(ms, pos); j >= 0; j--)
        if (
          ms[j].kind === 'person' &&
          ms[j].name.length > role.length &&
          ms[j].name.endsWith(role) &&
          !DEMONSTRATIVE_ROLE.test(ms[j].name)
        )
          return ms[j].name;
    }
    return undefined;
  };
  const lastUnnamed = (pos: number) => {
    const first = lines.lineOf(pos);
    for (let k = first; k >= 0 && first - k < 3 && pos - lines.end(k) < 800; k--) {
      const ms = inLine(k);
      for (let j = lastIndexBefore(ms, pos); j >= 0; j--) {
        if (ms[j].kind !== 'person') continue;
        // (a person named since stands between: no unnamed one is meant)
        if (!UNNAMED_OPENING_EN.test(ms[j].name)) return undefined;
        return ms[j].name;
      }
    }
    return undefined;
  };
  return {
    inLine,
    lastNamed,
    lastWithRole,
    lastUnnamed,
    noteSpeaker(name, pos) {
      if (/^[\u4e00-\u9fff]{2,3}$/.test(name) && !zhKnown.has(name)) zhKnown.set(name, zhKnown.size);
      if (/^[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)+$/u.test(name)) {
        const surname = name.slice(name.lastIndexOf(' ') + 1);
        known.set(surname, pos);
        const g = nameGender(name);
        if (g) genders.set(surname, g);
      }
    },
    resolve(m) {
      if (m.kind === 'pronoun') return lastNamed(m.pos, 'person', false, m.name);
      if (m.kind === 'org-anaphor') {
        // (a council the text named as an object before: recommendations from the Council on Ethics … the council said)
        if (BODY_ANAPHOR.test(m.name)) {
          const noun = m.name.slice(4).toLowerCase();
          return (
            lastBodyName(text, m.pos) ??
            lastBodyName(text, m.pos, 1500, (name) => name.toLowerCase().includes(noun), true)
          );
        }
        const gov = govBody(text, m.name, m.pos);
        if (gov) return gov;
        const body = zhBody(text, m.name, m.pos);
        if (body) return body;
        // a notice speaks for whoever issued it just before (国家医保局发布通知…。通知明确：“…”; 教育局发布情况通报…。通报还表示)
        if (NOTICE_NAME.test(m.name)) {
          const issuer = noticeIssuer(text, m.pos, names);
          if (issuer) return issuer;
          // (a notice named by its title just before, whoever issued it, speaks as written: no company it ignores)
          if (TITLED_NOTICE.test(text.slice(Math.max(0, m.pos - 300), m.pos))) return m.name;
        }
        return lastNamed(m.pos, 'org', REPORT.test(m.name));
      }
      // 这位老板, 该研究员: the person introduced with that role before, else as written
      const role = m.kind === 'person' ? DEMONSTRATIVE_ROLE.exec(m.name)?.[1] : undefined;
      return (role && lastWithRole(m.pos, role)) || m.name;
    },
  };
}

const ANALYST_AT =
  /\b(?:analysts?|strategists?|economists?|portfolio managers?|fund managers?|partners?|directors?) at $/;

const SURNAMED_ROLE =
  /[\u4e00-\u9fff]姓(?:员工|店主|老板|男子|女子|男士|女士|居民|民众|市民|家长|司机|业者|工人|车主|外送员|骑手|商家|商户|网友|消费者)/g;
const PUBLIC_THEN_COMMA =
  /^(?:广大)?(?:市民|消费者|投资者|公众|用户|居民|旅客|乘客|家长|大家|车主|游客|股民|储户)[，,]/;
const VERB_THEN_COMMA = /^(?:提出|表示|指出|强调|要求)[，,：:]/;
const REPORTED_BEFORE = /(?:认为|表示|指出|坦言|透露|直言|预计)[，,]/;

/** True when a company the text names overlaps the name at `pos` without being it (Carrefour| Belgium, Halden & |Rowe). */
function insideCompany(companies: readonly Entity[], pos: number, name: string): boolean {
  if (pos < 0) return false;
  for (let k = firstAtOrAfter(companies, pos - 80); k < companies.length && companies[k].start <= pos; k++)
    if (companies[k].end > pos && companies[k].text !== name) return true;
  return false;
}

/** All mentions in text[from, to) (one line), in reading order. */
function scanLine(
  text: string,
  from: number,
  to: number,
  names: ReadonlySet<string>,
  known: Map<string, number>,
  genders: Map<string, string>,
  zhKnown: Map<string, number>,
  companies: readonly Entity[],
): Mention[] {
  const line = text.slice(from, to);
  const out: Mention[] = [];
  // (an article or a demonstrative is no one: The| notes will be listed, where "notes" is no verb of saying)
  const add = (pos: number, s: { name: string; kind: NameKind } | undefined) => {
    if (s && !DETERMINER.test(s.name)) out.push({ pos, name: s.name, kind: s.kind });
  };
  let lastEnd = -1;
  ZH_VERBS.scan(text, from, to, (p, verb) => {
    const end = p + verb.length;
    // the second verb of 介绍说 / 补充道 is not a new attribution
    const adjacent = p === lastEnd;
    lastEnd = end;
    // X的判断 / 他的介绍: after 的 the verb is a noun
    if (adjacent || text[p - 1] === '的' || !zhVerbOk(text, p, end)) return;
    // (预测 before a measure is the forecast's adjective: 2025年预测市盈率)
    if (verb === '预测' && FORECAST_NOUN.test(text.slice(end, end + 3))) return;
    const next = text[end] ?? '';
    // (a warning to the public it is given to: 黎颖芝提醒市民，…)
    if (
      !STRONG_ZH.test(verb) &&
      next &&
      !/[，,：:。“"\s道说称了]/.test(next) &&
      !(/^(?:提醒|呼吁|告诫|劝告)$/.test(verb) && PUBLIC_THEN_COMMA.test(text.slice(end, end + 8)))
    ) {
      // (a word left here is no verb a next one, before its comma, runs on from: 证监会此前明确|提出，…)
      if (VERB_THEN_COMMA.test(text.slice(end, end + 3))) lastEnd = -1;
      return;
    }
    const clause = clauseBefore(text, from, p);
    // (a verb inside what someone else is reported to say is no new attribution: 吴若琳认为，大规模交割在一定程度上说明…;
    // in one's view: 在邓一鸣看来，监管层鼓励整合的方向已经明确)
    if (verb === '说明' || verb === '表明' || !STRONG_ZH.test(verb)) {
      const cs = p - clause.length;
      let ss = cs;
      while (ss > from && cs - ss < 80 && !'。！？\n'.includes(text[ss - 1])) ss--;
      const lead = text.slice(ss, cs);
      if ((verb === '说明' || verb === '表明') && REPORTED_BEFORE.test(lead)) return;
      if (lead.includes('看来，')) return;
    }
    // …下发问询函，要求公司说明: the one who asks speaks through the letter
    const requester = /^(?:要求|责令)/.test(clause) ? requesterBefore(text, p - clause.length, names) : undefined;
    // 公告称 opening a clause: the notice speaks, for the company that issued it
    const notice = verb === '公告称' && !clause.trim() ? ({ name: '公告', kind: 'org-anaphor' } as const) : undefined;
    add(p, requester ?? subjectAroundBrackets(text, p - clause.length, p, names) ?? zhSpeaker(clause, names) ?? notice);
  });
  if (line.includes('看来')) for (const m of line.matchAll(KANLAI_RE)) add(from + m.index, zhSpeaker(m[1], names));
  // 按照X的说法, 用X的话说: the one whose words the sentence goes on to give
  if (line.includes('说法') || line.includes('话说'))
    for (const m of line.matchAll(IN_WORDS_OF)) add(from + m.index, zhSpeaker(m[1], names));
  // 中信证券测算，…: a firm's estimate speaks for it (测算 alone is often a noun: 按…价格测算, 做财务测算)
  if (line.includes('算'))
    for (const m of line.matchAll(ESTIMATES)) {
      const clause = clauseBefore(text, from, from + m.index);
      if (names.has(clause)) add(from + m.index, { name: clause, kind: 'org' });
      else {
        // or a titled person's (长江证券公用事业分析师付璐测算，…)
        const who = zhSpeaker(clause, names);
        // (or an unnamed one's: 据一位院线的发行负责人估算，…)
        // (or a person named with a title before, by the bare name: 分析师赵一鸣…。赵一鸣测算，…)
        if (
          who?.kind === 'person' &&
          (who.name !== clause || zhKnown.has(clause)) &&
          (/^[\u4e00-\u9fff]{2,3}$/.test(who.name) || /^(?:一位|一名)/.test(who.name))
        )
          add(from + m.index, who);
        // or a firm's in its report (国泰海通证券在研报中测算，…)
        else if (who?.kind === 'org' && names.has(who.name) && who.name !== clause) add(from + m.index, who);
        // or the person just named (据他测算，…)
        else if (who?.kind === 'pronoun') add(from + m.index, who);
      }
    }
  // a person named by surname and role only, as papers write it (42岁的陈姓员工), for 他/她 after
  if (line.includes('姓'))
    for (const m of line.matchAll(SURNAMED_ROLE)) add(from + m.index, { name: m[0], kind: 'person' });
  ZH_TITLES.scan(text, from, to, (p, title) => {
    const at = p + title.length;
    if (notATitle(text, p, at, title)) return;
    const found = nameAt(text, at);
    // a field between two titles is part of the title (首席|宏观|分析师邹澜): no name there; nor a word after a
    // common noun that is also a title (医生|离职)
    if (found && (ZH_TITLES.at(text, at + found.length) || (found.length === 2 && isDictWord(found)))) return;
    // nor a word opening with a word, after a title that is also a trade (研究员|年终奖则普遍下调): no surname there
    // (but a two-character surname is one: 董事长|欧阳峻)
    if (
      found &&
      found.length === 3 &&
      isDictWord(found.slice(0, 2)) &&
      !COMMON_SURNAME.has(found[0]) &&
      !COMPOUND_SURNAME.has(found.slice(0, 2))
    )
      return;
    // nor after a word for a kind of people (消费者|实付不到8万元): a name there opens with a common surname
    if (found && title.endsWith('者') && !COMMON_SURNAME.has(found[0])) return;
    // a time word after a title is no name (负责人|此前|在…时表示)
    const name = found && TIME_WORD.test(found) ? undefined : found;
    if (name) add(at, { name, kind: 'person' });
    // a person named with a title (董事长罗晟) is known by the bare name later (罗晟是…。他说)
    if (name && name.length <= 3 && !zhKnown.has(name)) zhKnown.set(name, zhKnown.size);
  });
  // The person a paragraph is about, for a later 他说/她说: a quoted person opening a clause (，邹立新并不乐观。他说),
  // or one named by surname and 女士/先生 (加盟商李女士给记者算了一笔账).
  // Read at clause starts only, by lookup: a search per known name on every line grows with the document.
  if (zhKnown.size)
    for (let at = 0; at < line.length - 1; at++) {
      if (at !== 0 && !CLAUSE_BOUNDARY.has(line.charCodeAt(at - 1))) continue;
      const two = line.slice(at, at + 2);
      const three = at + 3 <= line.length ? line.slice(at, at + 3) : '';
      const i2 = zhKnown.get(two);
      const i3 = three ? zhKnown.get(three) : undefined;
      // Both match here: in the order they were first quoted, as a search name by name would give.
      if (i2 !== undefined && i3 !== undefined && i3 < i2) add(from + at, { name: three, kind: 'person' });
      if (i2 !== undefined) add(from + at, { name: two, kind: 'person' });
      if (i3 !== undefined && !(i2 !== undefined && i3 < i2)) add(from + at, { name: three, kind: 'person' });
    }
  // A person named after a description (and a trade: 的经销商刘建勋对此…), then what they do (在广州跑车的王秀芹只在白天接单): a common surname, and
  // no dictionary word (的高度一致, 的金额已 are nouns)
  for (const m of line.matchAll(DESCRIBED_NAME)) {
    // (a verb or a particle after a two-character name is no part of it: 的李太|说，)
    const name = m[1].length === 3 && NOT_IN_NAMES.test(m[1][2]) ? m[1].slice(0, 2) : m[1];
    // (not a word for a kind of firm opening a clause: ，金控股今年的股价)
    // (nor a word for a side: ，陆厂在…, mainland factories)
    // (nor an adjective before a noun: 的高增长还)
    if (
      !isDictWord(name.slice(0, 2)) &&
      !isDictWord(name) &&
      !name.endsWith('控股') &&
      // (nor a word that makes a noun of an adjective: 高端化|并非…)
      !/[化性型]$/.test(name) &&
      !NOT_IN_NAMES.test(name[1]) &&
      !(name.length === 3 && ADJECTIVE_SURNAME.has(name[0]) && isDictWord(name.slice(1)))
    )
      add(from + m.index + m[0].length - m[1].length, { name, kind: 'person' });
  }
  // …and one known as 老X or 小X after a role or a description (在郑州经营烟酒店的老周做了…, 应届毕业生小林是…)
  if (line.includes('老') || line.includes('小'))
    for (const m of line.matchAll(NICKNAME))
      if (!names.has(m[0]) && !/^小[康白马]/.test(m[0])) add(from + m.index, { name: m[0], kind: 'person' });
  // The person a sentence is about (对周丽萍来说, 对于高建军来说，…。“…”她说)
  if (line.includes('对') || line.includes('至于'))
    for (const m of line.matchAll(TOPIC_NAME))
      if (!isDictWord(m[1].slice(0, 2))) add(from + m.index + m[0].indexOf(m[1]), { name: m[1], kind: 'person' });
  // …and the one a kind of people is shown by (对于像何志远这样的网点老板来说)
  if (line.includes('像'))
    for (const m of line.matchAll(LIKE_NAME))
      if (!isDictWord(m[1].slice(0, 2))) add(from + m.index + 1, { name: m[1], kind: 'person' });
  // An unnamed person opening a sentence (一位不愿具名的行业人士则没那么乐观。他向记者透露，…“…”), with the place
  // before it (山东德州一位从事化肥批发15年的经销商告诉记者)
  if (line.includes('一位') || line.includes('一名') || line.includes('上述'))
    for (const m of line.matchAll(UNNAMED_SUBJECT_ZH))
      // (上述 with a description: 上述券商资管人士仍有顾虑。他说; 上述负责人 alone is an anaphor, resolved as one)
      if (!SAME_SOURCE.test(m[1])) add(from + m.index + m[0].length - m[1].length, { name: m[1], kind: 'person' });
  // X向记者描述了…：, X则向记者算了一笔账: who turns to the reporter speaks (a verb there may take an object)
  if (line.includes('记者'))
    for (const m of line.matchAll(TURNS_TO_REPORTER)) {
      const who = zhSpeaker(m[1], names);
      // (退休教师王阿姨 is 王阿姨, as the article calls her)
      const short = who && HONORED_NAME.exec(who.name);
      add(from + m.index + m[1].length, short ? { name: short[0], kind: 'person' } : who);
    }
  // X算了一笔账：…: who reckons speaks the figures and the words that follow
  if (line.includes('账'))
    for (const m of line.matchAll(RECKONS)) add(from + m.index + m[1].length, zhSpeaker(m[1], names));
  if (HONORIFIC_RE.test(line))
    for (const m of line.matchAll(MS_MR)) {
      // (not the end of a firm's name: 沪|上阿姨 is a tea chain)
      const e = m.index + m[0].length;
      if (names.has(line.slice(m.index - 1, e)) || names.has(line.slice(m.index - 2, e))) continue;
      add(from + m.index, { name: m[0], kind: 'person' });
    }
  if (/[A-Za-z]/.test(line)) {
    for (const m of line.matchAll(EN_VERB_RE)) {
      const p = from + m.index;
      const before = text.slice(Math.max(from, p - 150), p);
      const after = text.slice(p + m[0].length, Math.min(to, p + m[0].length + 120));
      // "…," said Jane Doe: the name follows the verb right after a closing mark
      const inverted = m[0].endsWith('ccording to') || /["”’]\s*,?\s*$/.test(before);
      // "adds" with an object is no speech (as India adds solar power)
      if (/^add/.test(m[0]) && !inverted && !/^\s*(?:[,:"“]|that\b|$)/.test(after)) continue;
      // nor "so-called" (Qatar, the so-called "wall of LNG")
      if (m[0] === 'called' && before.endsWith('so-')) continue;
      // nor a document one reads (according to a recording reviewed by this newspaper): it speaks for no one
      if (inverted && m[0].endsWith('ccording to') && DOCUMENT_SOURCE.test(after)) continue;
      const who =
        (inverted ? enSpeakerAfter(after, names) : undefined) ??
        enSpeakerBefore(before, names) ??
        // (a clause, then the verb and who said it: …on basic pay, said a person close to the team)
        (/,\s*$/.test(before) ? enSpeakerAfter(after, names) : undefined);
      // (a one-word name after a preposition is a place, no subject: the closure of a line at Kallo announced in June)
      if (
        who &&
        !inverted &&
        /^[A-Z][\w'’-]+$/.test(who.name) &&
        PLACE_OBJECT.test(before) &&
        before.trimEnd().endsWith(who.name)
      )
        continue;
      // (a person's name that runs into a firm's is none: with Carrefour Belgium had concluded, Halden & Rowe said)
      if (
        who?.kind === 'person' &&
        !inverted &&
        /^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}$/.test(who.name) &&
        insideCompany(companies, p - before.length + before.lastIndexOf(who.name), who.name)
      )
        continue;
      add(p, who);
    }
    // persons without a verb are looked for in English sentences only (not in 据OpenAI称… lines)
    if (ENGLISH_SENTENCE.test(line)) englishPersons(line, from, out, known, genders, names);
    // In Dalsgaard's view, …: whose view the sentence gives
    if (line.includes('In ') || line.includes(' in '))
      for (const m of line.matchAll(IN_VIEW)) add(from + m.index + 3, { name: m[1], kind: 'person' });
    // An unnamed person opening a sentence (A gate agent, asked about the delay, shrugged. "…," she said)
    if (line.includes('A ') || line.includes('An ') || line.includes('One '))
      for (const m of line.matchAll(UNNAMED_SUBJECT))
        out.push({ pos: from + m.index + m[0].length - m[1].length, name: m[1], kind: 'person' });
    // Analysts at a firm opening a sentence with what they did (Analysts at Jefferies cut their price target …):
    // "they wrote" after it is theirs
    if (line.includes(' at ') || line.includes(' from '))
      for (const m of line.matchAll(GROUP_OPENING))
        out.push({ pos: from + m.index + m[0].length - m[1].length, name: m[1], kind: 'person' });
  }
  return out.sort((a, b) => a.pos - b.pos);
}

// A surname with 女士/先生 (…经营家具出口生意的黎先生), not 她的先生, 这位女士, nor a word ending in one of the
// characters (原先生产).
const HONORIFIC_RE = new RegExp(`${HONORIFICS}|医生|老师|律师`);
const MS_MR = new RegExp(
  `(?:(?![的位名个是这那和与及])[\\u4e00-\\u9fff](?:${HONORIFICS})(?!产|进|前|后)|${ADDRESSED_NAME}(?!事务所|协会))`,
  'g',
);

const COMMON_SURNAME = new Set(ZH_COMMON_SURNAMES);
const COMPOUND_SURNAME = new Set(ZH_COMPOUND_SURNAMES);
const TIME_WORD = /^(?:此前|此后|目前|近日|日前|随后|同时|当时|今年|去年|昨日|昨天|今天|当天|近期|早前|早在)$/;

// (not one who reckons for the reporter: TURNS_TO_REPORTER reads 他给记者算了一笔账)
const RECKONS =
  /(?<=^|[，。；！？”])([^，。；：！？“”\n]{2,40}?)(?<![给为向帮对跟者])算了(?:一笔|一下|笔)?(?:[\u4e00-\u9fff]{1,4}的)?账[：:，。]/g;
const TURNS_TO_REPORTER =
  /(?<=^|[，。；！？”])(?!一边)([^，。；：！？“”\n]{2,40}?|[他她])(?:，一边)?(?:则|也|还)?(?:向|对|跟|给)(?:本报)?记者(?=描述|讲述|展示|算|解释|回忆|介绍|感叹|抱怨|出示|翻看|列举)/g;
// A Chinese name's gender where its honorific tells it (李女士 is no 他, 王先生 no 她).
const zhGender = (name: string): string =>
  /(?:女士|小姐|阿姨|大妈|大姐|奶奶|婆婆|太)$/.test(name) ? 'f' : /(?:先生|大爷|大叔|爷爷|伯伯)$/.test(name) ? 'm' : '';
const IN_VIEW = /\b[Ii]n ((?:[A-Z][\w-]+ ){0,2}[A-Z][\w-]+)['’]s (?:view|opinion|estimate|reckoning)\b/g;
const LIKE_NAME = new RegExp(`像([${ZH_COMMON_SURNAMES}][\\u4e00-\\u9fff]{1,2}?)(?:这样|一样)的`, 'g');
// (or what a paragraph turns to: 至于周敏，她…)
const TOPIC_NAME = new RegExp(
  `(?:对于?|至于)([${ZH_COMMON_SURNAMES}][\\u4e00-\\u9fff]{1,2}?)(?:来说|而言|(?<=至于[^，]{2,3})，)`,
  'g',
);
// (or opening a sentence: 陈立峰在江西…经营着一家影城)
// Trades a person is named after in a story (经销商刘建勋, 衡阳县种粮大户彭建国, 制种户黄丽珍): after one of them, a
// name needs no sentence boundary before it (not 向 of 投资人向记者, a surname too).
const DESCRIBED_TRADES =
  '经销商|加盟商|代理商|批发商|养殖户|种植户|种粮大户|大户|制种户|农户|果农|菜农|茶农|渔民|商户|店主|老板|业主|白领|上班族|市民|车主|骑手|司机|储户|股民|消费者|居民|村民|家长|患者|会员|学员|飞手|快递员|外卖员|配送员|厨师|导游|飞行员|教练|工人|农民|牧民|船员|职工|退休职工|退休教师|投资者|投资人|购房者|租户|房东|用户|客户|宝妈|青年|创业者|枣农|瓜农|蔗农|棉农|烟农|花农|奶农|蕉农|橘农|椒农|药农';
const DESCRIBED_NAME = new RegExp(
  `(?:(?:^|[。！？，]|的)(?:${DESCRIBED_TRADES})?|(?:${DESCRIBED_TRADES}))((?![向对跟给][记本])[${ZH_COMMON_SURNAMES}](?![块片亩间些批类项条个])[\\u4e00-\\u9fff]{1,2}|[老小][${ZH_COMMON_SURNAMES}])(?=[只在是也还则就已今每正曾刚从代做开种养卖告说表透坦介算感患扫拿买借付刷却承保对并站，]|经(?!理)|去年|对此|（化名）|(?<=(?:${DESCRIBED_TRADES})[\\u4e00-\\u9fff]{2,3})的)`,
  'g',
);
const NICKNAME = new RegExp(
  `(?<=^|[的生员者户商主工民板，。！？])[老小][${ZH_COMMON_SURNAMES}](?=[只在是也还则就已今每正曾刚从做告说表透坦介算感，])`,
  'g',
);
// (not one named right after the role: 经销商李婷告诉记者 is 李婷)
const SAME_SOURCE = new RegExp(`^上述[\\u4e00-\\u9fff]{0,2}(?:${SOURCE_ROLES})$`);
const UNNAMED_SUBJECT_ZH = new RegExp(
  `(?:^|[。！？，])((?:[\\u4e00-\\u9fff]{2,6}(?<![的了是在和与对向])(?=一位|一名)|(?:家住|住在|来自)[\\u4e00-\\u9fff]{2,8}的(?=一位|一名))?(?:另一位|另一名|一位|一名|上述)[^，。；！？“”]{0,16}?(?:基金经理|投资顾问|客户经理|技术人员|工作人员|投行人士|负责人|分析师|精算师|会计师|经销商|贸易商|中间商|采购商|批发商|从业者|投资者|研究员|养殖户|种植户|创始人|合伙人|加盟商|代理商|交易员|工程师|设计师|承包商|供应商|人士|高管|员工|专家|官员|经理|老板|店主|商户|奶农|农户|司机|骑手|店员|工人|医生|护士|律师|业主|股民|散户|买家|卖家|用户|居民|村民|顾问|主管|职员|教师|老师|家长|患者|乘客|游客|租户|房东|中介|船东|货主|老人|大爷|大妈|阿姨|老汉|师傅|厨师|导购|服务员))(?!的|(?![向对于])[${ZH_COMMON_SURNAMES}][\\u4e00-\\u9fff]{1,2}(?:告诉|表示|坦言|介绍|透露|认为|指出|说))`,
  'g',
);
const GROUP_OPENING =
  /(?:^|[.!?]["”’]? )((?:Analysts|Economists|Strategists) (?:at|from) [\p{Lu}][\p{L}&.'’-]*(?: [\p{Lu}][\p{L}&.'’-]*){0,3})(?= (?:also |have |had )?[a-z]+(?:ed|s|t)\b)/gu;
const UNNAMED_SUBJECT =
  /(?:^|[.!?]["”’]? )((?:A|An|One) (?:[a-z-]+ |[A-Z][\w&.-]*['’]s |[A-Z][a-z]+-[a-z]+ |[A-Z][a-z]+ ){0,2}(?:agent|worker|passenger|customer|employee|official|executive|analyst|trader|investor|manager|banker|lawyer|resident|driver|farmer|owner|engineer|pilot|teacher|doctor|nurse|shopper|vendor|clerk|guard|student|retiree|dealer|broker|woman|man|spokeswoman|spokesman|spokesperson|representative|supervisor|foreman|technician|contractor|consultant|miner|adviser|advisor|dispatcher|mechanic|controller|attendant|operator|steward|captain|officer|director|planner|buyer|seller|landlord|tenant|developer|builder|economist|strategist|researcher|scientist|designer|grower|rancher|fisherman|surgeon|pharmacist|accountant|auditor|diplomat|lobbyist|organizer|organiser|activist|franchisee|shopkeeper|homeowner|borrower|supplier|distributor|importer|exporter|shipper|forwarder)(?: (?:in|from) [A-Z][a-z]+(?: [A-Z][a-z]+)?| for (?:the )?[A-Z][\w&'’-]*(?: (?:of |and )?[A-Z][\w&'’-]*){0,5}| (?:working|involved) (?:on|in) (?:the |a )?[a-z]+)?)(?=,| [a-z])/g;

/** The clause before position `p` (back to clause punctuation or a quotation mark, at most 40 chars). */
function clauseBefore(text: string, lineStart: number, p: number): string {
  let s = p;
  while (s > lineStart && p - s < 40 && !endsClause(text, s - 1)) s--;
  // X（以下简称“Y”）发布公告称: the walk stopped inside the definition; the subject is the name it defines.
  if (text[s] === '）' || text[s] === ')') {
    const alias = ALIAS_BEFORE.exec(text.slice(Math.max(lineStart, s - 24), s));
    if (alias) return alias[1] + text.slice(s + 1, p);
  }
  // (or at the comma before its ticker: X（以下简称“Y”，688611.SH）在互动平台上确认)
  const ticker = TICKER_CLOSE.exec(text.slice(s, p));
  if (ticker && text[s - 1] === '，') {
    const alias = ALIAS_BEFORE.exec(text.slice(Math.max(lineStart, s - 25), s - 1));
    if (alias) return alias[1] + text.slice(s + ticker[0].length, p);
  }
  // (the second half of 一边…，一边…: the subject stands before the first 一边, 养殖户包金山一边给牛添草料，一边对记者说)
  if (text.startsWith('一边', s) && (text[s - 1] === '，' || text[s - 1] === ',')) {
    let b = s - 1;
    while (b > lineStart && s - b < 40 && !endsClause(text, b - 1)) b--;
    const first = text.indexOf('一边', b);
    if (first > b && first < s - 1) return text.slice(b, first);
  }
  return text.slice(s, p);
}
const ALIAS_BEFORE = /简称[“"]([^“”"]{1,12})[”"]$/;
const TICKER_CLOSE = /^[0-9A-Z.:： ]{4,16}[）)]/;

/** A Chinese personal name starting at `at` (2–3 characters, or a transliteration with ·), if one fits. */
function nameAt(text: string, at: number): string | undefined {
  let han = 0;
  while (han < 4 && isHanCode(text.charCodeAt(at + han))) han++;
  if (han < 2 && !(han >= 1 && text[at + han] === '·')) return undefined;
  if (text[at + han] === '·' || text[at + han - 1] === '·') {
    let e = at + han + 1;
    while (e - at < 12 && isHanCode(text.charCodeAt(e))) e++;
    return e > at + han + 1 && AFTER_NAME.test(text.slice(e, e + 4)) ? text.slice(at, e) : undefined;
  }
  // 基金经理对记者表示: the words after a title are 对记者, not a name; nor 负责人|则没那么乐观 (a conjunction)
  if (
    NOT_NAME_START.test(text[at]) ||
    NOT_IN_NAMES.test(text[at + 1]) ||
    !!ZH_VERBS.at(text, at) ||
    // (nor a verb of reckoning: 分析师|估算，…)
    /^(?:估算|测算|估计|计算|统计|预估|预测|预期)/.test(text.slice(at, at + 2)) ||
    text.startsWith('记者', at + 1)
  )
    return undefined;
  if (AFTER_NAME.test(text.slice(at + 2, at + 6))) return text.slice(at, at + 2);
  // (之 ends given names, 严牧之, though it is a function word elsewhere in them)
  if (
    han >= 3 &&
    (!NOT_IN_NAMES.test(text[at + 2]) || text[at + 2] === '之') &&
    AFTER_NAME.test(text.slice(at + 3, at + 7))
  ) {
    return text.slice(at, at + 3);
  }
  return undefined;
}

// Maya Cho, an analyst at Leerink Partners, … / Kestrel's president, Kenji Morimoto, …
const EN_NAME = "[\\p{Lu}][\\p{L}'’-]+(?:\\s+[\\p{Lu}][\\p{L}'’-]+){1,2}";
const EN_ROLE =
  'analyst|economist|strategist|chief executive|chief financial officer|president|chairman|chairwoman|chair|director|founder|co-founder|professor|spokesman|spokeswoman|spokesperson|partner|manager|head|officer|executive|minister|secretary|governor|investor|banker|lawyer|consultant|trader';
const NAME_THEN_ROLE = new RegExp(
  `(${EN_NAME}),\\s+(?:an?\\s+|the\\s+)?(?:[\\p{L}&.'’-]+\\s+){0,4}?(?:${EN_ROLE})\\b`,
  'gu',
);
// Chief Executive Gareth Lowe stood … and told workers …: a titled name is a person wherever it stands
const TITLE_NAME_EN = new RegExp(
  `\\b(?:Chief Executive(?: Officer)?|Chief Financial Officer|Chief Operating Officer|CEO|CFO|COO|President|Chairman|Chairwoman|Managing Director|Director|Professor|Prof\\.|Dr\\.|Mr\\.|Ms\\.|Mrs\\.|Senator|Governor|Minister|Secretary|[Aa]nalyst|[Ee]conomist|[Ss]trategist|chief executive|chief financial officer|[Ff]ounder|[Ss]pokes(?:man|woman|person))\\s+(${EN_NAME.replace('{1,2}', '{0,2}')})`,
  'gu',
);
const ROLE_THEN_NAME = new RegExp(`\\b(?:${EN_ROLE}),\\s+(${EN_NAME}),`, 'gu');
// "Marco Bellini, who heads the union, …": a name with a relative clause about a person; not an employer named
// before it ("an analyst at Morgan Stanley, who rates the stock": the who is the analyst).
// (the name starts a word: not TG Pactual inside at BTG Pactual)
const NAME_WHO = new RegExp(
  `(?<!\\b(?:at|of|for|from|with|by|in|to) )(?<![\\p{L}])(${EN_NAME}),\\s+who(?:se)?\\b`,
  'gu',
);

/** A cheap test that a line may hold a role or title (the person patterns above are costlier). */
const ROLE_GATE =
  /, who(?:se)?\b|analyst|economist|strategist|[Cc]hief|CEO|CFO|COO|[Pp]resident|[Cc]hair|[Dd]irector|[Ff]ounder|[Pp]rofessor|Prof\.|Dr\.|Mr\.|Ms\.|Mrs\.|[Ss]pokes|partner|manager|head|officer|[Ee]xecutive|[Mm]inister|[Ss]ecretary|[Gg]overnor|investor|banker|lawyer|consultant|trader|Senator/;
const ASKED_BY = /\b[Aa]sked by (?:[^.,;]|\b(?:Inc|Corp|Co|Ltd)\.)*$/;
const PLACE_OBJECT = /\b(?:at|in|near|from|into|outside|across) [A-Z][\w'’-]+\s*$/;
const OWNED_PERSON =
  /\b[A-Z][A-Za-z&.]*['’]s ([A-Z][a-z]+ [A-Z][a-z]+)(?=(, | (?:said|says|told|pointed|noted|added|wrote|warned|argued)\b| [a-z]))/g;
const OF_FIRM = / (?:of|at) (?=[A-Z])/g;
const PERSON_BEFORE_OF = /\. ([A-Z][a-z]+(?: [A-Z][a-z'’-]+){1,2})$/;
// …or a possessive pronoun in the words that follow (Tan Wei Ling of Maybank Investment Bank cut her forecast)
const OWN_PRONOUN_AFTER = /^[^.;"“”]{0,80}?\b(?:her|his)\b/;
const BODY_WORD =
  /\b(?:Ministry|Department|Bank|Group|Commission|Office|Agency|Council|Board|Fund|Securities|Capital|Partners|Holdings|Research|Investments|Exchange|Authority|Bureau|Association|Institute|University|Times|News|Post|Journal|Party|Court|Equities|Advisors|Advisers|Ratings|Markets|Ltd|Limited|Inc|Corp|Corporation|LLC|Pvt|Plc|plc|GmbH)\b/;
const ENGLISH_SENTENCE = /[a-z]{2,} [a-z]{2,} [a-z]{2,}/;
const CAPITALISED = /[\p{Lu}][\p{L}'’-]+/gu;
const LETTER = /\p{L}/u;
const NON_ASCII = /[^\x00-\x7f]/;
// V8 runs \p{…} classes about 10× slower than ASCII ones: on a line whose letters are all ASCII, the same
// patterns with \p{Lu} → A-Z and \p{L} → A-Za-z (no u flag) match exactly the same.
const PERSONS = [NAME_THEN_ROLE, ROLE_THEN_NAME, TITLE_NAME_EN, NAME_WHO];
const PERSONS_ASCII = PERSONS.map(asciiTwin);
const CAPITALISED_ASCII = asciiTwin(CAPITALISED);
/** Capitalised words before a surname that are not a first name (Later Okafor said). */
const NOT_FIRST_NAMES = new Set(
  'A An And As Asked At Because Before Both But Earlier Even However If In Later Meanwhile Now On Only So Still The Then Though When While Yet'.split(
    ' ',
  ),
);

// A gendered full name opening a sentence before a verb (Grace Achieng sells …), or its clause after a lead-in (Back
// at Sri Kenari, Ahmad Faizal has started …).
const SENTENCE_PERSON = /(?:^|[.!?]["”]? |, )([A-Z][a-z]+ [A-Z][\w'’-]+)(?= [a-z]+(?:s|ed)\b)/g;

/**
 * English persons mentioned without a speech verb: a name with a role in apposition, and every
 * later use of a known person's surname (Okafor also addressed…), so that "she said" finds them.
 */
function englishPersons(
  line: string,
  from: number,
  out: Mention[],
  known: Map<string, number>,
  genders: Map<string, string>,
  names: ReadonlySet<string>,
  // false when only the persons are learnt (a line read ahead of a quote): its later mentions are not wanted
  mentions = true,
): void {
  const ascii = asciiLetters(line);
  if (ROLE_GATE.test(line)) {
    for (const re of ascii ? PERSONS_ASCII : PERSONS) {
      for (const m of line.matchAll(re)) {
        // a title caught with the name (Analyst Laura Chen, who …) is no part of it
        let name = m[1];
        let at = m.index + m[0].indexOf(name);
        for (let sp = name.indexOf(' '); sp > 0 && EN_TITLE_WORDS.has(name.slice(0, sp)); sp = name.indexOf(' ')) {
          at += sp + 1;
          name = name.slice(sp + 1);
        }
        // (a firm's name before ", who": Kotak Institutional Equities, who rates the stock …)
        // (nor who asks the question the sentence's subject answers: Asked by analyst Tom Barrow whether …, he said)
        // (nor a firm the article names: brands such as Laopu Gold, whose shares …)
        if (
          name.includes(' ') &&
          !BODY_WORD.test(name) &&
          !names.has(name) &&
          !ASKED_BY.test(line.slice(Math.max(0, at - 60), at))
        )
          out.push({ pos: from + at, name, kind: 'person' });
      }
    }
  }
  // An organisation's person, named with no role (HSBC's Ye Qing, based in Hong Kong, pointed to …)
  if (line.includes("'s ") || line.includes('’s '))
    for (const m of line.matchAll(OWNED_PERSON))
      // (before any other verb, a given name says it is a person: Piper Sandler's Tom Caldwell was more upbeat)
      if (!BODY_WORD.test(m[1]) && (m[2].length > 2 || m[2][0] === ',' || nameGender(m[1])))
        out.push({ pos: from + m.index + m[0].length - m[1].length, name: m[1], kind: 'person' });
  // A person of a firm opening a sentence (Priya Raman of Leerink Partners downgraded …): a gendered given name
  // (found back from each " of X"/" at X": a search for the name shape at every position costs more)
  if (line.includes(' of ') || line.includes(' at '))
    for (const m of line.matchAll(OF_FIRM)) {
      // (the 40 characters looked at open a sentence only where they open the line)
      const at = Math.max(0, m.index - 40);
      const who = PERSON_BEFORE_OF.exec((at === 0 ? '. ' : '') + line.slice(at, m.index));
      if (who && (nameGender(who[1]) || OWN_PRONOUN_AFTER.test(line.slice(m.index, m.index + 140))))
        out.push({ pos: from + m.index - who[1].length, name: who[1], kind: 'person' });
    }
  // A person set off by a role anywhere in a sentence (For shoppers like Leah Morrissette, a nurse …): a gendered
  // given name
  if (line.includes(', a'))
    for (const m of line.matchAll(NAME_THEN_ROLE_EN))
      if (nameGender(m[1])) out.push({ pos: from + m.index, name: m[1], kind: 'person' });
  // A person opening a sentence with a verb (Grace Achieng sells second-hand clothes …): a gendered given name
  for (const m of line.matchAll(SENTENCE_PERSON))
    if (nameGender(m[1])) out.push({ pos: from + m.index + m[0].length - m[1].length, name: m[1], kind: 'person' });
  for (const m of out) {
    if (
      m.kind === 'person' &&
      m.name.charCodeAt(0) < 0x250 &&
      /^[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)*$/u.test(m.name) &&
      // (a firm's name taken for a person's gives no surname: Daesan Bank Vietnam → no Vietnam; nor an acronym: The
      // FDA said … a former FDA official)
      !BODY_WORD.test(m.name) &&
      /\p{Ll}[^ ]*$/u.test(m.name)
    ) {
      const surname = m.name.slice(m.name.lastIndexOf(' ') + 1);
      known.set(surname, m.pos);
      const g = nameGender(m.name);
      if (g) genders.set(surname, g);
    }
  }
  if (known.size > 60) {
    // keep the most recently seen persons only
    const sorted = [...known].sort((a, b) => b[1] - a[1]);
    known.clear();
    for (const [k, v] of sorted.slice(0, 40)) known.set(k, v);
  }
  // Only a known surname is taken below: a line that holds none needs no walk over its capitalised words.
  if (!mentions || !known.size || !holdsAny(line, known)) return;
  const have = new Set(out.map((m) => m.pos));
  // (nor a part of a name found above: Tan Wei Ling gives no second mention Wei Ling)
  const inside = (pos: number) => out.some((m) => m.kind === 'person' && pos > m.pos && pos < m.pos + m.name.length);
  let prevAt = -9;
  let prevWord = '';
  for (const m of line.matchAll(ascii ? CAPITALISED_ASCII : CAPITALISED)) {
    const i = m.index;
    const word = m[0];
    // the name as written: with the first name when it comes right before the surname
    const withFirst = prevAt + prevWord.length + 1 === i && line[i - 1] === ' ' && !NOT_FIRST_NAMES.has(prevWord);
    const [firstAt, firstWord] = [prevAt, prevWord];
    [prevAt, prevWord] = [i, word];
    if (!known.has(word) || LETTER.test(line[i - 1] ?? ' ')) continue;
    // a surname alone that is also a company's name here is the company (Arjun Vardhan … Shares in Vardhan rose),
    // unless an age follows it (Vardhan, 58, brushed aside …)
    if (!withFirst && names.has(word) && !AGE_AFTER.test(line.slice(i + word.length, i + word.length + 6))) continue;
    const pos = from + (withFirst ? firstAt : i);
    if (!have.has(pos) && !inside(pos))
      out.push({ pos, name: withFirst ? `${firstWord} ${word}` : word, kind: 'person' });
  }
}

const AGE_AFTER = /^, \d{2},/;
const DETERMINER = /^(?:The|A|An|This|That|These|Those|Its|Their)$/;
const NAME_THEN_ROLE_EN = /(?<=\s)([\p{Lu}][\p{L}'’-]+ [\p{Lu}][\p{L}'’-]+), an? [a-z]/gu;

/** True when one of the `known` words occurs in `line` (native substring searches, no regex walk). */
function holdsAny(line: string, known: Map<string, number>): boolean {
  for (const word of known.keys()) if (line.includes(word)) return true;
  return false;
}

/** `re` with its Unicode letter classes made ASCII, for ASCII-lettered lines; `re` itself if any other \p is left. */
function asciiTwin(re: RegExp): RegExp {
  const source = re.source.replaceAll('\\p{Lu}', 'A-Z').replaceAll('\\p{L}', 'A-Za-z');
  return source.includes('\\p') ? re : new RegExp(source, re.flags.replace('u', ''));
}

/** True when every letter of `line` is an ASCII letter (a surrogate counts as a possible other letter). */
function asciiLetters(line: string): boolean {
  if (!NON_ASCII.test(line)) return true;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0x80 && ((c >= 0xd800 && c <= 0xdfff) || LETTER.test(line[i]))) return false;
  }
  return true;
}

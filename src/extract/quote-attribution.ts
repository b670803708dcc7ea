/**
 * Explicit attributions next to a quote (the first sieve, after Muzny et al. 2017): a clause ending
 * in a speech verb right before the opening mark (X表示：“…” / Jane Doe said, "…") or right after
 * the closing mark (“…”X指出 / "…," said Jane Doe / "…," she said).
 */
import { SPEECH_VERBS_EN } from './lexicon/speech-verbs-en';
import { SPEECH_VERBS_ZH } from './lexicon/speech-verbs-zh';
import { EN_ABBREV, EN_ORG_SUBJECT, FIRM_ROLE_THEN_NAME, enSpeakerAfter, enSpeakerBefore } from './quote-names-en';
import { kindOf, stripTitles, zhSpeaker, type SpeakerName } from './quote-names';
import type { MarkedSpan } from './quote-marks';
import { WHILE_HOLDING, isHanCode, wordSet } from './quote-words';
import { ZH_COMMON_SURNAMES } from './lexicon/quote-titles';

const byLength = (a: string, b: string) => b.length - a.length;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const EN_VERBS = [...SPEECH_VERBS_EN].sort(byLength).map(esc).join('|');

/** The Chinese speech verbs, indexed. */
export const ZH_VERBS = wordSet(SPEECH_VERBS_ZH);
/** A set of UTF-16 code units as a lookup table: read for every character of some scans, where a Set costs more. */
const codes = (s: string): { has(code: number): boolean } => {
  const table = new Uint8Array(65536);
  for (let i = 0; i < s.length; i++) table[s.charCodeAt(i)] = 1;
  return { has: (code) => table[code] === 1 };
};
/** Where a Chinese clause starts or ends (sentence and clause punctuation, quotation marks, line breaks). */
export const CLAUSE_BOUNDARY = codes('。！？；;!?\n，,：:“”「」『』');

/** Whether the character at `i` ends a clause: not the colon of a ticker (华住集团（NASDAQ: HTHT）则在财报中表示), nor inside a title. */
export function endsClause(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (!CLAUSE_BOUNDARY.has(c)) return false;
  // (nor punctuation inside a title: 在《工业母机：国产替代进入深水区》研报中指出, 研报《钛白粉：出口格局重塑，龙头份额提升》中写道)
  if (c !== 10 && inTitle(text, i)) return false;
  if (c !== 58 && c !== 0xff1a) return true;
  return !TICKER_COLON.test(text.slice(Math.max(0, i - 9), i));
}

/** Whether position `i` lies between 《 and 》 on one line, each at most 40 characters away. */
function inTitle(text: string, i: number): boolean {
  let open = -1;
  for (let j = i - 1; j >= 0 && j >= i - 40 && open < 0; j--) {
    const ch = text[j];
    if (ch === '》' || ch === '\n') return false;
    if (ch === '《') open = j;
  }
  if (open < 0) return false;
  for (let j = i + 1; j < text.length && j <= i + 40; j++) {
    const ch = text[j];
    if (ch === '》') return true;
    if (ch === '《' || ch === '\n') return false;
  }
  return false;
}
const TICKER_COLON = /[（(][A-Z]{2,8}$/;
const BEFORE_MARK = codes(' \t\u3000：:，,');
/** Characters that make 称/说/分析… part of another word (简称, 小说, 分析师). */
const ZH_NOT_BEFORE: Record<string, string> = {
  // (理想, 思想, 梦想, 幻想, 感想, 构想, 猜想, 设想, 回想, 联想: nouns, not 想 as thinking aloud)
  想: '理思梦幻感构猜设回联妄',
  // (对称, 不对称, 匀称, 相称, 著称: adjectives; 下称: hereinafter called)
  称: '简名号堪俗昵职统通总尊声宣自笑对匀相著下',
  说: '小据听传游解演学劝胡来法',
  讲: '演开主宣听',
  分析: '据',
  // (资本补充, 流动性补充: a top-up, not an addition someone makes to what they said)
  补充: '本金性力',
  介绍: '据',
  回答: '据',
  // (已有回应, 没有回应: the noun, a response there was)
  回应: '有',
  // 指 as said (Hong Kong papers: 業界人士指，…); not 手指, 意指, 所指, 特指, 专指, 泛指, 直指, 是指, 即指
  指: '手意所特专泛直是即仅多均矛遥',
  // 业内普遍认为, 一般认为: a view widely held, said by no one in particular
  认为: '遍泛般',
  // 价格指导要求, 相关要求, 的要求: the noun (requirements), not the verb
  // (落地要求, 用地要求: what a deal requires)
  // (提出了更高要求, 新要求, 严要求: the noun)
  // (生产要求, 技术要求, 资质要求, 认证要求, 环保要求: what a market or a rule requires)
  要求: '导关的按规合地率性度高新严硬产术质证保',
  // (作出评论, 不予评论: the noun, which a refusal to comment takes)
  评论: '出予',
  // 司法解释, 法律解释: the noun (an interpretation); 备货预测, 盈利预测: a forecast
  解释: '法',
  // 方向很明确: the adjective (clear), not the verb
  明确: '很更较不非',
  预测: '货利绩量价',
  // 接到自称“法务部”的电话: self-styled callers, no one speaking
  自称: '到的',
  // 疑问, 访问, 顾问, 学问: nouns and another verb, not "asked"
  问: '疑访顾学',
  // 也有担忧, 存在担心: the noun (a worry), not what someone said
  担忧: '有在',
  担心: '有在',
};
const ZH_NOT_AFTER: Record<string, string> = {
  称: '为之作号呼',
  // (靠安全记录说话: let the record speak, a figure of speech)
  说: '明法服话',
  分析: '师人',
  讲: '座话解',
  // (配料说明没有标明…: the label, a noun)
  说明: '会书没不有是中和与及',
  // (提出了更高要求: a demand made, not words said)
  提出: '了过',
  指: '标数导南针令引定向责挥示甲纹望控',
};

const EN_BEFORE = new RegExp(`\\b(?:${EN_VERBS})\\b(?:\\s[^,.:;!?"“”]{0,60})?\\s*[,:]\\s*$`);
// X said the deal was "a step back" for …: a quoted fragment inside the reported sentence, its speaker the subject
// of the verb before it in the same sentence.
// (not a passive: operators had been told to expect "…" is no one's words)
const EN_PARTIAL = new RegExp(`(?<!\\b(?:been|being|were|was) )\\b(?:${EN_VERBS})\\b(?:\\s[^.:;!?"“”]{0,120})?\\s$`);
// "…" to save the plant, and that Y had asked …: a new reported clause, not who said the quoted words
const NEW_CLAUSE = /,\s*(?:and\s+|but\s+)?that\b/;
const EN_AFTER_INVERTED = new RegExp(`^\\s*,?\\s*(?:${EN_VERBS}|according to)\\b`);
// "…," Ms. Holtby told analysts: an honorific's period is no sentence end
const EN_AFTER = new RegExp(
  `^\\s*,?\\s*((?:(?:Mr|Mrs|Ms|Dr|Capt)\\.\\s)?(?:[^.;:!?"“”]|(?<=\\b(?:Corp|Inc|Co|Ltd|Pte|Pty|Bhd|Cos|Bros|Jr|Sr|Dr|Prof|Mr|Mrs|Ms|Capt|[A-Z]))\\.){1,140}?)\\s+(?:${EN_VERBS})\\b`,
);
// X rejected the offer as "…" / X called it "…": a verb that frames the quoted words names their speaker
const EN_FRAME =
  /\b(?:rejected|dismissed|described|called|branded|labell?ed|termed|characteri[sz]ed|hailed|critici[sz]ed)\b(?:\s[^,.:;!?"“”]{0,60})?\s(?:as|it)\s*$/;
// X called the decision "…": a verb that frames words about a named thing
const EN_FRAME_OBJECT =
  /\b(?:called|branded|labell?ed|termed|described)\s+(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}[\w-]+\s*$/;
const LATIN = /[A-Za-z]/;
const GROUP_SUBJECT =
  /^(?:Analysts|Economists|Investors|Officials|Executives|Traders|Critics|Experts|Bankers|Lawyers|People|Sources|Regulators|Residents|Workers|Customers|Shareholders|Others|Some|Many|Both|It|They|The|This|That|We|I)$/;
const SAID_OPENER =
  /^((?:He|She)|(?:[\p{Lu}][\p{L}'’-]+ ){0,2}[\p{Lu}][\p{L}'’-]+) (?:also )?(?:said|says|added|noted|told (?:reporters|analysts|investors)) (?!["“])/u;
// A sentence that only names who spoke: "The company said in a press release." / "He said."
const VERDICT_OF =
  /^\s*(?:That|This|Such) (?:was|is) the (?:verdict|view|assessment|conclusion|warning|take|reaction|message|judgment|judgement) of ((?:[A-Z][\p{L}'’-]+ ){1,2}[A-Z][\p{L}'’-]+)\b/u;
/** Whose verdict the words before `s` were ("…." That was the verdict of X, …), as an attribution after them. */
function verdictOf(s: string): Attribution | undefined {
  const m = VERDICT_OF.exec(s);
  return m ? { speaker: { name: m[1], kind: 'person' }, side: 'after' } : undefined;
}
const BARE_ATTRIBUTION =
  /^\s*((?:The|the) (?:company|firm|group|bank|airline|carrier|ministry|agency|regulator)|[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*| and(?= [A-Z])){0,5})(?:, [^,.;"“”]{3,60},)? (?:said|says|added|wrote|noted|told (?:reporters|analysts|investors|journalists))(?: (?:in|on|to) (?:a|an|its|the) [a-z ]{3,30}| at [^.;"“”]{3,60})?\.(?:\s*$|\s+["“])/;
/** A verb of urging, warning or requiring and its addressee (呼吁|会员企业, 提醒|投资者, 深交所要求|公司), ending a clause. */
const URGES = /(?:呼吁|提醒|告诫|敦促|劝告|奉劝|号召|警告|寄语|要求|责令)[\u4e00-\u9fff]{1,6}$/;
const URGES_PUBLIC =
  /(?:呼吁|提醒|告诫|敦促|劝告|奉劝|号召|警告)(?:广大)?(?:市民|消费者|投资者|公众|用户|居民|旅客|乘客|家长|企业|大家|各方|业界|同行|股民|储户|车主|游客|行业自律|理性投资|理性消费|谨慎投资)$/;

const ISSUED_NOTICE =
  /^([^，。；]{2,30}?)(?:此前|近日|日前|今年|已经|已)*(?:(?:发布|下发|印发|出台|发出)了?(?:《[^》]{1,40}》|[^，。；]{0,12}?(?:通知|文件|意见|办法|规定|倡议书|倡议|公告|通告))|(?:联合)?发文)$/;

/** An explicit attribution: who, and whether it came before or after the quote. */
export interface Attribution {
  speaker: SpeakerName;
  side: 'before' | 'after';
}

/** Whether the Chinese verb at text[start, end) is really a verb here (not 简称, 小说, 分析师). */
export function zhVerbOk(text: string, start: number, end: number): boolean {
  const verb = text.slice(start, end);
  const key = verb.length === 1 ? verb : verb.slice(0, 2);
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if (ZH_NOT_BEFORE[key]?.includes(before) && before) return false;
  if (ZH_NOT_AFTER[key]?.includes(after) && after) return false;
  return true;
}

let NAME_IN_LAI: RegExp | undefined;
/** A person's name ending in 来 (韩东来) that the text also writes before something other than 说. */
function nameEndingInLai(text: string, name: string): boolean {
  if (!(NAME_IN_LAI ??= new RegExp(`^[${ZH_COMMON_SURNAMES}][\\u4e00-\\u9fff]来$`)).test(name)) return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
    if (text[at + name.length] !== '说' && isHanCode(text.charCodeAt(at + name.length))) return true;
  return false;
}

/** Where a clause ending in a speech verb has its verb (道/说/称 may follow it: 补充道, 介绍说), or -1. */
export function zhVerbEnd(clause: string): number {
  const last = clause[clause.length - 1];
  if (last === '道' || last === '说' || last === '称') {
    const verb = ZH_VERBS.endOf(clause.slice(0, -1));
    if (verb) return clause.length - 1 - verb.length;
  }
  const verb = ZH_VERBS.endOf(clause);
  return verb ? clause.length - verb.length : -1;
}

/**
 * The one who asks, in the clause before a clause opening with 要求 (上海证券交易所向翼途科技下发监管工作函，|要求公司
 * 说明…): the subject before 向/对, without a time (深圳证券交易所已于12月9日向…).
 */
export function requesterBefore(text: string, s: number, names: ReadonlySet<string>): SpeakerName | undefined {
  if (text[s - 1] !== '，') return undefined;
  let p = s - 1;
  while (p > 0 && s - p < 60 && !CLAUSE_BOUNDARY.has(text.charCodeAt(p - 1))) p--;
  const clause = text.slice(p, s - 1);
  // (or the body that issued a notice: 国家金融监督管理总局此前已发布通知，要求保险公司“…”)
  const who =
    /^([^，。；]{2,24}?)(?:(?:已经?|已|曾|将)?于[^，。；向对]{1,12})?(?:向|对)/.exec(clause) ??
    ISSUED_NOTICE.exec(clause) ??
    // (or the one that wrote a letter: 證監會及港交所上月聯合致函保薦人，指…)
    /^([^，。；]{2,24}?)(?:上月|本月|昨日|昨天|日前|近日|此前|早前|再次|先后)?(?:联合)?(?:致函|致信|发函|去信|去函)/.exec(
      clause,
    ) ??
    // (or the body that called a meeting: 国家邮政局多次召开座谈会，要求快递企业不得“…”)
    /^([^，。；]{2,24}?)(?:多次|再次|近日|日前|先后|已经?|还)?(?:组织)?(?:召开|举行)了?[^，。；]{0,12}?(?:会议|座谈会|会)$/.exec(
      clause,
    );
  return who ? zhSpeaker(who[1], names) : undefined;
}

const SAYS_OPENING = /^(?:指出?|表示|称)/;
const ALIAS_IN_BRACKETS = /(?:简称|下称)[“「]([^”」]{1,12})[”」]/;

/**
 * The subject of a clause that opens inside brackets after a name (领展房地产投资信托基金（下称“领展”，00823）回复…时表示):
 * the alias the brackets define (领展; 澳博 in 澳门博彩控股有限公司（下称“澳博”）行政总裁…指), or else the name before them.
 */
export function subjectAroundBrackets(
  text: string,
  s: number,
  v: number,
  names: ReadonlySet<string>,
): SpeakerName | undefined {
  const closeAt = text.indexOf('）', s);
  if (closeAt < 0 || closeAt >= v || text.lastIndexOf('（', closeAt) >= s) return undefined;
  const openAt = text.lastIndexOf('（', s);
  if (openAt < 0 || s - openAt > 40) return undefined;
  const alias = ALIAS_IN_BRACKETS.exec(text.slice(openAt, closeAt));
  let head = alias?.[1];
  if (!head) {
    let from = openAt;
    while (from > 0 && openAt - from < 40 && !endsClause(text, from - 1)) from--;
    head = text.slice(from, openAt);
  }
  return zhSpeaker(head + text.slice(closeAt + 1, v), names);
}

const POSTURE = '[站坐蹲走靠]在';
const STANDING = new RegExp(`^(?:${POSTURE}|一边)`);
const POSTURE_AT = new RegExp(`${POSTURE}|把`);
// What someone does while speaking, opening the clause after their name (指着…说, 站在…对记者说).
const FACING = /^(?:对|朝|冲|面对)着/;
const ACTING = new RegExp(`^(?:${WHILE_HOLDING}|${POSTURE}|一边)|${FACING.source}`);

const EXPLAINS_WHAT =
  /^(.{2,40}?)(?:解释|说明|谈及|谈到|阐述|分析|讲述)了?[^，。：:]{0,6}(?:原因|理由|看法|观点|思路|逻辑|考虑|背景|初衷)$/;

/** The attribution right before a quote's opening mark, if any. */
export function attributionBefore(text: string, q: MarkedSpan, names: ReadonlySet<string>): Attribution | undefined {
  let e = q.open;
  while (e > 0 && BEFORE_MARK.has(text.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > 0 && e - s < 80 && !endsClause(text, s - 1)) s--;
  const clause = text.slice(s, e);
  // X在电话会议上解释出售原因：“…”: a verb of explaining and what it explains, before a colon
  const explains = /[：:]/.test(text.slice(e, q.open)) ? EXPLAINS_WHAT.exec(clause) : null;
  if (explains) {
    const speaker = zhSpeaker(explains[1], names);
    if (speaker) return { speaker, side: 'before' };
  }
  let v = zhVerbEnd(clause);
  // (a verb of hope or wish after a verb of saying is what was said: 只表示|希望“…”)
  const said = v > 0 ? zhVerbEnd(clause.slice(0, v)) : -1;
  if (said >= 0 && zhVerbOk(text, s + said, s + v)) v = said;
  if (v > 0 && clause[v - 1] !== '的' && zhVerbOk(text, s + v, e)) {
    // X向公司下发问询函，要求公司说明“…”: the words quoted are the letter's, and X wrote it
    const requester = /^(?:要求|责令|请)/.test(clause) ? requesterBefore(text, s, names) : undefined;
    const speaker =
      requester ??
      subjectAroundBrackets(text, s, s + v, names) ??
      // (a clause that opens with whom the speaker faced has no subject: the clause before names them)
      (FACING.test(clause) ? undefined : zhSpeaker(clause.slice(0, v), names)) ??
      sentenceCompany(text, s, clause, names);
    if (speaker) return { speaker, side: 'before' };
  } else if (v < 0) {
    // (a clause opening with a verb of saying after one that sent a letter: 證監會及港交所上月聯合致函保薦人，指…「…」)
    const speaker =
      (SAYS_OPENING.test(clause) ? requesterBefore(text, s, names) : undefined) ??
      sentenceCompany(text, s, clause, names);
    if (speaker) return { speaker, side: 'before' };
  }
  // X站在屋顶上，指着光伏板说：“…”: what the speaker did as they spoke opens the clause; the clause before names them
  if (v > 0 && ACTING.test(clause) && (text[s - 1] === '，' || text[s - 1] === ',')) {
    let p = s - 1;
    while (p > 0 && s - 1 - p < 60 && !endsClause(text, p - 1)) p--;
    const before = text.slice(p, s - 1);
    const posture = before.search(POSTURE_AT);
    const speaker = zhSpeaker(posture > 0 ? before.slice(0, posture) : before, names);
    if (speaker?.kind === 'person') return { speaker, side: 'before' };
  }
  // 呼吁企业“…” / 提醒投资者“…” / 提醒市民，「…」: a verb of urging, then its addressee, right before the marks
  // (after a comma only a verb of urging and the public it urges: 要求 is also a noun, 要求极高，“…”)
  const urged =
    e === q.open ? URGES.exec(clause) : /^[：:，,]$/.test(text.slice(e, q.open)) ? URGES_PUBLIC.exec(clause) : null;
  if (urged && urged.index > 0) {
    const speaker = zhSpeaker(clause.slice(0, urged.index), names);
    if (speaker) return { speaker, side: 'before' };
  }
  // …发布通知，|要求保险公司“…”: the clause opens with the demand, and the one before names who makes it
  if (urged && urged.index === 0 && /^(?:要求|责令|呼吁|倡议)/.test(clause)) {
    const speaker = requesterBefore(text, s, names);
    if (speaker) return { speaker, side: 'before' };
  }
  // an interview's or a headline's "name: quote" (张三：“…” / 记者：“…”), only at the start of a line
  if (
    /[：:]/.test(text.slice(e, q.open)) &&
    (s === 0 || text[s - 1] === '\n') &&
    /^(?:#+\s*)?[^的得了是说]{1,8}$/.test(clause) &&
    // (not an English subject and its verb: He added: "…", which the English rules read)
    !/\b[a-z]/.test(clause)
  ) {
    const speaker = zhSpeaker(clause.replace(/^#+\s*/, ''), names);
    if (speaker && !/[\d%]/.test(speaker.name)) return { speaker, side: 'before' };
  }
  // 一位长期关注消费赛道的投资人对此有所保留：“…”: a person's stance on it, then a colon, introduces their words
  // (not a clause another's verb of saying reports: …对记者说，下游企业对此次提价的接受程度有限：“…”)
  const stance =
    /[：:]/.test(text.slice(e, q.open)) && !SAID_THEN_COMMA.test(text.slice(Math.max(0, s - 4), s))
      ? STANCE_THEN_COLON.exec(clause)
      : null;
  if (stance) {
    const speaker = zhSpeaker(stance[1], names);
    if (speaker?.kind === 'person') return { speaker, side: 'before' };
  }
  // 十铨一位主管私下表示，终端需求并未回温，「…」: a verb of saying that opens the sentence, one clause of what was said
  // between, names the speaker of the words that close it
  // (whole sentences only: a term closing the clause is no one's words for that)
  if (
    v < 0 &&
    s > 0 &&
    (text[s - 1] === '，' || text[s - 1] === ',') &&
    /[。！？][”」]?$/.test(text.slice(q.start, q.end)) &&
    q.end - q.start >= 10
  ) {
    let p = s - 1;
    while (p > 0 && s - p < 40 && !/[。！？\n“”「」：:；]/.test(text[p - 1])) p--;
    // (not from inside a bracket's alias marks: …有限公司（以下简称“中储棉”）的人士向记者透露)
    const opener = /^[）)的]/.test(text.slice(p, p + 1)) ? null : SAID_THEN_CLAUSE.exec(text.slice(p, s - 1));
    const speaker = opener ? zhSpeaker(opener[1], names) : undefined;
    if (speaker && speaker.kind !== 'pronoun') return { speaker, side: 'before' };
  }
  if (!LATIN.test(text[e - 1] ?? '')) return undefined;
  const window = text.slice(Math.max(0, q.open - 300), q.open);
  const line = window.slice(window.lastIndexOf('\n') + 1);
  const fragment = /^[a-z]/.test(text[q.start] ?? '');
  // X cut the rating, saying the company's liquidity would remain "…" / X relies on Y and said in its release that
  // supply was "…" / X affirmed the rating while warning that fires remained "…": the subject that opens the
  // sentence speaks
  let coordinated = COORDINATED_SPEECH.exec(line);
  // (a participle of warning after a verb of saying the sentence already has is that speaker's, found elsewhere:
  // Norway's Ministry of Finance said …, adding that the rules "…")
  if (
    coordinated &&
    PARTICIPLE.test(coordinated[0]) &&
    SAID_BEFORE.test(line.slice(lastSentenceStart(line.slice(0, coordinated.index)), coordinated.index))
  )
    coordinated = null;
  if (coordinated) {
    const sentence = line.slice(0, coordinated.index);
    const from = lastSentenceStart(sentence);
    // (the company expects …, and said …: the company named before speaks)
    const org = EN_ORG_SUBJECT.exec(sentence.slice(from));
    if (org) return { speaker: { name: org[0], kind: 'org-anaphor' }, side: 'before' };
    // (a firm's analyst named after the firm: Canaccord Genuity analyst Reuben Shaw cut … but said)
    const firmRole = FIRM_ROLE_THEN_NAME.exec(sentence.slice(from));
    if (firmRole) return { speaker: { name: firmRole[1], kind: 'person' }, side: 'before' };
    // (a firm's analysts as a body: Analysts at RBC Capital Markets cut … citing "…")
    const roleAt = ROLE_AT_FIRM.exec(sentence.slice(from));
    if (roleAt) return { speaker: { name: roleAt[1].trim(), kind: 'person' }, side: 'before' };
    // (an opening phrase before the subject is skipped: Asked about the report, Okoro declined … but said)
    const lead = LEAD_PHRASE.exec(sentence.slice(from));
    // (a ticker or an acronym in brackets after the subject is no part of it: A.P. Moller-Maersk A/S (MAERSK-B.CO))
    // (and a kind before a name is no part of it: Activist investor Cobalt Ridge Asset Management, which …)
    const opener = SENTENCE_SUBJECT.exec(
      sentence
        .slice(from + (lead?.[0].length ?? 0))
        .replace(/\s*\([^()]{1,40}\)/g, '')
        .replace(KIND_BEFORE_NAME, ''),
    );
    const name = opener?.[1].replace(/^The\s+/, '');
    if (name && /^(?:He|She)$/.test(name)) return { speaker: { name, kind: 'pronoun' }, side: 'before' };
    if (name && /[a-z]/.test(name) && !/^(?:The|It|They|This|That|These|Those|We|I|But|And)$/.test(name))
      return { speaker: { name, kind: kindOf(name, names) }, side: 'before' };
  }
  // …according to the Federal Deposit Insurance Corp., which said in its report that loans "…": the body before which
  // (of joining its words: the Central Bank of Kenya, which said in a 2024 consultation paper that …)
  const which = WHICH_SAID.exec(line);
  if (which) return { speaker: { name: which[1], kind: 'org' }, side: 'before' };
  const en =
    EN_BEFORE.exec(line) ??
    (/ (?:as|it)\s*$/.test(line) ? EN_FRAME.exec(line) : null) ??
    (fragment ? (lastMatch(EN_PARTIAL, line) ?? EN_FRAME_OBJECT.exec(line)) : null);
  // (a fragment that "according to X" follows is X's: …would keep them down "until the new year", according to a
  // spokeswoman)
  const accordingAfter = fragment && /^[^"”]{0,3}["”]?\s*,?\s*according to\b/.test(text.slice(q.end, q.end + 20));
  // Bao said the airline's plan … was "…" / She said the company had concluded that … "…": the subject of the verb of
  // saying that opens the sentence speaks a fragment of three words or more its clause reports, not a name inside the
  // clause (a fragment that "according to X" follows is X's)
  // (but words a clause's subject framed are its own: She noted that the company had described its exposure as "…")
  if (
    fragment &&
    !accordingAfter &&
    text.slice(q.start, q.end).split(/\s+/).length >= 3 &&
    !(/ (?:as|it)\s*$/.test(line) && EN_FRAME.test(line))
  ) {
    const opener = SAID_OPENER.exec(line.slice(lastSentenceStart(line)));
    if (opener && !GROUP_SUBJECT.test(opener[1])) {
      const speaker = /^(?:He|She)$/.test(opener[1])
        ? { name: opener[1], kind: 'pronoun' as const }
        : enSpeakerBefore(opener[1], names);
      if (speaker) return { speaker, side: 'before' };
    }
  }
  if (en && en.index > 0 && !accordingAfter) {
    const speaker = enSpeakerBefore(line.slice(0, en.index), names);
    if (speaker) return { speaker, side: 'before' };
  }
  return undefined;
}

/**
 * Where the last English sentence of `line` starts (0 when one sentence); a sentence may end inside a quote's marks
 * (hiring "without guessing." Veltrix reiterated …), an abbreviation's period ends none.
 */
function lastSentenceStart(line: string): number {
  let from = 0;
  for (const b of line.matchAll(/[.!?]["”]?\s+(?=[A-Z])/g))
    if (!EN_ABBREV.test(line.slice(0, b.index + 1))) from = b.index + b[0].length;
  return from;
}

const ROLE_AT_FIRM = /^((?:Analysts|Economists|Strategists) at (?:[A-Z][\w&.'’-]*\s){1,4})[a-z]/;
const SAID_THEN_CLAUSE =
  /^([^，,。；“”「」]{2,24}?)(?:私下|公开|对记者|向记者|对本报|向本报)?(?:表示|透露|指出|坦言|直言)$/;
const SAID_THEN_COMMA = /(?:说|表示|认为|指出|称|介绍|坦言|透露|直言)[，,]$/;
const STANCE_THEN_COLON = /^([^，。：“”]{2,30}?)对(?:此|[^，。：“”]{1,12}?)[^，。：“”的]{2,10}$/;

// A word for the kind of firm before its name (外资大摩, 券商中信证券, 评级机构中诚信国际).
const FIRM_KIND_FIRST = /^(?:外资行|外资|券商|投行|评级机构|机构)/;

/**
 * A company that opens the sentence, for a clause that opens with a verb of speech and has no subject of its own
 * (摩根士丹利在研报中将评级上调至“增持”，|认为其分红承诺“…”): the sentence's subject speaks on.
 */
function sentenceCompany(text: string, s: number, clause: string, names: ReadonlySet<string>): SpeakerName | undefined {
  // (并指出, 同时表示: the same subject goes on)
  // (但同时提示: a contrast and then one of them)
  const lead = /^(?:(?:但|却|而)(?:同时|也|还|又)?|并且?|同时|也|还)/.exec(clause)?.[0].length ?? 0;
  if (!ZH_VERBS.at(clause, lead) || s === 0 || !/[，,]/.test(text[s - 1])) return undefined;
  let p = s - 1;
  while (p > 0 && s - p < 200 && !/[。！？!?；;\n]/.test(text[p - 1])) p--;
  // (外资大摩, 券商中信证券: a word for the kind of firm before its name)
  const kind = FIRM_KIND_FIRST.exec(text.slice(p, p + 4));
  if (kind) p += kind[0].length;
  for (let n = Math.min(12, s - p); n >= 2; n--) {
    const name = text.slice(p, p + n);
    if (!names.has(name)) continue;
    // (the firm's titled person, when the subject names one: 招商证券电子行业分析师蒋亦凡在…维持…评级，但也指出)
    const titled = TITLED_AFTER_FIRM.exec(text.slice(p + n, s));
    const person = titled ? zhSpeaker(name + titled[1], names) : undefined;
    return person?.kind === 'person' ? person : { name, kind: 'org' };
  }
  return undefined;
}
// A title and a name right after a firm opening a subject, before the rest of its clause (电子行业分析师蒋亦凡|在).
const TITLED_AFTER_FIRM =
  /^([^，。！？“”\n]{0,10}?(?:分析师|研究员|经济学家|策略师|董事长|总经理|总裁|首席执行官|负责人|合伙人)[\u4e00-\u9fff]{2,3}?)(?=在|维持|给予|下调|上调|也|则|还|并|曾|已|此前|近日|日前|，)/;

/** The last match of an end-anchored pattern (…has said it could …, but Balogun … said there was "…": the second said). */
function lastMatch(re: RegExp, line: string): RegExpExecArray | null {
  // (asking for a thing is no speech: …said X, and that officials had asked for "more detail")
  const asking = (x: RegExpExecArray) => /^(?:asked|called|pushed|pressed) for\b/.test(x[0]);
  let m = re.exec(line);
  if (m && asking(m)) return null;
  while (m) {
    const from = m.index + 1;
    const later = re.exec(line.slice(from));
    if (!later || asking(later)) break;
    later.index += from;
    m = later;
  }
  return m;
}

const WHICH_SAID =
  /(?:\bthe\s+)?((?:[A-Z][\w&'’-]*\.?\s(?:of\s)?){0,5}[A-Z][\w&'’-]*\.?),\s+which\s+(?:said|says|warned|noted|added)\b[^.!?"“”]{0,200}\s$/;
const PARTICIPLE = /^(?:,\s*(?:warning|noting|adding)|\bwhile )/;
const SAID_BEFORE = /\b(?:said|says|wrote|writes|told|added|adds)\b/;
const COORDINATED_SPEECH =
  /(?:,\s*(?:saying|citing|arguing|warning|noting|adding)|\bwhile (?:saying|warning|noting)|\b(?:and|but) (?:has |have |had )?(?:said|says|added|warned|noted))\b[^.!?"“”]{0,160}\s$/;
// (Activist investor X, Credit rating firm X, Data provider X)
const KIND_BEFORE_NAME =
  /^(?:[A-Z][a-z]+ )?(?:[a-z]+ )?(?:investor|shareholder|hedge fund|fund|firm|lender|group|agency|provider|company) (?=[A-Z])/;
// An opening phrase before a sentence's subject (Asked about the report, Okoro …; Asked whether …, he did not …).
export const LEAD_PHRASE =
  /^(?:[A-Z][a-z]+(?:ed|ing)|In|At|On|After|Before|During|When|As|For|With|Since|Despite)\b[^,.]{0,80},\s+/;
// A sentence's subject: the capitalised words that open it, before its first lower-case verb.
const SENTENCE_SUBJECT = /^(?:[.!?]\s+)?((?:[A-Z][\w&.'’/-]*\s){0,4}[A-Z][\w&.'’/-]*),?\s[a-z]/;

/** Where the clause from `from` ends (at most `max` characters on), a full-width bracket (a code, an alias) crossed whole. */
function clauseEnd(text: string, from: number, max: number): number {
  let e = from;
  // (a bracket crossed whole does not count against the length: X股份有限公司（以下简称“X”，603719.SH）…总经理Y…说)
  let skipped = 0;
  while (e < text.length && e - from - skipped < max && !CLAUSE_BOUNDARY.has(text.charCodeAt(e))) {
    const close = text[e] === '（' ? text.indexOf('）', e) : -1;
    if (close > e && close - e < 40) {
      skipped += close + 1 - e;
      e = close + 1;
    } else e++;
  }
  return e;
}

const DESCRIBES = /这样|如此|这么|如是/;
const ADVERBIAL_OPENING = /^(?:在|据|于|对于|当|面对|谈及|谈到|提到|针对)/;
const ADVERBIAL_END = /^[^，。]{0,24}(?:会上|会议上|论坛上|活动上|期间|之际|时)$/;

/** “…”X这样形容 / “…”在一场论坛上，X如此评价道: a speaker describing the quote, after at most one adverbial clause. */
function describedBy(text: string, a: number, names: ReadonlySet<string>): SpeakerName | undefined {
  let from = a;
  let dated = 0;
  for (let clauses = 0; clauses < 3; clauses++) {
    // (a bracket after a name holds its code and alias: X（688733.SH，以下简称“Y”）总裁Z这样形容)
    let e = clauseEnd(text, from, 80);
    // (and an event's name in marks is crossed whole: 在“2025年中国冷冻饮品产业大会”上，…)
    for (let k = 0; k < 2 && (text[e] === '“' || text[e] === '「'); k++) {
      const close = text.indexOf(text[e] === '“' ? '”' : '」', e + 1);
      if (close < 0 || close - e > 40) break;
      e = clauseEnd(text, close + 1, 80);
    }
    const clause = text.slice(from, e);
    const m = DESCRIBES.test(clause) ? /^(.{1,70}?)(?:这样|如此|这么|如是)(.{1,4})/.exec(clause) : null;
    if (m) {
      const rest = m[2];
      if (ZH_VERBS.at(rest, 0) || /^(?:说|讲|评价|形容|概括|总结|描述|反思|自嘲|调侃|比喻|开场)/.test(rest))
        return zhSpeaker(m[1], names);
    }
    // only an adverbial clause (在…上, 据…, 谈到…时) may come between the mark and the speaker
    // (or a time and place: 11月6日的业绩说明会上; or a date, then one: 11月26日，在郑州举行的新品发布会上)
    if (clauses === 0 && /^\d{1,2}月\d{1,2}日$/.test(clause)) dated = 1;
    else if (clauses > dated || !(ADVERBIAL_OPENING.test(clause) || ADVERBIAL_END.test(clause))) return undefined;
    if (text[e] !== '，') return undefined;
    from = e + 1;
  }
  return undefined;
}

const DESCRIBED_LEAD =
  /^[^，。“”\n]{2,36}的([\u4e00-\u9fff]{2,3})，[^。“”\n]{0,60}。[他她](?:告诉|对|向|说|表示|介绍|透露|坦言|回忆)/;
const RECALLS =
  /^(?:回忆起|回忆|说起|谈起|提起|想起)[^，。“”]{0,30}，([^，。“”]{2,30}?)(?=仍|还|也|依然|至今|不禁|一直|直言|坦言)/;
// (a name's bracket is crossed whole: X股份有限公司（以下简称“X”，301587.SZ）董事长Y向记者…)
const TO_REPORTER =
  /^((?:[^，。、“”（(]|[（(][^）)]{0,40}[）)]){2,60}?)(?:向|对|跟|给|告诉)(?:本报|《[^》]{1,12}》)?记者/;

/** The attribution right after a quote's closing mark, if any. */
const KANLAI_AFTER = /^在([^，。；：“”]{2,14}?)看来/;
const TIME_FIRST =
  /^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚间|晚上|晚)?|(?:今年)?\d{1,2}月(?:初|上旬|中旬|下旬|底|末)?|当天|当日|日前|近日|随后|此前|会上|面对记者(?:的)?(?:提问|追问)?|在[^，。；：“”]{2,20}?(?:门口|现场|店内|店里|家中|办公室|会场|门店|车间|工地|厂区|园区|街头|总部|会议室|展厅|展台|工厂|基地)(?:外|前|内|里|旁)?|在[^，。；：“”]{2,30}?(?:(?:间|室|厅|馆|店|厂|场|楼)[里内]|间隙|期间|之际|现场|(?:会|会议|论坛|峰会|活动)上))，/;

export function attributionAfter(text: string, q: MarkedSpan, names: ReadonlySet<string>): Attribution | undefined {
  const a = q.after;
  if (a >= text.length) return undefined;
  // (a paragraph of its own, then whose verdict it was: "…."⏎⏎That was the verdict of Benjie Okafor, …)
  if (text[a] === '\n')
    return /[.!?]$/.test(text.slice(q.start, q.end)) ? verdictOf(text.slice(a, a + 160)) : undefined;
  // A print layout's break inside the attribution (…的广西恒拓二手工程⏎⏎机械贸易有限公司…总经理黄志坚对记者说): read on,
  // in a short view of the text around the quote with the break taken out (a copy of the whole text would cost its
  // length for every such quote).
  const nl = text.indexOf('\n', a);
  if (nl > a && nl - a < 60 && isHanCode(text.charCodeAt(nl - 1)) && !/[。！？”」]/.test(text.slice(a, nl))) {
    let next = nl;
    while (next < text.length && /\s/.test(text[next])) next++;
    if (isHanCode(text.charCodeAt(next))) {
      const w = Math.max(0, q.open - 200);
      const view = text.slice(w, nl) + text.slice(next, next + 200);
      const shifted = { ...q, start: q.start - w, end: q.end - w, open: q.open - w, after: a - w };
      return attributionAfter(view, shifted, names);
    }
  }
  let cs = a; // where the clause starts
  let e = a;
  // A work's name in marks opening the clause is part of it (“…，”“雾港奇谭”制作人X说，“…”).
  if (text[a] === '“') {
    // Bounded: an unclosed mark must not send a search through the rest of the text.
    const close = a + 1 + text.slice(a + 1, a + 13).indexOf('”');
    if (close > a + 1 && isHanCode(text.charCodeAt(close + 1))) e = close + 1;
  }
  // “…”10月25日，X在会上说 / “…”当天，X说: a time opening the clause after a whole quoted sentence is no subject.
  // (a time, then a place: “…。”12月10日，在位于合肥高新区的公司总部，X对记者感慨)
  if (/[。！？!?]$/.test(text.slice(q.start, q.end)))
    for (let k = 0; k < 2; k++) {
      const when = TIME_FIRST.exec(text.slice(e, e + 32));
      if (!when || e - a > 20) break;
      cs = e += when[0].length;
    }
  // “…。”站在车间的检测台旁，X董事长Y向记者算了一笔账: where the speaker stood opens the clause, and is no subject
  if (/[。！？!?]$/.test(text.slice(q.start, q.end)) && e === a && STANDING.test(text.slice(a, a + 3))) {
    const comma = text.slice(a, a + 24).search(/[，,]/);
    if (comma > 2 && !/[。！？“”]/.test(text.slice(a, a + comma))) cs = e = a + comma + 1;
  }
  // a bracket is crossed whole: X股份有限公司（601858.SH，以下简称“X”）总经理Y说
  e = clauseEnd(text, e, 60 - (e - cs));
  // “…。”，张三说。 — a comma after the mark is skipped only when the attribution then ends the sentence
  // (or when the clause after the comma is only who said it, to the sentence's end: “…”，X在回复问询函时表示。)
  // (its brackets crossed whole too: “…”，X股份有限公司（以下简称“X”）投资长Y说。)
  if (e === a && text[a] === '，') {
    const f = clauseEnd(text, a + 1, 29);
    const ends = /[。！？\n]/.test(text[f] ?? '\n');
    if (ends && (/[。！？…!?.，,]$/.test(text.slice(q.start, q.end)) || zhVerbEnd(text.slice(a + 1, f)) > 0))
      [cs, e] = [a + 1, f];
  }
  const clause = text.slice(cs, e);
  const v = zhVerbEnd(clause);
  // “…。”据其介绍，…: after a whole quoted sentence, 据X介绍 opens the next one and sources what follows it
  // (and so does one a contrast opens: “…。”而中信期货的研究团队则在报告中提示，… is another source's view)
  const nextSentence = /^(?:(?:另|又)?据|而|但是?|不过)/.test(clause) && /[。！？!?]$/.test(text.slice(q.start, q.end));
  // “X”的人认为 / “X”等说法称: the quoted words modify what follows, they are not what it said
  // (nor does a demand that opens the next sentence: “…。”X此前发布的相关通知也要求…)
  const reply = /[。！？!?]$/.test(text.slice(q.start, q.end)) && /^要求/.test(clause.slice(v));
  if (
    v > 0 &&
    !nextSentence &&
    !reply &&
    clause[v - 1] !== '的' &&
    // (来说 is "for X"; but 韩东来说 is 韩东来 speaking, a name the article writes before another verb too)
    (zhVerbOk(text, cs + v, e) || nameEndingInLai(text, clause.slice(0, v))) &&
    // (的士, a taxi, opens a name: 」的士司機從業員總會主席梁偉成說)
    !/^(?:的(?!士)|之|等|式|型|般|这一|这个|这种|一词|一说)/.test(clause)
  ) {
    const speaker = zhSpeaker(clause.slice(0, v), names);
    if (speaker) return { speaker, side: 'after' };
  }
  // “…。”…创始人吴倩一边整理退回的连衣裙，一边向记者算账。: one doing two things at once, the second of them speaking
  if (v < 0 && clause.includes('一边') && text.startsWith('，一边', e)) {
    let f = e + 3;
    while (f < text.length && f - e < 40 && !CLAUSE_BOUNDARY.has(text.charCodeAt(f))) f++;
    const next = text.slice(e + 3, f);
    const speaker =
      zhVerbEnd(next) > 0 || /记者/.test(next)
        ? zhSpeaker(clause.slice(0, clause.lastIndexOf('一边')), names)
        : undefined;
    if (speaker?.kind === 'person') return { speaker, side: 'after' };
  }
  // “…。”…总经理张立新，指着库房里的纸箱对记者说。: the person, then what they did as they said it
  if (v < 0 && text[e] === '，' && ACTING.test(text.slice(e + 1, e + 4))) {
    let f = e + 1;
    while (f < text.length && f - e < 40 && !CLAUSE_BOUNDARY.has(text.charCodeAt(f))) f++;
    const speaker = zhVerbEnd(text.slice(e + 1, f)) > 0 ? zhSpeaker(clause, names) : undefined;
    if (speaker?.kind === 'person') return { speaker, side: 'after' };
  }
  // “…。”在X看来，…: the one whose view the next sentence gives said it
  const view = /[。！？!?]$/.test(text.slice(q.start, q.end)) ? KANLAI_AFTER.exec(text.slice(a, a + 24)) : null;
  if (view) {
    const speaker = zhSpeaker(view[1], names);
    if (speaker) return { speaker, side: 'after' };
  }
  // “…。”回忆起那天凌晨的情形，一家跨境电商公司的创始人周立衡仍心有余悸。: a quote opening its paragraph, then a
  // sentence about a titled person recalling it
  if ((q.open === 0 || text[q.open - 1] === '\n') && /[。！？!?]$/.test(text.slice(q.start, q.end))) {
    const recall = RECALLS.exec(text.slice(a, a + 90));
    // (the name after the description's last title: 一家跨境电商公司的创始人|周立衡)
    // (or after the description that ends in 的: 家住上海闵行区的|李女士)
    const name = recall ? stripTitles(recall[1].slice(recall[1].lastIndexOf('的') + 1)) : '';
    if (recall && name !== recall[1] && /^[\u4e00-\u9fff]{2,4}$/.test(name) && recall[1].endsWith(name))
      return { speaker: { name, kind: 'person' }, side: 'after' };
  }
  // “…。”在石家庄经营一家便利店的王丽，已经做了四年团长。她告诉记者，…: the person described right after a quote
  // that opens its paragraph, whom the next sentence has speaking
  if ((q.open === 0 || text[q.open - 1] === '\n') && /[。！？!?]$/.test(text.slice(q.start, q.end))) {
    const lead = DESCRIBED_LEAD.exec(text.slice(a, a + 140));
    if (lead && ZH_COMMON_SURNAMES.includes(lead[1][0]))
      return { speaker: { name: lead[1], kind: 'person' }, side: 'after' };
  }
  const first = text.charCodeAt(a);
  const described = isHanCode(first) || (first >= 48 && first <= 57) ? describedBy(text, a, names) : undefined;
  if (described) return { speaker: described, side: 'after' };
  // “…。”华北一位经销商向记者展示了…: whoever turns to the reporter right after a whole quoted sentence said it.
  const toReporter = /[。！？!?]$/.test(text.slice(q.start, q.end)) ? TO_REPORTER.exec(clause) : null;
  if (toReporter) {
    const speaker = zhSpeaker(toReporter[1], names);
    if (speaker) return { speaker, side: 'after' };
  }
  let f = a;
  while (f < text.length && f - a < 3 && (text[f] === ' ' || text[f] === ',')) f++;
  if (!LATIN.test(text[f] ?? '')) return undefined;
  const window = text.slice(a, Math.min(text.length, a + 200));
  const line = window.split('\n')[0];
  const inverted = EN_AFTER_INVERTED.exec(line);
  if (inverted) {
    const speaker = enSpeakerAfter(line.slice(inverted[0].length), names);
    if (speaker) return { speaker, side: 'after' };
  }
  // after a quote ending a sentence ("…." He said …), a capital starts a new sentence, not an attribution,
  // unless that sentence only says who spoke ("…." The company said in a press release.)
  const closed = /[.!?]$/.test(text.slice(q.start, q.end)) && /[A-Z]/.test(text[f]);
  const bare = closed ? BARE_ATTRIBUTION.exec(line) : null;
  if (bare) {
    const speaker = enSpeakerBefore(bare[1], names);
    if (speaker) return { speaker, side: 'after' };
  }
  // ("…." That was the verdict of Benjie Okafor, a banks analyst …: whose verdict the words were)
  const verdict = closed ? verdictOf(line) : undefined;
  if (verdict) return verdict;
  const en = closed ? null : EN_AFTER.exec(line);
  if (en && !NEW_CLAUSE.test(en[1])) {
    const speaker = enSpeakerBefore(en[1], names);
    if (speaker) return { speaker, side: 'after' };
  }
  return undefined;
}

/** The English speech-verb alternation, shared with the mention scan. */
export const EN_VERB_PATTERN = EN_VERBS;

/**
 * Tells a quotation (someone's words) from words in marks that are not one (GUIDELINE.md §3): scare
 * quotes and terms (“护城河”, "wins"), names of products, events and awards, 简称“X” aliases. Words
 * that read as a clause, that are attributed, or that are long are quotes; short bare noun phrases,
 * listed items and names are not. Fragments of ≤ 4 Chinese characters / 1–2 English words are
 * optional in the gold and cannot be told from emphasis, so they count only when attributed.
 */
import {
  FUNCTION_WORDS_ZH,
  NAME_CUES_BEFORE_EN,
  NAME_CUES_BEFORE_ZH,
  NAME_SUFFIXES_ZH,
  RATING_LABELS,
  TERM_CUES_AFTER_ZH,
  TERM_CUES_BEFORE_ZH,
} from './lexicon/quote-cues';
import { isHanCode, wordSet } from './quote-words';

const ZH_SUBTITLED = /^[^，。！？；：,!?;:\s]{1,8}[：:][^，。！？；：,!?;:\s]{1,8}$/;
const CLAUSE_PUNCT = /[，。！？；：,!?;:…]|\.(?=\s|$)/;
const RATINGS = new Set(RATING_LABELS);
const byLength = (a: string, b: string) => b.length - a.length;
const NAME_BEFORE_ZH = wordSet(NAME_CUES_BEFORE_ZH);
const TERM_BEFORE_ZH = wordSet(TERM_CUES_BEFORE_ZH);
const TERM_AFTER_ZH = wordSet(TERM_CUES_AFTER_ZH);
const NAME_SUFFIX_ZH = wordSet(NAME_SUFFIXES_ZH);
const NAME_BEFORE_EN = [...NAME_CUES_BEFORE_EN].sort(byLength);
const FUNCTION_RE = new RegExp([...FUNCTION_WORDS_ZH].sort(byLength).join('|'), 'g');
// (three-character nouns: four-character items are as often clauses, 高位质押、跨界投资、主业失速)
const NOUN_LIST = /^[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3}){2,}$/;
const NEGATED_OPENING = /^(?:暂时|暂|还|尚|目前|短期内)?(?:没有|没|不会|不再|暂无|并无|并不)/;
const ADVERB_OPENING = /^(?:几乎|仍然|仍|已经|根本|完全|并不|并没|没有|只能|无法|难以|远远)/;
const CLAUSE_OPENING = /^(?:不|没|未|按|将|仍|尚|已|正在|暂)/;
const DETERMINER_END = /\b(?:a|an|the|its|their|his|her|our|this|that|these|those)\s*$/i;
/** Words after the closing mark that show the quoted words are not a noun modifier (a "…" to cope). */
const FUNCTION_EN = new Set(
  'a an and as at but by for from in into is of on or that the to was were which who with would will can could'.split(
    ' ',
  ),
);
/** Small words that stay lowercase in a Title Case name (The Art of the Deal). */
/** The last word of a named plan, scheme or programme. */
const PLAN_HEAD =
  /\b(?:Plan|Programme|Program|Strategy|Initiative|Scheme|Act|Agenda|Framework|Roadmap|Compact|Pact|Deal)[,.]?$/;
const TITLE_SMALL = new Set('a an and as at by for from in of on or the to vs with'.split(' '));

/** What the classifier needs to know about one candidate. */
export interface QuoteCandidate {
  /** The words inside the marks (all pieces of a multi-paragraph quote joined). */
  inner: string;
  /** Up to 12 characters before the opening mark, on the same line. */
  before: string;
  /** Up to 32 characters after the closing mark, on the same line. */
  after: string;
  /** The text right after the closing mark starts another opening mark, or `before` ends with a closing one. */
  listed: boolean;
  /** An explicit attribution (X表示：“…” / "…," she said) is next to it. */
  attributed: boolean;
  /**
   * Whether a speech verb comes earlier in its sentence (X坦言，去年压货“确实过了头”): it sits in reported
   * speech. A function, as it is asked only when it can decide.
   */
  reported?: () => boolean;
  /** The inner words are exactly a company the company detector found (an alias or nickname). */
  isCompany: boolean;
}

const SHIFT_FROM = /[从由]$/;
const SHIFT_TO = /^(?:转向|转为|转变为|走向|变成|变为|过渡到|升级为|到)[“"]/;
const SHIFT_ENDS = /[从由][“"][^“”"]{1,16}[”"](?:转向|转为|转变为|走向|变成|变为|过渡到|升级为|到)$/;

function hasFunctionWord(s: string): boolean {
  FUNCTION_RE.lastIndex = 0;
  const found = FUNCTION_RE.test(s);
  FUNCTION_RE.lastIndex = 0;
  return found;
}

function hasHan(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isHanCode(s.charCodeAt(i))) return true;
  return false;
}

/** Chinese length: Han characters plus Latin/digit runs counted as one each. */
function zhLength(s: string): number {
  let n = 0;
  let inRun = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const alnum = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
    if (isHanCode(c)) n++;
    else if (alnum && !inRun) n++;
    inRun = alnum;
  }
  return n;
}

/** True when the candidate is a quotation, false for a term, name, alias or scare quote. */
export function isQuotation(c: QuoteCandidate): boolean {
  if (c.isCompany) return false;
  if (
    RATINGS.has(
      c.inner
        .toLowerCase()
        .replace(/[\s,.!?，。]+$/u, '')
        .trim(),
    )
  )
    return false;
  return hasHan(c.inner) ? isZhQuotation(c) : isEnQuotation(c);
}

const SLOGAN_LIST = /^[\u4e00-\u9fff]{2,5}(?:、[\u4e00-\u9fff]{2,5})+$/;
const SLOGAN_VERB_BEFORE =
  /(?:坚持|采取|实现了?|做到|推行|落实|贯彻|遵循|秉持|秉承|奉行|倡导|践行|按照|要|[让使][\u4e00-\u9fff]{1,8})$/;
const POLICY_FORMULA = /^(?:[应能]([\u4e00-\u9fff])[尽则]\1(?:[、，,]|$))+$/u;
// (a clause of the report may come first: 晓鸣农牧方面表示，存栏已压减约15%，公司“将根据市场情况…”)
const REPORTED_SUBJECT =
  /(?:表示|称|说|介绍|透露|回应|坦言|指出)[，,](?:[^。！？；“”「」，,]{2,30}[，,])?(?:该行|该公司|公司|其|他|她|对方)$/;

// (a topic, not a verb: 公司将全面推进“…计划” names a plan)
const REPORTED_TOPIC =
  /(?:表示|介绍|透露|坦言|指出|直言)[，,](?:公司|该公司|其|他|她)(?:(?![将要会已正在把])[\u4e00-\u9fff]){2,6}$/;
const RULE_KIND_AFTER =
  /^(?:制度|政策|机制|模式|理念|战略|原则|框架|体系|标准|工程|专项行动|改革|试点|网络|平台|(?:湿法|干法|火法)?(?:工艺|技术路线))/;
const PUBLISHED_BEFORE = /(?:发布|公布|出台|印发|发表|编制|推出)的$/;
const DOCUMENT_END =
  /(?:调查|报告|统计|白皮书|蓝皮书|指数|指引|指南|名单|榜单|通知|办法|规定|意见|条例|方案|公报|年报|目录|清单|展望)$/;

// Someone's own words for a thing (刘德贵把这套模式称为“让加盟商只管开门做生意”, 他将这次收购视为“…”): a quotation
// when it is a phrase, not a term (“洗牌期”), and the one who calls it so is no crowd (市场将明年视为“…”, 被称为“…”).
const CALLED_BY_SUBJECT =
  /(?:^|[，。；：！？“”「」])(?![^把将，。]*(?:市场|业内|业界|外界|行业|投资者|舆论|网友|媒体|被))[^，。；：！？“”「」]*[把将][^，。；：“”「」被]{1,10}(?:称为|称作|视为|视作|看作|看成|形容为|比作|比喻为|概括为|定义为)$/;

function isZhQuotation(c: QuoteCandidate): boolean {
  const inner = c.inner.trim();
  if (NAME_BEFORE_ZH.endOf(c.before)) return CALLED_BY_SUBJECT.test(c.before) && zhLength(inner) >= 8;
  // (and a verb that describes or likens, not a cue of names: 他把这形容为“先修机场、再卖机票”的生意)
  if (CALLED_BY_SUBJECT.test(c.before) && zhLength(inner) >= 8) return true;
  // (not a clause of ten characters or more with a negation, as a penalty notice quotes its findings: 因“对合作催收机构管理
  // 严重不审慎”“未按规定保护金融消费者个人信息”等违法违规行为)
  if (c.listed && !CLAUSE_PUNCT.test(inner) && !(zhLength(inner) >= 10 && /[不未没]/.test(inner))) return false;
  const len = zhLength(inner);
  const endsWithPunct = /[，。！？,!?…]$/.test(inner);
  // a formula of a product or a strategy (现切鲜牛肉+川式牛油锅底, “保底+浮动”) is a term
  if (/[+＋]/.test(inner) && !CLAUSE_PUNCT.test(inner)) return false;
  // 以“最后上车机会”为噱头: words in marks between 以 and 为 are a label something is used as
  // (not a principle stated as a clause: 以「不輕易收樓、不輕易追加抵押」為原則)
  if (!endsWithPunct && /以$/.test(c.before) && /^为/.test(c.after) && !hasFunctionWord(inner)) return false;
  // a list of short nouns (按“预付款、到货款、验收款、质保金”分阶段结算) names stages or kinds, not words said
  if (!c.attributed && NOUN_LIST.test(inner) && !hasFunctionWord(inner)) return false;
  // a chain of links joined by dashes (“硅矿—工业硅—单体—下游制品”) names a supply chain, not words said
  if (/^[\u4e00-\u9fff]{1,6}(?:[—–-]{1,2}[\u4e00-\u9fff]{1,6}){2,}$/.test(inner)) return false;
  // words in marks before 口号 or 标语 are the slogan it names (“办一个展、兴一个产业、活一座城”口号很响亮), whoever spoke
  // (or is, or serves as, one: “让天空成为城市的第二条马路”是本届展会的口号, 以“…”作为品牌口号)
  if (!endsWithPunct && /^(?:(?:是|作为|成为)[^，。；！？“”]{0,12})?(?:口号|标语|宣传语)/.test(c.after)) return false;
  // the last of a list of things a rule covers (对鉴定师资质、鉴定报告格式和“鉴定不符先行赔付”作出规定) is a term
  if (!endsWithPunct && /、[^，。；：“”「」]{1,20}[和与及]$/.test(c.before) && !CLAUSE_PUNCT.test(inner)) return false;
  // (or one that names it before: 公司打出的口号是“一杯好茶，连接世界”, 广告语“每一口都看得见”)
  if (!endsWithPunct && /(?:口号|标语|宣传语|广告语)(?:是|为|叫)?$/.test(c.before)) return false;
  // a short pledge right after 承诺 (承诺“不低于成本价投标”, 承诺“次日达”) is what is promised, not words said
  // (not a clause said of the pledge: 认为其派息承诺“为股价提供了有力支撑”)
  if (!endsWithPunct && /承诺$/.test(c.before) && len <= 8 && !/[了的]/.test(inner) && !CLAUSE_PUNCT.test(inner))
    return false;
  // short parallel phrases after a verb of holding to them (坚持“投早、投小、投长期、投硬科技”, 实现了“有人巡视、无人值守”,
  // 要“因地制宜、一省一策”推进) are a slogan or a principle, whoever voices it
  if (SLOGAN_LIST.test(inner) && SLOGAN_VERB_BEFORE.test(c.before)) return false;
  // a set phrase of paired verbs (买涨不买跌, 报喜不报忧, 增收不增利) is a saying, whoever voices it
  if (/^([\u4e00-\u9fff])[\u4e00-\u9fff]不\1[\u4e00-\u9fff]$/.test(inner)) return false;
  // a policy formula of paired 应X尽X / 能X则X phrases (“应核尽核、应处尽处”, “应收尽收”) is a slogan
  if (POLICY_FORMULA.test(inner)) return false;
  // a bond's short name (“22岑阳城投PPN001”, “21恒膜01”) is a name
  if (/^\d{2}[\u4e00-\u9fff]{2,8}(?:[A-Z]{2,4})?\d{2,3}$/.test(inner)) return false;
  // 回归“受人之托、代客理财”的本源, 坚持“房住不炒”的定位: words in marks before 的 + a noun name a principle or a
  // slogan, whatever verb of speech the sentence has
  // (not words that open with an adverb in reported speech: 低到“几乎覆盖不了运营成本”的程度)
  if (
    !endsWithPunct &&
    /^的[\u4e00-\u9fff]/.test(c.after) &&
    !/^的话/.test(c.after) &&
    !(ADVERB_OPENING.test(inner) && c.reported?.())
  )
    return false;
  // 从“高杯量、高毛利”转向“高杯量、低毛利”: the two ends of a shift are labels, not words anyone said
  if (!endsWithPunct && (SHIFT_FROM.test(c.before) ? SHIFT_TO.test(c.after) : SHIFT_ENDS.test(c.before))) return false;
  // X相关人士对记者表示，该行“暂无设立计划”: the words of the one reported, with the subject standing for them
  // (a whole clause: not a term inside one, 该行“十四五”规划)
  // (or with what it is about: 任明远表示，公司手持订单“足够干到2029年”。)
  if (
    len > 4 &&
    /^(?:[。；！？，]|$)/.test(c.after) &&
    (REPORTED_SUBJECT.test(c.before) || (REPORTED_TOPIC.test(c.before) && !NAME_SUFFIX_ZH.endOf(inner))) &&
    c.reported?.()
  )
    return true;
  // 劳动部公布的「113年职类别薪资调查」显示: what a body publishes, named by its kind of document, is a title
  if (!endsWithPunct && PUBLISHED_BEFORE.test(c.before) && DOCUMENT_END.test(inner) && !CLAUSE_PUNCT.test(inner))
    return false;
  // 随着“生产者责任延伸”制度逐步落地: words in marks before the kind of rule they name are its name, whoever speaks
  // (or of process: 采用自主开发的“定向除杂-短流程”湿法工艺)
  if (!endsWithPunct && len <= 12 && !CLAUSE_PUNCT.test(inner) && RULE_KIND_AFTER.test(c.after)) return false;
  // 增设“商业健康保险创新药品目录”（以下简称“商保目录”）: what an alias is defined for is a name
  if (!endsWithPunct && /^[（(](?:以下)?(?:简称|下称)/.test(c.after) && !CLAUSE_PUNCT.test(inner)) return false;
  if (len <= 4) return c.attributed && endsWithPunct;
  if (c.attributed) return true;
  let score = 0;
  // A title with a subtitle (黑神话：悟空, 原神：须弥) is a name: its colon joins, it does not make a clause.
  const subtitled = ZH_SUBTITLED.test(inner);
  if (subtitled) score -= 2;
  else if (CLAUSE_PUNCT.test(inner)) score += 3;
  else if (inner.includes('、')) score += 1;
  if (len >= 10) score += 2;
  else if (len >= 7) score += 1;
  const functionWords = new Set(inner.match(FUNCTION_RE) ?? []);
  score += Math.min(2, functionWords.size);
  // (a year-on-year comparison is a clause: “一年比一年重”)
  if (/(一[\u4e00-\u9fff]{1,2})比\1/.test(inner)) score += 2;
  if (/我|咱/.test(inner)) score += 1;
  // (a word that names things before the marks, 项目“…”, does not make a term of a clause with two function words
  // in it, a negation among them: 债转股项目“转完就不管”; 都会 of 北部都会区 is a word)
  // (nor of words that open as a clause in reported speech: 公告提示，相关信托计划“不保证本金不受损失”)
  if (
    TERM_BEFORE_ZH.endOf(c.before) &&
    !(functionWords.size >= 2 && /[不没]/.test(inner)) &&
    !(CLAUSE_OPENING.test(inner) && c.reported?.())
  )
    score -= 2;
  if (TERM_AFTER_ZH.at(c.after, 0)) score -= 2;
  const bare = inner.replace(/[（(][^（）()]*[）)]$/, '');
  // (not a metaphor a numeral opens: 是“一场比谁的现金流更能熬的淘汰赛”)
  // (nor words that open with a negation: “暂时没有新的融资计划”)
  if (NAME_SUFFIX_ZH.endOf(bare) && !/^一[场个次种轮]/.test(bare) && !NEGATED_OPENING.test(bare)) score -= 3;
  if (/[《》]/.test(inner)) score -= 1;
  return score >= 2 || (score === 1 && !!c.reported?.());
}

// An apposition right after a quoted term: ", a phrase that…", ", a cost-cutting model" (no verb of speech after it).
const TERM_APPOSITION =
  /^\s*,?\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}(?:phrase|term|expression|slogan|euphemism|model|strategy|approach|practice|philosophy|label|nickname|motto|concept|doctrine|mantra|formula|mechanism|benchmark|metric|measure)\b/;

const NAMED_KIND_BEFORE =
  /\b(?:program|programme|scheme|club|card|app|service|plan|platform|brand|initiative|campaign|fund|product|line|index|package|system|tool|feature|model|series)$/;
const SLOGAN_AFTER =
  /^\s+(?:[a-z-]+\s+)?(?:campaign|slogan|motto|tagline|program|programme|initiative|strategy|label|brand|scheme)\b/;
const TERM_KIND_AFTER = /^\s+(?:clause|provision|covenant|label|rule|designation|tag|test|option)s?\b/;
const SAID_SENTENCE_BEFORE = /\b(?:said|says|added)\.\s*$/;

function isEnQuotation(c: QuoteCandidate): boolean {
  const inner = c.inner.trim();
  // (a comma after the cue too: its long-standing motto, “one car fewer than the market wants”)
  // (and an article after it: investors have dubbed the “GLP-1 gold rush”)
  const before = c.before
    .toLowerCase()
    .trimEnd()
    .replace(/(?<=[a-z]),$/, '')
    .replace(/(?<=\b(?:dubbed|called|calling|call|named|branded|labell?ed|nicknamed|known as)) (?:the|a|an)$/, '')
    // (an adverb inside the cue: known locally as "load-shedding,")
    .replace(
      /\b(known|called) (?:locally|internally|colloquially|informally|popularly|commonly|widely) (as)?$/,
      (_, k, a) => (a ? `${k} as` : k),
    );
  if (
    NAME_BEFORE_EN.some((cue) => before.endsWith(cue) && !/[a-z]/.test(before[before.length - cue.length - 1] ?? ''))
  ) {
    return false;
  }
  const words = inner.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  // a term of two or three words after "as a" (classified it as a "distressed exchange,"), not a longer description
  // (described as a "manageable but persistent drag on margins")
  if (/\bas an?$/.test(before) && words.length <= 3) return false;
  // a programme's name with its version or year ("Creek 2.0," a remodel program; "Vision 2030") is a name
  if (words.length <= 4 && /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)* \d+(?:\.\d+)?[,.]?$/u.test(inner)) return false;
  // a name set off by a comma after what it names (a loyalty program, "Box Club," that now has 11.4 million members)
  if (
    /,\s*$/.test(c.before) &&
    NAMED_KIND_BEFORE.test(before) &&
    words.length <= 4 &&
    words.every((w) => /^[^\p{L}]*[\p{Lu}\p{N}]/u.test(w)) &&
    !CLAUSE_PUNCT.test(inner.replace(/[,.;:!?]+$/, ''))
  )
    return false;
  // a counted noun in marks (roughly 4,200 "very important clients" in China) is a term: a count is no speaker's
  // (not a year: by 2027 "when the market gives us the right window")
  if (
    words.length <= 4 &&
    /(?:^|\s)(?:\d{1,3}(?:,\d{3})+|\d{1,3})\s$/.test(c.before) &&
    /^[a-z][a-z' -]*[a-z]$/.test(inner)
  )
    return false;
  // a noun phrase something is dismissed or described as (dismissed it as a "downgrade chip,") is a term
  if (
    words.length <= 3 &&
    /\b(?:dismissed|described|seen|regarded|branded|touted|derided) (?:it |them )?as an?$/.test(before)
  )
    return false;
  // a foreign term glossed after "or" (a "mesa de diálogo", or dialogue table) is a term
  if (words.length <= 4 && /^[a-zà-ÿ]/.test(inner) && /^\s*,?\s+or\s+(?:an?\s+)?[a-z]/.test(c.after)) return false;
  // a word or two a subject calls something (a policy Jakarta calls "hilirisasi," or downstreaming) is its name
  // (not a phrase a speaker called something: what he called "plenty of firepower" is his)
  // (and a name a product is called by: a remote-monitoring package called "HallaLink,")
  if (words.length <= 2 && /\bcalled$/.test(before) && NAMED_KIND_BEFORE.test(before.slice(0, -7))) return false;
  // (or a few capitalised words: a campaign it calls "Pay Slow, Pay Sure")
  if (
    /\bcalls?$/.test(before) &&
    (words.length <= 2 || (words.length <= 5 && words.every((w) => /^[^\p{L}]*\p{Lu}/u.test(w))))
  )
    return false;
  // (a short sentence right after the sentence that attributed the one before: "…," the person said. "It couldn't.")
  // (not a term an apposition then calls a label: a "distressed exchange," a label it uses …)
  if (words.length <= 2)
    return (
      (c.attributed || SAID_SENTENCE_BEFORE.test(c.before)) && /[,.!?…]$/.test(inner) && !TERM_APPOSITION.test(c.after)
    );
  if (c.listed && !CLAUSE_PUNCT.test(inner)) return false;
  // Title Case without clause punctuation is a name (a product, programme, report or event)
  const titleCase = words.every(
    (w, i) => /^[^\p{L}]*[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_SMALL.has(w.toLowerCase())),
  );
  // A colon before a capitalised word is a subtitle (Until Dawn: Rush of Blood), not a clause break.
  const isName = titleCase && !CLAUSE_PUNCT.test(inner.replace(/[,.;:!?]+$/, '').replace(/:(?=\s+\p{Lu})/gu, ''));
  // a program it calls "Cleaner Every Year," Lowe said: a name stays a name though the sentence is attributed
  if (isName && /\b(?:calls?|called|dubs|dubbed)\s*$/.test(before)) return false;
  // the "buy now, pay later" sector: words in marks between a determiner and a noun are a term
  const next = /^\s+([a-z]+)/.exec(c.after)?.[1];
  const modifier = DETERMINER_END.test(c.before) && !!next && !FUNCTION_EN.has(next);
  // (a name so placed stays one though the sentence is attributed: the "Made in Germany" label, Kröger said)
  if (isName && modifier) return false;
  // (or after a possessive and before a noun: the company's "Care Close to Home" slogan, he said)
  if (isName && /['’]s\s*$/.test(c.before) && !!next && !FUNCTION_EN.has(next)) return false;
  // (or any words so placed before a campaign or a slogan: the company's "Fresh off the dock" advertising campaign)
  if (/['’]s\s*$/.test(c.before) && SLOGAN_AFTER.test(c.after) && !CLAUSE_PUNCT.test(inner.replace(/[,.]$/, '')))
    return false;
  // (and a named plan or scheme after a determiner: through a "Chemicals Industry Action Plan" that …, executives say)
  if (isName && DETERMINER_END.test(c.before) && PLAN_HEAD.test(inner)) return false;
  // "world with interest rates," a phrase that …; a push for "precision scheduled railroading," a cost-cutting
  // model: a few lower-case words that an apposition then describes are a term, whoever uses it
  if (words.length <= 5 && /^[a-z]/.test(inner) && TERM_APPOSITION.test(c.after)) return false;
  // (or that name the kind of term after them: a "green use of proceeds" clause, a "click-to-cancel" rule)
  if (
    words.length <= 5 &&
    DETERMINER_END.test(c.before) &&
    TERM_KIND_AFTER.test(c.after) &&
    !CLAUSE_PUNCT.test(inner.replace(/[,.]$/, ''))
  )
    return false;
  if (c.attributed) return true;
  // A few lower-case words in marks that no one is said to have said are a term or a scare quote (display
  // "share on Facebook" buttons, “hero bus drivers”, no such thing as “the sharing economy.”)
  if (words.length <= 4 && /^[a-z]/.test(inner) && !/[,;:!?]/.test(inner.replace(/\.$/, '')) && !c.reported?.())
    return false;
  if (modifier && !/[.!?;:]/.test(inner)) return false;
  if (isName) return false;
  return true;
}

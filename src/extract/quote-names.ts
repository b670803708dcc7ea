/**
 * Speaker names: turning an attribution's subject phrase into the name as written, without titles
 * (清华大学…教授沈阳向记者 → 沈阳), and telling persons, organisations and pronouns apart so pronouns
 * can be resolved later. English subjects are read in quote-names-en.ts.
 */
import { isDictWord } from './zh-segment';
import { QUOTE_ORG_ANAPHORA } from './lexicon/quote-org-anaphora';
import { QUOTE_PRONOUNS } from './lexicon/quote-pronouns';
import { QUOTE_TITLES, ZH_COMMON_SURNAMES } from './lexicon/quote-titles';
import { WHILE_HOLDING, wordSet } from './quote-words';

/** What an attribution's subject refers to. */
export type NameKind = 'person' | 'org' | 'pronoun' | 'org-anaphor';

/** A speaker name found in an attribution. */
export interface SpeakerName {
  name: string;
  kind: NameKind;
}

const PRONOUNS = new Set(QUOTE_PRONOUNS);
const ORG_ANAPHORA = new Set(QUOTE_ORG_ANAPHORA);
const TITLES = wordSet(QUOTE_TITLES);
// (a document speaks for its issuer, and is no person a pronoun could stand for: 招股书称, 公告显示)
const ORG_END =
  /(?:招股书|说明书|白皮书|意见书|公告|声明|通知|公司|集团|银行|证券|资本|基金|机构|协会|交易所|研究院|研究所|中心|大学|学院|法院|政府|部|局|委|署|办|会|所|社|台|报|网|Inc\.?|Corp\.?|Ltd\.?|Co\.?|LLC|plc|Plc|PLC|AG|SA|NV|Group|Bank|Capital|Securities|Partners|Holdings|Research|Ratings|Agency|Commission|Ministry|Council|Fund|Administration|Authority|Office|Department|Institute|University|Association|Federation|Board|Services?|Reserve|Corporation|Company|Exchange|Bureau|Trust|Ventures|Management|Systems|Technologies|Labs)$/;

// Chinese: tails and heads of a subject phrase that are not part of the name
const ZH_TAIL =
  /(?:(?:通过[^，。；：“”]{1,16}?)?(?:发布|发表|发出)了?(?:一份|一则)?(?:声明|公告|通告|说明)|在(?:《[^》\n]{1,40}》|[^在，。；：“”]){0,24}?(?:时|中|上|里|期间|之际|之后|以后|后|前|间)|接受[^，。；：“”]{0,20}?采访时?|(?:向|对|跟|给|告诉)(?:本报|本刊|媒体|多家媒体|财经|证券时报|界面新闻|第一财经|《[^》]{1,12}》)?记者|(?:回复|回应|答复)(?:本报|本刊)?记者|(?:向|对)(?:媒体|外界|投资者|我们|笔者)|(?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日)?|\d{1,2}日)(?:上午|下午|晚间|晚|初|中旬|下旬|底|末)?|昨日|今日|当天|当日|当晚|(?:周|星期)[一二三四五六日天]|就此|对此|随即|随后|其后|稍后|最初|最早|起初|后来|接着|紧接着|同时|续|还|也|亦|则|都|又|特别|特意|专门|曾经|曾|此前|早前|稍早|再次|进一步|一再|反复|多次|当时|日前|近日|近期|近年来|近年|近来|公开|明确|直接|坦率地|笑着|私下|没有|并未|并|未|只是|只|仅仅|仅|就|却|而|一方面|另一方面|最后|最终|首先|其次|此外|甚至|已经|则是|地|举例|打比方|算账|(?:给出|发表|谈|说出|分享|阐述)了?(?:自己的|他的|她的|其)?|从[^从，。；：“”]{1,12}?(?:角度|层面|视角|立场)(?:出发)?|(?:停顿|沉默|思考|想)了?(?:片刻|一下|一会儿?)后?|顿了顿|笑了笑|想了想|接着|(?:援引|引用|引述|结合)[^，。；：“”]{1,40}?(?:等)?(?:资料|数据|报告|研究|统计)|(?:无奈|苦笑|笑着|感慨|坦然|平静|激动|兴奋|自豪|认真|严肃|轻松|不无担忧|略带无奈)地|苦笑[着著]?|笑[着著]|(?:用了?[^，。；]{0,20}?)?[一二三四五六七八九十两几\d]+[个句段番](?:话|字|词)?来|(?<=[他她也还又就却则])笑|(?<=[他她])(?:这样|如此|这么)|叹了口气|叹气|接[着著]|[也就则亦还]?持(?:类似|这种|这一|相同|相似|不同|保留|相反|乐观|谨慎|悲观|审慎)的?)$/;
const ZH_HEAD =
  /^(?:同在[^，。；：“”的]{1,12}的|而|但|但是|不过|对此|此外|另外|同时|其中|随后|据|并|且|也|今年|去年|昨日|昨天|今天|日前|近日|此前|当天|当日|会上|会后|与此同时|对于此|针对此|他同时|其后|这样|如此|如是)/;
// Honorifics after a surname (王女士, 黎先生, 王阿姨), one list for every pattern that reads them.
export const HONORIFICS = '女士|先生|小姐|阿姨|大爷|大妈|大姐|大叔';
// A name ending in a surname and an honorific (退休教师王阿姨 → 王阿姨).
// …or a surname and a profession, as people are addressed (刘医生, 王老师, 陈律师), or a married woman in Hong Kong
// (李太, 陈太太; not 高|太多).
export const ADDRESSED_NAME = `[${ZH_COMMON_SURNAMES}](?:医生|老师|律师|太太|太(?![多少大小高低快慢过久早晚贵远近难好差重轻长短强弱热冷深浅平空猛]))`;
export const HONORED_NAME = new RegExp(`(?:[\\u4e00-\\u9fff](?:${HONORIFICS})|${ADDRESSED_NAME})$`);
const DESCRIBED_TAIL = new RegExp(`的[\\u4e00-\\u9fff]{2,4}?([${ZH_COMMON_SURNAMES}][\\u4e00-\\u9fff]{1,2})$`);
const NOT_UNNAMED = /^(?:部分|不少|许多|多家)(?:月份|时间|时候|时段|年份|日子|地区|区域|城市|产品|项目|业务|门店|品种)/;
const UNNAMED_ZH = /^(?:一位|一名|一家|一些|某|多位|多名|有|部分|不少|许多|多家|业内|知情|相关|接近)/;
const PLACE_THEN_UNNAMED =
  /^[\u4e00-\u9fff]{2,6}?(?:一位|一名|一家)[^，。]*(?:人士|负责人|高管|经理|老板|店主|经销商|律师|分析师|员工|人|户|商|者|员|师|主|农)$/;

/**
 * True where a title found at text[start, end) belongs to another word: 董事会, 理事会 (a body: 谋求董事|会席位),
 * 上游客户, 下游客户 (customers, not a tourist), 非居民 (no resident at all), 专家组 (a panel: 专家组|组长邹立新).
 */
export function notATitle(text: string, start: number, end: number, title: string): boolean {
  return (
    text[end] === '会' ||
    (text[end] === '组' && text[end + 1] !== '织') ||
    (title === '游客' && text[end] === '户') ||
    text[start - 1] === '非'
  );
}

// (simplified characters only: the text is read simplified, and traditional.ts keeps no pair whose traditional side a rule writes)
const TITLE_OFFICE = /(?:董事长|总经理|总裁)(?:办公)?室/;
// The occasion between a speaker and the verb (回复本报查询时, 在接受采访时, 出席论坛时).
const OCCASION_AFTER =
  /在?(?:(?:回复|回覆|回应|答复|接受|面对|谈到|谈及|提到|出席|参加)[^，。；]{1,14}|受访|发言|致辞|讲话|演讲)时$/;
// A body's full name, its short name in brackets, then a title (台湾区电机电子工业同业公会（电电公会）秘书长).
const ALIAS_THEN_TITLE = /^[\u4e00-\u9fff]{4,30}[（(]([\u4e00-\u9fff]{2,6})[）)]([\u4e00-\u9fff]{2,8})$/;

const DOING_OPENING = new RegExp(`^(?:${WHILE_HOLDING}|一边)`);
const NAME_AFTER_DE = new RegExp(`^的[${ZH_COMMON_SURNAMES}][\\u4e00-\\u9fff]{1,2}(?:（化名）)?$`);

/** Strips titles: the name is what follows the last title (教授沈阳 → 沈阳); a phrase ending in a title stays whole. */
export function stripTitles(phrase: string): string {
  // someone in an office named for a title (友達董事長室一位高層) is recorded as written
  if (TITLE_OFFICE.test(phrase)) return phrase;
  // A title after the name (合伙人葛文昊律师, 葛文昊律师): the name is what stands before it.
  const after = /[\u4e00-\u9fff]$/.test(phrase) ? TITLES.endOf(phrase) : '';
  if (after && after.length < phrase.length) {
    // only between two titles (合伙人|葛文昊|律师): before a title alone, two or three characters may be a firm (华泰|分析师)
    const rest = phrase.slice(0, phrase.length - after.length);
    const name = stripTitles(rest);
    if (name !== rest && /^[\u4e00-\u9fff]{2,3}$/.test(name)) return name;
  }
  // the last title is the one ending last: look for a title ending at each position, from the end
  for (let end = phrase.length; end > 0; end--) {
    const head = phrase.slice(0, end);
    const title = TITLES.endOf(head);
    if (!title) continue;
    if (notATitle(phrase, end - title.length, end, title)) continue;
    // a Latin title must be a whole word (not "Head" in "Headley")
    const start = end - title.length;
    if (/[A-Za-z]/.test(title[0]) && (/[A-Za-z]/.test(phrase[start - 1] ?? '') || /[a-z]/.test(phrase[end] ?? '')))
      continue;
    let rest = phrase
      .slice(end)
      .replace(/^[\s,，、兼及和与]+/u, '')
      .trim();
    // (a name after 的: 做了九年主管的周敏)
    if (rest[0] === '的' && NAME_AFTER_DE.test(rest)) rest = rest.slice(1);
    // an adverb after the title opens what the titled person did (理财经理|曾口头): the title is the speaker
    // (a time before it is no part of it: 购买时|理财经理)
    // (曾 is also a surname: 首席分析师|曾若涵 is a name, 理财经理|曾口头承诺 an adverb)
    const surname =
      rest[0] === '曾' &&
      /^曾[\u4e00-\u9fff]{1,2}$/.test(rest) &&
      !/^曾[经任在向对于以是口公多表私明坦一两三]/.test(rest);
    if (!surname && /^[曾也还则就又便并而即都已却]/.test(rest))
      return phrase.slice(0, end).replace(/^[\u4e00-\u9fff]{1,4}时(?=.{2})/u, '');
    return rest ? rest : phrase;
  }
  return phrase;
}

/** The roles a source named before is referred back to by (该人士, 上述负责人, 这位分析师). */
export const SOURCE_ROLES = '人士|人|负责人|高管|分析师|专家|官员|经理';
const NAMED_BEFORE = new RegExp(
  `^(?:该(?!公司|行|集团|企业|机构|酒店|分会|协会|局|店|所|院|厂)|上述|这位|这名)[\\u4e00-\\u9fff]{0,3}(?:${SOURCE_ROLES})$`,
);

const DESCRIBED_FIRM = /^这家[\u4e00-\u9fff]{2,14}的(?:公司|企业|集团)$/;
// A notice described by where it hangs (门口张贴的告示): the firm that put it up speaks through it.
const DESCRIBED_NOTICE = /^[\u4e00-\u9fff]{2,12}的(?:告示|公告|通知|声明)$/;

/** Classifies a cleaned name (pronoun, organisation anaphor, organisation or person). */
export function kindOf(name: string, companyNames: ReadonlySet<string>): NameKind {
  // 该人士, 上述负责人, 这位分析师: a person named before, like a pronoun; not one of a body's people (该行相关负责人,
  // 该公司负责人: as written, the body being named only as 该行)
  if (PRONOUNS.has(name) || NAMED_BEFORE.test(name)) return 'pronoun';
  // (or a firm described with 这家: 这家以彩妆起家的公司在电话会上表示)
  if (ORG_ANAPHORA.has(name) || DESCRIBED_FIRM.test(name) || DESCRIBED_NOTICE.test(name)) return 'org-anaphor';
  if (companyNames.has(name) || ORG_END.test(name) || /^(?:The )?[A-Z]{2,6}$/.test(name)) return 'org';
  return 'person';
}

/** The longest suffix of `phrase` that is a company name found by the company detector, if any. */
function companySuffix(phrase: string, companyNames: ReadonlySet<string>): string | undefined {
  if (!companyNames.size) return undefined;
  for (let i = Math.max(0, phrase.length - 40); i < phrase.length; i++) {
    const tail = phrase.slice(i);
    if (companyNames.has(tail)) return tail;
  }
  return undefined;
}

const DEGREE_BEFORE_VERB = /(?:基本|逐渐|逐步|日益|日趋|越来越|更加|愈发|愈加)$/;

/** Takes the tails and heads that are no part of a name off a subject phrase (…在会上, 此前, 对此…). */
function trimEnds(phrase: string): string {
  let s = phrase;
  for (let k = 0; k < 6; k++) {
    const before = s;
    s = s.replace(ZH_TAIL, '').trim();
    s = s.replace(ZH_HEAD, '').trim();
    if (s === before) break;
  }
  return s;
}

/** The speaker named by a Chinese subject phrase (the words before 表示/说…), or undefined. */
const COUNTED_RESPONDENTS =
  /^(?:有|约|近|超过|逾|另有|其中)?(?:[\d.]+%?|[一二三四五六七八九十两半几]+成)(?:[家个名位成]|%)?(?:[\u4e00-\u9fff]{0,4})$/;

const UNNAMED_OPENING = /^[\u4e00-\u9fff]{0,6}?(?:一位|一名)/;
// A bracket inside a legal name (内蒙古电力（集团）有限责任公司): the suffix goes on after it.
const INNER_BRACKET = /^(?:有限|股份|控股|集团)/;

const SAYING = /^(?:(?:当地|本地|民间|家乡|村里|行内|业内)?(?:老话|俗话|古话)|常言|古人|老人|谚语|民间)$/;

export function zhSpeaker(raw: string, companyNames: ReadonlySet<string>): SpeakerName | undefined {
  // an adverb of degree before the verb makes it a predicate (锂价的底部区域已经基本|明确: has become clear)
  if (DEGREE_BEFORE_VERB.test(raw)) return undefined;
  // (a saying is no one: 老话说“民以食为天”，他说，“…”)
  if (SAYING.test(raw)) return undefined;
  // 台湾区电机电子工业同业公会（电电公会）秘书长: a body by its short name, then an unnamed title-holder
  // (an occasion after the title is no part of it: 金管局发言人|回复查询时)
  const short = raw.includes('（') || raw.includes('(') ? ALIAS_THEN_TITLE.exec(raw.replace(OCCASION_AFTER, '')) : null;
  if (short && TITLES.endOf(short[2]) === short[2]) return { name: short[1] + short[2], kind: 'person' };
  // A work's name before a title modifies the title (“雾港奇谭”制作人X, 《X》主编Y): it is no part of the speaker.
  let s = raw
    // a bracketed original (Stephanie Schierholz), its brackets matched or not (a half-width one closed by a full-width one)
    // (but not a company's own bracket: 天健会计师事务所（特殊普通合伙）)
    .replace(/[（(][^（）()]*[）)]/g, (m: string, at: number, all: string) =>
      companySuffix(all.slice(0, at + m.length), companyNames)?.endsWith(m) ||
      INNER_BRACKET.test(all.slice(at + m.length)) ||
      // (nor a field's acronym inside a title: 债券资本市场（DCM）负责人)
      (/^[（(][A-Z][A-Z&]{1,7}[）)]$/.test(m) && /^[\u4e00-\u9fff]/.test(all.slice(at + m.length))) ||
      // (nor a gloss inside an unnamed source's description, which is recorded as written: 一位在亚马逊（Amazon）平台…的卖家; a code still goes)
      (UNNAMED_OPENING.test(all) && !/\d/.test(m) && /[\u4e00-\u9fff]/.test(all.slice(at + m.length)))
        ? m
        : '',
    )
    .replace(/^(?:《[^》]{1,20}》|“[^”]{1,12}”)(?=[\u4e00-\u9fff])/, '')
    // (what the firm is, before its name: 国内最大的白银冶炼企业之一|白银有色)
    .replace(/^[^，。；]{2,30}?之一(?=[\u4e00-\u9fffA-Za-z]{2})/, '')
    .trim();

  s = trimEnds(s);
  // an adverb alone names no one (忍不住|向记者吐槽: the subject is in the clause before)
  if (/^(?:忍不住|不禁|不由得?|连忙|赶紧|当即|随即|于是)$/.test(s)) return undefined;
  // 有31家表示, 约四成会员表示, 有57.5%认为: a share or a count of respondents, no one who can be named
  if (COUNTED_RESPONDENTS.test(s)) return undefined;
  // X对财新说 / X跟我们说: the one spoken to is no part of the speaker (not 中国对外贸易中心表示, an organisation's name)
  // (not 对面, 对岸: 坐在对面的李女士)
  const to = /(?:对(?![面岸])|跟|告诉|向(?=本报|本刊|记者|媒体|外界))([^，。；：“”对]{1,8})$/.exec(s);
  if (to && to.index >= 2 && (!ORG_END.test(to[1]) || /^(?:本报|本刊)/.test(to[1]))) s = s.slice(0, to.index);
  // a firm's unnamed source, as news names them (白银有色的相关人士 → 白银有色相关人士)
  const firmSource = /^(.{2,16})的(相关(?:人士|负责人))$/.exec(s);
  if (firmSource && companyNames.has(firmSource[1])) s = firmSource[1] + firmSource[2];
  // 国家医保局此前印发的《…通知》明确: the body that issued a document speaks through it
  s = s.replace(/^(.{2,20}?)(?:此前|近日|日前|今年|去年)?(?:印发|发布|出台|下发)的《[^》]{1,40}》$/, '$1');
  // (or a paper it handed in: 运输及物流局提交立法会的文件指出)
  s = s.replace(/^(.{2,20}?)(?:提交|呈交|递交|发布|公布)[^，。；]{0,12}的(?:文件|报告|材料)$/, '$1');
  // 国弘证券发布研报称 / X在报告中指出 / X发布公告称: the firm speaks through its report or filing
  if (!ORG_ANAPHORA.has(s)) s = s.replace(/(?:(?:发布的?|在)?(?:研报|报告|公告)中?|发布)$/, '') || s;
  // X通过投资者互动平台回应股民: the means between the name and the verb is no part of the name
  s = s.replace(/^(.{2,20}?)(?:通过|借助|透过|经由)[^，。；]{2,20}$/, '$1');
  // (or an example it takes: 他以双北为例指出)
  s = s.replace(/^(.{1,20}?)以[^，。；]{1,10}为例$/, '$1');
  // X发言人回复本报查询时 / X在接受采访时: the occasion between the name and the verb is no part of it either
  const occasion = OCCASION_AFTER.exec(s);
  if (occasion && occasion.index >= 2 && occasion.index <= 20) s = s.slice(0, occasion.index);
  // (and a meeting's before or after: 主席曾德明|会后表示)
  if (s.length > 4 && /会[后上间前]$/.test(s)) s = s.slice(0, -2);
  // 他把…比作 / X将…: the subject is what comes before the object marker
  // X在朋友圈 / X于近日 (写道): a place or time between the name and the verb; not in 一位在河南…的经销商
  let at = Math.max(s.lastIndexOf('在'), s.lastIndexOf('于'));
  // (a posture before it is no part of the name either: 刘建军|站在仓库门口)
  if (at >= 3 && '站坐蹲躺靠'.includes(s[at - 1])) at--;
  // (有股民在股吧评论: the unnamed ones, then where they said it)
  // (but 于 after a title is a surname: 运营中心总经理|于海涛)
  const surnameYu = s[at] === '于' && /^于[\u4e00-\u9fff]{1,2}$/.test(s.slice(at)) && !!TITLES.endOf(s.slice(0, at));
  if (
    at >= 2 &&
    !surnameYu &&
    !s.slice(at).includes('的') &&
    (!UNNAMED_ZH.test(s) || /^有[\u4e00-\u9fff]{1,4}在/.test(s))
  )
    s = s.slice(0, at);
  // 62岁的退休教师王女士: an age before the person is no part of the name
  if (/^\d{1,3}岁的/.test(s)) s = s.slice(s.indexOf('的') + 1);
  // X指着电池包说 / X拿着报表说: what the speaker does while speaking is no part of the name
  // (or 一边…，一边: 李女士一边翻着合同，一边说道)
  s = s.replace(/一边(?:[^，。；]{1,20}?[，,]?一边)?$/, '');
  // (a description with digits may come first: 在上海做了9年保险代理人的李娟翻着工资条)
  // (a verb of two characters too, 翻看着; and where the speaker stands, 他站在果园里翻看着…)
  const doing = /^([^，。；：“”]{2,}?)(?:指|拿|看|望|举|翻|盯|握|抱|摸|敲|叹|摇|扬|晃|端|捧)[看弄动起]?着/.exec(s);
  if (doing) s = doing[1].replace(/^([\u4e00-\u9fff]{1,4}?)(?:站|坐|蹲|走|躺|守)在[^，。；：“”]*$/, '$1');
  // (not inside a word: 将军澳, 被告, 把关, 被动元件)
  const ba = s.search(/[把将被](?![军近告握关动])/);
  if (ba > 0) s = s.slice(0, ba);
  // the cuts may uncover more words that are no part of a name (她曾|对区域经理们, X负责人此前|在答记者问时)
  s = trimEnds(s);
  s = s.replace(/(?:方面|官方|一方)$/, '').trim();
  s = s.replace(/^[\s,，、:：“”]+|[\s,，、:：]+$/gu, '');
  if (!s || s.length > 40 || !/[\p{L}]/u.test(s)) return undefined;
  // what someone does as they speak (指着库房里的纸箱|对记者说) names no one: the subject is in the clause before
  if (DOING_OPENING.test(s)) return undefined;
  // a bare document (文件又指, 报告称) speaks for whoever issued it, which the sentences before name
  if (/^(?:文件|报告|文章|报道|声明|资料|该文件|该报告)$/.test(s)) return undefined;
  // (a firm's letter, 调价函中写道: the firm that sent it, the last one named)
  if (/^[\u4e00-\u9fff]{0,3}函中?(?:写道|称|指出|表示)?$/.test(s)) return { name: '函', kind: 'org-anaphor' };
  if (PRONOUNS.has(s) || ORG_ANAPHORA.has(s)) return { name: s, kind: kindOf(s, companyNames) };
  // (also after a place: 湘潭一家拥有40多家门店的区域连锁负责人)
  // a description that ends in a person named with an honorific (…一位从业6年的持牌代理人谢女士): that person
  const honoured = HONORED_NAME.exec(s);
  if (honoured && honoured.index > 0) return { name: honoured[0], kind: 'person' };
  // (部分月份, 部分地区: some months or places, no one)
  if (NOT_UNNAMED.test(s)) return undefined;
  if (UNNAMED_ZH.test(s) || PLACE_THEN_UNNAMED.test(s)) return { name: s, kind: 'person' };
  // …的种粮大户张建军: a person named after a description and a role no title list holds (not …基金经理)
  const tail = DESCRIBED_TAIL.exec(s);
  if (tail && s.length > tail[1].length + 3 && !isDictWord(tail[1].slice(0, 2)) && !TITLES.endOf(tail[1]))
    return { name: tail[1], kind: 'person' };
  const company = companySuffix(s, companyNames);
  if (company) return { name: company, kind: 'org' };
  let name = stripTitles(s);
  // 在义乌经营网点的加盟商孙德华: the person after the description; no name holds a digit (在10月30日举行的…).
  if (name[0] === '在') {
    name = name.slice(name.lastIndexOf('的') + 1);
    // (在北京工作的28岁白领周婷: an age and a job before the name)
    if (/^\d{1,3}岁/.test(name)) name = stripTitles(name.replace(/^\d{1,3}岁的?/, ''));
  }
  // no name starts with 的 (《雾港残响》的成功|说明: a work's success is no speaker) nor with an adverb (诉求并⏎⏎不一致：“…”,
  // a sentence the layout cut)
  // (同 opens a firm's name though: 同程旅行相关负责人)
  // (a description with a number, then a person: 经营小额贷款业务16年的陈国栋)
  const described = /\d/.test(name) ? /的([\u4e00-\u9fff]{2,3})$/.exec(name) : null;
  if (described && ZH_COMMON_SURNAMES.includes(described[1][0])) name = described[1];
  // (nor ends with a copula, 海外扩产主要是|回应…, nor is the reporter, 记者以意向加盟商身份致电询|问)
  // (nor holds a need, 拟中选结果尚需经公示及相关程序|确认: a predicate, no one)
  if (!name || /\d/.test(name) || /^[的之不没并也都还就才]/.test(name) || /是$|^记者.|尚需|[需须]经/.test(name))
    return undefined;
  if (name[0] === '同' && ![...companyNames].some((c) => c.length > 1 && name.startsWith(c))) return undefined;
  // what a letter asks for (要求公司|说明…中|预测…) opens with a verb, never a name
  if (/^(?:说明|要求|结合|根据|按照|以及|包括|补充|披露)/.test(name)) return undefined;
  // nor with a preposition: what the words are about (对于明年|展望，他表示) is no one
  if (/^(?:对于|关于|针对|至于|对(?![方外手])[^，。]*的)/.test(name)) return undefined;
  // nor a demonstrative that a verb-like noun cut short (这一|预测「…」: this forecast)
  if (/^(?:这一|那一|这个|那个|这些|那些|此)$/.test(name)) return undefined;
  return { name, kind: kindOf(name, companyNames) };
}

/**
 * Rules that find Chinese companies no lexicon knows: a short name plus a corporate word (国弘证券, 香颂资本),
 * a name right before a cue word (新壹科技CEO, X方面表示, X旗下, X董事长), a place and brand after a
 * descriptor (供应商浙江锦泰). English rules are in company-en.ts.
 */
import { ZH_RIGHT_CUES } from './lexicon/company-cues';
import { ZH_NAME_PLACES } from './lexicon/company-places';
import { ZH_COMMON_SURNAMES } from './lexicon/quote-titles';
import { ZH_STRONG_TAILS, ZH_WEAK_TAILS } from './lexicon/company-suffixes';
import { isCityBank, isNameLike, leftEdge } from './company-edges';
import { type CompanyState, TIER, addCandidate, addName } from './company-state';
import { countUpTo, isAsciiLetter, isHan, isJoiner } from './company-text';
import { companyWords, isDescriptor, stripPlace, wordEndingAt, wordStartingAt } from './company-words';
import { allDictWords, isCoined, isDictWord } from './zh-segment';
import type { Match } from './matcher';

const tailWords = [...ZH_STRONG_TAILS, ...ZH_WEAK_TAILS];
const cueWords = ZH_RIGHT_CUES;
const DOCUMENT = /(?:招股书|说明书|意向书|年报|季报|财报|研报|报告|公告|白皮书|蓝皮书)$/;
// the cue words that are a person's title (董事长, 董秘, CEO, 创始人…)
const PERSON_CUE =
  /^(?:C[EFOT]O|.*(?:总经理|总裁|董事长|董秘|董事|秘书|创始人|合伙人|发言人|总监|首席.+|高管|官|学家))$/;
const NEEDS_SOURCE = /^(?:统计|数据|监测|预测)$/;
// (also what a notice is about: 产品|公告显示, 项目|公告; and the second of two kinds: 招股意向书和|发行|公告)
const NOTICE_KIND =
  /(?:^|司法|[和及与较比])(?:预案|草案|扩股|听证|招聘|选聘|遴选|竞拍|竞价|征集|公示|保费收入|收入|经营数据|诉讼|仲裁|拍卖|变卖|招标|中标|采购|问询|监管|处罚|停牌|复牌|挂牌|召回|重组|减持|增持|回购|发售|配售|一则|这则|此则|降价|调价|涨价|提价|限产|扩产|减产|停产|复产|投产|增资|减资|定增|募资|分红|业绩|澄清|更正|补充|临时|风险|提示性|权益变动|破产|清算|上市|发行|产品|项目|计划|债券|理财|信托|交易|关联交易|定期|年度|季度|结果|进展|实施|完成|开业|付息|兑付|兑息|评级|发行结果|配售结果|申购结果|募集结果)$/;
const SIDE_THEN_ADVERB = /^(.{2,}?)方面(?:最初|最早|随后|此前|则|也|还|亦|同时|当时|后来)$/;
const AGAIN_PUBLISH = /(?:再|又|另|亦|也|随即|同日|当日|当晚)(?:发布|发出|披露|公布|刊发|发)$/;
const PUBLISH_VERB = /(?:刊发|刊登|发布|发出|披露|公布|发表|挂出|贴出)$/;
// The field an analyst or economist covers between the firm and the title (国衡证券|化工行业|分析师, X证券|宏观|首席…).
// (or a department: 联信评级|金融机构部|分析师)
const FIELD = '(?:[\\u4e00-\\u9fff]{1,4}行?业|宏观|策略|固收|[\\u4e00-\\u9fff]{2,5}部)';
// A firm, then the field: the name ends where the field begins.
const FIRM_THEN_FIELD = new RegExp(`^([\\u4e00-\\u9fff]{2,4}(?:证券|银行|基金|资本|期货|信托|研究院|研究所))${FIELD}$`);
// An analyst's employer: a broker or research house, then the field covered (国衡证券化工行业分析师; not 物管行业分析师),
// read back from each 分析师 (a search from every position of the text costs more).
const ANALYST_FIRM = new RegExp(
  `(?:^|[，。；：、\\s的”」])([\\u4e00-\\u9fff]{2,4}(?:证券|期货|研究院|研究所))${FIELD}?(?:首席|资深|高级)?$`,
);
const TRADE_FIRM = new RegExp(
  `(?:^|[，。；：、\\s的在据”」]|机构)((?![的在据])[\\u4e00-\\u9fff]{4,8}?)${FIELD}?(?:首席|资深|高级)?$`,
);
const NAME_AFTER_ROLE = new RegExp(
  `^[${ZH_COMMON_SURNAMES}][\\u4e00-\\u9fff]{1,2}(?:认为|表示|指出|看来|称|说|告诉|介绍|坦言|预计|分析|，|在接受)`,
);
const LATIN_BRAND = /(?<![A-Za-z0-9&])[A-Z][A-Z0-9&]{1,5}$/;
const PUBLISHED_IN_CLAUSE = /(?:刊发|发布|发出|披露|公布)了?[^，。；！？\n]*$/;
// (also after an adverb: 已陆续|下调|旗下)
const UNITS_VERB =
  /^(?:推进|推动|划入|纳入|并入|装入|置入|划转|盘活|整合|梳理|清理|剥离|出售|注入|重组|优化|处置|关停|合并|调整|分拆|拆分|出清|下调|上调|提高|降低|关闭|扩大|收缩|覆盖|涵盖|包括|研究|投入|进入|入驻|结束|缩减|减少|缩小)$/;
const SHARE_VERB =
  /^(?:发行|持有|增持|减持|转让|认购|回购|质押|冻结|受让|出售|买入|卖出|所持|定增|配售|新增|增发|发售|限售|流通|解禁|注销|库存|剩余|全部|部分|供股|配股|现有|新股)$/;

// What may follow a corporate word when it is not a company name (银行业, 资本市场, 证券交易所, 证券化, 投资者, 合成生物学,
// 资产管理计划, 物业费, 服务收入, 投资部).
const SMART_THING_AFTER = /^(?:工厂|制造|化|装备|终端|设备|硬件|家居|穿戴|网联|产线|仓储)/;
const NOT_AFTER_TAIL =
  /^(?:业|间|者|员|学|公会|计划|市场|行业|板块|化|法|交易所|报|时报|日报|账户|监管|投资|产品|业务|领域|赛道|概念|指数|从业|机构|类|充足|公积|开支|运作|结构|净息差|电池|费|收入|部|同业|园区|工业园|产业园|开发区|高新区|卡|投顾|评价|研究中心|系统|建设|大学|学院|研究院)/;
// 资本 as the finance noun (资本债券, 资本回报, 资本金, 资本补充, 资本支出), not a capital firm's name.
const CAPITAL_TERM_AFTER = /^(?:债|工具|补充|回报|金|支出|开支|利得|损失|公积)/;
// A kind of investment (另类投资, 基础设施投资, 股权投资) as the whole brand: the finance noun, not a firm.
const DISCLOSES_AFTER = /^(?:此前|日前|近日|早前|也|还|则|近期)?(?:披露|宣布|公告称|透露|发布公告)/;
const INVESTMENT_KIND =
  /^(?:另类|股权|股票|债券|基金|吨钢|证券|债权|权益|基础设施|固定资产|固定收益|固收|自营|对外|境外|海外|长期|短期|风险|天使|战略|财务|产业|房地产|制造业|民间|社会|政府|项目|实业|金融|金融资产|资产)$/;
const FUND_VERB =
  /^(?:挪用|侵占|募集|设立|发行|认购|申购|赎回|清盘|清算|运作|成立|备案|托管|投向|改变|调整|选择|购买|卖出|持有|设置|平滑|引导|发售|扩募|新发|影响|买卖|定投|计入|转换)$/;
const CAPITAL_KIND =
  /^(?:长期|耐心|社会|民间|国有|外资|境外|产业|金融|私人|工商|战略|险资|中长|各项|全部|部分|一级|二级|核心|内生|跨界|大量|基础|初始|注册|实缴|监管|最低|储备)$/;
const CAPITAL_VERB =
  /^(?:补充|充实|夯实|增加|增厚|消耗|占用|节约|节省|吸引|撬动|引入|募集|筹集|释放|投入|回收|稀释|注入|实缴|认缴|注册|提升|预留|解决|坚持|约束|管理|补足|缺乏|需要)$/;
const TRUST_KIND = /^(?:家族|险金|集合|单一|资金|财产|慈善|服务|消费|养老|股权)$/;
const TAIL_VERB =
  /^(?:做空|做多|改用|并无|没有|通过|选择|使用|依靠|依赖|前往|走进|借助|求助|转向|拒绝|投向|流向|涌向|存入|分期|承担|加大|追加|吸引|借道|支持|再生|清洁|消费|调整|优化|扩大|收缩|纳入|列入|并入|转入)$/;
const GROUP_VERB =
  /(?:降低|减低|削弱|拖累|提升|增强|帮助|支持|推动|影响|改善|加重|损害|冲击|加入|离开|退出|控制|成为|带领|带动|拖垮|预期|预计|认为|相信|希望|调往|调回|调入|派往|回到|令|使|让)$/;
// A sector noun after a phrase (具身智能|赛道, X智能|企业): the phrase names an industry, not a firm.
// (or a service priced or costed as such: 换电服务费, 换电服务毛利率, 跟台服务成本)
const SECTOR_AFTER = /^(?:赛道|领域|行业|产业|板块|概念|企业|技术|方向|业(?![务绩主内者界])|费|毛利|成本|收费|价格)/;
// A financing round completed or won in the clause after a name (X今年1月刚完成5亿元A轮融资): a company's news.
const FUNDED_AFTER = /^[^，。；！？\n]{0,10}?(?:完成|获得|宣布|获)[^，。；！？\n]{0,12}?融资/;
// A role after a name: X投资研究总监, X快递总经理.
const ROLE_AFTER = /^(?:研究)?(?:总监|总经理|副总|分析师|首席)/;
/** 控股 as a verb (由澄岭集团控股的) is no part of a name. */
export const VERB_AFTER = /^(?:的|子公司|股东|权|地位|了)/;
// 与X签署…: a counterparty to an agreement is an organisation.
// 向X支付…: the party paid, sold to or bought from is one too.
const DEAL_AFTER = /^(?:签署|签订|达成|共同|联合|合资|成立|支付|出售|转让|采购|购买|授予)/;
// X委任/聘请/收购 Y: the subject of a deal verb with a company as its object is a company.
const HIRES_AFTER = /^(?:委任|聘请|委托|收购|控股|入股)/;
/** A list of companies ends in 等 + a company word (长城、蔚来等车企). */
export const LIST_END =
  /等[\u4e00-\u9fff]{0,4}(?:企业|公司|车企|药企|房企|酒企|险企|猪企|乳企|煤企|钢企|铝企|厂商|品牌|巨头|机构|集团|银行|券商|股份行|客户|供应商|连锁|餐企)/;

/** ，。；！？ , ; ! ? and line breaks end a clause. */
function isClauseEnd(c: number): boolean {
  return (
    c === 0xff0c ||
    c === 0x3002 ||
    c === 0xff1b ||
    c === 0xff01 ||
    c === 0xff1f ||
    c === 44 ||
    c === 59 ||
    c === 33 ||
    c === 63 ||
    c === 10
  );
}

/** The clause around `[start, end)` as `[from, to)`: up to the nearest clause punctuation, at most 60 units away. */
export function clauseBounds(text: string, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && start - a < 60 && !isClauseEnd(text.charCodeAt(a - 1))) a--;
  let b = end;
  while (b < text.length && b - end < 60 && !isClauseEnd(text.charCodeAt(b))) b++;
  return [a, b];
}

function clauseAround(text: string, start: number, end: number): string {
  const [a, b] = clauseBounds(text, start, end);
  return text.slice(a, b);
}

/** Short name + corporate word, with a clean left edge (国弘证券, 香颂资本; 生数科技 only with a hint). */
export function findTailNames(state: CompanyState, matches: Match[]): void {
  const { text } = state;
  const w = companyWords();
  // Known names so far, to see a new name listed beside one (蓝湾生物与辉瑞, 辉瑞、蓝湾生物).
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const c of state.candidates) {
    if (c.ambiguous) continue;
    starts.add(c.start);
    ends.add(c.end);
  }
  // How often each brand's last two characters stand before the same corporate word (迅邦快递 ×4): a name.
  // And how often each brand stands before any corporate word (瀚海银行, 瀚海证券), to tell it from free uses.
  const seen = new Map<string, number>();
  // Brands whose phrase the article also uses for a sector (具身智能赛道, 具身智能企业): no coined name.
  const sector = new Set<string>();
  for (const m of matches) {
    // two keys, no array per match (this runs for every corporate word in the text)
    const whole = text.slice(m.start - 2, m.end);
    const brand = text.slice(m.start - 2, m.start);
    seen.set(whole, (seen.get(whole) ?? 0) + 1);
    seen.set(brand, (seen.get(brand) ?? 0) + 1);
    // …or for a material or field (在|涂覆材料|上的客户资源): 在 X 上 is where, not who.
    const locative = text[m.start - 3] === '在' && text[m.end] === '上' && text[m.end + 1] !== '市';
    if (locative || SECTOR_AFTER.test(text.slice(m.end, m.end + 2))) sector.add(whole);
  }
  const freeUse = new Map<string, boolean>();
  // A known name may carry its ticker or another name in brackets (恒生电子（600570.SH）和金证股份).
  const knownEndsAt = (p: number) => {
    if (ends.has(p)) return true;
    const close = text[p - 1];
    if (close !== '）' && close !== ')') return false;
    const open = text.lastIndexOf(close === ')' ? '(' : '（', p - 2);
    return open >= 0 && p - open <= 40 && ends.has(open) && !/[（()）\n]/.test(text.slice(open + 1, p - 1));
  };
  const besideKnown = (start: number, end: number) =>
    (isJoiner(text.charCodeAt(end)) && starts.has(end + 1)) ||
    (isJoiner(text.charCodeAt(start - 1)) && knownEndsAt(start - 1));
  for (const m of matches) {
    // (控股 before 价 is a name's 控 and 股价, its share price: 僑豐金控|股價21日低開)
    if (text.startsWith('控股', m.start) && m.end === m.start + 2 && /^[价\u50f9]/.test(text[m.end] ?? '')) continue;
    // (nor is 净资本, a broker's net capital: 皖江证券|净资本为92.4亿元)
    if (text[m.start - 1] === '净' && text.startsWith('资本', m.start)) continue;
    let tail = tailWords[m.pattern];
    let end = m.end;
    // 控股 right before another name is the verb (澄岭集团|控股|沐阳新材料有限公司): the name ends before it.
    if (tail.endsWith('控股') && starts.has(end)) {
      if (tail.length === 2) continue;
      [tail, end] = [tail.slice(0, -2), end - 2];
    }
    const after = text.slice(end, end + 4);
    if (NOT_AFTER_TAIL.test(after) || (tail === '控股' && VERB_AFTER.test(after))) continue;
    // (优选 names a community-buying platform, not a product or a fund in marks: “金穗优选”, 成长优选混合A)
    if (tail === '优选' && ('“「'.includes(text[m.start - 3] ?? '') || /^[”」混股债基]/.test(after))) continue;
    // (智能 before what it makes smart is a term: 宠物主粮|智能工厂, not a firm)
    if (tail === '智能' && SMART_THING_AFTER.test(after)) continue;
    // (a tail ending in 业 before 务 is the word 业务: 即时配送买药|业务)
    if (text[end] === '务' && tail.endsWith('业')) continue;
    if (tail === '资本' && CAPITAL_TERM_AFTER.test(after)) continue;
    // Shares issued, held or sold (以发行|股份, 持有|股份) are no firm's name.
    if (tail === '股份' && SHARE_VERB.test(text.slice(m.start - 2, m.start))) continue;
    // A kind of fund (混合公募|基金, 主动权益|基金, 新发|基金) is no fund manager's name.
    if (tail === '基金' && wordEndingAt(text, m.start, w.fundKinds) > 0) continue;
    // A verb taking funds as its object (挪用侵占|基金财产, 募集|基金) is no fund manager's name.
    if (tail === '基金' && (FUND_VERB.test(text.slice(m.start - 2, m.start)) || /[买卖投炒换]/.test(text[m.start - 1])))
      continue;
    // A verb taking capital as its object (补充资本, 撬动资本) is a phrase, not a VC firm's name.
    if (tail === '资本' && CAPITAL_VERB.test(text.slice(m.start - 2, m.start))) continue;
    // a kind of capital (长期资本, 社会资本, 外资资本) is the finance noun, not a firm's name
    if (tail === '资本' && CAPITAL_KIND.test(text.slice(m.start - 2, m.start))) continue;
    // A kind of trust (家族|信托, 保险金|信托, 集合|信托) is a product, not a trust company.
    if (tail === '信托' && TRUST_KIND.test(text.slice(m.start - 2, m.start))) continue;
    // (and the word before 信托 in such a kind is no firm's: 资产服务|信托, 资产管理|信托)
    if (text.startsWith('信托', end) && (tail === '服务' || tail === '管理')) continue;
    // A verb or a kind before a strong word (做空|期货, 改用|银行承兑汇票, 并无|银行借贷) is a phrase, not a brand.
    if (TAIL_VERB.test(text.slice(m.start - 2, m.start))) continue;
    // A verb taking the group as its object (即时降低|集团…的负债比率, 进一步削弱|集团的资本) is no group's name.
    if (tail === '集团' && GROUP_VERB.test(text.slice(m.start - 2, m.start))) continue;
    let edge = leftEdge(text, m.start, 6, state.protect);
    // a Latin name right after Chinese (摩洛哥OCP集团) starts where the Latin letters start
    const latin = isAsciiLetter(text.charCodeAt(m.start - 1))
      ? LATIN_BRAND.exec(text.slice(Math.max(0, m.start - 12), m.start))
      : null;
    if (latin && isHan(text.charCodeAt(m.start - latin[0].length - 1)))
      edge = { ...edge, start: m.start - latin[0].length, stop: text[m.start - latin[0].length - 1] };
    const len = m.start - edge.start;
    if (len < 2 || len > 5 || edge.afterNumber) continue;
    // The name must start at a real boundary, not where the walk ran out of room.
    if (!edge.stop && edge.start > 0 && isHan(text.charCodeAt(edge.start - 1))) continue;
    const name = text.slice(edge.start, end);
    // (和 joining a kind of party to another is no brand's first character: 贸易商|和正极材料厂)
    if ('和与及跟'.includes(name[0]) && '商户厂者人家企司行'.includes(text[edge.start - 1] ?? '')) continue;
    // a city's own bank (锦州银行): the city is the whole brand
    const cityBank = tail.endsWith('银行') && isCityBank(name);
    if (cityBank) {
      addCandidate(state, edge.start, end, TIER.rule);
      addName(state, name, false, TIER.rule);
      continue;
    }
    if (!isNameLike(text.slice(edge.start, m.start)) || !isNameLike(name)) continue;
    const strong = w.strongTails.has(tail);
    const brand = stripPlace(text.slice(edge.start, m.start));
    if (tail === '投资' && INVESTMENT_KIND.test(text.slice(edge.start, m.start))) continue;
    // A conjunction right before the corporate word joins a bare noun (风险偏好和|银行): no name.
    if (brand.length >= 3 && /[和与及或跟]$/.test(brand)) continue;
    // A dictionary word (债券, 发行) before a corporate word is a phrase when the article also uses it freely
    // (债券基金经理 beside 专项债券, 债券融资); a coined brand (迅|邦, 韵|程) said twice, or with a role after
    // it (X投资研究总监), is a name.
    const coined = isCoined(brand);
    // (ordinary words alone in quotation marks are a term: 发展商的“土地银行”; not an alias defined: 简称“信保基金”)
    if (
      !coined &&
      '“「'.includes(text[edge.start - 1] ?? '') &&
      '”」'.includes(text[end] ?? '') &&
      !/简称[:：]?$/.test(text.slice(Math.max(0, edge.start - 6), edge.start - 1))
    )
      continue;
    // (a kind of goods before 品牌 is the brand's category: 宠物食品|品牌“尾巴日记”)
    if (!coined && text.startsWith('品牌', end) && allDictWords(name)) continue;
    if (strong && !coined) {
      // Once per brand: a whole-text count for every mention would be quadratic on a long page.
      let free = freeUse.get(brand);
      if (free === undefined) freeUse.set(brand, (free = usedFreely(text, brand, seen.get(brand.slice(-2)) ?? 0)));
      if (free) continue;
    }
    const key = text.slice(m.start - 2, m.end);
    if (!strong && coined && sector.has(key)) continue;
    if (!strong && !(coined && ((seen.get(key) ?? 0) > 1 || ROLE_AFTER.test(after)))) {
      const hint =
        wordStartingAt(text, end, w.rightCues) > 0 ||
        /^[（(]/.test(after) ||
        // (a descriptor that is a preposition's object is no apposition: 为|客户|提供|服务)
        (isDescriptor(edge.stop) &&
          !/[为向给帮替对]$/.test(text.slice(edge.start - edge.stop.length - 1, edge.start - edge.stop.length))) ||
        besideKnown(edge.start, end) ||
        (/^[与和同向]$/.test(edge.stop) && DEAL_AFTER.test(after)) ||
        HIRES_AFTER.test(after) ||
        // (or it opens its sentence and discloses or announces: 。西井科技此前披露，…)
        (/[。！？\n]/.test(text[edge.start - 1] ?? '\n') && DISCLOSES_AFTER.test(after) && !name.endsWith('信息')) ||
        FUNDED_AFTER.test(text.slice(end, end + 30)) ||
        // A descriptor, then 为/是: 第一大股东为|X, 主要客户是|X.
        (/^[为是]$/.test(edge.stop) && isDescriptor(text.slice(Math.max(0, edge.start - 5), edge.start - 1))) ||
        LIST_END.test(clauseAround(text, end, end));
      if (!hint) continue;
    }
    addCandidate(state, edge.start, end, TIER.rule);
    addName(state, name, false, TIER.rule);
    // A sure name's brand names its other units too (澜川集团 → 澜川地产, 澜川物业); not a bank's city
    // (宁川|农村商业银行, 宁川|农商行: 宁川 alone is the place).
    if (strong && !/(?:银行|[农城]商行)$/.test(tail)) addName(state, text.slice(edge.start, m.start), true, TIER.rule);
  }
}

/** True when `word` occurs more often in `text` than the `named` times it stands in a name. */
function usedFreely(text: string, word: string, named: number): boolean {
  return countUpTo(text, word, named + 1) > named;
}

/** A name right before a cue word (新壹科技CEO, 克而瑞数据显示, 领益智造方面表示). */
export function findCuedNames(state: CompanyState, matches: Match[]): void {
  const { text } = state;
  for (const m of matches) {
    const edge = leftEdge(text, m.start, 8, state.protect);
    // (a firm, then the field its analyst covers: 国衡证券|化工行业|分析师)
    const field = PERSON_CUE.test(cueWords[m.pattern]) ? FIRM_THEN_FIELD.exec(text.slice(edge.start, m.start)) : null;
    const cueStart = field ? edge.start + field[1].length : m.start;
    const len = cueStart - edge.start;
    if (len < 2 || len > 6 || edge.afterNumber) continue;
    if (
      !edge.stop &&
      edge.start > 0 &&
      (isHan(text.charCodeAt(edge.start - 1)) || isAsciiLetter(text.charCodeAt(edge.start - 1)))
    )
      continue;
    // A longer title that holds the cue (澄川资本|创始|合伙人, 集团|行政|总裁) starts where the name ends.
    const title = wordEndingAt(text, m.end, companyWords().titles, edge.start);
    let nameEnd = title > m.end - m.start ? m.end - title : cueStart;
    // (副 before a title is the title's: 新地|副董事總經理)
    if (text[nameEnd - 1] === '副' && PERSON_CUE.test(cueWords[m.pattern])) nameEnd--;
    // (方面 and an adverb after it close the name: 寻珍|方面最初|回应称)
    const side = SIDE_THEN_ADVERB.exec(text.slice(edge.start, nameEnd));
    if (side) nameEnd = edge.start + side[1].length;
    // (an adverb and the verb that puts a notice out are no part of the issuer's name: 恒屹精工|再发|公告称, 鼎骐|同日公布|财报)
    if (cueWords[m.pattern].startsWith('公告') || DOCUMENT.test(cueWords[m.pattern])) {
      const verb = AGAIN_PUBLISH.exec(text.slice(Math.max(edge.start, nameEnd - 4), nameEnd));
      if (verb && nameEnd - verb[0].length - edge.start >= 2) nameEnd -= verb[0].length;
    }
    if (nameEnd - edge.start < 2) continue;
    const name = text.slice(edge.start, nameEnd);
    if (!isNameLike(name)) continue;
    // a list before the cue (股权结构和|高管任命) names no one: a name ends in no joiner
    if (isJoiner(name.charCodeAt(name.length - 1))) continue;
    // A noun after 的 before a source's data (同日披露的|路费|数据显示) is what the data is of, not who gives it.
    if (edge.stop === '的' && cueWords[m.pattern].startsWith('数据')) continue;
    // A role before the cue is no name (其|创始人兼|CEO林立): the title of the person the cue belongs to.
    if (wordEndingAt(name, name.length - (name.endsWith('兼') ? 1 : 0), companyWords().personTitles)) continue;
    // A two-character dictionary word before a person's title (质疑|董秘, “请问|董事长) is a verb or a noun
    // of the sentence, not a short name: rule-found short names are coined (鲸析, 澄岭).
    // (nor before a source's data: 交付|数据显示 is the deliveries' data)
    const cue = cueWords[m.pattern];
    if (name.length === 2 && (PERSON_CUE.test(cue) || cue.startsWith('数据')) && isDictWord(name)) continue;
    // A verb taking the units as its object (还在盘活|旗下的上市平台, 整合|旗下资产) is no owner's name.
    if (cueWords[m.pattern] === '旗下' && UNITS_VERB.test(name.slice(-2))) continue;
    // A kind of notice (拍卖|公告, 问询|公告, 发行|公告显示), or a verb that puts one out (以待|刊发|公告, 已|披露|公告),
    // is no issuer's name.
    // (nor a word after the verb that puts the notice out: 发布了产品停售及|切换|公告)
    if (
      cueWords[m.pattern].startsWith('公告') &&
      (NOTICE_KIND.test(name) ||
        PUBLISH_VERB.test(name) ||
        PUBLISHED_IN_CLAUSE.test(text.slice(Math.max(0, edge.start - 14), edge.start)))
    )
      continue;
    // X的监测显示 names a source only after a descriptor (第三方数据机构本草数联的监测显示)
    // (or a coined name that opens its sentence: 。久谦中台的监测数据显示)
    if (
      cueWords[m.pattern].startsWith('的') &&
      !isDescriptor(edge.stop) &&
      !(/^[。！？\n]?$/.test(edge.stop) && name.length >= 4 && !allDictWords(name))
    )
      continue;
    // 统计 names a source only as 据X统计 or after a descriptor (据医药数据平台医药魔方统计; not 据不完全统计).
    if (NEEDS_SOURCE.test(cueWords[m.pattern]) && !(edge.stop === '据' || isDescriptor(edge.stop))) continue;
    // a document is no source's name (招股书|数据显示, 年报|数据)
    if (/^(?:数据|统计|监测)/.test(cueWords[m.pattern]) && DOCUMENT.test(name)) continue;
    // nor inside a body's name (据国家|统计局数据)
    if (cueWords[m.pattern] === '统计' && /[局部处厅所院]/.test(text[m.start + 2] ?? '')) continue;
    addCandidate(state, edge.start, nameEnd, TIER.rule);
    addName(state, name, false, TIER.rule);
  }
}

/**
 * A firm a source is close to (一位接近山茶序的人士): a coined name, twice in the article, neither a person nor words
 * of the dictionary (接近监管的人士, 接近交易的人士).
 */
export function findCloseSources(state: CompanyState): void {
  const { text } = state;
  if (!text.includes('接近')) return;
  for (const m of text.matchAll(CLOSE_SOURCE)) {
    const name = m[1];
    if (!isNameLike(name) || allDictWords(name) || isDictWord(name)) continue;
    if (/^[\u4e00-\u9fff]{2,3}$/.test(name) && ZH_SURNAME_FIRST.test(name)) continue;
    if (countUpTo(text, name, 2) < 2 || NOT_CLOSE_TO.test(name)) continue;
    const at = m.index + m[0].indexOf(name);
    addCandidate(state, at, at + name.length, TIER.rule);
    addName(state, name, false, TIER.rule);
  }
}
const CLOSE_SOURCE = /接近([\u4e00-\u9fff]{2,6}?)的(?:消息)?人士/g;
const NOT_CLOSE_TO =
  /(?:银团|债权人|股东|买方|卖方|投资方|收购方|董事会|方面|部门|监管|层|公司|集团|政府|机构|交易|决策|项目|谈判|此事|该行|该公司)$/;
const ZH_SURNAME_FIRST = new RegExp(`^[${ZH_COMMON_SURNAMES}]`);

/** Brokers and research houses named by their analysts (国衡证券化工行业分析师唐思远, 熙和文娱研究员彭书瑶). */
export function findAnalystFirms(state: CompanyState): void {
  const { text } = state;
  for (const role of ['分析师', '研究员', '研究总监'])
    for (let p = text.indexOf(role); p >= 0; p = text.indexOf(role, p + role.length)) {
      const from = Math.max(0, p - 16);
      const before = text.slice(from, p);
      let m = role === '分析师' ? ANALYST_FIRM.exec(before) : null;
      // (any firm whose name ends in a trade, then a person's name: 博岩咨询金融行业研究员林舒雯, 弘睿咨询消费行业研究总监吴昕然)
      if (!m && NAME_AFTER_ROLE.test(text.slice(p + role.length, p + role.length + 6))) {
        m = TRADE_FIRM.exec(before);
        // (the name ends at its first trade, before a field the pattern left in: 中岳证券|能源化工)
        // (not a legal name, which its own rule reads whole: 中汽数据有限公司高级分析师)
        const len = m && !/(?:公司|集团)$/.test(m[1]) ? firstTradeEnd(m[1]) : 0;
        // (nor a public centre's name cut at its trade: 国家粮油信息|中心首席分析师)
        if (m && len && BODY_AFTER_TRADE.test(m[1].slice(len))) m = null;
        else if (m && len) m[1] = m[1].slice(0, len);
        // (or any name after a descriptor that says it is a firm: 独立研究机构|信泽研究|首席研究员邱澜)
        else if (!(m && m[0].startsWith('机构') && m[1].length <= 6)) m = null;
      }
      if (!m || !isNameLike(m[1])) continue;
      const start = from + m.index + m[0].indexOf(m[1]);
      addCandidate(state, start, start + m[1].length, TIER.rule);
      addName(state, m[1], false, TIER.rule);
    }
}

const BODY_AFTER_TRADE = /^(?:中心|研究院|研究所|协会|学会|委员会)/;

/** Where the first trade word with two or more characters before it ends in `name` (0 when none). */
function firstTradeEnd(name: string): number {
  // (a think tank by its brand, whose analyst speaks: 云帆智库|金融行业研究员)
  if (/^[\u4e00-\u9fff]{2}智库/.test(name)) return 4;
  const trades = companyWords().zhIndustry;
  for (let end = 4; end <= name.length; end++) {
    const trade = wordEndingAt(name, end, trades);
    // (not before one last character, an office's own word: 工研院产科国际|所)
    if (trade > 0 && end - trade >= 2 && end !== name.length - 1) return end;
  }
  return 0;
}

let placeAfterDescriptor: RegExp | undefined;

/** A place plus a two-character brand right after a descriptor or a deal verb (锂电池供应商|浙江锦泰, 收购|深圳华澄). */
export function findPlaceNames(state: CompanyState): void {
  const { text } = state;
  const w = companyWords();
  placeAfterDescriptor ??= new RegExp(
    `(?:供应商|厂商|制造商|服务商|运营商|开发商|经销商|企业|收购|并购|入股)((?:${ZH_NAME_PLACES.join('|')})[\u4e00-\u9fff]{2})`,
    'g',
  );
  placeAfterDescriptor.lastIndex = 0;
  for (let m = placeAfterDescriptor.exec(text); m; m = placeAfterDescriptor.exec(text)) {
    const start = m.index + m[0].length - m[1].length;
    let end = start + m[1].length;
    const brand = text.slice(end - 2, end);
    if (wordStartingAt(brand, 0, w.leftStops) || wordStartingAt(brand, 1, w.leftStops)) continue;
    if (w.modifiers.has(brand) || w.zhIndustry.has(brand) || !isNameLike(m[1])) continue;
    for (let tail = wordStartingAt(text, end, w.corpTails); tail; tail = wordStartingAt(text, end, w.corpTails))
      end += tail;
    addCandidate(state, start, end, TIER.rule);
    addName(state, text.slice(start, end), false, TIER.rule);
  }
}

// 据X发布的《…》: the one that publishes a report under its name (据宠研数据发布的《2025年中国宠物行业白皮书》).
// (or opening a sentence, when its name ends in a trade: 艾润咨询发布的《2025年中国社区团购行业发展报告》显示)
// (a window around each 发布的/披露的/公布的 is read, not the whole text at every position)
const PUBLISHER =
  /(?:(?<![数证单票收占盘])据|[。！？\n])((?!据)[\u4e00-\u9fff]{2,8}?)(?:此前|近日|日前|最新)?(?:发布|披露|公布)的(?:《|[\u4e00-\u9fff]{0,6}?(?:报告|白皮书|研报|榜单))/;
const PUBLISHED = /(?:发布|披露|公布)的/g;

/** A publisher of a titled report after 据 (据宠研数据发布的《…白皮书》), when its name is no body's or phrase's. */
export function findPublisherNames(state: CompanyState): void {
  const { text } = state;
  PUBLISHED.lastIndex = 0;
  for (let p = PUBLISHED.exec(text); p; p = PUBLISHED.exec(text)) {
    // the window starts one character before the longest name and time word, or at a line start made up
    const from = Math.max(0, p.index - 13);
    const window = (from === 0 ? '\n' : '') + text.slice(from, p.index + 12);
    const m = PUBLISHER.exec(window);
    if (!m) continue;
    const name = m[1];
    // (据 as a word's last character, 伽马数据|联合发布的, cues nothing)
    const cued = m[0][0] === '据';
    const start = from - (from === 0 ? 1 : 0) + m.index + 1;
    if (!isNameLike(name) || state.protect[start]) continue;
    if (!cued && !wordEndingAt(name, name.length, companyWords().zhIndustry)) continue;
    addCandidate(state, start, start + name.length, TIER.rule);
    addName(state, name, false, TIER.rule);
  }
}

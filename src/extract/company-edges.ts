/**
 * Where a Chinese name starts, whether a name is a company at all, and which short names a full legal
 * name gives (广东领益智造股份有限公司 → 领益智造). Shared by every company rule.
 */
import { isAsciiLetter, isHan, isJoiner } from './company-text';
import { companyWords, stripPlace, wordEndingAt, wordStartingAt, type WordSet } from './company-words';
import { isDictWord } from './zh-segment';
import { ZH_NAME_PLACES, ZH_REGIONS } from './lexicon/company-places';
import { FUTURES_UNDERLYINGS } from './lexicon/company-stoplist';
import { ZH_FUND_KINDS } from './lexicon/company-suffixes';

/** The start of a name and the stop word found before it ('' at punctuation or the length limit). */
export interface Edge {
  start: number;
  stop: string;
  /** The walk ended at a number: what follows it is a quantity (20个交易日, 80款车型) more often than a name. */
  afterNumber?: boolean;
}

// Measure words and time units that follow a number (20个, 80款, 15天, 2024年); a legal name starts after them.
const UNITS = '个款天家只名项条次位种类批份年月日号周期届倍股元';
const isDigit = (c: number) => (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);

// One-character stops that never sit inside a name, even as its first character (的|新基金, 由|X).
const NEVER_IN_NAME = '的了是在被把将从对由据拟等也还就已曾该这那此其向';
const isOpenBracket = (c: number) => c === 0xff08 || c === 40;
const isCloseBracket = (c: number) => c === 0xff09 || c === 41;

/** Whether a corporate word or a legal suffix starts at `p` (澄岭控股|集团, 悦庭控股（香港）|有限公司). */
function corporateAt(text: string, p: number): boolean {
  const w = companyWords();
  return wordStartingAt(text, p, w.corpTails) > 0 || wordStartingAt(text, p, w.zhLegal) > 0;
}

/** Past a short bracket group opening at `p` (（香港）有限公司 → 有限公司), or `p` itself. */
function afterBracket(text: string, p: number): number {
  if (!isOpenBracket(text.charCodeAt(p))) return p;
  for (let q = p + 1; q < text.length && q < p + 8; q++) if (isCloseBracket(text.charCodeAt(q))) return q + 1;
  return p;
}

/** Whether a known name stands right before the bracket closing at `close` (恒生电子（600570.SH）|和). */
function protectedBeforeBracket(text: string, close: number, protect: Uint8Array): boolean {
  if (!isCloseBracket(text.charCodeAt(close))) return false;
  for (let o = close - 1; o > 0 && o > close - 40; o--) {
    const c = text.charCodeAt(o);
    if (isOpenBracket(c)) return protect[o - 1] === 1;
    if (isCloseBracket(c) || c === 10) return false;
  }
  return false;
}

/**
 * Walks left from `end` over the characters a Chinese name is made of, up to `maxLen` units, and stops
 * after a stop word (拟收购|江苏科达…, 供应商|浙江锦泰, 的|广州澄岭…). A stop inside a known name
 * (`protect[i]` set) is no stop, nor is a one-character stop right before the last character (克而瑞).
 * A short bracket group inside the name is crossed (中国平安保险（集团）).
 */
export function leftEdge(text: string, end: number, maxLen: number, protect?: Uint8Array | null): Edge {
  const { leftStops } = companyWords();
  const floor = Math.max(0, end - maxLen);
  let p = end;
  while (p > floor) {
    const c = text.charCodeAt(p - 1);
    if (isCloseBracket(c)) {
      // Cross a short bracket inside a name (（集团）, （中国）), never a partnership marker that ends one.
      let open = p - 2;
      while (open > floor && open > p - 7 && isHan(text.charCodeAt(open))) open--;
      if (
        open < p - 2 &&
        open > floor &&
        isOpenBracket(text.charCodeAt(open)) &&
        !/合伙/.test(text.slice(open + 1, p - 1))
      ) {
        p = open;
        continue;
      }
      break;
    }
    if (!isHan(c) && !isAsciiLetter(c)) break;
    // A known name or a corporate word, then a joiner (华为|和|国银金融租赁, 工银金融租赁|和|国银金融租赁): the
    // name starts after the joiner.
    if (
      p < end &&
      isJoiner(c) &&
      !(protect && protect[p - 1]) && // the joiner ends a known name itself (信永中和|会计师事务所有限责任公司)
      ((protect && (protect[p - 2] || protectedBeforeBracket(text, p - 2, protect))) ||
        wordEndingAt(text, p - 1, companyWords().strongTails) > 0 ||
        // (or a firm's bare 公司: 地方资产管理公司|和|金融资产投资公司)
        text.endsWith('公司', p - 1))
    )
      return { start: p, stop: text[p - 1] };
    // 于 ends a word before a name (高于|中证指数有限公司, 位于|X): no name holds it but as a first character.
    if (c === 0x4e8e && p < end) return { start: p, stop: '于' };
    // (a stop may start before the floor: 获得|广西北部湾银行 is a five-character name after a two-character stop)
    const stop = wordEndingAt(text, p, leftStops, Math.max(0, floor - 4));
    // One character taken after a one-character stop: the stop is the name's first character (克而瑞, 华为).
    // 企业 before 管理 is part of the name (上海迈环企业管理合伙企业).
    // So is 显示 before one (宏晶|显示|科技股份有限公司: display technology), which elsewhere is the verb (数据显示).
    // And a role before 事务所 is the firm's own word (信永中和|会计师|事务所有限责任公司), not the role of a name after it.
    const inName =
      (stop === 2 &&
        (text.startsWith('企业', p - 2) || text.startsWith('显示', p - 2)) &&
        wordStartingAt(text, p, companyWords().zhIndustry) > 0) ||
      // (企业融资 is a trade: 衍丰|企业融资|有限公司)
      (stop === 2 && text.startsWith('企业融资', p - 2)) ||
      (stop >= 2 && text.startsWith('事务所', p)) ||
      // (and 顾问 or 工具 before a legal suffix is the firm's trade: 恒宇保险|顾问|有限公司, 崇锐精密|工具|股份有限公司)
      // (and 企业 there: 衍丰|企业|有限公司, 新鸿基企业有限公司)
      (p === end &&
        (text.startsWith('顾问', p - 2) || text.startsWith('工具', p - 2) || text.startsWith('企业', p - 2)) &&
        /^(?:有限|股份|公司)/.test(text.slice(p, p + 2)));
    const inside =
      stop === 1 &&
      ((end - p === 1 && !NEVER_IN_NAME.includes(text[p - 1])) ||
        // A stop character that ends an industry word inside the name (鲸析数|据|科技有限公司, 中汽数|据|有限公司) is no stop.
        (end - p !== 1 && wordEndingAt(text, p, companyWords().zhIndustry, floor) > 1));
    // 与 joining two words of one name (城市更新与发展集团有限公司) is no stop
    // …nor is 经 of a word (经纬纺织机械股份有限公司, 经营情况, 未经审计), though 经 before a name is 'by' (经天健会计师事务所审计)
    const joined =
      stop === 1 &&
      ((text[p - 1] === '与' && /^(?:发展|运营|管理)/.test(text.slice(p, p + 2))) ||
        // (nor 的 of 的士, a taxi: 冠途的士集团有限公司)
        (text[p - 1] === '的' && text[p] === '士') ||
        (text[p - 1] === '经' &&
          (text[p] === '纬' || isDictWord(text.slice(p - 1, p + 1)) || '未曾途历神财政'.includes(text[p - 2] ?? '-'))));
    // (a subsidiary's name may open with 中: 全资子公司|中免海州免税品有限公司, not 公司中 'among the firms', as in
    // 这些子公司中)
    const subsidiary = stop === 3 && text.startsWith('子公司中', p - 4) && '资属股下'.includes(text[p - 5] ?? '');
    if (stop && !inName && !(protect && protect[p - 1]) && !inside && !joined && !subsidiary) {
      return { start: p, stop: text.slice(p - stop, p) };
    }
    // 控股 as a verb between two names (澄岭集团控股|沐阳新材料有限公司), not as the corporate word of one
    // (澄岭控股集团, 澄岭控股投资管理): what follows it is a name of its own, not a corporate word.
    if (end - p >= 3 && text.startsWith('控股', p - 2) && !corporateAt(text, afterBracket(text, p))) {
      return { start: p, stop: '控股' };
    }
    p--;
  }
  if (p > 0 && isDigit(text.charCodeAt(p - 1))) {
    while (p < end && UNITS.includes(text[p])) p++;
    return { start: p, stop: '', afterNumber: true };
  }
  return { start: p, stop: '' };
}

/** True when `name` is listed as no company, or ends like a regulator, school, body or outlet. */
export function isNotCompany(name: string): boolean {
  const w = companyWords();
  if (w.notCompany.has(name)) return true;
  if (/^[\x20-\x7e]+$/.test(name)) {
    const last = name.slice(name.lastIndexOf(' ') + 1);
    // (a two-word ending too: International Copper Study Group is a body, not a group of companies)
    const two = name.slice(name.lastIndexOf(' ', name.length - last.length - 2) + 1);
    // (a union's branch is no firm: Local 1482)
    return w.enEndings.has(last) || w.enEndings.has(two) || /^University of |^(?:Local|Lodge) \d+$/.test(name);
  }
  if (wordEndingAt(name, name.length, w.zhLegal)) return false;
  // (a cooperative's short name is the business's too: 牧歌合作社)
  if (name.endsWith('合作社') && name.length >= 4) return false;
  return wordEndingAt(name, name.length, w.zhEndings) > 0 && !/(公司|集团|银行|证券|资本)$/.test(name);
}

/**
 * What is left of a Chinese name once places, regions, generic modifiers and industry words are taken
 * off both ends (美国生物技术 → '', 艾伦西斯治疗 → 艾伦西斯). Empty or one character: no name at all.
 */
export function distinctivePart(name: string): string {
  const w = companyWords();
  let s = name;
  for (;;) {
    const lead = wordStartingAt(s, 0, w.regions) || wordStartingAt(s, 0, w.modifiers);
    if (lead >= 2 || (lead === 1 && '该本其此这那某'.includes(s[0]))) {
      s = s.slice(lead);
      continue;
    }
    const tail = wordEndingAt(s, s.length, w.modifiers);
    if (tail >= 2) {
      s = s.slice(0, s.length - tail);
      continue;
    }
    return s;
  }
}

// A name does not end in a locative or time word (会上, 社交媒体上, 同日, 天内), a preposition (期限为自, 回流至), a
// verb of attention (提示投资者注意|公司), a comparison or reliance (价格较|公司, 全靠|总部), nor hold a person noun (投资者) or a ratio's verb (占净|资本); nor an
// adjective in 性/型 (区域性|银行, 中小型|银行) or 发布,
// and holds no numeral with a measure word or a year (核心一级资本, 两家, 近两年全球制药).
// (and a negation or adverb anywhere is a phrase's: 觉得不如存|银行, 不能消除|寿险, 还要|银行). The parts below are
// alternatives of one expression.
const NOT_NAME_SHAPE = new RegExp(
  [
    // a function word, a preposition or a verb ending it (…在, …发布, …提醒), or a rank or a role inside it
    '[上下内里外日前后时间自为于在对向从把被将以与及的了着过性型到至较靠]$|发布$|(?:注意|关注|提示|提醒)$|(?:召开|举行)$|(?:时期|时候|阶段)$|[县区]医疗集团$|医[共联]体$|^(?:切实|维护|实缴|代偿|偿还|归还)|^联合$|^以?单[只家个款]|[比率]$|装入|^系列|^改聘$|^前一[天晚日]|^暂停',
    // a verb of saying after 并 (并指|集团), a firm's regional division (亚太区|风电研究总监)
    '^并(?:指|称|说|表示|认为|强调|提醒|预计|要求|建议)|^(?:亚太|大中华|中国|华东|华南|华北|华中|西南|东北|西北|欧洲|北美|南美|拉美|中东|东南亚|全球|海外|国际|亚洲|美洲)区(?![块域])',
    '投资者|消费者|记者|受益人|委托人|持有人|占净|位居|位列|跻身|^成为|问题|(?:直指|指向)$',
    // a count or a share (三家, 五款, 两成) and adverbs or auxiliaries anywhere (纷纷, 已经, 正在, 只会, 需要)
    '[一二三四五六七八九十两几][余多]?[级个家只款项条次类种批位名年单笔支季间大艘台辆座架所]|[一二三四五六七八九两]成(?!都)|\\d[个家只款项条次类种批位名笔支间]|[不没还就很把被让却兼]',
    '(?:纷纷|陆续|相继|先后|随后|分别|同时|再次|双双|一同|共同)$|^(?:纷纷|陆续|相继|先后|分别)|(?:开通|开设|上线)$|^[多几数各每][家起只个笔]|[有中]多家|^[后每各该这那些批项款个间]|^(?:发布|披露|公布|谋求|寻求|新增|预留|切入|另一|决定|主营)|有关|隔壁|协调|变成|变为|^进行|^新设|^殡|初步$|^可按|^换电|持卡人|^办理|广场$|^(?:北美|南美|中东|欧洲|亚洲|欧美|美国|海外|全球|国际|本地|外资)(?:退休|主权|养老|对冲|私募)|^以(?:提升|支持|推动|促进|增加|扩大|降低|保障|满足)|^(?:支持|鼓励|引导|允许|收窄|压缩)|^[亦也还]有|会令|适合|自建|^方面|挤压|回归|^待|最新$|^一纸|^有些|^有的|[各该其贵]$|^众多|^越来越多|压缩|另行|停运|防止|会议',
    '直接|间接|都会|将会|已经|正在|如果|是否|需要|应当|应该|未经|名义|只会|只能|^需',
    // verbs of a phrase (提供服务, 开展数据合作, 依靠银行, 代销基金, 揽收快递, 拖累整个公司, 取得香港证券, 举牌银行…)
    '提供|开展|依靠|依托|借助|凭借|派驻|委派|选派|聘任|聘请|利用|代销|揽收|拖累|听说|据说|^赴|^少(?!林)|取得|承接|收到|组建|划出|转入|转出|大多|大都|债务|举牌|申请|拉低|拉高|推高|压低|预测|存托|^加强|^补充|^(?:累计|当晚|当天|当日|同日)|同步$',
    // an app (官方App, X App) is a product
    '^官方|(?:App|APP)$',
    // a state of affairs or a line of business (经营情况, 家电业务), or a verb opening it (缓解|寿险公司, 推进|废钢期货)
    '(?:情况|状况|业务)$|^(?:缓解|减轻|加剧|推动|推进|促进|助力)|(?:资本|债券|股票|货币|外汇|一级|二级)市场$',
    // an adverb or a verb of a plan opening a clause (稳妥推进|村镇银行改革, 通过优化|网点服务, 头部公司转型|标品信托,
    // 具体兑付安排以|信托公司公告为准), or suing (起诉|寿险公司)
    '^(?:稳妥|有序|优化|转型|具体|起诉|状告|研究(?:修订|制定|出台)|乃至|甚至|直至|商讨|推出|削弱|(?:只|仅|光)(?:看|要|能|会|有|是)|A股|港股|美股)|转到|存到|挪到|补偿基金$|事宜$',
    // a network or a kind of storage by what it does (开放换电网络, 超充网络, 钠电储能)
    '(?:换电|超充|充电|快充|加氢|物流|销售|服务|门店|渠道)网络$|^(?:钠电|锂电|液流|飞轮|压缩空气|新型|电化学|工商业|户用)储能$',
    // a special-purpose fund (设立专项激励基金)
    '^专项',
    // two things joined (货主与船公司), a second character 以 (持有人以券商资管)
    '.[与及](?!发展|运营|管理)|^.以',
    // generic kinds: local banks, pool funds, futures of a commodity, divisions and regions, insurance products,
    // value-added services, fund classes, a body's department, one of many (单只基金, 上一期基金, 主要贷款银行)
    '^地方|法人银行$|(?:稳价|平准|纾困|引导|专项|保障|救助|偿债|奖励|推广|资助|支援|援助|公益|慈善|助学|扶贫)基金$',
    `(?:${FUTURES_UNDERLYINGS.join('|')})(?:期货|期权)$`,
    '(?:产品线|事业部|事业群|业务线|业务部|区域)$|(?:终身|定期|增额|两全|年金|万能|重疾)(?:寿险|保险|险)$|增值服务$',
    '类(?:基金|产品|证券|投资|资产|信托)$|^(?:修订|采购|有更多|正(?:加快|积极|着手|准备|计划|推进))|(?:红利|指数|宽基|主题|债券|货币)基金$|(?:协会|联合会|商会|委员会)[\\u4e00-\\u9fff]',
    // a kind of fund as the whole name (人民币基金|合伙人, 首期基金, S基金)
    `^(?:${ZH_FUND_KINDS.join('|')})基金$`,
    '[自从由在与和看到把将让使为给家]新(?:银行|公司|集团|平台)$|^(?:如何|怎样|怎么|避免|防止)|(?:署|部|局|委|厅)联合$|双方$|更多(?:银行|公司|企业|机构|券商)|中小银行$|(?:督促|要求|引导|鼓励|推动|支持|指导|协调|找)新?银行$|^(?:买入|卖出|建立|开展|加强|深化|下场|具有|拥有|暂未|尚未|并未|仍未|真正|首次|叠加|协议约定)|试水$|本地银行$|^多[间家个](?:本地|外资|中资)|扩展到|去选$|(?:个别|本国|外国|外资|中资)银行$|商业化(?:公司)?$|^(?:意味着|意味|表明|说明|证明|随着|提出|更多)|发稿',
    '某|实收|集采|官网|带量采购|均未|成本$|^(?:签署|新签|签订|全资|而|新募|并[按以在向对从将把]|所有|单个|单只|单家|单店|单[床套台张间辆艘座吨]|周边|持牌|计划|本次|比|较|一份|主要|最新|近|做好|共享|标品|外包|开始|追回|远超|合作|连(?![江云城州平山南])|原各)|[县市省]级|上一期|新一期|服务信托$|医保基金$|催收|[我你的她]|他(?!山)|坦言|速冻|往年|^翻看|^单线|^跨境(?:支付|电商|理财|资本|人民币|金融|投资)|^酒类|类(?:批发|价格)|^现金管理$|^回归|^既有|^城市公交|^前应|查询|业绩$|^逼近|前[二三五十]大|(?:帮扶|扶持)基金$|^业务$',
    // a season or period (暑期|旗下酒店, 春节|期间), which a cue after it does not make a firm
    '^(?:暑期|暑假|寒假|假期|春节|国庆|旺季|淡季|同期|当期|近期|前期|后期|上半年|下半年|全年|今年|去年|明年|年内|期间|节后|节前|年初|年末|年底|季末|月末|早期|中期|初步|另行|上月|本月|下月|上周|本周|下周)$',
    // a service as a product (付费内容服务, 会员服务)
    '(?:内容|会员|订阅|付费|售后)服务$',
    // work on a filing (准备回复材料), the firms one is compared with (同行业可比公司)
    '^(?:准备|回复|完成|落实|配合)|可比(?:公司|企业)?$',
    // a verb of more or less (加大资本, 扩大…), a share of something (原材料占公司, 份额中占基金), a kind of drug or of
    // listed firm (低价仿制药, 创业板公司), a shipping line in general (船公司), a time before it (到周四…), 则 and 同款
    '^(?:加大|扩大|增加|减少|降低|提高|提升|吸引|引入|撬动|到|则|同款|录得|能靠|更新|另有|既帮|带动|推动|拉动|类似|总比|亿|部分)|一轮|主权基金$|^液体乳|(?:芯片|器件)设计(?:公司)?$|说明书$|附属(?:公司)?$|^第[一二三四五六七八九十\\d]|占|仿制药$|板(?:公司)?$|^船公司$|多只|指数$|负责',
    // a verb that takes the firm as its object (改变|银行的资产结构, 采用|联合银行模式, 合建|回收网络), a time or a share before a kind of
    // firm (如今一些银行, 首批民营银行), a role a bank plays (成员银行, 托管银行), a verb of keeping or becoming (稳定|县域农商银行,
    // 变成|董事会), banks below book value (破净银行); 临期 anywhere (清临期货: near-expiry goods), a city's budget (瑞川市财政)
    '^(?:光|只|仅|单|全)靠|^(?:一起|正好|刚好|恰好|帮助|帮忙|担心|担忧|当时|长期代理|面临|面对|拣选|挑选|进一步)|多份|互助基金$|补资本$|(?:选聘|任命制)$|^(?:改变|影响|冲击|考验|采用|沿用|借鉴|效仿|参照|预期|预计|估计|往来|退货|退换|共建|合建|搭建|打造|成员|会员|如今|当前|一些|首批|首期|首笔|首轮|第一批|托管|存管|独立|稳定|变成|变为|转为|沦为|破净|活跃)|临期|财政$',
    // a place or a side speaking (深圳方面), a verb of cutting back (压降|融资类信托), a field glossed by an acronym
    // (计算机辅助工程（CAE）)
    '方面$|^压降|^化解|辅助(?:设计|工程|制造|驾驶)$|^(?:优先|次级|夹层)[A-Z]?[0-9]?档?',
    // a cost per ton (吨钢|环保成本), a comparison (成交价比|公司内部测算)
    '^吨[钢煤铝铜油]|[价率量额数]比(?:公司)?$',
    // a scheme between markets (基金互认, 互认基金, 南下基金), a kind of fund, a style of build (自升式, 分布式), an adverb
    // opening it (更依赖), a time ending it (开标当晚), one and the same (同一集团), a material's grade (低介电)
    '互认|互通|^南下|^北上|^容许|^同一|^[\\u4e00-\\u9fff]{1,3}式|^更|当晚$|^低介电',
    // a sector's firms by their kind (山东铝企, 东北农商行, 弱资质银行), a verb of joining before banks (联合|商业银行)
    '[铝钢车房药煤猪酒险乳]企$|^(?:东北|华北|华东|华南|华中|西南|西北|中西部|东部|西部|中部)?(?:地区)?(?:县域|农村|城市)?(?:农商行|城商行|银行|农信社)$|资质银行$|^(?:联合|携手|联手)(?:商业|各家|多家)?银行$|^它',
    // a kind of lender or a sample of them (小贷, 样本小贷公司), where or how many banks (全港持牌银行, 受访银行, 个别银行)
    '^(?:小贷|小额贷款|网贷|消金)$|^样本|^全港|^受访|^个别|^以(?:减低|减少|降低|区域)',
    // a kind of food as a category (冷冻食品品牌, 速冻食品)
    '^(?:冷冻|速冻|休闲|预制|方便|有机|进口|功能|植物基)(?:食品|饮料)$',
    // a time word before a firm's parts (那|时候|总部每周…)
    '^(?:时候|时间|那时|当时|平时)$',
    // a price or what tracks it (中药材价格, 中药材价格监测机构), and an event a firm meets (正迎来|原材料)
    '价格$|价格监测|^正?迎来',
    // papers a firm hands out (招商材料, 宣传材料, 申报材料)
    '(?:招商|宣传|推广|申报|培训|备案|申请)材料$',
    // a size or a rank before a sector's firms (大型猪企, 头部车企, 中小房企)
    '^(?:大型|中型|小型|头部|中小|龙头|上市|民营|国有|一线|二线|三线|腰部|尾部)[\\u4e00-\\u9fff]企$',
    // state capital in general (国资基金, 国资方), a funding round (天使轮投资)
    // (and a district's or a city's state capital: 萧山区国资)
    '^国资|国资$|轮(?:投资|融资)$|(?:^|[和与及、])(?:仓储|冷链|供应链|跨境|快递|智慧|城市|综合|干线|支线|城配|同城|末端|区域)物流$|^全国|^[沪伦][铜铝锌镍锡金银铅](?:期货|合约)$',
    // a verb of regard or of buying with its object (应理性看待期货, 来香港买保险), a lease passed on (改租予保险公司),
    // private firms of a kind (民营口腔连锁), an adjective of a material (可降解材料), insurance of vehicles as a product
    // (an interbank rate, 香港银行同业拆息; a fund by its fee, 浮动费率基金)
    // (a bet on a trade, 押注航空; Cantonese 仲要同银行: and with the banks; rarely getting capital, 一直少有资本; owing a bank, 欠付银行; a profession's
    // firms in general, 律师事务所和会计师事务所)
    // (begging a firm, 求着气体公司; a quoted price, 热卷出口报价)
    // (going through notices, 梳理各地; using futures well, 合理运用期货; made to order, 现制饮品; a kind of fund, 基础设施基金)
    // (what a contract says, 合同上写着到时候公司; more and more shipping lines, 加上愈来愈多船公司)
    // (a charger's speed, 中速充电器; a line of business, 车辆租赁)
    // (selling a product, 销售遥感数据; marine fuel as a product, 船舶燃料)
    // (infant formula as a product, 婴配粉; of course having a reason, 自然有动力)
    // (that year's spending, 当年环保投入; a kind of rural bank, 农村合作银行; forcing or adopting a kind of bank, 倒逼农商银行,
    // 采取联合银行模式; the leading firms of a trade, 头部城燃公司; designing a fund, 设计基金时; cross-border data, 跨境数据;
    // a cause, 因虚构购机信息; a verb of speeding, 加快推出智能; a room's cost, 单房投资; a body's records, 港交所资料;
    // a cost compared, 成本比银行贷款低; many times, 多次推售; forming, 形成期货; firms meeting a bar, 偿付能力达标公司;
    // an index provider's series, 中证全指证券(公司指数); the first of its kind, 首个期货品种; a verb of causing or ending,
    // 使得期货盘面, 解除医保服务协议; a size of firm, 大型发电集团; trying, 尝试以数字化工具; as it turned out, 结果银行说; a
    // group's units, 发电集团下属运维公司; a service or a price as a whole, 风电运维服务, 进口鱼粉到港价; meal services for the
    // elderly, 助餐服务; starting capital, 初期资本; a mixed fund's name, 蓝筹精选混合; a manager selling funds, 经理卖新基金; using
    // one thing for another, 用利润换资本; a place in a branch, 网点显著位置; a count, 20余家网络小贷公司; meeting, holding or a
    // side's 则, 满足集团…, 掌握数据, (方)面则)
    '^(?:一整?[套个种项批]|(?:黑色|有色|能化|农产品)系|接近|一旦|综合考虑|计提|但|相比|相较|比起|对比|先确保|确保|只要|[A-E]{1,3}[级类]|(?:[百千万]亿级|新任|离任|现任|前任|明星|资深)基金)|^(?:信用信息|公股(?:银行|行库)|(?:信用|保证|信用保证|责任|意外|健康|农业|出口信用)保险)$|(?:会|局|部|委|署)以|(?:离|原来|获批|合并|吸收|设立|发起|退出|改制|收购|剥离)村镇银行$|子基金$|高股息$|^(?:当年|当月|当季|同年)|^满足|^面则|^掌握|位置$|^余家|助餐|^初期|混合$|^经理|^用(?![友益])|^(?:大型|中型|小型|大中型|中小型)|^尝试|^结果|下属|运维服务$|(?:到港|到岸|离岸)价$|^(?:使得|导致|解除)|^(?:中证|国证)(?!.*(?:公司|集团)$)|^首个|^成本|^多次|^形成|达标|^因(?:虚构|违规|涉嫌|未能?|存在|违反|擅自|伪造)|^(?:加快|加速|推出)|^单房|资料$|^(?:设计|设立|发起|募集|成立)基金$|^跨境(?:数据|电商|支付|业务|结算)$|^农村(?:合作|信用)|^倒逼|^采取|头部|配方乳粉$|^婴配粉$|^配方奶粉$|^自然有|^销售|^船舶燃料$|^船用燃料|^[中快慢]速|^(?:车辆|汽车)租赁$|写着|^到时候|^合同|^加上|愈来愈多|^梳理|^查阅|各地$|运用|^合理|^现制|^现磨|^基础设施基金$|^.着|报价$|^押注|^押宝|^仲要|同银行$|少有|鲜有|^一直|欠付|拖欠|^(?:律师|会计师|评估|税务)事务所|同业拆|费率基金$|看待|买(?:保险|基金|股票|理财)|改租|[租售让给授赋]予|^民营|^可(?:降解|回收|再生|穿戴|循环|持续)|(?:车辆|机动车)保险$',
  ].join('|'),
);

// A city's own bank (锦州银行, 青岛农商银行): the city is its whole distinctive part.
const CITY_BANK = /^([\u4e00-\u9fff]{2,4}?)市?(?:农村商业银行|农商银行|银行)$/;
let cities: Set<string> | undefined;

/** True for a city's own bank (锦州银行, 青岛农商银行): a city, then 银行. */
export function isCityBank(name: string): boolean {
  const bank = name.length <= 10 ? CITY_BANK.exec(name) : null;
  if (!bank) return false;
  cities ??= new Set(ZH_NAME_PLACES.filter((p) => !ZH_REGIONS.includes(p)));
  return cities.has(bank[1]);
}

/** True when a candidate name found by a rule is specific enough to be a company name. */
export function isNameLike(name: string): boolean {
  if (name.length < 2 || isNotCompany(name)) return false;
  if (isCityBank(name)) return true;
  // A name does not open with a date word or a numeral-like character (年第三季度, 月份).
  if (/^[年月日季号期届]/.test(name)) return false;
  // (a model's code opening it is a product's name: the new NV460 Electric)
  // (nor an index fund by its index's number, 300ETF, nor a headline's amount in title case: ¥612 Billion Buyout Offer …)
  if (/^[\x20-\x7e]+$/.test(name))
    return (
      /[A-Za-z]{2}/.test(name) &&
      !/^[A-Z]{1,3}\d{2,}[A-Z]? |^\d+(?:ETF|LOF)$|^\d[\d,.]* (?:Billion|Million|Trillion)\b/.test(name)
    );
  if (NOT_NAME_SHAPE.test(name)) return false;
  const core = distinctivePart(name);
  if (core.length < 2 && !(core.length === 1 && /[A-Za-z]/.test(name))) return false;
  const w = companyWords();
  // A common word as the whole distinctive part is a phrase, not a name (保持|商业银行, 会上).
  return !w.modifiers.has(core) && !w.notCompany.has(core) && !w.collisions.has(core);
}

/** True when `name` is made of industry and corporate words only (机场集团, 科技发展): no brand in it. */
function onlyTradeWords(name: string, industry: WordSet): boolean {
  let end = name.length;
  for (let len = wordEndingAt(name, end, industry); len > 0 && end > 0; len = wordEndingAt(name, end, industry))
    end -= len;
  return end === 0;
}

/**
 * Short names a Chinese legal name gives (its part before the legal suffix, brackets removed):
 * with and without the leading place, each with its trailing industry words taken off one by one
 * (江苏科达斯特恩汽车科技 → …, 科达斯特恩汽车, 科达斯特恩). Only forms that are name-like. `firm`: a law or
 * accounting firm's name.
 */
export function deriveZhShortNames(core: string, firm = false): string[] {
  const w = companyWords();
  const out = new Set<string>();
  const plain = core.replace(/[（(][^）)]*[）)]/g, '');
  for (const base of new Set([plain, stripPlace(plain)])) {
    for (let name = base, bank = false; ;) {
      // Two characters make a short name only as the brand before an industry word (桂溪|酒业), never as
      // the whole of what follows the place (上海|印刷有限公司 gives no 印刷), except in a professional firm's
      // name, where what follows the place is the firm's name (北京市|金杜|律师事务所). Before a bank word they
      // are the bank's city (宁川|农村商业银行): news keeps the bank word (宁川农商行).
      // (nor a city the list of places lacks: 澄州|水务集团 gives no 澄州)
      const city = name.length === 2 && /[州市县省镇乡]$/.test(name);
      // (nor trade words alone, what follows the place in 岚江省|机场集团有限公司: 机场集团 and 机场 name no one)
      if (
        isNameLike(name) &&
        (name.length > 2 || ((name !== base || firm) && !bank && !city)) &&
        !onlyTradeWords(name, w.zhIndustry)
      )
        out.add(name);
      // News shortens 新材料 to 新材 (澜澈新材料 → 澜澈新材).
      if (name.endsWith('新材料') && name.length > 4) out.add(name.slice(0, -1));
      // …and a city's bank to its kind's short word (淮北城市商业银行 → 淮北城商行, 宁川农村商业银行 → 宁川农商行)
      if (name.endsWith('城市商业银行') && name.length > 7) out.add(`${name.slice(0, -6)}城商行`);
      if (name.endsWith('农村商业银行') && name.length > 7) out.add(`${name.slice(0, -6)}农商行`);
      // …and a city's construction investment firm to 城投 (澧阳城市建设投资 → 澧阳城投)
      if (name.endsWith('城市建设投资') && name.length > 7) out.add(`${name.slice(0, -6)}城投`);
      // …and 特种气体 to 特气 (川鑫特种气体 → 川鑫特气)
      if (name.endsWith('特种气体') && name.length > 5) out.add(`${name.slice(0, -4)}特气`);
      const len = wordEndingAt(name, name.length, w.zhIndustry);
      if (!len || name.length - len < 2) break;
      bank = name.endsWith('银行');
      name = name.slice(0, name.length - len);
    }
  }
  return [...out];
}

// (and Dutch and German ones: Brouwerij Maelbeke NV → Maelbeke)
const ROMANCE_GENERIC =
  /^(?:Grupo|Groupe|Gruppo|Banco|Banca|Banque|Compañía|Companhia|Société|Sociedad|Corporación|Maison|Casa|Brouwerij|Bierbrouwerij|Brauerei|Koninklijke)$/;

const ROMANCE_TRADE_FIRST =
  /^(?:Acuícola|Agrícola|Pesquera|Constructora|Inmobiliaria|Naviera|Vinícola|Viña|Salmones|Forestal|Petrolera|Siderúrgica|Cervecería|Embotelladora|Distribuidora|Comercializadora|Farmacéutica|Azucarera|Aerolíneas|Construtora|Fundición|Refinería|Transportes|Inversiones|Laboratorios|Confiserie|Chocolaterie|Brasserie|Fromagerie|Biscuiterie|Occhialeria|Pastificio|Caseificio|Birrificio|Distilleria|Acciaieria|Acciaierie|Cartiera|Cartiere|Calzaturificio|Lanificio|Oleificio|Salumificio|Vetreria|Torrefazione|Usina|Eólica|Energías|Aguas)$/;

// A Chinese province or city opening a firm's romanised name (Fujian Minxing Nickel Industry).
const CHINESE_PLACE_FIRST =
  /^(?:Fujian|Zhejiang|Jiangsu|Guangdong|Shandong|Henan|Hebei|Hubei|Hunan|Anhui|Sichuan|Yunnan|Guizhou|Guangxi|Shanxi|Shaanxi|Jiangxi|Jilin|Liaoning|Heilongjiang|Hainan|Gansu|Qinghai|Ningxia|Xinjiang|Chongqing|Tianjin|Shenzhen|Guangzhou|Hangzhou|Nanjing|Suzhou|Xiamen|Qingdao|Ningbo|Wuhan|Chengdu|Dalian|Hefei|Changsha|Zhengzhou|Jinan|Wuxi|Foshan|Dongguan|Shenyang|Fuzhou|Kunming|Changzhou|Yantai|Tangshan)$/;
const MALAY_PRAISE = /^(?:Raya|Jaya|Makmur|Abadi|Utama|Perkasa|Persada|Sejahtera|Lestari|Sentosa|Mulia|Gemilang)$/;

/**
 * Short names an English legal name gives (`base`: the name without its legal suffix): the name itself, the
 * name without its trailing industry words (Stratavale Software → Stratavale), and the word news uses alone:
 * the first word of a coined name (Halden Analytics → Halden, Quillmark Orbital → Quillmark), or the surname
 * of a founder's name (Eli Lilly → Lilly, Sanford C. Bernstein → Bernstein). None from a generic, place or
 * function first word (General, Pacific, The), nor from names of several parts (Hale & Whitcombe, Bank of X).
 */
export function deriveEnShortNames(base: string): string[] {
  const w = companyWords();
  const out: string[] = [];
  const tokens = base.split(' ').filter(Boolean);
  if (tokens.length && base.length >= 3) out.push(tokens.join(' '));
  let n = tokens.length;
  const plain = (t: string) => !(w.enGenericFirst.has(t) || w.enFunction.has(t) || w.enGiven.has(t));
  // a country or place closing the name is the arm's market (Kora Telecom Nigeria → Kora Telecom)
  if (n >= 3 && w.enGenericFirst.has(tokens[n - 1]) && /^[A-Z][a-z]+$/.test(tokens[n - 1])) {
    n--;
    out.push(tokens.slice(0, n).join(' '));
  }
  // an Indonesian bank's name after Bank (PT Bank Nusantara Raya Tbk → Nusantara Raya)
  // (and its first word alone, the name the story then goes by: Nusantara)
  if (n >= 3 && tokens[0] === 'Bank' && tokens.slice(1, n).every((t) => /^[A-Z][a-z]+$/.test(t))) {
    out.push(tokens.slice(1, n).join(' '));
    if (plain(tokens[1])) out.push(tokens[1]);
  }
  // an Indonesian or Malay firm's closing word of praise (Sulawesi Nikel Raya → Sulawesi Nikel: great, prosperous, main)
  if (n >= 3 && MALAY_PRAISE.test(tokens[n - 1])) out.push(tokens.slice(0, n - 1).join(' '));
  // each industry word off the end in turn (Karratha Iron Ore → Karratha Iron → Karratha), and two trades joined
  // by "and" (Abu Qir Fertilizers and Chemical Industries → Abu Qir)
  const joined = (k: number) => k > 2 && /^(?:and|&)$/.test(tokens[k - 1]) && w.enIndustry.has(tokens[k - 2]);
  while (n > 1 && w.enIndustry.has(tokens[n - 1])) {
    if (joined(n - 1)) n -= 2;
    if (--n > 1 && w.enIndustry.has(tokens[n - 1]) && !joined(n)) out.push(tokens.slice(0, n).join(' '));
  }
  if (n < tokens.length && (n > 1 || plain(tokens[0]))) out.push(tokens.slice(0, n).join(' '));
  if (n > 1 && tokens.every((t) => /^\p{Lu}[\p{L}\p{N}'’.-]*$/u.test(t))) {
    const initial = n === 3 && /^[A-Z]\.$/.test(tokens[1]);
    const founder = (n === 2 && w.enGiven.has(tokens[0])) || initial;
    // a generic first word of a Romance name (Grupo Castellar, Banco Santander): the short name is the next one
    const lead = n === 2 && !founder && ROMANCE_GENERIC.test(tokens[0]);
    const word = founder || lead ? tokens[n - 1] : tokens[0];
    // (not a Romance trade opening the name alone: Eólica of Eólica Moncayo Renovables)
    if (founder || (plain(word) && !/\.$/.test(word) && !ROMANCE_TRADE_FIRST.test(word))) out.push(word);
  }
  // a Chinese firm's romanised name opens with its province or city (Fujian Minxing Nickel Industry → Minxing)
  if (n >= 2 && CHINESE_PLACE_FIRST.test(tokens[0]) && /^[A-Z][a-z]{2,}$/.test(tokens[1]) && plain(tokens[1])) {
    out.push(tokens[1]);
    if (n > 2) out.push(tokens.slice(1, n).join(' '));
  }
  // a Romance group named by its trade (Grupo Aeroportuario Sierra Golfo, Grupo Financiero Banorte), or a firm its
  // trade opens (Acuícola Fiordo Blanco, Pesquera Itata): the rest
  const tradeFirst = n >= 2 && ROMANCE_TRADE_FIRST.test(tokens[0]);
  if (tradeFirst || (n >= 3 && ROMANCE_GENERIC.test(tokens[0]) && ROMANCE_TRADE.test(tokens[1]))) {
    const rest = tokens.slice(tradeFirst ? 1 : 2, n);
    if (/^(?:de|del|do|da|di)$/.test(rest[0] ?? '')) rest.shift();
    // (a particle may join its words: Compañía Minera Altos del Loa → Altos del Loa)
    const word = (t: string, k: number) => /^\p{Lu}/u.test(t) || (k > 0 && k < rest.length - 1 && PARTICLE.test(t));
    if (rest.length && rest.length <= 3 && rest.every(word) && (rest.length > 1 || plain(rest[0])))
      out.push(rest.join(' '));
    // (and the words before a particle, when two or more: Usina Santa Clara do Paranapanema → Santa Clara)
    const particle = rest.findIndex((t) => PARTICLE.test(t));
    if (particle >= 2 && rest.slice(0, particle).every((t) => /^\p{Lu}/u.test(t)))
      out.push(rest.slice(0, particle).join(' '));
  }
  // two trades joined by the Romance "and" before the brand (Concretos y Cementos Huasteca → Cementos Huasteca)
  const y = tokens.indexOf('y') > 0 ? tokens.indexOf('y') : tokens.indexOf('e');
  if (y === 1 && n - y - 1 >= 2 && tokens.slice(y + 1, n).every((t) => /^\p{Lu}/u.test(t)))
    out.push(tokens.slice(y + 1, n).join(' '));
  // (a trade word alone is no short name: Solar of "Solar Inc.", cut from First Solar Inc.; nor its singular,
  // Restaurant of Restaurant Brands International Inc.)
  // (nor a commodity: Cocoa of Cocoa Marketing Company (Ghana) Ltd)
  return [...new Set(out)].filter(
    (s) =>
      s.length >= 3 && !isNotCompany(s) && !w.enIndustry.has(s) && !w.enIndustry.has(`${s}s`) && !COMMODITY_EN.test(s),
  );
}
const PARTICLE = /^(?:de|del|do|da|di|la|y|e)$/;
const COMMODITY_EN = /^(?:Cocoa|Coffee|Sugar|Cotton|Rubber|Tea|Wheat|Corn|Soy|Soybean|Rice|Palm Oil|Cattle|Timber)$/;
// the trade after Grupo (Aeroportuario, Financiero, Industrial, Comercial, Minero, Inmobiliario, Empresarial…)
const ROMANCE_TRADE = /^\p{Lu}\p{Ll}+(?:ario|ero|era|ial|ico|ica|ivo)$/u;

// What follows a number and belongs to it: scale words (亿, million), units and currencies (元, %, 个月,
// percent, pence), 多/余, and rates (20美元/月, $2.83 a share). Lookups are by first character, longest first.
import {
  FIGURE_CURRENCIES_EN,
  FIGURE_CURRENCIES_ZH,
  FIGURE_MEASURE_WORDS_ZH,
  FIGURE_PER_QUANTITY_ZH,
  FIGURE_RATE_NOUNS_EN,
  FIGURE_RATIOS_ZH,
  FIGURE_UNITS_EN,
} from './lexicon/figure-units';
import { alternation } from './lexicon/lines';
import { SCALES, isCnNumeralCode, isDigitCode, isLatinCode, isSpaceCode, toHalfWidth } from './numbers';

/** A unit after a number: its normalised name, its factor to base units, and whether it is money. */
export interface Unit {
  unit: string;
  factor: number;
  money: boolean;
}

// Every unit by its written form: Chinese units and currencies, English units and currency words.
const ZH_UNITS = new Map<string, Unit>();
for (const w of FIGURE_MEASURE_WORDS_ZH) ZH_UNITS.set(w, { unit: w, factor: 1, money: false });
for (const [w, [unit, factor]] of Object.entries(FIGURE_RATIOS_ZH)) ZH_UNITS.set(w, { unit, factor, money: false });
for (const [w, unit] of Object.entries(FIGURE_CURRENCIES_ZH)) ZH_UNITS.set(w, { unit, factor: 1, money: true });
// hundredths of a currency (8美分/磅 → 0.08 USD per pound)
for (const [w, unit] of [
  ['美分', 'USD'],
  ['欧分', 'EUR'],
  ['港仙', 'HKD'],
  ['美仙', 'USD'], // Hong Kong's word for US cents (票据价格升至68美仙)
  ['仙', 'HKD'], // Hong Kong writes its cents 仙 (每股派息8仙)
])
  ZH_UNITS.set(w, { unit, factor: 0.01, money: true });
// tenths of a yuan in speech (成本低1毛钱, 5角钱 → 0.1, 0.5 CNY)
// (and 毛 alone where a clause or a range goes on after it: 一票的油钱就要3毛，, 倒贴5毛多; not 毛利, 毛重, 毛坯)
// (角 alone likewise, after digits: 新台币每升值1角; not 角度, 角色, 角落)
for (const w of ['毛钱', '角钱', '毛', '毛多', '角']) ZH_UNITS.set(w, { unit: 'CNY', factor: 0.1, money: true });
// hundredths of a yuan: 3分钱, and 分 before a rate's slash (上涨3.2分/千瓦时); else 分 is a score or a minute
for (const w of ['分钱', '分']) ZH_UNITS.set(w, { unit: 'CNY', factor: 0.01, money: true });
const EN_UNITS = new Map<string, Unit>();
for (const money of [false, true])
  for (const entry of money ? FIGURE_CURRENCIES_EN : FIGURE_UNITS_EN) {
    const [w, unit = w, factor = 1] = entry.split('|');
    EN_UNITS.set(w, { unit, factor: +factor, money });
  }

/** Keys indexed by their first code unit, longest first: a longest match is a few startsWith calls. */
function indexByFirst(keys: Iterable<string>): Map<number, string[]> {
  const index = new Map<number, string[]>();
  for (const k of keys) index.set(k.charCodeAt(0), [...(index.get(k.charCodeAt(0)) ?? []), k]);
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}
const ZH_INDEX = indexByFirst(ZH_UNITS.keys());
const EN_INDEX = indexByFirst(EN_UNITS.keys());

const ZH_SCALES = ['万亿', '千万', '千亿', '百万', '百亿', '万', '亿', '千', '百'];
// (a headline in title case capitalises them: $1.25 Billion)
const EN_SCALE_RE =
  /([ \u00a0\u202f-]?)([Mm]illion|[Bb]illion|[Tt]rillion|[Tt]housand|MILLION|BILLION|TRILLION|lakh crores?|crores?|lakhs?|bn|mn|mln|bln|tn|m|k|B|M|K)(?![A-Za-z])/y;

/** A rate after money or a measure, Chinese or symbol style: 20美元/月, 2.4mg/kg. */
export const RATE_ZH_RE = new RegExp(
  // per a quantity too: 15.9元/500毫升, 32元/10千克; and per a magnitude of a Latin unit: 0.8元/百万Tokens
  `/((?:[1-9]\\d{0,3}(?:${alternation(FIGURE_PER_QUANTITY_ZH)}))|${alternation([...FIGURE_MEASURE_WORDS_ZH, '月', '日', '季'])}|(?:[千万]|百万|千万|亿)?[A-Za-z]{1,8}[²³]?(?![A-Za-z]))`,
  'y',
);
/**
 * A rate in words after money: $2.83 a share, 61 cents per diluted share, $45 a month, $6.99-a-month, $87.60 a
 * dry metric tonne, $2,400 a troy ounce, 92 cents on the dollar, 71 pence on the pound; and after per, any unit ($1,436 per TEU, $27.20
 * per passenger): the unit is group 1 or 2.
 */
export const RATE_EN_RE = new RegExp(
  `(?:(?:[ \u00a0](?:a|an|per) (?:(?:diluted|basic|dry|wet|troy|short|long|American depositary|depositary) ){0,2}|-(?:a|an|per)-|[ \u00a0](?:on|in) the (?=dollar|pound|euro))(${[...FIGURE_RATE_NOUNS_EN, 'dollar', 'euro'].sort((a, b) => b.length - a.length).join('|')})|[ \u00a0]per (?!(?:the|an?|each|every|cent|capita|head)(?![A-Za-z]))((?:(?:million|thousand|billion|[1-9]\\d{0,2}(?:,\\d{3})*) )?(?:British thermal units|[a-z]{3,15}(?:-(?:month|year|day|hour))?|[A-Z]{2,5}|[a-z]{1,2}[A-Z][A-Za-z]{1,3})))(?![A-Za-z]|['’]s(?![A-Za-z]))(?!(?<=year|month|week|day|night|hour|quarter) (?:earlier|ago|later|prior|before(?! (?:rebates|discounts|taxes|tax|fees|subsidies|incentives|tips|overtime)(?![A-Za-z]))))`,
  'y',
);

// Units that a hyphen may join as an adjective (a 30-day average), and those written flush (5%, 30x, 2.4mg).
const HYPHEN_UNITS = new Set([
  '%', // an 11.5-per-cent premium, a 5-percent stake
  'member', // a 15-member board
  'TEU', // a 24,000-TEU ship
  'FEU',
  'day',
  'week',
  'month',
  'year',
  'hour',
  'minute',
  'second',
  'km',
  'm',
  'cm',
  'mm',
  'nm',
  'mile',
  'foot',
  'inch',
  'acre',
  'ha',
  'tonne',
  'GB', // a 10-gigabyte data bundle
  'MB',
  'TB',
  'ton',
  'mg',
  'g',
  'kg',
  'storey',
  'ml',
  'L',
  'hL',
  'kW',
  'MW',
  'GW',
  'sq ft',
  'm²',
  'm³', // a 174,000-cubic-metre carrier
  'ounce', // a 16-ounce soft drink
  'bp', // a 50-basis-point cut
  'pp', // a 1-percentage-point rise
  'gallon',
  'kWh',
  'MWh',
  'GWh',
  'page', // a 64-page report
  'carat', // a 0.5-carat ring
  'bed', // a 520-bed hospital
]);
const FLUSH_UNIT = /^(?:%|x|[A-Za-z]{1,3}|[kMGT](?:Wh|bps)|TEUs?|[TPE](?:FL)?OPS|°[CF]|℃)$/;
/** A bare C is Celsius (-24C) only where no word follows it: 3C产品 and 3C-certified are labels. */
const LABEL_AFTER_C = /[\p{L}\p{N}-]/u;
/** Characters after 折 that make another word (折旧, 折合, 折叠: Fold 3|折叠状态 is no discount). */
export const NOT_AFTER_ZHE = new Set([...'旧合算叠扣射返腾']);
/** Characters after 成 that make another word (三成员, 一成不变). */
// (not 就: a share then 就 is the usual reading — 能收回五成就不错了 — where 成就 “achievement” after a numeral is rare)
export const NOT_AFTER_CHENG = new Set([...'员本立功交熟长果效绩品型像不']);
// Characters after a unit that make it part of another word (一元化, 元宇宙, 三成员, 3期临床 is a phase).
const NOT_AFTER_UNIT = new Map<string, Set<string>>([
  ['元', new Set([...'化论素件宇组次老首帅朝气'])],
  ['成', NOT_AFTER_CHENG],
  ['折', NOT_AFTER_ZHE],
  // (期货, 期权 are futures and options: TSR20期货)
  ['期', new Set([...'临货权'])],
  ['包', new Set([...'括含'])],
  // 版本, 版权, 版图, 版面: a version or a right, not a count of drafts (PlayStation 5版本)
  ['版', new Set([...'本权图面块税号'])],
  // 支线 (a regional line: ARJ21支线客机), 支持, 支付, 支出, 支撑
  ['支', new Set([...'线持付出撑'])],
  // 处于, 处理, 处置, 处在: a verb after a number, not places (3处违规)
  ['处', new Set([...'于理置在罚'])],
  ['年期', new Set([...'间内'])],
  // 剂量, 剂型: a dose's measure, not doses (2剂)
  ['剂', new Set([...'量型'])],
  // 条款, 条例: a clause or a regulation (「232條款」), and 条之 an article's item (「72條之2」), not a count of items
  ['条', new Set([...'款例'])],
  // 手机, 手续, 手段, 手中: another word, not lots of a contract (3000手)
  ['手', new Set([...'机续段里中上下头工法术套表册游枪'])],
  // 车间, 车型, 车企…: another word, not truckloads (日均通关1100车)
  ['车', new Set([...'间型企位辆主险展厂载道库身规友款系次队流价标内外上'])],
  // 口碑, 口径, 口罩…: another word, not mouths or wells counted (3口人, 12口井)
  ['口', new Set([...'碑径罩岸感味号头腔语气中内外里袋子令音吻述服试'])],
  // 厅长, 厅局, 厅级, 厅堂: a department or its rank, not halls counted (5厅影城)
  ['厅', new Set([...'长局级堂'])],
  // 星级, 星座…: a rating or a constellation, not satellites counted (一箭18星)
  ['星', new Set([...'级座期球系'])],
  // 伙伴, 伙计, 伙食, 伙同: another word, not flats counted (項目全數1188伙)
  ['伙', new Set([...'伴计食同房'])],
  // 道路, 道理, 道德, 道歉…: another word, not steps counted (17道检测工序)
  ['道', new Set([...'路理德具歉别口教观'])],
  // 晚上, 晚间, 晚会…: another word, not nights counted (12天11晚)
  ['晚', new Set([...'上间会报餐年期些点饭宴市高'])],
  // 对 before a number is "versus" (1对1, 比分3对2), and 对比, 对于, 对手…: another word, not pairs counted (4对服务区)
  [
    '对',
    new Set([...'0123456789０１２３４５６７８９一二三四五六七八九十两零比应接外于此手象冲标话称方赌抗照立等待口付内']),
  ],
  // 倍数, 倍率: a multiple as a word (这一倍数), not one of them
  ['倍', new Set([...'数率'])],
  // 档次, 档案, 档期, 档位: another word, not funds or shows counted (60档)
  ['档', new Set([...'次案期位口'])],
  // 羽绒, 羽毛: down and feathers, not birds counted (2亿羽)
  ['羽', new Set([...'绒毛球'])],
  // 柜台, 柜员, 柜面…: a counter, not cabinets or racks counted (出货1,200柜)
  ['柜', new Set([...'台员面子门'])],
  // 副总裁, 副行长, 副作用…: a deputy's title or another word, not pairs counted (镜片4亿副)
  ['副', new Set([...'总行主董部局市经院校教书秘会理所处省县长司厅科队团组班业本作食词驾手'])],
  // 架构 (architecture: GB200 NVL72架构), 架势, 架子: another word, not aircraft counted (3架)
  ['架', new Set([...'构\u69cb势子'])],
  // 国际, 国内…: another word, not countries counted (IR46|国际建议)
  ['国', new Set([...'际内外家营有产货'])],
  // 人口, 人民, 人才, 人工: another word, not people counted (40多万人口)
  ['人', new Set([...'口民才工'])],
  // 双方, 双边, 双重…: another word, not pairs counted (120万双)
  ['双', new Set([...'方边重向十碳倍赢轨层线打杠周休语胞面'])],
  // 本次, 本月, 本公司…: "this" before another word, not books or licences counted (驾驶员证701.3万本)
  ['本', new Set([...'次月年周季期届轮日公报市地土科金息人身来质部币位院文案行局网刊轮项条章节区县省国届场批单组'])],
]);

const UNIT_KIND = /^(?:metric|cubic)-/;
const CUBIC_METRE: Unit = { unit: 'm³', factor: 1, money: false };
const UP_DOWN = /^[上下][调降涨跌滑修浮升]/;
const AFTER_MAO = /^(?:[，。；、！？）)”」\s]|$|左右|上下|的|多|到|至|就)/;

// 分 as hundredths of a yuan in a price per unit (每瓦亏损在5分到8分之间, 每度电便宜3分): the clause names a
// unit priced and a word of money
const PER_PRICED_UNIT = /每(?:瓦|度|千瓦时|股|斤|公斤|升|吨|片|瓶|件)/;
const MONEY_WORD = /亏|赚|利润|成本|价|费|降|涨|省|便宜|贵|补贴|让利/;
function centsPerUnit(text: string, j: number): boolean {
  if (!/^[\d.]/.test(text[j - 1] ?? '') || text[j + 1] === '钟' || text[j + 1] === '贝') return false;
  const clause = clauseBefore(text, j);
  return PER_PRICED_UNIT.test(clause) && MONEY_WORD.test(clause);
}

/** The clause a unit at `j` closes: at most 24 characters back, from the last clause punctuation. */
function clauseBefore(text: string, j: number): string {
  const clause = text.slice(Math.max(0, j - 24), j);
  const cut = Math.max(...[...'，。；：！？\n'].map((c) => clause.lastIndexOf(c)));
  return cut >= 0 ? clause.slice(cut + 1) : clause;
}

// 分 as a score's points where the clause names a score (芝麻信用分达到550分, 评分为4.8分)
const SCORE_POINTS: Unit = { unit: '分', factor: 1, money: false };
const SCORE_WORD = /信用分|评分|得分|分数|积分|打分|考分|满分|分值|平均分|总分|成绩/;
function scorePoints(text: string, j: number): boolean {
  if (!isDigitCode(text.charCodeAt(j - 1)) || text[j + 1] === '钟' || text[j + 1] === '贝') return false;
  return SCORE_WORD.test(clauseBefore(text, j));
}

/** A Chinese unit at `j` (元, 亿元's 元, 个百分点, 条, 个月…), longest first: [unit, end]. */
export function zhUnitAt(text: string, j: number): [Unit, number] | null {
  const list = ZH_INDEX.get(text.charCodeAt(j));
  if (list)
    for (const w of list) {
      const end = j + w.length;
      if (w === '分' && text[end] !== '/' && !centsPerUnit(text, j)) {
        if (scorePoints(text, j)) return [SCORE_POINTS, end];
        continue;
      }
      if ((w === '毛' || w === '角') && !AFTER_MAO.test(text.slice(end, end + 2))) continue;
      // (角 after digits only: 三角债, 三角形 are shapes; so 星, satellites: 一箭18星, not 三星)
      // (or after 多/余 after digits: 200多道工序)
      if (
        (w === '角' || w === '星' || w === '道') &&
        !isDigitCode(text.charCodeAt(j - 1)) &&
        !('多余'.includes(text[j - 1]) && isDigitCode(text.charCodeAt(j - 2)))
      )
        continue;
      if ((w === '伙' || w === '副') && !isDigitCode(text.charCodeAt(j - 1)) && !'万千百亿'.includes(text[j - 1]))
        continue;
      // (条之 and a number is an article's item: 「72條之2」; 4至6条之间 is a count)
      if (w === '条' && text[end] === '之' && isDigitCode(text.charCodeAt(end + 1))) continue;
      if (!text.startsWith(w, j)) continue;
      // (上/下 after 手 is 手上/手下 unless a verb of change follows: 由2000手下调至500手)
      if (!NOT_AFTER_UNIT.get(w)?.has(text[end]) || (w === '手' && UP_DOWN.test(text.slice(end, end + 2))))
        return [ZH_UNITS.get(w)!, end];
    }
  return null;
}

/** An English unit at `j`, spaced, flush or hyphenated (5 percent, 5%, 30-day, 2.4mg): [unit, end]. */
export function enUnitAt(text: string, j: number): [Unit, number] | null {
  const c = text.charCodeAt(j);
  const sep = isSpaceCode(c) ? ' ' : c === 45 ? '-' : '';
  let k = j + sep.length;
  // (a hyphened unit may say which ton or metre: a 65,005-metric-ton quota, a 174,000-cubic-metre carrier)
  const kind = sep === '-' ? UNIT_KIND.exec(text.slice(k, k + 8))?.[0] : undefined;
  if (kind) k += kind.length;
  const at = k;
  const f = text.charCodeAt(k);
  // Full-width letters (３８．６ＧＷｈ) are read as ASCII: one code unit each, so the end maps back as is.
  if (f >= 0xff21 && f <= 0xff5a) {
    text = toHalfWidth(text.slice(k, k + 20));
    k = 0;
  }
  const list = EN_INDEX.get(text.charCodeAt(k));
  if (!list) return sep === '-' ? hyphenNounAt(text, k) : null;
  for (const w of list) {
    if (!text.startsWith(w, k) || isLatinCode(text.charCodeAt(k + w.length))) continue;
    // a letter of an abbreviation (13 p.m., 5 a.m.) is no unit
    if (w.length === 1 && text[k + 1] === '.' && isLatinCode(text.charCodeAt(k + 2))) continue;
    if (w === 'C' && LABEL_AFTER_C.test(text.charAt(k + 1))) continue;
    // (nor a word a hyphen joins to another after a space: its ¥62 year-end dividend; 25-year-old stays)
    if (
      text[k - 1] === ' ' &&
      /^(?:year|month|week|day|quarter)$/.test(w) &&
      text[k + w.length] === '-' &&
      isLatinCode(text.charCodeAt(k + w.length + 1))
    )
      continue;
    // (points of sale are shops, not index points)
    if (w === 'points' && text.startsWith(' of sale', k + 6)) continue;
    // (a currency's singular as an adjective after a scale only: a 300 million franc buyback, a 5.2 billion peso loan;
    // the euro zone is the
    // currency's area)
    if (
      (w === 'euro' || w === 'franc' || w === 'crown' || w === 'peso') &&
      !/(?:illion|bn) $/.test(text.slice(Math.max(0, k - 8), k))
    )
      continue;
    // (head of livestock only: 24,000 head of cattle, not 3 head coaches)
    if (w === 'head' && !LIVESTOCK_AFTER.test(text.slice(k + 4, k + 24))) continue;
    const u = kind === 'cubic-' && EN_UNITS.get(w)!.unit === 'm' ? CUBIC_METRE : EN_UNITS.get(w)!;
    // A hyphen only for adjectives (30-day), flush only for symbols and short units (5%, 2.4mg), x only flush.
    if (
      // (a cent or a currency word as an adjective too: a 12-cent dividend, every 1-yen move)
      (sep === '-' && !HYPHEN_UNITS.has(u.unit) && !(u.money && /^[a-z]+$/.test(w))) ||
      (sep === '' && !FLUSH_UNIT.test(w)) ||
      (sep && (w === 'x' || w === 'X'))
    )
      return null;
    // (a story is a unit only as an adjective: a 27-story tower; "a 2030 story" is a year's)
    if (sep === ' ' && u.unit === 'storey') return null;
    // an age or time as one adjective: a 58-year-old, a 3-month-old rally
    if (sep === '-' && text.startsWith('-old', k + w.length) && !isLatinCode(text.charCodeAt(k + w.length + 4)))
      return [u, at + w.length + 4];
    return [u, at + w.length];
  }
  return sep === '-' ? hyphenNounAt(text, k) : null;
}

/**
 * Any noun a hyphen joins to a number as an adjective is its measure (a 76-seat jet, a 300-room hotel): a lower-case
 * word before another word, not a participle, a comparison or a word that makes the number rough (a 200-strong team,
 * 30-odd, 10-plus).
 */
function hyphenNounAt(text: string, k: number): [Unit, number] | null {
  // (a multiple: a 10-fold rise, rose 10-fold.)
  if (text.startsWith('fold', k) && !/[A-Za-z-]/.test(text[k + 4] ?? '')) return [FOLD, k + 4];
  const m = HYPHEN_NOUN.exec(text.slice(k, k + 24));
  if (!m || NOT_HYPHEN_NOUN.test(m[1])) return null;
  return [{ unit: m[1], factor: 1, money: false }, k + m[1].length];
}
const FOLD: Unit = { unit: 'x', factor: 1, money: false };
const HYPHEN_NOUN = /^([a-z]{3,14})(?= [A-Za-z])/;
const NOT_HYPHEN_NOUN =
  /(?:ed|ing|ish)$|^(?:odd|plus|something|strong|fold|long|wide|high|deep|tall|thick|heavy|old|and|for|per|the|off|out|one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|trillion|point|time|times|member|like|format|series|type|class|style|size|grade|model|version)$/;

const LIVESTOCK_AFTER = /^ of (?:cattle|cows|sheep|pigs|hogs|swine|goats|livestock|beef cattle|dairy cows|animals)\b/;
// Measure words of things counted, after which 兆 is a trillion, not a mega- (兆瓦, 兆帕)
const TRILLION_COUNTED = '颗个只片张件笔次位人户';
/** A scale word at `j` (亿, 万亿, million, bn): [factor, end]. */
export function scaleAt(text: string, j: number, money: boolean): [number, number] | null {
  const c = text.charCodeAt(j);
  // 兆 before money is a trillion, as Taiwan writes it (1.85兆元新台幣); before other units a mega- (兆瓦)
  // (or before the 亿 that follow it: 2兆6050亿元, or before a count's measure word: 4.6兆颗 chips)
  if (c === 0x5146)
    return zhUnitAt(text, j + 1)?.[0].money ||
      /^(?:\d{1,4}|\d,\d{3})亿/.test(text.slice(j + 1, j + 7)) ||
      TRILLION_COUNTED.includes(text[j + 1] ?? '_')
      ? [1e12, j + 1]
      : null;
  // 两个亿, 5个亿: a hundred million in speech
  if (c === 0x4e2a && text.charCodeAt(j + 1) === 0x4ebf) return [1e8, j + 2];
  if (isCnNumeralCode(c)) {
    for (const w of ZH_SCALES) if (text.startsWith(w, j)) return [SCALES[w], j + w.length];
    return null;
  }
  if (!isSpaceCode(c) && c !== 45 && !isLatinCode(c)) return null;
  EN_SCALE_RE.lastIndex = j;
  const en = EN_SCALE_RE.exec(text);
  if (!en) return null;
  const [all, rawSep, word] = en;
  const sep = rawSep === '-' || rawSep === '' ? rawSep : ' ';
  // 5 million, $10-million, 2.5bn, 3 bn; flush m and k only after a currency sign ($5m), else metres or kilo-.
  // (and a hyphened scale before a hyphened unit: a 1.5-million-hectoliter brewery)
  const ok =
    word.length > 2
      ? sep !== '-' || money || (text[j + all.length] === '-' && enUnitAt(text, j + all.length) !== null)
      : word.length === 2
        ? sep !== '-'
        : sep === '' && money;
  return ok ? [SCALES[word.length > 3 ? word.toLowerCase() : word], j + all.length] : null;
}

/** 多 or 余 written inside a number (300多段, 2300余人, 20多万元), but not 余额. */
export function approxEnd(text: string, j: number): number {
  const ch = text[j];
  // (and 几 after digits: 30几张, 20几个人)
  return ch === '多' ||
    (ch === '余' && text[j + 1] !== '额' && text[j + 1] !== '下') ||
    (ch === '几' && isDigitCode(text.charCodeAt(j - 1)))
    ? j + 1
    : j;
}

/** Currencies written before a number whose unit is a bare 元 (新台币2,760亿元). */
const YUAN_NAMED_BEFORE: Readonly<Record<string, string>> = {
  新台币: 'TWD',
  台币: 'TWD',
  港币: 'HKD',
  美金: 'USD', // Taiwan's 美金346亿元
  澳门币: 'MOP',
};
// longest first: 新台币 before the 台币 it ends with
const YUAN_WORDS = Object.keys(YUAN_NAMED_BEFORE).sort((a, b) => b.length - a.length);

/**
 * The currency of money [start, end) in 元, and where the figure starts: a currency other than the yuan written
 * before the number is the figure's own, like a currency sign (新台币2,760亿元, 港币三十亿元); 人民币 before it only
 * repeats what 元 says and stays outside, as the annotators of every gold set keep it.
 */
export function namedYuan(text: string, start: number, end: number): { code: string; from: number } {
  const plain = { code: 'CNY', from: start };
  const before = text.charCodeAt(start - 1);
  if (text.charCodeAt(end - 1) !== 0x5143 || (before !== 0x5e01 && before !== 0x91d1)) return plain; // …币, 美金
  for (const w of YUAN_WORDS)
    if (text.startsWith(w, start - w.length)) return { code: YUAN_NAMED_BEFORE[w], from: start - w.length };
  return plain;
}

/** The currency a word written before an amount in 元 names, when one starts at `at` (美金210亿元 → USD). */
export function yuanNamedAt(text: string, at: number): string | undefined {
  for (const w of YUAN_WORDS) if (text.startsWith(w, at)) return YUAN_NAMED_BEFORE[w];
  return undefined;
}

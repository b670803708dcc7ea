/**
 * Rules that find English companies no lexicon knows: a name ending in a corporate word (Calder Bay
 * Capital, Westbourne Securities, Pennock Labs), a name after "chief executive of" / "analyst at" /
 * "shares of", a name before "'s board" / "shares fell" / "Chief Executive", and a name with an
 * appositive that says what it is ("Kelvara, a Boston-based startup,").
 */
import { givenNameGender } from './lexicon/given-names-en';
import { EN_GENERIC_FIRST_WORDS } from './lexicon/company-english';
import { EN_STRONG_TAILS } from './lexicon/company-suffixes';
import { deriveEnShortNames, isNameLike, isNotCompany } from './company-edges';
import { capitalRunStart } from './company-legal';
import { type CompanyState, TIER, addCandidate, addName } from './company-state';
import { companyWords } from './company-words';
import { FOREIGN_COUNTRIES, countWithin } from './company-text';

const EN_TAIL = new RegExp(` (?:${EN_STRONG_TAILS.join('|')})(?![\\w-])`, 'g');
const TAIL_AT = new RegExp(EN_TAIL.source, 'y');
const FIRM_ONLY_TAIL = / (?:Therapeutics|Pharmaceuticals|Biosciences|Biotherapeutics|Laboratories|Biopharma)$/;
// A name followed by "Index" names a stock index (the Halvern Robotics Index), not a company.
const INDEX_AFTER = /^ [Ii]nd(?:ex|ices)\b/;

/** Length of a corporate word (with its space) at `pos` (Nomura| Securities), 0 when there is none. */
export function enTailAt(text: string, pos: number): number {
  TAIL_AT.lastIndex = pos;
  if (!TAIL_AT.test(text)) return 0;
  return TAIL_AT.lastIndex - pos + (marketsAfterCapital(text, pos, TAIL_AT.lastIndex) ? 8 : 0);
}

/** True when the corporate word Capital at [from, to) runs on into Markets (Desjardins Capital Markets). */
const marketsAfterCapital = (text: string, from: number, to: number): boolean =>
  to - from === 8 && text.startsWith(' Capital Markets', from);

/**
 * True when the capitalised words after `end`, joined by and/&/of/for, run on to the word that ends the name of
 * a body (…Pharmaceuticals and Medical Devices Agency, U.S. Securities and Exchange Commission).
 */
export function runsIntoBody(text: string, end: number): boolean {
  const run = /^(?: (?:and|&|of|for|on)| [A-Z][A-Za-z'’.-]*){1,6}/.exec(text.slice(end, end + 80));
  if (!run) return false;
  const { enEndings } = companyWords();
  // (a possessive after the body's name: the U.S. Federal Aviation Administration's cap)
  return run[0].split(' ').some((t) => enEndings.has(t.replace(/(?:['’]s)?\.?$/, '')));
}

/** English names ending in a corporate word (Calder Bay Capital, Westbourne Securities, Pennock Labs). */
export function findEnTailNames(state: CompanyState): void {
  const { text } = state;
  EN_TAIL.lastIndex = 0;
  for (let m = EN_TAIL.exec(text); m; m = EN_TAIL.exec(text)) {
    // m.index is the space before the corporate word.
    const start = capitalRunStart(text, m.index, 4);
    if (start >= m.index) continue;
    // (a brokerage's arm runs on into Markets: Desjardins Capital Markets)
    const end = m.index + m[0].length + (marketsAfterCapital(text, m.index, m.index + m[0].length) ? 8 : 0);
    const name = text.slice(start, end);
    const before = text.slice(start, m.index);
    // A generic first word (Summit, Global) names a firm before a word only firms end in (Summit Therapeutics),
    // never a place or nationality (Indian Pharmaceuticals).
    const generic = companyWords().enGenericFirst.has(before);
    if (!isNameLike(name) || (generic && !(FIRM_ONLY_TAIL.test(m[0]) && EN_GENERIC_FIRST_WORDS.includes(before))))
      continue;
    // (Air names an airline only as the name's last word: not the Royal Air Force, Clean Air Act)
    if (m[0] === ' Air' && (generic || /^ [A-Z]/.test(text.slice(end, end + 2)))) continue;
    // (nor the start of an event's or a product's name in marks: the "Air Cargo Africa" fair)
    if ('"“'.includes(text[start - 1] ?? '_') && /^ [A-Z]/.test(text.slice(end, end + 2))) continue;
    // A possessive is no name (Japan's Pharmaceuticals), nor is the start of a body's name.
    if (/['’]s$/.test(before) || runsIntoBody(text, end) || INDEX_AFTER.test(text.slice(end, end + 9))) continue;
    // (nor a model a maker names as its own before what it is: its FH Electric tractor, its flagship HX 44 Electric
    // tractor)
    if (
      /\b(?:its|their)\s(?:[a-z-]+\s)?$/i.test(text.slice(Math.max(0, start - 24), start)) &&
      PRODUCT_NOUN_AFTER.test(text.slice(end, end + 24))
    )
      continue;
    // nor the field a public body is of (Ministry of Civil Aviation, Directorate General of Civil Aviation, Commission
    // for the Management of State Capital)
    if (BODY_OF.test(text.slice(Math.max(0, start - 60), start))) continue;
    addCandidate(state, start, end, TIER.rule);
    // Its short names too (Wexford Bancorp → Wexford), as unsure as the rule that found it.
    for (const short of [name, ...deriveEnShortNames(before)]) addName(state, short, false, TIER.rule);
  }
}

const PRODUCT_NOUN_AFTER =
  /^ (?:[a-z]+-)?(?:tractors?|trucks?|vans?|buses|bus|cars?|models?|vehicles?|engines?|phones?|handsets?|laptops?|tablets?|chips?|drugs?|platforms?|range|line|lineup|series|brand|products?|devices?|machines?)\b/;
const BODY_OF =
  /\b(?:Ministry|Department|Directorate|General|Authority|Administration|Bureau|Office|Minister|Secretary|Commission|Agency|Institute|School|College) (?:of|for) (?:the )?(?:(?:[A-Z][\w-]* ){1,2}(?:of|for|and) (?:the )?)?$/;

// A name after a role or a holding: "chief executive of X", "analyst at X", "shares of X", "stake in X"
// ("in" after a holding only: a unit in Stade, analysts in Tokyo name a place).
const AFTER_ROLE =
  /\b(?:(?:chief executive|chief financial officer|chief operating officer|chief technology officer|CEO|CFO|COO|CTO|chairman|chairwoman|founder|co-founder|analysts?|economists?|strategists?|spokes(?:person|man|woman)|unit|subsidiary|division|owner|parent) (?:of|at|for)|(?:shares|stake) (?:of|at|in|for)) (?=[A-Z])/g;
// Shares in Vellani fell, shares of Kenari rose: the company whose stock it is
const SHARES_IN = /\b[Ss]hares (?:in|of) (?=[A-Z])/g;
// The company a deal is for: "takeover of Viterra", "merger with X", "buy 68% of X", "sold its stake in X".
const DEAL_OBJECT =
  /\b(?:takeover of|acquisition of|merger with|buyout of|bid for|(?:buy|bought|buys|buying|acquire|acquired|acquires|acquiring|sell|sold|sells|selling|own|owns|owned|hold|holds|held|cut|cuts)(?: (?:its|a|an|the|their))?(?: \d+(?:\.\d+)?%| majority| minority| controlling| remaining)?(?: stake| holding| shares)(?: (?:in|of))|(?:buy|bought|buys|buying|acquire|acquired|acquires|sell|sold|sells|own|owns|owned) (?:\d+(?:\.\d+)?%|a majority|a minority) of) (?=[A-Z])/g;
// Legal forms that end a name right before an apposition that names it again (…SpA, known as Inwit; …Inc., or AMEC,).
const LEGAL_FORM_END =
  '\\bSpA|\\bS\\.p\\.A\\.|\\bInc\\.|\\bCorp\\.|\\bLtd\\.?|\\bplc|\\bAG|\\bSE|\\bSA|\\bNV|\\bN\\.V\\.|\\bGmbH|\\bCo\\.|\\bLLC|\\bHoldings|\\bGroup';
// "Infrastrutture Wireless Italiane SpA, known as Inwit": the short name the article will use (a legal form
// right before "known as", or "the company"/"the Saudi firm", tested backwards from each "known as").
const KNOWN_AS_AFTER = new RegExp(
  `(?:${LEGAL_FORM_END}|\\b[Tt]he (?:[A-Z][a-z]+ )?(?:company|firm|group|maker|lender|insurer|carrier|producer|developer|operator|conglomerate|startup|airline|fund|bank|utility|miner|investor)),? (?:and )?(?:better |also )?$`,
);
// "Advanced Micro-Fabrication Equipment Inc., or AMEC,": an acronym after a legal name (Corporation and Limited too)
const OR_ACRONYM = /^([A-Z][A-Z&]{1,6})(?=[,.;)])/;
const LEGAL_BEFORE_OR = new RegExp(`(?:${LEGAL_FORM_END}|\\bCorporation|\\bLimited)$`);
const KNOWN_AS =
  /^known (?:in [A-Z][a-z]+(?: [A-Z][a-z]+)? |in the (?:industry|market|trade) |locally |widely |informally |at home |internationally )?as /;
const NAME_BEFORE_KNOWN = /([A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}), (?:better |also )?$/;
// A name after a noun that says what it is: "rival Quillon Bio", "sensor maker Qestral", "biotech Norvale";
// or after who owns it: "state-owned Polska Grupa Zbrojeniowa"; a kind opening a sentence too (Peers Hanwha Ocean and …,
// Shipbroker Clarksons Research puts …).
const AFTER_KIND =
  /\b(?:(?:state|government|family|privately)[- ](?:owned|run|backed|controlled|held)|rivals?|competitors?|peers?|startup|start-up|maker|(?:regional|independent|local) operator|(?:property|real[- ]estate|infrastructure) investor|biotech|chipmaker|automaker|carmaker|drugmaker|lender|insurer|reinsurer|retailer|conglomerate|manufacturer|supplier|vendor|distributor|broker|brokerage|shipbroker|shipowner|owner|shipbuilder|(?:home)?builder|contractor|airline|consultancy|fashion house|jewell?er|watchmaker|brewer|distiller|winemaker|broadcaster|(?:meat)?packer|exporter|importer|(?:[Ii]nvestment|private equity|venture capital|hedge fund|asset management|holding|technology|software|energy|mining|media|shipping|pension|insurance|[Rr]esearch|[Dd]ata|[Cc]onsulting|[Aa]nalytics) (?:firm|company|group)|[a-z]{3,} (?:firms?|platform|chain|carrier|giant)|(?:property|real[- ]estate|retail|media|energy|mining|steel|chemicals?|fashion|food|logistics|shipping|engineering|construction|travel|hotel|luxury) group|(?:data|service|technology) provider|credit bureau|(?:[a-z-]+ )?specialist|[A-Z][\w&]*['’]s (?:[a-z-]+ ){0,2}(?:arm|subsidiary|affiliate)|(?:[Dd]omestic |[Ll]ocal |[Cc]hinese |[Ff]oreign )?(?:producers|makers|manufacturers|rivals|lenders|retailers|chains|suppliers|carriers|miners|developers|brands) such as|[Ss]hort[- ]sellers?|(?:its|their|the group's|the company's) (?:[A-Za-z-]+ ){0,2}(?:subsidiary|unit|arm|division|affiliate|business|bank|lender|insurer|brokerage|client|customer|supplier|partner|shareholder|backer),|(?:Its|Their) (?:[A-Za-z-]+ ){0,2}(?:subsidiary|unit|arm|division|affiliate),|(?:its|their) (?:[a-z-]+ )?subsidiary|(?<=(?:^|\n|[.!?] ))(?:Peers?|Rivals?|Competitors?|Shipbrokers?|Shipbuilders?|Shipowners?|Lenders?|Insurers?|Reinsurers?|Retailers?|Miners?|Carmakers?|Automakers?|Chipmakers?|Drugmakers?|Brokers?|Homebuilders?|Brewers?)) (?=[A-Z])/g;
// A name before a possessive role or a share move: "X's board", "X shares fell", "X Chief Executive".
const RANK_BEFORE = / (?:Deputy|Vice|Acting|Assistant|Associate|Senior|Executive|Interim|Former|Group)$/;
const BEFORE_ROLE =
  /(?:'s|’s) (?:board|shares|stock|chief executive|CEO|chairman|chairwoman|founder|executives)\b| shares (?:rose|fell|jumped|climbed|dropped|slid|gained|lost|tumbled|surged|rallied|sank|plunged|soared|slumped|edged)\b| (?:Chief Executive|Chief Financial Officer|Chairman|Chairwoman|CEO|CFO|President|Managing Director|Chair)(?= [A-Z])/g;
const SHARE_CLASS = /['’]s (?:(?:Series|Class) )?[A-Z]$/;
// "X, a Boston-based startup," — the appositive names what X is, with no preposition in between, nor a second
// determiner (the Helix X9, an accelerator| the company designs: a relative clause).
const APPOSITIVE =
  /, (?:a|an|the|[A-Z][A-Za-z.]+['’]s) (?:(?!(?:the|a|an|its|their|his|her|our) )[A-Za-zÀ-ÿ-]+ ){0,3}?(?:company|startup|start-up|maker|firm|lender|bank|insurer|retailer|developer|chipmaker|automaker|carmaker|drugmaker|operator|provider|conglomerate|manufacturer|supplier|producer|brand|platform|unicorn|carrier|airline|miner|chain|house|discounter|grocer|supermarket|brokerage)\b(?!['’]s\b)(?! (?:analysts?|economists?|strategists?|executives?|officials?|spokes(?:man|woman|person)|employees?|workers?|customers?|clients?|managers?|advis[eo]rs?|consultants?|lawyers?|investors?|traders?|directors?|officers?|chief|head|veteran|insider|who|professors?|experts?|specialists?|researchers?|scholars?|lecturers?|scientists?)\b)/g;
const PREPOSITION = / (?:of|for|at|with|from|to|by|in|on) /;
// A person's employer ("a director at Drewry Supply Chain Advisors") and a data source ("pricing data from
// MarketAxess"): business news names firms there, and places or bodies are caught by addEnName's checks.
const WORKS_AT =
  /\b(?:director|partner|vice president|principal|head of [a-z]+|data|estimates|figures) (?:at|from) (?=[A-Z])/g;
// Companies listed after a plural kind: "operators such as Telkomsel and América Movil", "providers such as X".
const SUCH_AS =
  /\b(?:operators|providers|companies|firms|carriers|lenders|banks|insurers|startups|retailers|[a-z]*makers|manufacturers|suppliers|developers|airlines|rivals|competitors|peers) (?:such as|including|like) (?=[A-ZÀ-Þ])/g;
const LIST_JOINT = /^(?:,? and |, | or )(?=[A-ZÀ-Þ])/;
// "The new company, to be called Aromelle": the name a firm being formed will take.
const TO_BE_CALLED =
  /\b(?:company|venture|firm|business|entity|bank|lender|insurer|carrier|airline|operator|group|unit|subsidiary|spin-?off),? (?:to be|which will be|that will be) (?:called|named) (?=[A-Z])/g;
// (and a poll or data "by" a firm: a poll of analysts by Vara Research, data compiled by …)
const AT_NAME =
  /\b(?:at|from|according to|(?:poll|survey|compiled|conducted|published|estimates|data)(?: of [a-z]+)? by) (?=[A-Z])/g;
const ITS_NAMED_UNIT =
  /\b(?:[Ii]ts|[Tt]heir) (?:[a-z-]+ )?((?:[A-Z][\w&'’-]*\s){1,3}(?:Finance|Bank|Capital|Insurance|Energy|Logistics|Securities|Asset Management|Investments?|Holdings|Group|Services|Solutions|Technologies|Airlines|Foods|Fresh|Stores))\s(?:arm|unit|subsidiary|division|banner|business)\b/g;
const POLLED_BY = / (?:polled|surveyed|compiled|tracked) by (?=[A-Z])/g;
const PART_OF =
  /(?<=[A-Za-z]), (?:(?:part|a unit|a subsidiary|a division|an arm|a brand) of (?:[A-Z][\w&.'’-]* ){1,3}(?:Group|Holdings|Inc\.?|Corp\.?|Ltd\.?|plc|PLC|AG|SE|SA|NV)(?![\w-])|the (?:[A-Z][\w&.'’-]* ){1,3}(?:Group|Holdings|Inc\.?|Corp\.?|Ltd\.?|plc|PLC|AG|SE|SA|NV) (?:unit|subsidiary|division|arm|affiliate)\b)/g;

// "Hallam & Breck": two capitalised words joined by & name a firm when a company cue follows one mention: a
// possessive, a verb of its own ("… said"), an appositive (", a unit of"). A kind before it ("supplier X & Y")
// is read by AFTER_KIND.
const AMP_NAME = /\b[A-Z][a-z]{2,} & [A-Z][a-z]{2,}(?=['’]s |,? (?:said|says|told|announced|a unit|a subsidiary)\b)/g;

/** The end of the run of capitalised tokens that starts at `start` (at most four; a sentence's period ends it). */
function capitalRunEnd(text: string, start: number): number {
  let end = start;
  for (let n = 0; n < 4; n++) {
    const m = /^(?:[A-ZÀ-Þ][A-Za-z0-9À-ɏ&'’.-]*|&)/.exec(text.slice(end, end + 40));
    if (!m) break;
    const tok = m[0];
    // An initial (Sanford C. Bernstein) does not end the sentence.
    if (tok.endsWith('.') && !/^[A-Z]\.$/.test(tok)) {
      // Keep the period of a legal abbreviation (Inc.), drop the one that ends the sentence.
      end += /^(?:Inc|Corp|Co|Ltd)\.$/.test(tok) ? tok.length : tok.length - 1;
      break;
    }
    end += tok.length;
    if (text[end] !== ' ' || !/[A-Z&]/.test(text[end + 1] ?? '')) break;
    end++;
  }
  if (text.startsWith("'s", end - 2) || text.startsWith('’s', end - 2)) end -= 2;
  return end;
}

// a date (the year to 31 March, the company…) is no name
const DAY_MONTH = /^\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
const MODEL_END = / [A-Z]{1,2}\d{1,4}[A-Za-z]?$/;
const PLACE_FIRST = /^(?:Mount|Mt\.?|Lake|Port|Cape|Fort|Lac|Mont) [A-Z][a-z]+$/;
const PROGRAMME_END = /(?<! Health) (?:Plan|Program|Programme|Scheme|Initiative|Act)$/;
const AGENCY_NEXT = /^ (?:Administration|Authority|Agency|Commission|Ministry|Department|Bureau|Board)\b/;

const STORY_CHARS = 12000;
const TWO_WORDS = /^([A-Z][a-z]+) ([A-Z][a-z]+)$/;
function addEnName(state: CompanyState, start: number, end: number, tier: number = TIER.rule): void {
  // (a place the firm is based in before its name is no part of it: Galway-based Corrib Air)
  const based = /^[A-Z][\w'’]*-(?:based|headquartered) (?=[A-Z])/.exec(state.text.slice(start, end));
  if (based) start += based[0].length;
  const name = state.text.slice(start, end);
  const w = companyWords();
  if (end <= start || !isNameLike(name) || w.enFunction.has(name) || w.enGenericFirst.has(name)) return;
  // (a name ending in a model's code is a product: the Corvus X9, an atomic-layer deposition platform)
  if (MODEL_END.test(name)) return;
  // a mountain, lake or port names a mine, a project or a town (a stake in Mount Erith), not a firm; a date neither
  if (PLACE_FIRST.test(name) || DAY_MONTH.test(name) || /-(?:listed|based|owned|backed)$/.test(name)) return;
  // a programme or a law is no firm (the state-backed FAIR Plan), nor a titled person (the stake of Chairman Kang Tae-min)
  if (PROGRAMME_END.test(name) || /^(?:Chairman|Chairwoman|Vice Chairman|Founder|Director) [A-Z]/.test(name)) return;
  // the start of an agency's name (U.S. Federal Aviation| Administration) is no company
  if (AGENCY_NEXT.test(state.text.slice(end, end + 16))) return;
  // nor the acronym the article gives a body (the Teamsters Canada Rail Conference (TCRC) … TCRC President)
  if (/^[A-Z]{2,6}$/.test(name) && isBodyAcronym(state, name)) return;
  // nor a name the article sets a body's kind beside (Unionen, the white-collar union that …)
  if (apposedBody(state, name)) return;
  addCandidate(state, start, end, tier);
  addName(state, name, false, tier);
  // (and by its name without the trade word, as for a legal name, when the text uses that alone again and again:
  // Halcyon Health → Halcyon; not Pilbara of Pilbara Minerals, a region named once more)
  const [, short, trade] = TWO_WORDS.exec(name) ?? [];
  if (short && w.enIndustry.has(trade)) {
    // (counted in the story the name opens, not the whole text: a long page would be searched once per name)
    const to = Math.min(state.text.length, start + STORY_CHARS);
    const alone = countWithin(state.text, short, start, to, 8) - countWithin(state.text, name, start, to, 8);
    if (alone >= 3 && !w.enGenericFirst.has(short)) addName(state, short, false, TIER.rule);
  }
  // (an Indonesian firm's name without PT and Bank: PT Bank Sinar Digital → Sinar Digital)
  const pt = /^PT (?:Bank )?((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+)$/.exec(name)?.[1];
  if (pt && !w.enGenericFirst.has(pt.slice(0, pt.indexOf(' ')))) addName(state, pt, false, TIER.rule);
  // Hallam & Breck is Hallam for short; a first name is not (Johnson & Johnson stays whole).
  const amp = /^([A-Z][a-z]{2,}) & [A-Z][a-z]+$/.exec(name)?.[1];
  if (amp && !w.enGiven.has(amp) && !w.enGenericFirst.has(amp)) addName(state, amp, false, TIER.rule);
}

/**
 * True when the text sets a body's kind after `name` (Unionen, the white-collar union …; X, a trade group); not a
 * firm's agency (VIS Rating, a local credit rating agency).
 */
function apposedBody(state: CompanyState, name: string): boolean {
  // (the names set off so are read in one pass over the text: a search of a long page for every name is quadratic)
  if (!state.apposedBodies) {
    state.apposedBodies = new Set();
    for (const m of state.text.matchAll(NAME_THEN_COMMA)) {
      if (!APPOSED_BODY.test(state.text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
      // (the name and each shorter run of its last words: Unionen; the Swedish union Unionen)
      const words = m[1].split(' ');
      for (let k = 0; k < words.length; k++) state.apposedBodies.add(words.slice(k).join(' '));
    }
  }
  return state.apposedBodies.has(name);
}
const NAME_THEN_COMMA = /([A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,5}), (?=(?:the|a|an) )/g;
const APPOSED_BODY =
  /^(?:the|a|an) (?:[\w-]+ ){0,3}(?:union|association|regulator|ministry|(?<!(?:rating|ratings|credit|advertising|travel|news|recruitment|talent|marketing|employment|shipping|insurance|media|creative|digital|property|estate) )agency|federation|confederation|watchdog|council|authority|commission|lobby|lobby group|trade group|industry group|trade body|industry body)\b/;

/** True when `acronym` is first written in brackets after a body's full name (… Rail Conference (TCRC)). */
export function isBodyAcronym(state: CompanyState, acronym: string): boolean {
  // (asked once per acronym: each asking searches the whole text)
  const known = (state.bodyAcronyms ??= new Map());
  let body = known.get(acronym);
  if (body === undefined) {
    const { text } = state;
    const at = text.indexOf(` (${acronym})`);
    const start = at < 0 ? at : capitalRunStart(text, at, 8);
    body = at >= 0 && start < at && isNotCompany(text.slice(start, at));
    known.set(acronym, body);
  }
  return body;
}

/** The capitalised name right after each match of `cue` (a role, a kind of firm, an employer). */
// Deal words before a company (bought X, a merger with X, ahead of X by output) and after one (X acquired …).
const DEAL_PEER =
  /\b(?:bought|buys|buy|buying|acquired|acquires|acquire|acquiring|(?:merge|merged|merging|merger|tie-up|talks) with|ahead of|behind|rivals?|peers?|[Tt]he (?:buyer|seller|acquirer|bidder|purchaser|winning bidder),) (?=[A-Z])/g;
const PERSON_OF = /\b([A-Z][a-z]+) [A-Z][a-z]+ of (?=[A-Z])/g;
const DEAL_VERB_AFTER = / (?=(?:acquired|bought|agreed to (?:buy|acquire|merge)|merged with|completed its)\b)/g;

/** Two to four capitalised words ending in an industry word, the first no given name (Evolution Mining). */
function isIndustryName(name: string): boolean {
  const words = name.split(' ');
  const w = companyWords();
  return words.length > 1 && w.enIndustry.has(words[words.length - 1]) && !w.enGiven.has(words[0]);
}

function industryNamesAfter(state: CompanyState, cue: RegExp, given = false): void {
  const { text } = state;
  cue.lastIndex = 0;
  for (let m = cue.exec(text); m; m = cue.exec(text)) {
    // (a person's given name opening the cue, where it asks for one: Tom| Achebe of, not Directorate General of)
    if (given && !companyWords().enGiven.has(m[1])) continue;
    let start = m.index + m[0].length;
    const end = capitalRunEnd(text, start);
    // (an owner or a place before it is not part of it: buy Australia's Aurelia Gold)
    const owner = /^[A-Z][\w.-]*['’]s /.exec(text.slice(start, end));
    if (owner) start += owner[0].length;
    // (nor the start of a body's name: Mexico's National Banking and Securities Commission)
    if (isIndustryName(text.slice(start, end)) && !runsIntoBody(text, end)) addEnName(state, start, end);
  }
}

function namesAfter(state: CompanyState, cue: RegExp): void {
  const { text } = state;
  const sites = new Map<string, boolean>();
  cue.lastIndex = 0;
  for (let m = cue.exec(text); m; m = cue.exec(text)) {
    let start = m.index + m[0].length;
    const end = capitalRunEnd(text, start);
    // (a country's possessive opens no name: merger with Luxembourg's Stellanor)
    const owner = /^([A-Z][a-z]+)['’]s (?=[A-Z])/.exec(text.slice(start, end));
    if (owner && companyWords().enGenericFirst.has(owner[1])) start += owner[0].length;
    // (a place before the firm's kind and its name is no name: a partner at Tel Aviv venture firm Lahav Ventures)
    if (KIND_THEN_NAME.test(text.slice(end, end + 40))) continue;
    // (nor a mine the article names as one: owns 70% of Cerro Huanca … the Cerro Huanca copper mine)
    // (each name looked up once per text: a whole-text search for every cue's match would be quadratic)
    if (end > start) {
      const name = text.slice(start, end);
      // (nor a person: a given name and a surname after a trade that is also a person's, mortgage broker Tania
      // Reyes, who runs …)
      if (/^[A-Z][a-z]+ [A-Z][a-z]+$/.test(name) && givenNameGender(name.slice(0, name.indexOf(' ')))) continue;
      let site = sites.get(name);
      if (site === undefined) sites.set(name, (site = namedAsSite(text, name)));
      if (site) continue;
    }
    addEnName(state, start, end);
  }
}

let siteText: string | undefined;
let siteStarts: number[] = [];

/** True when the article writes `name` before a mine's or a project's noun (the Cerro Huanca copper mine). */
function namedAsSite(text: string, name: string): boolean {
  // (where those nouns stand is read once per text)
  if (siteText !== text) {
    siteText = text;
    siteStarts = [];
    SITE_AFTER_NAME.lastIndex = 0;
    for (let m = SITE_AFTER_NAME.exec(text); m; m = SITE_AFTER_NAME.exec(text)) siteStarts.push(m.index);
  }
  return siteStarts.some((at) => text.endsWith(name, at));
}
// (searched for as the nouns, then the name before them: one pass over the text per name)
const SITE_AFTER_NAME = / (?:[a-z-]+ ){0,2}(?:mine|project|deposit|oilfield|gasfield|field|concession)\b/g;
const KIND_THEN_NAME =
  /^(?:-based)? (?:[a-z-]+ ){0,2}(?:firm|company|group|fund|bank|startup|lender|insurer|brokerage|consultancy|manager) [A-Z]/;

/** English names marked by a role, a share move or an appositive around them. */
export function findEnCuedNames(state: CompanyState): void {
  const { text } = state;
  namesAfter(state, AFTER_ROLE);
  namesAfter(state, AFTER_KIND);
  // "analyst at Brightwater Research", "at Stratos Energy Analytics in Oslo", "bought De Grey Mining", "ahead of
  // Evolution Mining": a name of two to four words that ends in an industry word, after at/from or a deal's words.
  industryNamesAfter(state, AT_NAME);
  industryNamesAfter(state, DEAL_PEER);
  // (and who polled or surveyed: the 3.1% that analysts polled by Vara Research had expected)
  if (text.includes(' by ')) industryNamesAfter(state, POLLED_BY);
  // (and after a person's name and "of": Tom Achebe of Castlegate Research called it …)
  if (text.includes(' of ')) industryNamesAfter(state, PERSON_OF, true);
  // "Halifax, part of Lloyds Banking Group": a brand or a unit of a group is a company too (PacifiCorp, the Berkshire
  // Hathaway Inc. unit)
  if (text.includes(' of ') || text.includes(', the ')) {
    PART_OF.lastIndex = 0;
    for (let m = PART_OF.exec(text); m; m = PART_OF.exec(text)) {
      const start = capitalRunStart(text, m.index, 3);
      if (start < m.index && !/\b(?:in|near)\s$/.test(text.slice(Math.max(0, start - 6), start)))
        addEnName(state, start, m.index);
    }
  }
  // "through its Clearway Motor Finance arm": a unit named between its owner's possessive and what it is
  if (/\b(?:[Ii]ts|[Tt]heir) /.test(text))
    for (const m of text.matchAll(ITS_NAMED_UNIT)) {
      const start = m.index + m[0].indexOf(m[1]);
      addEnName(state, start, start + m[1].length);
      // (and its short name: Clearway)
      for (const short of deriveEnShortNames(m[1])) if (short !== m[1]) addName(state, short, false, TIER.rule);
    }
  // "Ramelius Resources acquired Spartan Resources": the same shape as the subject of a deal verb.
  DEAL_VERB_AFTER.lastIndex = 0;
  for (let m = DEAL_VERB_AFTER.exec(text); m; m = DEAL_VERB_AFTER.exec(text)) {
    const start = capitalRunStart(text, m.index, 4);
    // (not the end of a body's name: the Department of Natural Resources acquired …)
    if (isIndustryName(text.slice(start, m.index)) && !text.endsWith(' of ', start)) addEnName(state, start, m.index);
  }
  namesAfter(state, WORKS_AT);
  namesAfter(state, DEAL_OBJECT);
  namesAfter(state, SHARES_IN);
  namesAfter(state, TO_BE_CALLED);
  for (let at = text.indexOf('known '); at >= 0; at = text.indexOf('known ', at + 6)) {
    // known as / known in China as / known locally as
    const as = KNOWN_AS.exec(text.slice(at, at + 40));
    const start = at + (as?.[0].length ?? 0);
    if (!as || !/[A-Z]/.test(text[start] ?? '')) continue;
    const before = text.slice(Math.max(0, at - 40), at);
    // after a legal form, or after a name the article already gives a company (Qingyun, known in China as …)
    const named = NAME_BEFORE_KNOWN.exec(before)?.[1];
    if (KNOWN_AS_AFTER.test(before) || (named && state.names.has(named)))
      addEnName(state, start, capitalRunEnd(text, start));
  }
  // "Advanced Micro-Fabrication Equipment Inc., or AMEC,": the acronym the article will use for a legal name
  for (let at = text.indexOf(', or '); at >= 0; at = text.indexOf(', or ', at + 5)) {
    const acronym = OR_ACRONYM.exec(text.slice(at + 5, at + 14));
    if (acronym && LEGAL_BEFORE_OR.test(text.slice(Math.max(0, at - 14), at)))
      addEnName(state, at + 5, at + 5 + acronym[1].length);
  }
  SUCH_AS.lastIndex = 0;
  for (let m = SUCH_AS.exec(text); m; m = SUCH_AS.exec(text)) {
    let start = m.index + m[0].length;
    for (let n = 0; n < 6; n++) {
      const end = capitalRunEnd(text, start);
      addEnName(state, start, end);
      const joint = LIST_JOINT.exec(text.slice(end, end + 6));
      if (!joint) break;
      start = end + joint[0].length;
    }
  }
  BEFORE_ROLE.lastIndex = 0;
  for (let m = BEFORE_ROLE.exec(text); m; m = BEFORE_ROLE.exec(text)) {
    // a role that opens a sentence (…by the end of March. Chief Financial Officer X said) follows no name
    if (text.charCodeAt(m.index - 1) === 46 && !/\b(?:Inc|Corp|Co|Ltd)\.$/.test(text.slice(m.index - 5, m.index)))
      continue;
    // (a rank before the role is the role's: ACCC Deputy Chair X)
    const rank = RANK_BEFORE.exec(text.slice(Math.max(0, m.index - 12), m.index));
    let end = m.index - (rank ? rank[0].length : 0);
    // (a class of shares is the firm's, not its name's: Golfo's Series B shares, Hallsberg's B shares)
    const share = SHARE_CLASS.exec(text.slice(Math.max(0, end - 20), end));
    if (share) end -= share[0].length;
    addEnName(state, capitalRunStart(text, end, 4), end);
  }
  APPOSITIVE.lastIndex = 0;
  for (let m = APPOSITIVE.exec(text); m; m = APPOSITIVE.exec(text)) {
    // (a former producer is a person: Yoon, a former Nexon producer who founded …)
    if (PREPOSITION.test(m[0]) || / former /.test(m[0])) continue;
    const start = capitalRunStart(text, m.index, 4);
    // (an amount in a currency's code is no name: rose 9% to CHF 2.14, the company reported)
    if (/^[A-Z]{3} ?\d/.test(text.slice(start, m.index))) continue;
    // "the"/"China's largest maker" follows places too (Texas, the biggest oil producer): a name of two words or more.
    // (a one-word name with a capital inside is a brand, never a place: JetSMART, the Chilean budget carrier)
    const name = text.slice(start, m.index);
    // (but "the … company/firm" describes no place: Canpotex, the export company it co-owns)
    const reporting = /^(?:['’]s| (?:said|says|added|told|reported|announced|expects|plans)\b)/.test(
      text.slice(m.index + m[0].length),
    );
    // (a kind of firm that no place is: Action, the Dutch discounter whose sales …)
    // (nor a chain, a retailer or a maker: Biedronka, the discount chain owned by …)
    const firmOnly =
      !reporting &&
      /^, the (?:[A-Za-z-]+ ){0,2}(?:discounter|grocer|supermarket|chain|retailer|carmaker|automaker|chipmaker|drugmaker)$/.test(
        m[0],
      );
    const firmNoun =
      firmOnly ||
      (/^, the (?:[a-z-]+ ){0,2}(?:company|firm)$/.test(m[0]) &&
        !reporting &&
        !/\b(?:in|at|to|from|and)\s$/.test(text.slice(Math.max(0, start - 6), start)) &&
        !companyWords().enGenericFirst.has(name) &&
        // (nor an adverb opening the sentence: Abroad, the company delivered …)
        !companyWords().enFunction.has(name));
    if (!/^, an? /.test(m[0]) && !name.includes(' ') && !/^[A-Z][a-z]+[A-Z]/.test(name) && !firmNoun) continue;
    // "…plant in Central Sulawesi, the company said", "…cracker in Jubail Industrial City, the Saudi chemicals maker
    // said": a reporting tail after the clause, no apposition
    if (/^, the /.test(m[0]) && SAID_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 9))) continue;
    addEnName(state, start, m.index);
  }
  findSubjectsOfIts(state);
  if (/\b(?:Grup|Banc|Compa)/.test(text)) findRomanceGroups(state);
  if (text.includes(' & ')) findAmpersandNames(state);
  if (text.includes('-based ') || text.includes('-headquartered ')) findBasedNames(state);
  findListedEnNames(state);
  if (text.includes(', or ')) findOrAliases(state);
  findDescribedLatinNames(state);
}

const SAID_AFTER = /^ (?:said|says|added|told)\b/;

// A Latin name right after a Chinese word that says what it is and before Chinese text (研究机构|LightCounting|预测,
// 初创公司|Corvane|宣布): a company. Not after 品牌/平台, which name products as often.
// The descriptor must end right before the name: found backwards from each Han character that a capital
// letter follows (a whole-text search for the descriptors was 7% of the company detector's time).
const DESCRIBED_BEFORE = new RegExp(
  String.raw`(?:机构|(?:咨询|研究|科技|初创|创业|投资|数据|证券|航运|矿业|能源)公司|(?:外资|外国|海外|日本|韩国|美国|欧洲)企业|猎头公司|厂商|制造商|生产商|供应商|供货商|服务商|承包商|分销商|出口商|进口商|批发商|投行|券商|巨头|车企|药企|船东|矿企|矿商|零售商|经销商|运营商|开发商|贸易商|集团|二手平台|电商|品牌商|(?:${FOREIGN_COUNTRIES})的?)$`,
);
// (a plain capitalised name, not a platform's coined one: HKTVmall)
const UNIT_ACTS = /^[A-Z][a-z]+(?: [A-Z][a-z]+)?(?=则|也|已|将|宣布|表示|称|在\d|于\d)/;
const HAN_THEN_LATIN = /[\u4e00-\u9fff](?=[A-Z])/g;
const LATIN_RUN = /[A-Z][A-Za-z0-9&.'-]+(?: [A-Z][A-Za-z0-9&.'-]+){0,3}(?=[\u4e00-\u9fff（(，、。；])/y;
// After a country, an acronym names a firm only before a deal or a cue (法国GTT签订…, not 美国CPI上涨).
const ACRONYM_DEAL_AFTER = /^(?:签订|签署|达成|合作|收购|宣布|表示|公司|集团|旗下|提供|供应|获得|持有|支付)/;

const STAKE_VERB_BEFORE = /(?:持有|收购|入股|增持|减持)$/;
const LATIN_THEN_SHARE = /^([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2})(?=\d+(?:\.\d+)?%)/;
const SITE_AFTER = /^(?:[铜金铁锂镍铝锌银煤]?矿|油田|气田|港口|工厂|电站|项目)/;

/** Latin names after a Chinese descriptor (研究机构|LightCounting|预测, 希腊船东|Capital Maritime|和…). */
function findDescribedLatinNames(state: CompanyState): void {
  const { text } = state;
  HAN_THEN_LATIN.lastIndex = 0;
  for (let m = HAN_THEN_LATIN.exec(text); m; m = HAN_THEN_LATIN.exec(text)) {
    const start = m.index + 1;
    const described =
      DESCRIBED_BEFORE.exec(text.slice(Math.max(0, start - 8), start)) ??
      // (or a unit after its owner, when it acts: 巴西JBS旗下的|Seara则在10月宣布)
      (/旗下的?$/.test(text.slice(Math.max(0, start - 3), start))
        ? UNIT_ACTS.exec(text.slice(start, start + 40))
        : null);
    // (or a stake held in it, its share right after the name: 将持有Halcyra19.5%的股权)
    if (!described && STAKE_VERB_BEFORE.test(text.slice(Math.max(0, start - 2), start))) {
      const held = LATIN_THEN_SHARE.exec(text.slice(start, start + 40));
      if (held) addEnName(state, start, start + held[1].length);
      continue;
    }
    if (!described) continue;
    LATIN_RUN.lastIndex = start;
    const name = LATIN_RUN.exec(text)?.[0];
    if (!name) continue;
    // (a site named after a country is no firm: 印尼Grasberg矿, 智利Escondida铜矿)
    if (SITE_AFTER.test(text.slice(start + name.length, start + name.length + 3))) continue;
    // A word, not an acronym (公司AI业务, 机构ETF持仓): acronyms that are companies are in the lexicon, or
    // come after a country with a deal verb (法国GTT签订).
    if (!/[a-z]/.test(name)) {
      const afterCountry = !/[司构商行头企东]$/.test(described[0]);
      if (
        !afterCountry ||
        name.length < 2 ||
        !ACRONYM_DEAL_AFTER.test(text.slice(start + name.length, start + name.length + 2))
      )
        continue;
    }
    addEnName(state, start, start + name.length);
  }
}

// "Cargill Inc. and Olam Food Ingredients": a name listed right after a found English name.
const LISTED_AFTER = /^(?:,? and|,| or) (?=[A-Z])/;

// "Saigon Beer-Alcohol-Beverage Corp., or Sabeco, which …": the short name a legal name is given after "or"
const OR_ALIAS = /^,? or ([A-Z][\w&'’-]{2,}(?: [A-Z][\w&'’-]+)?)(?=[,;)]|\.\s| (?:is|was|has|which|said|says)\b)/;
const LEGAL_END = /(?:Inc|Corp|Co|Ltd|Pcl|PCL|plc|PLC|SA|AG|SE|NV|LLC|Holdings)\.?$/;

/** An alias given after "or" right after an English legal name. */
function findOrAliases(state: CompanyState): void {
  const { text } = state;
  for (const c of [...state.candidates]) {
    if (c.ambiguous || !LEGAL_END.test(text.slice(Math.max(c.start, c.end - 9), c.end))) continue;
    const m = OR_ALIAS.exec(text.slice(c.end, c.end + 40));
    if (!m) continue;
    const start = c.end + m[0].length - m[1].length;
    addEnName(state, start, start + m[1].length);
  }
}

/** A capitalised name that ends in an industry word, listed right after an English company found already. */
function findListedEnNames(state: CompanyState): void {
  const { text } = state;
  const w = companyWords();
  for (const c of [...state.candidates]) {
    if (c.ambiguous || !/[A-Za-z.]/.test(text[c.end - 1] ?? '')) continue;
    const joint = LISTED_AFTER.exec(text.slice(c.end, c.end + 6));
    if (!joint) continue;
    const start = c.end + joint[0].length;
    const end = capitalRunEnd(text, start);
    const words = text.slice(start, end).split(' ');
    if (words.length > 1 && w.enIndustry.has(words[words.length - 1]) && !w.enGiven.has(words[0]))
      addEnName(state, start, end);
  }
}

/** "X & Y" names with a company cue by one mention; every mention, and X alone (asked Hallam for…), follow. */
function findAmpersandNames(state: CompanyState): void {
  AMP_NAME.lastIndex = 0;
  for (let m = AMP_NAME.exec(state.text); m; m = AMP_NAME.exec(state.text))
    addEnName(state, m.index, m.index + m[0].length);
  // Partners' names with & and the firm's initials after them (Lane Clark & Peacock (LCP)): a firm
  if (state.text.includes(' & '))
    for (const m of state.text.matchAll(AMP_INITIALS)) {
      const initials = m[1]
        .split(/\s+&?\s*/)
        .filter((w) => w && w !== '&')
        .map((w) => w[0])
        .join('');
      if (initials === m[2]) addEnName(state, m.index, m.index + m[1].length, TIER.known);
    }
  // Partners' names in a row, the last after & (Keefe, Bruyette & Woods; Wachtell, Lipton, Rosen & Katz): a
  // firm's name, as people and companies are listed with "and".
  PARTNERS_NAME.lastIndex = 0;
  for (let m = PARTNERS_NAME.exec(state.text); m; m = PARTNERS_NAME.exec(state.text)) {
    const first = m[0].slice(0, m[0].indexOf(','));
    // as sure as a legal name: it outranks a short name of the same firm inside it (Wachtell)
    if (!companyWords().enGiven.has(first)) addEnName(state, m.index, m.index + m[0].length, TIER.known);
  }
}

// A Romance group or bank by its generic first word (Grupo Cementos de Chihuahua, Banco Santander México); not a
// central or state bank (Banco de España, Banco Central do Brasil).
const ROMANCE_GROUP =
  /\b(?:Grupo|Groupe|Gruppo|Banco|Banca|Banque|Compañía|Companhia)(?: (?:de|del|do|da|di|la|el|des|du))? [A-ZÀ-Þ][\wÀ-ɏ&'’-]*(?: (?:(?:de|del|do|da|di|la|y|e|della|dei|degli) |(?:e )?(?:della|dei|degli) |dell['’](?=[A-Z]))?[A-ZÀ-Þ][\wÀ-ɏ&'’-]*){0,3}/g;
const STATE_BANK =
  / (?:Central|Nacional|Mundial|Popular de China)\b|^Banco (?:de|do|di) (?:España|México|Portugal|Brasil|Italia|Francia|Chile|Colombia|la República)$|^Banque de France$|^Banca d['’]Italia$/;

const ROMANCE_TITLE =
  / (?:Chief|Executive|Chairman|Chairwoman|President|Director|Head|Managing|Group|CEO|CFO|Senior|Vice|Deputy|Analyst|Spokesman|Spokeswoman)\b.*$/;

/** Romance groups and banks named by their generic first word, when they are no central or state bank. */
function findRomanceGroups(state: CompanyState): void {
  const { text } = state;
  ROMANCE_GROUP.lastIndex = 0;
  for (let m = ROMANCE_GROUP.exec(text); m; m = ROMANCE_GROUP.exec(text)) {
    // a trailing particle or a sentence's capitalised next word is no part of the name, nor a title after it
    // (Banco Lombardo Chief Executive Giulia Ferri)
    const name = m[0].replace(ROMANCE_TITLE, '').replace(/ (?:de|del|do|da|di|la|y|e)$/, '');
    if (!STATE_BANK.test(name) && !/ (?:de|del|do|da|di|la|el|des|du)$/.test(name))
      addEnName(state, m.index, m.index + name.length);
  }
}

// A sentence's subject that the same clause calls "its" after a business verb (Harbor Freightways agreed on
// Monday to sell its terminal business; X raised its forecast): an organisation, where a person's would be
// "his" or "her". No capitalised word between (but a weekday), so "its" is the subject's.
const SUBJECT_ITS =
  /^ ?([A-Z][A-Za-z0-9&'’-]*(?: (?:[A-Z][A-Za-z0-9&'’-]*|&)){0,3}) (?:agreed|agrees|announced|reported|posted|raised|cut|cuts|lowered|lifted|trimmed|reaffirmed|plans|planned|sold|bought)\b(?:[^.!?\n"“”A-Z]|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b){0,50}?$/;

/** The subject of a sentence that the same clause calls "its", when it is a name and not a person's or a place's. */
function findSubjectsOfIts(state: CompanyState): void {
  const { text } = state;
  const w = companyWords();
  // from each " its ", back to the start of its sentence (a whole-text search would test every position)
  for (let at = text.indexOf(' its '); at >= 0; at = text.indexOf(' its ', at + 4)) {
    let s = at;
    while (s > 0 && at - s < 120 && !SENTENCE_END.has(text.charCodeAt(s - 1))) s--;
    if (s > 0 && !SENTENCE_END.has(text.charCodeAt(s - 1))) continue;
    const m = SUBJECT_ITS.exec(text.slice(s, at));
    if (!m) continue;
    const name = m[1];
    const first = name.split(' ')[0];
    if (w.enGiven.has(first) || w.enFunction.has(first) || w.enGenericFirst.has(name)) continue;
    // (a possessive opens no name: Sweden's Riksbank cut its policy rate)
    if (/['’]s /.test(name)) continue;
    const start = s + m[0].indexOf(name);
    addEnName(state, start, start + name.length);
  }
}
// . ! ? and a line break end a sentence
const SENTENCE_END = new Set([46, 33, 63, 10]);

/** "Denver-based FirstBank": what a place-based adjective qualifies, when it is a name and not a person's. */
function findBasedNames(state: CompanyState): void {
  // from each "-based " (or "-headquartered "), the place before it tested backwards
  for (const key of ['-based ', '-headquartered ']) {
    for (let at = state.text.indexOf(key); at >= 0; at = state.text.indexOf(key, at + key.length))
      if (
        /[A-Z]/.test(state.text[at + key.length] ?? '') &&
        BASED_PLACE.test(state.text.slice(Math.max(0, at - 30), at))
      )
        basedName(state, at + key.length);
  }
}

/** The name a place-based adjective qualifies, starting at `start`, when it is a name and not a person's. */
function basedName(state: CompanyState, start: number): void {
  const end = capitalRunEnd(state.text, start);
  const words = state.text.slice(start, end).split(' ');
  const w = companyWords();
  // one word, or words ending in an industry word (Halcrow Bank); two capitalised words may be a person
  const shaped = words.length === 1 || w.enIndustry.has(words[words.length - 1]);
  // and a name, not a modifier of a noun that follows (New York-based Wall Street bank)
  const next = /^ ([a-z]+)/.exec(state.text.slice(end, end + 20))?.[1];
  if (
    end > start &&
    shaped &&
    !w.enGiven.has(words[0]) &&
    (!next || w.enFunction.has(next[0].toUpperCase() + next.slice(1)) || VERB_NEXT.test(next))
  )
    addEnName(state, start, end);
}

const VERB_NEXT =
  /^(?:said|says|has|had|have|is|was|will|would|which|that|who|agreed|reported|announced|plans|rose|fell)$/;

const AMP_INITIALS = /\b((?:[A-Z][a-z]{2,} ){1,2}& [A-Z][a-z]{2,}) \(([A-Z]{3,4})\)/g;
const PARTNERS_NAME = /\b[A-Z][a-z]{2,}(?:, [A-Z][a-z]{2,})+,? & [A-Z][a-z]{2,}\b/g;
const BASED_PLACE = /\b[A-Z][a-z]+(?: [A-Z][a-z]+)?$/;

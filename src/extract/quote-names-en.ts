/**
 * English speaker names: the subject before a speech verb ("Chief Executive Maria Okafor said" →
 * Maria Okafor) or the name after an inverted one ('"…," said Aaron Feldt of Westbourne' → Aaron
 * Feldt), with appositives, titles and the firm after "of" left out.
 */
import { QUOTE_TITLES } from './lexicon/quote-titles';
import { kindOf, stripTitles, type SpeakerName } from './quote-names';

/** An abbreviation whose period ends no sentence (Mr., Inc., Warner Bros., U.S., A.Ş.). */
export const EN_ABBREV =
  /(?<![\p{L}\p{N}])(?:Mr|Mrs|Ms|Dr|St|Inc|Corp|Co|Ltd|Plc|Pte|Pty|Bhd|Bros|Jr|Sr|Prof|Gen|Sen|Rep|Gov|No|vs|U\.S|U\.K|\p{Lu})\.$/u;
const EN_LEAD = new Set(
  'But And However In On At Meanwhile Still Yet So Also Then Now Later Earlier Separately Instead Indeed Asked When While Since As After Before Though Although If Because'.split(
    ' ',
  ),
);
const EN_TITLE_WORDS = new Set(
  'chief executive financial operating technology investment officer president vice senior managing director chairman chairwoman founder co-founder analyst economist strategist spokesman spokeswoman spokesperson head partner professor minister secretary governor lawyer attorney counsel'.split(
    ' ',
  ),
);
/** Capitalised words that are not speakers (days, months). */
const NOT_NAMES =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;
const EN_CONNECT = new Set(['of', 'de', 'van', 'von', 'der', 'den', 'da', 'di', 'la', 'le', 'du', 'al', 'bin', 'el']);
/** Adverbs and auxiliaries between a subject and its verb (Okafor also said, Lowe has said). */
const EN_ADVERBS = new Set(
  'also later then previously recently separately earlier once again further repeatedly publicly privately long has had have would will'.split(
    ' ',
  ),
);
const EN_ROLE_NOUN =
  '(?:chief executive|chief financial officer|spokesperson|spokesman|spokeswoman|analyst|economist|strategist|official|executive|banker|investor|trader|lawyer|person|source|manager|director|adviser|advisor|consultant|founder|negotiator|representative|organi[sz]er|leader|member|resident|worker|employee|owner|farmer|driver|agent|supplier|customer|client|buyer|dealer|shareholder|creditor|bondholder|pilot|engineer|insider|broker|shipbroker|pharmacist|nurse|doctor|teacher|shopper|passenger|tenant|landlord|retiree|student|miner|technician|mechanic|cashier|clerk|accountant|contractor|distributor|franchisee|seller|vendor|guard|operator|grower|rancher|fisherman|captain|steward|planner|builder|researcher|scientist|designer|surgeon|auditor|diplomat|lobbyist|activist|officer|secretary|convener|treasurer|supervisor|foreman|underwriter)';
// (its clause may hold a place and its state: who works at a store in Dayton, Ohio, and asked not to be named;
// not a verb of saying: who bought shares said he had received … of what he| asked for)
const EN_UNNAMED = new RegExp(
  `(?:^|\\s)((?:[Aa]|[Aa]n|[Oo]ne|[Tt]he|[Aa]nother)\\s+(?:[\\w'’-]+\\s+){0,3}${EN_ROLE_NOUN}(?:\\s+(?:familiar|close|briefed|involved|who|for|at|of|with|in|from|based in)\\s+(?:(?!\\s(?:said|says|told)\\s)[^,]){1,80}(?:,\\s[A-Z][\\w.]*(?:\\s[A-Z][\\w.]*)?,[^,]{1,60})?)?)$`,
);
// one of the people (familiar with the matter), another of the sources: an unnamed source as written
const ONE_OF =
  /(?:^|\s)((?:[Oo]ne|[Aa]nother) of (?:the|those|these|its|their|the [a-z]+['’]s) (?:[\w-]+\s+){0,2}(?:people|sources|officials|executives|bankers|analysts|advisers|advisors|investors|lawyers|persons|bondholders|creditors|shareholders|lenders|holders|traders|managers|directors|employees|workers))$/;
// What follows an unnamed source's description and is no part of it: its own verb and what it did (An analyst at
// Piper Sandler| kept a "neutral" rating and), an adverb (a store manager| there).
const UNNAMED_TAIL =
  /\s+(?:(?:kept|declined|called|raised|cut|lowered|reiterated|maintained|upgraded|downgraded|estimated|expects|warned|argued|confirmed|denied|refused)\b.*|there|here)$/;
const RELATIVE_SUBJECT = /\b(?:that|which) ((?:[\p{Lu}][\p{L}'’-]+ ){0,2}[\p{Lu}][\p{L}'’-]+)\s*$/u;
const WHO_THEN_CALLED =
  /(?:^|\s)((?:[\p{Lu}][\p{L}'’-]+ ){1,2}[\p{Lu}][\p{L}'’-]+), who\b(?:.*\b(?:who|(?:called|described|calls|describes|termed|dubbed)\b[^,]{0,40}))?\s*$/u;
const ROLE_FOR_THEN_NAME =
  /^(?:A|An|The) (?:[a-z-]+ )?(?:spokes(?:wo)?man|spokesperson|representative|official|executive) (?:for|at|of|with) [^,]{2,60}, ([\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+){1,2}),?$/u;
const SAYS_INSIDE = /\s(?:said|says|told)\s/;
const GROUP_AT =
  /(?:^|\s)((?:[Aa]nalysts|[Ee]conomists|[Ss]trategists) (?:at|from|with) [\p{Lu}][\p{L}&.'’-]*(?: [\p{Lu}][\p{L}&.'’-]*){0,3}),?$/u;
const UNNAMED_SOURCE =
  /^ (?:an?|one) (?:[\w-]+ ){0,2}(?:person|source|official|executive|banker|insider)s? (?:familiar|close|briefed|involved|with (?:direct )?knowledge)\b/;
const EN_GROUP =
  /(?:[\p{Lu}][\p{L}&.'’-]*\s+){0,4}(?:analysts|economists|executives|officials|investors|traders|strategists|bankers|lawyers|prosecutors|regulators|lawmakers|investigators|people familiar with the matter|sources|spokesman|spokeswoman|spokesperson)$/u;
// The nouns for an organisation named before (the company said, said the railway), one list for both sides.
const ORG_NOUNS =
  'company|firm|bank|group|lender|insurer|carmaker|automaker|drugmaker|chipmaker|retailer|airline|carrier|railway|railroad|miner|utility|operator|developer|publisher|supermarket|grocer|brewer|producer|supplier|maker|startup|board|ministry|agency|bureau|commission|authority|regulator|central bank|watchdog|association|union|consortium|federation|council|statement|(?:trade|industry|lobby) (?:body|group)';
const EN_ORG_ANAPHOR = new RegExp(`\\b(?:the|The)\\s+(?:${ORG_NOUNS})$`);
/** An organisation named before as the subject that opens a sentence (The company expects …). */
export const EN_ORG_SUBJECT = new RegExp(`^(?:the|The)\\s+(?:${ORG_NOUNS})\\b`);
const EN_ORG_ANAPHOR_AFTER = new RegExp(`^the\\s+(?:${ORG_NOUNS})\\b`, 'i');

const BODY_KIND_END = /(?:union|association|federation|consortium|alliance|coalition|group)$/;
const NAMED_BODY =
  /(?:^|\s)(?:the|The)\s+((?:[\p{Lu}][\p{L}&.'’-]*\s+){0,3}[\p{Lu}][\p{L}&.'’-]*)\s+(?:[a-z]+\s+){0,2}(?:[a-z]+['’]\s+)?(?:union|association|federation|consortium|alliance|coalition|group)$/u;
const PUBLIC_BODY_END = /(?:ministry|government|bank|regulator|watchdog|cabinet|parliament|embassy|military|planner)$/;
const PUBLIC_BODY =
  /(?:^|\s)((?:[\p{Lu}][\p{L}.-]*\s){0,2}[\p{Lu}][\p{L}.-]*['’]s\s+(?:[a-z-]+\s+){0,2}(?:ministry|government|central bank|regulator|watchdog|cabinet|parliament|embassy|military|state planner|securities regulator))$/u;

const NATIONAL_BODY =
  /(?:^|\s)[Tt]he\s+((?:[\p{Lu}][\p{L}.-]*\s+){1,2}(?:[a-z-]+\s+){0,2}(?:ministry|government|regulator|watchdog|agency|department|cabinet|parliament|commission))$/u;

// A public body named by its field (The tax authority), or a firm's works council, as written.
const FIELD_BODY =
  /^(?:The|the) (?:(?:tax|competition|antitrust|financial|securities|banking|energy|aviation|data|environmental|food|health|labou?r|customs) (?:authority|authorities|regulator|agency|watchdog|office|ministry|administration)|works council)$/;

const DATELINE = /^[^()]{0,40}\((?:Reuters|AP|AFP|Bloomberg|Dow Jones)\)\s*[-–—]\s*/;

const KIND_THEN_NAME =
  /^(?:Another|A|An|The|One) (?:[a-z-]+ )?(?:union|group|company|firm|body|association|bank|lender|investor|shareholder|fund|rival|competitor), (?:the )?([A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}),?$/;
const PLACE_AFTER_PREPOSITION =
  /\b(?:in|into|across|throughout|from|to|outside|beyond|near|around)\s+[\p{Lu}][\p{L}'’-]+$/u;

const NAME_THEN_ROLE =
  /^(?:(?:Capt|Dr|Mr|Mrs|Ms|Prof)\.\s)?((?:[\p{Lu}][\p{L}'’-]+ ){1,2}[\p{Lu}][\p{L}'’-]+), (?:the |a |an )?(?:president|chief|chairman|chairwoman|head|director|founder|co-founder|managing|senior|analyst|economist|partner|spokes(?:man|woman|person)|executive|vice|general|deputy)\b/u;

/** The speaker named by an English subject (the words before "said"), or undefined. */
const TITLED_OF_FIRM = /^([A-Z][a-z]+) ((?:[A-Z][\w'’-]+ ){1,2}[A-Z][\w'’-]+) (?:of|at) [A-Z][^,;:]*$/;
const TITLE_WORD = new Set(QUOTE_TITLES.filter((t) => /^[A-Z][a-z]+$/.test(t)));

const APPOSED_NAME =
  /^(?:A|An|One) [a-z][^,]{2,80}, ([\p{Lu}][\p{L}'’-]+(?: (?:[\p{Lu}][\p{L}'’-]+|da|das|de|do|dos|van|von|der|di|du|la|le|bin|al)){1,4}),?$/u;
export function enSpeakerBefore(raw: string, companyNames: ReadonlySet<string>): SpeakerName | undefined {
  // words in marks inside the subject (who rates the stock "overweight,") are no part of a name
  // (a quote that ends its sentence keeps the sentence's end: hiring "without guessing." Veltrix reiterated …)
  let s = /["“]/.test(raw)
    ? raw.replace(/"[^"]*"|“[^”]*”/g, (q) => (/,\s*["”]$/.test(q) ? 'q,' : /[.!?]["”]$/.test(q) ? 'q.' : 'q'))
    : raw;
  if (/\s\s|[^\S ]/.test(s)) s = s.replace(/\s+/g, ' ');
  // keep only the current sentence
  for (let i = s.length - 2; i > 0; i--) {
    const c = s.charCodeAt(i);
    if ((c === 46 || c === 33 || c === 63) && s[i + 1] === ' ' && !EN_ABBREV.test(s.slice(Math.max(0, i - 5), i + 1))) {
      s = s.slice(i + 2);
      break;
    }
  }
  // (a place that opens the sentence is no part of its subject: In Berlin, a spokesperson for the ministry said)
  s = s.replace(/^(?:In|At|From) [A-Z][\w.-]*(?: [A-Z][\w.-]*)?, (?=(?:a|an|the|one) )/, '');
  // an acronym or a ticker in brackets (The Australian Prudential Regulation Authority (APRA) said) and the commas
  // of a number (with more than 1,700 planes) are no part of the subject's shape
  // (nor a dateline: TOKYO, May 7 (Reuters) - Hanamura & Co. Ltd. (8047.T), …)
  if (s.includes('(')) s = s.replace(DATELINE, '').replace(/\s*\([^()]{1,40}\)(?=[\s,]|$)/g, '');
  if (/\d,\d/.test(s)) s = s.replace(/(\d),(?=\d{3}\b)/g, '$1');
  // (an anaphor after an opening phrase: In the letter, which was reviewed by Reuters, the group said)
  const clauseAnaphor = /, (the (?:group|company|firm|coalition|association|union))$/.exec(s.trimEnd());
  if (clauseAnaphor) return { name: clauseAnaphor[1], kind: 'org-anaphor' };
  // (a group that names itself: The group, which calls itself the Prairie Link Shippers Committee, said)
  const calledItself = /\bcalls itself (?:the )?([\p{Lu}][\p{L}&.'’-]*(?: [\p{Lu}][\p{L}&.'’-]*){0,5}),?\s*$/u.exec(s);
  if (calledItself) return { name: calledItself[1], kind: 'org' };
  // (a person named in apposition to an unnamed description: A community leader in São Joaquim de Bicas, Maria das
  // Graças Souza, said)
  const apposed = APPOSED_NAME.exec(s.trimEnd());
  if (apposed) return { name: apposed[1], kind: 'person' };
  // (a firm's analysts by its possessive: Its analysts wrote: the firm named before speaks)
  if (/^(?:Its|Their) (?:analysts|economists|strategists|researchers)$/.test(s.trimEnd()))
    return { name: 'it', kind: 'org-anaphor' };
  // (a body named in apposition to its kind: Another union, the CFDT, said)
  const kindThenName = KIND_THEN_NAME.exec(s.trimEnd());
  if (kindThenName) return { name: kindThenName[1], kind: 'org' };
  // (a source who gives only a first name: … asked to be identified only by his first name, Rudi, said)
  const given = /\b(?:first name|given name|surname|nickname), ([\p{Lu}][\p{L}'’-]+),?\s*$/u.exec(s);
  if (given) return { name: given[1], kind: 'person' };
  // Hiroshi Tanabe, president of the group's domestic unit, Asahi Breweries Ltd., told: a full name, then its role
  // (the subject of a relative clause right before the verb: a route … but that Rao| described as "…")
  const relative = RELATIVE_SUBJECT.exec(s);
  if (relative) {
    const named = enName(relative[1].split(' ').reverse(), companyNames, true);
    if (named) return named;
  }
  // (or of a relative clause on a person: led by Daniel Okafor, who has run … and who called the listing "…")
  const who = s.includes(', who ') ? WHO_THEN_CALLED.exec(s) : null;
  if (who && !companyNames.has(who[1])) return { name: who[1], kind: 'person' };
  const titled = NAME_THEN_ROLE.exec(s);
  if (titled && !companyNames.has(titled[1])) return { name: titled[1], kind: 'person' };
  // Analyst Priya Venkataraman of Halden & Rowe said: the titled name, not the firm's last word
  const titledOf = TITLED_OF_FIRM.exec(s.trim());
  if (titledOf && TITLE_WORD.has(titledOf[1])) return { name: titledOf[2], kind: 'person' };
  // …London, but Balogun, the company's president, said: the subject of the clause after "but"
  const but = s.lastIndexOf(', but ');
  if (but >= 0 && /^[\p{Lu}]/u.test(s.slice(but + 6))) s = s.slice(but + 6);
  // an age after a name (Linda Parrish, 71, who …): no part of the apposition's shape
  s = s.trim().replace(/^([\p{Lu}][^,]{1,40}),\s*\d{1,3},/u, '$1,');
  // Its managing partner, Sipho Ndlovu, said: the name in apposition to a role
  const role =
    /^(?:Its|Their|His|Her|The (?:company|firm|bank|group)['’]s) [a-z][a-z -]{2,40}, ([\p{Lu}][\p{L}'’-]+(?: [\p{Lu}]\.)?(?: [\p{Lu}][\p{L}'’-]+){1,2}),?$/u.exec(
      s,
    );
  if (role) return { name: role[1], kind: 'person' };
  // (A spokeswoman for Sabine Crest, Megan Tully, said: the name the role is given)
  const roleFor = ROLE_FOR_THEN_NAME.exec(s);
  if (roleFor) return { name: roleFor[1], kind: 'person' };
  // The National Association of Software and Service Companies, or Nasscom, said: the short name it goes by
  const alias = /^(?:The )?[\p{Lu}][^,]{3,80}, or (?:the )?([\p{Lu}][\w&.'’-]+(?: [\p{Lu}][\w&.'’-]+){0,3}),?$/u.exec(
    s,
  );
  if (alias) return { name: alias[1], kind: 'org' };
  // nor a ticker in brackets or the comma of a legal form inside an appositive (Volaris, the brand of
  // Controladora Vuela, S.A.B. de C.V. (NYSE: VLRS), said)
  if (/^[\p{Lu}][^,]{0,40}, (?:the|an?) /u.test(s) && /\(|, (?:Inc|Ltd|LLC|plc|S\.A|N\.V|S\.p\.A|AG\b|SE\b)/.test(s))
    s = s
      .replace(/\s*\([^()]{1,40}\)(?=,)/g, '')
      .replace(/, (?=(?:Inc|Ltd|LLC|plc|S\.A|N\.V|S\.p\.A|AG\b|SE\b))/g, ' ');
  // The Semiconductor Industry Association, which represents A, B and C, said: a relative clause with its own commas
  if (s.endsWith(',')) {
    const rel = s.search(/, (?:who|which|whose) [^"]*,$/);
    if (rel > 0) s = s.slice(0, rel);
  }
  // The Stäheli family, which owns …, said: the family as written
  const family = /^(?:The |the )?((?:[\p{Lu}][\p{L}'’-]+ ){1,2}family),?$/u.exec(s);
  if (family) return { name: family[1], kind: 'org' };
  // a public body described by its field (The tax authority said): named as written
  if (FIELD_BODY.test(s.replace(/,$/, ''))) return { name: s.replace(/,$/, ''), kind: 'org' };
  // a company the article names, as the whole subject (Watches of Switzerland Group plc (LSE: WOSG), which …, said)
  const whole = s.replace(/,$/, '').replace(/\s*\([^()]{1,40}\)$/, '');
  if (companyNames.has(whole)) return { name: whole, kind: 'org' };
  for (let k = 0; k < 4; k++) {
    const before = s;
    if (EN_ADVERBS.has(s.slice(s.lastIndexOf(' ') + 1))) s = s.slice(0, s.lastIndexOf(' ')).trim();
    if (s.endsWith(',')) {
      s = s
        // Nordvale, based in Austin, Texas, said: a place may carry its state or country
        .replace(/,\s*(?:who|which|whose|an?|the|[a-z0-9])[^,]*(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?,$/, '')
        // Jane Doe, Foo's chief executive, said: the appositive between a name and its verb
        .replace(/^(.*?[\p{Lu}][\p{L}'’.-]*)\s*,[^,]{1,80},$/u, '$1')
        .trim();
    }
    if (s === before) break;
  }
  // (a relative clause cut at its own verb: a London shipbroker who|asked not to be named … told Reuters)
  s = s.replace(/[,\s]+$/, '').replace(/\s+(?:who|which|that)$/, '');
  // (a company the article names, once its appositive is gone: Hanamura & Co. Ltd., one of Japan's trading houses)
  if (companyNames.has(s)) return { name: s, kind: 'org' };
  // (That person, who asked not to be identified, said …: the source as introduced before, found by the caller)
  const that = /^(?:That|This) (person|source|official|executive|banker|insider)$/.exec(s);
  if (that) return { name: `the ${that[1]}`, kind: 'person' };
  // (a pronoun after a noun is the subject of a clause of its own: …near Sousse, Tunisia, a shift she| said would take)
  const own = / [a-z]+ (he|she|they)$/.exec(s);
  if (own) return { name: own[1], kind: 'pronoun' };
  // Oren Vasquez, a fund manager at …: the name, not its apposition
  const comma = s.lastIndexOf(',');
  // (not …to Kentucky, a person familiar with the matter: an unnamed source is no one's apposition)
  if (comma > 0 && /^ (?:an?|the) /.test(s.slice(comma + 1, comma + 6)) && !UNNAMED_SOURCE.test(s.slice(comma + 1))) {
    const named = enName(s.slice(0, comma).split(' ').reverse(), companyNames, true);
    // (not a place after a preposition: … to more than double its network in Vietnam, the South Korean lender said)
    if (named?.kind === 'person' && !PLACE_AFTER_PREPOSITION.test(s.slice(0, comma))) return named;
  }
  // Lindqvist's board: the body as written
  const board = /\b(?:board|management|directors)$/.test(s) && /[\p{Lu}][\p{L}&.-]*['’]s \w+$/u.exec(s);
  if (board) return { name: board[0], kind: 'org' };
  // China's commerce ministry, Britain's competition watchdog: a public body named by its country, as written
  const body = /['’]s\s/.test(s) && PUBLIC_BODY_END.test(s) ? PUBLIC_BODY.exec(s) : null;
  if (body) return { name: body[1], kind: 'org' };
  // the Dutch trade ministry, the French finance ministry: a national body as written
  const national = NATIONAL_BODY.exec(s);
  if (national) return { name: national[1], kind: 'org' };
  // Analysts at Itaú BBA said: a group at a named firm, as written (for a later "they")
  const groupAt = GROUP_AT.exec(s);
  if (groupAt) return { name: groupAt[1], kind: 'person' };
  // a spokesperson for the ministry / the chief executive: an unnamed speaker as written
  // (its own verb of saying ends it: One person involved in the negotiations| said Airbus had agreed …)
  const unnamed = EN_UNNAMED.exec(s) ?? ONE_OF.exec(s) ?? EN_UNNAMED.exec(s.split(SAYS_INSIDE)[0]);
  if (unnamed) return { name: unnamed[1].replace(UNNAMED_TAIL, ''), kind: 'person' };
  // the IG Metall union, the Volkswagen group: the body named before its kind
  const namedBody = BODY_KIND_END.test(s) ? NAMED_BODY.exec(s) : null;
  if (namedBody) return { name: namedBody[1], kind: 'org' };
  const anaphor = EN_ORG_ANAPHOR.exec(s);
  if (anaphor) return { name: anaphor[0], kind: 'org-anaphor' };
  // Lawyer Martin Ocampo of Brandt & Ocampo LLP: the person, not the firm the article names after "of"
  const ofKnown = / of (?:the )?([\p{Lu}][\p{L}&.'’ -]*)$/u.exec(s);
  if (ofKnown && companyNames.has(ofKnown[1])) {
    const person = enName(s.slice(0, ofKnown.index).split(' ').reverse(), companyNames, true);
    if (person?.kind === 'person') return person;
  }
  // Analyst Clive Harrowby of the broker Shore Capital: the person, not the firm after a common noun
  const ofFirm = / (?:of|at|from) (?:the |an? )?(?:[a-z-]+ ){1,3}[\p{Lu}][\p{L}&.'’ -]*$/u.exec(s);
  if (ofFirm) {
    const person = enName(s.slice(0, ofFirm.index).split(' ').reverse(), companyNames, true);
    if (person?.kind === 'person') return person;
  }
  const tokens = s.split(' ');
  const last = tokens[tokens.length - 1] ?? '';
  if (/^(?:he|she|they|it|He|She|They|It)$/.test(last)) {
    return { name: last, kind: last.toLowerCase() === 'it' ? 'org-anaphor' : 'pronoun' };
  }
  const named = enName([...tokens].reverse(), companyNames, true);
  // (a place after a preposition is no subject: … employ 700,000 workers in Vietnam, according to …; but an
  // unnamed person described with a place is: A first officer based in Denver)
  if (named && named.kind === 'person' && PLACE_AFTER_PREPOSITION.test(s.replace(/,$/, ''))) {
    const unnamed = s.replace(/,$/, '');
    return /^(?:An?|One) [a-z]/.test(unnamed) && unnamed.split(' ').length <= 12
      ? { name: unnamed, kind: 'person' }
      : undefined;
  }
  if (named) return named;
  // Goldman Sachs analysts wrote / industry executives said: a group as written
  const group = EN_GROUP.exec(s);
  return group ? { name: group[0].trim(), kind: 'person' } : undefined;
}

/** The speaker named after an English speech verb ("…," said Aaron Feldt of Westbourne), or undefined. */
export function enSpeakerAfter(raw: string, companyNames: ReadonlySet<string>): SpeakerName | undefined {
  // (a title's abbreviation is no sentence end: said Dr. Angela Whitcomb)
  const s = raw
    .replace(/\s+/g, ' ')
    .replace(/\b(Dr|Mr|Mrs|Ms|Prof|Capt|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Adm)\. (?=[A-Z])/g, '$1 ')
    .trim();
  const m = /^(he|she|they|it)\b/i.exec(s);
  if (m) return { name: m[1], kind: m[1].toLowerCase() === 'it' ? 'org-anaphor' : 'pronoun' };
  const anaphor = EN_ORG_ANAPHOR_AFTER.exec(s);
  if (anaphor) return { name: anaphor[0], kind: 'org-anaphor' };
  // said Fincastello's chairman, Lorenzo Ferrante: the name after the firm's role
  const owned = OWNED_ROLE_THEN_NAME.exec(s);
  if (owned) return { name: owned[1], kind: 'person' };
  // wrote Mediobanca analyst Federica Lodi: the name after the firm and its role
  const firmRole = FIRM_ROLE_THEN_NAME.exec(s);
  if (firmRole) return { name: firmRole[1], kind: 'person' };
  const head = s
    .split(/[,.;:!?"“”(]/)[0]
    .split(/\s(?:because|after|when|while|since|as|and)\s/)[0]
    .trim();
  const tokens = head.split(' ');
  // skip lowercase title words (said chief executive Maria Okafor)
  let i = 0;
  while (i < tokens.length && i < 4 && EN_TITLE_WORDS.has(tokens[i])) i++;
  // (or a role in words a title list lacks before a full name: said union leader Luis Fernando Rojas)
  if (i === 0) {
    let j = 0;
    while (j < 2 && /^[a-z]+$/.test(tokens[j] ?? '') && !/^(?:the|a|an|one|its|their|his|her)$/.test(tokens[j])) j++;
    if (j > 0 && /^[A-Z][a-z]/.test(tokens[j] ?? '') && /^[A-Z][a-z]/.test(tokens[j + 1] ?? '')) i = j;
  }
  const named = enName(tokens.slice(i), companyNames, false);
  if (named) return named;
  // an unnamed speaker as written (said an analyst at a brokerage)
  // (or one a definite description picks out: said the owner of a café near the Grand-Place)
  if (
    (/^(?:an?|one|two|three|several|some|many)\s/.test(head) || DEFINITE_ROLE.test(head)) &&
    head.split(' ').length <= 14
  )
    return { name: head.replace(UNNAMED_TAIL, ''), kind: 'person' };
  // (a longer one, to its relative clause: a purchasing manager at a Midwest packaging company| that buys about 40 …)
  const short = head.split(/\s(?:that|who|which)\s/)[0];
  if (short !== head && /^(?:an?|one)\s/.test(short) && short.split(' ').length <= 14)
    return { name: short.replace(UNNAMED_TAIL, ''), kind: 'person' };
  return undefined;
}
const OWNED_ROLE_THEN_NAME = new RegExp(
  `^(?:[A-Z][\\w&.-]*\\s){0,3}[A-Z][\\w&.-]*['’]s\\s(?:[a-z-]+\\s){0,3}(?:chairman|chairwoman|president|${EN_ROLE_NOUN}),\\s([A-Z][\\p{L}'’-]+(?:\\s[A-Z][\\p{L}'’-]+){1,2})\\b`,
  'u',
);
/** A firm, then its analyst's or spokesperson's role, then the person (Canaccord Genuity analyst Reuben Shaw). */
export const FIRM_ROLE_THEN_NAME =
  /^(?:[\p{Lu}][\w&.'’-]*\s){1,4}(?:analyst|economist|strategist|chief executive|spokesman|spokeswoman|spokesperson)\s([\p{Lu}][\p{L}'’-]+\s[\p{Lu}][\p{L}'’-]+)\b/u;
// (the head of purchasing at a 12-hospital system in Ohio)
const DEFINITE_ROLE = new RegExp(`^the\\s+(?:[\\w-]+\\s+){0,2}(?:${EN_ROLE_NOUN}|head)\\s+(?:of|at|for|from)\\s`);

/** Collects a capitalised name from tokens (in reading order, or reversed when `backwards`). */
function enName(tokens: string[], companyNames: ReadonlySet<string>, backwards: boolean): SpeakerName | undefined {
  const got: string[] = [];
  for (let i = 0; i < tokens.length && got.length < 8; i++) {
    const t = tokens[i];
    // (a particle joined to a surname by a hyphen is part of it: Salim al-Harthy, Amr el-Sayed)
    if (/^(?:(?:al|el|bin|ibn|van|von|de|da|di|du|le|la)-)?[\p{Lu}][\p{L}\p{M}'’.&-]*$/u.test(t)) got.push(t);
    else if (EN_CONNECT.has(t) && got.length && /^[\p{Lu}]/u.test(tokens[i + 1] ?? '')) got.push(t);
    else break;
  }
  if (backwards) got.reverse();
  while (got.length && EN_LEAD.has(got[0])) got.shift();
  // a possessive before the name (Stratavale's Alves) belongs to the company, not the name
  // (a possessive that ends the name is the name's own: Moody's said)
  const pos = got.findLastIndex((t) => /['’]s$/.test(t));
  let seq = (pos >= 0 && pos < got.length - 1 ? got.slice(pos + 1) : got).join(' ').replace(/[.,]+$/, '');
  // Aaron Feldt of Westbourne Securities: the person, not the firm
  const of = /^((?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’.-]*)\s+of\s/u.exec(seq);
  if (of) seq = of[1];
  if (!seq || !/[\p{L}]{2}|\p{Lu}&\p{Lu}/u.test(seq)) return undefined;
  const name = stripTitles(seq);
  if (!name || QUOTE_TITLES.includes(name) || NOT_NAMES.test(name)) return undefined;
  return { name, kind: kindOf(name, companyNames) };
}

/**
 * One Aho–Corasick pass finds everything the company rules look for by name: lexicon names,
 * corporate words (证券, 资本, 科技) and cue words (方面表示, 旗下). Built once, on first use.
 */
import { ZH_RIGHT_CUES } from './lexicon/company-cues';
import { ZH_STRONG_TAILS, ZH_WEAK_TAILS } from './lexicon/company-suffixes';
import { companyLexicon } from './lexicon/companies';
import { buildMatcher, type Match, type Matcher, pickLongest } from './matcher';

interface Automaton {
  matcher: Matcher;
  /** The corporate words then the cue words, after the lexicon names. */
  words: string[];
  lexiconSize: number;
  tailsEnd: number;
}

let automaton: Automaton | undefined;

function build(): Automaton {
  const { names } = companyLexicon();
  const words = [...ZH_STRONG_TAILS, ...ZH_WEAK_TAILS, ...ZH_RIGHT_CUES];
  const matcher = buildMatcher([...names.map((n) => n.name), ...words]);
  return {
    matcher,
    words,
    lexiconSize: names.length,
    tailsEnd: names.length + ZH_STRONG_TAILS.length + ZH_WEAK_TAILS.length,
  };
}

/** What one pass over a text found; each list is leftmost-longest within itself. */
export interface Scan {
  /** Lexicon names (`pattern` indexes `companyLexicon().names`), those `accept` let through. */
  lexicon: Match[];
  /** Corporate words (`pattern` indexes ZH_STRONG_TAILS then ZH_WEAK_TAILS). */
  tails: Match[];
  /** Cue words (`pattern` indexes ZH_RIGHT_CUES). */
  cues: Match[];
}

/** Scans `text` once; `accept` vetoes lexicon matches before the longest are chosen. */
/** Builds the lexicon's automaton now (it is otherwise built on the first scan). */
export function warmScan(): void {
  automaton ??= build();
}

export function scanText(text: string, accept: (start: number, end: number, pattern: number) => boolean): Scan {
  automaton ??= build();
  const { matcher, lexiconSize, tailsEnd } = automaton;
  const lexicon: Match[] = [];
  const tails: Match[] = [];
  const cues: Match[] = [];
  matcher.scan(text, (start, end, pattern) => {
    if (pattern < lexiconSize) {
      if (accept(start, end, pattern)) lexicon.push({ start, end, pattern });
    } else if (pattern < tailsEnd) tails.push({ start, end, pattern: pattern - lexiconSize });
    else cues.push({ start, end, pattern: pattern - tailsEnd });
  });
  return { lexicon: pickLongest(lexicon), tails: pickLongest(tails), cues: pickLongest(cues) };
}

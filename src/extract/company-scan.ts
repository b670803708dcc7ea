/**
 * One Aho–Corasick pass finds everything the company rules look for by name: lexicon names,
 * corporate words (证券, 资本, 科技) and cue words (方面表示, 旗下). Built once, on first use.
 */
import { ZH_RIGHT_CUES } from './lexicon/company-cues';
import { ZH_STRONG_TAILS, ZH_WEAK_TAILS } from './lexicon/company-suffixes';
import { companyLexicon } from './lexicon/companies';
import { buildMatcherSteps, drain, type Match, type Matcher, pickLongest } from './matcher';

interface Automaton {
  matcher: Matcher;
  /** The corporate words then the cue words, after the lexicon names. */
  words: string[];
  lexiconSize: number;
  tailsEnd: number;
}

let automaton: Automaton | undefined;

function* build(): Generator<void, Automaton, void> {
  const { names } = companyLexicon();
  const words = [...ZH_STRONG_TAILS, ...ZH_WEAK_TAILS, ...ZH_RIGHT_CUES];
  const matcher = yield* buildMatcherSteps([...names.map((n) => n.name), ...words]);
  return {
    matcher,
    words,
    lexiconSize: names.length,
    tailsEnd: names.length + ZH_STRONG_TAILS.length + ZH_WEAK_TAILS.length,
  };
}

/** The automaton, built now in one go if no warm-up built it. */
function automatonNow(): Automaton {
  return (automaton ??= drain(build()));
}

/** Builds the lexicon's automaton in steps (pausing between them); it is otherwise built on the first scan. */
export function* warmScanSteps(): Generator<void, void, void> {
  if (!automaton) automaton = yield* build();
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
export function scanText(text: string, accept: (start: number, end: number, pattern: number) => boolean): Scan {
  const { matcher, lexiconSize, tailsEnd } = automatonNow();
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

/**
 * The company lexicon as the detector reads it. The data is written in companies-cn.ts, companies-hk.ts,
 * companies-intl.ts and companies-private.ts (one company a line, its names and stock code); the detector
 * needs only the names, so it reads them from companies-packed.ts, which a unit test generates from those
 * files (`npx vitest run -u tests/unit/extract/lexicon-pack.test.ts`) and keeps in step with them. The
 * packed form is about a third smaller gzipped: no stock codes, one name a line, sorted, each line giving
 * how many leading characters it shares with the line before (front coding).
 */
import { COMPANY_NAMES_PACKED } from './companies-packed';

/** One name of the lexicon, as the matcher reports it. */
export interface LexiconName {
  /** The name as it appears in text (without the '~' marker). */
  name: string;
  /** Also an ordinary word (苹果, 长城): a company only with company context. */
  ambiguous: boolean;
}

/** The parsed lexicon (the company rules compile its names into their one automaton, company-scan.ts). */
export interface CompanyLexicon {
  names: readonly LexiconName[];
}

/** Parses lexicon entries ('贵州茅台|茅台|Kweichow Moutai#600519.SH', '~长城|…') into their names; pure. */
export function parseEntries(entries: readonly string[]): LexiconName[] {
  const seen = new Set<string>();
  const names: LexiconName[] = [];
  for (const raw of entries) {
    const hash = raw.lastIndexOf('#');
    for (const part of (hash >= 0 ? raw.slice(0, hash) : raw).split('|')) {
      const ambiguous = part.startsWith('~');
      const name = (ambiguous ? part.slice(1) : part).trim();
      // One-character names are never safe to match; a name listed twice keeps its first entry.
      if (name.length < 2 || seen.has(name)) continue;
      seen.add(name);
      names.push({ name, ambiguous });
    }
  }
  return names;
}

// The number of leading units a line shares with the line before is written as one digit (at most 9); a
// line that shares none but starts with a digit itself (360集团) is written with a 0.
const MAX_SHARED = 9;

/** Packs names into lines: shared-prefix digit, '~' for an ambiguous name, the rest of the name. */
export function packNames(names: readonly LexiconName[]): string {
  const sorted = [...names].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let prev = '';
  return sorted
    .map(({ name, ambiguous }) => {
      let k = 0;
      while (k < MAX_SHARED && k < prev.length && k < name.length - 1 && prev[k] === name[k]) k++;
      prev = name;
      const rest = name.slice(k);
      return `${k || /^\d/.test(rest) ? k : ''}${ambiguous ? '~' : ''}${rest}`;
    })
    .join('\n');
}

/** Reads names packed by `packNames`. */
export function unpackNames(packed: string): LexiconName[] {
  const names: LexiconName[] = [];
  let prev = '';
  for (const line of packed.split('\n')) {
    if (!line) continue;
    const c = line.charCodeAt(0);
    const k = c >= 48 && c <= 57 ? c - 48 : 0;
    let at = c >= 48 && c <= 57 ? 1 : 0;
    const ambiguous = line[at] === '~';
    if (ambiguous) at++;
    prev = prev.slice(0, k) + line.slice(at);
    names.push({ name: prev, ambiguous });
  }
  return names;
}

let cached: CompanyLexicon | undefined;

/** The company lexicon, unpacked on first use (then kept for the page's lifetime). */
export function companyLexicon(): CompanyLexicon {
  cached ??= { names: unpackNames(COMPANY_NAMES_PACKED) };
  return cached;
}

let nameSet: Set<string> | undefined;

/** The lexicon's names as a set (built once). */
export function lexiconNameSet(): Set<string> {
  nameSet ??= new Set(companyLexicon().names.map((n) => n.name));
  return nameSet;
}

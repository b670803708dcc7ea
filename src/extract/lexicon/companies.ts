import { COMPANIES_CN } from './companies-cn';
import { COMPANIES_HK } from './companies-hk';
import { COMPANIES_INTL } from './companies-intl';
import { COMPANIES_PRIVATE } from './companies-private';

/** One name of a lexicon entry, as the matcher reports it. */
export interface LexiconName {
  /** The name as it appears in text (without the '~' marker). */
  name: string;
  /** Also an ordinary word (苹果, 长城): a company only with company context. */
  ambiguous: boolean;
  /** The entry's main stock code, when it has one. */
  ticker?: string;
  /** Index of the entry (all names of one company share it). */
  entry: number;
}

/** The parsed lexicon (the company rules compile its names into their one automaton, company-scan.ts). */
export interface CompanyLexicon {
  names: readonly LexiconName[];
}

/** Parses lexicon entries ('贵州茅台|茅台|Kweichow Moutai#600519.SH', '~长城|…'); pure, for tests too. */
export function parseEntries(entries: readonly string[]): LexiconName[] {
  const seen = new Set<string>();
  const names: LexiconName[] = [];
  entries.forEach((raw, entry) => {
    const hash = raw.lastIndexOf('#');
    const ticker = hash >= 0 ? raw.slice(hash + 1).trim() || undefined : undefined;
    for (const part of (hash >= 0 ? raw.slice(0, hash) : raw).split('|')) {
      const ambiguous = part.startsWith('~');
      const name = (ambiguous ? part.slice(1) : part).trim();
      // One-character names are never safe to match; a name listed twice keeps its first entry.
      if (name.length < 2 || seen.has(name)) continue;
      seen.add(name);
      names.push({ name, ambiguous, ticker, entry });
    }
  });
  return names;
}

let cached: CompanyLexicon | undefined;

/** The company lexicon, parsed on first use (then kept for the page's lifetime). */
export function companyLexicon(): CompanyLexicon {
  cached ??= { names: parseEntries([...COMPANIES_CN, ...COMPANIES_HK, ...COMPANIES_INTL, ...COMPANIES_PRIVATE]) };
  return cached;
}

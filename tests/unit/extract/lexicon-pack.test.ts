import { describe, expect, it } from 'vitest';
import { COMPANIES_CN } from '../../../src/extract/lexicon/companies-cn';
import { COMPANIES_HK } from '../../../src/extract/lexicon/companies-hk';
import { COMPANIES_INTL } from '../../../src/extract/lexicon/companies-intl';
import { COMPANIES_PRIVATE } from '../../../src/extract/lexicon/companies-private';
import { packNames, parseEntries, unpackNames } from '../../../src/extract/lexicon/companies';
import { EN_STRONG_TAILS, ZH_STRONG_TAILS } from '../../../src/extract/lexicon/company-suffixes';
import { findCompanies } from '../../../src/extract/companies';

const dropped: string[] = [];

/**
 * The entry without the names the detector finds from another of its names plus a corporate word (京东|集团,
 * Sequoia| Capital, Grab| Holdings): a known name runs on into such a word. 控股 stays (腾讯控股的 reads 控股 as a verb).
 */
function withoutDerived(entry: string): string {
  const hash = entry.lastIndexOf('#');
  const parts = (hash >= 0 ? entry.slice(0, hash) : entry).split('|');
  const bare = parts.map((p) => p.replace(/^~/, ''));
  const kept = parts.filter((_, i) => {
    const name = bare[i];
    const derived = bare.some((base) => {
      if (base === name || base.length < 2 || !name.startsWith(base)) return false;
      const rest = name.slice(base.length);
      if (/^[\u4e00-\u9fff]/.test(rest)) return rest !== '控股' && ZH_STRONG_TAILS.includes(rest);
      return (
        /^ /.test(rest) && (EN_STRONG_TAILS.includes(rest.slice(1)) || /^ (?:Group|Holdings|Inc|Corp|Ltd)$/.test(rest))
      );
    });
    if (derived) dropped.push(name);
    return !derived;
  });
  return kept.join('|') + (hash >= 0 ? entry.slice(hash) : '');
}

const sources = parseEntries(
  [...COMPANIES_CN, ...COMPANIES_HK, ...COMPANIES_INTL, ...COMPANIES_PRIVATE].map(withoutDerived),
);

/** The source text of companies-packed.ts for the current lexicon files. */
function render(): string {
  const packed = packNames(sources).replace(/[`\\]|\$\{/g, (m) => `\\${m}`);
  return [
    '// Generated from companies-cn.ts, companies-hk.ts, companies-intl.ts and companies-private.ts by',
    '// tests/unit/extract/lexicon-pack.test.ts: do not edit; after changing those files run',
    '// `npx vitest run -u tests/unit/extract/lexicon-pack.test.ts`. Format: see packNames in companies.ts.',
    '',
    "/** The company lexicon's names, packed (one a line: shared-prefix digit, '~' if ambiguous, the rest). */",
    `export const COMPANY_NAMES_PACKED = \`${packed}\`;`,
    '',
  ].join('\n');
}

describe('packed company lexicon', () => {
  it('unpacks to exactly the names of the lexicon files', () => {
    const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    expect(unpackNames(packNames(sources))).toEqual([...sources].sort(byName));
  });

  it('keeps names that start with digits or share long prefixes', () => {
    const names = [
      { name: '360集团', ambiguous: false },
      { name: '3M', ambiguous: true },
      { name: '中信建投证券股份', ambiguous: false },
      { name: '中信建投证券股份公司', ambiguous: false },
      { name: '中信', ambiguous: true },
    ];
    expect(unpackNames(packNames(names))).toEqual([...names].sort((a, b) => (a.name < b.name ? -1 : 1)));
  });

  it('leaves out only names the detector still finds whole', () => {
    expect(dropped.length).toBeGreaterThan(0);
    for (const name of dropped) {
      const text = /^[\x20-\x7e]+$/.test(name) ? `Shares of ${name} rose 3%.` : `据悉，${name}发布公告称业绩增长。`;
      expect(
        findCompanies(text).map((e) => e.text),
        name,
      ).toEqual([name]);
    }
  });

  it('is in step with the lexicon files (companies-packed.ts)', async () => {
    await expect(render()).toMatchFileSnapshot('../../../src/extract/lexicon/companies-packed.ts');
  });
});

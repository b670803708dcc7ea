import { describe, expect, it } from 'vitest';
import { COMPANIES_CN } from '../../../src/extract/lexicon/companies-cn';
import { COMPANIES_HK } from '../../../src/extract/lexicon/companies-hk';
import { COMPANIES_INTL } from '../../../src/extract/lexicon/companies-intl';
import { COMPANIES_PRIVATE } from '../../../src/extract/lexicon/companies-private';
import { packNames, parseEntries, unpackNames } from '../../../src/extract/lexicon/companies';

const sources = parseEntries([...COMPANIES_CN, ...COMPANIES_HK, ...COMPANIES_INTL, ...COMPANIES_PRIVATE]);

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

  it('is in step with the lexicon files (companies-packed.ts)', async () => {
    await expect(render()).toMatchFileSnapshot('../../../src/extract/lexicon/companies-packed.ts');
  });
});

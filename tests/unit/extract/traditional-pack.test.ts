import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';

const SRC = join(__dirname, '../../../src/extract');
const OWN = 'traditional.ts';

/** A source without its comments (they may quote traditional text). */
function code(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

/** Every character of the engine's own sources (rules and word lists), the generated table left out. */
function sourceChars(): Set<string> {
  const chars = new Set<string>();
  const read = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) read(path);
      else if (entry.name.endsWith('.ts') && entry.name !== OWN)
        for (const c of code(readFileSync(path, 'utf8'))) chars.add(c);
    }
  };
  read(SRC);
  return chars;
}

/**
 * OpenCC's one-to-one traditional → simplified pairs that the engine can need: those whose simplified
 * character its rules or word lists use (a character they never mention reads the same in either script).
 * A traditional character that the sources themselves use (乾照光电, 哪吒汽车), or that simplified text writes
 * too (SHARED), is left as it is.
 */
// Traditional forms that simplified text writes too, in names and set words (乾坤, 哪吒, 昇腾, 张喆, 王堃, 瞭望).
const SHARED = '乾吒昇喆堃瞭';

function pairs(): string {
  const chars = sourceChars();
  for (const c of SHARED) chars.add(c);
  let out = '';
  for (const entry of TS_CHARACTERS.split('|')) {
    const [trad, simp] = entry.split(' ');
    if (trad.length !== 1 || simp?.length !== 1 || trad === simp) continue; // BMP, one to one
    if (chars.has(simp) && !chars.has(trad)) out += trad + simp;
  }
  return out;
}

function render(): string {
  return [
    '// Generated from OpenCC (opencc-js, dict/TSCharacters; Apache-2.0) by',
    '// tests/unit/extract/traditional-pack.test.ts: do not edit; after changing a rule or a word list run',
    '// `npx vitest run -u tests/unit/extract/traditional-pack.test.ts`.',
    '',
    '/** Traditional → simplified characters the engine reads, as pairs: 億亿萬万… (see simplify.ts). */',
    'export const TRADITIONAL_PAIRS =',
    `  '${pairs()}';`,
    '',
  ].join('\n');
}

describe('traditional → simplified table', () => {
  it('maps the units, verbs and suffixes of Hong Kong and Taiwan news', () => {
    const table = pairs();
    const map = new Map<string, string>();
    for (let i = 0; i < table.length; i += 2) map.set(table[i], table[i + 1]);
    expect([...'億萬個說團業並稱點'].map((c) => map.get(c)).join('')).toBe('亿万个说团业并称点');
    for (const c of SHARED) expect(map.has(c), c).toBe(false); // 乾照光电, 昇腾 keep theirs
  });

  it('is in step with the rules and word lists (lexicon/traditional.ts)', async () => {
    await expect(render()).toMatchFileSnapshot('../../../src/extract/lexicon/traditional.ts');
  });
});

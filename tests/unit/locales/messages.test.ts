import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(__dirname, '..', '..', '..', 'public', '_locales');
const load = (lang: string) =>
  JSON.parse(readFileSync(join(dir, lang, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string; placeholders?: Record<string, unknown> }
  >;

describe('_locales', () => {
  const langs = readdirSync(dir);
  const en = load('en');

  it('has English and Simplified Chinese', () => {
    expect(langs.sort()).toEqual(['en', 'zh_CN']);
  });

  it.each(langs.filter((l) => l !== 'en'))('%s translates every English message and nothing else', (lang) => {
    const other = load(lang);
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(other)) {
      expect(value.message.trim(), key).not.toBe('');
      expect(Object.keys(value.placeholders ?? {}).sort(), key).toEqual(Object.keys(en[key].placeholders ?? {}).sort());
    }
  });

  it('uses only message names Chrome accepts', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });
});

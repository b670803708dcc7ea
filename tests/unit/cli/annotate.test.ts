import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotate, parseArgs } from '../../../src/cli/annotate';
import { renderText } from '../../../src/cli/render';
import type { Entity } from '../../../src/extract/types';

const ROOT = resolve(__dirname, '..', '..', '..');
const ZH = '“价格不会再降了。”周海川说。';
const files: Record<string, string> = {
  'a.txt': ZH,
  'empty.txt': ' \n\n ',
  'page.html': readFileSync(join(ROOT, 'tests/fixtures/pages/news-zh.html'), 'utf8'),
  'blank.html': '<!doctype html><html><body><script>var x = 1;</script></body></html>',
  // saved with an anti-flicker style that only the page's (never run) script would remove
  'flicker.html': readFileSync(join(ROOT, 'tests/fixtures/page/anti-flicker.html'), 'utf8'),
};
const read = (path: string) => {
  if (path === 'dir') throw Object.assign(new Error('EISDIR: illegal operation on a directory'), { code: 'EISDIR' });
  if (!(path in files))
    throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
  return files[path];
};
const run = (args: string[], isTTY = false, env: Record<string, string> = {}) => annotate({ args, read, isTTY, env });
const hasAnsi = (s: string) => /\u001b\[/.test(s);

describe('annotate: arguments', () => {
  it('parses a file, --json and --kinds', () => {
    expect(parseArgs(['x.txt', '--json', '--kinds', 'quote,figure'])).toEqual({
      file: 'x.txt',
      json: true,
      kinds: ['quote', 'figure'],
    });
    expect(parseArgs(['--kinds=company', 'x.txt'])).toEqual({ file: 'x.txt', json: false, kinds: ['company'] });
  });

  it('rejects unknown options and kinds, a missing file, and two files, with exit code 1', async () => {
    for (const args of [
      ['--bogus', 'a.txt'],
      ['a.txt', '--kinds', 'people'],
      [],
      ['a.txt', 'b.txt'],
      ['a.txt', '--kinds'],
    ]) {
      const r = await run(args);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^annotate: /);
      expect(r.stderr).toContain('Usage:');
      expect(r.stdout).toBe('');
    }
  });

  it('prints help with exit code 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--kinds');
  });
});

describe('annotate: files', () => {
  it('says clearly when a file is missing, unreadable or empty', async () => {
    expect(await run(['missing.txt'])).toMatchObject({
      code: 1,
      stderr: 'annotate: cannot read missing.txt: no such file\n',
    });
    expect(await run(['dir'])).toMatchObject({ code: 1, stderr: 'annotate: cannot read dir: it is a directory\n' });
    expect(await run(['empty.txt'])).toMatchObject({ code: 1, stderr: 'annotate: empty.txt is empty\n' });
    expect((await run(['blank.html'])).code).toBe(1);
  });

  it('prints one JSON entity per line with --json', async () => {
    const r = await run(['a.txt', '--json', '--kinds', 'quote']);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([{ kind: 'quote', start: 1, end: 9, text: '价格不会再降了。', speaker: '周海川' }]);
  });

  it('finds the article of an HTML page and extracts from its text', async () => {
    const r = await run(['page.html', '--json', '--kinds', 'quote']);
    expect(r.code).toBe(0);
    const quotes = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.every((q) => typeof q.text === 'string' && q.text.length > 0)).toBe(true);
    expect(r.stdout).not.toContain('<p');
  });

  it('reads a page saved with an anti-flicker style that hides its body', async () => {
    const r = await run(['flicker.html', '--json', '--kinds', 'figure']);
    expect(r.code).toBe(0);
    const figures = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).text);
    expect(figures).toEqual(['12 percent', '$0.56 a share', '3.5 percent', '20 percent']);
  });
});

describe('annotate: rendering', () => {
  it('marks entities with brackets and the speaker after the closing mark when colour is off', async () => {
    const r = await run(['a.txt', '--kinds', 'quote']);
    expect(hasAnsi(r.stdout)).toBe(false);
    expect(r.stdout).toContain('“«价格不会再降了。»”‹— 周海川›周海川说。');
    expect(r.stdout.split('\n')[0]).toContain('«quote');
  });

  it('uses colour on a terminal, and not when NO_COLOR is set', async () => {
    expect(hasAnsi((await run(['a.txt'], true)).stdout)).toBe(true);
    expect(hasAnsi((await run(['a.txt'], true, { NO_COLOR: '1' })).stdout)).toBe(false);
  });

  it('nests a figure inside a quote', () => {
    const text = '“利润增长了12%。”';
    const entities: Entity[] = [
      { kind: 'quote', start: 1, end: 10, text: '利润增长了12%。', speaker: '甲' },
      { kind: 'figure', start: 6, end: 9, text: '12%' },
    ];
    expect(renderText(text, entities, false)).toBe('“«利润增长了⟦12%⟧。»”‹— 甲›');
  });
});

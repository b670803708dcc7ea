import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './chromium';
import { ROOT, SHOTS } from './paths';
import { startServer, type FixtureServer } from './server';
import { paintedNotes, tabOf } from './notes-helpers';
// @ts-expect-error plain ESM fixture builder without types
import { library } from '../fixtures/notes/library.mjs';

let server: FixtureServer;
let dir: string;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer({ own: join(ROOT, 'tests', 'fixtures', 'notes') });
  dir = mkdtempSync(join(tmpdir(), 'newsmark-screens-'));
  writeFileSync(join(dir, 'library.json'), library(server.origin));
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe.each([
  ['en', 'en-US', 'article-en.html', 'All notes', 'Imported: 8 new'],
  ['zh', 'zh-CN', 'article-zh.html', '全部笔记', '导入完成：新增 8 条'],
])('Chromium popup and notes page in %s', (name, lang, pageFile, heading, imported) => {
  it('imports a library, paints its passages, and looks right (screenshots)', async () => {
    const s = await launchChromium({ lang });
    try {
      const notes = await s.openExtensionPage('notes.html');
      await expect.poll(() => notes.locator('h1').textContent()).toBe(heading);
      await notes.getByLabel(name === 'en' ? 'Import' : '导入').setInputFiles(join(dir, 'library.json'));
      await expect.poll(() => notes.getByRole('status').first().textContent()).toContain(imported);
      await notes.setViewportSize({ width: 1100, height: 900 });
      await notes.screenshot({ path: join(SHOTS, `notes-page-${name}.png`), fullPage: true });

      const page = await s.context.newPage();
      const url = server.url('own', pageFile);
      await page.goto(url);
      await expect.poll(() => paintedNotes(page).then((p) => p.length)).toBe(name === 'en' ? 3 : 3);
      const popup = await s.openExtensionPage(`popup.html?tab=${await tabOf(s, url)}`);
      await popup.setViewportSize({ width: 380, height: 900 });
      await expect.poll(() => popup.locator('.nm-note').count()).toBe(name === 'en' ? 3 : 4);
      await popup.screenshot({ path: join(SHOTS, `notes-popup-${name}.png`), fullPage: true });
    } finally {
      await s.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, type ChromiumSession } from './chromium';
import { SHOTS } from './paths';
import { startServer, type FixtureServer } from './server';
import {
  downloadText,
  messageTab,
  NOTE_PAGE,
  pageCopy,
  paintedNotes,
  selectText,
  tabOf,
  withoutGenerated,
} from './notes-helpers';

const NOTE = '消费电子依赖度过高，关注汽车业务进展';
let server: FixtureServer;
let copy: ReturnType<typeof pageCopy>;
let url: string;
const profile = mkdtempSync(join(tmpdir(), 'newsmark-notes-profile-'));

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  copy = pageCopy();
  server = await startServer({ live: copy.dir });
  url = server.url('live', 'article.html');
});
afterAll(async () => {
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(copy.dir, { recursive: true, force: true });
});

describe('Chromium: a passage note is kept and found again', () => {
  it('is saved from a selection and painted as newsmark-note', async () => {
    const s = await launchChromium({ profile });
    try {
      const page = await s.context.newPage();
      await page.goto(url);
      const tab = await tabOf(s, url);
      await selectText(page, NOTE_PAGE.passage);
      // What the context menu and the Alt+Shift+N command send to the tab.
      await expect.poll(() => messageTab(s, tab, 'startPassageNote')).toEqual({ res: true });
      await page.keyboard.type(NOTE);
      await page.screenshot({ path: join(SHOTS, 'notes-editor.png') });
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => paintedNotes(page)).toEqual([NOTE_PAGE.passage]);
      await page.screenshot({ path: join(SHOTS, 'notes-painted.png') });
    } finally {
      await s.close(true);
    }
  });

  it('survives closing and reopening the browser, and is painted again', async () => {
    const s = await launchChromium({ profile });
    try {
      const page = await s.context.newPage();
      await page.goto(url);
      await expect.poll(() => paintedNotes(page), { timeout: 10_000 }).toEqual([NOTE_PAGE.passage]);
      const popup = await s.openExtensionPage(`popup.html?tab=${await tabOf(s, url)}`);
      await expect.poll(() => popup.getByTestId('page-notes').textContent()).toContain(NOTE);
      expect(await popup.locator('.nm-badge-orphan').count()).toBe(0);
    } finally {
      await s.close(true);
    }
  });

  it('re-attaches after a paragraph is inserted before the passage, and lists it as not found once it is gone', async () => {
    copy.insertBeforePassage('<p>（编者注：本文发布后有更新，补充了公司最新公告的内容，请读者留意。）</p>\n');
    const s = await launchChromium({ profile });
    try {
      const page = await s.context.newPage();
      await page.goto(url);
      expect(await page.content()).toContain('编者注');
      await expect.poll(() => paintedNotes(page), { timeout: 10_000 }).toEqual([NOTE_PAGE.passage]);

      copy.removePassage();
      await page.reload();
      const popup = await s.openExtensionPage(`popup.html?tab=${await tabOf(s, url)}`);
      await expect.poll(() => popup.locator('.nm-badge-orphan').textContent()).toBe('not found on this page');
      expect(await popup.getByTestId('page-notes').textContent()).toContain(NOTE);
      expect(await paintedNotes(page)).toEqual([]);
    } finally {
      await s.close(true);
    }
  });
});

describe('Chromium: popup notes, exports and import', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium({ profile });
  });
  afterAll(() => s?.close(true));

  it('adds, edits and deletes a page note with undo, from the keyboard', async () => {
    const page = await s.context.newPage();
    await page.goto(url);
    const popup = await s.openExtensionPage(`popup.html?tab=${await tabOf(s, url)}`);
    const box = popup.getByRole('textbox', { name: 'Add page note' });
    await box.focus();
    await popup.keyboard.type('Page note: compare with the 2023 deal');
    await popup.keyboard.press('Control+Enter');
    const notes = popup.getByTestId('page-notes');
    await expect.poll(() => notes.textContent()).toContain('Page note: compare with the 2023 deal');

    const item = notes.locator('li', { hasText: 'compare with the 2023 deal' });
    await item.getByRole('button', { name: 'Edit' }).click();
    await popup
      .getByRole('textbox', { name: 'Note', exact: true })
      .fill('Page note: compare with the 2022 and 2023 deals');
    await popup.getByRole('textbox', { name: 'Tags (separated by commas)' }).fill('并购, 估值');
    await popup.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => notes.textContent()).toContain('2022 and 2023 deals');
    expect(await notes.textContent()).toContain('#估值');

    await notes.locator('li', { hasText: '2022 and 2023' }).getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => notes.textContent()).not.toContain('2022 and 2023');
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => notes.textContent()).toContain('2022 and 2023');
    await popup.close();
  });

  it('downloads the three exports from notes.html with every note, and the popup page exports', async () => {
    const notesPage = await s.openExtensionPage('notes.html');
    await expect.poll(() => notesPage.getByTestId('match-count').textContent()).toBe('2 notes');
    const texts: Record<string, string> = {};
    for (const label of ['Export Markdown', 'Export JSON', 'Export CSV']) {
      const [download] = await Promise.all([
        notesPage.waitForEvent('download'),
        notesPage.getByRole('button', { name: label }).click(),
      ]);
      texts[label] = await downloadText(download);
      expect(download.suggestedFilename()).toMatch(/^newsmark-notes-\d{4}-\d\d-\d\d\.(md|json|csv)$/);
    }
    for (const text of Object.values(texts)) {
      expect(text).toContain('compare with the 2022 and 2023 deals');
      expect(text).toContain(NOTE);
    }
    expect(texts['Export Markdown']).toContain(`> ${NOTE_PAGE.passage.replace('.', '.')}`);
    expect(texts['Export CSV'].startsWith('\uFEFF')).toBe(true);
    expect(JSON.parse(texts['Export JSON']).first.items).toHaveLength(2);
    writeFileSync(join(profile, '..', 'newsmark-export-test.json'), texts['Export JSON']);

    const popup = await s.openExtensionPage(`popup.html?tab=${await tabOf(s, url)}`);
    await expect.poll(() => popup.getByTestId('page-notes').textContent()).toContain(NOTE);
    for (const [label, ext] of [
      ['Export page as Markdown', 'md'],
      ['Export page as JSON', 'json'],
      ['Export page as CSV', 'csv'],
    ]) {
      const [download] = await Promise.all([
        popup.waitForEvent('download'),
        popup.getByRole('button', { name: label }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^newsmark-page-.*\\.${ext}$`));
      expect(await downloadText(download)).toContain(NOTE);
    }
  });

  it('re-imports the JSON to the same notes in a new profile, and refuses a broken file changing nothing', async () => {
    const exported = await (async () => {
      const notesPage = await s.openExtensionPage('notes.html');
      const [download] = await Promise.all([
        notesPage.waitForEvent('download'),
        notesPage.getByRole('button', { name: 'Export JSON' }).click(),
      ]);
      return downloadText(download);
    })();
    const dir = mkdtempSync(join(tmpdir(), 'newsmark-import-'));
    const good = join(dir, 'notes.json');
    const broken = join(dir, 'broken.json');
    writeFileSync(good, exported);
    writeFileSync(broken, exported.slice(0, exported.length / 2));

    const fresh = await launchChromium();
    try {
      const page = await fresh.openExtensionPage('notes.html');
      await expect.poll(() => page.getByTestId('match-count').textContent()).toBe('0 notes');
      await page.getByLabel('Import').setInputFiles(good);
      await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Imported: 2 new');
      const again = async () => {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'Export JSON' }).click(),
        ]);
        return downloadText(download);
      };
      const reexported = await again();
      expect(withoutGenerated(reexported)).toBe(withoutGenerated(exported));

      await page.getByLabel('Import').setInputFiles(broken);
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toContain('not valid JSON');
      expect(await alert.isVisible()).toBe(true);
      expect(await page.getByTestId('match-count').textContent()).toBe('2 notes');
      expect(withoutGenerated(await again())).toBe(withoutGenerated(exported));
      await page.screenshot({ path: join(SHOTS, 'notes-import-error.png') });
    } finally {
      await fresh.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('searches and filters on notes.html', async () => {
    const page = await s.openExtensionPage('notes.html');
    await expect.poll(() => page.getByTestId('match-count').textContent()).toBe('2 notes');
    await page.getByRole('searchbox').fill('2022');
    await expect.poll(() => page.getByTestId('match-count').textContent()).toBe('1 of 2 notes');
    expect(await page.locator('.nm-note').count()).toBe(1);
    await page.getByRole('searchbox').fill('汽车业务');
    await expect.poll(() => page.locator('.nm-note-text').allTextContents()).toEqual([NOTE]);
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect.poll(() => page.getByTestId('match-count').textContent()).toBe('2 notes');
  });
});

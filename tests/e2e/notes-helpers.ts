import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ChromiumSession } from './chromium';
import { HAS_SHARED, ROOT, SHARED } from './paths';

/** The page notes are taken on: a shared seed page, else newsmark's own fixture (with a visible warning). */
export const NOTE_PAGE = HAS_SHARED
  ? {
      file: join(SHARED, 'fixtures', 'seed', 'pages', 'seed-lingyi.html'),
      passage: '领益智造与消费电子相关的业务营收占比高达92.09%',
      title: '领益智造',
    }
  : {
      file: join(ROOT, 'tests', 'fixtures', 'notes', 'article-zh.html'),
      passage: '公司将在固态电解质领域形成完整布局',
      title: '星河电池',
    };
if (!HAS_SHARED)
  console.warn('[notes e2e] ../shared is absent: notes are taken on tests/fixtures/notes instead of the seed page.');

/** A copy of the note page in a temporary folder, so a test can edit it and reload the same URL. */
export function pageCopy(): {
  dir: string;
  file: string;
  insertBeforePassage(html: string): void;
  removePassage(): void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'newsmark-notes-page-'));
  const file = join(dir, 'article.html');
  copyFileSync(NOTE_PAGE.file, file);
  return {
    dir,
    file,
    insertBeforePassage(extra) {
      const html = readFileSync(file, 'utf8');
      const at = html.lastIndexOf('<p', html.indexOf(NOTE_PAGE.passage.slice(0, 8)));
      writeFileSync(file, html.slice(0, at) + extra + html.slice(at));
    },
    removePassage() {
      writeFileSync(file, readFileSync(file, 'utf8').split(NOTE_PAGE.passage).join('（已删除）'));
    },
  };
}

/** Selects the first occurrence of `text` in the page (main world; the selection is shared). */
export async function selectText(page: Page, text: string): Promise<void> {
  const ok = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(needle);
      if (at < 0) continue;
      const r = document.createRange();
      r.setStart(n, at);
      r.setEnd(n, at + needle.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
      return true;
    }
    return false;
  }, text);
  if (!ok) throw new Error(`"${text}" is not on the page`);
}

/** Sends a message in @webext-core/messaging's format to a tab's content script, from the service worker. */
export async function messageTab(s: ChromiumSession, tabId: number, type: string, data?: unknown): Promise<unknown> {
  const worker = s.context.serviceWorkers()[0];
  return worker.evaluate(
    ([tab, t, d]) =>
      (globalThis as unknown as { chrome: typeof chrome }).chrome.tabs.sendMessage(tab as number, {
        id: 1,
        type: t,
        data: d,
        timestamp: Date.now(),
      }),
    [tabId, type, data] as const,
  );
}

/** The text of every range painted as `newsmark-note` (read in the page's main world). */
export function paintedNotes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const h = CSS.highlights.get('newsmark-note');
    return h ? [...h].map((r) => (r as Range).toString()) : [];
  });
}

/** Id of the tab showing `url`: asks every tab's content script for its URL (tab URLs are hidden without `tabs`). */
export async function tabOf(s: ChromiumSession, url: string): Promise<number> {
  const worker = s.context.serviceWorkers()[0];
  const id = await worker.evaluate(async (target) => {
    const api = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    for (const tab of await api.tabs.query({})) {
      const answer = (await api.tabs
        .sendMessage(tab.id!, { id: 1, type: 'getPageSummary', timestamp: Date.now() })
        .catch(() => undefined)) as { res?: { url: string } } | undefined;
      if (answer?.res?.url === target) return tab.id!;
    }
    return -1;
  }, url);
  if (id < 0) throw new Error(`no tab with newsmark's content script shows ${url}`);
  return id;
}

/** Reads a download's file as text. */
export async function downloadText(download: { path(): Promise<string | null> }): Promise<string> {
  const path = await download.path();
  if (!path) throw new Error('download has no file');
  return readFileSync(path, 'utf8');
}

/** JSON export without its generated time, for comparing two exports. */
export const withoutGenerated = (json: string) => json.replace(/"generated": "[^"]+"/, '"generated": ""');

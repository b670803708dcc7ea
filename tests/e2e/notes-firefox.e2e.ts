import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { firefoxTabIdOf, launchFirefox, type FirefoxSession } from './firefox';
import { ROOT, SHOTS } from './paths';
import { startServer, type FixtureServer } from './server';
// @ts-expect-error plain ESM fixture builder without types
import { library } from '../fixtures/notes/library.mjs';

let server: FixtureServer;
let dir: string;
let s: FirefoxSession;
beforeAll(async () => {
  server = await startServer({ own: join(ROOT, 'tests', 'fixtures', 'notes') });
  dir = mkdtempSync(join(tmpdir(), 'newsmark-firefox-notes-'));
  writeFileSync(join(dir, 'library.json'), library(server.origin));
  writeFileSync(join(dir, 'broken.json'), '{"type": "AnnotationCollection", "first": {"items": [');
  s = await launchFirefox();
});
afterAll(async () => {
  await s?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const text = (page: Page, selector: string) =>
  page.evaluate((sel: string) => document.querySelector(sel)?.textContent ?? null, selector);

async function until(page: Page, selector: string, expected: (t: string | null) => boolean, what: string) {
  await expect.poll(() => text(page, selector).then(expected), { timeout: 10_000, message: what }).toBe(true);
}

describe('Firefox: notes page and popup', () => {
  it('imports notes on the notes page, searches them, and refuses a broken file', async () => {
    const page = await s.openExtensionPage('notes.html');
    await until(page, '[data-testid=match-count]', (t) => t === '0 notes', 'empty at first');
    const input = (await page.$('input[type=file]'))!;
    await input.uploadFile(join(dir, 'library.json'));
    await until(page, '[role=status]', (t) => !!t?.includes('Imported: 8 new'), 'import message');
    await until(page, '[data-testid=match-count]', (t) => t === '8 notes', 'eight notes');
    await page.type('input[type=search]', 'premium');
    await until(page, '[data-testid=match-count]', (t) => t === '1 of 8 notes', 'one match');
    await input.uploadFile(join(dir, 'broken.json'));
    await until(page, '[role=alert]', (t) => !!t?.includes('not valid JSON'), 'refusal');
    await page.click('.nm-clear');
    await until(page, '[data-testid=match-count]', (t) => t === '8 notes', 'nothing lost');
    // Exports: catch the Blob the page hands to its download link, and read it back.
    await page.evaluate(() => {
      const w = window as unknown as { nmBlobs: Blob[] };
      w.nmBlobs = [];
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (b: Blob | MediaSource) => (w.nmBlobs.push(b as Blob), create(b));
    });
    for (const label of ['Export Markdown', 'Export JSON', 'Export CSV']) {
      await page.evaluate((l: string) => {
        [...document.querySelectorAll('button')].find((b) => b.textContent === l)!.click();
      }, label);
    }
    await expect.poll(() => page.evaluate(() => (window as unknown as { nmBlobs: Blob[] }).nmBlobs.length)).toBe(3);
    const [md, json, csv] = await page.evaluate(() =>
      Promise.all((window as unknown as { nmBlobs: Blob[] }).nmBlobs.map((b) => b.text())),
    );
    for (const text of [md, json, csv]) expect(text).toContain('Backlog matters for Northwind volumes in Q2.');
    expect(JSON.parse(json).first.items).toHaveLength(8);
    await page.setViewport({ width: 1100, height: 800 });
    await page.screenshot({ path: join(SHOTS, 'firefox-notes-page.png') as `${string}.png` });
  });

  it('paints the notes on their page and lists them in the popup, where a page note is added and deleted with undo', async () => {
    const page = await s.browser.newPage();
    const url = server.url('own', 'article-en.html');
    await page.goto(url);
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get('newsmark-note')?.size ?? 0), { timeout: 10_000 })
      .toBe(3);
    const tab = await firefoxTabIdOf(s, url);
    const popup = await s.openExtensionPage(`popup.html?tab=${tab}`);
    await expect
      .poll(() => popup.evaluate(() => document.querySelectorAll('.nm-note').length), { timeout: 10_000 })
      .toBe(3);
    await popup.type('.nm-add textarea', 'Firefox page note');
    await popup.click('.nm-add button[type=submit]');
    await until(popup, '[data-testid=page-notes]', (t) => !!t?.includes('Firefox page note'), 'page note added');
    await popup.evaluate(() => {
      const li = [...document.querySelectorAll('.nm-note')].find((n) => n.textContent?.includes('Firefox page note'))!;
      (li.querySelector('.nm-danger') as HTMLButtonElement).click();
    });
    await until(popup, '[data-testid=page-notes]', (t) => !t?.includes('Firefox page note'), 'deleted');
    await popup.click('.nm-undo button');
    await until(popup, '[data-testid=page-notes]', (t) => !!t?.includes('Firefox page note'), 'restored');
    await popup.setViewport({ width: 380, height: 900 });
    await popup.screenshot({ path: join(SHOTS, 'firefox-notes-popup.png') as `${string}.png` });
  });
});

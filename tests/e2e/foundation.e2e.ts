import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, tabIdOf, type ChromiumSession } from './chromium';
import { firefoxTabIdOf, launchFirefox, type FirefoxSession } from './firefox';
import { ROOT, SHOTS } from './paths';
import { startServer, type FixtureServer } from './server';

let server: FixtureServer;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer({ own: join(ROOT, 'tests', 'fixtures', 'pages') });
});
afterAll(() => server?.close());

describe('Chromium', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium();
  });
  afterAll(() => s?.close());

  it('runs the content script, which answers the popup for its tab', async () => {
    const page = await s.context.newPage();
    const url = server.url('own', 'news-en.html');
    await page.goto(url);
    await page.screenshot({ path: join(SHOTS, 'chromium-news-en.png') });
    const popup = await s.openExtensionPage('popup.html');
    const tab = await tabIdOf(popup, url);
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tab=${tab}`);
    await expect.poll(() => popup.getByTestId('status').textContent()).toBe('newsmark is active on this page.');
    expect(await popup.getByTestId('page-title').textContent()).toContain('Harbor Freight Robotics');
    await popup.setViewportSize({ width: 380, height: 480 });
    await popup.screenshot({ path: join(SHOTS, 'chromium-popup.png') });
  });

  it('shows the popup for a page it cannot read with a clear message', async () => {
    const popup = await s.openExtensionPage('popup.html?tab=999999');
    await expect.poll(() => popup.getByTestId('status').textContent()).toContain('cannot read this page');
  });

  it('aborts every request that does not go to 127.0.0.1', async () => {
    const page = await s.context.newPage();
    const error = await page.goto('https://example.com/').then(
      () => '',
      (e: Error) => e.message,
    );
    expect(error).toMatch(/ERR_/);
  });

  it('opens the options and all-notes pages', async () => {
    for (const [file, heading] of [
      ['options.html', 'newsmark settings'],
      ['notes.html', 'All notes'],
    ]) {
      const page = await s.openExtensionPage(file);
      await expect.poll(() => page.locator('h1').textContent()).toBe(heading);
      await page.screenshot({ path: join(SHOTS, `chromium-${file.replace('.html', '')}.png`) });
    }
  });
});

describe('Chromium in Chinese', () => {
  it('shows the popup in zh_CN when the browser language is Chinese', async () => {
    const s = await launchChromium({ lang: 'zh-CN' });
    try {
      const page = await s.context.newPage();
      const url = server.url('own', 'news-zh.html');
      await page.goto(url);
      const popup = await s.openExtensionPage('popup.html');
      const tab = await tabIdOf(popup, url);
      await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tab=${tab}`);
      await expect.poll(() => popup.getByTestId('status').textContent()).toBe('newsmark 已在此页面启用。');
      await popup.setViewportSize({ width: 380, height: 480 });
      await popup.screenshot({ path: join(SHOTS, 'chromium-popup-zh.png') });
    } finally {
      await s.close();
    }
  });
});

describe('Firefox', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await launchFirefox();
  });
  afterAll(() => s?.close());

  it('runs the content script, which answers the popup for its tab', async () => {
    const page = await s.browser.newPage();
    const url = server.url('own', 'news-en.html');
    await page.goto(url);
    await page.screenshot({ path: join(SHOTS, 'firefox-news-en.png') });
    const tab = await firefoxTabIdOf(s, url);
    const popup = await s.openExtensionPage(`popup.html?tab=${tab}`);
    await popup.waitForFunction(
      () => document.querySelector('[data-testid=status]')?.textContent === 'newsmark is active on this page.',
      { timeout: 10000, polling: 100 },
    );
    await popup.setViewport({ width: 380, height: 480 });
    await popup.screenshot({ path: join(SHOTS, 'firefox-popup.png') });
  });

  it('opens the all-notes page', async () => {
    const page = await s.openExtensionPage('notes.html');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'All notes', { timeout: 10000 });
  });
});

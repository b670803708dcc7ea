// The options page in the real extension: settings change, persist across reloads, show errors; in
// Chromium (English and Chinese) and Firefox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './chromium';
import { launchFirefox, type FirefoxSession } from './firefox';
import { SHOTS } from './paths';

beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

/** What the options page stored, read back through the extension's own storage API. */
const stored = (page: Page) => page.evaluate(() => chrome.storage.local.get(null));

describe('options page in Chromium', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium();
  });
  afterAll(() => s?.close());

  it('changes settings, refuses a bad site with a clear message, and keeps everything across a reload', async () => {
    const page = await s.openExtensionPage('options.html');
    await expect.poll(() => page.locator('h1').textContent()).toBe('newsmark settings');
    await page.getByLabel('Quotes', { exact: true }).uncheck();
    await page.getByLabel('Colour of Companies').fill('#112233');

    const site = page.getByLabel('Site', { exact: true });
    await site.fill('not a host');
    await page.getByTestId('sites-add').click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('“not a host” is not a site name. Type one like news.example.com.');
    expect(await site.getAttribute('aria-invalid')).toBe('true');
    await site.fill('https://News.Example.com/markets/today.html');
    await site.press('Enter');
    await expect.poll(() => page.getByTestId('sites-list').textContent()).toContain('news.example.com');

    await page.getByLabel('Company name').fill('NVIDIA');
    await page.getByLabel('Company name').press('Enter');
    await page.getByLabel('Company name').fill('宁德时代');
    await page.getByTestId('watch-add').click();
    await expect.poll(() => page.getByTestId('watch-list').textContent()).toContain('宁德时代');
    await expect.poll(() => page.getByTestId('status').textContent()).toBe('Saved.');
    await page.setViewportSize({ width: 800, height: 1000 });
    await page.screenshot({ path: join(SHOTS, 'ui-options-en.png'), fullPage: true });

    const data = await stored(page);
    expect(data['settings.kinds']).toEqual({ figure: true, quote: false, company: true });
    expect((data['settings.colours'] as Record<string, string>).company).toBe('#112233');
    expect(data['settings.disabledSites']).toEqual(['news.example.com']);
    expect(data['settings.watchlist']).toEqual(['NVIDIA', '宁德时代']);

    await page.reload();
    await expect.poll(() => page.getByTestId('watch-list').textContent()).toContain('NVIDIA');
    expect(await page.getByLabel('Quotes', { exact: true }).isChecked()).toBe(false);
    expect(await page.getByLabel('Figures', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Colour of Companies').inputValue()).toBe('#112233');
    expect(await page.getByTestId('sites-list').textContent()).toContain('news.example.com');
  });

  it('applies a change made in one tab to another open tab at once', async () => {
    const a = await s.openExtensionPage('options.html');
    const b = await s.openExtensionPage('options.html');
    await expect.poll(() => b.locator('h1').textContent()).toBe('newsmark settings');
    await a.getByLabel('Company name').fill('Atlas Freight Lines');
    await a.getByLabel('Company name').press('Enter');
    await expect.poll(() => b.getByTestId('watch-list').textContent()).toContain('Atlas Freight Lines');
  });

  it('resets to the defaults, with an undo', async () => {
    const page = await s.openExtensionPage('options.html');
    await expect.poll(() => page.getByTestId('watch-list').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Reset to defaults' }).click();
    await expect.poll(() => page.getByTestId('status').textContent()).toContain('Settings reset to their defaults.');
    expect(await page.getByLabel('Quotes', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByText('No companies on the list yet.').isVisible()).toBe(true);
    expect(Object.keys(await stored(page)).filter((k) => k.startsWith('settings.'))).toEqual([]);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByTestId('watch-list').textContent()).toContain('NVIDIA');
    expect(await page.getByLabel('Quotes', { exact: true }).isChecked()).toBe(false);
  });
});

describe('options page in Chromium, in Chinese', () => {
  it('is written in Chinese, errors included', async () => {
    const s = await launchChromium({ lang: 'zh-CN' });
    try {
      const page = await s.openExtensionPage('options.html');
      await expect.poll(() => page.locator('h1').textContent()).toBe('newsmark 设置');
      expect(await page.title()).toBe('newsmark 设置');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      await page.getByLabel('网站', { exact: true }).fill('news');
      await page.getByTestId('sites-add').click();
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toBe('“news”不是有效的网站名称。请输入类似 news.example.com 的名称。');
      await page.getByLabel('公司名称').fill('宁德时代');
      await page.getByLabel('公司名称').press('Enter');
      await page.setViewportSize({ width: 800, height: 1000 });
      await page.screenshot({ path: join(SHOTS, 'ui-options-zh.png'), fullPage: true });
    } finally {
      await s.close();
    }
  });
});

describe('options page in Firefox', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await launchFirefox();
  });
  afterAll(() => s?.close());

  it('changes settings that persist across a reload', async () => {
    const page = await s.openExtensionPage('options.html');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'newsmark settings', {
      timeout: 10000,
    });
    await page.click('[data-testid=kind-figure]');
    await page.type('[data-testid=sites-input]', 'finance.example.org');
    await page.click('[data-testid=sites-add]');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid=sites-list]')?.textContent?.includes('finance.example.org'),
    );
    await page.type('[data-testid=sites-input]', 'bad host');
    await page.click('[data-testid=sites-add]');
    await page.waitForFunction(() =>
      document.querySelector('[role=alert]')?.textContent?.includes('is not a site name'),
    );
    await page.screenshot({ path: join(SHOTS, 'ui-options-firefox.png') });

    void page.reload().catch(() => undefined);
    await page.waitForFunction(
      () => document.readyState === 'complete' && !!document.querySelector('[data-testid=sites-list]'),
      { timeout: 15000, polling: 100 },
    );
    const state = await page.evaluate(() => ({
      figure: document.querySelector<HTMLInputElement>('[data-testid=kind-figure]')!.checked,
      quote: document.querySelector<HTMLInputElement>('[data-testid=kind-quote]')!.checked,
      sites: document.querySelector('[data-testid=sites-list]')!.textContent,
    }));
    expect(state).toEqual({ figure: false, quote: true, sites: expect.stringContaining('finance.example.org') });
  });
});

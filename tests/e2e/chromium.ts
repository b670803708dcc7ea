import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_BUILD, chromiumPath, requireBuild } from './paths';

/** A Chromium profile with the built extension loaded. */
export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  profile: string;
  /** Opens an extension page (e.g. `popup.html?tab=3`) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Closes the browser; the profile is kept when `keepProfile` (to reopen it). */
  close(keepProfile?: boolean): Promise<void>;
}

export interface ChromiumOptions {
  /** UI language (default en-US; zh-CN for the Chinese UI). */
  lang?: string;
  /** Reuse a profile folder (to test what survives a browser restart). */
  profile?: string;
  /** Extension build to load. */
  extension?: string;
}

/** True for requests the tests allow: the fixture server on 127.0.0.1 and the extension's own files. */
export function isLocal(url: string): boolean {
  return /^(https?:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|blob:|about:)/.test(url);
}

/** Launches headless Chromium with the extension; every request not to 127.0.0.1 is aborted. */
export async function launchChromium(options: ChromiumOptions = {}): Promise<ChromiumSession> {
  const ext = requireBuild(options.extension ?? CHROME_BUILD);
  const lang = options.lang ?? 'en-US';
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'newsmark-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    locale: lang,
    env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8` },
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      `--lang=${lang}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return isLocal(url) ? route.continue() : route.abort();
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    profile,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close(keepProfile = false) {
      await context.close();
      if (!keepProfile && !options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Id of the tab showing `url` (else the newest other tab), asked from an extension page. */
export async function tabIdOf(extPage: Page, url: string): Promise<number> {
  return extPage.evaluate(async (target) => {
    const self = await chrome.tabs.getCurrent();
    const tabs = await chrome.tabs.query({});
    // Without the tabs permission urls are hidden; then the newest other tab is the page just opened.
    const others = tabs.filter((t) => t.id !== self?.id).sort((a, b) => b.id! - a.id!);
    return (others.find((t) => t.url === target) ?? others[0]).id!;
  }, url);
}

import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { randomUUID } from 'node:crypto';
import { FIREFOX_BUILD, firefoxPath, requireBuild } from './paths';

/** The add-on id from wxt.config.ts (gecko.id). */
export const GECKO_ID = 'newsmark@newsmark.dev';

/** A Firefox with the built add-on installed temporarily. */
export interface FirefoxSession {
  browser: Browser;
  uuid: string;
  /** Opens an extension page (e.g. `popup.html?tab=3`) in a new tab and waits until it has loaded. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Launches headless Firefox (WebDriver BiDi) with the add-on; non-local requests go to a dead proxy. */
export async function launchFirefox(extension = FIREFOX_BUILD): Promise<FirefoxSession> {
  const ext = requireBuild(extension);
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'intl.locale.requested': 'en-US',
      'intl.accept_languages': 'en-US, en',
      // Every request that is not to 127.0.0.1 goes to a closed port (localhost is never proxied).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  await browser.installExtension(ext);
  return {
    browser,
    uuid,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      // An awaited goto to a moz-extension: URL times out over BiDi; start it and poll instead.
      void page.goto(`moz-extension://${uuid}/${path}`).catch(() => undefined);
      // The poll can hit a BiDi protocol error while the realm is swapped by the navigation: retry it.
      const deadline = Date.now() + 15000;
      for (;;) {
        try {
          await page.waitForFunction(
            () => location.protocol === 'moz-extension:' && document.readyState === 'complete',
            { timeout: Math.max(1000, deadline - Date.now()), polling: 100 },
          );
          return page;
        } catch (e) {
          if (Date.now() >= deadline) throw e;
          await new Promise((r) => setTimeout(r, 200));
        }
      }
    },
    close: () => browser.close(),
  };
}

/** Id of the tab showing `url` (else the newest other tab), asked from a throwaway extension page. */
export async function firefoxTabIdOf(session: FirefoxSession, url: string): Promise<number> {
  const probe = await session.openExtensionPage('popup.html?tab=0');
  try {
    return await probe.evaluate(async (target: string) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const self = await api.tabs.getCurrent();
      const tabs = await api.tabs.query({});
      const others = tabs.filter((t) => t.id !== self?.id).sort((a, b) => b.id! - a.id!);
      return (others.find((t) => t.url === target) ?? others[0]).id!;
    }, url);
  } finally {
    await probe.close();
  }
}

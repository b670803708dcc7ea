/**
 * findArticle in real Chromium (no extension needed: the module is bundled and injected into the
 * page's main world, where a hostile page's globals are in effect): the fixtures' expectations
 * hold, no mutation is observed, and a page that breaks Array.prototype gets the same answer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLocal } from './chromium';
import { chromiumPath, ROOT } from './paths';
import { startServer, type FixtureServer } from './server';

const DIR = join(ROOT, 'tests', 'fixtures', 'article');
const require = createRequire(join(ROOT, 'package.json'));
const esbuild = require('esbuild') as typeof import('esbuild');
const BUNDLE = esbuild.buildSync({
  entryPoints: [join(ROOT, 'src', 'page', 'article.ts')],
  bundle: true,
  format: 'iife',
  globalName: '__nmArticle',
  write: false,
  platform: 'browser',
  logLevel: 'error',
}).outputFiles[0].text;

interface Expectation {
  article: boolean;
  include?: string[];
  exclude?: string[];
}

/** What the page reports after running findArticle in it. */
interface Report {
  parts: number;
  text: string;
  mutations: number;
  missing: string[];
  leaked: string[];
}

async function runIn(page: Page, want: Expectation): Promise<Report> {
  await page.addScriptTag({ content: BUNDLE });
  return page.evaluate((w) => {
    const squeeze = (s: string) => s.replace(/\s+/g, '');
    let mutations = 0;
    const observer = new MutationObserver((records) => (mutations += records.length));
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const parts = (
      globalThis as unknown as { __nmArticle: { findArticle(d: Document): Element[] } }
    ).__nmArticle.findArticle(document);
    mutations += observer.takeRecords().length;
    observer.disconnect();
    let text = '';
    for (let i = 0; i < parts.length; i++) text += parts[i].textContent + '\n';
    const missing: string[] = [];
    const leaked: string[] = [];
    const all = (sel: string) => Array.prototype.slice.call(document.querySelectorAll(sel)) as Element[];
    for (const sel of w.include ?? [])
      for (const el of all(sel)) if (!squeeze(text).includes(squeeze(el.textContent ?? ''))) missing.push(sel);
    for (const sel of w.exclude ?? [])
      for (const el of all(sel))
        for (let i = 0; i < parts.length; i++) if (parts[i].contains(el) || el.contains(parts[i])) leaked.push(sel);
    return { parts: parts.length, text, mutations, missing, leaked };
  }, want);
}

let server: FixtureServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer({ article: DIR });
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(file: string, hostile = ''): Promise<Page> {
  const page = await browser.newPage();
  await page.route('**/*', (route) => (isLocal(route.request().url()) ? route.continue() : route.abort()));
  if (hostile) await page.addInitScript(hostile);
  await page.goto(server.url('article', file), { waitUntil: 'domcontentloaded' });
  return page;
}

describe('findArticle in Chromium', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.html'))) {
    const want = JSON.parse(readFileSync(join(DIR, file.replace(/\.html$/, '.json')), 'utf8')) as Expectation;
    it(`${file}: as expected, with no DOM mutation`, async () => {
      const page = await open(file);
      const r = await runIn(page, want);
      await page.close();
      expect(r.mutations).toBe(0);
      if (!want.article) return expect(r.parts).toBe(0);
      expect(r.parts).toBeGreaterThan(0);
      expect(r.missing).toEqual([]);
      expect(r.leaked).toEqual([]);
    });
  }

  it('gives the same answer on a page that breaks Array.prototype, CSS and console', async () => {
    const file = 'zh-cms-short.html';
    const want = JSON.parse(readFileSync(join(DIR, 'zh-cms-short.json'), 'utf8')) as Expectation;
    const clean = await open(file);
    const expected = await runIn(clean, { article: true });
    await clean.close();
    // Playwright's own argument and result handling needs a working Array.prototype, so the page
    // breaks it from inside the evaluated function and mends it before returning.
    const hostile = `window.__break = () => {
      const boom = function () { throw new Error('page broke Array.prototype'); };
      const saved = Object.getOwnPropertyDescriptors(Array.prototype);
      for (const m of ['push', 'pop', 'shift', 'map', 'forEach', 'filter', 'some', 'every', 'indexOf', 'includes',
        'slice', 'splice', 'concat', 'join', 'reduce', 'sort', 'find', 'findIndex', 'flat', 'flatMap', 'fill'])
        Object.defineProperty(Array.prototype, m, { value: boom, configurable: true, writable: true });
      Object.defineProperty(Array.prototype, Symbol.iterator, { value: boom, configurable: true, writable: true });
      window.CSS = undefined;
      console.debug = boom;
      const keys = Reflect.ownKeys(saved);
      return () => { for (let i = 0; i < keys.length; i++) Object.defineProperty(Array.prototype, keys[i], saved[keys[i]]); };
    };`;
    const page = await open(file, hostile);
    // The checks themselves need a working Array.prototype: run them after findArticle, on its copy.
    const r = await page.evaluate(
      ({ bundle, include }) => {
        // Loaded first: esbuild's IIFE glue for the test bundle iterates arrays (the extension's own
        // build runs in the content script's isolated world, out of the page's reach).
        const s = document.createElement('script');
        s.textContent = bundle;
        document.head.appendChild(s);
        const mend = (globalThis as unknown as { __break(): () => void }).__break();
        const mod = (globalThis as unknown as { __nmArticle: { findArticle(d: Document): Element[] } }).__nmArticle;
        let parts: Element[] = [];
        try {
          parts = mod.findArticle(document);
        } catch (e) {
          mend();
          return { parts: -1, text: String((e as Error).stack), broken: true, missing: 0 };
        }
        let text = '';
        for (let i = 0; i < parts.length; i++) text += parts[i].textContent + '\n';
        const broken = (() => {
          try {
            Array.prototype.push.call([], 1);
            return false;
          } catch {
            return true;
          }
        })();
        mend();
        const list = document.querySelectorAll(include);
        let missing = 0;
        for (let i = 0; i < list.length; i++)
          if (text.replace(/\s+/g, '').indexOf((list[i].textContent ?? '').replace(/\s+/g, '')) < 0) missing++;
        return { parts: parts.length, text, broken, missing };
      },
      { bundle: BUNDLE, include: (want.include ?? []).join(', ') },
    );
    await page.close();
    expect(r.broken).toBe(true);
    expect(r.missing).toBe(0);
    expect(r.parts).toBe(expected.parts);
    expect(r.text).toBe(expected.text);
  });
});

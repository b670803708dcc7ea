// The page annotator in real Chromium with a stub extractor (tests/e2e/harness), so painting, dynamic
// pages and hostile pages are checked whatever the real extraction finds today.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './chromium';
import { buildHarness, pageScript } from './harness/build';
import { stubExtract } from './harness/stub-extract';
import { htmlBeforeAndAfter, initScript, readPainted, tracesOf, waitForPass } from './page-helpers';
import { chromiumPath, ROOT, SHOTS } from './paths';
import { startServer, type FixtureServer } from './server';

let server: FixtureServer;
let s: ChromiumSession;
let harness: string;
let probe: string;
const problems: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer({
    own: join(ROOT, 'tests', 'fixtures', 'pages'),
    page: join(ROOT, 'tests', 'fixtures', 'page'),
  });
  [harness, probe] = await Promise.all([buildHarness('chrome'), pageScript('probe')]);
  s = await launchChromium({ extension: harness });
  await s.context.addInitScript(initScript);
  s.context.on('page', (p) =>
    p.on('console', (m) => {
      if (m.type() === 'error' && /newsmark/i.test(m.text())) problems.push(m.text());
    }),
  );
});
afterAll(async () => {
  await s?.close();
  await server?.close();
  if (harness) rmSync(harness, { recursive: true, force: true });
});

async function open(mount: string, file: string, width = 1100): Promise<Page> {
  const page = await s.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(server.url(mount, file));
  await waitForPass(page, (d) => d.entities > 0);
  return page;
}

describe('painting in Chromium (stub extraction)', () => {
  const pages: [string, string, string][] = [
    ['own', 'news-zh.html', 'light'],
    ['own', 'news-en.html', 'light'],
    ['page', 'dark-zh.html', 'dark'],
    ['page', 'dark-en.html', 'dark'],
  ];
  for (const [mount, file, tone] of pages) {
    it(`paints every kind on ${file} (${tone}) with exact boundaries and leaves the DOM as it was`, async () => {
      const page = await open(mount, file);
      const text = (await page.evaluate(`${probe}; globalThis.__newsmarkProbe()`)) as string;
      const want = stubExtract(text);
      const painted = await readPainted(page);
      for (const kind of ['figure', 'quote', 'company'] as const) {
        expect(painted[kind].length, kind).toBeGreaterThan(0);
        expect(painted[kind], kind).toEqual(want.filter((e) => e.kind === kind).map((e) => e.text));
      }
      const { before, after } = await htmlBeforeAndAfter(page);
      expect(after).toBe(before);
      await page.screenshot({ path: join(SHOTS, `page-${file.replace('.html', '')}.png`) });
      await page.close();
    });
  }

  it('paints nothing in the navigation, sidebar, comments or footer', async () => {
    const page = await open('own', 'news-zh.html');
    const leaks = await page.evaluate(() => {
      const out: string[] = [];
      for (const [name, h] of CSS.highlights)
        for (const r of h as Highlight)
          if ((r as Range).startContainer.parentElement?.closest('nav, aside, footer, header.site, .comments'))
            out.push(`${name}: ${r.toString()}`);
      return out;
    });
    expect(leaks).toEqual([]);
    await page.close();
  });

  it('annotates a paragraph added later and a new article after SPA navigation within a second', async () => {
    const page = await open('page', 'dynamic.html');
    expect((await readPainted(page)).figure).toEqual(['12 percent']);
    await page.evaluate(() =>
      (window as unknown as { appendParagraph(t: string): void }).appendParagraph(
        'Its shares rose 3.5 percent to $41.20 after the news.',
      ),
    );
    const t0 = Date.now();
    await expect
      .poll(async () => (await readPainted(page)).figure, { timeout: 3000, interval: 50 })
      .toEqual(['12 percent', '3.5 percent']);
    expect(Date.now() - t0).toBeLessThan(1500);
    await page.evaluate(() =>
      (window as unknown as { navigateTo(a: string, b: string): void }).navigateTo(
        'Northwind Foods',
        'Northwind Foods sold its snacks unit for $640 million.',
      ),
    );
    await expect
      .poll(async () => (await readPainted(page)).figure, { timeout: 3000, interval: 50 })
      .toEqual(['$640 million']);
    expect((await readPainted(page)).company).toEqual(['Northwind Foods', 'Northwind Foods']);
    await page.close();
  });

  it('paints a page that an anti-flicker style keeps hidden for a while, once it shows', async () => {
    const page = await s.context.newPage();
    await page.goto(server.url('page', 'anti-flicker.html'));
    // newsmark runs while the body is still hidden (nothing of the article is visible yet) and must look again
    await waitForPass(page, (d) => d.entities > 0, 8000);
    expect(await page.evaluate(() => document.getElementById('flicker-control'))).toBeNull();
    expect((await readPainted(page)).figure).toEqual(['12 percent', '3.5 percent', '20 percent']);
    await page.close();
  });
});

describe('hostile pages in Chromium (stub extraction)', () => {
  it('still paints on a page that redefines Array, Node, MutationObserver, CSS and Highlight', async () => {
    const page = await open('page', 'bad-prototypes.html');
    const painted = await readPainted(page);
    expect(painted.figure).toEqual(['$1.8 billion', '31 percent']);
    expect(painted.quote).toEqual(['This is a fair price for a great business,']);
    await page.close();
  });

  it('keeps up with a page whose text changes every 10 ms, without hanging it or piling up work', async () => {
    const page = await open('page', 'bad-mutating.html');
    await page.evaluate(() => {
      const w = window as unknown as { __passes: number };
      w.__passes = 0;
      new PerformanceObserver((list) => (w.__passes += list.getEntriesByName('newsmark-pass').length)).observe({
        type: 'mark',
      });
    });
    // The page stays responsive: a round trip into it is quick while newsmark keeps re-annotating.
    for (let i = 0; i < 6; i++) {
      const t0 = Date.now();
      await page.evaluate(() => 1);
      expect(Date.now() - t0).toBeLessThan(500);
      await page.waitForTimeout(500);
    }
    // Debounced with a maximum wait: about one pass a second, not one per mutation (300 of them here).
    const passes = await page.evaluate(() => (window as unknown as { __passes: number }).__passes);
    expect(passes).toBeGreaterThanOrEqual(2);
    expect(passes).toBeLessThanOrEqual(6);
    const painted = await readPainted(page);
    // The ticker's text node is replaced every 10 ms, so its (live) range may be collapsed at any instant;
    // what must hold is that stale ranges do not pile up and the stable paragraph keeps its highlight.
    expect(painted.figure.length).toBeLessThanOrEqual(1);
    expect(painted.quote).toEqual(['We see no slowdown in lending,']);
    expect(painted.company).toEqual(['Kestrel Bank', 'Kestrel Bank']);
    await page.close();
  });

  it('handles 50,000 nodes, deep nesting, a frame and a shadow root without hanging, painting only the article', async () => {
    const page = await s.context.newPage();
    await page.goto(server.url('page', 'bad-huge.html'));
    const nodes = await page.evaluate(
      () => document.getElementsByTagName('*').length + document.querySelectorAll('p').length,
    );
    expect(nodes).toBeGreaterThan(23000);
    await waitForPass(page, (d) => d.entities > 0, 30000);
    const t0 = Date.now();
    await page.evaluate(() => 1);
    expect(Date.now() - t0).toBeLessThan(1000);
    const painted = await readPainted(page);
    expect(painted.figure.length).toBeGreaterThan(20000);
    expect(painted.figure).toContain('7777 percent'); // at the bottom of 1,500 levels
    expect(painted.figure).not.toContain('9999 percent'); // in the iframe
    expect(painted.figure).not.toContain('5555 percent'); // in a shadow root: not article text newsmark maps
    await page.close();
  });

  it('logged no newsmark error in any page', () => {
    expect(problems).toEqual([]);
  });
});

describe('hit testing and scrolling in real Chromium (main world, no extension)', () => {
  let browser: Browser;
  let main: string;
  beforeAll(async () => {
    main = await pageScript('main-world');
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      headless: true,
      args: ['--no-sandbox', '--disable-gpu'],
    });
  });
  afterAll(() => browser?.close());

  async function annotated(withHitApi: boolean): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1000, height: 500 } });
    await page.goto(server.url('page', 'dark-en.html'));
    await page.evaluate(main);
    if (!withHitApi)
      await page.evaluate(() => Object.defineProperty(CSS.highlights, 'highlightsFromPoint', { value: undefined }));
    await page.evaluate(async () => {
      const w = window as unknown as { __nm: { start(): Promise<unknown> }; __a: unknown };
      w.__a = await w.__nm.start();
    });
    return page;
  }

  for (const withHitApi of [true, false]) {
    it(`finds the innermost entity under a point ${withHitApi ? 'with highlightsFromPoint' : 'from the caret position'}`, async () => {
      const page = await annotated(withHitApi);
      const hits = await page.evaluate(() => {
        type A = {
          entities(): { id: number; kind: string; text: string; range: Range }[];
          entityAt(x: number, y: number): { text: string; kind: string } | undefined;
        };
        const a = (window as unknown as { __a: A }).__a;
        const at = (text: string, kind: string) => {
          const e = a.entities().find((x) => x.text === text && x.kind === kind)!;
          const r = e.range.getClientRects()[0];
          return a.entityAt(r.left + r.width / 2, r.top + r.height / 2);
        };
        const quote = a.entities().find((x) => x.kind === 'quote')!;
        const qr = quote.range.getClientRects()[0];
        const h1 = document.querySelector('h1')!.firstChild as Text;
        const tail = document.createRange();
        tail.setStart(h1, h1.length - 3);
        tail.setEnd(h1, h1.length - 1);
        const t = tail.getBoundingClientRect();
        return {
          figure: at('$2.31 billion', 'figure'),
          inQuote: a.entityAt(qr.left + 20, qr.top + qr.height / 2),
          figureInQuote: at('4 percent', 'figure'),
          company: at('Northwind Foods', 'company'),
          none: a.entityAt(t.left + t.width / 2, t.top + t.height / 2),
        };
      });
      expect(hits.figure).toMatchObject({ kind: 'figure', text: '$2.31 billion' });
      expect(hits.inQuote).toMatchObject({ kind: 'quote' });
      expect(hits.figureInQuote).toMatchObject({ kind: 'figure', text: '4 percent' });
      expect(hits.company).toMatchObject({ kind: 'company', text: 'Northwind Foods' });
      expect(hits.none).toBeUndefined();
      await page.close();
    });
  }

  it('paints watched companies on newsmark-watch as well as newsmark-company', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 560 } });
    await page.goto(server.url('own', 'news-en.html'));
    await page.evaluate(main);
    await page.evaluate(() => (window as unknown as { __nm: { start(): Promise<unknown> } }).__nm.start());
    const painted = await readPainted(page);
    expect(painted.watch).toEqual(['Alder Partners', 'Alder Partners']);
    expect(painted.company).toContain('Alder Partners');
    expect(painted.company).toContain('Corlan Securities');
    await page.screenshot({ path: join(SHOTS, 'page-watch-en.png') });
    await page.close();
  });

  it('scrolls an entity to the middle of the viewport and flashes it', async () => {
    const page = await annotated(true);
    await page.evaluate(() => (document.body.style.paddingBottom = '2000px'));
    const r = await page.evaluate(async () => {
      type A = { entities(): { id: number; text: string; range: Range }[]; scrollTo(id: number): boolean };
      const a = (window as unknown as { __a: A }).__a;
      const last = a.entities()[a.entities().length - 1];
      const ok = a.scrollTo(last.id);
      await new Promise((res) => setTimeout(res, 800));
      const rect = last.range.getBoundingClientRect();
      return {
        ok,
        mid: rect.top + rect.height / 2,
        flash: [...(CSS.highlights.get('newsmark-flash') ?? [])].map(String),
        missing: a.scrollTo(9999),
      };
    });
    expect(r.ok).toBe(true);
    expect(Math.abs(r.mid - 250)).toBeLessThan(120);
    expect(r.flash.length).toBe(1);
    expect(r.missing).toBe(false);
    await page.close();
  });
});

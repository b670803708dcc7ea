// The in-page card and legend panel in real Chromium: newsmark's real UI code, mounted on fixture pages
// by a test-only harness over a small controller (tests/e2e/ui-harness), driven with real mouse and keys.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumPath, ROOT, SHOTS } from './paths';
import { startServer, type FixtureServer } from './server';

type Spec = { kind: 'figure' | 'quote' | 'company'; text: string; nth?: number; [k: string]: unknown };

const ZH: Spec[] = [
  { kind: 'figure', text: '10月27日', value: { date: '--10-27' } },
  { kind: 'company', text: '星澜电池股份有限公司', ticker: '300999.SZ' },
  { kind: 'company', text: '星澜电池', nth: 1, ticker: '300999.SZ' },
  { kind: 'figure', text: '2026年前三季度', value: { date: '2026-01/2026-09' } },
  { kind: 'figure', text: '86.35亿元', value: { number: 8635000000, unit: 'CNY' } },
  { kind: 'figure', text: '23.4%', value: { number: 0.234, unit: '%' } },
  { kind: 'figure', text: '7.12亿元', value: { number: 712000000, unit: 'CNY' } },
  { kind: 'figure', text: '2.6个百分点', value: { number: 2.6, unit: 'pp' } },
  { kind: 'quote', text: '储能订单已经排到明年二季度，产线的利用率超过九成。', speaker: '周启明' },
  { kind: 'company', text: '星澜电池', nth: 3 },
  { kind: 'figure', text: '2027年上半年', value: { date: '2027-H1' } },
  { kind: 'figure', text: '12亿元', value: { number: 1200000000, unit: 'CNY' } },
  { kind: 'quote', text: '我们不会用更低的价格去换份额，', speaker: '周启明' },
  { kind: 'quote', text: '而是靠交付和质量。', speaker: '周启明' },
  { kind: 'company', text: '星澜电池', nth: 4 },
  { kind: 'company', text: '宁德时代', watched: true },
  { kind: 'company', text: '比亚迪' },
  { kind: 'figure', text: '三成', value: { number: 0.3, unit: '%' } },
];

const EN: Spec[] = [
  { kind: 'company', text: 'Northwind Rail Corp.', ticker: 'NYSE: NWR' },
  { kind: 'figure', text: 'third-quarter', value: { date: '2026-Q3' } },
  { kind: 'figure', text: '8.5%', value: { number: 0.085, unit: '%' } },
  { kind: 'figure', text: '$3.2 billion', value: { number: 3.2e9, unit: 'USD' } },
  { kind: 'figure', text: '40 basis points', value: { number: 40, unit: 'bp' } },
  {
    kind: 'quote',
    text: 'We are carrying more containers than at any time since 2022, and we are doing it with fewer crews,',
    speaker: 'Dana Whitfield',
  },
  { kind: 'figure', text: '2022', value: { date: '2022' } },
  { kind: 'figure', text: '$1.1\n        billion to $1.3 billion', value: { low: 1.1e9, high: 1.3e9, unit: 'USD' } },
  { kind: 'company', text: 'Northwind', nth: 2 },
  { kind: 'figure', text: '4%', value: { number: 0.04, unit: '%' } },
  { kind: 'company', text: 'Atlas Freight Lines' },
  { kind: 'company', text: 'Harbor Capital' },
  { kind: 'quote', text: 'is about execution, not demand.', speaker: 'Harbor Capital' },
];

let server: FixtureServer;
let browser: Browser;
let bundleDir: string;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  bundleDir = mkdtempSync(join(tmpdir(), 'newsmark-ui-harness-'));
  await build({
    entryPoints: [join(ROOT, 'tests', 'e2e', 'ui-harness', 'harness.ts')],
    bundle: true,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    alias: { 'webextension-polyfill': join(ROOT, 'tests', 'e2e', 'ui-harness', 'fake-browser.ts') },
    outfile: join(bundleDir, 'harness.js'),
    logLevel: 'warning',
  });
  server = await startServer({
    own: join(ROOT, 'tests', 'fixtures', 'pages'),
    ui: join(ROOT, 'tests', 'fixtures', 'ui'),
    harness: bundleDir,
  });
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(bundleDir, { recursive: true, force: true });
});

async function open(mount: string, file: string, entities: Spec[], lang: 'en' | 'zh_CN'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 720 }, locale: lang.replace('_', '-') });
  await page.goto(`${server.url(mount, file)}?lang=${lang}`);
  await page.evaluate((list) => {
    (window as unknown as { nm: unknown }).nm = { entities: list, added: [], calls: [] };
  }, entities);
  await page.addScriptTag({ url: server.url('harness', 'harness.js') });
  await page.evaluate(() => window.nm.mount());
  await page.waitForFunction(() => !!window.nm.root?.querySelector('[data-testid=panel-pill]'));
  return page;
}

/** Text of an element in newsmark's shadow root (null when absent). */
const text = (page: Page, sel: string) =>
  page.evaluate((s) => window.nm.root?.querySelector(s)?.textContent ?? null, sel);
/** Centre of an element in newsmark's shadow root, for real mouse clicks. */
const centre = (page: Page, sel: string) =>
  page.evaluate((s) => {
    const r = window.nm.root!.querySelector(s)!.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, sel);
const clickIn = async (page: Page, sel: string) => {
  const { x, y } = await centre(page, sel);
  await page.mouse.click(x, y);
};
const hover = async (page: Page, id: number) => {
  const r = await page.evaluate((i) => window.nm.rectOf(i), id);
  await page.mouse.move(r.x + 2, r.y + r.height / 2);
  await page.mouse.move(r.x + Math.min(r.width / 2, 30), r.y + r.height / 2, { steps: 3 });
  return r;
};
const activeTestId = (page: Page) =>
  page.evaluate(() => {
    const a = window.nm.root?.activeElement as HTMLElement | null;
    return a ? (a.dataset.testid ?? a.className) : null;
  });

describe('card and panel on a light Chinese page', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open('own', 'news-zh.html', ZH, 'zh_CN');
  });
  afterAll(() => page?.close());

  it('puts exactly one host element in the page, with a closed shadow root', async () => {
    expect(await page.evaluate(() => document.querySelectorAll('newsmark-ui').length)).toBe(1);
    expect(await page.evaluate(() => document.querySelector('newsmark-ui')!.shadowRoot)).toBeNull();
    expect(await text(page, '[data-testid=panel-pill]')).toContain('9');
  });

  it('opens a card after hovering a figure, next to it, with the value in yuan', async () => {
    await clickIn(page, '[data-testid=panel-pill]');
    await clickIn(page, '[data-testid=panel-open-quote]');
    const span = await hover(page, 4);
    await page.waitForFunction(() => !!window.nm.root?.querySelector('[data-testid=card]'), null, { timeout: 5000 });
    expect(await text(page, '.nm-chip')).toBe('数字');
    expect(await text(page, '[data-testid=card-value]')).toBe('¥8,635,000,000');
    const card = await page.evaluate(() => {
      const el = window.nm.root!.querySelector<HTMLElement>('[data-testid=card]')!;
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, theme: el.parentElement!.dataset.theme, visible: el.style.visibility };
    });
    expect(card.visible).toBe('visible');
    expect(card.theme).toBe('light');
    expect(card.top).toBeGreaterThanOrEqual(span.y + span.height);
    expect(card.top - (span.y + span.height)).toBeLessThan(20);
    expect(Math.abs(card.left - span.x)).toBeLessThan(2);
    await page.waitForTimeout(250); // the card fades in
    await page.screenshot({ path: join(SHOTS, 'ui-card-panel-light.png') });
  });

  it('closes the hover card when the pointer leaves', async () => {
    await page.mouse.move(1000, 80, { steps: 2 });
    await page.waitForFunction(() => !window.nm.root?.querySelector('[data-testid=card]'), null, { timeout: 5000 });
  });

  it('pins a card on click; Add note hands the passage over', async () => {
    const r = await page.evaluate(() => window.nm.rectOf(8));
    await page.mouse.click(r.x + 20, r.y + r.height / 2);
    await page.waitForFunction(() => !!window.nm.root?.querySelector('[data-testid=card-speaker]'));
    expect(await text(page, '[data-testid=card-speaker]')).toBe('周启明');
    await clickIn(page, '[data-testid=card-add-note]');
    expect(await page.evaluate(() => window.nm.added)).toEqual(['储能订单已经排到明年二季度，产线的利用率超过九成。']);
    expect(await text(page, '[data-testid=card]')).toBeNull();
  });

  it('toggles a kind: the controller hides its highlights and the switch says so', async () => {
    await clickIn(page, '[data-testid=panel-toggle-company]');
    expect(await page.evaluate(() => window.nm.calls)).toContain('setKindVisible company false');
    expect(await page.evaluate(() => CSS.highlights.get('newsmark-company')!.size)).toBe(0);
    // Preact renders the new state on its next tick: wait for it rather than read at once.
    await expect
      .poll(() =>
        page.evaluate(() =>
          window.nm.root!.querySelector('[data-testid=panel-toggle-company]')!.getAttribute('aria-pressed'),
        ),
      )
      .toBe('false');
    await clickIn(page, '[data-testid=panel-toggle-company]');
    expect(await page.evaluate(() => CSS.highlights.get('newsmark-company')!.size)).toBe(6);
  });

  it('works from the keyboard: a list entry opens its card with focus, Escape returns', async () => {
    await page.evaluate(() => window.nm.root!.querySelector<HTMLElement>('[data-testid=panel-open-company]')!.focus());
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !!window.nm.root?.querySelector('[data-testid=panel-list-company]'));
    await page.keyboard.press('Tab'); // the companies' visibility switch
    expect(await activeTestId(page)).toBe('panel-toggle-company');
    await page.keyboard.press('Tab'); // the first company
    expect(await activeTestId(page)).toBe('nm-item');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.nm.root?.activeElement?.getAttribute('data-testid') === 'card');
    // Watched companies come first.
    expect(await text(page, '[data-testid=card-text]')).toBe('宁德时代');
    expect(await text(page, '.nm-badge')).toContain('在你的关注列表中');
    expect(await page.evaluate(() => window.nm.calls)).toContain('scrollTo 15');
    await page.keyboard.press('Tab');
    expect(await activeTestId(page)).toBe('nm-x');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !window.nm.root?.querySelector('[data-testid=card]'));
    expect(await activeTestId(page)).toBe('nm-item');
  });

  it('collapses back to the small bar', async () => {
    await clickIn(page, '[data-testid=panel-collapse]');
    expect(await text(page, '[data-testid=panel]')).toBeNull();
    await page.screenshot({ path: join(SHOTS, 'ui-pill-light.png') });
  });
});

describe('card and panel on a dark English page', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open('ui', 'dark-en.html', EN, 'en');
  });
  afterAll(() => page?.close());

  it('matches the dark page and shows the speaker of a quote', async () => {
    await clickIn(page, '[data-testid=panel-pill]');
    await clickIn(page, '[data-testid=panel-open-company]');
    await hover(page, 5);
    await page.waitForFunction(() => !!window.nm.root?.querySelector('[data-testid=card]'), null, { timeout: 5000 });
    expect(await text(page, '[data-testid=card-speaker]')).toBe('Dana Whitfield');
    const themes = await page.evaluate(() =>
      [...window.nm.root!.querySelectorAll<HTMLElement>('.nm-root')].map((r) => r.dataset.theme),
    );
    expect(themes).toEqual(['dark', 'dark']);
    await page.waitForTimeout(250); // the card fades in
    await page.screenshot({ path: join(SHOTS, 'ui-card-panel-dark.png') });
  });

  it('shows money ranges and basis points in English; moving onto the panel closes a hover card', async () => {
    await page.mouse.move(1000, 600, { steps: 3 });
    await page.waitForFunction(() => !window.nm.root?.querySelector('[data-testid=card]'), null, { timeout: 5000 });
    await hover(page, 4);
    await page.waitForFunction(() => !!window.nm.root?.querySelector('[data-testid=card-value]'), null, {
      timeout: 5000,
    });
    expect(await text(page, '[data-testid=card-value]')).toBe('40 bp');
    await page.mouse.move(600, 700, { steps: 3 });
    await page.waitForFunction(() => !window.nm.root?.querySelector('[data-testid=card]'), null, { timeout: 5000 });
    await hover(page, 7);
    await page.waitForFunction(() => !!window.nm.root?.querySelector('[data-testid=card-value]'), null, {
      timeout: 5000,
    });
    expect(await text(page, '[data-testid=card-value]')).toBe('$1,100,000,000–$1,300,000,000');
  });
});

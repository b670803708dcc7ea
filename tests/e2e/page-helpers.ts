// Helpers shared by the page e2e tests (Playwright pages in Chromium, Puppeteer pages in Firefox).
import { expect } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';

/** The part of a Playwright or Puppeteer page these helpers use. */
export interface Evaluator {
  // Loose on purpose: Playwright's and Puppeteer's signatures differ in their generics.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  evaluate(fn: (arg: any) => unknown, arg?: unknown): Promise<any>;
}

/** Highlighted texts per highlight name, in document order. */
export type Painted = Record<'figure' | 'quote' | 'company' | 'watch', string[]>;

/**
 * Runs in the page before its own scripts: keeps the real highlight registry (a bad page may replace
 * `window.CSS`) and the page's HTML as it was at DOMContentLoaded, before newsmark ran.
 */
export function initScript(): void {
  const w = window as unknown as { __nmRegistry?: HighlightRegistry; __nmBefore?: string };
  w.__nmRegistry = CSS.highlights;
  document.addEventListener('DOMContentLoaded', () => (w.__nmBefore = document.documentElement.outerHTML), {
    once: true,
  });
}

/** Reads newsmark's highlights from the page's main world (DESIGN.md contract 2). */
export function readPainted(page: Evaluator): Promise<Painted> {
  return page.evaluate(() => {
    const reg = (window as unknown as { __nmRegistry?: HighlightRegistry }).__nmRegistry ?? CSS.highlights;
    const out: Record<string, string[]> = {};
    for (const kind of ['figure', 'quote', 'company', 'watch']) {
      // Plain loops: a hostile test page breaks Array.prototype.map and friends in this world.
      const ranges: Range[] = [];
      for (const r of reg.get(`newsmark-${kind}`) ?? []) ranges.push(r as Range);
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const texts: string[] = [];
      for (const r of ranges) texts.push(r.toString());
      out[kind] = texts;
    }
    return out as Painted;
  }, undefined);
}

/** Waits for newsmark's `newsmark-pass` mark (set after every pass); returns its detail. */
export async function waitForPass(
  page: Evaluator,
  until: (d: { article: boolean; entities: number }) => boolean = () => true,
  timeoutMs = 15000,
): Promise<{ article: boolean; entities: number }> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const detail = await page.evaluate(() => {
      const m = performance.getEntriesByName('newsmark-pass').pop() as PerformanceMark | undefined;
      return (m?.detail as { article: boolean; entities: number } | undefined) ?? null;
    }, undefined);
    if (detail && until(detail)) return detail;
    if (Date.now() > end)
      throw new Error(`no newsmark pass matched within ${timeoutMs} ms (last: ${JSON.stringify(detail)})`);
    await sleep(100);
  }
}

/** The page's HTML now and at DOMContentLoaded, with newsmark's own host elements taken out of both. */
export function htmlBeforeAndAfter(page: Evaluator): Promise<{ before: string; after: string; hosts: number }> {
  return page.evaluate(() => {
    const strip = (html: string) => html.replace(/<newsmark-[\s\S]*?<\/newsmark-[a-z-]+>/g, '');
    const after = document.documentElement.outerHTML;
    return {
      before: strip((window as unknown as { __nmBefore: string }).__nmBefore),
      after: strip(after),
      hosts: [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('newsmark-')).length,
    };
  }, undefined);
}

/** Counts of newsmark's traces in the page: highlight entries, host elements, highlight style sheets, marks. */
export function tracesOf(
  page: Evaluator,
): Promise<{ highlights: number; hosts: number; sheets: number; marks: number }> {
  return page.evaluate(() => {
    const reg = (window as unknown as { __nmRegistry?: HighlightRegistry }).__nmRegistry ?? CSS.highlights;
    let highlights = 0;
    for (const [name, h] of reg) if (name.startsWith('newsmark-')) highlights += h.size;
    let hosts = 0;
    for (const e of document.querySelectorAll('*')) if (e.localName.startsWith('newsmark-')) hosts++;
    return {
      highlights,
      hosts,
      // newsmark's highlight sheet (the notes layer keeps a sheet of its own for newsmark-note).
      sheets: [...document.adoptedStyleSheets].filter((sh) =>
        [...sh.cssRules].some((r) => r.cssText.includes('newsmark-figure')),
      ).length,
      marks: document.querySelectorAll('mark[data-newsmark-kind]').length,
    };
  }, undefined);
}

/** Waits for newsmark on tests/fixtures/page/strict-csp.html and checks it painted every kind there. */
export async function expectStrictCspPainted(page: Evaluator): Promise<void> {
  await waitForPass(page, (d) => d.entities > 0);
  const painted = await readPainted(page);
  expect(painted.figure).toContain('$640 million');
  expect(painted.quote[0]).toMatch(/^We are selling a good business/);
  expect(painted.company).toContain('Tidewater Holdings');
}

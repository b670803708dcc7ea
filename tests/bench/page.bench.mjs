#!/usr/bin/env node
// Page annotator benchmark in real Chromium (playwright-core), with the built extension (.output/chrome-mv3):
//   1. the content script's size, gzipped (and how much of it is extraction);
//   2. DOMContentLoaded → painted highlights on the seed, dev and own fixture pages (median of 3 loads);
//   3. a generated 2 MB article page: the longest main-thread slice of newsmark's own work (the content
//      script records each slice as a performance measure when the URL has #newsmark-trace), against the
//      page's own long tasks (parsing, style, layout), which do not count;
//   4. newsmark's painting (ranges + Highlight registration) against mark.js marking the same strings on
//      the same element of the same page.
// Figures are printed; nothing passes or fails. `npm run bench -- page`.
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { generateBigPage } from './page-gen.mjs';
import { endTrace, sliceCosts, startTrace } from './page-trace.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXT = join(ROOT, '.output', 'chrome-mv3');
const SHARED = resolve(ROOT, '..', 'shared', 'fixtures');
const OUT = join(ROOT, 'tests', 'bench', 'out');
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(1)} ms`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (!existsSync(join(EXT, 'manifest.json'))) {
  console.log('page bench: no build at .output/chrome-mv3 — run `npx wxt build` first');
  process.exit(1);
}
if (!existsSync(CHROME)) {
  console.log(`page bench: no Chromium at ${CHROME} (apt-get install chromium, or set CHROME_PATH)`);
  process.exit(1);
}

// ---------------------------------------------------------------- 1. size
// The content script is injected into every page; it imports the engine (extract.js) only on article pages.
const content = readFileSync(join(EXT, 'content-scripts', 'content.js'));
const engine = readFileSync(join(EXT, 'extract.js'));
console.log(`content script: ${kb(content.length)} raw, ${kb(gzipSync(content).length)} gzipped (target ≤ 70 KB)`);
console.log(
  `engine module (extract.js, article pages only): ${kb(engine.length)} raw, ${kb(gzipSync(engine).length)} gzipped (target ≤ 50 KB)`,
);
console.log('  (zlib -9; `npm run bench -- size` measures with gzip -9 and breaks the rest down per module)');

// ---------------------------------------------------------------- pages and server
mkdirSync(OUT, { recursive: true });
const big = generateBigPage(2 * 1024 * 1024);
writeFileSync(join(OUT, 'big-article.html'), big);
const mounts = {
  own: join(ROOT, 'tests', 'fixtures', 'pages'),
  page: join(ROOT, 'tests', 'fixtures', 'page'),
  out: OUT,
};
for (const set of ['seed', 'dev']) if (existsSync(join(SHARED, set, 'pages'))) mounts[set] = join(SHARED, set, 'pages');
if (!mounts.seed) console.log('(../shared is absent: seed and dev pages are skipped)');
const server = createServer((req, res) => {
  const [, mount, ...rest] = decodeURIComponent(new URL(req.url, 'http://x').pathname).split('/');
  const file = mounts[mount] ? join(mounts[mount], ...rest) : '';
  if (!file || !file.startsWith(mounts[mount]) || !existsSync(file)) return void res.writeHead(404).end();
  res.writeHead(200, {
    'content-type': extname(file) === '.html' ? 'text/html; charset=utf-8' : 'application/octet-stream',
  });
  res.end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

// Records, from the main world, the first newsmark pass that painted something, and the page's long tasks.
function probe() {
  window.__bench = { firstPaint: null, longTasks: [] };
  new PerformanceObserver((list) => {
    for (const m of list.getEntriesByName('newsmark-pass'))
      if (!window.__bench.firstPaint && m.detail?.entities > 0) window.__bench.firstPaint = m.startTime;
  }).observe({ type: 'mark', buffered: true });
  new PerformanceObserver((list) => {
    for (const t of list.getEntries()) window.__bench.longTasks.push(t.duration);
  }).observe({ type: 'longtask', buffered: true });
}

const profile = mkdtempSync(join(tmpdir(), 'newsmark-bench-'));
const withExt = await chromium.launchPersistentContext(profile, {
  executablePath: CHROME,
  headless: true,
  viewport: { width: 1200, height: 900 },
  args: [
    `--disable-extensions-except=${EXT}`,
    `--load-extension=${EXT}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
  ],
});
// Only the fixture server and the extension's own files (the engine module, extract.js) may load.
await withExt.route('**/*', (r) =>
  /^chrome-extension:/.test(r.request().url()) || r.request().url().startsWith(origin) ? r.continue() : r.abort(),
);
await withExt.addInitScript(probe);
const plain = await chromium.launch({
  executablePath: CHROME,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});

async function load(url, timeout = 60000) {
  const page = await withExt.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout });
  await page.waitForFunction(() => window.__bench.firstPaint !== null, null, { timeout, polling: 20 });
  const r = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const measures = (name) => performance.getEntriesByName(name).map((m) => m.duration);
    return {
      dclToPaint: window.__bench.firstPaint - nav.domContentLoadedEventStart,
      slices: measures('newsmark-slice'),
      paint: measures('newsmark-paint'),
      longTasks: window.__bench.longTasks,
    };
  });
  return { page, ...r };
}

// ---------------------------------------------------------------- 2. DOMContentLoaded → painted
console.log('\nDOMContentLoaded → first painted highlights (median of 3 loads):');
const pages = [];
for (const set of ['seed', 'dev'])
  if (mounts[set])
    for (const f of readdirSync(mounts[set])
      .filter((f) => f.endsWith('.html'))
      .sort())
      pages.push([set, f]);
pages.push(['own', 'news-zh.html'], ['own', 'news-en.html']);
const firsts = [];
for (const [set, f] of pages) {
  const times = [];
  for (let i = 0; i < 3; i++) {
    try {
      const r = await load(`${origin}/${set}/${f}`, 15000);
      times.push(r.dclToPaint);
      await r.page.close();
    } catch {
      times.push(NaN);
    }
  }
  const m = median(times);
  if (Number.isFinite(m)) firsts.push(m);
  console.log(`  ${`${set}/${f}`.padEnd(28)} ${Number.isFinite(m) ? ms(m) : 'no highlight (no article found?)'}`);
}
if (firsts.length) console.log(`  median over pages: ${ms(median(firsts))}`);

// ---------------------------------------------------------------- 3 + 4. the 2 MB page, and mark.js
async function markJsTime(url, selector, strings, capMs) {
  const page = await plain.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.addScriptTag({ path: join(ROOT, 'node_modules', 'mark.js', 'dist', 'mark.min.js') });
  const run = page.evaluate(
    ({ selector, strings }) =>
      new Promise((done) => {
        const t0 = performance.now();
        new window.Mark(document.querySelector(selector)).mark(strings, {
          separateWordSearch: false,
          acrossElements: true,
          diacritics: false,
          done: (n) => done({ ms: performance.now() - t0, marks: n }),
        });
      }),
    { selector, strings },
  );
  const capped = await Promise.race([run, new Promise((r) => setTimeout(() => r(null), capMs))]);
  await page.close().catch(() => undefined);
  return capped;
}

// The element holding every highlight (so mark.js searches the same part of the page as newsmark).
function highlightRoot() {
  let root = null;
  for (const name of ['newsmark-figure', 'newsmark-quote', 'newsmark-company'])
    for (const r of CSS.highlights.get(name) ?? []) {
      const el =
        r.commonAncestorContainer.nodeType === 1 ? r.commonAncestorContainer : r.commonAncestorContainer.parentElement;
      if (!root) root = el;
      while (root && !root.contains(el)) root = root.parentElement;
    }
  const path = [];
  for (let e = root; e && e !== document.documentElement; e = e.parentElement) {
    const i = [...e.parentElement.children].indexOf(e) + 1;
    path.unshift(`${e.localName}:nth-child(${i})`);
  }
  const strings = new Set();
  for (const name of ['newsmark-figure', 'newsmark-quote', 'newsmark-company'])
    for (const r of CSS.highlights.get(name) ?? []) strings.add(r.toString());
  return {
    selector: `html > ${path.join(' > ')}`,
    strings: [...strings],
    count: [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0),
  };
}

console.log('\nGenerated 2 MB article page (tests/bench/out/big-article.html):');
const bigPage = await withExt.newPage();
const cdp = await startTrace(withExt, bigPage);
await bigPage.goto(`${origin}/out/big-article.html#newsmark-trace`, { waitUntil: 'domcontentloaded', timeout: 120000 });
await bigPage.waitForFunction(() => window.__bench.firstPaint !== null, null, { timeout: 120000, polling: 50 });
// Wait until the pass is over: no new slice for 1.5 s.
for (let last = -1, n = 0; n !== last;) {
  last = n;
  await bigPage.waitForTimeout(1500);
  n = await bigPage.evaluate(() => performance.getEntriesByName('newsmark-slice').length);
}
const events = await endTrace(cdp);
const costs = sliceCosts(events, 'newsmark-slice');
const after = await bigPage.evaluate(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  return {
    dclToPaint: window.__bench.firstPaint - nav.domContentLoadedEventStart,
    slices: performance.getEntriesByName('newsmark-slice').map((m) => ({ wall: m.duration, detail: m.detail })),
    longTasks: window.__bench.longTasks,
    chars: document.body.textContent.length,
  };
});
const byWall = [...after.slices].sort((a, b) => b.wall - a.wall);
const byCpu = costs.filter((c) => Number.isFinite(c.cpu)).sort((a, b) => b.cpu - a.cpu);
const total = after.slices.reduce((a, b) => a + b.wall, 0);
const show = (xs, key) =>
  xs
    .slice(0, 5)
    .map((x) => `${x[key].toFixed(0)} (${x.detail})`)
    .join(', ');
console.log(`  ${kb(Buffer.byteLength(big))} of HTML, ${after.chars.toLocaleString()} characters of text`);
console.log(`  newsmark's own work: ${after.slices.length} slices, ${ms(total)} wall-clock in total`);
console.log(
  `  longest slices, wall-clock (ms, phases): ${show(byWall, 'wall')}; over 50 ms: ${byWall.filter((x) => x.wall > 50).length}`,
);
if (byCpu.length)
  console.log(
    `  longest slices, CPU time of their task (ms): ${show(byCpu, 'cpu')}; over 50 ms: ${byCpu.filter((x) => x.cpu > 50).length} (target: none)`,
  );
else console.log('  (no CPU times: the trace had no thread times for these tasks)');
console.log(
  `  the page's own long tasks (parsing, style, layout; not counted): longest ${ms(Math.max(0, ...after.longTasks))}`,
);
console.log(`  DOMContentLoaded → first highlights: ${ms(after.dclToPaint)}`);
const bigRun = { page: bigPage };

console.log('\nPainting: newsmark (ranges + Highlight registration) vs mark.js marking the same strings:');
for (const [set, f] of [...pages.filter(([s]) => s !== 'own'), ['own', 'news-zh.html'], ['out', 'big-article.html']]) {
  const url = `${origin}/${set}/${f}`;
  const big = f === 'big-article.html';
  const runs = big ? 1 : 3; // median of 3 on the ordinary pages; the big one once (mark.js is stopped at 90 s)
  const ours = [];
  const theirs = [];
  let info = null;
  for (let i = 0; i < runs; i++) {
    const r = big ? bigRun : await load(`${url}#newsmark-trace`, 15000).catch(() => null);
    if (!r) break;
    if (!big) await r.page.waitForTimeout(300);
    const paint = await r.page.evaluate(() => performance.getEntriesByName('newsmark-paint').map((m) => m.duration));
    ours.push(paint.reduce((a, b) => a + b, 0));
    info = await r.page.evaluate(highlightRoot);
    await r.page.close();
    const mj = await markJsTime(url, info.selector, info.strings, 90000);
    theirs.push(mj ? mj.ms : Infinity);
  }
  if (!info) {
    console.log(`  ${`${set}/${f}`.padEnd(28)} no highlight (no article found?)`);
    continue;
  }
  const a = median(ours);
  const b = median(theirs);
  console.log(
    `  ${`${set}/${f}`.padEnd(28)} ${String(info.count).padStart(6)} highlights, ${String(info.strings.length).padStart(5)} strings: ` +
      `newsmark ${ms(a)}, mark.js ${Number.isFinite(b) ? ms(b) : '> 90 s (stopped)'} → ${Number.isFinite(b) ? `${(b / Math.max(a, 0.01)).toFixed(0)}×` : '> 400×'} less time`,
  );
}

await withExt.close();
await plain.close();
server.close();
rmSync(profile, { recursive: true, force: true });

// Benchmark: time of findArticle (src/page/article.ts) in real Chromium (playwright-core), on the
// shared pages (Readability's test pages, the seed and dev news pages, when ../shared is present),
// on the project's own fixture pages, and on a generated 50,000-node page. Its peer is Mozilla
// Readability 0.6 on the same pages: isProbablyReaderable (live DOM) and parse() on a clone (the
// way Firefox's reader view uses it). Figures, not pass/fail. Chromium coarsens performance.now()
// to 0.1 ms; "best" is the cost of the work itself, the median also carries the machine's load.
//
//   node tests/bench/article.bench.mjs            (or: npm run bench -- article)
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bigHomePage, bigPage } from './big-page.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHARED = resolve(ROOT, '..', 'shared');
const require = createRequire(join(ROOT, 'package.json'));
const esbuild = require('esbuild');
const { chromium } = require('playwright-core');

const bundle = (contents, globalName) =>
  esbuild.buildSync({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName,
    write: false,
    platform: 'browser',
    logLevel: 'error',
  }).outputFiles[0].text;
const ours = bundle("export { findArticle } from './src/page/article.ts';", '__nmArticle');
const peer = bundle("export { Readability, isProbablyReaderable } from '@mozilla/readability';", '__peer');

// Pages: [group, name, html]
const pages = [];
const readDir = (group, dir, pick) => {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const file = pick(name);
    if (file && existsSync(file)) pages.push([group, name.replace(/\.html$/, ''), readFileSync(file, 'utf8')]);
  }
};
readDir('readability', join(SHARED, 'pages', 'readability'), (n) =>
  join(SHARED, 'pages', 'readability', n, 'source.html'),
);
readDir('seed', join(SHARED, 'fixtures', 'seed', 'pages'), (n) =>
  n.endsWith('.html') ? join(SHARED, 'fixtures', 'seed', 'pages', n) : null,
);
readDir('dev', join(SHARED, 'fixtures', 'dev', 'pages'), (n) =>
  n.endsWith('.html') ? join(SHARED, 'fixtures', 'dev', 'pages', n) : null,
);
readDir('fixtures', join(ROOT, 'tests', 'fixtures', 'article'), (n) =>
  n.endsWith('.html') ? join(ROOT, 'tests', 'fixtures', 'article', n) : null,
);
pages.push(['generated', '50k-nodes', bigPage(50_000)]);
pages.push(['generated', 'home-50k-nodes', bigHomePage(50_000)]);
if (!existsSync(SHARED)) console.log(`(${SHARED} is absent: shared pages skipped)`);

const byPath = new Map(pages.map(([g, n, html]) => [`/${g}/${n}.html`, html]));
const server = createServer((req, res) => {
  const html = byPath.get(decodeURIComponent(req.url ?? ''));
  if (!html) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const context = await browser.newContext({ javaScriptEnabled: true });
await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
const page = await context.newPage();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};
const rows = [];
for (const [group, name] of pages) {
  try {
    await page.goto(`${origin}/${group}/${name}.html`, { waitUntil: 'domcontentloaded', timeout: 20000 });
    await page.addScriptTag({ content: ours });
    await page.addScriptTag({ content: peer });
    const r = await page.evaluate(() => {
      const nodes = document.getElementsByTagName('*').length;
      const time = (fn, runs) => {
        const out = [];
        for (let i = 0; i < runs; i++) {
          const t = performance.now();
          fn();
          out.push(performance.now() - t);
        }
        return out;
      };
      const find = () => globalThis.__nmArticle.findArticle(document);
      find(); // warm-up (JIT)
      const ourTimes = time(find, 15);
      const found = find();
      const readerable = time(() => globalThis.__peer.isProbablyReaderable(document), 5);
      const parse = time(() => new globalThis.__peer.Readability(document.cloneNode(true)).parse(), 3);
      return { nodes, ourTimes, parts: found.length, readerable, parse };
    });
    rows.push({
      group,
      name,
      ...r,
      ours: median(r.ourTimes),
      oursMin: Math.min(...r.ourTimes),
      oursMax: Math.max(...r.ourTimes),
      readerableMs: median(r.readerable),
      parseMs: median(r.parse),
    });
  } catch (e) {
    rows.push({ group, name, error: String(e?.message ?? e).split('\n')[0] });
  }
}
await browser.close();
server.close();

const f = (x) => (Number.isFinite(x) ? x.toFixed(2).padStart(7) : '    n/a');
console.log(
  `${'page'.padEnd(34)} ${'elements'.padStart(8)}  findArticle ms (median / max)   parts   Readability: isProbablyReaderable / parse(clone) ms`,
);
for (const r of rows) {
  if (r.error) console.log(`${(r.group + '/' + r.name).padEnd(34)} error: ${r.error}`);
  else
    console.log(
      `${(r.group + '/' + r.name).padEnd(34)} ${String(r.nodes).padStart(8)}  ${f(r.oursMin)} / ${f(r.ours)} / ${f(r.oursMax)}             ${String(r.parts).padStart(5)}   ${f(r.readerableMs)} / ${f(r.parseMs)}`,
    );
}
const ok = rows.filter((r) => !r.error);
const real = ok.filter((r) => r.group !== 'generated');
const big = ok.find((r) => r.name === '50k-nodes');
const home = ok.find((r) => r.name === 'home-50k-nodes');
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
console.log(
  `\nfindArticle in Chromium over ${real.length} pages: median of per-page medians ${median(real.map((r) => r.ours)).toFixed(2)} ms, ` +
    `worst page ${Math.max(...real.map((r) => r.ours)).toFixed(2)} ms median / ${Math.max(...real.map((r) => r.oursMin)).toFixed(2)} ms best ` +
    `(Readability parse on a clone: median ${median(real.map((r) => r.parseMs)).toFixed(2)} ms; total ours ${sum(real.map((r) => r.ours)).toFixed(1)} ms vs ${sum(real.map((r) => r.parseMs)).toFixed(1)} ms)`,
);
if (big)
  console.log(
    `generated page, ${big.nodes} elements: findArticle ${big.ours.toFixed(1)} ms median (best ${big.oursMin.toFixed(1)}, max ${big.oursMax.toFixed(1)} ms), Readability parse on a clone ${big.parseMs.toFixed(1)} ms`,
  );
if (home)
  console.log(
    `generated home page (no article), ${home.nodes} elements: findArticle ${home.ours.toFixed(1)} ms median (best ${home.oursMin.toFixed(1)}, max ${home.oursMax.toFixed(1)} ms), ${home.parts} parts`,
  );

#!/usr/bin/env node
// Figure detector benchmark (figures, not pass/fail): characters per ms (best wall time of several runs, so
// other processes on the machine count less) on news-like text (our own fixture articles, repeated to 1 MB
// and 5 MB) and on adversarial 1 MB inputs (digits, marks, Chinese numerals, range marks), the growth from
// 1 MB to 5 MB (linear is 5×), and the bundled size of the figure code and its lexicons.
// Run with `npm run bench -- figures`.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const entry = join(ROOT, 'src/extract/figures.ts');
const work = mkdtempSync(join(tmpdir(), 'figures-bench-'));
const outfile = join(work, 'figures.mjs');
await build({ entryPoints: [entry], bundle: true, format: 'esm', outfile, logLevel: 'error' });
const min = await build({
  entryPoints: [entry],
  bundle: true,
  format: 'esm',
  minify: true,
  write: false,
  logLevel: 'error',
});
const { figureDetector } = await import(pathToFileURL(outfile).href);
rmSync(work, { recursive: true, force: true });

// News-like text: our fixture articles without their marks.
const dir = join(ROOT, 'tests/fixtures/extract/figures');
const news = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(dir, f), 'utf8').replace(/[【】〖〗]/g, ''))
  .join('\n');
const upTo = (s, n) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
let seed = 1;
const random = (n, alphabet) => {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % alphabet.length];
  return s;
};
const MB = 1_000_000;
const inputs = [
  ['news, one article (~1.3k chars)', news.slice(0, news.indexOf('\n', 1300))],
  ['news 1 MB', upTo(news, MB)],
  ['news 5 MB', upTo(news, 5 * MB)],
  ['digits 1 MB', '7'.repeat(MB)],
  ['digits and marks 1 MB', random(MB, '0123456789.,%-年月日亿万元至')],
  ['Chinese numerals 1 MB', random(MB, '一二三四五六七八九十百千万亿两〇成倍分之元个')],
  ['range marks 1 MB (1-1-1…)', '1-'.repeat(MB / 2)],
];

/** The best of `runs` wall times (ms) of one detection. (CPU time would also count the GC's helper threads.) */
function bestMs(text, runs) {
  let best = Infinity;
  let found = 0;
  for (let r = 0; r < runs; r++) {
    globalThis.gc?.();
    const t0 = performance.now();
    found = figureDetector.detect(text, { options: {}, companies: [] }).length;
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, found };
}

console.log('input'.padEnd(34), 'chars'.padStart(9), 'ms'.padStart(9), 'chars/ms'.padStart(10), 'figures'.padStart(9));
const times = {};
for (const [name, text] of inputs) {
  const { ms, found } = bestMs(text, text.length < 100_000 ? 200 : 7);
  times[name] = ms;
  const row = [name.padEnd(34), String(text.length).padStart(9), ms.toFixed(2).padStart(9)];
  console.log(...row, String(Math.round(text.length / ms)).padStart(10), String(found).padStart(9));
}
console.log(`growth 1 MB → 5 MB: ${(times['news 5 MB'] / times['news 1 MB']).toFixed(2)}× (linear: 5×)`);
console.log(`peak heap: ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB after the runs`);
console.log(
  `size: figure code + lexicons, minified and gzipped: ${(gzipSync(min.outputFiles[0].contents).length / 1024).toFixed(1)} KB`,
);

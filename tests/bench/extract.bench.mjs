#!/usr/bin/env node
// Extraction benchmark (figures, not pass/fail): characters per ms on the seed text and our own
// fixture texts, on generated 1 MB and 5 MB news-like documents (mixed Chinese and English), the
// growth from 1 MB to 5 MB, the heap, the seed's time, and the bundled size of the extraction code
// and lexicons; and the same measures for `compromise` (people, organisations, quotes, money) on
// English text as a peer. Run with `npm run bench -- extract` (run.mjs passes --expose-gc).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHARED = resolve(ROOT, '..', 'shared');
const TARGETS = { speed: 5000, growth: 5.5, seedMs: 2, sizeKb: 50 };
const MB = 1024 * 1024;

// ---- bundle the engine (for running) and measure its size (minified, gzipped) ----
const work = mkdtempSync(join(tmpdir(), 'extract-bench-'));
const entry = join(ROOT, 'src/extract/index.ts');
const runFile = join(work, 'extract.mjs');
await build({
  entryPoints: [entry],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  outfile: runFile,
  logLevel: 'error',
});
const minified = await build({
  entryPoints: [entry],
  bundle: true,
  format: 'esm',
  minify: true,
  charset: 'utf8',
  write: false,
  logLevel: 'error',
});
/** Gzipped size as `gzip -9` gives it (the measure); zlib at level 9 where no gzip is installed. */
function gzSize(bytes) {
  try {
    return { size: execFileSync('gzip', ['-9', '-c'], { input: bytes, maxBuffer: 1 << 26 }).length, how: 'gzip -9' };
  } catch {
    return { size: gzipSync(bytes, { level: 9 }).length, how: 'zlib level 9' };
  }
}
const engineGz = gzSize(minified.outputFiles[0].contents);
const { extract } = await import(pathToFileURL(runFile).href);

// each detector on its own (the registry's files), for a per-detector breakdown of time and size
const DETECTORS = { figure: 'figures.ts', quote: 'quotes.ts', company: 'companies.ts' };
const detectors = {};
const detectorGz = {};
for (const [kind, file] of Object.entries(DETECTORS)) {
  const path = join(ROOT, 'src/extract', file);
  const name = `${kind}Detector`;
  const entryFile = join(work, `${kind}.ts`);
  writeFileSync(entryFile, `export { ${name} as detector } from ${JSON.stringify(path)};\n`);
  const out = join(work, `${kind}.mjs`);
  await build({
    entryPoints: [entryFile],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    outfile: out,
    logLevel: 'error',
  });
  detectors[kind] = (await import(pathToFileURL(out).href)).detector;
  const min = await build({
    entryPoints: [entryFile],
    bundle: true,
    format: 'esm',
    minify: true,
    charset: 'utf8',
    write: false,
    logLevel: 'error',
  });
  detectorGz[kind] = gzSize(min.outputFiles[0].contents).size;
}
/** Runs one detector the way extract() does (quotes get the companies found first). */
const runDetector = (kind, text) => {
  const ctx = {
    options: {},
    companies: kind === 'quote' ? detectors.company.detect(text, { options: {}, companies: [] }) : [],
  };
  return () => detectors[kind].detect(text, ctx);
};

const peerEntry = join(work, 'peer.mjs');
writeFileSync(peerEntry, "export { default } from 'compromise';\n");
let peerGz = NaN;
let nlp;
try {
  const peerMin = await build({
    entryPoints: [peerEntry],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    charset: 'utf8',
    nodePaths: [join(ROOT, 'node_modules')],
    logLevel: 'error',
  });
  peerGz = gzSize(peerMin.outputFiles[0].contents).size;
  nlp = (await import('compromise')).default;
} catch (e) {
  console.log(`compromise is not installed (${e.message.split('\n')[0]}): peer figures skipped`);
}
rmSync(work, { recursive: true, force: true });

// ---- texts ----
const readTexts = (dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => ({ name: f.replace(/\.txt$/, ''), text: readFileSync(join(dir, f), 'utf8') }))
    : [];
const seedDir = join(SHARED, 'fixtures/seed/texts');
const seed = readTexts(seedDir);
if (!seed.length) console.log(`(no seed text at ${seedDir}: seed figures skipped)`);
// our own texts: every .txt under tests/fixtures/extract (quote, figure, company fixtures) and the holdout set
const txtFiles = (dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .sort()
        .flatMap((f) => {
          const p = join(dir, f);
          if (statSync(p).isDirectory()) return txtFiles(p);
          return f.endsWith('.txt') ? [{ name: f.replace(/\.txt$/, ''), text: readFileSync(p, 'utf8') }] : [];
        })
    : [];
const own = txtFiles(join(ROOT, 'tests/fixtures/extract'));
const holdout = txtFiles(join(ROOT, 'tests/fixtures/holdout/texts'));
const dev = readTexts(join(SHARED, 'fixtures/dev/texts'));
const isEnglish = (t) => (t.match(/\p{Script=Han}/gu)?.length ?? 0) < t.length / 50;

/** A seeded PRNG (mulberry32) so that generated documents are the same on every run. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A news-like document of `size` characters: paragraphs of `sources` shuffled, digits varied. */
function generate(sources, size, seedValue) {
  const next = rng(seedValue);
  const paragraphs = sources.flatMap((s) => s.text.split('\n').filter((p) => p.trim()));
  const parts = [];
  let length = 0;
  while (length < size) {
    const p = paragraphs[Math.floor(next() * paragraphs.length)].replace(/\d/g, () => String(Math.floor(next() * 10)));
    parts.push(p);
    length += p.length + 1;
  }
  return parts.join('\n').slice(0, size);
}

const mixedSources = [...own, ...holdout, ...seed, ...dev];
const englishSources = mixedSources.filter((t) => isEnglish(t.text));
const doc1 = generate(mixedSources, MB, 1);
const doc5 = generate(mixedSources, 5 * MB, 5);
const en1 = generate(englishSources, MB, 11);
const en5 = generate(englishSources, 5 * MB, 55);

// ---- measuring ----
const gc = globalThis.gc ?? (() => {});
/**
 * Median time of one call of f over `runs` samples, after warm-up runs (JIT). Small inputs are run in
 * batches so that each sample lasts a few ms. Both wall time and the process's CPU time are taken:
 * on a machine shared with other work, CPU time is the steadier figure. Also the heap growth of one call.
 */
function measure(f, runs) {
  const t0 = performance.now();
  f();
  const first = performance.now() - t0;
  const batch = Math.max(1, Math.min(200, Math.ceil(5 / Math.max(first, 0.01))));
  // warm up until the JIT has settled: at least 20 calls or 300 ms
  for (let i = 0, t = performance.now(); i < Math.min(20, runs * batch) || performance.now() - t < 300; i++) f();
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    for (let k = 0; k < batch; k++) f();
    const used = process.cpuUsage(c);
    wall.push((performance.now() - t) / batch);
    cpu.push((used.user + used.system) / 1000 / batch);
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  gc();
  const before = process.memoryUsage().heapUsed;
  let keep = f(); // kept alive until the heap is read, so its result counts
  const heap = process.memoryUsage().heapUsed - before;
  keep = null;
  return { ms: median(wall), cpu: median(cpu), heap: Math.max(0, heap) };
}

const peerRun = (text) => {
  const doc = nlp(text);
  return [
    doc.people().out('array'),
    doc.organizations().out('array'),
    doc.quotations().out('array'),
    doc.money().out('array'),
  ];
};

const rows = [];
const fmt = (n, d = 0) =>
  Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }) : '–';
const row = (what, engine, text, m, target = '') =>
  rows.push([
    what,
    engine,
    fmt(text.length),
    fmt(m.ms, 2),
    fmt(m.cpu, 2),
    fmt(text.length / m.cpu),
    fmt(m.heap / MB, 1),
    target,
  ]);

let seedMs = NaN;
for (const t of seed) {
  const m = measure(() => extract(t.text), 41);
  seedMs = m.cpu;
  row(`seed ${t.name.slice(0, 12)}`, 'newsmark', t.text, m, `< ${TARGETS.seedMs} ms`);
}
/** One row for a set of texts: their summed median times. */
const setRow = (what, engine, texts, run) => {
  if (!texts.length) return;
  const ms = texts.map((t) => measure(() => run(t.text), 21));
  const sum = (k) => ms.reduce((acc, m) => acc + m[k], 0);
  const text = { length: texts.reduce((acc, t) => acc + t.text.length, 0) };
  row(`${what} (${texts.length} texts)`, engine, text, {
    ms: sum('ms'),
    cpu: sum('cpu'),
    heap: Math.max(...ms.map((m) => m.heap)),
  });
};
setRow('own fixtures', 'newsmark', own, extract);
setRow('holdout', 'newsmark', holdout, extract);
const m1 = measure(() => extract(doc1), 5);
row('mixed 1 MB', 'newsmark', doc1, m1, `≥ ${fmt(TARGETS.speed)} chars/ms`);
const m5 = measure(() => extract(doc5), 3);
row('mixed 5 MB', 'newsmark', doc5, m5);
for (const kind of Object.keys(DETECTORS)) {
  for (const t of seed) row(`seed, ${kind} detector`, 'newsmark', t.text, measure(runDetector(kind, t.text), 41));
  row(`mixed 1 MB, ${kind} detector`, 'newsmark', doc1, measure(runDetector(kind, doc1), 5));
}
const unbalanced = '“他说“她说「‘"\n“没有闭合 "never closed '.repeat(Math.ceil(MB / 30)).slice(0, MB);
row(
  '1 MB unbalanced marks',
  'newsmark',
  unbalanced,
  measure(() => extract(unbalanced), 3),
);
const e1 = measure(() => extract(en1), 5);
row('English 1 MB', 'newsmark', en1, e1);
const e5 = measure(() => extract(en5), 3);
row('English 5 MB', 'newsmark', en5, e5);
// compromise takes minutes on 5 MB (and over a GB of heap): by default it runs on 200 KB and 1 MB
// (the same ×5 step); BENCH_FULL=1 runs it on 1 MB and 5 MB like newsmark.
const full = process.env.BENCH_FULL === '1';
const [peerSmall, peerLarge] = full ? [en1, en5] : [en1.slice(0, MB / 5), en1];
const peerLabel = full ? ['English 1 MB', 'English 5 MB'] : ['English 200 KB', 'English 1 MB'];
let p1;
let p5;
if (nlp) {
  setRow(
    'own + holdout, English',
    'compromise',
    [...own, ...holdout].filter((x) => isEnglish(x.text)),
    peerRun,
  );
  p1 = measure(() => peerRun(peerSmall), 1);
  row(peerLabel[0], 'compromise', peerSmall, p1);
  p5 = measure(() => peerRun(peerLarge), 1);
  row(peerLabel[1], 'compromise', peerLarge, p5);
}

const header = ['text', 'engine', 'chars', 'wall ms', 'CPU ms', 'chars/CPU ms', 'heap MB', 'target'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (r) => r.map((c, i) => (i < 2 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
console.log('');
console.log(
  `growth 1 MB → 5 MB (CPU time ×):  newsmark mixed ${fmt(m5.cpu / m1.cpu, 2)}, English ${fmt(e5.cpu / e1.cpu, 2)}` +
    (p1 ? `; compromise English ${fmt(p5.cpu / p1.cpu, 2)} (${peerLabel.join(' → ')})` : '') +
    `   (target ≤ ${TARGETS.growth})`,
);
if (seed.length) console.log(`seed text: ${fmt(seedMs, 2)} ms median (CPU)   (target < ${TARGETS.seedMs} ms)`);
console.log(
  `bundle (minified, UTF-8, ${engineGz.how}): newsmark extraction + lexicons ${fmt(engineGz.size / 1024, 1)} KB ` +
    `(${fmt(engineGz.size)} bytes)   (target ≤ ${TARGETS.sizeKb} KB)` +
    (Number.isFinite(peerGz) ? `; compromise ${fmt(peerGz / 1024, 1)} KB` : ''),
);
const quotesIn = (doc) => extract(doc, { kinds: ['quote'] }).length;
console.log(
  `generated documents: paragraphs of ${mixedSources.length} texts; quotes per 10,000 characters: ` +
    `mixed ${fmt((quotesIn(doc1) * 10000) / doc1.length, 1)}, English ${fmt((quotesIn(en1) * 10000) / en1.length, 1)}`,
);
console.log(
  `  per detector (each bundled alone, shared code counted in each): ` +
    Object.entries(detectorGz)
      .map(([k, v]) => `${k} ${fmt(v / 1024, 1)} KB`)
      .join(', '),
);
console.log(
  'times: median per call after warm-up; CPU ms = process CPU time (steadier than wall time on a busy machine,',
);
console.log(
  '  but it includes V8 helper threads such as concurrent GC). heap MB = heap growth during one run (GC first,',
);
console.log('  result kept alive): a lower bound of the peak.');

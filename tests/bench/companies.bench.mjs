#!/usr/bin/env node
// Company detector figures: lexicon size, automaton build time, chars/ms on an article, on 1 MB and 5 MB,
// the raw matcher's throughput, and the bundled size (minified + gzipped). Figures, not pass/fail.
// Texts are this repo's own fixtures (tests/fixtures/extract/companies), repeated to size.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = mkdtempSync(join(tmpdir(), 'companies-bench-'));

async function bundle(contents, minify = false, plugins = []) {
  const r = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    minify,
    write: false,
    platform: 'neutral',
    plugins,
  });
  return r.outputFiles[0].contents;
}

const code = await bundle(
  "export { findCompanies } from './src/extract/companies'; export { buildMatcher } from './src/extract/matcher'; export { companyLexicon } from './src/extract/lexicon/companies';",
);
writeFileSync(join(work, 'b.mjs'), code);
const { findCompanies, buildMatcher, companyLexicon } = await import(pathToFileURL(join(work, 'b.mjs')).href);

const fixtures = join(root, 'tests', 'fixtures', 'extract', 'companies');
const article = readdirSync(fixtures)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(fixtures, f), 'utf8').replace(/[【】〖〗]/g, ''))
  .join('\n');
const sized = (n) => article.repeat(Math.ceil(n / article.length)).slice(0, n);
// Wall time, best of several runs; CPU time (user + system) too, as a shared machine's load inflates wall time.
const cpu = { last: 0 };
const ms = (f) => {
  const c = process.cpuUsage();
  const t = performance.now();
  f();
  const wall = performance.now() - t;
  const u = process.cpuUsage(c);
  cpu.last = Math.min(cpu.last || Infinity, (u.user + u.system) / 1000);
  return wall;
};
const best = (f, runs) => {
  cpu.last = 0;
  return Math.min(...Array.from({ length: runs }, () => ms(f)));
};

let t = performance.now();
const { names } = companyLexicon();
const parse = performance.now() - t;
t = performance.now();
findCompanies('领益智造(002600.SZ)公告称'); // builds the one automaton
const first = performance.now() - t;
console.log(
  `lexicon: ${names.length} names, parsed in ${parse.toFixed(1)} ms; first call (automaton build) ${first.toFixed(1)} ms`,
);

const a = best(() => findCompanies(article), 20);
console.log(
  `article (${article.length} chars): ${a.toFixed(2)} ms = ${Math.round(article.length / a)} chars/ms (CPU ${cpu.last.toFixed(2)} ms)`,
);
const oneMB = sized(1 << 20);
const fiveMB = sized(5 << 20);
globalThis.gc?.();
const heap0 = process.memoryUsage().heapUsed;
const m1 = best(() => findCompanies(oneMB), 3);
const c1 = cpu.last;
const heap1 = process.memoryUsage().heapUsed;
const m5 = best(() => findCompanies(fiveMB), 2);
const c5 = cpu.last;
console.log(
  `1 MB: ${m1.toFixed(0)} ms = ${Math.round(oneMB.length / m1)} chars/ms (CPU ${c1.toFixed(0)} ms = ${Math.round(oneMB.length / c1)} chars/ms)`,
);
console.log(
  `5 MB: ${m5.toFixed(0)} ms = ${Math.round(fiveMB.length / m5)} chars/ms (CPU ${c5.toFixed(0)} ms); growth 1 MB -> 5 MB: ${(m5 / m1).toFixed(2)}x wall, ${(c5 / c1).toFixed(2)}x CPU`,
);
console.log(`heap after 1 MB runs: +${((heap1 - heap0) / 2 ** 20).toFixed(1)} MB`);

const matcher = buildMatcher(names.map((n) => n.name));
let hits = 0;
const scan = best(() => matcher.scan(oneMB, () => hits++), 5);
console.log(
  `matcher alone (${names.length} names) on 1 MB: ${scan.toFixed(1)} ms = ${Math.round(oneMB.length / scan)} chars/ms`,
);

const stub = {
  name: 'no-lexicon',
  setup(b) {
    b.onLoad({ filter: /companies-packed\.ts$/ }, () => ({
      contents: "export const COMPANY_NAMES_PACKED='';",
      loader: 'ts',
    }));
  },
};
const entry = "export { findCompanies } from './src/extract/companies';";
const gz = (buf) => (gzipSync(buf, { level: 9 }).length / 1024).toFixed(1);
const withLexicon = await bundle(entry, true);
const without = await bundle(entry, true, [stub]);
console.log(
  `size (min+gz): company detector with lexicon ${gz(withLexicon)} KB, without the lexicon ${gz(without)} KB`,
);
rmSync(work, { recursive: true, force: true });

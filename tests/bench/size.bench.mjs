// Benchmark: size of the content script (injected into every page), gzipped (-9), with what each module
// and library adds; and of the extraction engine (src/extract with its lexicons), which the content
// script imports as its own module (extract.js) only on pages that have an article. Figures, not
// pass/fail. DESIGN.md's budgets: whole content script ≤ 70 KB gz, extraction ≤ 50 KB gz.
//
// The content script is bundled here with esbuild the way WXT wraps it (ContentScriptContext + the
// entry's main), minified, as an IIFE. Each byte of the output is attributed to its source through
// the source map; a part's "adds" figure is gz(bundle) − gz(bundle without that part's bytes), i.e.
// what it costs inside the bundle (gzip shares strings across parts, so parts' own gz sizes do not
// add up). When a WXT build is present (.output/chrome-mv3) its content.js is measured too.
//
//   node tests/bench/size.bench.mjs             (or: npm run bench -- size)
//   node tests/bench/size.bench.mjs --modules   (also one line per source file)
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(ROOT, 'package.json'));
const esbuild = require('esbuild');
const perModule = process.argv.includes('--modules');

// WXT's isolated-world wrapper (wxt/dist/virtual/content-script-isolated-world-entrypoint.mjs).
const entry = `import definition from './entrypoints/content/index.ts';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
const { main, ...options } = definition;
main(new ContentScriptContext('content', options));`;

// wxt.config.ts minifies CSS in template strings marked /* css */ at build time; the same here.
const minifyCss = (css) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .trim();
const cssStrings = {
  name: 'css-strings',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.tsx?$/ }, (args) => {
      const code = readFileSync(args.path, 'utf8');
      return {
        contents: code.replace(/\/\* css \*\/ *`([^`$]*)`/g, (_, css) => `\`${minifyCss(css)}\``),
        loader: args.path.endsWith('x') ? 'tsx' : 'ts',
      };
    });
  },
};

const result = await esbuild.build({
  stdin: { contents: entry, resolveDir: ROOT, loader: 'ts', sourcefile: 'wxt-entry.ts' },
  bundle: true,
  minify: true,
  format: 'iife',
  charset: 'utf8',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  // WXT's @wxt-dev/webextension-polyfill module aliases wxt/browser to the polyfill.
  alias: { 'wxt/browser': '@wxt-dev/webextension-polyfill/browser' },
  define: { 'import.meta.env.MODE': '"production"', 'import.meta.env.BROWSER': '"chrome"' },
  sourcemap: 'external',
  outfile: join(ROOT, '.size-bench.js'),
  write: false,
  metafile: true,
  platform: 'browser',
  target: 'es2022',
  logLevel: 'error',
  plugins: [cssStrings],
});
const js = result.outputFiles.find((f) => f.path.endsWith('.js')).text;
const map = JSON.parse(result.outputFiles.find((f) => f.path.endsWith('.map')).text);

/** Which part a source file belongs to: a library by package name, else its top folder in src/. */
const partOf = (source) => {
  const s = source.replace(/^(\.\.\/)+/, '');
  const lib = s.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (lib) return lib[1] === '@wxt-dev/browser' || lib[1] === 'wxt' ? 'wxt runtime' : lib[1];
  if (s.startsWith('src/page/ui/')) return 'src/page/ui';
  const m = s.match(/^src\/([^/]+)\//);
  if (m) return `src/${m[1]}`;
  if (s.startsWith('src/')) return s;
  return s.startsWith('entrypoints/') || s === 'wxt-entry.ts' ? 'entrypoints' : s;
};

// Decode the source map's mappings (base64 VLQ) into [output offset, source index] runs; each output
// character belongs to the source of the last mapping before it (esbuild's glue goes to its neighbour).
const B64 = Object.fromEntries(
  [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]),
);
const owner = new Int32Array(js.length).fill(-1);
{
  const lineStarts = [0];
  for (let i = 0; i < js.length; i++) if (js[i] === '\n') lineStarts.push(i + 1);
  let src = 0;
  let line = 0;
  const runs = [];
  for (const lineText of map.mappings.split(';')) {
    let col = 0;
    for (const seg of lineText ? lineText.split(',') : []) {
      const vals = [];
      let v = 0;
      let shift = 0;
      for (const c of seg) {
        const d = B64[c];
        v += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          vals.push(v & 1 ? -(v >>> 1) : v >>> 1);
          v = 0;
          shift = 0;
        }
      }
      col += vals[0];
      if (vals.length > 1) src += vals[1];
      runs.push([lineStarts[line] + col, vals.length > 1 ? src : -1]);
    }
    line++;
  }
  runs.sort((a, b) => a[0] - b[0]);
  let cur = -1;
  for (let r = 0, i = 0; i < js.length; i++) {
    while (r < runs.length && runs[r][0] <= i) {
      if (runs[r][1] >= 0) cur = runs[r][1];
      r++;
    }
    owner[i] = cur;
  }
}

// GNU gzip -9 (what the figure uses: `gzip -9c content.js | wc -c`) when it is installed; its
// deflate gives ~1.5% less than Node's zlib at level 9. zlib otherwise.
const HAS_GZIP = spawnSync('gzip', ['--version']).status === 0;
const gz = (s) =>
  HAS_GZIP
    ? spawnSync('gzip', ['-9c'], { input: Buffer.from(s, 'utf8'), maxBuffer: 1 << 26 }).stdout.length
    : gzipSync(Buffer.from(s, 'utf8'), { level: 9 }).length;
const utf8 = (s) => Buffer.byteLength(s, 'utf8');
const total = gz(js);
const kb = (n) => (n / 1024).toFixed(1).padStart(6);

/** The output with the characters whose source satisfies `drop` left out, and those characters. */
const split = (drop) => {
  let kept = '';
  let out = '';
  let start = 0;
  let state = drop(owner[0]);
  for (let i = 1; i <= js.length; i++) {
    const s = i < js.length ? drop(owner[i]) : !state;
    if (s !== state) {
      if (state) out += js.slice(start, i);
      else kept += js.slice(start, i);
      start = i;
      state = s;
    }
  }
  return { kept, out };
};
const measure = (drop) => {
  const { kept, out } = split(drop);
  return { raw: utf8(out), alone: gz(out), adds: total - gz(kept) };
};

const parts = new Map();
map.sources.forEach((s, i) => {
  const p = partOf(s);
  if (!parts.has(p)) parts.set(p, new Set());
  parts.get(p).add(i);
});
const rows = [...parts].map(([name, ids]) => ({ name, ...measure((o) => ids.has(o)) }));
rows.sort((a, b) => b.adds - a.adds);

// The engine module as wxt.config.ts builds it (esbuild, minified ES module).
const engine = (
  await esbuild.build({
    entryPoints: [join(ROOT, 'src/extract/index.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'error',
  })
).outputFiles[0].text;

console.log(`gzip: ${HAS_GZIP ? 'GNU gzip -9' : "Node's zlib, level 9 (no gzip on PATH)"}`);
console.log(`content script (esbuild, minified): ${kb(utf8(js))} KB raw, ${kb(total)} KB gz`);
if (existsSync(join(ROOT, '.output/chrome-mv3/content-scripts/content.js'))) {
  const built = readFileSync(join(ROOT, '.output/chrome-mv3/content-scripts/content.js'), 'utf8');
  console.log(`content script (.output/chrome-mv3, WXT build): ${kb(utf8(built))} KB raw, ${kb(gz(built))} KB gz`);
}
console.log(
  `   budget 70; of it, src/extract (types only): ${kb(measure((o) => parts.get('src/extract')?.has(o)).adds)} KB gz`,
);
console.log(
  `extraction engine (extract.js, src/extract + lexicons, loaded on article pages): ${kb(utf8(engine))} KB raw, ${kb(gz(engine))} KB gz   budget 50`,
);
if (existsSync(join(ROOT, '.output/chrome-mv3/extract.js'))) {
  const built = readFileSync(join(ROOT, '.output/chrome-mv3/extract.js'), 'utf8');
  console.log(
    `extraction engine (.output/chrome-mv3/extract.js, WXT build): ${kb(utf8(built))} KB raw, ${kb(gz(built))} KB gz`,
  );
}
console.log(`\npart                        raw KB  alone gz  adds gz`);
for (const r of rows) console.log(`${r.name.padEnd(26)} ${kb(r.raw)}   ${kb(r.alone)}   ${kb(r.adds)}`);

if (perModule) {
  const mods = map.sources.map((s, i) => ({ name: s.replace(/^(\.\.\/)+/, ''), ...measure((o) => o === i) }));
  mods.sort((a, b) => b.adds - a.adds);
  console.log(`\nmodule                                              raw KB  alone gz  adds gz`);
  for (const m of mods) console.log(`${m.name.slice(-50).padEnd(50)} ${kb(m.raw)}   ${kb(m.alone)}   ${kb(m.adds)}`);
}

#!/usr/bin/env node
// `npm run annotate -- FILE …`: bundles src/cli/annotate.ts with esbuild into a temporary file
// (inside node_modules/.cache, so its package imports resolve) and runs it on this process.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cache = join(root, 'node_modules', '.cache');
mkdirSync(cache, { recursive: true });
const dir = mkdtempSync(join(cache, 'newsmark-annotate-'));
let code = 1;
try {
  const outfile = join(dir, 'annotate.mjs');
  await build({
    entryPoints: [join(root, 'src/cli/annotate.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  const { annotate } = await import(pathToFileURL(outfile).href);
  const result = await annotate({
    args: process.argv.slice(2),
    read: (path) => readFileSync(path, 'utf8'),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
  });
  if (result.stderr) process.stderr.write(result.stderr);
  if (result.stdout) process.stdout.write(result.stdout);
  code = result.code;
} catch (e) {
  process.stderr.write(`annotate: ${e?.message ?? e}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = code;

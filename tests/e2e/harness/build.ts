import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../paths';

/** The add-on id of the harness in Firefox. */
export const HARNESS_GECKO_ID = 'newsmark-harness@newsmark.dev';

/**
 * Builds the test harness extension (the real page annotator with a stub extractor) into a temp folder:
 * MV3 for Chromium, MV2 for Firefox. Takes ~100 ms.
 */
export async function buildHarness(target: 'chrome' | 'firefox'): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), `newsmark-harness-${target}-`));
  await build({
    entryPoints: [join(ROOT, 'tests', 'e2e', 'harness', 'content.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    outfile: join(dir, 'content.js'),
    logLevel: 'error',
  });
  const content_scripts = [{ matches: ['http://*/*'], js: ['content.js'], run_at: 'document_idle' }];
  const manifest =
    target === 'chrome'
      ? {
          manifest_version: 3,
          name: 'newsmark harness',
          version: '0.0.1',
          content_scripts,
          // An (empty) worker: launchChromium finds the extension through it.
          background: { service_worker: 'worker.js' },
        }
      : {
          manifest_version: 2,
          name: 'newsmark harness',
          version: '0.0.1',
          content_scripts,
          browser_specific_settings: { gecko: { id: HARNESS_GECKO_ID, strict_min_version: '142.0' } },
        };
  writeFileSync(join(dir, 'worker.js'), '// the harness needs no background work\n');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

/**
 * Bundles a script for a page's main world: `probe` defines `__newsmarkProbe()` (the article text newsmark
 * extracts from), `main-world` defines `__nm.start()` (the annotator with the stub extractor).
 */
export async function pageScript(name: 'probe' | 'main-world'): Promise<string> {
  const file =
    name === 'probe'
      ? join(ROOT, 'tests', 'e2e', 'page-probe.ts')
      : join(ROOT, 'tests', 'e2e', 'harness', 'main-world.ts');
  const out = await build({
    entryPoints: [file],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  return out.outputFiles[0].text;
}

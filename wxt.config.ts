import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';

/** Collapses white space in CSS (comments out; no space around braces, semicolons, commas; none after a colon). */
export const minifyCss = (css: string): string =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .trim();

// The in-page UI's styles ship inside the content script, which is injected into every page: the CSS in
// template strings marked /* css */ (without interpolations) is minified at build time.
const cssStrings = (): Plugin => ({
  name: 'newsmark-css-strings',
  enforce: 'pre',
  transform(code) {
    if (!code.includes('/* css */')) return null;
    return { code: code.replace(/\/\* css \*\/ *`([^`$]*)`/g, (_, css: string) => `\`${minifyCss(css)}\``), map: null };
  },
});

// The extraction engine (src/extract with its lexicons, most of the content script's weight) is its own ES
// module, extract.js, which the content script imports only on pages that have an article: the script
// injected into every page stays small. Built here with esbuild, minified like the rest.
const ENGINE_FILE = 'extract.js';
const bundleEngine = async (): Promise<string> => {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: ['src/extract/index.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'error',
  });
  return out.outputFiles[0].text;
};

// See README "Permissions" for why each permission is asked for.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(ENGINE_FILE);
    },
    'build:publicAssets': async (_wxt, files) => {
      files.push({ relativeDest: ENGINE_FILE, contents: await bundleEngine() });
    },
  },
  vite: () => ({
    plugins: [preact(), cssStrings()],
    build: { chunkSizeWarningLimit: 1000 },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', 'unlimitedStorage'],
    action: { default_title: '__MSG_extName__' },
    // Content scripts may import only web-accessible files; Chrome's dynamic URL (new each session) keeps
    // pages from probing for the extension by this file's address.
    web_accessible_resources: [
      {
        resources: [ENGINE_FILE],
        matches: ['http://*/*', 'https://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandToggle__',
      },
      'add-note': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandAddNote__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'newsmark@newsmark.dev',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});

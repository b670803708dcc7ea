import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Project root (two levels above this file). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The built extensions `npm run build` makes. */
export const CHROME_BUILD = join(ROOT, '.output', 'chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv2');
/** The shared fixtures beside the clone (absent on a user's fresh clone). */
export const SHARED = resolve(ROOT, '..', 'shared');
export const HAS_SHARED = existsSync(join(SHARED, 'fixtures'));
/** Screenshots land here (ignored by git). */
export const SHOTS = join(ROOT, 'tests', 'e2e', 'screenshots');

function firstExisting(candidates: (string | undefined)[]): string | undefined {
  return candidates.find((p): p is string => !!p && existsSync(p));
}

/** Path of Chromium/Chrome, or an error telling how to install it. */
export function chromiumPath(): string {
  const found = firstExisting([
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ]);
  if (!found)
    throw new Error(
      'No Chromium or Chrome found. Install it (Debian/Ubuntu: `sudo apt-get install chromium fonts-wqy-microhei`) or set CHROME_PATH to the browser binary.',
    );
  return found;
}

/** Path of Firefox (ESR or release), or an error telling how to install it. */
export function firefoxPath(): string {
  const found = firstExisting([
    process.env.FIREFOX_PATH,
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
  ]);
  if (!found)
    throw new Error(
      'No Firefox found. Install it (Debian: `sudo apt-get install firefox-esr`) or set FIREFOX_PATH to the browser binary.',
    );
  return found;
}

/** Fails with a clear message when the build the tests need is missing. */
export function requireBuild(dir: string): string {
  if (!existsSync(join(dir, 'manifest.json')))
    throw new Error(`No extension build at ${dir}. Run \`npm run build\` first (npm test does it for you).`);
  return dir;
}

import browser from 'webextension-polyfill';

/** Localised UI string from `_locales` (falls back to the key so a missing message is visible). */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

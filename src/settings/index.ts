import browser from 'webextension-polyfill';
import { SETTING_ITEMS } from './items';
import type { SettingItem } from './item';
import type { Settings } from './types';

export type { Colours, Settings } from './types';
export { DEFAULT_COLOURS, DEFAULT_SETTINGS } from './defaults';
export { isSiteDisabled, parseHost, parseNewCompany, parseNewSite, type InputError, type Parsed } from './sites';
export { panelCollapsedItem, SETTING_ITEMS } from './items';

const FIELDS = Object.keys(SETTING_ITEMS) as (keyof Settings)[];
const itemOf = <K extends keyof Settings>(field: K) => SETTING_ITEMS[field] as SettingItem<Settings[K]>;
const KEYS = new Set(FIELDS.flatMap((f) => [SETTING_ITEMS[f].key, SETTING_ITEMS[f].metaKey]));

/** Reads every setting in one storage call (defaults where unset, old versions migrated and written back). */
export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get([...KEYS]);
  const settings = {} as Settings;
  const upgraded: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const item = itemOf(field);
    const { value, migrated } = item.decode(got[item.key], got[item.metaKey]);
    (settings as unknown as Record<string, unknown>)[field] = value;
    if (migrated) Object.assign(upgraded, { [item.key]: value, [item.metaKey]: { v: item.version } });
  }
  // Migration is deterministic, so several tabs writing the same upgrade at once is harmless.
  if (Object.keys(upgraded).length) await browser.storage.local.set(upgraded).catch(() => undefined);
  return settings;
}

/** Stores one setting; every open tab sees it through `watchSettings`. */
export function saveSetting<K extends keyof Settings>(field: K, value: Settings[K]): Promise<void> {
  return itemOf(field).setValue(value);
}

/** Stores every setting in one write (undoing a reset, importing a backup). */
export async function saveSettings(settings: Settings): Promise<void> {
  const all: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const item = itemOf(field);
    Object.assign(all, { [item.key]: settings[field], [item.metaKey]: { v: item.version } });
  }
  await browser.storage.local.set(all);
}

/** Forgets every stored setting, so the defaults apply again (the panel's collapsed state is kept). */
export async function resetSettings(): Promise<void> {
  await browser.storage.local.remove([...KEYS]);
}

/** Calls `cb` with the new settings whenever one changes (in any tab or page); returns the unwatcher. */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  let latest = 0;
  let stopped = false;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !Object.keys(changes).some((k) => KEYS.has(k))) return;
    // Changes can arrive in bursts (reset removes eight keys); only the newest read reports.
    const ticket = ++latest;
    loadSettings().then(
      (settings) => !stopped && ticket === latest && cb(settings),
      () => undefined,
    );
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}

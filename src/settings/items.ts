import { KINDS } from '../extract/types';
import { DEFAULT_COLOURS, DEFAULT_SETTINGS } from './defaults';
import { defineSetting, type SettingItem } from './item';
import { parseHost } from './sites';
import type { Colours, Settings } from './types';

const isRecord = (raw: unknown): raw is Record<string, unknown> =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw);

const uniqueStrings = (raw: unknown, clean: (s: string) => string | undefined): string[] | undefined => {
  if (!Array.isArray(raw)) return undefined;
  const out: string[] = [];
  for (const entry of raw) {
    const value = typeof entry === 'string' ? clean(entry) : undefined;
    if (value && !out.includes(value)) out.push(value);
  }
  return out;
};

/** Which kinds are found and painted; a kind added by a later version starts on. */
export const kindsItem = defineSetting<Settings['kinds']>('settings.kinds', {
  fallback: DEFAULT_SETTINGS.kinds,
  version: 1,
  sanitize: (raw) => {
    if (!isRecord(raw)) return undefined;
    const kinds = { ...DEFAULT_SETTINGS.kinds };
    for (const kind of KINDS) if (typeof raw[kind] === 'boolean') kinds[kind] = raw[kind];
    return kinds;
  },
});

/** Highlight colours, `#rrggbb` each; an unreadable colour falls back to its default alone. */
export const coloursItem = defineSetting<Colours>('settings.colours', {
  fallback: DEFAULT_COLOURS,
  version: 1,
  sanitize: (raw) => {
    if (!isRecord(raw)) return undefined;
    const colours = { ...DEFAULT_COLOURS };
    for (const name of Object.keys(colours) as (keyof Colours)[]) {
      const value = raw[name];
      if (typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value)) colours[name] = value.toLowerCase();
    }
    return colours;
  },
});

/** Host names where newsmark stays off (normalised; invalid entries are dropped). */
export const disabledSitesItem = defineSetting<string[]>('settings.disabledSites', {
  fallback: DEFAULT_SETTINGS.disabledSites,
  version: 1,
  sanitize: (raw) =>
    uniqueStrings(raw, (s) => {
      const parsed = parseHost(s);
      return parsed.ok ? parsed.value : undefined;
    }),
});

/** Company names the reader watches, as typed. */
export const watchlistItem = defineSetting<string[]>('settings.watchlist', {
  fallback: DEFAULT_SETTINGS.watchlist,
  version: 1,
  sanitize: (raw) => uniqueStrings(raw, (s) => s.trim() || undefined),
});

/** Whether the in-page legend panel is collapsed to its small bar (starts collapsed: it stays out of the way). */
export const panelCollapsedItem = defineSetting<boolean>('ui.panelCollapsed', {
  fallback: true,
  version: 1,
  sanitize: (raw) => (typeof raw === 'boolean' ? raw : undefined),
});

/** The storage item behind each field of `Settings`. */
export const SETTING_ITEMS: { [K in keyof Settings]: SettingItem<Settings[K]> } = {
  kinds: kindsItem,
  colours: coloursItem,
  disabledSites: disabledSitesItem,
  watchlist: watchlistItem,
};

import type { Settings } from '../settings/types';
import { DEFAULT_COLOURS } from './highlight-styles';

/** Where the page reads the reader's settings from (the options page writes them); `watch` applies changes live. */
export interface PageSettingsSource {
  load(): Promise<Settings>;
  /** Calls `cb` with the new settings after every change; returns the unwatcher. */
  watch(cb: (settings: Settings) => void): () => void;
}

/** The settings of a fresh install: every kind on, default colours, no disabled site, empty watchlist. */
export const DEFAULT_PAGE_SETTINGS: Settings = {
  kinds: { figure: true, quote: true, company: true },
  colours: DEFAULT_COLOURS,
  disabledSites: [],
  watchlist: [],
};

/** A source that always gives the defaults (used until a stored-settings source is passed to `bootPage`). */
export const defaultSettingsSource: PageSettingsSource = {
  load: async () => DEFAULT_PAGE_SETTINGS,
  watch: () => () => undefined,
};

/** True when `host` is one of `sites` or a subdomain of one (`example.com` covers `news.example.com`). */
export function isSiteDisabled(host: string, sites: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return sites.some((s) => {
    const site = s.trim().toLowerCase().replace(/^\*\./, '');
    return !!site && (h === site || h.endsWith(`.${site}`));
  });
}

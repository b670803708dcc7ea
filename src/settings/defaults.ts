import type { Colours, Settings } from './types';

/**
 * Default highlight colours: opaque `#rrggbb` (what `<input type="color">` edits). Painting mixes
 * them with transparency, so the same colour reads on light and dark pages.
 */
export const DEFAULT_COLOURS: Readonly<Colours> = {
  figure: '#f08c00',
  quote: '#1971c2',
  company: '#2b8a3e',
  note: '#c2255c',
  watch: '#e8590c',
};

/** What a fresh install uses: every kind on, no site off, an empty watchlist. */
export const DEFAULT_SETTINGS: Readonly<Settings> = {
  kinds: { figure: true, quote: true, company: true },
  colours: DEFAULT_COLOURS,
  disabledSites: [],
  watchlist: [],
};

import type { Kind } from '../extract/types';

/** Highlight colours the reader can change (CSS colours). */
export interface Colours {
  figure: string;
  quote: string;
  company: string;
  note: string;
  watch: string;
}

/** Everything the reader can set on the options page (stored in browser.storage.local). */
export interface Settings {
  /** Kinds that are found and painted. */
  kinds: Record<Kind, boolean>;
  colours: Colours;
  /** Host names (e.g. `news.example.com`, or `example.com` for all its subdomains) where newsmark stays off. */
  disabledSites: string[];
  /** Company names that get a stronger highlight (`newsmark-watch`) wherever they are found. */
  watchlist: string[];
}

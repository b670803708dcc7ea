import { DEFAULT_SETTINGS } from '../settings/defaults';
import type { Settings } from '../settings/types';

/** Where the page reads the reader's settings from (the options page writes them); `watch` applies changes live. */
export interface PageSettingsSource {
  load(): Promise<Settings>;
  /** Calls `cb` with the new settings after every change; returns the unwatcher. */
  watch(cb: (settings: Settings) => void): () => void;
}

/** A source that always gives the defaults (tests and the e2e harness; the content script passes the stored settings). */
export const defaultSettingsSource: PageSettingsSource = {
  load: async () => DEFAULT_SETTINGS,
  watch: () => () => undefined,
};

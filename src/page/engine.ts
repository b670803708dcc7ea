import type { Entity, ExtractOptions, Kind } from '../extract/types';

/** What the annotator needs of the extraction engine (src/extract/index.ts has exactly these exports). */
export interface Engine {
  extract(text: string, options: ExtractOptions): Entity[];
  /** Builds lexicons and matchers in steps, so no step is a long task; optional. */
  warmUp?(kinds: readonly Kind[]): Iterable<void>;
}

/** Loads the engine; the content script imports it only on pages that have an article. */
export type LoadEngine = () => Promise<Engine>;

/**
 * Memoises `load`: one load for the page's lifetime; a failure is logged once and gives `null` ever after
 * (no highlights, and the page is not asked to load the module again and again).
 */
export function engineLoader(load: LoadEngine | undefined): () => Promise<Engine | null> {
  let loading: Promise<Engine | null> | null = null;
  return () =>
    (loading ??= (load ? load() : Promise.reject(new Error('no extraction engine given')))
      .then((engine) => (typeof engine?.extract === 'function' ? engine : Promise.reject(new Error('not an engine'))))
      .catch((e: unknown) => {
        console.debug('[newsmark] extraction engine not loaded:', e);
        return null;
      }));
}

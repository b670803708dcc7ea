import type { Entity, Kind } from '../extract/types';

/** An entity the annotator painted on the page: the extracted span plus its live DOM range. */
export interface PaintedEntity extends Entity {
  /** Stable within one annotation pass; the index into `entities()`. */
  id: number;
  range: Range;
  /** True for a company on the reader's watchlist. */
  watched?: boolean;
}

/**
 * What the page annotator exposes to the in-page UI (hover card, legend panel) and to the
 * messages from the popup. Implemented by `src/page/annotator.ts`.
 */
export interface AnnotatorController {
  /** Everything painted now, in reading order. */
  entities(): readonly PaintedEntity[];
  /** Calls `cb` whenever the entity list or the visibility changes; returns the unsubscriber. */
  subscribe(cb: () => void): () => void;
  /** Whether highlights of `kind` are shown (all kinds on and off with `setAllVisible`). */
  isVisible(kind: Kind): boolean;
  setKindVisible(kind: Kind, visible: boolean): void;
  setAllVisible(visible: boolean): void;
  /** The painted entity under the viewport point (x, y), if any (innermost kind first: figure, company, quote). */
  entityAt(x: number, y: number): PaintedEntity | undefined;
  /** Scrolls the entity into view and flashes it; false when it no longer exists. */
  scrollTo(id: number): boolean;
}

/**
 * Every message newsmark sends between its contexts. One entry per message, one JSDoc line each.
 * Commands are imperative (`getPageSummary`), events past tense (`pageAnnotated`). Handlers that can
 * fail return `Result<T>` instead of throwing across contexts.
 */

/** Outcome of a command that can fail: data, or a message fit to show the user. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: string };

/** Counts of what the page annotator found on a page, per kind. */
export interface KindCounts {
  figure: number;
  quote: number;
  company: number;
}

/** One entity the page annotator painted, as listed in the popup and the legend. */
export interface PageEntity {
  /** Index in the page's current entity list; valid until the page is annotated again. */
  id: number;
  kind: 'figure' | 'quote' | 'company';
  text: string;
  speaker?: string;
  ticker?: string;
  value?: import('../extract/types').FigureValue;
}

/** What the content script reports about its page. */
export interface PageSummary {
  url: string;
  title: string;
  /** Whether an article was found on the page. */
  hasArticle: boolean;
  counts: KindCounts;
  /** Everything painted, in reading order (empty in `pageAnnotated`, to keep that message small). */
  entities: PageEntity[];
}

/** Messages and their data → return types (the @webext-core/messaging protocol map). */
export interface ProtocolMap {
  /** Content → background: the page was annotated; the background updates the badge. */
  pageAnnotated(data: PageSummary): void;
  /** Popup → content script: describe the page and what was found on it. */
  getPageSummary(): PageSummary;
  /** Popup → content script: scroll the entity with this id into view and flash it. */
  scrollToEntity(id: number): boolean;
  /** Background → content script: show all highlights if none is shown, else hide them (keyboard command); returns whether they are shown now. */
  toggleHighlights(): boolean;
}

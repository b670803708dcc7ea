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

/** What the content script reports about its page. */
export interface PageSummary {
  url: string;
  title: string;
  /** Whether an article was found on the page. */
  hasArticle: boolean;
  counts: KindCounts;
}

/** Messages and their data → return types (the @webext-core/messaging protocol map). */
export interface ProtocolMap {
  /** Content → background: the page was annotated; the background updates the badge. */
  pageAnnotated(data: PageSummary): void;
  /** Popup → content script: describe the page and what was found on it. */
  getPageSummary(): PageSummary;
}

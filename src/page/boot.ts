import { onMessage, sendMessage } from '../messaging';
import { isOwnSender } from '../messaging/sender';
import type { PageSummary } from '../messaging/protocol';
import { startNotesLayer } from './notes-layer';

/** The lifetime hooks WXT's ContentScriptContext gives (kept minimal so tests can pass a fake). */
export interface BootContext {
  onInvalidated(cb: () => void): void;
}

/** Starts the page annotator on `doc`; everything it sets up is removed when `ctx` is invalidated. */
export function bootPage(ctx: BootContext, doc: Document): void {
  const summary = (): PageSummary => ({
    url: doc.location?.href ?? '',
    title: doc.title,
    hasArticle: false,
    counts: { figure: 0, quote: 0, company: 0 },
    entities: [],
  });
  const stop = onMessage('getPageSummary', ({ sender }) => {
    if (!isOwnSender(sender)) throw new Error('not from newsmark');
    return summary();
  });
  ctx.onInvalidated(stop);
  startNotesLayer(ctx, doc);
  sendMessage('pageAnnotated', summary()).catch(() => undefined);
}

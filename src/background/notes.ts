import browser from 'webextension-polyfill';
import { onMessage, sendMessage } from '../messaging';
import type { Result } from '../messaging/protocol';
import { isOwnSender, type SenderLike } from '../messaging/sender';
import { NotesService } from './notes-service';

/** The error every notes handler returns to a sender that is not this extension. */
export const NOT_FROM_NEWSMARK = 'not from newsmark';

/** Runs `work` only for messages from this extension; anything else gets `{ ok: false }`. */
export function guarded<T>(sender: SenderLike | undefined, work: () => Promise<Result<T>>): Promise<Result<T>> {
  return isOwnSender(sender) ? work() : Promise.resolve({ ok: false, error: NOT_FROM_NEWSMARK });
}

/**
 * Like `guarded`, and only for newsmark's own pages (popup, notes page), not content scripts: a
 * content script lives in a web page's process, so it may add and read its page's notes but not
 * read, change or delete every note.
 */
export function guardedPage<T>(
  sender: SenderLike | undefined,
  work: () => Promise<Result<T>>,
  origin: string = browser.runtime.getURL('/'),
): Promise<Result<T>> {
  const fromPage = isOwnSender(sender) && !!sender?.url?.startsWith(origin);
  return fromPage ? work() : Promise.resolve({ ok: false, error: NOT_FROM_NEWSMARK });
}

/** Tells every open tab's content script that notes changed ('' = any page), so it repaints. */
async function broadcastNotesChanged(url: string): Promise<void> {
  const tabs = await browser.tabs.query({}).catch(() => []);
  for (const tab of tabs) {
    // Tabs without newsmark's content script (browser pages) refuse the message: nothing to do.
    if (tab.id != null) sendMessage('notesChanged', url, tab.id).catch(() => undefined);
  }
}

/** Registers the notes message handlers on the background (the database's only owner). */
export function registerNoteHandlers(
  service = new NotesService(
    undefined,
    (url) => void broadcastNotesChanged(url),
    browser.runtime.getManifest().version,
  ),
) {
  onMessage('addNote', ({ data, sender }) => guarded(sender, () => service.add(data)));
  onMessage('updateNote', ({ data, sender }) => guardedPage(sender, () => service.update(data)));
  onMessage('deleteNote', ({ data, sender }) => guardedPage(sender, () => service.remove(data)));
  onMessage('undoDeleteNote', ({ data, sender }) => guardedPage(sender, () => service.undo(data)));
  onMessage('listPageNotes', ({ data, sender }) => guarded(sender, () => service.listPage(data)));
  onMessage('searchNotes', ({ data, sender }) => guardedPage(sender, () => service.search(data)));
  onMessage('exportNotes', ({ data, sender }) => guardedPage(sender, () => service.exportText(data)));
  onMessage('importNotes', ({ data, sender }) => guardedPage(sender, () => service.importFile(data)));
}

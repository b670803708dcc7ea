import { useCallback, useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../src/messaging';
import type { NoteAnchors, NoteRecord } from '../../src/messaging/protocol';
import { t } from '../../src/i18n';
import { passageOf, positionOf } from '../../src/notes/model';
import { NoteItem } from '../../src/notes/ui/NoteItem';
import { UndoBar } from '../../src/notes/ui/UndoBar';

/** Props of the popup's list of the page's notes. */
export interface PageNotesProps {
  url: string;
  title: string;
  tabId: number;
  /** Shows an error (quota…) where the popup shows errors. */
  onError(message: string): void;
}

/** Page notes first, then passage notes in reading order. */
function ordered(records: NoteRecord[]): NoteRecord[] {
  const key = (r: NoteRecord) => (passageOf(r.annotation) ? (positionOf(r.annotation)?.start ?? 1e15) : -1);
  return [...records].sort((a, b) => key(a) - key(b) || a.modified - b.modified);
}

/** The page's notes: add a page note, edit, delete with undo; passages not found are marked. */
export function PageNotes({ url, title, tabId, onError }: PageNotesProps) {
  const [notes, setNotes] = useState<NoteRecord[] | null>(null);
  const [anchors, setAnchors] = useState<NoteAnchors | null>(null);
  const [draft, setDraft] = useState('');
  const [deleted, setDeleted] = useState<string | null>(null);

  const load = useCallback(async () => {
    const r = await sendMessage('listPageNotes', url).catch((e: Error) => ({ ok: false as const, error: e.message }));
    if (!r.ok) return onError(r.error);
    setNotes(ordered(r.data));
    setAnchors(await sendMessage('getNoteAnchors', undefined, tabId).catch(() => null));
  }, [url, tabId, onError]);
  useEffect(() => void load(), [load]);

  const add = async (e: Event) => {
    e.preventDefault();
    if (!draft.trim()) return;
    const r = await sendMessage('addNote', { url, title, text: draft });
    if (!r.ok) return onError(r.error);
    setDraft('');
    await load();
  };
  const save = async (id: string, text: string, tags: string[]) => {
    const r = await sendMessage('updateNote', { id, text, tags });
    if (!r.ok) return r.error;
    await load();
    return null;
  };
  const remove = async (id: string) => {
    const r = await sendMessage('deleteNote', id);
    if (!r.ok) return onError(r.error);
    setDeleted(id);
    await load();
  };
  const undo = async () => {
    if (!deleted) return;
    const r = await sendMessage('undoDeleteNote', deleted);
    setDeleted(null);
    if (!r.ok) return onError(r.error);
    await load();
  };
  const dismiss = useCallback(() => setDeleted(null), []);
  const show = (id: string) => void sendMessage('scrollToNote', id, tabId).catch(() => false);
  // A passage the content script did not report as found is not on the page (as far as it knows).
  const isOrphan = (r: NoteRecord) => !!anchors && !!passageOf(r.annotation) && !anchors.anchored.includes(r.id);

  return (
    <section class="nm-section" aria-labelledby="notes-title">
      <h2 id="notes-title">{t('popupNotesTitle')}</h2>
      <form class="nm-add" onSubmit={add}>
        <textarea
          aria-label={t('popupAddPageNote')}
          placeholder={t('popupPageNotePlaceholder')}
          rows={2}
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void add(e);
          }}
        />
        <button type="submit" class="nm-primary" disabled={!draft.trim()}>
          {t('popupAddPageNote')}
        </button>
      </form>
      {notes && notes.length === 0 && <p class="nm-muted nm-small-text">{t('popupNoNotes')}</p>}
      {notes && notes.length > 0 && (
        <ul class="nm-notes" data-testid="page-notes">
          {notes.map((r) => (
            <NoteItem key={r.id} record={r} orphan={isOrphan(r)} onSave={save} onDelete={remove} onShow={show} />
          ))}
        </ul>
      )}
      {deleted && <UndoBar onUndo={undo} onDismiss={dismiss} />}
    </section>
  );
}

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { sendMessage } from '../../src/messaging';
import type { NoteFilter, NoteSearchResult, Result } from '../../src/messaging/protocol';
import { t } from '../../src/i18n';
import { ensurePersistentStorage } from '../../src/notes/ui/storage';
import { UndoBar } from '../../src/notes/ui/UndoBar';
import { Filters } from './Filters';
import { ImportExport } from './ImportExport';
import { PageGroups } from './PageGroups';
import './notes.css';

/** Notes shown at first and added by each "Show more" (the list is paged so 10,000 notes open fast). */
export const PAGE_SIZE = 100;

/** Asks the background for one page of the search; failures come back as a `Result`. */
export function searchNotes(filter: NoteFilter, limit: number): Promise<Result<NoteSearchResult>> {
  return sendMessage('searchNotes', { ...filter, offset: 0, limit }).catch((e: Error) => ({
    ok: false as const,
    error: e.message,
  }));
}

/** Props of the all-notes page. */
export interface AppProps {
  /** The first page of notes, asked for before the first render (`searchNotes({}, PAGE_SIZE)`). */
  first?: Promise<Result<NoteSearchResult>>;
}

/** Every note the reader kept, grouped by page: search, filters, edit/delete, export and import. */
export function App({ first }: AppProps) {
  const [filter, setFilter] = useState<NoteFilter>({});
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [result, setResult] = useState<NoteSearchResult | null>(null);
  const [shownFor, setShownFor] = useState<string | null>(null);
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  const [deleted, setDeleted] = useState<string | null>(null);
  const [persistent, setPersistent] = useState<boolean | null>(null);
  const seq = useRef(0);

  // Searches start from the event that asks for them, not from an effect: effects wait for the
  // next frame, up to 100 ms in a background or busy tab.
  const load = useCallback(async (f: NoteFilter, n: number, asked?: Promise<Result<NoteSearchResult>>) => {
    const mine = ++seq.current;
    const r = await (asked ?? searchNotes(f, n));
    if (mine !== seq.current) return; // a newer search answered already
    if (!r.ok) return setError(r.error);
    setResult(r.data);
    setShownFor(f.query ?? '');
    // A quick first page (search index still building): ask again for the filter menus.
    if (r.data.partial) void load(f, n);
  }, []);

  useEffect(() => {
    void load({}, PAGE_SIZE, first);
  }, [first, load]);
  useEffect(() => {
    void ensurePersistentStorage().then(setPersistent);
  }, []);
  // Marks for the benchmark (tests/bench/notes.bench.mjs): the first list and each search shown.
  useLayoutEffect(() => {
    if (result) performance.mark(`notes-shown:${shownFor ?? ''}`);
  }, [result, shownFor]);

  const changeFilter = (f: NoteFilter) => {
    setError('');
    setLimit(PAGE_SIZE);
    setFilter(f);
    void load(f, PAGE_SIZE);
  };
  const showMore = () => {
    setLimit(limit + PAGE_SIZE);
    void load(filter, limit + PAGE_SIZE);
  };
  const refresh = () => load(filter, limit);
  const save = async (id: string, text: string, tags: string[]) => {
    const r = await sendMessage('updateNote', { id, text, tags });
    if (!r.ok) return r.error;
    await refresh();
    return null;
  };
  const remove = async (id: string) => {
    const r = await sendMessage('deleteNote', id);
    if (!r.ok) return setError(r.error);
    setDeleted(id);
    await refresh();
  };
  const undo = async () => {
    if (!deleted) return;
    const r = await sendMessage('undoDeleteNote', deleted);
    setDeleted(null);
    if (!r.ok) return setError(r.error);
    await refresh();
  };
  const dismiss = useCallback(() => setDeleted(null), []);
  const onError = useCallback((m: string) => {
    setNotice('');
    setError(m);
  }, []);
  const onImported = useCallback(
    (m: string) => {
      setError('');
      setNotice(m);
      void load(filter, limit);
    },
    [filter, limit, load],
  );

  const filtered = !!(filter.query?.trim() || filter.site || filter.company || filter.from || filter.to);
  return (
    <main class="nm-notes-page">
      <header class="nm-page-header">
        <div>
          <h1>{t('notesTitle')}</h1>
          <p class="nm-muted nm-count-line" data-testid="match-count" data-results-for={shownFor ?? undefined}>
            {result &&
              (filtered
                ? t('notesMatchCount', [String(result.total), String(result.all)])
                : result.all === 1
                  ? t('notesCountOne')
                  : t('notesCount', String(result.all)))}
          </p>
        </div>
        <ImportExport filter={filter} onError={onError} onImported={onImported} />
      </header>
      <Filters filter={filter} facets={result} onChange={changeFilter} />
      <div role="alert" class={error ? 'nm-alert nm-alert-error' : 'nm-alert'}>
        {error}
      </div>
      <div role="status" class={notice ? 'nm-alert nm-alert-ok' : 'nm-alert'}>
        {notice}
      </div>
      {result && result.all === 0 && <p class="nm-empty">{t('notesEmpty')}</p>}
      {result && result.all > 0 && result.total === 0 && <p class="nm-empty">{t('notesNoMatch')}</p>}
      {result && <PageGroups records={result.records} onSave={save} onDelete={remove} />}
      {result && result.records.length < result.total && (
        <p class="nm-more">
          <button type="button" onClick={showMore}>
            {t('notesShowMore')}
          </button>
        </p>
      )}
      <footer class="nm-muted nm-storage">
        {persistent === true && t('notesStoragePersistent')}
        {persistent === false && t('notesStorageBestEffort')}
      </footer>
      {deleted && <UndoBar onUndo={undo} onDismiss={dismiss} />}
    </main>
  );
}

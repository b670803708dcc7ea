import { t } from '../i18n';
import type { Result } from '../messaging/protocol';
import type { NoteEdit, NoteExportScope, ImportSummary } from '../messaging/protocol';
import { openNotesDb, type NotesDb } from '../notes/db';
import { storageErrorKey } from '../notes/errors';
import { parseImport } from '../notes/import';
import { createAnnotation, withNoteText, type NoteDraft } from '../notes/model';
import type { Annotation, NoteRecord } from '../notes/schema';
import { NoteIndex, type NoteFilter, type SearchResult } from '../notes/search';
import { normaliseUrl } from '../notes/url';

const ok = <T>(data: T): Result<T> => ({ ok: true, data });
const fail = <T>(error: string): Result<T> => ({ ok: false, error });

/**
 * The background's notes logic, one method per message, each returning a `Result` whose error is
 * a sentence for the reader. Keeps an in-memory search index, dropped on every write.
 */
export class NotesService {
  private dbPromise?: Promise<NotesDb>;
  private index?: Promise<NoteIndex>;

  /** `notify(url)` is told after every change to a page's notes (to repaint open tabs). */
  constructor(
    private readonly dbName?: string,
    private readonly notify: (url: string) => void = () => undefined,
  ) {}

  private db(): Promise<NotesDb> {
    this.dbPromise ??= openNotesDb(this.dbName, () => {
      this.dbPromise = undefined;
    }).catch((e) => {
      this.dbPromise = undefined;
      throw e;
    });
    return this.dbPromise;
  }

  private async run<T>(work: (db: NotesDb) => Promise<T>): Promise<Result<T>> {
    try {
      return ok(await work(await this.db()));
    } catch (e) {
      console.warn('[newsmark] notes storage:', e);
      return fail(t(storageErrorKey(e)));
    }
  }

  private changed(...urls: string[]): void {
    this.index = undefined;
    for (const url of new Set(urls)) this.notify(url);
  }

  /** Stores a new note. */
  add(draft: NoteDraft): Promise<Result<NoteRecord>> {
    if (!draft.selectors && !draft.text.trim()) return Promise.resolve(fail(t('notesErrorEmpty')));
    return this.run(async (db) => {
      const record = await db.add(createAnnotation(draft));
      this.changed(record.url);
      return record;
    });
  }

  /** Changes a note's text and tags. */
  async update(edit: NoteEdit): Promise<Result<NoteRecord>> {
    const r = await this.run((db) => db.update(edit.id, (a) => withNoteText(a, edit.text, edit.tags)));
    if (!r.ok) return r;
    if (!r.data) return fail(t('notesErrorGone'));
    this.changed(r.data.url);
    return ok(r.data);
  }

  /** Moves a note to the trash. */
  async remove(id: string): Promise<Result<NoteRecord>> {
    const r = await this.run(async (db) => {
      await db.purgeTrash();
      return db.remove(id);
    });
    if (!r.ok) return r;
    if (!r.data) return fail(t('notesErrorGone'));
    this.changed(r.data.url);
    return ok(r.data);
  }

  /** Restores a note from the trash. */
  async undo(id: string): Promise<Result<NoteRecord>> {
    const r = await this.run((db) => db.restore(id));
    if (!r.ok) return r;
    if (!r.data) return fail(t('notesErrorGone'));
    this.changed(r.data.url);
    return ok(r.data);
  }

  /** The notes of one page. */
  listPage(url: string): Promise<Result<NoteRecord[]>> {
    return this.run((db) => db.byUrl(normaliseUrl(url)));
  }

  private searchIndex(): Promise<NoteIndex> {
    const built = (this.index ??= this.db()
      .then((db) => db.all())
      .then((records) => new NoteIndex(records)));
    built.catch(() => {
      if (this.index === built) this.index = undefined;
    });
    return built;
  }

  /** Searches every note. */
  search(filter: NoteFilter): Promise<Result<SearchResult>> {
    return this.run(async () => (await this.searchIndex()).search(filter));
  }

  /** The annotations of a page or of a search, for an export. */
  exportScope(scope: NoteExportScope): Promise<Result<Annotation[]>> {
    return this.run(async (db) => {
      const records =
        'url' in scope
          ? await db.byUrl(normaliseUrl(scope.url))
          : (await this.searchIndex()).search({ ...scope.filter, offset: 0, limit: undefined }).records;
      return records.map((r) => r.annotation);
    });
  }

  /** Parses and merges an import file, all or nothing. */
  async importText(text: string): Promise<Result<ImportSummary>> {
    const parsed = parseImport(text);
    if (!parsed.ok) return fail(t(parsed.problem.key, parsed.problem.detail));
    const r = await this.run((db) => db.merge(parsed.annotations));
    // Many pages may have changed: '' tells every open tab to reload its notes.
    if (r.ok) this.changed('');
    return r;
  }
}

import { t } from '../i18n';
import type { Result } from '../messaging/protocol';
import type {
  ExportFile,
  ExportRequest,
  ImportRequest,
  ImportSummary,
  NoteEdit,
  NoteExportScope,
} from '../messaging/protocol';
import { hasFileChannel, postFile, receiveFile } from '../messaging/file-channel';
import { openNotesDb, type NotesDb } from '../notes/db';
import { storageErrorKey } from '../notes/errors';
import { parseImport } from '../notes/import';
import { createAnnotation, withNoteText, type NoteDraft } from '../notes/model';
import type { Annotation, NoteRecord } from '../notes/schema';
import { isPlainList, NoteIndex, type NoteFilter, type SearchResult } from '../notes/search';
import { EXPORT_MIME, exportCsv, exportJson, exportMarkdown } from '../notes/export';
import { normaliseUrl } from '../notes/url';

const ok = <T>(data: T): Result<T> => ({ ok: true, data });
const afterReply = () => new Promise((resolve) => setTimeout(resolve, 0));
const fail = <T>(error: string): Result<T> => ({ ok: false, error });

/**
 * The background's notes logic, one method per message, each returning a `Result` whose error is
 * a sentence for the reader. Keeps an in-memory search index, updated with every write.
 */
export class NotesService {
  private dbPromise?: Promise<NotesDb>;
  private index?: Promise<NoteIndex>;

  /** `notify(url)` is told after every change to a page's notes (to repaint open tabs). */
  constructor(
    private readonly dbName?: string,
    private readonly notify: (url: string) => void = () => undefined,
    /** newsmark's version, for the JSON export's `generator`. */
    private readonly version = '',
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

  /** After a committed write: updates the search index (if built) and tells open tabs. */
  private changed(urls: string[], upserts: readonly NoteRecord[], removed: readonly string[] = []): void {
    const current = this.index;
    if (current) {
      // After the reply has gone out: folding 10,000 imported notes takes tens of ms; searches
      // wait for `next` anyway.
      const next = current.then((index) => afterReply().then(() => index.with(upserts, removed)));
      this.index = next;
      next.catch(() => {
        if (this.index === next) this.index = undefined;
      });
    }
    for (const url of new Set(urls)) this.notify(url);
  }

  /** Stores a new note. */
  add(draft: NoteDraft): Promise<Result<NoteRecord>> {
    if (!draft.selectors && !draft.text.trim()) return Promise.resolve(fail(t('notesErrorEmpty')));
    return this.run(async (db) => {
      const record = await db.add(createAnnotation(draft));
      this.changed([record.url], [record]);
      return record;
    });
  }

  /** Changes a note's text and tags. */
  async update(edit: NoteEdit): Promise<Result<NoteRecord>> {
    const r = await this.run((db) => db.update(edit.id, (a) => withNoteText(a, edit.text, edit.tags)));
    if (!r.ok) return r;
    if (!r.data) return fail(t('notesErrorGone'));
    this.changed([r.data.url], [r.data]);
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
    this.changed([r.data.url], [], [r.data.id]);
    return ok(r.data);
  }

  /** Restores a note from the trash. */
  async undo(id: string): Promise<Result<NoteRecord>> {
    const r = await this.run((db) => db.restore(id));
    if (!r.ok) return r;
    if (!r.data) return fail(t('notesErrorGone'));
    this.changed([r.data.url], [r.data]);
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

  /**
   * Searches every note. The plain newest-first list is served straight from the `modified` index
   * while the search index is still being built (loading 10,000 notes takes ~1 s), so the notes
   * page shows at once; that answer is `partial` (no filter menus) and the page asks again, which
   * then waits for the index.
   */
  search(filter: NoteFilter): Promise<Result<SearchResult>> {
    return this.run(async (db) => {
      if (!this.index && isPlainList(filter)) {
        const offset = filter.offset ?? 0;
        const [records, all] = await Promise.all([db.latest(offset + (filter.limit ?? Infinity)), db.count()]);
        // Loading every note only now: started earlier, it holds up the short cursor walk above.
        void this.searchIndex().catch(() => undefined);
        return { records: records.slice(offset), total: all, all, sites: [], companies: [], partial: true };
      }
      return (await this.searchIndex()).search(filter);
    });
  }

  /**
   * An export file, formatted here (sending 10,000 annotations as objects between contexts takes
   * seconds). Given a channel, the file goes there as a Blob, made here so the page only links it.
   */
  async exportText(request: ExportRequest): Promise<Result<ExportFile>> {
    const r = await this.exportScope(request.scope);
    if (!r.ok) return r;
    if (!r.data.length) return ok({ count: 0 });
    const options = { label: request.label, version: this.version };
    const text =
      request.format === 'md'
        ? exportMarkdown(r.data, options)
        : request.format === 'json'
          ? exportJson(r.data, options)
          : exportCsv(r.data);
    if (request.channel && hasFileChannel()) {
      postFile(request.channel, new Blob([text], { type: `${EXPORT_MIME[request.format]};charset=utf-8` }));
      return ok({ count: r.data.length });
    }
    return ok({ text, count: r.data.length });
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

  /**
   * Merges an import file, all or nothing: its text, or the Blob the page offers on a channel
   * (runtime messages would serialise a 12 MB text as JSON, which takes seconds).
   */
  async importFile(request: ImportRequest, timeoutMs = 60_000): Promise<Result<ImportSummary>> {
    if ('text' in request) return this.importText(request.text);
    let text: string;
    try {
      text = await (await receiveFile(request.channel, { ask: true, timeoutMs }).file).text();
    } catch {
      return fail(t('importErrorRead'));
    }
    return this.importText(text);
  }

  /** Parses and merges an import file's text, all or nothing. */
  async importText(text: string): Promise<Result<ImportSummary>> {
    const parsed = parseImport(text);
    if (!parsed.ok) return fail(t(parsed.problem.key, parsed.problem.detail));
    const r = await this.run((db) => db.mergeRecords(parsed.annotations));
    if (!r.ok) return r;
    // Many pages may have changed: '' tells every open tab to reload its notes.
    this.changed([''], r.data.written);
    return ok(r.data.summary);
  }
}

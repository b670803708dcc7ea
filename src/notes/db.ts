import { openDB, unwrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { DB_NAME, DB_VERSION, type Annotation, type NoteRecord, type NotesSchema, type TrashRecord } from './schema';
import { toRecord, toRecords } from './model';

/**
 * The notes database, the only module that imports idb. Opened by the background only (a content
 * script's IndexedDB would belong to the page's origin). Rule inside every transaction: nothing but
 * IDB requests is awaited, so the transaction cannot auto-commit half way (idb README).
 */

type Db = IDBPDatabase<NotesSchema>;
type UpgradeTx = IDBPTransaction<NotesSchema, StoreNames<NotesSchema>[], 'versionchange'>;
type MergeTx = IDBPTransaction<NotesSchema, ['notes'], 'readwrite'>;

/** How an import merged into the database. */
export interface MergeSummary {
  added: number;
  updated: number;
  /** Notes already there with the same or a newer `modified`. */
  kept: number;
}

/** What `mergeRecords` did and the records it wrote. */
export interface MergeResult {
  summary: MergeSummary;
  written: NoteRecord[];
}

/** Deleted notes stay restorable (undo) this long before they are purged. */
export const TRASH_MS = 7 * 24 * 3600 * 1000;

async function upgrade(db: Db, oldVersion: number, tx: UpgradeTx): Promise<void> {
  // Released blocks are never edited: add a new `if (oldVersion < N)` block instead.
  if (oldVersion < 1) {
    const notes = db.createObjectStore('notes', { keyPath: 'id' });
    notes.createIndex('url', 'url');
    notes.createIndex('modified', 'modified');
  }
  if (oldVersion < 2) {
    const notes = tx.objectStore('notes');
    notes.createIndex('site', 'site');
    notes.createIndex('company', 'companies', { multiEntry: true });
    db.createObjectStore('trash', { keyPath: 'id' }).createIndex('deleted', 'deleted');
    // v1 records lack `site` and `companies`: derive them from the stored annotation.
    for (let c = await notes.openCursor(); c; c = await c.continue()) await c.update(toRecord(c.value.annotation));
  }
}

/** Opens (creating or upgrading) the notes database; `onClosed` runs when it must be reopened. */
export async function openNotesDb(name = DB_NAME, onClosed?: () => void): Promise<NotesDb> {
  const db: Db = await openDB<NotesSchema>(name, DB_VERSION, {
    upgrade: (db, oldVersion, _newVersion, tx) => upgrade(db, oldVersion, tx),
    // A newer version wants to upgrade (an updated extension): let go, and reopen on next use.
    blocking: () => {
      db.close();
      onClosed?.();
    },
    terminated: () => onClosed?.(),
  });
  return new NotesDb(db);
}

/** Typed operations on the notes database. */
export class NotesDb {
  constructor(readonly db: Db) {}

  /** Stores a new note (fails with ConstraintError when the id exists). */
  async add(a: Annotation): Promise<NoteRecord> {
    const record = toRecord(a);
    await this.db.add('notes', record);
    return record;
  }

  /** The note with this id, if any. */
  get(id: string): Promise<NoteRecord | undefined> {
    return this.db.get('notes', id);
  }

  /** Replaces a note's annotation by `change(old)` in one transaction; undefined when it is gone. */
  async update(id: string, change: (a: Annotation) => Annotation): Promise<NoteRecord | undefined> {
    const tx = this.db.transaction('notes', 'readwrite');
    const old = await tx.store.get(id);
    if (!old) {
      await tx.done;
      return undefined;
    }
    const record = toRecord(change(old.annotation));
    await tx.store.put(record);
    await tx.done;
    return record;
  }

  /** Moves a note to the trash (restorable with `restore`); returns it, or undefined when it is gone. */
  async remove(id: string, now = Date.now()): Promise<NoteRecord | undefined> {
    const tx = this.db.transaction(['notes', 'trash'], 'readwrite');
    const record = await tx.objectStore('notes').get(id);
    if (record) {
      await tx.objectStore('trash').put({ id, deleted: now, record });
      await tx.objectStore('notes').delete(id);
    }
    await tx.done;
    return record;
  }

  /** Puts a trashed note back; undefined when it is not in the trash. */
  async restore(id: string): Promise<NoteRecord | undefined> {
    const tx = this.db.transaction(['notes', 'trash'], 'readwrite');
    const trashed: TrashRecord | undefined = await tx.objectStore('trash').get(id);
    if (trashed) {
      await tx.objectStore('notes').put(trashed.record);
      await tx.objectStore('trash').delete(id);
    }
    await tx.done;
    return trashed?.record;
  }

  /** Deletes trash older than `TRASH_MS`; returns how many went. */
  async purgeTrash(now = Date.now()): Promise<number> {
    const tx = this.db.transaction('trash', 'readwrite');
    let n = 0;
    const old = IDBKeyRange.upperBound(now - TRASH_MS);
    for (let c = await tx.store.index('deleted').openCursor(old); c; c = await c.continue()) {
      await c.delete();
      n++;
    }
    await tx.done;
    return n;
  }

  /** Notes on one page (normalised URL). */
  byUrl(url: string): Promise<NoteRecord[]> {
    return this.db.getAllFromIndex('notes', 'url', url);
  }

  /** Notes naming a company. */
  byCompany(company: string): Promise<NoteRecord[]> {
    return this.db.getAllFromIndex('notes', 'company', company);
  }

  /** Every note, oldest modification first. */
  all(): Promise<NoteRecord[]> {
    return this.db.getAllFromIndex('notes', 'modified');
  }

  /** The `n` most recently modified notes, newest first (one cursor walk: no need to load them all). */
  async latest(n: number): Promise<NoteRecord[]> {
    const out: NoteRecord[] = [];
    const tx = this.db.transaction('notes');
    for (let c = await tx.store.index('modified').openCursor(null, 'prev'); c && out.length < n; c = await c.continue())
      out.push(c.value);
    await tx.done;
    return out;
  }

  /** Number of notes. */
  count(): Promise<number> {
    return this.db.count('notes');
  }

  /**
   * Merges annotations in ONE transaction: new ids are added, an existing note is replaced only by
   * a newer `modified`. Any failure (quota…) aborts the whole merge, so nothing is half imported.
   */
  async merge(annotations: Annotation[]): Promise<MergeSummary> {
    return (await this.mergeRecords(annotations)).summary;
  }

  /** `merge`, also giving the records it wrote (the background updates its search index with them). */
  async mergeRecords(annotations: Annotation[]): Promise<MergeResult> {
    const records = toRecords(annotations);
    const tx = this.db.transaction('notes', 'readwrite');
    const summary: MergeSummary = { added: 0, updated: 0, kept: 0 };
    const written: NoteRecord[] = [];
    try {
      const stored = await this.modifiedOf(tx, records);
      // Raw requests, not idb's promises: at 10,000 notes the per-request promise is measurable,
      // and any failed put aborts the transaction, which `tx.done` reports.
      const store = unwrap(tx.store);
      for (const r of records) {
        const old = stored.get(r.id);
        if (old === undefined) summary.added++;
        else if (r.modified > old) summary.updated++;
        else {
          summary.kept++;
          continue;
        }
        stored.set(r.id, r.modified); // the same id twice: the later one must be newer still
        store.put(r);
        written.push(r);
      }
      await tx.done;
    } catch (e) {
      try {
        tx.abort();
      } catch {
        // Already aborted by the failed request.
      }
      await tx.done.catch(() => undefined);
      throw e;
    }
    return { summary, written };
  }

  /**
   * `modified` of the stored notes among `records`, by id, read the cheapest way: nothing from an
   * empty store (a first import); one get per record when they are few next to the store; else a
   * key cursor over the `modified` index, which yields every id with its time and loads no note.
   */
  private async modifiedOf(tx: MergeTx, records: NoteRecord[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    const stored = await tx.store.count();
    if (!stored) return out;
    if (records.length * 3 < stored) {
      const old = await Promise.all(records.map((r) => tx.store.get(r.id)));
      for (const r of old) if (r) out.set(r.id, r.modified);
      return out;
    }
    const cursor = unwrap(tx.store.index('modified')).openKeyCursor();
    await new Promise<void>((resolve, reject) => {
      cursor.onerror = () => reject(cursor.error);
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c) return resolve();
        out.set(c.primaryKey as string, c.key as number);
        c.continue();
      };
    });
    return out;
  }

  /** Closes the connection. */
  close(): void {
    this.db.close();
  }
}

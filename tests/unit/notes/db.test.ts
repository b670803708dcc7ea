import { afterEach, describe, expect, it } from 'vitest';
import { openNotesDb, TRASH_MS, type NotesDb } from '../../../src/notes/db';
import { DB_VERSION } from '../../../src/notes/schema';
import { toRecord } from '../../../src/notes/model';
import { createV1Database } from './fixtures/db-v1';
import { FOREIGN, sampleAnnotations } from './fixtures/notes';

let n = 0;
const freshName = () => `notes-test-${Date.now()}-${n++}`;
const open: NotesDb[] = [];
async function fresh(name = freshName()): Promise<NotesDb> {
  const db = await openNotesDb(name);
  open.push(db);
  return db;
}
afterEach(() => open.splice(0).forEach((db) => db.close()));

describe('schema upgrades', () => {
  it('creates the current version from nothing', async () => {
    const db = await fresh();
    expect(db.db.version).toBe(DB_VERSION);
    expect([...db.db.objectStoreNames].sort()).toEqual(['notes', 'trash']);
    const tx = db.db.transaction('notes');
    expect([...tx.store.indexNames].sort()).toEqual(['company', 'modified', 'site', 'url']);
  });

  it('upgrades a database filled at version 1 without losing a note, and backfills the new indexes', async () => {
    const name = freshName();
    const notes = [...sampleAnnotations(), FOREIGN];
    await createV1Database(name, notes);
    const db = await fresh(name);
    expect(db.db.version).toBe(DB_VERSION);
    expect(await db.count()).toBe(notes.length);
    for (const a of notes) expect((await db.get(a.id))!.annotation).toEqual(a);
    expect((await db.byCompany('Northwind Logistics Inc.')).map((r) => r.id)).toEqual([notes[3].id]);
    expect((await db.get(notes[0].id))!.site).toBe('finance.example.cn');
    // The trash store of v2 works on upgraded data.
    await db.remove(notes[0].id);
    expect((await db.restore(notes[0].id))!.annotation).toEqual(notes[0]);
  });
});

describe('NotesDb', () => {
  it('adds, finds by page and company, and refuses a duplicate id', async () => {
    const db = await fresh();
    const [page, figure, quote, company] = sampleAnnotations();
    for (const a of [page, figure, quote, company]) await db.add(a);
    expect((await db.byUrl('https://finance.example.cn/2025/03/18/xinghe.html')).map((r) => r.id).sort()).toEqual(
      [page.id, figure.id].sort(),
    );
    expect((await db.byCompany('Northwind Logistics Inc.')).length).toBe(1);
    await expect(db.add(page)).rejects.toThrow();
    expect(await db.count()).toBe(4);
  });

  it('updates in one transaction and says when the note is gone', async () => {
    const db = await fresh();
    const [page] = sampleAnnotations();
    await db.add(page);
    const r = await db.update(page.id, (a) => ({ ...a, modified: '2026-01-01T00:00:00.000Z' }));
    expect(r!.modified).toBe(Date.parse('2026-01-01T00:00:00Z'));
    expect(await db.update('urn:uuid:missing', (a) => a)).toBeUndefined();
  });

  it('moves deleted notes to the trash, restores them, and purges old trash', async () => {
    const db = await fresh();
    const [page, figure] = sampleAnnotations();
    await db.add(page);
    await db.add(figure);
    const t0 = Date.now();
    expect((await db.remove(page.id, t0 - TRASH_MS - 1))!.id).toBe(page.id);
    await db.remove(figure.id, t0);
    expect(await db.count()).toBe(0);
    expect(await db.purgeTrash(t0)).toBe(1);
    expect(await db.restore(page.id)).toBeUndefined();
    expect((await db.restore(figure.id))!.annotation).toEqual(figure);
    expect(await db.count()).toBe(1);
  });

  it('merges by id: new notes added, a newer modified wins, an older one is kept out', async () => {
    const db = await fresh();
    const [page, figure, quote] = sampleAnnotations();
    await db.add(page);
    await db.add(figure);
    const newer = { ...page, modified: '2030-01-01T00:00:00.000Z', body: 'newer' };
    const older = { ...figure, modified: '2000-01-01T00:00:00.000Z', body: 'older' };
    expect(await db.merge([newer, older, quote])).toEqual({ added: 1, updated: 1, kept: 1 });
    expect((await db.get(page.id))!.annotation.body).toBe('newer');
    expect((await db.get(figure.id))!.annotation).toEqual(figure);
    expect(await db.count()).toBe(3);
  });

  it('merges the same way whether the file is small or large next to the store, and gives what it wrote', async () => {
    const [page, figure, quote, company] = sampleAnnotations();
    const newer = { ...page, modified: '2030-01-01T00:00:00.000Z', body: 'newer' };
    // Few notes next to the store (2 against 7 stored): read one by one.
    const few = await fresh();
    const others = [quote, company, figure].map((a, i) => ({ ...a, id: `urn:uuid:other-${i}` }));
    for (const a of [page, figure, quote, company, ...others]) await few.add(a);
    const r1 = await few.mergeRecords([newer, FOREIGN]);
    expect(r1.summary).toEqual({ added: 1, updated: 1, kept: 0 });
    expect(r1.written.map((r) => r.id)).toEqual([page.id, FOREIGN.id]);
    expect(r1.written[0]).toEqual(toRecord(newer));
    // Many next to the store: one key cursor over every stored note.
    const most = await fresh();
    for (const a of [page, figure]) await most.add(a);
    const r2 = await most.mergeRecords([newer, figure, FOREIGN]);
    expect(r2.summary).toEqual({ added: 1, updated: 1, kept: 1 });
    expect(r2.written.map((r) => r.id)).toEqual([page.id, FOREIGN.id]);
    for (const db of [few, most]) {
      expect((await db.get(page.id))!.annotation.body).toBe('newer');
      expect((await db.get(FOREIGN.id))!.annotation).toEqual(FOREIGN);
    }
  });

  it('merges the same id given twice like two imports: the later one only when newer', async () => {
    const db = await fresh();
    const [page] = sampleAnnotations();
    const later = { ...page, modified: '2030-01-01T00:00:00.000Z', body: 'later' };
    const stale = { ...page, modified: '2029-01-01T00:00:00.000Z', body: 'stale' };
    expect(await db.merge([page, later, stale])).toEqual({ added: 1, updated: 1, kept: 1 });
    expect((await db.get(page.id))!.annotation.body).toBe('later');
  });

  it('merges all or nothing: one note that cannot be stored leaves the database as it was', async () => {
    const db = await fresh();
    const [page, figure, quote] = sampleAnnotations();
    await db.add(page);
    const before = await db.all();
    // A function cannot be cloned into IndexedDB: the put fails after the first notes were written.
    const broken = { ...quote, body: () => 'x' };
    await expect(db.merge([{ ...page, modified: '2031-01-01T00:00:00.000Z' }, figure, broken])).rejects.toThrow();
    expect(await db.all()).toEqual(before);
  });

  it('lists every note oldest modification first', async () => {
    const db = await fresh();
    const notes = sampleAnnotations().reverse();
    for (const a of notes) await db.add(a);
    expect((await db.all()).map((r) => r.modified)).toEqual(notes.map((a) => toRecord(a).modified).sort());
  });
});

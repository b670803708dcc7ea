import { describe, expect, it, vi } from 'vitest';
import { NotesService } from '../../../src/background/notes-service';
import { guarded, guardedPage, NOT_FROM_NEWSMARK } from '../../../src/background/notes';
import { exportJson } from '../../../src/notes/export';
import { NotesDb } from '../../../src/notes/db';
import { fileChannelName, offerFile, receiveFile } from '../../../src/messaging/file-channel';
import { DRAFTS, FOREIGN } from './fixtures/notes';

let n = 0;
function service() {
  const changed: string[] = [];
  const s = new NotesService(`service-test-${Date.now()}-${n++}`, (url) => changed.push(url));
  return { s, changed };
}

function unwrap<T>(r: { ok: true; data: T } | { ok: false; error: string }): T {
  if (!r.ok) throw new Error(r.error);
  return r.data;
}

describe('NotesService', () => {
  it('adds notes and lists them for the page however its URL is written', async () => {
    const { s, changed } = service();
    for (const d of DRAFTS) unwrap(await s.add(d));
    const zh = unwrap(await s.listPage('https://finance.example.cn/2025/03/18/xinghe.html?utm_source=wx#p3'));
    expect(zh).toHaveLength(2);
    expect(unwrap(await s.listPage(DRAFTS[2].url))).toHaveLength(2);
    expect(changed).toContain('https://finance.example.cn/2025/03/18/xinghe.html');
  });

  it('refuses an empty page note with a message', async () => {
    const { s } = service();
    const r = await s.add({ ...DRAFTS[0], text: '   ' });
    expect(r).toEqual({ ok: false, error: expect.stringContaining('notesErrorEmpty') });
  });

  it('edits, deletes and undoes the delete', async () => {
    const { s } = service();
    const note = unwrap(await s.add(DRAFTS[1]));
    const edited = unwrap(await s.update({ id: note.id, text: '改：估值合理' }));
    expect(edited.annotation.body).toContainEqual(expect.objectContaining({ value: '改：估值合理' }));
    unwrap(await s.remove(note.id));
    expect(unwrap(await s.listPage(DRAFTS[1].url))).toHaveLength(0);
    expect(unwrap(await s.undo(note.id)).annotation).toEqual(edited.annotation);
    expect(unwrap(await s.listPage(DRAFTS[1].url))).toHaveLength(1);
    expect((await s.update({ id: 'urn:uuid:gone', text: 'x' })).ok).toBe(false);
  });

  it('searches note, passage, title and URL, and sees changes at once', async () => {
    const { s } = service();
    for (const d of DRAFTS) unwrap(await s.add(d));
    const hits = async (query: string) => unwrap(await s.search({ query })).total;
    expect(await hits('估值')).toBe(1);
    expect(await hits('bottomed scale')).toBe(1);
    expect(await hits('星河电池')).toBe(2);
    expect(await hits('northwind-crestline')).toBe(2);
    expect(await hits('nothing-like-this')).toBe(0);
    unwrap(await s.add({ ...DRAFTS[0], text: '再看估值' }));
    expect(await hits('估值')).toBe(2);
    const r = unwrap(await s.search({ company: 'Northwind Logistics Inc.' }));
    expect(r.total).toBe(1);
    expect(r.sites.map((f) => f.value)).toEqual(['finance.example.cn', 'news.example.com']);
  });

  it('exports a page or a search, formatted in the background', async () => {
    const { s } = service();
    for (const d of DRAFTS) unwrap(await s.add(d));
    expect(unwrap(await s.exportScope({ url: DRAFTS[2].url }))).toHaveLength(2);
    expect(unwrap(await s.exportScope({ filter: { query: '星河', limit: 1 } }))).toHaveLength(2);
    const md = unwrap(await s.exportText({ scope: { url: DRAFTS[0].url }, format: 'md', label: 'Page' }));
    expect(md.count).toBe(2);
    expect(md.text).toContain('# Page');
    const json = unwrap(await s.exportText({ scope: { filter: {} }, format: 'json' }));
    expect(JSON.parse(json.text!).total).toBe(4);
    expect(unwrap(await s.exportText({ scope: { url: 'https://nothing.example/' }, format: 'csv' })).count).toBe(0);
  });

  it('serves the plain list at once while the search index builds, then the full answer', async () => {
    const { s } = service();
    for (const d of DRAFTS) unwrap(await s.add(d));
    const quick = unwrap(await s.search({ offset: 0, limit: 3 }));
    expect(quick.partial).toBe(true);
    expect(quick.total).toBe(4);
    const full = unwrap(await s.search({ offset: 0, limit: 3 }));
    expect(full.partial).toBeUndefined();
    expect(full.sites).toHaveLength(2);
    expect(quick.records.map((r) => r.id)).toEqual(full.records.map((r) => r.id));
  });

  it('imports, merges, and refuses a bad file with a message, changing nothing', async () => {
    const { s, changed } = service();
    const mine = unwrap(await s.add(DRAFTS[0]));
    const file = exportJson([FOREIGN, mine.annotation]);
    expect(unwrap(await s.importText(file))).toEqual({ added: 1, updated: 0, kept: 1 });
    expect(changed.at(-1)).toBe('');
    const before = unwrap(await s.exportScope({ filter: {} }));
    const bad = await s.importText('{"type":"AnnotationCollection","first":{"items":[{"type":"Annotation"}]}}');
    expect(bad).toEqual({ ok: false, error: expect.stringContaining('importErrorBadItem') });
    expect(unwrap(await s.exportScope({ filter: {} }))).toEqual(before);
  });

  it('takes the import file as a Blob offered on a channel, and refuses a bad one changing nothing', async () => {
    const { s, changed } = service();
    const mine = unwrap(await s.add(DRAFTS[0]));
    const offer = (text: string) => {
      const channel = fileChannelName('import');
      return { channel, stop: offerFile(channel, new Blob([text], { type: 'application/json' })) };
    };
    const good = offer(exportJson([FOREIGN, mine.annotation]));
    expect(unwrap(await s.importFile({ channel: good.channel }))).toEqual({ added: 1, updated: 0, kept: 1 });
    good.stop();
    expect(changed.at(-1)).toBe('');
    const before = unwrap(await s.exportScope({ filter: {} }));
    const bad = offer('{"type": "AnnotationCollection", "first": {"items": [');
    expect(await s.importFile({ channel: bad.channel })).toEqual({
      ok: false,
      error: expect.stringContaining('importErrorNotJson'),
    });
    bad.stop();
    // Nobody offers a file on the channel: a read error, not a hang.
    const none = await s.importFile({ channel: fileChannelName('import') }, 50);
    expect(none).toEqual({ ok: false, error: expect.stringContaining('importErrorRead') });
    expect(unwrap(await s.exportScope({ filter: {} }))).toEqual(before);
  });

  it('posts the export as a Blob on the channel it is given, not in the reply', async () => {
    const { s } = service();
    for (const d of DRAFTS) unwrap(await s.add(d));
    const channel = fileChannelName('export');
    const receiver = receiveFile(channel);
    const reply = unwrap(await s.exportText({ scope: { filter: {} }, format: 'json', channel }));
    expect(reply).toEqual({ count: 4 });
    const file = await receiver.file;
    expect(file.type).toBe('application/ld+json;charset=utf-8');
    expect(
      JSON.parse(await file.text())
        .first.items.map((a: { id: string }) => a.id)
        .sort(),
    ).toEqual(
      unwrap(await s.exportScope({ filter: {} }))
        .map((a) => a.id)
        .sort(),
    );
  });

  it('keeps its search index up to date through every write without reloading every note', async () => {
    const { s } = service();
    const all = vi.spyOn(NotesDb.prototype, 'all');
    try {
      const first = unwrap(await s.add(DRAFTS[0]));
      expect(unwrap(await s.search({ query: '估值' })).total).toBe(1);
      const second = unwrap(await s.add({ ...DRAFTS[1], text: '第二条：估值' }));
      expect(unwrap(await s.search({ query: '估值' })).total).toBe(2);
      unwrap(await s.update({ id: first.id, text: '改成别的' }));
      expect(unwrap(await s.search({ query: '估值' })).records.map((r) => r.id)).toEqual([second.id]);
      expect(unwrap(await s.search({ query: '改成别的' })).total).toBe(1);
      unwrap(await s.remove(second.id));
      expect(unwrap(await s.search({ query: '估值' })).total).toBe(0);
      unwrap(await s.undo(second.id));
      expect(unwrap(await s.search({ query: '估值' })).total).toBe(1);
      unwrap(await s.importText(exportJson([FOREIGN])));
      const r = unwrap(await s.search({}));
      expect(r.total).toBe(3);
      expect(r.sites.map((f) => f.value)).toEqual(['finance.example.cn', 'news.example.com']);
      expect(all).toHaveBeenCalledTimes(1);
    } finally {
      all.mockRestore();
    }
    // The same answers as an index built afresh from the database.
    const fresh = new NotesService((s as unknown as { dbName: string }).dbName);
    unwrap(await fresh.search({}));
    expect(unwrap(await fresh.search({})).records).toEqual(unwrap(await s.search({})).records);
  });

  it('reports a full disk as a quota message', async () => {
    const { s } = service();
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const spy = vi.spyOn(NotesDb.prototype, 'add').mockRejectedValueOnce(quota);
    const r = await s.add(DRAFTS[0]);
    spy.mockRestore();
    expect(r).toEqual({ ok: false, error: expect.stringContaining('notesErrorQuota') });
  });
});

describe('guarded', () => {
  it('runs handlers only for messages from this extension', async () => {
    const work = vi.fn(async () => ({ ok: true as const, data: 1 }));
    expect(await guarded({ id: 'someone-else' }, work)).toEqual({ ok: false, error: NOT_FROM_NEWSMARK });
    expect(await guarded(undefined, work)).toEqual({ ok: false, error: NOT_FROM_NEWSMARK });
    expect(work).not.toHaveBeenCalled();
  });

  it('keeps reading, changing and deleting every note to newsmark pages, not content scripts', async () => {
    const work = vi.fn(async () => ({ ok: true as const, data: 1 }));
    const id = (await import('webextension-polyfill')).default.runtime.id;
    const origin = 'chrome-extension://abc/';
    const page = { id, url: `${origin}notes.html` };
    const content = { id, url: 'https://news.example.com/a' };
    expect(await guardedPage(content, work, origin)).toEqual({ ok: false, error: NOT_FROM_NEWSMARK });
    expect(await guardedPage({ id: 'other', url: page.url }, work, origin)).toEqual({
      ok: false,
      error: NOT_FROM_NEWSMARK,
    });
    expect(work).not.toHaveBeenCalled();
    expect(await guardedPage(page, work, origin)).toEqual({ ok: true, data: 1 });
    expect(await guarded(content, work)).toEqual({ ok: true, data: 1 });
  });
});

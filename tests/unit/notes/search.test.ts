import { describe, expect, it } from 'vitest';
import { toRecord } from '../../../src/notes/model';
import { NoteIndex } from '../../../src/notes/search';
import { FOREIGN, sampleAnnotations } from './fixtures/notes';

const index = () => new NoteIndex([...sampleAnnotations(), FOREIGN].map(toRecord));

describe('NoteIndex', () => {
  it('lists newest first and pages through the matches', () => {
    const all = index().search();
    expect(all.total).toBe(5);
    expect(all.all).toBe(5);
    expect(all.records[0].id).toBe(sampleAnnotations()[3].id);
    expect(all.records.at(-1)!.id).toBe(FOREIGN.id);
    const page = index().search({ offset: 1, limit: 2 });
    expect(page.records.map((r) => r.id)).toEqual(all.records.slice(1, 3).map((r) => r.id));
    expect(page.total).toBe(5);
  });

  it('needs every word, in any case and width, in any searched field', () => {
    expect(index().search({ query: 'FREIGHT whitfield' }).total).toBe(0);
    expect(index().search({ query: 'FREIGHT scale' }).total).toBe(1);
    expect(index().search({ query: 'ｆｉｌｉｎｇ' }).total).toBe(1);
    expect(index().search({ query: '固态电池' }).total).toBe(2);
    expect(index().search({ query: '  ' }).total).toBe(5);
  });

  it('filters by site, company and local date', () => {
    expect(index().search({ site: 'finance.example.cn' }).total).toBe(2);
    expect(index().search({ company: 'Northwind Logistics Inc.' }).total).toBe(1);
    expect(index().search({ from: '2025-01-01' }).total).toBe(4);
    expect(
      index()
        .search({ to: '2024-12-31' })
        .records.map((r) => r.id),
    ).toEqual([FOREIGN.id]);
    expect(index().search({ from: 'garbage' }).total).toBe(5);
  });

  it('gives the site and company menus with counts', () => {
    const r = index().search({ query: 'nothing matches this' });
    expect(r.sites).toEqual([
      { value: 'finance.example.cn', count: 2 },
      { value: 'news.example.com', count: 3 },
    ]);
    expect(r.companies).toEqual([{ value: 'Northwind Logistics Inc.', count: 1 }]);
  });

  it('takes writes without a rebuild: the same answers as an index built from the changed notes', () => {
    const [page, figure, quote, company] = sampleAnnotations();
    const edited = toRecord({ ...figure, modified: '2026-01-01T00:00:00.000Z', body: '改：估值合理' });
    const before = new NoteIndex([page, figure, quote].map(toRecord));
    const after = before.with([edited, toRecord(company), toRecord(FOREIGN)], [quote.id]);
    const expected = new NoteIndex([toRecord(page), edited, toRecord(company), toRecord(FOREIGN)]);
    for (const filter of [{}, { query: '估值' }, { query: 'freight' }, { site: 'news.example.com' }]) {
      expect(after.search(filter)).toEqual(expected.search(filter));
    }
    expect(after.search().records[0].id).toBe(figure.id);
    expect(after.size).toBe(4);
    // The older index is unchanged (a search running on it sees one state).
    expect(before.search({ query: '估值' }).records.map((r) => r.annotation)).toEqual([page]);
    expect(before.size).toBe(3);
  });
});

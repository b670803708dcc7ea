import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportJson } from '../../../src/notes/export';
import { isAnnotation, parseImport } from '../../../src/notes/import';
import type { Annotation } from '../../../src/notes/schema';
import { FOREIGN, sampleAnnotations } from './fixtures/notes';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'notes');
const generated = new Date('2025-03-20T09:00:00Z');

function annotations(text: string): Annotation[] {
  const r = parseImport(text);
  if (!r.ok) throw new Error(`refused: ${r.problem.key} ${r.problem.detail ?? ''}`);
  return r.annotations;
}

describe('parseImport', () => {
  it('export → import → export gives the same JSON apart from the generated time', () => {
    const first = exportJson([...sampleAnnotations(), FOREIGN], { generated });
    const again = exportJson(annotations(first), { generated: new Date('2026-01-01T00:00:00Z') });
    expect(again.replace(/"generated": "[^"]+"/, '')).toBe(first.replace(/"generated": "[^"]+"/, ''));
    expect(again).not.toBe(first);
  });

  it('keeps the collection context on the notes it stores, so each stands alone', () => {
    const got = annotations(exportJson(sampleAnnotations(), { generated }));
    expect(got).toEqual(sampleAnnotations());
  });

  it('imports every past newsmark format (schemaVersion 1 file)', () => {
    const got = annotations(readFileSync(join(FIXTURES, 'export-v1.json'), 'utf8'));
    expect(got.map((a) => a.id).sort()).toEqual([...sampleAnnotations(), FOREIGN].map((a) => a.id).sort());
    expect(got.find((a) => a.id === FOREIGN.id)).toEqual(FOREIGN);
  });

  it('reads W3C JSON in every shape: a page with items, an array, one annotation', () => {
    expect(annotations(JSON.stringify({ type: 'AnnotationPage', items: [FOREIGN] }))).toEqual([FOREIGN]);
    expect(annotations(JSON.stringify([FOREIGN, sampleAnnotations()[0]]))).toHaveLength(2);
    expect(annotations(JSON.stringify(FOREIGN))).toEqual([FOREIGN]);
    expect(annotations('\uFEFF' + JSON.stringify(FOREIGN))).toEqual([FOREIGN]);
  });

  it('gives an id to an annotation that has none, and keeps the newer of two with the same id', () => {
    const { id: _drop, ...noId } = FOREIGN;
    expect(annotations(JSON.stringify(noId))[0].id).toMatch(/^urn:uuid:/);
    const newer = { ...FOREIGN, modified: '2025-01-01T00:00:00Z', body: 'newer' };
    expect(annotations(JSON.stringify([FOREIGN, newer, FOREIGN]))).toEqual([newer]);
  });

  it.each([
    ['not JSON', '{"type": "AnnotationCollection", ', 'importErrorNotJson'],
    ['an empty file', '', 'importErrorNotJson'],
    ['JSON without annotations', '{"hello": "world"}', 'importErrorNoAnnotations'],
    ['a number', '42', 'importErrorNoAnnotations'],
    ['an empty collection', '{"type":"AnnotationCollection","first":{"items":[]}}', 'importErrorNoAnnotations'],
    [
      'a collection whose pages are elsewhere',
      '{"type":"AnnotationCollection","first":"https://x/page1"}',
      'importErrorRemotePages',
    ],
    [
      'a Hypothesis API search result',
      '{"total":1,"rows":[{"id":"abc","uri":"https://x","text":"n"}]}',
      'importErrorNoAnnotations',
    ],
  ])('refuses %s with a reason', (_name, text, key) => {
    const r = parseImport(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.key).toBe(key);
  });

  it('refuses the whole file when one item is not an annotation, naming it', () => {
    const r = parseImport(JSON.stringify([FOREIGN, { type: 'Annotation' }, FOREIGN]));
    expect(r).toEqual({ ok: false, problem: { key: 'importErrorBadItem', detail: '2' } });
  });

  it('refuses a file from a newer newsmark instead of guessing', () => {
    const future = JSON.parse(exportJson(sampleAnnotations(), { generated }));
    future.newsmark.schemaVersion = 99;
    expect(parseImport(JSON.stringify(future))).toEqual({
      ok: false,
      problem: { key: 'importErrorNewer', detail: '99' },
    });
  });

  it('recognises annotations by type and target', () => {
    expect(isAnnotation(FOREIGN)).toBe(true);
    expect(isAnnotation({ ...FOREIGN, type: ['oa:Annotation'] })).toBe(true);
    expect(isAnnotation({ ...FOREIGN, target: undefined })).toBe(false);
    expect(isAnnotation({ ...FOREIGN, type: 'Note' })).toBe(false);
  });
});

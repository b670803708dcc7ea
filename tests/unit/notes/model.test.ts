import { describe, expect, it } from 'vitest';
import {
  createAnnotation,
  modifiedMs,
  newsmarkOf,
  noteTextOf,
  passageOf,
  positionOf,
  quoteOf,
  sourceOf,
  tagsOf,
  titleOf,
  toRecord,
  toRecords,
  withNoteText,
} from '../../../src/notes/model';
import { NEWSMARK_CONTEXT, SCHEMA_VERSION } from '../../../src/notes/schema';
import { normaliseUrl, siteOf } from '../../../src/notes/url';
import { DRAFTS, FOREIGN, sampleAnnotations } from './fixtures/notes';

describe('normaliseUrl', () => {
  it('drops the hash and utm_* parameters and keeps the rest in order', () => {
    expect(normaliseUrl('https://News.Example.com/a/b?id=3&utm_source=x&page=2&UTM_Medium=y#top')).toBe(
      'https://news.example.com/a/b?id=3&page=2',
    );
    expect(normaliseUrl('https://news.example.com/a?utm_campaign=z')).toBe('https://news.example.com/a');
    expect(normaliseUrl('https://news.example.com/a?q=%E4%B8%AD%E6%96%87')).toBe(
      'https://news.example.com/a?q=%E4%B8%AD%E6%96%87',
    );
  });
  it('leaves what is not a URL alone apart from the hash', () => {
    expect(normaliseUrl('not a url#x')).toBe('not a url');
  });
  it('names the site without www', () => {
    expect(siteOf('https://www.example.com/x')).toBe('example.com');
  });
});

describe('createAnnotation', () => {
  const [page, figure, quote, company] = sampleAnnotations();

  it('writes a W3C annotation with newsmark data in its declared namespace', () => {
    expect(figure['@context']).toEqual(NEWSMARK_CONTEXT);
    expect(figure.id).toMatch(/^urn:uuid:/);
    expect(figure.type).toBe('Annotation');
    expect(figure.created).toBe('2025-03-18T08:01:00.000Z');
    expect(figure.motivation).toBe('commenting');
    expect(figure.newsmark).toEqual({ schemaVersion: SCHEMA_VERSION, title: DRAFTS[1].title, kind: 'figure' });
    expect(figure.target).toEqual({
      source: 'https://finance.example.cn/2025/03/18/xinghe.html',
      selector: [DRAFTS[1].selectors!.quote, DRAFTS[1].selectors!.position],
    });
    expect(figure.body).toEqual([
      { type: 'TextualBody', value: '收购价 12.6亿元，对应 51% 股权', format: 'text/plain', purpose: 'commenting' },
      { type: 'TextualBody', value: '并购', purpose: 'tagging' },
      { type: 'TextualBody', value: '固态电池', purpose: 'tagging' },
    ]);
  });

  it('gives a fresh urn:uuid id by default', () => {
    const a = createAnnotation(DRAFTS[0]);
    const b = createAnnotation(DRAFTS[0]);
    expect(a.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(a.id).not.toBe(b.id);
  });

  it('normalises the page URL and makes a page note without selectors', () => {
    expect(page.target).toEqual({ source: 'https://finance.example.cn/2025/03/18/xinghe.html' });
    expect(sourceOf(quote)).toBe('https://news.example.com/markets/northwind-crestline?ref=home');
  });

  it('keeps what newsmark knew about the highlight', () => {
    expect(newsmarkOf(quote)).toMatchObject({ kind: 'quote', speaker: 'Dana Whitfield' });
    expect(newsmarkOf(company)).toMatchObject({
      kind: 'company',
      company: 'Northwind Logistics Inc.',
      ticker: 'NYSE: NWL',
    });
  });

  it('makes a bodiless highlighting annotation for a passage without text', () => {
    expect(company.body).toBeUndefined();
    expect(company.motivation).toBe('highlighting');
    expect(noteTextOf(company)).toBe('');
  });
});

describe('readers', () => {
  it('read notes made by other tools', () => {
    expect(noteTextOf(FOREIGN)).toBe('Worth checking the 2023 filing.');
    expect(passageOf(FOREIGN)).toBe('27% premium');
    expect(positionOf(FOREIGN)).toBeUndefined();
    expect(quoteOf(FOREIGN)!.suffix).toBe(" to Friday's close");
    expect(titleOf(FOREIGN)).toBe(sourceOf(FOREIGN));
    expect(tagsOf(FOREIGN)).toEqual([]);
    expect(modifiedMs(FOREIGN)).toBe(Date.parse('2024-11-02T10:05:00Z'));
  });

  it('read a target given as an IRI or as an array', () => {
    expect(sourceOf({ ...FOREIGN, target: 'https://a.example/x' })).toBe('https://a.example/x');
    expect(sourceOf({ ...FOREIGN, target: [{ source: { id: 'https://b.example/' } }] })).toBe('https://b.example/');
  });
});

describe('withNoteText', () => {
  const now = new Date('2025-04-01T00:00:00Z');

  it('changes the comment and modified time, and keeps every other property', () => {
    const edited = withNoteText(FOREIGN, 'Checked: the filing agrees.', undefined, now);
    expect(edited.body).toBe('Checked: the filing agrees.');
    expect(edited.modified).toBe(now.toISOString());
    const { body: _a, modified: _b, ...rest } = edited;
    const { body: _c, modified: _d, ...before } = FOREIGN;
    expect(rest).toEqual(before);
  });

  it('replaces tags only when given, and keeps other bodies', () => {
    const [, figure] = sampleAnnotations();
    const extra = {
      ...figure,
      body: [...(figure.body as object[]), { type: 'SpecificResource', source: 'https://x' }],
    };
    const edited = withNoteText(extra, '新的看法', undefined, now);
    expect(noteTextOf(edited)).toBe('新的看法');
    expect(tagsOf(edited)).toEqual(['并购', '固态电池']);
    expect((edited.body as object[]).at(-1)).toEqual({ type: 'SpecificResource', source: 'https://x' });
    expect(tagsOf(withNoteText(extra, 'x', ['估值'], now))).toEqual(['估值']);
  });

  it('adds a comment body to a bare highlight and removes it when emptied', () => {
    const [, , , company] = sampleAnnotations();
    const withText = withNoteText(company, '  watch this  ', undefined, now);
    expect(noteTextOf(withText)).toBe('watch this');
    expect(withNoteText(withText, '', undefined, now).body).toBeUndefined();
  });
});

describe('toRecord', () => {
  it('derives the index fields and keeps the annotation itself', () => {
    const [, , , company] = sampleAnnotations();
    const r = toRecord(company);
    expect(r).toEqual({
      id: company.id,
      url: 'https://news.example.com/markets/northwind-crestline?ref=home',
      site: 'news.example.com',
      modified: Date.parse('2025-03-18T08:03:00Z'),
      companies: ['Northwind Logistics Inc.'],
      annotation: company,
    });
  });

  it('gives the same records for many notes at once, pages shared or not', () => {
    const notes = [...sampleAnnotations(), FOREIGN, { ...sampleAnnotations()[2], id: 'urn:uuid:copy' }];
    expect(toRecords(notes)).toEqual(notes.map((a) => toRecord(a)));
  });
});

import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  exportCsv,
  exportFileName,
  exportJson,
  exportMarkdown,
  groupByPage,
  toCollection,
} from '../../../src/notes/export';
import { csvDocument, escapeMarkdown, neutraliseCell } from '../../../src/notes/format';
import { noteTextOf, passageOf } from '../../../src/notes/model';
import { NEWSMARK_CONTEXT } from '../../../src/notes/schema';
import { FOREIGN, sampleAnnotations } from './fixtures/notes';

const generated = new Date('2025-03-20T09:00:00Z');
const notes = () => [...sampleAnnotations(), FOREIGN];

/** A strict RFC 4180 reader for checking the CSV export. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') ((cell += '"'), (i += 2));
        else if (text[i] === '"') {
          i++;
          break;
        } else cell += text[i++];
      }
    } else while (i < text.length && text[i] !== ',' && text[i] !== '\r') cell += text[i++];
    row.push(cell);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) throw new Error(`bad CSV at ${i}: ${JSON.stringify(text.slice(i, i + 10))}`);
  }
  return rows;
}

describe('JSON export', () => {
  it('is a W3C AnnotationCollection holding every note once, in creation order', () => {
    const c = toCollection(notes(), { generated, version: '0.1.0' });
    expect(c['@context']).toEqual(NEWSMARK_CONTEXT);
    expect(c.type).toBe('AnnotationCollection');
    expect(c.total).toBe(5);
    expect(c.generated).toBe('2025-03-20T09:00:00.000Z');
    expect(c.first.type).toBe('AnnotationPage');
    expect(c.first.items.map((a) => a.id)).toEqual([FOREIGN.id, ...sampleAnnotations().map((a) => a.id)]);
  });

  it('does not repeat the collection context on newsmark notes, and keeps a foreign context', () => {
    const items = toCollection(notes(), { generated }).first.items;
    expect(items[1]['@context']).toBeUndefined();
    expect(items[0]['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(items[0].creator).toEqual(FOREIGN.creator);
    expect(items[0].rights).toBe(FOREIGN.rights);
  });

  it('is the same text for the same notes in any order', () => {
    const a = exportJson(notes(), { generated });
    expect(exportJson(notes().reverse(), { generated })).toBe(a);
    expect(JSON.parse(a).first.items).toHaveLength(5);
  });
});

describe('Markdown export', () => {
  const md = exportMarkdown(notes(), { generated });

  it('groups by page with title, URL and date', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## Northwind Logistics agrees \\$2.1 billion takeover of Crestline Freight',
      '## 星河电池拟收购海川材料 布局固态电池',
    ]);
    expect(md).toContain('<https://finance.example.cn/2025/03/18/xinghe.html> · 2025-03-18');
    expect(groupByPage(notes()).map((g) => g.notes.length)).toEqual([3, 2]);
  });

  it('shows passages as blockquotes followed by the note, for every note', () => {
    expect(md).toContain('> 12.6亿元\n\n收购价 12.6亿元，对应 51% 股权\n\n*2025-03-18 · #并购 #固态电池*');
    for (const a of notes()) {
      if (passageOf(a)) expect(md).toContain(`> ${escapeMarkdown(passageOf(a).split('\n')[0])}`);
      if (noteTextOf(a)) expect(md).toContain(escapeMarkdown(noteTextOf(a)));
    }
    expect(md).toContain('*2025-03-18 · — Dana Whitfield*');
    expect(md).toContain('*2025-03-18 · Northwind Logistics Inc. (NYSE: NWL)*');
  });

  it('escapes note text so no markup or HTML gets through', () => {
    expect(md).toContain(
      '=HYPERLINK("http://evil") — "scale" is the \\*real\\* reason, see \\[link\\](x) \\<b\\>not bold\\</b\\>',
    );
    expect(md).not.toContain('<b>');
  });
});

describe('escapeMarkdown', () => {
  it('neutralises line-start markup and inline markup', () => {
    expect(escapeMarkdown('# title\n- item\n1. first\n> quoted\n    code\n---\n==')).toBe(
      '\\# title\n\\- item\n1\\. first\n\\> quoted\ncode\n\\---\n\\==',
    );
    expect(escapeMarkdown('-5% and 12.6亿元\n#hashtag\n2024. ok')).toBe('-5% and 12.6亿元\n#hashtag\n2024\\. ok');
    expect(escapeMarkdown('a_b *c* `d` [e](f) <i> & $x$ | ~s~')).toBe(
      'a\\_b \\*c\\* \\`d\\` \\[e\\](f) \\<i\\> \\& \\$x\\$ \\| \\~s\\~',
    );
    expect(escapeMarkdown('营收增长18.5%，净利润7.2亿元')).toBe('营收增长18.5%，净利润7.2亿元');
  });
});

describe('CSV export', () => {
  const csv = exportCsv(notes());

  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/(?<!")\r(?!\n)/);
  });

  it('has one row per note with every column, and reads back to the same values', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(6);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
    const quote = rows.find((r) => r[9] === 'Dana Whitfield')!;
    expect(quote[5]).toBe('Freight volumes have bottomed out, and this is the moment to build scale,');
    expect(rows.find((r) => r[0] === FOREIGN.id)![6]).toBe('Worth checking the 2023 filing.');
    expect(rows.find((r) => r[4].startsWith('https://finance'))![3]).toBe('星河电池拟收购海川材料 布局固态电池');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows.find((r) => r[9] === 'Dana Whitfield')![6]).toBe(
      `'=HYPERLINK("http://evil") — "scale" is the *real* reason, see [link](x) <b>not bold</b>`,
    );
    for (const v of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseCell(v)).toBe(`'${v}`);
    expect(neutraliseCell('1-2')).toBe('1-2');
    expect(csvDocument([['a,b', 'say "hi"', 'two\nlines']])).toBe('\uFEFF"a,b","say ""hi""","two\nlines"\r\n');
  });
});

describe('exportFileName', () => {
  it('names the file by scope and local date', () => {
    expect(exportFileName('notes', 'md', new Date(2025, 0, 5, 12))).toBe('newsmark-notes-2025-01-05.md');
  });
});

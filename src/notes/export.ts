import { NEWSMARK_CONTEXT, SCHEMA_VERSION, type Annotation } from './schema';
import { newsmarkOf, noteTextOf, passageOf, positionOf, sourceOf, tagsOf, titleOf } from './model';
import { normaliseUrl } from './url';
import { csvDocument, escapeMarkdown, markdownUrl } from './format';

/**
 * Pure, versioned exports of notes: JSON (a W3C AnnotationCollection), Markdown (for Obsidian and
 * Logseq) and CSV (for spreadsheets). Same notes in, same text out, apart from `generated`.
 */

/** Options every export takes; `generated` is injectable so tests are deterministic. */
export interface ExportOptions {
  generated?: Date;
  /** Collection label, e.g. the page title for a one-page export. */
  label?: string;
  /** newsmark's version, for `generator`. */
  version?: string;
}

/** The JSON export: a W3C AnnotationCollection with every note on its first (only) page. */
export interface AnnotationCollection {
  '@context': unknown;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  generator: { id: string; type: 'Software'; name: string };
  newsmark: { schemaVersion: number };
  first: { type: 'AnnotationPage'; startIndex: 0; items: Annotation[] };
}

/** Stable order for exports: by creation time, then id. */
export function sortForExport(annotations: readonly Annotation[]): Annotation[] {
  const key = (a: Annotation) => String(a.created ?? a.modified ?? '');
  // Plain code-unit order (ISO times sort correctly); localeCompare is ~10× slower at 10,000 notes.
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...annotations].sort((x, y) => cmp(key(x), key(y)) || cmp(x.id, y.id));
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Builds the AnnotationCollection; an item whose `@context` is the collection's does not repeat it. */
export function toCollection(annotations: readonly Annotation[], options: ExportOptions = {}): AnnotationCollection {
  const items = sortForExport(annotations).map((a) => {
    if (!sameJson(a['@context'], NEWSMARK_CONTEXT)) return a;
    const { '@context': _drop, ...rest } = a;
    return rest as Annotation;
  });
  return {
    '@context': NEWSMARK_CONTEXT,
    id: 'urn:newsmark:notes',
    type: 'AnnotationCollection',
    label: options.label ?? 'newsmark notes',
    total: items.length,
    generated: (options.generated ?? new Date()).toISOString(),
    generator: { id: 'https://newsmark.dev', type: 'Software', name: `newsmark ${options.version ?? ''}`.trim() },
    newsmark: { schemaVersion: SCHEMA_VERSION },
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** JSON export (pretty-printed, newline-terminated). */
export function exportJson(annotations: readonly Annotation[], options: ExportOptions = {}): string {
  return JSON.stringify(toCollection(annotations, options), null, 2) + '\n';
}

interface PageGroup {
  url: string;
  title: string;
  notes: Annotation[];
}

/** Notes grouped by page (pages in order of their first note), page notes first, then in reading order. */
export function groupByPage(annotations: readonly Annotation[]): PageGroup[] {
  const groups = new Map<string, PageGroup>();
  const urls = new Map<string, string>(); // parsing a URL per note is the slow part at 10,000 notes
  for (const a of sortForExport(annotations)) {
    const source = sourceOf(a);
    let url = urls.get(source);
    if (url === undefined) urls.set(source, (url = normaliseUrl(source)));
    let g = groups.get(url);
    if (!g) groups.set(url, (g = { url, title: titleOf(a), notes: [] }));
    // Notes from other tools carry no title: take the first one a newsmark note gives.
    if (g.title === sourceOf(a) || !g.title) g.title = titleOf(a);
    g.notes.push(a);
  }
  const order = (a: Annotation) => (passageOf(a) ? (positionOf(a)?.start ?? Number.MAX_SAFE_INTEGER) : -1);
  for (const g of groups.values()) g.notes.sort((x, y) => order(x) - order(y));
  return [...groups.values()];
}

const day = (iso: unknown) => (typeof iso === 'string' ? iso.slice(0, 10) : '');

function metaLine(a: Annotation): string {
  const nm = newsmarkOf(a);
  const parts = [day(a.created)];
  if (nm.speaker) parts.push(`— ${escapeMarkdown(nm.speaker)}`);
  if (nm.company) parts.push(escapeMarkdown(nm.ticker ? `${nm.company} (${nm.ticker})` : nm.company));
  const tags = tagsOf(a).map((t) => '#' + t.replace(/[\s#]+/g, '-'));
  if (tags.length) parts.push(tags.join(' '));
  return `*${parts.filter(Boolean).join(' · ')}*`;
}

/** Markdown export: one section per page (title, URL, date), passages as blockquotes, then the note. */
export function exportMarkdown(annotations: readonly Annotation[], options: ExportOptions = {}): string {
  const groups = groupByPage(annotations);
  const out: string[] = [`# ${escapeMarkdown(options.label ?? 'newsmark notes')}`, ''];
  out.push(`*${(options.generated ?? new Date()).toISOString().slice(0, 10)} · ${annotations.length} notes*`, '');
  for (const g of groups) {
    out.push(`## ${escapeMarkdown(g.title || g.url)}`, '');
    out.push(`<${markdownUrl(g.url)}> · ${day(g.notes[0]?.created)}`, '');
    for (const a of g.notes) {
      const passage = passageOf(a).trim();
      if (passage) {
        for (const line of passage.split(/\r?\n/)) out.push(line.trim() ? `> ${escapeMarkdown(line)}` : '>');
        out.push('');
      }
      const text = noteTextOf(a).trim();
      if (text) out.push(escapeMarkdown(text), '');
      out.push(metaLine(a), '');
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

/** CSV columns, in order. */
export const CSV_COLUMNS = [
  'id',
  'created',
  'modified',
  'title',
  'url',
  'passage',
  'note',
  'tags',
  'kind',
  'speaker',
  'company',
  'ticker',
] as const;

/** CSV export (RFC 4180, UTF-8 with BOM, formula cells neutralised): one row per note. */
export function exportCsv(annotations: readonly Annotation[]): string {
  const rows = groupByPage(annotations).flatMap((g) =>
    g.notes.map((a) => {
      const nm = newsmarkOf(a);
      return [
        a.id,
        String(a.created ?? ''),
        String(a.modified ?? ''),
        g.title,
        g.url,
        passageOf(a),
        noteTextOf(a),
        tagsOf(a).join('; '),
        String(nm.kind ?? ''),
        String(nm.speaker ?? ''),
        String(nm.company ?? ''),
        String(nm.ticker ?? ''),
      ];
    }),
  );
  return csvDocument([[...CSV_COLUMNS], ...rows]);
}

/** MIME types of the exports. */
export const EXPORT_MIME = { md: 'text/markdown', json: 'application/ld+json', csv: 'text/csv' } as const;

/** A download file name: `newsmark-notes-2025-01-31.md`. */
export function exportFileName(stem: string, extension: string, date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const d = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `newsmark-${stem}-${d}.${extension}`;
}

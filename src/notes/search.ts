import type { NoteRecord } from './schema';
import { noteTextOf, passageOf, tagsOf, titleOf } from './model';

/** What the all-notes page asks for: a search, filters and one page of results. */
export interface NoteFilter {
  /** Words that must all occur (case-insensitive) in the note, passage, tags, title or URL. */
  query?: string;
  /** Host name (`siteOf`). */
  site?: string;
  company?: string;
  /** Local dates `YYYY-MM-DD`, inclusive, on the modification time. */
  from?: string;
  to?: string;
  /** Paging over the matches, newest first (default 0, and every match). */
  offset?: number;
  limit?: number;
}

/** A value and how many notes have it (for the filter menus). */
export interface Facet {
  value: string;
  count: number;
}

/** One page of matches plus the totals the UI shows. */
export interface SearchResult {
  records: NoteRecord[];
  /** Matches in all. */
  total: number;
  /** Notes in the database. */
  all: number;
  sites: Facet[];
  companies: Facet[];
  /** True for a quick first page served before the search index was built: no menus yet, ask again. */
  partial?: boolean;
}

/** True when a filter searches or filters nothing (the plain newest-first list). */
export function isPlainList(filter: NoteFilter): boolean {
  return !filter.query?.trim() && !filter.site && !filter.company && !filter.from && !filter.to;
}

interface Entry {
  record: NoteRecord;
  haystack: string;
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

function entryOf(record: NoteRecord): Entry {
  const a = record.annotation;
  const text = [noteTextOf(a), passageOf(a), tagsOf(a).join(' '), titleOf(a), record.url].join('\n');
  return { record, haystack: fold(text) };
}

// Ties newest id first, the order of a backwards cursor on the `modified` index (db.latest).
const newestFirst = (x: Entry, y: Entry) =>
  y.record.modified - x.record.modified || (x.record.id < y.record.id ? 1 : x.record.id > y.record.id ? -1 : 0);

function localDayMs(day: string, endOfDay: boolean): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  const d = new Date(+m[1], +m[2] - 1, +m[3]);
  return endOfDay ? d.getTime() + 86_400_000 - 1 : d.getTime();
}

function facets(values: string[]): Facet[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => a.value.localeCompare(b.value));
}

/**
 * An in-memory search index over every note: built once from the database (one getAll), then each
 * search is a linear scan over pre-folded text, which stays within a few ms at 10,000 notes.
 */
export class NoteIndex {
  private readonly entries: Entry[];
  private facetCache?: { sites: Facet[]; companies: Facet[] };

  /** `kept`: entries of an older index still valid (see `with`). */
  constructor(records: readonly NoteRecord[], kept: readonly Entry[] = []) {
    this.entries = [...kept, ...records.map(entryOf)].sort(newestFirst);
  }

  /**
   * A new index with `upserts` added or replaced and the notes with ids `removed` taken out; the
   * other notes keep their folded text, so a write costs a sort, not a reload of every note.
   */
  with(upserts: readonly NoteRecord[], removed: readonly string[] = []): NoteIndex {
    // The last record of an id wins, as in the database.
    const latest = new Map(upserts.map((r) => [r.id, r]));
    for (const id of removed) latest.delete(id);
    const drop = new Set([...removed, ...latest.keys()]);
    return new NoteIndex(
      [...latest.values()],
      this.entries.filter((e) => !drop.has(e.record.id)),
    );
  }

  /** Number of notes indexed. */
  get size(): number {
    return this.entries.length;
  }

  /** Matching notes, newest first, with totals and the site/company menus. */
  search(filter: NoteFilter = {}): SearchResult {
    const words = fold(filter.query ?? '')
      .split(/\s+/)
      .filter(Boolean);
    const from = filter.from ? localDayMs(filter.from, false) : undefined;
    const to = filter.to ? localDayMs(filter.to, true) : undefined;
    const matches: NoteRecord[] = [];
    for (const { record, haystack } of this.entries) {
      if (filter.site && record.site !== filter.site) continue;
      if (filter.company && !record.companies.includes(filter.company)) continue;
      if (from !== undefined && record.modified < from) continue;
      if (to !== undefined && record.modified > to) continue;
      if (!words.every((w) => haystack.includes(w))) continue;
      matches.push(record);
    }
    const offset = Math.max(0, filter.offset ?? 0);
    const end = filter.limit == null ? undefined : offset + Math.max(0, filter.limit);
    this.facetCache ??= {
      sites: facets(this.entries.map((e) => e.record.site)),
      companies: facets(this.entries.flatMap((e) => e.record.companies)),
    };
    return { records: matches.slice(offset, end), total: matches.length, all: this.entries.length, ...this.facetCache };
  }
}

import type { Kind } from '../extract/types';
import {
  NEWSMARK_CONTEXT,
  SCHEMA_VERSION,
  type Annotation,
  type NewsmarkData,
  type NoteRecord,
  type PassageSelectors,
  type TextPositionSelector,
  type TextQuoteSelector,
} from './schema';
import { normaliseUrl, siteOf } from './url';

/**
 * Pure constructors and readers for annotations. Readers accept any W3C annotation (body as a
 * string, an object or an array; target as an IRI, an object or an array), because imported notes
 * come from other tools; writers touch only what they change.
 */

/** What the page or popup knows when the reader adds a note. */
export interface NoteDraft {
  url: string;
  title: string;
  /** The note itself (may be empty for a passage: a bare highlight). */
  text: string;
  tags?: string[];
  /** Present for a passage note; absent for a note on the whole page. */
  selectors?: PassageSelectors;
  /** What newsmark had highlighted there, when the note started from a highlight. */
  entity?: { kind: Kind; speaker?: string; company?: string; ticker?: string };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (v == null ? [] : Array.isArray(v) ? v : [v]);

/** A new `urn:uuid:` id. */
export function newId(): string {
  return `urn:uuid:${crypto.randomUUID()}`;
}

function textBodies(text: string, tags: string[] = []): Obj[] {
  const bodies: Obj[] = [];
  if (text) bodies.push({ type: 'TextualBody', value: text, format: 'text/plain', purpose: 'commenting' });
  for (const tag of tags) bodies.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  return bodies;
}

/** Builds the annotation for a new note (`now` is injectable for tests). */
export function createAnnotation(draft: NoteDraft, now = new Date(), id = newId()): Annotation {
  const time = now.toISOString();
  const newsmark: NewsmarkData = { schemaVersion: SCHEMA_VERSION, title: draft.title };
  if (draft.entity) {
    newsmark.kind = draft.entity.kind;
    if (draft.entity.speaker) newsmark.speaker = draft.entity.speaker;
    if (draft.entity.company) newsmark.company = draft.entity.company;
    if (draft.entity.ticker) newsmark.ticker = draft.entity.ticker;
  }
  const target: Obj = { source: normaliseUrl(draft.url) };
  if (draft.selectors) target.selector = [draft.selectors.quote, draft.selectors.position];
  const bodies = textBodies(draft.text.trim(), draft.tags);
  const annotation: Annotation = {
    '@context': NEWSMARK_CONTEXT,
    id,
    type: 'Annotation',
    created: time,
    modified: time,
    motivation: draft.text.trim() ? 'commenting' : 'highlighting',
    target,
    newsmark,
  };
  if (bodies.length) annotation.body = bodies;
  return annotation;
}

function firstTarget(a: Annotation): Obj | string | undefined {
  const t = asArray(a.target)[0];
  return isObj(t) || typeof t === 'string' ? t : undefined;
}

/** The page the note is about (the target's source, or the target IRI itself). */
export function sourceOf(a: Annotation): string {
  const t = firstTarget(a);
  if (typeof t === 'string') return t;
  if (!t) return '';
  if (typeof t.source === 'string') return t.source;
  if (isObj(t.source) && typeof t.source.id === 'string') return t.source.id;
  return typeof t.id === 'string' ? t.id : '';
}

function selectorsOf(a: Annotation): Obj[] {
  const t = firstTarget(a);
  if (!isObj(t)) return [];
  const out: Obj[] = [];
  // Selectors may be refined (`refinedBy`); newsmark reads the top level only.
  for (const s of asArray(t.selector)) if (isObj(s)) out.push(s);
  return out;
}

/** The note's TextQuoteSelector, if it is a passage note. */
export function quoteOf(a: Annotation): TextQuoteSelector | undefined {
  const s = selectorsOf(a).find((x) => x.type === 'TextQuoteSelector' && typeof x.exact === 'string');
  return s as TextQuoteSelector | undefined;
}

/** The note's TextPositionSelector, if any. */
export function positionOf(a: Annotation): TextPositionSelector | undefined {
  const s = selectorsOf(a).find(
    (x) => x.type === 'TextPositionSelector' && typeof x.start === 'number' && typeof x.end === 'number',
  );
  return s as TextPositionSelector | undefined;
}

/** The selected passage's text ('' for a page note). */
export function passageOf(a: Annotation): string {
  return quoteOf(a)?.exact ?? '';
}

function isTextBody(b: unknown): b is Obj {
  return isObj(b) && (b.type === 'TextualBody' || (b.type === undefined && typeof b.value === 'string'));
}

function purposes(b: Obj): unknown[] {
  return asArray(b.purpose);
}

/** The note text: every commenting (or purpose-less) textual body, joined by blank lines. */
export function noteTextOf(a: Annotation): string {
  const parts: string[] = [];
  for (const b of asArray(a.body)) {
    if (typeof b === 'string') parts.push(b);
    else if (isTextBody(b) && typeof b.value === 'string' && !purposes(b).includes('tagging')) parts.push(b.value);
  }
  return parts.join('\n\n');
}

/** The note's tags (textual bodies with purpose `tagging`). */
export function tagsOf(a: Annotation): string[] {
  return asArray(a.body)
    .filter((b): b is Obj => isTextBody(b) && purposes(b).includes('tagging') && typeof b.value === 'string')
    .map((b) => b.value as string);
}

/** newsmark's own data on the note (empty for notes made elsewhere). */
export function newsmarkOf(a: Annotation): Partial<NewsmarkData> {
  return isObj(a.newsmark) ? a.newsmark : {};
}

/** The page title stored with the note, else the URL. */
export function titleOf(a: Annotation): string {
  const t = newsmarkOf(a).title;
  return typeof t === 'string' && t ? t : sourceOf(a);
}

/** Milliseconds since the epoch of `modified`, else `created`, else 0. */
export function modifiedMs(a: Annotation): number {
  const ms = Date.parse(String(a.modified ?? a.created ?? ''));
  return Number.isFinite(ms) ? ms : 0;
}

/**
 * Returns a copy with new note text and tags: the first commenting body gets the text (the other
 * bodies are kept as they are); tags are replaced. `modified` is set to `now`.
 */
export function withNoteText(a: Annotation, text: string, tags?: string[], now = new Date()): Annotation {
  const value = text.trim();
  let placed = false;
  const bodies: unknown[] = [];
  for (const b of asArray(a.body)) {
    const commenting =
      typeof b === 'string' || (isTextBody(b) && typeof b.value === 'string' && !purposes(b).includes('tagging'));
    const tagging = isTextBody(b) && purposes(b).includes('tagging');
    if (commenting && !placed) {
      placed = true;
      if (value) bodies.push(typeof b === 'string' ? value : { ...(b as Obj), value });
    } else if (commenting) {
      // A second comment body (from another tool) is folded into the edited text, not kept twice.
      continue;
    } else if (tagging && tags) continue;
    else bodies.push(b);
  }
  if (!placed && value) bodies.unshift(textBodies(value)[0]);
  if (tags) bodies.push(...textBodies('', tags));
  const next: Annotation = { ...a, modified: now.toISOString() };
  // Keep the body's shape (one value or an array) as the tool that wrote it chose.
  if (bodies.length === 1 && a.body !== undefined && !Array.isArray(a.body)) next.body = bodies[0];
  else if (bodies.length) next.body = bodies;
  else delete next.body;
  return next;
}

interface PageKeys {
  url: string;
  site: string;
}

const pageKeysOf = (a: Annotation): PageKeys => {
  const url = normaliseUrl(sourceOf(a));
  return { url, site: siteOf(url) };
};

function recordOf(a: Annotation, page: PageKeys): NoteRecord {
  const company = newsmarkOf(a).company;
  return {
    id: a.id,
    url: page.url,
    site: page.site,
    modified: modifiedMs(a),
    companies: typeof company === 'string' && company ? [company] : [],
    annotation: a,
  };
}

/** The stored record of an annotation: the annotation unchanged plus its index fields. */
export function toRecord(a: Annotation): NoteRecord {
  return recordOf(a, pageKeysOf(a));
}

/** `toRecord` of many annotations, parsing each page's URL once (two URL parses a note add up at 10,000). */
export function toRecords(annotations: readonly Annotation[]): NoteRecord[] {
  const pages = new Map<string, PageKeys>();
  return annotations.map((a) => {
    const source = sourceOf(a);
    let page = pages.get(source);
    if (!page) pages.set(source, (page = pageKeysOf(a)));
    return recordOf(a, page);
  });
}

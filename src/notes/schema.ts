import type { DBSchema } from 'idb';
import type { Kind } from '../extract/types';

/**
 * The notes data model: W3C Web Annotations (https://www.w3.org/TR/annotation-model/) as stored in
 * IndexedDB and exported. newsmark's own fields live in one property, `newsmark`, declared in the
 * JSON-LD `@context`; everything else an annotation carries (other selectors, `creator`, …) is kept
 * as it came and exported back unchanged.
 */

/** Version of the annotation and export format (bump when the JSON shape changes; keep old ones importable). */
export const SCHEMA_VERSION = 1;
/** The W3C Web Annotation JSON-LD context. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** newsmark's namespace for its own property. */
export const NEWSMARK_NS = 'https://newsmark.dev/ns#';
/** `@context` of every annotation newsmark writes: W3C's plus the `newsmark` property as opaque JSON (JSON-LD 1.1). */
export const NEWSMARK_CONTEXT: [string, Record<string, unknown>] = [
  ANNO_CONTEXT,
  { nm: NEWSMARK_NS, newsmark: { '@id': 'nm:data', '@type': '@json' } },
];
/** Characters of context kept each side of a passage (as the Hypothesis client does). */
export const CONTEXT_CHARS = 32;

/** W3C TextQuoteSelector: the passage and the text around it. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** W3C TextPositionSelector: UTF-16 offsets into the text of `document.body`, half-open. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** The two selectors newsmark writes for a passage. */
export interface PassageSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** What newsmark knows about a note beyond the W3C model (the `newsmark` property). */
export interface NewsmarkData {
  schemaVersion: number;
  /** Title of the page the note was taken on. */
  title?: string;
  /** The kind of entity the passage was, when the note started from a highlight. */
  kind?: Kind;
  speaker?: string;
  company?: string;
  ticker?: string;
  [extra: string]: unknown;
}

/** A W3C annotation as newsmark stores it; unknown properties are allowed and preserved. */
export interface Annotation {
  '@context'?: unknown;
  id: string;
  type: string | string[];
  created?: string;
  modified?: string;
  motivation?: string | string[];
  body?: unknown;
  target: unknown;
  newsmark?: NewsmarkData;
  [extra: string]: unknown;
}

/** A stored note: the annotation, unchanged, plus fields derived from it for the indexes. */
export interface NoteRecord {
  /** The annotation's id (`urn:uuid:…` for notes newsmark created). */
  id: string;
  /** Normalised source URL (no #hash, no utm_*): index `url`. */
  url: string;
  /** Host name of `url`: index `site` (since v2). */
  site: string;
  /** `modified` (else `created`) in ms since the epoch: index `modified`. */
  modified: number;
  /** Company named by the note (empty or one name): multi-entry index `company` (since v2). */
  companies: string[];
  annotation: Annotation;
}

/** A deleted note kept for undo (since v2). */
export interface TrashRecord {
  id: string;
  /** When it was deleted, ms since the epoch. */
  deleted: number;
  record: NoteRecord;
}

/** Name of the notes database (in the background's origin). */
export const DB_NAME = 'newsmark-notes';
/**
 * Database versions. Each version's upgrade block in `db.ts` is frozen once released.
 * 1: `notes` store (key `id`), indexes `url`, `modified`.
 * 2: indexes `site`, `company` (multi-entry, backfilled); `trash` store for undoing deletes.
 */
export const DB_VERSION = 2;

/** The typed IndexedDB schema (idb `DBSchema`) at the current version. */
export interface NotesSchema extends DBSchema {
  notes: {
    key: string;
    value: NoteRecord;
    indexes: { url: string; modified: number; site: string; company: string };
  };
  trash: {
    key: string;
    value: TrashRecord;
    indexes: { deleted: number };
  };
}

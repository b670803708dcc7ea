import { SCHEMA_VERSION, type Annotation } from './schema';
import { modifiedMs, newId } from './model';

/**
 * Pure, versioned import: newsmark's own JSON of every past `schemaVersion`, and any W3C annotation
 * JSON (a collection with `first.items`, a page with `items`, an array, or one annotation). The file
 * is checked whole before anything is stored, so a bad file changes nothing.
 */

/** Why a file was refused: a key of `_locales` (importError*) and its substitution. */
export interface ImportProblem {
  key:
    | 'importErrorNotJson'
    | 'importErrorNoAnnotations'
    | 'importErrorBadItem'
    | 'importErrorNewer'
    | 'importErrorRemotePages';
  detail?: string;
}

/** The outcome of parsing a file. */
export type ParsedImport = { ok: true; annotations: Annotation[] } | { ok: false; problem: ImportProblem };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function hasType(v: Obj, type: string): boolean {
  return v.type === type || (Array.isArray(v.type) && v.type.includes(type));
}

/** True for a W3C annotation: type Annotation (oa:Annotation) and a target. */
export function isAnnotation(v: unknown): v is Annotation {
  return isObj(v) && (hasType(v, 'Annotation') || hasType(v, 'oa:Annotation')) && v.target != null;
}

/** Migrations of newsmark's own export format, from the version in the key to the next one. */
const MIGRATIONS: Record<number, (items: Annotation[]) => Annotation[]> = {
  // 1 is current. When 2 arrives: 1: (items) => items.map(v1ToV2).
};

function migrate(items: Annotation[], from: number): Annotation[] {
  let out = items;
  for (let v = from; v < SCHEMA_VERSION; v++) out = MIGRATIONS[v]?.(out) ?? out;
  return out;
}

/** Parses an import file's text into the annotations to merge, or the reason it is refused. */
export function parseImport(text: string): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, problem: { key: 'importErrorNotJson', detail: (e as Error).message } };
  }
  let items: unknown[];
  let context: unknown;
  let version = SCHEMA_VERSION;
  if (Array.isArray(data)) items = data;
  else if (!isObj(data)) return { ok: false, problem: { key: 'importErrorNoAnnotations' } };
  else if (isAnnotation(data)) items = [data];
  else {
    context = data['@context'];
    const page = hasType(data, 'AnnotationPage') ? data : data.first;
    if (typeof page === 'string') return { ok: false, problem: { key: 'importErrorRemotePages' } };
    if (!isObj(page) || !Array.isArray(page.items)) return { ok: false, problem: { key: 'importErrorNoAnnotations' } };
    items = page.items;
    const nm = data.newsmark;
    if (isObj(nm) && typeof nm.schemaVersion === 'number') version = nm.schemaVersion;
  }
  if (version > SCHEMA_VERSION) return { ok: false, problem: { key: 'importErrorNewer', detail: String(version) } };
  if (!items.length) return { ok: false, problem: { key: 'importErrorNoAnnotations' } };
  const bad = items.findIndex((item) => !isAnnotation(item));
  if (bad >= 0) return { ok: false, problem: { key: 'importErrorBadItem', detail: String(bad + 1) } };

  const byId = new Map<string, Annotation>();
  for (const item of items as Annotation[]) {
    // Items of a collection inherit its @context; keep it on the stored note so it stands alone.
    let a: Annotation =
      context !== undefined && item['@context'] === undefined ? { '@context': context, ...item } : item;
    if (typeof a.id !== 'string' || !a.id) a = { ...a, id: newId() };
    // The same id twice in one file: the newer wins, as in the merge.
    const seen = byId.get(a.id);
    if (!seen || modifiedMs(a) > modifiedMs(seen)) byId.set(a.id, a);
  }
  return { ok: true, annotations: migrate([...byId.values()], version) };
}

import type { Kind } from '../extract/types';
import type { PaintedEntity } from './controller';
import type { TextMap } from './text-map';

// Innermost kind first: a figure inside a company name inside a quote is the figure.
const PREFERENCE: Record<Kind, number> = { figure: 0, company: 1, quote: 2 };

/** What the hit test needs to know about the painted page. */
export interface HitContext {
  doc: Document;
  entities: readonly PaintedEntity[];
  /** The text map of the last pass (null in the mark fallback, whose marks changed the text nodes). */
  map: TextMap | null;
  byRange: Map<AbstractRange, PaintedEntity>;
  visible(kind: Kind): boolean;
}

type HitResult = { highlight?: Highlight; ranges?: AbstractRange[] } | Highlight;
type RegistryWithHit = HighlightRegistry & { highlightsFromPoint?: (x: number, y: number) => HitResult[] };

/** The visible painted entity at viewport point (x, y), innermost kind first. */
export function entityAtPoint(c: HitContext, x: number, y: number): PaintedEntity | undefined {
  const registry = c.doc.defaultView?.CSS?.highlights as RegistryWithHit | undefined;
  if (c.map && typeof registry?.highlightsFromPoint === 'function') {
    const hits = registry.highlightsFromPoint(x, y);
    const found: PaintedEntity[] = [];
    let rangesKnown = true;
    for (const h of hits) {
      const ranges = 'ranges' in h ? h.ranges : undefined;
      if (!ranges) rangesKnown = false;
      for (const r of ranges ?? []) {
        const e = c.byRange.get(r);
        if (e && c.visible(e.kind)) found.push(e);
      }
    }
    // Older implementations return bare Highlights; the caret path below then finds the range.
    if (rangesKnown) return best(found);
  }
  const caret = caretAt(c.doc, x, y);
  if (!caret) return undefined;
  const candidates: PaintedEntity[] = [];
  if (c.map) {
    const off = c.map.offsetOf(caret.node, caret.offset);
    if (off === null) return undefined;
    // The caret lands between characters: the character under the point is the one after or before it.
    for (const e of c.entities) if (e.start <= off && e.end >= off) candidates.push(e);
  } else {
    for (const e of c.entities) {
      try {
        if (e.range.isPointInRange(caret.node, caret.offset)) candidates.push(e);
      } catch {
        // a range whose nodes left the document
      }
    }
  }
  return best(candidates.filter((e) => c.visible(e.kind) && under(e.range, x, y)));
}

function best(list: PaintedEntity[]): PaintedEntity | undefined {
  let out: PaintedEntity | undefined;
  for (const e of list) if (!out || PREFERENCE[e.kind] < PREFERENCE[out.kind]) out = e;
  return out;
}

function under(range: Range, x: number, y: number): boolean {
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i];
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

import type { Entity } from '../extract/types';
import type { PaintedEntity } from './controller';
import type { Painter, PaintSpan } from './paint';
import { PAINT_MEASURE, type Slicer } from './slicer';
import type { TextMap } from './text-map';

/** An entity of one block: offsets relative to the block's start, and what was painted for it. */
interface BlockEntity {
  entity: Entity;
  span: PaintSpan;
}

/** A block of the last pass: its text, and its entities (kept as they are while the text does not change). */
export interface BlockState {
  text: string;
  ents: BlockEntity[];
}

/** Inputs of one annotation pass over a fresh text map. */
export interface PassInput {
  map: TextMap;
  previous: readonly BlockState[];
  painter: Painter;
  slicer: Slicer;
  /** Extracts one batch; `known` are companies found elsewhere in the article (aliases defined earlier). */
  extract: (text: string, known: readonly string[]) => Entity[];
  /** Builds extraction's lexicons and matchers in steps (a slice each) before the first batch; optional. */
  warm?: () => Iterable<void>;
  watchlist: readonly string[];
  isDead: () => boolean;
}

// Batches are sized from the measured speed to stay near TARGET_MS (the first one from a guess), growing
// at most by half each time: extraction time is uneven. Each batch gets up to two blocks of context before
// it (speakers named in the previous paragraph), and the companies found so far, so an alias defined
// earlier (以下简称…) is still known: on the shared texts, batches of 2,000 characters then find exactly
// what one call over the whole text finds.
const FIRST_BATCH = 4_000;
const MIN_BATCH = 1_000;
const MAX_BATCH = 12_000;
const TARGET_MS = 15;
const CONTEXT_BLOCKS = 2;
const CONTEXT_CHARS = 1_500;
const MAX_KNOWN = 300;
const WARM_UP = '甲公司表示：“营业收入增长1.5%。” Acme Inc. said "revenue rose 2 percent."';
let warmed = false;

/**
 * Extracts and paints the blocks whose text changed since the last pass, keeps the entities of the others
 * (moving their ranges only when their nodes changed), and unpaints blocks that are gone. Yields between
 * batches. Returns null when the annotator was destroyed meanwhile.
 */
export async function annotateBlocks(
  p: PassInput,
): Promise<{ blocks: BlockState[]; entities: PaintedEntity[] } | null> {
  const { map, painter, slicer } = p;
  slicer.phase('diff');
  const old = new Map<string, BlockState[]>();
  for (const b of p.previous) {
    const same = old.get(b.text);
    if (same) same.push(b);
    else old.set(b.text, [b]);
  }
  const fresh: boolean[] = [];
  const next: BlockState[] = map.blocks.map((b) => {
    const text = map.text.slice(b.start, b.end);
    const reuse = old.get(text)?.shift();
    fresh.push(!reuse);
    return reuse ?? { text, ents: [] };
  });
  const gone: PaintSpan[] = [];
  for (const rest of old.values()) for (const b of rest) for (const e of b.ents) gone.push(e.span);
  painter.remove(gone);

  // Kept blocks: same text; their nodes may still have been replaced (a re-render), so re-place ranges.
  for (let i = 0; i < next.length; i++) {
    if (fresh[i]) continue;
    const b = next[i];
    const start = map.blocks[i].start;
    b.ents = b.ents.filter((e) => {
      const r = map.range(start + e.entity.start, start + e.entity.end);
      if (r && sameRange(r, e.span.range)) return true;
      painter.remove([e.span]);
      if (!r) return false;
      e.span = { ...e.span, range: r };
      painter.add([e.span]);
      return true;
    });
    if ((i & 127) === 127 && slicer.due()) {
      await slicer.yield();
      if (p.isDead()) return null;
    }
  }

  const pending: PaintSpan[] = [];
  const known = new Set<string>();
  for (const b of next)
    for (const e of b.ents) if (e.entity.kind === 'company' && known.size < MAX_KNOWN) known.add(e.entity.text);
  let limit = FIRST_BATCH;
  if (fresh.some(Boolean) && !warmed) {
    // Extraction builds its matchers on the first call: do it in slices of its own (one per step of
    // `warm`, each ≤ ~25 ms where the whole was ~60 ms), so it neither adds to a batch nor skews the
    // speed measured for sizing the batches.
    await slicer.yield();
    if (p.isDead()) return null;
    slicer.phase('extract-init');
    try {
      if (p.warm)
        for (const _ of p.warm()) {
          await slicer.yield();
          if (p.isDead()) return null;
          slicer.phase('extract-init');
        }
      else safeExtract(p.extract, WARM_UP, []);
    } catch (e) {
      console.debug('[newsmark] extract warm-up failed', e);
    }
    warmed = true;
    await slicer.yield();
    if (p.isDead()) return null;
  }
  for (let i = 0; i < next.length;) {
    if (!fresh[i]) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < next.length && fresh[j] && map.blocks[j].end - map.blocks[i].start <= limit) j++;
    let c = i;
    while (c > 0 && i - c < CONTEXT_BLOCKS && map.blocks[i].start - map.blocks[c - 1].start <= CONTEXT_CHARS) c--;
    const from = map.blocks[c].start;
    const firstFresh = map.blocks[i].start;
    slicer.phase('extract');
    const t0 = performance.now();
    const found = safeExtract(p.extract, map.text.slice(from, map.blocks[j - 1].end), [...known]);
    const ms = Math.max(performance.now() - t0, 0.5);
    const chars = map.blocks[j - 1].end - from;
    limit = Math.max(MIN_BATCH, Math.min(MAX_BATCH, Math.floor(limit * 1.5), Math.floor((chars * TARGET_MS) / ms)));
    slicer.phase('paint');
    const spans: PaintSpan[] = [];
    const paintStart = performance.now();
    let k = i;
    for (const e of found) {
      const gs = from + e.start;
      const ge = from + e.end;
      if (e.kind === 'company' && known.size < MAX_KNOWN) known.add(e.text);
      if (gs < firstFresh) continue; // found in the context blocks, which keep their own entities
      while (k + 1 < j && map.blocks[k + 1].start <= gs) k++;
      const range = map.range(gs, ge);
      if (!range) continue;
      // Quoted words inside <cite> are the title of a cited work (a reference list), not what someone said.
      if (e.kind === 'quote' && inCitation(range)) continue;
      const span: PaintSpan = { kind: e.kind, range, watched: e.kind === 'company' && isWatched(e.text, p.watchlist) };
      const bs = map.blocks[k].start;
      next[k].ents.push({ entity: { ...e, start: gs - bs, end: ge - bs }, span });
      spans.push(span);
    }
    if (painter.mode === 'highlight') painter.add(spans);
    else pending.push(...spans);
    slicer.measure(PAINT_MEASURE, paintStart);
    i = j;
    if (slicer.due()) {
      await slicer.yield();
      if (p.isDead()) return null;
    }
  }
  if (pending.length) {
    // The mark fallback rewrites text nodes, so it wraps everything at once from ranges read before.
    const paintStart = performance.now();
    const ranges = painter.add(pending);
    slicer.measure(PAINT_MEASURE, paintStart);
    pending.forEach((s, i) => (s.range = ranges[i] ?? s.range));
  }

  slicer.phase('list');
  const entities: PaintedEntity[] = [];
  for (let i = 0; i < next.length; i++) {
    const bs = map.blocks[i].start;
    for (const e of next[i].ents) {
      const pe: PaintedEntity = Object.assign({}, e.entity, {
        start: bs + e.entity.start,
        end: bs + e.entity.end,
        id: entities.length,
        range: e.span.range,
      });
      if (e.span.watched) pe.watched = true;
      entities.push(pe);
    }
    if ((i & 255) === 255 && slicer.due()) {
      await slicer.yield();
      if (p.isDead()) return null;
    }
  }
  return { blocks: next, entities };
}

/** True when the range starts inside a <cite> element. */
function inCitation(range: Range): boolean {
  const node = range.startContainer;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest?.('cite');
}

/** True when a company mention names a watched company (either contains the other, ignoring case and spaces). */
export function isWatched(text: string, watchlist: readonly string[]): boolean {
  const t = text.replace(/\s+/g, '').toLowerCase();
  if (t.length < 2) return false;
  return watchlist.some((w) => {
    const n = w.replace(/\s+/g, '').toLowerCase();
    return n.length >= 2 && (t.includes(n) || n.includes(t));
  });
}

function safeExtract(extract: PassInput['extract'], text: string, known: readonly string[]): Entity[] {
  try {
    const out = extract(text, known);
    return Array.isArray(out) ? out.filter((e) => e && e.start < e.end).sort((a, b) => a.start - b.start) : [];
  } catch (e) {
    console.debug('[newsmark] extract failed', e);
    return [];
  }
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}

import type { Entity, ExtractOptions, Kind } from '../extract/types';
import type { KindCounts } from '../messaging/protocol';
import type { Colours } from '../settings/types';
import { findArticleInSteps } from './article';
import type { AnnotatorController, PaintedEntity } from './controller';
import { toneOf } from './highlight-styles';
import { entityAtPoint } from './hit-test';
import { observePage, type PageChange, type PageObserver } from './observe';
import { isOwnNode } from './own-nodes';
import { createPainter, type HighlightEnv, type Painter } from './paint';
import { annotateBlocks, type BlockState } from './pass';
import { afterNextFrame, createSlicer, type Slicer, type Timers } from './slicer';
import { engineLoader, type LoadEngine } from './engine';
import { createTextMapBuilder, defaultIsRendered, TextMapStale, type TextMap } from './text-map';

/** What the annotator reads at every pass (from the reader's settings). */
export interface AnnotateSettings {
  kinds: Record<Kind, boolean>;
  watchlist: readonly string[];
}

/** Everything the annotator depends on; all but `doc`, `timers` and `settings` have working defaults. */
export interface AnnotatorOptions {
  doc: Document;
  timers: Timers;
  settings: () => AnnotateSettings;
  colours?: () => Partial<Colours> | undefined;
  /** Loads the extraction engine, once, when the page first shows an article. */
  engine?: LoadEngine;
  /** An extractor to use instead of the engine (tests). */
  extract?: (text: string, options: ExtractOptions) => Entity[];
  findArticle?: (doc: Document) => Element[];
  /** The Highlight API to paint with (`null` forces the `<mark>` fallback; default: the page's). */
  highlightEnv?: HighlightEnv | null;
  /** Called after every pass (boot updates the badge). */
  onPass?: () => void;
  /** Record every main-thread slice as a performance measure (the page benchmark reads them). */
  trace?: boolean;
  /** Delay after the last page mutation before re-annotating (ms). */
  debounceMs?: number;
}

/** The page annotator: AnnotatorController plus what boot needs to drive it. */
export interface Annotator extends AnnotatorController {
  /** Annotates the page now and starts watching it for changes. */
  start(): Promise<void>;
  /** Finds the article again and re-annotates from scratch (settings changed, SPA navigation). */
  refresh(): Promise<void>;
  hasArticle(): boolean;
  counts(): KindCounts;
  /** Re-reads the colours. */
  refreshStyles(): void;
  /** Resolves when no pass is running or scheduled. */
  idle(): Promise<void>;
  /** Removes every highlight, observer and timer. */
  destroy(): void;
}

const MAX_WAIT_MS = 900; // a page that never stops mutating is still re-annotated within a second
const REFIND_GAP_MS = 1000; // at most one findArticle per gap for changes outside the article
const MAX_BLIND_REFINDS = 20; // without an article, stop looking after this many tries (until navigation)
// A page hidden as a whole while it loads: look again this often, this many times (15 s; anti-flicker
// snippets give up within 4 s).
const HIDDEN_RETRY_MS = 500;
const MAX_HIDDEN_RETRIES = 30;

/** Creates the page annotator for `opts.doc` (nothing happens until `start`). */
export function createAnnotator(opts: AnnotatorOptions): Annotator {
  const { doc, timers } = opts;
  const extract = opts.extract;
  const loadEngine = engineLoader(extract ? () => Promise.resolve({ extract }) : opts.engine);
  const debounceMs = opts.debounceMs ?? 300;
  const slicer: Slicer = createSlicer(timers, 12, !!opts.trace);
  const subs = new Set<() => void>();
  const visible: Record<Kind, boolean> = { figure: true, quote: true, company: true };
  let painter: Painter | null = null;
  let observer: PageObserver | null = null;
  let observing: 'article' | 'late' | null = null;
  let started = false;
  let roots: Element[] = [];
  let map: TextMap | null = null;
  let blocks: BlockState[] = [];
  let list: PaintedEntity[] = [];
  // Built on the first hit test only: a big page has tens of thousands of entities.
  let byRange: Map<AbstractRange, PaintedEntity> | null = null;
  let settingsKey = '';
  let dead = false;
  let running: Promise<void> | null = null;
  let want: 'incremental' | 'full' | null = null;
  let timerToken = 0;
  let firstRequest = 0;
  let lastRefind = -Infinity;
  let blindRefinds = 0;
  let hiddenRetries = 0;
  const now = () => performance.now();

  const notify = () => {
    for (const cb of [...subs])
      try {
        cb();
      } catch (e) {
        console.debug('[newsmark] subscriber', e);
      }
  };

  const reset = () => {
    painter?.clear();
    observer?.discard();
    blocks = [];
    list = [];
    byRange = null;
    map = null;
  };

  // The article, found in slices (findArticle's walk pauses every few thousand nodes); a finder given in
  // the options (tests) runs in one piece.
  const findRoots = async (): Promise<Element[]> => {
    try {
      if (opts.findArticle) return connected(opts.findArticle(doc));
      const search = findArticleInSteps(doc);
      while (!search.step(slicer.due)) {
        await slicer.yield();
        if (dead) return [];
        slicer.phase('find');
      }
      return connected(search.result);
    } catch (e) {
      console.debug('[newsmark] findArticle failed', e);
      return [];
    }
  };

  const pass = async (full: boolean): Promise<void> => {
    slicer.begin();
    try {
      if (full || !roots.length || roots.some((r) => !r.isConnected)) {
        slicer.phase('find');
        lastRefind = now();
        if (!roots.length) blindRefinds++;
        roots = await findRoots();
        if (dead) return;
      }
      if (!roots.length) {
        const had = list.length > 0 || map !== null;
        reset();
        if (had) notify();
        opts.onPass?.();
        markPass(false, 0);
        return;
      }
      blindRefinds = 0;
      // The engine's module loads while the text map is built (only pages with an article load it).
      const engineReady = loadEngine();
      if (!painter)
        painter = createPainter(doc, { colours: opts.colours, tone: toneOf(roots[0]), env: opts.highlightEnv });
      const s = opts.settings();
      const key = JSON.stringify([s.kinds, s.watchlist]);
      // Marks changed the text nodes, and new settings change what is found: start over in both cases.
      if (painter.mode === 'mark' || key !== settingsKey) reset();
      settingsKey = key;
      // findArticle's own cost stays in a slice of its own; and the text map's first visibility check would
      // force the page's pending style and layout (40+ ms on a 2 MB page) into newsmark's slice: let the
      // page render first.
      slicer.end();
      await afterNextFrame(doc, timers);
      if (dead) return;
      slicer.begin();
      slicer.phase('map');
      const builder = createTextMapBuilder(roots);
      while (!builder.step(slicer.due)) {
        await slicer.yield();
        if (dead) return;
      }
      // Joining a big page's text is a few ms of its own.
      if (slicer.due()) await slicer.yield();
      if (dead) return;
      const next = builder.finish();
      // Headline-testing and A/B tools keep the whole page hidden (body { visibility: hidden }) until their
      // script has run; nothing of the article is visible yet, and showing it changes no node we watch.
      if (!next.text.trim() && doc.body && !defaultIsRendered(doc.body)) {
        if (hiddenRetries++ < MAX_HIDDEN_RETRIES) timers.setTimeout(() => void run('full'), HIDDEN_RETRY_MS);
        return;
      }
      hiddenRetries = 0;
      const kinds = (Object.keys(s.kinds) as Kind[]).filter((k) => s.kinds[k]);
      slicer.end();
      const engine = await engineReady;
      slicer.begin();
      if (dead || !engine) return;
      const { warmUp } = engine;
      const result = await annotateBlocks({
        map: next,
        previous: blocks,
        painter,
        slicer,
        extract: (text, known) => engine.extract(text, { kinds, watchlist: [...s.watchlist, ...known] }),
        warm: warmUp && (() => warmUp(kinds)),
        watchlist: s.watchlist,
        isDead: () => dead,
      });
      if (dead || !result) return;
      observer?.discard(); // drops the records of the mark fallback's own changes
      blocks = result.blocks;
      list = result.entities;
      byRange = null;
      map = painter.mode === 'highlight' ? next : null;
      notify();
      opts.onPass?.();
      markPass(true, list.length);
    } catch (e) {
      if (e instanceof TextMapStale) schedule('incremental');
      else console.debug('[newsmark] annotation failed', e);
    } finally {
      slicer.end();
    }
  };

  const run = (kind: 'incremental' | 'full'): Promise<void> => {
    if (dead) return Promise.resolve();
    if (running) {
      want = want === 'full' || kind === 'full' ? 'full' : 'incremental';
      return running;
    }
    running = pass(kind === 'full').finally(() => {
      running = null;
      syncObserver();
      if (want && !dead) schedule(want, 0);
    });
    return running;
  };

  // Trailing debounce with a maximum wait, so a constantly mutating page is still handled every ~second.
  const schedule = (kind: 'incremental' | 'full', delay = debounceMs) => {
    want = want === 'full' || kind === 'full' ? 'full' : 'incremental';
    const t = now();
    if (!firstRequest) firstRequest = t;
    const wait = Math.max(0, Math.min(delay, firstRequest + MAX_WAIT_MS - t));
    const token = ++timerToken;
    timers.setTimeout(() => {
      if (token !== timerToken || dead) return;
      firstRequest = 0;
      const k = want ?? 'incremental';
      want = null;
      void run(k);
    }, wait);
  };

  const onChange = (change: PageChange) => {
    if (dead) return;
    if (change.elsewhere) {
      if (!roots.length && blindRefinds >= MAX_BLIND_REFINDS) return;
      const gap = lastRefind + REFIND_GAP_MS - now();
      schedule('full', Math.max(debounceMs, gap));
    } else if (change.article) schedule('incremental');
  };

  // With an article: child and text changes. Without: only added nodes, and only until the re-find budget
  // is spent (a page that never gets an article costs nothing after that, until it navigates).
  const syncObserver = () => {
    if (dead || !started) return;
    const want = roots.length ? 'article' : blindRefinds < MAX_BLIND_REFINDS ? 'late' : null;
    if (want === observing) return;
    observer?.disconnect();
    observer = want
      ? observePage(doc, { roots: () => roots, isOwn: isOwnNode, onChange, characterData: want === 'article' })
      : null;
    observing = want;
  };

  return {
    async start() {
      if (dead) return;
      await afterNextFrame(doc, timers);
      if (dead) return;
      await run('full');
      started = true;
      syncObserver();
    },
    refresh() {
      settingsKey = '';
      blindRefinds = 0;
      return run('full');
    },
    hasArticle: () => roots.length > 0,
    counts() {
      const c: KindCounts = { figure: 0, quote: 0, company: 0 };
      for (const e of list) c[e.kind]++;
      return c;
    },
    refreshStyles: () => painter?.refreshStyles(toneOf(roots[0])),
    async idle() {
      while (running || want) await (running ?? new Promise((r) => timers.setTimeout(() => r(undefined), 50)));
    },
    destroy() {
      dead = true;
      observer?.disconnect();
      painter?.dispose();
      painter = null;
      subs.clear();
    },
    entities: () => list,
    subscribe(cb) {
      subs.add(cb);
      return () => void subs.delete(cb);
    },
    isVisible: (kind) => visible[kind],
    setKindVisible(kind, v) {
      if (visible[kind] === v) return;
      visible[kind] = v;
      painter?.setVisible(kind, v);
      notify();
    },
    setAllVisible(v) {
      for (const k of Object.keys(visible) as Kind[]) {
        visible[k] = v;
        painter?.setVisible(k, v);
      }
      notify();
    },
    entityAt(x, y) {
      try {
        byRange ??= new Map(list.map((e) => [e.range, e]));
        return entityAtPoint({ doc, entities: list, map, byRange, visible: (k) => visible[k] }, x, y);
      } catch {
        return undefined;
      }
    },
    scrollTo(id) {
      const e = list[id];
      if (!e || !painter) return false;
      try {
        const node = e.range.startContainer;
        const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
        if (!el?.isConnected || e.range.collapsed) return false;
        el.scrollIntoView({ block: 'center', behavior: 'smooth' });
        painter.flash(e.range);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** Name of the performance mark set after every pass (tests and the benchmark wait for it; DevTools shows it). */
export const PASS_MARK = 'newsmark-pass';

function markPass(article: boolean, entities: number): void {
  try {
    performance.clearMarks(PASS_MARK); // only the latest: a page that keeps changing must not pile marks up
    performance.mark(PASS_MARK, { detail: { article, entities } });
  } catch {
    // marks are a debugging aid only
  }
}

/** The connected elements of a finder's answer (whatever it returned). */
function connected(found: unknown): Element[] {
  return Array.isArray(found) ? found.filter((el) => el && el.nodeType === 1 && el.isConnected) : [];
}

import type { Kind } from '../extract/types';
import type { Colours } from '../settings/types';
import { DEFAULT_COLOURS } from '../settings/defaults';
import { HIGHLIGHT_NAMES, highlightCss, layersOf, markCss, PRIORITY, type Layer, type Tone } from './highlight-styles';
import { MarkPainter } from './paint-marks';

/** One span to paint: its kind and where it is. Watched companies are also painted on `newsmark-watch`. */
export interface PaintSpan {
  kind: Kind;
  range: Range;
  watched?: boolean;
}

/** The Highlight API pieces the painter uses (taken from the document's window unless given, for tests). */
export interface HighlightEnv {
  registry: HighlightRegistry;
  Highlight: typeof Highlight;
}

/** Options of `paint` / `createPainter`. */
export interface PaintOptions {
  /** Reads the reader's colours (the settings); missing ones fall back to the defaults. */
  colours?: () => Partial<Colours> | undefined;
  /** Light or dark page (picks lighter lines on dark pages). */
  tone?: Tone;
  /** The Highlight API to use; `null` forces the `<mark>` fallback. */
  env?: HighlightEnv | null;
}

/** Paints spans and keeps them painted; `dispose` removes everything it added (never `newsmark-note`). */
export interface Painter {
  /** 'highlight' (CSS Custom Highlight API, no DOM change) or 'mark' (the fallback that wraps text). */
  readonly mode: 'highlight' | 'mark';
  /** Paints spans; returns the range now painted for each (in 'mark' mode a range over its marks). */
  add(spans: PaintSpan[]): (Range | null)[];
  /** Unpaints spans added before (highlight mode; the mark mode only clears everything). */
  remove(spans: PaintSpan[]): void;
  /** Unpaints everything, keeping the styles. */
  clear(): void;
  /** Shows or hides a kind: a hidden kind's Highlight is taken out of the registry, nothing is recomputed. */
  setVisible(kind: Kind, visible: boolean): void;
  /** Re-reads colours (and tone) and rewrites the style sheet. */
  refreshStyles(tone?: Tone): void;
  /** Briefly flashes a range (after scrolling to it). */
  flash(range: Range, ms?: number): void;
  dispose(): void;
}

/** The Highlight API of `doc`'s window, or null where it is missing (or a page broke it). */
export function highlightEnvOf(doc: Document): HighlightEnv | null {
  try {
    const win = doc.defaultView as (Window & typeof globalThis) | null;
    const registry = win?.CSS?.highlights ?? globalThis.CSS?.highlights;
    const Ctor = globalThis.Highlight ?? win?.Highlight;
    if (!registry || typeof Ctor !== 'function' || typeof registry.set !== 'function') return null;
    return { registry, Highlight: Ctor };
  } catch {
    return null;
  }
}

/** Paints `spans` on `doc` (DESIGN.md contract 2) and returns the remover. */
export function paint(doc: Document, spans: PaintSpan[], opts: PaintOptions = {}): () => void {
  const p = createPainter(doc, opts);
  p.add(spans);
  return () => p.dispose();
}

/** A painter that keeps one Highlight per layer (or marks), with its style sheet adopted by the document. */
export function createPainter(doc: Document, opts: PaintOptions = {}): Painter {
  const env = opts.env === undefined ? highlightEnvOf(doc) : opts.env;
  const hidden = new Set<Layer>();
  let tone: Tone = opts.tone ?? 'light';
  const colours = (): Colours => ({ ...DEFAULT_COLOURS, ...(safe(opts.colours) ?? {}) });
  const sheet = new SheetHolder(doc);
  const css = () => (env ? highlightCss : markCss)(colours(), tone, hidden);
  sheet.set(css());

  if (!env) return markPainter(doc, sheet, css, hidden);
  const { registry } = env;
  const layers = new Map<Layer, Highlight>();
  const layer = (l: Layer): Highlight => {
    let h = layers.get(l);
    if (!h) {
      h = new env.Highlight();
      h.priority = PRIORITY[l];
      layers.set(l, h);
      if (!hidden.has(l)) registry.set(HIGHLIGHT_NAMES[l], h);
    }
    return h;
  };
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  const unregister = (l: Layer) => {
    const h = layers.get(l);
    if (h && registry.get(HIGHLIGHT_NAMES[l]) === h) registry.delete(HIGHLIGHT_NAMES[l]);
  };
  return {
    mode: 'highlight',
    add(spans) {
      for (const s of spans) for (const l of layersOf(s.kind, s.watched)) layer(l).add(s.range);
      sheet.ensure();
      return spans.map((s) => s.range);
    },
    remove(spans) {
      for (const s of spans) for (const l of layersOf(s.kind, s.watched)) layers.get(l)?.delete(s.range);
    },
    clear() {
      for (const [l, h] of layers) if (l !== 'flash') h.clear();
    },
    setVisible(kind, visible) {
      for (const l of kind === 'company' ? (['company', 'watch'] as Layer[]) : [kind]) {
        if (visible) hidden.delete(l);
        else hidden.add(l);
        const h = layers.get(l);
        if (!h) continue;
        if (visible) registry.set(HIGHLIGHT_NAMES[l], h);
        else unregister(l);
      }
    },
    refreshStyles(t) {
      if (t) tone = t;
      sheet.set(css());
    },
    flash(range, ms = 1600) {
      const h = layer('flash');
      h.clear();
      h.add(range);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => h.clear(), ms);
    },
    dispose() {
      clearTimeout(flashTimer);
      for (const l of layers.keys()) unregister(l);
      layers.clear();
      sheet.remove();
    },
  };
}

function markPainter(doc: Document, sheet: SheetHolder, css: () => string, hidden: Set<Layer>): Painter {
  const marks = new MarkPainter(doc);
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  return {
    mode: 'mark',
    add: (spans) => marks.wrap(spans),
    remove: () => undefined,
    clear: () => marks.unwrapAll(),
    setVisible(kind, visible) {
      for (const l of kind === 'company' ? (['company', 'watch'] as Layer[]) : [kind])
        if (visible) hidden.delete(l);
        else hidden.add(l);
      sheet.set(css());
    },
    refreshStyles: () => sheet.set(css()),
    flash(range, ms = 1600) {
      const el = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : null;
      const mark = el?.closest('mark[data-newsmark-kind]');
      if (!mark) return;
      mark.setAttribute('data-newsmark-flash', '');
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => mark.removeAttribute('data-newsmark-flash'), ms);
    },
    dispose() {
      clearTimeout(flashTimer);
      marks.unwrapAll();
      sheet.remove();
    },
  };
}

function safe<T>(f: (() => T) | undefined): T | undefined {
  try {
    return f?.();
  } catch {
    return undefined;
  }
}

/**
 * newsmark's style sheet, adopted by the document so no node is added to the page. Where constructable
 * sheets are missing (old browsers, which also use the mark fallback) a `<style>` in the head stands in.
 */
class SheetHolder {
  private sheet: CSSStyleSheet | null = null;
  private style: HTMLStyleElement | null = null;

  constructor(private readonly doc: Document) {}

  set(css: string): void {
    try {
      if (!this.sheet && !this.style) this.create();
      if (this.sheet) this.sheet.replaceSync(css);
      else if (this.style) this.style.textContent = css;
      this.ensure();
    } catch (e) {
      console.debug('[newsmark] styles not applied', e);
    }
  }

  /** Adopts the sheet again if the page replaced `document.adoptedStyleSheets` (some frameworks do). */
  ensure(): void {
    const s = this.sheet;
    if (!s) return;
    try {
      const list = this.doc.adoptedStyleSheets;
      for (let i = 0; i < list.length; i++) if (list[i] === s) return;
      this.doc.adoptedStyleSheets = [...list, s];
    } catch {
      // A page that breaks adoptedStyleSheets gets highlights without colours rather than an error.
    }
  }

  remove(): void {
    const s = this.sheet;
    if (s) {
      try {
        this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets].filter((x) => x !== s);
      } catch {
        // nothing to undo
      }
    }
    this.style?.remove();
    this.sheet = null;
    this.style = null;
  }

  private create(): void {
    const win = this.doc.defaultView as (Window & typeof globalThis) | null;
    const Ctor = win?.CSSStyleSheet ?? globalThis.CSSStyleSheet;
    if (Ctor && this.doc.adoptedStyleSheets != null) {
      try {
        this.sheet = new Ctor();
        return;
      } catch {
        // fall through to a <style> element
      }
    }
    this.style = this.doc.createElement('style');
    this.style.setAttribute('data-newsmark', '');
    (this.doc.head ?? this.doc.documentElement).appendChild(this.style);
  }
}

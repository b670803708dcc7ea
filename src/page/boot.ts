import type { Kind } from '../extract/types';
import { onMessage, sendMessage } from '../messaging';
import type { PageEntity, PageSummary } from '../messaging/protocol';
import { isOwnSender } from '../messaging/sender';
import type { Settings } from '../settings/types';
import { createAnnotator, type Annotator, type AnnotatorOptions } from './annotator';
import type { AnnotatorController } from './controller';
import { startNotesLayer, type NotesLayer } from './notes-layer';
import { defaultSettingsSource, type PageSettingsSource } from './settings-source';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { isSiteDisabled } from '../settings/sites';
import type { Timers } from './slicer';

/** The lifetime hooks of WXT's ContentScriptContext that boot uses (minimal, so tests can pass a fake). */
export interface BootContext extends Timers {
  onInvalidated(cb: () => void): unknown;
  addEventListener?(target: Window, type: 'wxt:locationchange', handler: () => void): void;
}

/** What the content script entry can plug in. */
export interface BootOptions {
  /** The reader's settings (default: the defaults, until the stored settings are wired in). */
  settings?: PageSettingsSource;
  /** Mounts the in-page UI (hover card, legend) once an article is found; returns its remover. */
  mountUi?: (controller: AnnotatorController, page: { notes: NotesLayer | null }) => (() => void) | void;
  /** Overrides for the annotator (tests). */
  annotator?: Partial<Omit<AnnotatorOptions, 'doc' | 'timers' | 'settings' | 'colours' | 'onPass'>>;
}

/** The handle `bootPage` returns (tests use it; the content script ignores it). */
export interface PageHandle {
  annotator(): Annotator | null;
  summary(withEntities?: boolean): PageSummary;
}

/** Starts the page annotator on `doc`; everything it sets up is removed when `ctx` is invalidated. Never throws. */
export function bootPage(ctx: BootContext, doc: Document, options: BootOptions = {}): PageHandle {
  const source = options.settings ?? defaultSettingsSource;
  let settings: Settings = DEFAULT_SETTINGS;
  let annotator: Annotator | null = null;
  let unmount: (() => void) | void = undefined;
  let lastSent = '';
  let notes: NotesLayer | null = null;
  const cleanups: (() => void)[] = [];

  const summary = (withEntities = true): PageSummary => {
    const a = annotator;
    return {
      url: doc.location?.href ?? '',
      title: doc.title,
      hasArticle: !!a?.hasArticle(),
      counts: a ? a.counts() : { figure: 0, quote: 0, company: 0 },
      entities: a && withEntities ? a.entities().map(toPageEntity) : [],
    };
  };

  const onPass = () => {
    const a = annotator;
    if (!a) return;
    if (a.hasArticle() && !unmount && options.mountUi) {
      try {
        unmount = options.mountUi(a, { notes });
      } catch (e) {
        console.debug('[newsmark] UI not mounted', e);
      }
    }
    const s = summary(false);
    const key = JSON.stringify([s.hasArticle, s.counts]);
    if (key === lastSent) return;
    lastSent = key;
    sendMessage('pageAnnotated', s).catch(() => undefined);
  };

  const stop = () => {
    annotator?.destroy();
    annotator = null;
    try {
      unmount?.();
    } catch {
      // the UI is going away anyway
    }
    unmount = undefined;
  };

  const start = () => {
    if (annotator || isSiteDisabled(settings, doc.location?.hostname ?? '')) return;
    const trace = /newsmark-trace/.test(doc.location?.hash ?? '');
    annotator = createAnnotator({
      ...options.annotator,
      trace: options.annotator?.trace ?? trace,
      doc,
      timers: ctx,
      settings: () => ({ kinds: settings.kinds, watchlist: settings.watchlist }),
      colours: () => settings.colours,
      onPass,
    });
    annotator.start().catch((e) => console.debug('[newsmark] start failed', e));
  };

  const apply = (next: Settings) => {
    const prev = settings;
    settings = next;
    // Notes are painted on every page, also where newsmark's highlights are off.
    if (prev.colours.note !== next.colours.note) notes?.refreshStyle();
    const off = isSiteDisabled(next, doc.location?.hostname ?? '');
    if (off) return stop();
    if (!annotator) return start();
    if (JSON.stringify([prev.kinds, prev.watchlist]) !== JSON.stringify([next.kinds, next.watchlist]))
      void annotator.refresh();
    else if (JSON.stringify(prev.colours) !== JSON.stringify(next.colours)) annotator.refreshStyles();
  };

  try {
    const own = (sender: { id?: string } | undefined) => {
      if (!isOwnSender(sender)) throw new Error('not from newsmark');
    };
    cleanups.push(
      onMessage('getPageSummary', ({ sender }) => (own(sender), summary())),
      onMessage('scrollToEntity', ({ sender, data }) => (own(sender), !!annotator?.scrollTo(data))),
      onMessage('toggleHighlights', ({ sender }) => {
        own(sender);
        const a = annotator;
        if (!a) return false;
        const show = !(['figure', 'quote', 'company'] as Kind[]).some((k) => a.isVisible(k));
        a.setAllVisible(show);
        return show;
      }),
    );
    cleanups.push(source.watch((s) => safely(() => apply(s))));
    const win = doc.defaultView;
    if (win) ctx.addEventListener?.(win, 'wxt:locationchange', () => void annotator?.refresh());
    // The reader's notes are shown on every page, article or not, whatever the highlight settings.
    notes = startNotesLayer(ctx, doc, () => settings.colours.note);
    source.load().then(
      (s) => safely(() => apply(s)),
      () => safely(() => apply(DEFAULT_SETTINGS)),
    );
  } catch (e) {
    console.debug('[newsmark] not started', e);
  }
  ctx.onInvalidated(() => {
    stop();
    for (const c of cleanups) safely(c);
  });
  return { annotator: () => annotator, summary };
}

function toPageEntity(e: ReturnType<Annotator['entities']>[number]): PageEntity {
  const out: PageEntity = { id: e.id, kind: e.kind, text: e.text };
  if (e.speaker) out.speaker = e.speaker;
  if (e.ticker) out.ticker = e.ticker;
  if (e.value) out.value = e.value;
  return out;
}

function safely(f: () => void): void {
  try {
    f();
  } catch (e) {
    console.debug('[newsmark]', e);
  }
}

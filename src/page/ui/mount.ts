import { h, render } from 'preact';
import type { AnnotatorController, PaintedEntity } from '../controller';
import { DEFAULT_COLOURS } from '../../settings/defaults';
import { loadSettings, panelCollapsedItem, watchSettings } from '../../settings';
import type { Colours } from '../../settings/types';
import { uiLocale } from '../../ui/lang';
import { PageUi } from './PageUi';
import { addUiHost } from './host';

/** The lifetime hook of WXT's ContentScriptContext that the UI needs (a fake in tests). */
export interface PageUiContext {
  onInvalidated(cb: () => void): unknown;
}

/** What the page annotator passes to the UI. */
export interface PageUiOptions {
  /** "Add note" on a card: the highlighted range and its entity. */
  onAddNote?(range: Range, entity?: PaintedEntity): void;
}

/** Handle on the mounted UI. */
export interface PageUiHandle {
  /** Removes the host element and every listener (also done when `ctx` is invalidated). */
  unmount(): void;
  /** Opens or collapses the legend panel. */
  togglePanel(): void;
}

/** Tag of newsmark's one host element in the page. */
export const HOST_TAG = 'newsmark-ui';

/**
 * Mounts the hover card and legend panel in ONE host element with a closed shadow root, once the
 * controller has entities (a page without an article gets no element at all). Never throws.
 */
export function mountPageUi(
  ctx: PageUiContext,
  doc: Document,
  controller: AnnotatorController,
  opts: PageUiOptions = {},
): PageUiHandle {
  let state: 'waiting' | 'loading' | 'mounted' | 'gone' = 'waiting';
  let host: HTMLElement | undefined;
  let container: HTMLElement | undefined;
  let toggle: (() => void) | undefined;
  let stopWaiting: (() => void) | undefined;
  let stopSettings: (() => void) | undefined;

  const draw = (colours: Colours, collapsed: boolean, root: ShadowRoot) =>
    render(
      h(PageUi, {
        doc,
        host: host!,
        uiRoot: root,
        controller,
        colours,
        collapsed,
        locale: uiLocale(),
        onAddNote: opts.onAddNote,
        onCollapsedChange: (value: boolean) => void panelCollapsedItem.setValue(value).catch(() => undefined),
        bindToggle: (fn: () => void) => (toggle = fn),
      }),
      container!,
    );

  const mount = async () => {
    state = 'loading';
    stopWaiting?.();
    const [colours, collapsed] = await Promise.all([
      loadSettings().then(
        (s) => s.colours,
        () => ({ ...DEFAULT_COLOURS }),
      ),
      panelCollapsedItem.getValue().catch(() => panelCollapsedItem.fallback),
    ]);
    if (state !== 'loading') return;
    let root: ShadowRoot;
    ({ host, root, container } = addUiHost(doc, HOST_TAG));
    state = 'mounted';
    draw(colours, collapsed, root);
    // Colours change live from the options page; the collapsed state belongs to PageUi from now on.
    stopSettings = watchSettings((s) => state === 'mounted' && draw(s.colours, collapsed, root));
  };

  const tryMount = () => {
    try {
      if (state === 'waiting' && controller.entities().length > 0)
        mount().catch((e) => console.debug('[newsmark] UI not shown:', e));
    } catch (e) {
      console.debug('[newsmark] UI not shown:', e);
    }
  };

  const unmount = () => {
    if (state === 'gone') return;
    const wasMounted = state === 'mounted';
    state = 'gone';
    stopWaiting?.();
    stopSettings?.();
    try {
      if (wasMounted && container) render(null, container);
    } finally {
      host?.remove();
    }
  };

  try {
    stopWaiting = controller.subscribe(tryMount);
    tryMount();
    ctx.onInvalidated(unmount);
  } catch (e) {
    console.debug('[newsmark] UI not shown:', e);
  }
  return {
    unmount,
    togglePanel: () => toggle?.(),
  };
}

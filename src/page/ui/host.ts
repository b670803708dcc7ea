import { PAGE_UI_CSS } from './styles';

// The host sits above the page and takes no room; the page's CSS cannot restyle it.
const HOST_STYLE =
  'all:initial!important;position:fixed!important;top:0!important;left:0!important;width:0!important;' +
  'height:0!important;overflow:visible!important;z-index:2147483647!important;display:block!important';

/** A host element of newsmark's in-page UI: its closed shadow root holds the styles and `container`. */
export interface UiHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** Where Preact renders. */
  container: HTMLElement;
}

/**
 * Adds a host element `tag` to the page (outside `body`, so the body's text is unchanged) with a CLOSED
 * shadow root: page scripts cannot read what the reader sees or types, and the page's CSS cannot reach it.
 */
export function addUiHost(doc: Document, tag: string): UiHost {
  const host = doc.createElement(tag);
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = PAGE_UI_CSS;
  const container = doc.createElement('div');
  root.append(style, container);
  doc.documentElement.append(host);
  return { host, root, container };
}

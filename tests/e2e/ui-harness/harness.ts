// Test-only: mounts newsmark's real in-page UI on a fixture page over a small controller that paints
// given strings with the Highlight API, so the card and panel can be driven and photographed in
// Chromium before (and independently of) the real annotator. Not part of the extension.
import type { Entity, Kind } from '../../../src/extract/types';
import type { AnnotatorController, PaintedEntity } from '../../../src/page/controller';
import { mountPageUi } from '../../../src/page/ui/mount';
import { DEFAULT_COLOURS } from '../../../src/settings/defaults';

type Spec = Omit<Entity, 'start' | 'end'> & { nth?: number; watched?: boolean };
type Harness = {
  entities: Spec[];
  root?: ShadowRoot;
  added: string[];
  calls: string[];
  rectOf(id: number): { x: number; y: number; width: number; height: number };
  mount(): void;
};
declare global {
  interface Window {
    nm: Harness;
  }
}

// The UI's shadow root is closed to the page; the harness keeps the reference for the tests.
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init: ShadowRootInit) {
  const root = attach.call(this, init);
  if (this.localName === 'newsmark-ui') window.nm.root = root;
  return root;
};

function rangeOf(root: Element, text: string, nth: number): Range | undefined {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    let at = -1;
    while ((at = n.textContent!.indexOf(text, at + 1)) >= 0) {
      if (seen++ < nth) continue;
      const r = document.createRange();
      r.setStart(n, at);
      r.setEnd(n, at + text.length);
      return r;
    }
  }
  return undefined;
}

const style = document.createElement('style');
const mix = (c: string, p: number) => `color-mix(in srgb, ${c} ${p}%, transparent)`;
const c = DEFAULT_COLOURS;
style.textContent = `
::highlight(newsmark-figure) { background-color: ${mix(c.figure, 30)}; text-decoration: underline 1px ${c.figure}; }
::highlight(newsmark-quote) { background-color: ${mix(c.quote, 7)}; text-decoration: underline dotted 2px ${c.quote}; }
::highlight(newsmark-company) { background-color: ${mix(c.company, 12)}; text-decoration: underline 2px ${c.company}; }
::highlight(newsmark-watch) { background-color: ${mix(c.watch, 32)}; }`;

window.nm.mount = () => {
  document.head.append(style);
  const article = document.querySelector('article') ?? document.body;
  const list: PaintedEntity[] = [];
  for (const spec of window.nm.entities) {
    const range = rangeOf(article, spec.text, spec.nth ?? 0);
    if (!range) throw new Error(`not on the page: ${spec.text}`);
    const { nth: _nth, ...rest } = spec;
    list.push({ ...rest, start: 0, end: spec.text.length, id: list.length, range });
  }
  const hidden = new Set<Kind>();
  const subs = new Set<() => void>();
  const repaint = () => {
    for (const kind of ['figure', 'quote', 'company'] as Kind[]) {
      const ranges = hidden.has(kind) ? [] : list.filter((e) => e.kind === kind).map((e) => e.range);
      CSS.highlights.set(`newsmark-${kind}`, new Highlight(...ranges));
    }
    subs.forEach((cb) => cb());
  };
  const calls = window.nm.calls;
  const controller: AnnotatorController = {
    entities: () => list,
    subscribe: (cb) => (subs.add(cb), () => subs.delete(cb)),
    isVisible: (kind) => !hidden.has(kind),
    setKindVisible(kind, visible) {
      calls.push(`setKindVisible ${kind} ${visible}`);
      if (visible) hidden.delete(kind);
      else hidden.add(kind);
      repaint();
    },
    setAllVisible(visible) {
      calls.push(`setAllVisible ${visible}`);
      for (const k of ['figure', 'quote', 'company'] as Kind[]) visible ? hidden.delete(k) : hidden.add(k);
      repaint();
    },
    entityAt(x, y) {
      const caret = document.caretRangeFromPoint(x, y);
      if (!caret) return undefined;
      const hits = list.filter(
        (e) => !hidden.has(e.kind) && e.range.isPointInRange(caret.startContainer, caret.startOffset),
      );
      const order: Kind[] = ['figure', 'company', 'quote'];
      return hits.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))[0];
    },
    scrollTo(id) {
      calls.push(`scrollTo ${id}`);
      const e = list[id];
      if (!e) return false;
      e.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      return true;
    },
  };
  repaint();
  mountPageUi({ onInvalidated: () => undefined }, document, controller, {
    onAddNote: (_range, entity) => window.nm.added.push(entity?.text ?? ''),
  });
  window.nm.rectOf = (id) => {
    const r = list[id].range.getClientRects()[0];
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  };
};

// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Entity, ExtractOptions } from '../../../src/extract/types';
import type { HighlightEnv } from '../../../src/page/paint';
import type { Settings } from '../../../src/settings/types';

// The messaging layer is replaced by a recorder: handlers by message name, and what was sent.
const handlers = new Map<string, (m: { sender?: { id?: string }; data?: unknown }) => unknown>();
const sent: [string, unknown][] = [];
vi.mock('../../../src/messaging', () => ({
  onMessage: (name: string, h: (m: unknown) => unknown) => {
    handlers.set(name, h);
    return () => handlers.delete(name);
  },
  sendMessage: async (name: string, data: unknown) => void sent.push([name, data]),
}));
vi.mock('../../../src/messaging/sender', () => ({ isOwnSender: (s?: { id?: string }) => s?.id === 'self' }));

const { bootPage } = await import('../../../src/page/boot');
const { DEFAULT_SETTINGS: DEFAULT_PAGE_SETTINGS } = await import('../../../src/settings/defaults');

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}
function stub(text: string, _o?: ExtractOptions): Entity[] {
  return [...text.matchAll(/\d+ percent/g)].map((m) => ({
    kind: 'figure',
    start: m.index!,
    end: m.index! + m[0].length,
    text: m[0],
  }));
}

const self = { sender: { id: 'self' } };
let invalidate: (() => void)[] = [];
const ctx = {
  onInvalidated: (cb: () => void) => void invalidate.push(cb),
  setTimeout: (h: () => void, ms?: number) => setTimeout(h, ms) as unknown as number,
};

function settingsSource(initial: Settings) {
  let watcher: ((s: Settings) => void) | null = null;
  return {
    source: {
      load: async () => initial,
      watch: (cb: (s: Settings) => void) => ((watcher = cb), () => (watcher = null)),
    },
    change: (s: Settings) => watcher?.(s),
  };
}

function boot(settings: Settings = DEFAULT_PAGE_SETTINGS, extract = vi.fn(stub)) {
  const registry = new Map<string, FakeHighlight>();
  const env = { registry, Highlight: FakeHighlight } as unknown as HighlightEnv;
  const mountUi = vi.fn((..._args: unknown[]) => unmount);
  const unmount = vi.fn();
  const s = settingsSource(settings);
  const handle = bootPage(ctx, document, {
    settings: s.source,
    mountUi,
    annotator: {
      extract,
      highlightEnv: env,
      debounceMs: 20,
      findArticle: (doc) => [...doc.querySelectorAll('article')],
    },
  });
  return { handle, registry, mountUi, unmount, extract, change: s.change };
}

const until = (f: () => unknown) => vi.waitFor(() => expect(f()).toBeTruthy(), { timeout: 3000 });

beforeEach(() => {
  handlers.clear();
  sent.length = 0;
  invalidate = [];
  document.body.innerHTML = '<article><h1>Results</h1><p>Sales rose 12 percent and margins 3 percent.</p></article>';
});
afterEach(() => invalidate.forEach((f) => f()));

describe('bootPage', () => {
  it('annotates, mounts the UI once, answers the summary and reports the counts for the badge', async () => {
    const b = boot();
    await until(() => b.handle.annotator()?.entities().length);
    await b.handle.annotator()!.idle();
    const summary = handlers.get('getPageSummary')!(self) as {
      hasArticle: boolean;
      counts: object;
      entities: { text: string }[];
    };
    expect(summary.hasArticle).toBe(true);
    expect(summary.counts).toEqual({ figure: 2, quote: 0, company: 0 });
    expect(summary.entities.map((e) => e.text)).toEqual(['12 percent', '3 percent']);
    expect(b.mountUi).toHaveBeenCalledTimes(1);
    const [controller, page] = b.mountUi.mock.calls[0] as unknown as [unknown, { notes: unknown }];
    expect(controller).toBe(b.handle.annotator());
    expect(page.notes).toBeTruthy(); // the notes layer, for the card's Add note action
    const badge = sent.filter(([n]) => n === 'pageAnnotated');
    expect(badge.length).toBe(1);
    expect((badge[0][1] as { entities: unknown[] }).entities).toEqual([]);
  });

  it('refuses messages from other extensions', async () => {
    boot();
    expect(() => handlers.get('getPageSummary')!({ sender: { id: 'evil' } })).toThrow();
  });

  it('mounts nothing and paints nothing on a page without an article', async () => {
    document.body.innerHTML = '<nav>Home</nav>';
    const b = boot();
    await until(() => sent.some(([n]) => n === 'pageAnnotated'));
    expect(b.mountUi).not.toHaveBeenCalled();
    expect(b.registry.size).toBe(0);
    expect((handlers.get('getPageSummary')!(self) as { hasArticle: boolean }).hasArticle).toBe(false);
  });

  it('stays off on a disabled site, and starts when the site is enabled again', async () => {
    const host = document.location.hostname;
    const b = boot({ ...DEFAULT_PAGE_SETTINGS, disabledSites: [host] });
    await new Promise((r) => setTimeout(r, 100));
    expect(b.handle.annotator()).toBeNull();
    expect(b.extract).not.toHaveBeenCalled();
    b.change({ ...DEFAULT_PAGE_SETTINGS, disabledSites: [] });
    await until(() => b.handle.annotator()?.entities().length);
    b.change({ ...DEFAULT_PAGE_SETTINGS, disabledSites: [host] });
    expect(b.handle.annotator()).toBeNull();
    expect(b.unmount).toHaveBeenCalled();
    expect(b.registry.size).toBe(0);
  });

  it('applies new settings live: kinds and watchlist re-extract, colours only restyle', async () => {
    const b = boot();
    await until(() => b.handle.annotator()?.entities().length);
    await b.handle.annotator()!.idle();
    const calls = b.extract.mock.calls.length;
    b.change({ ...DEFAULT_PAGE_SETTINGS, colours: { ...DEFAULT_PAGE_SETTINGS.colours, figure: '#000000' } });
    await b.handle.annotator()!.idle();
    expect(b.extract.mock.calls.length).toBe(calls);
    b.change({ ...DEFAULT_PAGE_SETTINGS, kinds: { figure: false, quote: true, company: true } });
    await until(() => b.extract.mock.calls.length > calls);
    expect(b.extract.mock.calls.at(-1)![1]).toMatchObject({ kinds: ['quote', 'company'] });
  });

  it('toggles every highlight with the keyboard command message', async () => {
    const b = boot();
    await until(() => b.handle.annotator()?.entities().length);
    const toggle = handlers.get('toggleHighlights')!;
    expect(toggle(self)).toBe(false);
    expect(b.registry.has('newsmark-figure')).toBe(false);
    expect(toggle(self)).toBe(true);
    expect(b.registry.has('newsmark-figure')).toBe(true);
  });

  it('scrolls to an entity on request', async () => {
    const b = boot();
    await until(() => b.handle.annotator()?.entities().length);
    Element.prototype.scrollIntoView = vi.fn();
    expect(handlers.get('scrollToEntity')!({ ...self, data: 1 })).toBe(true);
    expect(handlers.get('scrollToEntity')!({ ...self, data: 42 })).toBe(false);
  });

  it('removes everything when the content script is invalidated', async () => {
    const b = boot();
    await until(() => b.handle.annotator()?.entities().length);
    invalidate.forEach((f) => f());
    invalidate = [];
    expect(b.registry.size).toBe(0);
    expect(b.unmount).toHaveBeenCalled();
    expect(handlers.size).toBe(0);
  });
});

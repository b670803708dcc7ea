/** What a batch of page mutations means for the annotator. */
export interface PageChange {
  /** Text inside the current article roots changed. */
  article: boolean;
  /** Something outside them changed that may be a new or replaced article (SPA navigation, late load). */
  elsewhere: boolean;
}

/** Options of `observePage`. */
export interface ObserveOptions {
  /** The article roots of the last pass (empty when the page has none yet). */
  roots(): readonly Element[];
  /** True for newsmark's own nodes (its UI host, its fallback marks): their mutations are ignored. */
  isOwn(node: Node): boolean;
  /** Also watch text changes (needed only once there is an article). */
  characterData?: boolean;
  onChange(change: PageChange): void;
}

/** A page observer; `discard` drops queued records (called right after newsmark's own DOM changes). */
export interface PageObserver {
  discard(): void;
  disconnect(): void;
}

// An added subtree with less text than this outside the article is not worth looking for an article in.
const MIN_NEW_TEXT = 80;

/**
 * Watches the document body (article roots included) with one MutationObserver. The callback only
 * classifies records, cheaply; the annotator debounces the work.
 */
export function observePage(doc: Document, opts: ObserveOptions): PageObserver | null {
  const Ctor = doc.defaultView?.MutationObserver ?? globalThis.MutationObserver;
  const target = doc.body ?? doc.documentElement;
  if (!Ctor || !target) return null;
  const handle = (records: MutationRecord[]) => {
    try {
      const change = classify(records, opts);
      if (change.article || change.elsewhere) opts.onChange(change);
    } catch (e) {
      console.debug('[newsmark] observer', e);
    }
  };
  const mo = new Ctor(handle);
  mo.observe(target, { childList: true, subtree: true, characterData: !!opts.characterData });
  return {
    discard: () => void mo.takeRecords(),
    disconnect: () => mo.disconnect(),
  };
}

/** Sorts mutation records into article changes and possible new articles (exported for tests). */
export function classify(records: readonly MutationRecord[], opts: Omit<ObserveOptions, 'onChange'>): PageChange {
  const roots = opts.roots();
  const change: PageChange = { article: false, elsewhere: false };
  const lost = roots.some((r) => !r.isConnected);
  if (lost) change.elsewhere = true;
  for (const rec of records) {
    if (change.article && change.elsewhere) break;
    const t = rec.target;
    if (opts.isOwn(t)) continue;
    if (rec.type === 'childList' && onlyOwn(rec, opts.isOwn)) continue;
    if (!change.article && roots.some((r) => r.contains(t))) {
      change.article = true;
      continue;
    }
    if (!change.elsewhere && rec.type === 'childList' && (roots.length === 0 || addsText(rec))) change.elsewhere = true;
  }
  return change;
}

function onlyOwn(rec: MutationRecord, isOwn: (n: Node) => boolean): boolean {
  const nodes = [...Array.from(rec.addedNodes), ...Array.from(rec.removedNodes)];
  return nodes.length > 0 && nodes.every(isOwn);
}

function addsText(rec: MutationRecord): boolean {
  for (let i = 0; i < rec.addedNodes.length; i++) {
    const n = rec.addedNodes[i];
    if (n.nodeType === 1 && (n.textContent?.length ?? 0) >= MIN_NEW_TEXT) return true;
  }
  return false;
}

import { isBlockTag, isInlineTag, isSkippedTag } from './dom-kinds';

/** One block of the text (a paragraph, heading, caption, cell…): `text.slice(start, end)`, no newline around it. */
export interface TextBlock {
  start: number;
  end: number;
  /** The nearest block element holding the block's text. */
  element: Element;
}

/** The article's visible text as one string, one block per line, mapped back to DOM text nodes. */
export interface TextMap {
  /** Blocks (paragraphs, headings, captions) joined by '\n'; a `<br>` is a '\n' inside a block. */
  readonly text: string;
  /** The blocks in reading order (never empty ones). */
  readonly blocks: readonly TextBlock[];
  /** A live Range covering text[start, end), or null when that span maps to no DOM text. */
  range(start: number, end: number): Range | null;
  /** Offset in `text` of a DOM point (a text node and an offset in it), or null when outside the map. */
  offsetOf(node: Node, offset: number): number | null;
}

/** How the map builder decides what is visible (injected so tests and odd pages can replace it). */
export interface TextMapOptions {
  /** False for an element that is not rendered (display:none, visibility:hidden); its subtree is skipped. */
  isRendered?: (el: Element) => boolean;
  /** True for an element whose tag alone does not tell whether it is a block (custom elements). */
  isBlockElement?: (el: Element) => boolean;
}

/** Thrown when the DOM changed under a chunked build so the walk cannot go on; the caller rebuilds later. */
export class TextMapStale extends Error {}

// Collapsible white space as CSS renders it (not U+00A0, which is kept as written).
const WS = /[ \t\n\r\f]+/g;
// East Asian wide characters: CSS Text 3 removes a segment break between two of them (Firefox does; it
// also keeps 109.46\n亿元 one figure for extraction).
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Default rendering check: `checkVisibility` where present (cheap: it asks for a layout box), else computed style. */
export function defaultIsRendered(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return false;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce !== 'false') return false;
  const view = el.ownerDocument.defaultView;
  if (typeof el.checkVisibility === 'function') {
    if (el.checkVisibility({ visibilityProperty: true })) return true;
    // display:contents has no box of its own, yet its children render.
    return view ? view.getComputedStyle(el).display === 'contents' : false;
  }
  if (!view) return true;
  const style = view.getComputedStyle(el);
  return style.display !== 'none' && style.visibility !== 'hidden';
}

function defaultIsBlock(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const d = view.getComputedStyle(el).display;
  return !!d && !d.startsWith('inline') && d !== 'contents' && d !== 'none' && !d.startsWith('ruby');
}

/** An incremental text map build: `step` walks until `stop()` says to yield; `finish` gives the map. */
export interface TextMapBuilder {
  /** Walks on until done (true) or until `stop()` returns true, checked every few dozen nodes (false). */
  step(stop?: () => boolean): boolean;
  /** The finished map (call after `step` returned true). */
  finish(): TextMap;
}

/** Starts a text map build over `roots`; the walk is iterative (deep nesting is fine). */
export function createTextMapBuilder(roots: readonly Element[], options: TextMapOptions = {}): TextMapBuilder {
  const isRendered = options.isRendered ?? defaultIsRendered;
  const isBlockElement = options.isBlockElement ?? defaultIsBlock;
  const parts: string[] = [];
  let len = 0;
  const runStart: number[] = [];
  const runEnd: number[] = [];
  const runNode: Text[] = [];
  const runOff: number[] = [];
  const blocks: TextBlock[] = [];
  let blockStart = -1;
  let lastChar = '';
  // A collapsed white-space run waiting for the next visible character: where it is, and whether it held a newline.
  let pendingNode: Text | null = null;
  let pendingOff = 0;
  let pendingBreak = false;
  const blockStack: Element[] = [];
  let rootIndex = 0;
  let root: Element | null = null;
  let node: Node | null = null;
  let preDepth = 0;
  // Only entered ("open") elements have their children walked.
  const open = new WeakSet<Element>();

  const push = (s: string, at: Text | null, off: number): void => {
    if (at) {
      const last = runNode.length - 1;
      // Extend the previous run when this piece continues it in the same node.
      if (
        last >= 0 &&
        runNode[last] === at &&
        runEnd[last] === len &&
        runOff[last] + (runEnd[last] - runStart[last]) === off
      ) {
        runEnd[last] += s.length;
      } else {
        runStart.push(len);
        runEnd.push(len + s.length);
        runNode.push(at);
        runOff.push(off);
      }
    }
    parts.push(s);
    len += s.length;
    lastChar = s[s.length - 1];
  };

  const breakBlock = (): void => {
    pendingNode = null;
    if (blockStart < 0) return;
    let end = len;
    // A trailing <br> leaves a '\n' that belongs to no block; drop it from the text too.
    if (lastChar === '\n') {
      parts.pop();
      len--;
      end--;
      lastChar = '';
    }
    if (end > blockStart) {
      const element = blockStack[blockStack.length - 1] ?? roots[Math.max(0, rootIndex - 1)];
      blocks.push({ start: blockStart, end, element });
    }
    blockStart = -1;
  };

  // Appends data[from, to) (no collapsible white space in it, unless inside <pre>) as one run.
  const emit = (at: Text, from: number, to: number, data: string): void => {
    const piece = data.slice(from, to);
    if (blockStart < 0) {
      if (len > 0) push('\n', null, 0);
      blockStart = len;
    } else if (pendingNode) {
      const joinWide = pendingBreak && WIDE.test(lastChar) && WIDE.test(piece[0]);
      if (!joinWide && lastChar !== '\n') push(' ', pendingNode, pendingOff);
    }
    pendingNode = null;
    pendingBreak = false;
    push(piece, at, from);
  };

  const text = (t: Text): void => {
    const data = t.data;
    if (!data) return;
    if (preDepth > 0) return emit(t, 0, data.length, data);
    WS.lastIndex = 0;
    let at = 0;
    for (let m = WS.exec(data); ; m = WS.exec(data)) {
      const end = m ? m.index : data.length;
      if (end > at) emit(t, at, end, data);
      if (!m) break;
      if (blockStart >= 0 && !pendingNode) {
        pendingNode = t;
        pendingOff = m.index;
        pendingBreak = /[\n\r]/.test(m[0]);
      } else if (pendingNode && /[\n\r]/.test(m[0])) pendingBreak = true;
      at = m.index + m[0].length;
    }
  };

  const enter = (el: Element): void => {
    const tag = el.localName.toLowerCase();
    if (tag === 'br') {
      pendingNode = null;
      if (blockStart >= 0 && lastChar !== '\n') push('\n', null, 0);
      return;
    }
    if (isSkippedTag(tag) || tag.startsWith('newsmark-') || !isRendered(el)) return;
    open.add(el);
    if (tag === 'pre' || tag === 'listing') preDepth++;
    if (isBlockTag(tag) || (!isInlineTag(tag) && isBlockElement(el))) {
      breakBlock();
      blockStack.push(el);
    }
  };

  const leave = (el: Element): void => {
    open.delete(el);
    const tag = el.localName.toLowerCase();
    if (tag === 'pre' || tag === 'listing') preDepth--;
    if (blockStack[blockStack.length - 1] === el) {
      breakBlock();
      blockStack.pop();
    }
  };

  const arrive = (n: Node): void => {
    if (n.nodeType === 3) text(n as Text);
    else if (n.nodeType === 1) enter(n as Element);
  };

  // Moves to the next node in document order within the current root (null when the root is done).
  const next = (): void => {
    let n = node!;
    if (n.nodeType === 1 && open.has(n as Element) && n.firstChild) {
      node = n.firstChild;
      return arrive(node);
    }
    for (;;) {
      if (n.nodeType === 1 && open.has(n as Element)) leave(n as Element);
      if (n === root) {
        node = null;
        return;
      }
      const sibling = n.nextSibling;
      if (sibling) {
        node = sibling;
        return arrive(sibling);
      }
      const parent = n.parentNode;
      if (!parent) throw new TextMapStale('node left the document while mapping');
      n = parent;
    }
  };

  return {
    step(stop = () => false) {
      let count = 0;
      for (;;) {
        if (!node) {
          if (rootIndex >= roots.length) return true;
          root = roots[rootIndex++];
          breakBlock();
          node = root;
          arrive(root);
        } else next();
        if ((++count & 63) === 0 && stop()) {
          if (node && !node.isConnected) throw new TextMapStale('article changed while mapping');
          return false;
        }
      }
    },
    finish() {
      breakBlock();
      return mappedText(parts.join(''), blocks, runStart, runEnd, runNode, runOff);
    },
  };
}

/** Builds the text map of `roots` in one go (use createTextMapBuilder's step to build it in slices). */
export function buildTextMap(roots: readonly Element[], options?: TextMapOptions): TextMap {
  const b = createTextMapBuilder(roots, options);
  b.step();
  return b.finish();
}

function mappedText(
  text: string,
  blocks: readonly TextBlock[],
  runStart: number[],
  runEnd: number[],
  runNode: Text[],
  runOff: number[],
): TextMap {
  let byNode: Map<Text, number> | null = null;
  const offsetOf = (node: Node, offset: number): number | null => {
    if (node.nodeType === 1) {
      const child = node.childNodes[offset];
      const first = child ? firstTextIn(child) : null;
      return first ? offsetOf(first, 0) : null;
    }
    if (!byNode) {
      byNode = new Map();
      for (let i = runNode.length - 1; i >= 0; i--) byNode.set(runNode[i], i);
    }
    let i = byNode.get(node as Text);
    if (i === undefined) return null;
    for (; i < runNode.length && runNode[i] === node; i++) {
      const len = runEnd[i] - runStart[i];
      if (offset < runOff[i]) return runStart[i];
      if (offset <= runOff[i] + len) return runStart[i] + (offset - runOff[i]);
    }
    return runEnd[i - 1];
  };
  return {
    text,
    blocks,
    offsetOf,
    range(start, end) {
      if (!(start < end) || start < 0 || end > text.length) return null;
      // First run ending after `start`, last run starting before `end` (binary searches).
      let lo = 0;
      let hi = runEnd.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (runEnd[mid] > start) hi = mid;
        else lo = mid + 1;
      }
      const a = lo;
      lo = 0;
      hi = runStart.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (runStart[mid] < end) lo = mid + 1;
        else hi = mid;
      }
      const b = lo - 1;
      if (a >= runStart.length || b < a) return null;
      const s = Math.max(start, runStart[a]);
      const e = Math.min(end, runEnd[b]);
      const r = runNode[a].ownerDocument.createRange();
      try {
        r.setStart(runNode[a], runOff[a] + (s - runStart[a]));
        r.setEnd(runNode[b], runOff[b] + (e - runStart[b]));
      } catch {
        return null; // the node got shorter since mapping
      }
      return r;
    },
  };
}

function firstTextIn(n: Node): Text | null {
  if (n.nodeType === 3) return n as Text;
  const walker = n.ownerDocument!.createTreeWalker(n, 4);
  return walker.nextNode() as Text | null;
}

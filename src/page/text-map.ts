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

/** Incremental builder: `step` walks until `stop()` says to yield; the walk is iterative (deep nesting is fine). */
export class TextMapBuilder {
  private readonly parts: string[] = [];
  private len = 0;
  private readonly runStart: number[] = [];
  private readonly runEnd: number[] = [];
  private readonly runNode: Text[] = [];
  private readonly runOff: number[] = [];
  private readonly blocks: TextBlock[] = [];
  private blockStart = -1;
  private lastChar = '';
  // A collapsed white-space run waiting for the next visible character: where it is, and whether it held a newline.
  private pendingNode: Text | null = null;
  private pendingOff = 0;
  private pendingBreak = false;
  private readonly blockStack: Element[] = [];
  private rootIndex = 0;
  private root: Element | null = null;
  private node: Node | null = null;
  private preDepth = 0;
  private readonly open = new WeakSet<Element>();
  private readonly isRendered: (el: Element) => boolean;
  private readonly isBlockElement: (el: Element) => boolean;

  constructor(
    private readonly roots: readonly Element[],
    options: TextMapOptions = {},
  ) {
    this.isRendered = options.isRendered ?? defaultIsRendered;
    this.isBlockElement = options.isBlockElement ?? defaultIsBlock;
  }

  /** Walks on until done (true) or until `stop()` returns true, checked every few dozen nodes (false). */
  step(stop: () => boolean = () => false): boolean {
    let count = 0;
    for (;;) {
      if (!this.node) {
        if (this.rootIndex >= this.roots.length) return true;
        this.root = this.roots[this.rootIndex++];
        this.breakBlock();
        this.node = this.root;
        this.arrive(this.root);
      } else this.next();
      if ((++count & 63) === 0 && stop()) {
        if (this.node && !this.node.isConnected) throw new TextMapStale('article changed while mapping');
        return false;
      }
    }
  }

  /** The finished map (call after `step` returned true). */
  finish(): TextMap {
    this.breakBlock();
    return new MappedText(this.parts.join(''), this.blocks, this.runStart, this.runEnd, this.runNode, this.runOff);
  }

  // Moves to the next node in document order within the current root (null when the root is done).
  private next(): void {
    let n = this.node!;
    if (n.nodeType === 1 && this.open.has(n as Element) && n.firstChild) {
      this.node = n.firstChild;
      return this.arrive(this.node);
    }
    for (;;) {
      if (n.nodeType === 1 && this.open.has(n as Element)) this.leave(n as Element);
      if (n === this.root) {
        this.node = null;
        return;
      }
      const sibling = n.nextSibling;
      if (sibling) {
        this.node = sibling;
        return this.arrive(sibling);
      }
      const parent = n.parentNode;
      if (!parent) throw new TextMapStale('node left the document while mapping');
      n = parent;
    }
  }

  private arrive(n: Node): void {
    if (n.nodeType === 3) this.text(n as Text);
    else if (n.nodeType === 1) this.enter(n as Element);
  }

  // Starts an element; only entered ("open") elements have their children walked.
  private enter(el: Element): void {
    const tag = el.localName.toUpperCase();
    if (tag === 'BR') return this.lineBreak();
    if (isSkippedTag(tag) || tag.startsWith('NEWSMARK-') || !this.isRendered(el)) return;
    this.open.add(el);
    if (tag === 'PRE' || tag === 'LISTING') this.preDepth++;
    if (isBlockTag(tag) || (!isInlineTag(tag) && this.isBlockElement(el))) {
      this.breakBlock();
      this.blockStack.push(el);
    }
  }

  private leave(el: Element): void {
    this.open.delete(el);
    const tag = el.localName.toUpperCase();
    if (tag === 'PRE' || tag === 'LISTING') this.preDepth--;
    if (this.blockStack[this.blockStack.length - 1] === el) {
      this.breakBlock();
      this.blockStack.pop();
    }
  }

  private text(node: Text): void {
    const data = node.data;
    if (!data) return;
    if (this.preDepth > 0) return this.emit(node, 0, data.length, data);
    WS.lastIndex = 0;
    let at = 0;
    for (let m = WS.exec(data); ; m = WS.exec(data)) {
      const end = m ? m.index : data.length;
      if (end > at) this.emit(node, at, end, data);
      if (!m) break;
      if (this.blockStart >= 0 && !this.pendingNode) {
        this.pendingNode = node;
        this.pendingOff = m.index;
        this.pendingBreak = /[\n\r]/.test(m[0]);
      } else if (this.pendingNode && /[\n\r]/.test(m[0])) this.pendingBreak = true;
      at = m.index + m[0].length;
    }
  }

  // Appends data[from, to) (no collapsible white space in it, unless inside <pre>) as one run.
  private emit(node: Text, from: number, to: number, data: string): void {
    const piece = data.slice(from, to);
    if (this.blockStart < 0) {
      if (this.len > 0) this.push('\n', null, 0);
      this.blockStart = this.len;
    } else if (this.pendingNode) {
      const joinWide = this.pendingBreak && WIDE.test(this.lastChar) && WIDE.test(piece[0]);
      if (!joinWide && this.lastChar !== '\n') this.push(' ', this.pendingNode, this.pendingOff);
    }
    this.pendingNode = null;
    this.pendingBreak = false;
    this.push(piece, node, from);
  }

  private push(s: string, node: Text | null, off: number): void {
    if (node) {
      const last = this.runNode.length - 1;
      // Extend the previous run when this piece continues it in the same node.
      if (
        last >= 0 &&
        this.runNode[last] === node &&
        this.runEnd[last] === this.len &&
        this.runOff[last] + (this.runEnd[last] - this.runStart[last]) === off
      ) {
        this.runEnd[last] += s.length;
      } else {
        this.runStart.push(this.len);
        this.runEnd.push(this.len + s.length);
        this.runNode.push(node);
        this.runOff.push(off);
      }
    }
    this.parts.push(s);
    this.len += s.length;
    this.lastChar = s[s.length - 1];
  }

  private lineBreak(): void {
    this.pendingNode = null;
    if (this.blockStart >= 0 && this.lastChar !== '\n') this.push('\n', null, 0);
  }

  private breakBlock(): void {
    this.pendingNode = null;
    if (this.blockStart < 0) return;
    let end = this.len;
    // A trailing <br> leaves a '\n' that belongs to no block; drop it from the text too.
    if (this.lastChar === '\n') {
      this.parts.pop();
      this.len--;
      end--;
      this.lastChar = '';
    }
    if (end > this.blockStart) {
      const element = this.blockStack[this.blockStack.length - 1] ?? this.roots[Math.max(0, this.rootIndex - 1)];
      this.blocks.push({ start: this.blockStart, end, element });
    }
    this.blockStart = -1;
  }
}

/** Builds the text map of `roots` in one go (use TextMapBuilder.step to build it in slices). */
export function buildTextMap(roots: readonly Element[], options?: TextMapOptions): TextMap {
  const b = new TextMapBuilder(roots, options);
  b.step();
  return b.finish();
}

class MappedText implements TextMap {
  private byNode: Map<Text, number> | null = null;

  constructor(
    readonly text: string,
    readonly blocks: readonly TextBlock[],
    private readonly runStart: number[],
    private readonly runEnd: number[],
    private readonly runNode: Text[],
    private readonly runOff: number[],
  ) {}

  range(start: number, end: number): Range | null {
    if (!(start < end) || start < 0 || end > this.text.length) return null;
    // First run ending after `start`, last run starting before `end` (binary searches).
    let lo = 0;
    let hi = this.runEnd.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.runEnd[mid] > start) hi = mid;
      else lo = mid + 1;
    }
    const a = lo;
    lo = 0;
    hi = this.runStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.runStart[mid] < end) lo = mid + 1;
      else hi = mid;
    }
    const b = lo - 1;
    if (a >= this.runStart.length || b < a) return null;
    const s = Math.max(start, this.runStart[a]);
    const e = Math.min(end, this.runEnd[b]);
    const sNode = this.runNode[a];
    const eNode = this.runNode[b];
    const r = sNode.ownerDocument.createRange();
    try {
      r.setStart(sNode, this.runOff[a] + (s - this.runStart[a]));
      r.setEnd(eNode, this.runOff[b] + (e - this.runStart[b]));
    } catch {
      return null; // the node got shorter since mapping
    }
    return r;
  }

  offsetOf(node: Node, offset: number): number | null {
    if (node.nodeType === 1) {
      const child = node.childNodes[offset];
      const text = child ? firstTextIn(child) : null;
      return text ? this.offsetOf(text, 0) : null;
    }
    if (!this.byNode) {
      this.byNode = new Map();
      for (let i = this.runNode.length - 1; i >= 0; i--) this.byNode.set(this.runNode[i], i);
    }
    let i = this.byNode.get(node as Text);
    if (i === undefined) return null;
    for (; i < this.runNode.length && this.runNode[i] === node; i++) {
      const len = this.runEnd[i] - this.runStart[i];
      if (offset < this.runOff[i]) return this.runStart[i];
      if (offset <= this.runOff[i] + len) return this.runStart[i] + (offset - this.runOff[i]);
    }
    return this.runEnd[i - 1];
  }
}

function firstTextIn(n: Node): Text | null {
  if (n.nodeType === 3) return n as Text;
  const walker = n.ownerDocument!.createTreeWalker(n, 4);
  return walker.nextNode() as Text | null;
}

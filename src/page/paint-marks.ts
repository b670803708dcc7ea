import type { Kind } from '../extract/types';

/** One span to wrap, with where it lies in DOM text (read before any wrapping). */
interface Piece {
  from: number;
  to: number;
  kind: Kind;
  watched: boolean;
  span: number;
}

/** What wrapping one text node changed: restore `node.data` and remove `inserted` to undo it exactly. */
interface Wrapped {
  node: Text;
  original: string;
  inserted: Node[];
}

const RANK: Record<Kind, number> = { quote: 0, company: 1, figure: 2 };

/**
 * The `<mark data-newsmark-kind>` fallback for browsers without the CSS Custom Highlight API. Each text node
 * is rewritten once: the node itself keeps the text before the first mark (so it stays where it was), the
 * marks and the rest follow it; nested kinds nest as marks. Undo puts every node back exactly.
 */
export class MarkPainter {
  private readonly done: Wrapped[] = [];

  constructor(private readonly doc: Document) {}

  /** Wraps every span; returns, per span, a range over its marks (null when it could not be wrapped). */
  wrap(spans: { kind: Kind; range: Range; watched?: boolean }[]): (Range | null)[] {
    // Read every position first: wrapping rewrites text nodes, which moves live ranges.
    const byNode = new Map<Text, Piece[]>();
    spans.forEach((s, i) => {
      for (const [node, from, to] of textPiecesOf(s.range))
        if (to > from) {
          let list = byNode.get(node);
          if (!list) byNode.set(node, (list = []));
          list.push({ from, to, kind: s.kind, watched: !!s.watched, span: i });
        }
    });
    const marks: HTMLElement[][] = spans.map(() => []);
    for (const [node, pieces] of byNode) this.wrapNode(node, pieces, marks);
    // Pieces are sorted per node; the marks of one span across nodes must be in document order.
    for (const list of marks) if (list.length > 1) list.sort(byDocumentOrder);
    return marks.map((list) => {
      if (!list.length) return null;
      const r = this.doc.createRange();
      r.setStart(list[0], 0);
      const last = list[list.length - 1];
      r.setEnd(last, last.childNodes.length);
      return r;
    });
  }

  /** Puts the page back exactly as it was before any `wrap`. */
  unwrapAll(): void {
    for (let i = this.done.length - 1; i >= 0; i--) {
      const w = this.done[i];
      for (const n of w.inserted) n.parentNode?.removeChild(n);
      w.node.data = w.original;
    }
    this.done.length = 0;
  }

  /** Whether a node is one of the marks (or inside one) this painter made. */
  owns(node: Node | null): boolean {
    const el = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
    return !!el?.closest('mark[data-newsmark-kind]');
  }

  private wrapNode(node: Text, pieces: Piece[], marks: HTMLElement[][]): void {
    const data = node.data;
    pieces.sort((a, b) => a.from - b.from || b.to - a.to || RANK[a.kind] - RANK[b.kind]);
    type Box = { el: HTMLElement | null; out: Node[]; to: number; cursor: number };
    const top: Box = { el: null, out: [], to: data.length, cursor: 0 };
    const stack: Box[] = [top];
    const text = (box: Box, end: number) => {
      if (end > box.cursor) box.out.push(this.doc.createTextNode(data.slice(box.cursor, end)));
      box.cursor = Math.max(box.cursor, end);
    };
    const close = () => {
      const box = stack.pop()!;
      text(box, box.to);
      box.el!.append(...box.out);
      stack[stack.length - 1].cursor = box.to;
    };
    for (const p of pieces) {
      while (stack.length > 1 && p.from >= stack[stack.length - 1].to) close();
      const parent = stack[stack.length - 1];
      const from = Math.max(p.from, parent.cursor);
      const to = Math.min(p.to, parent.to);
      if (from >= to) continue;
      text(parent, from);
      const el = this.doc.createElement('mark');
      el.setAttribute('data-newsmark-kind', p.kind);
      if (p.watched) el.setAttribute('data-newsmark-watch', '');
      parent.out.push(el);
      marks[p.span].push(el);
      stack.push({ el, out: [], to, cursor: from });
    }
    while (stack.length > 1) close();
    text(top, data.length);
    // The original node keeps the leading plain text ('' when a mark comes first) and its place.
    const first = top.out[0];
    const rest = first && first.nodeType === 3 ? top.out.slice(1) : top.out;
    node.data = first && first.nodeType === 3 ? (first as Text).data : '';
    const parent = node.parentNode;
    if (!parent) return;
    parent.insertBefore(wrapInFragment(this.doc, rest), node.nextSibling);
    this.done.push({ node, original: data, inserted: rest });
  }
}

function wrapInFragment(doc: Document, nodes: Node[]): DocumentFragment {
  const f = doc.createDocumentFragment();
  f.append(...nodes);
  return f;
}

function byDocumentOrder(a: Node, b: Node): number {
  return a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1;
}

/** The text nodes a range covers, with the covered [from, to) in each (walks from start to end only). */
function textPiecesOf(range: Range): [Text, number, number][] {
  const { startContainer: sc, endContainer: ec, startOffset: so, endOffset: eo } = range;
  if (sc === ec && sc.nodeType === 3) return [[sc as Text, so, eo]];
  const walker = sc.ownerDocument!.createTreeWalker(range.commonAncestorContainer, 4);
  let n: Text | null;
  if (sc.nodeType === 3) n = walker.currentNode = sc as Text;
  else {
    const child = sc.childNodes[so];
    walker.currentNode = child ?? sc;
    n = child?.nodeType === 3 ? (child as Text) : ((child ? walker.nextNode() : walker.nextSibling()) as Text | null);
  }
  const out: [Text, number, number][] = [];
  for (; n && range.intersectsNode(n); n = walker.nextNode() as Text | null) {
    const from = n === sc ? so : 0;
    const to = n === ec ? eo : n.data.length;
    out.push([n, from, to]);
    if (n === ec) break;
  }
  return out;
}

/** The article's visible text as one string, one block per line, mapped back to DOM text nodes. */
export interface TextMap {
  /** Blocks (paragraphs, headings, captions) joined by '\n'. */
  readonly text: string;
  /** A live Range covering text[start, end), or null when that span maps to no DOM text. */
  range(start: number, end: number): Range | null;
  /** Offset in `text` of a DOM point (a text node and an offset in it), or null when outside the map. */
  offsetOf(node: Node, offset: number): number | null;
}

const BLOCK =
  /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TD|TH|TR|UL)$/;
const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA|INPUT|SELECT|BUTTON|SVG|IFRAME|OBJECT|CANVAS|IMG|VIDEO|AUDIO)$/;

/** Builds the text map of `roots` (placeholder: no visibility checks yet). */
export function buildTextMap(roots: Element[]): TextMap {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  const breakLine = () => {
    if (text.length && !text.endsWith('\n')) text += '\n';
  };
  const walk = (el: Element) => {
    if (SKIP.test(el.tagName.toUpperCase())) return;
    const block = BLOCK.test(el.tagName.toUpperCase());
    if (block) breakLine();
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const value = (c as Text).data.replace(/[\n\r\t]/g, ' ');
        if (!value) continue;
        nodes.push(c as Text);
        starts.push(text.length);
        text += value;
      } else if (c.nodeType === 1) walk(c as Element);
    }
    if (block) breakLine();
  };
  for (const root of roots) walk(root);
  const locate = (offset: number, preferEnd: boolean): [Text, number] | null => {
    let lo = 0;
    let hi = nodes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = starts[mid];
      const e = s + nodes[mid].data.length;
      if (offset < s || (preferEnd ? offset > e : offset >= e)) {
        if (offset < s) hi = mid - 1;
        else lo = mid + 1;
      } else return [nodes[mid], offset - s];
    }
    return null;
  };
  return {
    text,
    range(start, end) {
      const a = locate(start, false);
      const b = locate(end, true);
      if (!a || !b) return null;
      const r = a[0].ownerDocument.createRange();
      r.setStart(a[0], a[1]);
      r.setEnd(b[0], b[1]);
      return r;
    },
    offsetOf(node, offset) {
      const i = nodes.indexOf(node as Text);
      return i < 0 ? null : starts[i] + Math.min(offset, nodes[i].data.length);
    },
  };
}

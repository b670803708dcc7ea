import type { Page } from 'playwright-core';

/** What a test reads of an element inside newsmark's closed shadow root. */
export interface ShadowElement {
  text: string;
  /** Centre in viewport coordinates (for real mouse clicks). */
  x: number;
  y: number;
  attrs: Record<string, string>;
}

/**
 * Reads an element inside newsmark's host (`newsmark-ui`), whose shadow root is closed to page
 * scripts, through the DevTools protocol (which sees closed roots). Null when there is no host or match.
 */
export async function shadowQuery(page: Page, selector: string): Promise<ShadowElement | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type Node = { nodeId: number; localName?: string; children?: Node[]; shadowRoots?: Node[] };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
    const find = (n: Node): Node | undefined =>
      n.localName === 'newsmark-ui' ? n : (n.children ?? []).map(find).find(Boolean);
    const shadow = find(root)?.shadowRoots?.[0];
    if (!shadow) return null;
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: shadow.nodeId, selector });
    if (!nodeId) return null;
    const { object } = await cdp.send('DOM.resolveNode', { nodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function () {
        const r = this.getBoundingClientRect();
        const attrs = {};
        for (const a of this.attributes) attrs[a.name] = a.value;
        return { text: this.textContent, x: r.left + r.width / 2, y: r.top + r.height / 2, attrs };
      }`,
      returnByValue: true,
    });
    return result.value as ShadowElement;
  } finally {
    await cdp.detach();
  }
}

/** Clicks the centre of an element inside newsmark's shadow root with the real mouse. */
export async function shadowClick(page: Page, selector: string): Promise<void> {
  const el = await shadowQuery(page, selector);
  if (!el) throw new Error(`nothing matches ${selector} in newsmark's UI`);
  await page.mouse.click(el.x, el.y);
}

/**
 * True for nodes newsmark itself puts in a page: its UI host (a custom element whose tag starts with
 * `newsmark-`, or any element marked `data-newsmark-host`) and the `<mark data-newsmark-kind>` fallback,
 * or anything inside them. Mutations of these are ignored, which avoids feedback loops.
 */
export function isOwnNode(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return false;
  if (el.localName.startsWith('newsmark-') || el.hasAttribute('data-newsmark-host')) return true;
  return !!el.closest('mark[data-newsmark-kind], [data-newsmark-host]') || hostAncestor(el);
}

function hostAncestor(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (e.localName.startsWith('newsmark-')) return true;
  return false;
}

/**
 * Finds the element(s) holding the article body (DESIGN.md contract 3). Placeholder until the
 * article finder lands: the first `<article>` or `[itemprop=articleBody]`, else nothing.
 */
export function findArticle(doc: Document): Element[] {
  const el = doc.querySelector('[itemprop="articleBody"], article');
  return el ? [el] : [];
}

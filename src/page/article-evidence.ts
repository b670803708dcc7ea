/**
 * What a page's own markup says about its article: schema.org Article types and `articleBody` in
 * JSON-LD and microdata, og:type, `<article>`, and the headline. Read once per detection; every
 * query here is bounded (a few selectors, JSON-LD blocks under a size cap).
 */
import { siteOf } from './article-gate';
import { ARTICLE_TYPES, setOf } from './article-hints';
import { tagOf } from './article-walk';

/** The page's own claims about being an article. */
export interface Evidence {
  /** schema.org Article (or a subtype) in JSON-LD or microdata, or og:type=article. */
  declaresArticle: boolean;
  /** Only listing types (WebSite, CollectionPage, SearchResultsPage, ItemList…) in JSON-LD, or og:type=website. */
  declaresListing: boolean;
  /** The element the markup names as the article body (microdata articleBody, or the paragraph
   * where JSON-LD's articleBody starts, or the page's only `<article>`, or its only `<main>`), for
   * when scoring finds none. */
  hint: Element | null;
  /** A password field: a login or sign-up page unless plenty of prose says otherwise. */
  hasPassword: boolean;
  /** The page's own sites (siteOf its host and of its canonical / og:url address). */
  sites: Set<string>;
}

const LISTING_TYPES = setOf(['CollectionPage', 'ItemList', 'SearchResultsPage', 'WebSite', 'WebPage', 'ProfilePage']);
const ARTICLE_TYPE_SET = setOf(ARTICLE_TYPES);
const MAX_JSON = 200_000;

const isArticleType = (t: unknown): boolean => typeof t === 'string' && ARTICLE_TYPE_SET.has(t.replace(/^.*[/#]/, ''));
const isListingType = (t: unknown): boolean => typeof t === 'string' && LISTING_TYPES.has(t.replace(/^.*[/#]/, ''));

interface JsonFacts {
  article: boolean;
  listing: boolean;
  body: string;
}

/** Visits JSON-LD values (objects, arrays, @graph) looking for Article types and articleBody. */
function visitJson(value: unknown, facts: JsonFacts, depth: number): void {
  if (!value || typeof value !== 'object' || depth > 6) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length && i < 50; i++) visitJson(value[i], facts, depth + 1);
    return;
  }
  const obj = value as Record<string, unknown>;
  const type = obj['@type'];
  let article = isArticleType(type);
  let listing = isListingType(type);
  if (Array.isArray(type))
    for (let i = 0; i < type.length; i++) {
      if (isArticleType(type[i])) article = true;
      if (isListingType(type[i])) listing = true;
    }
  if (article) {
    facts.article = true;
    const body = obj['articleBody'];
    if (typeof body === 'string' && body.length > facts.body.length) facts.body = body;
  } else if (listing) facts.listing = true;
  if (obj['@graph']) visitJson(obj['@graph'], facts, depth + 1);
  if (obj['mainEntity']) visitJson(obj['mainEntity'], facts, depth + 1);
}

const squeeze = (s: string): string => s.replace(/\s+/g, '');

/** The parent of the paragraph where JSON-LD's articleBody starts, or null. */
function locateBody(doc: Document, body: string): Element | null {
  const text = squeeze(body);
  if (text.length < 40) return null;
  const snippet = text.slice(0, 40);
  const ps = doc.getElementsByTagName('p');
  for (let i = 0; i < ps.length && i < 2000; i++) {
    const t = squeeze(ps[i].textContent ?? '');
    if (t.length >= 20 && (snippet.indexOf(t.slice(0, 40)) === 0 || t.indexOf(snippet) >= 0)) {
      return ps[i].parentElement;
    }
  }
  return null;
}

/** Reads the page's schema.org, Open Graph and `<article>` evidence. */
export function readEvidence(doc: Document): Evidence {
  const facts: JsonFacts = { article: false, listing: false, body: '' };
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < 20; i++) {
    const src = scripts[i].textContent ?? '';
    if (src.length > MAX_JSON) continue;
    try {
      // Some sites wrap JSON-LD in CDATA or HTML comments.
      visitJson(JSON.parse(src.replace(/^\s*(<!\[CDATA\[|<!--)/, '').replace(/(\]\]>|-->)\s*$/, '')), facts, 0);
    } catch {
      /* broken JSON-LD is common; it is only evidence */
    }
  }
  const bodies = doc.querySelectorAll('[itemprop~="articleBody"], [itemprop~="articlebody"]');
  const articles = doc.getElementsByTagName('article');
  let hint: Element | null = bodies.length === 1 ? bodies[0] : null;
  if (!hint && facts.body) hint = locateBody(doc, facts.body);
  if (!hint && articles.length === 1) hint = articles[0];
  if (!hint) {
    const mains = doc.querySelectorAll('main, [role="main"]');
    if (mains.length === 1) hint = mains[0];
  }
  let declaresArticle = facts.article || bodies.length > 0;
  if (!declaresArticle) {
    const scoped = doc.querySelectorAll('[itemscope][itemtype]');
    for (let i = 0; i < scoped.length && i < 50 && !declaresArticle; i++)
      declaresArticle = isArticleType(scoped[i].getAttribute('itemtype'));
  }
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase() ?? '';
  if (og === 'article') declaresArticle = true;
  const declaresListing = !declaresArticle && (facts.listing || og === 'website');
  const hasPassword = !!doc.querySelector('input[type="password" i]');
  return { declaresArticle, declaresListing, hint, hasPassword, sites: sitesOf(doc) };
}

/** siteOf the page's host and of the host its canonical link or og:url names. */
function sitesOf(doc: Document): Set<string> {
  const sites = new Set<string>();
  try {
    if (doc.location?.hostname) sites.add(siteOf(doc.location.hostname));
  } catch {
    /* a detached or sandboxed document */
  }
  const addresses = [
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (let i = 0; i < addresses.length; i++) {
    const m = /^\s*(?:https?:)?\/\/([^/:?#\s]+)/i.exec(addresses[i] ?? '');
    if (m) sites.add(siteOf(m[1]));
  }
  return sites;
}

/** The part of the document title that names the article (the longest segment between separators). */
function titleCore(doc: Document): string {
  let title = '';
  try {
    title = doc.title ?? '';
  } catch {
    return '';
  }
  const segments = title.split(/\s[|\-–—:·»]\s|[_|｜–—]/);
  let best = '';
  for (let i = 0; i < segments.length; i++) if (segments[i].trim().length > best.length) best = segments[i].trim();
  return squeeze(best).toLowerCase().slice(0, 200);
}

/** Share of `a`'s characters, in order, that `b` contains as one run (longest common substring / |a|). */
function overlap(a: string, b: string): number {
  if (!a.length || !b.length) return 0;
  if (b.indexOf(a) >= 0) return 1;
  let best = 0;
  // Cheap: grow windows of `a` found in `b` (headlines are short).
  for (let i = 0; i < a.length && a.length - i > best; i++) {
    let j = i + best + 1;
    while (j <= a.length && b.indexOf(a.slice(i, j)) >= 0) j++;
    if (j - 1 - i > best) best = j - 1 - i;
  }
  return best / a.length;
}

/** The article's headline: an h1 that matches the page title. */
export interface Headline {
  /** The h1 to put before the parts (null when none, or when the parts already hold it). */
  el: Element | null;
  /** True when a matching h1 heads the parts (inside them or just before them). */
  headed: boolean;
}

/** Finds the h1 matching the page title inside the first parts or just before them. */
export function findHeadline(doc: Document, parts: Element[]): Headline {
  const none: Headline = { el: null, headed: false };
  const first = parts[0];
  if (!first) return none;
  const core = titleCore(doc);
  const h1s = doc.getElementsByTagName('h1');
  for (let i = 0; i < h1s.length && i < 10; i++) {
    const h = h1s[i];
    if (h !== first && h.contains(first)) continue;
    if (h.closest('nav, aside, footer, [role="navigation"], [role="banner"]')) continue;
    const text = squeeze(h.textContent ?? '')
      .toLowerCase()
      .slice(0, 200);
    if (text.length < 4) continue;
    if (core && overlap(text, core) < 0.6 && overlap(core, text) < 0.6) continue;
    for (let k = 0; k < parts.length && k < 3; k++) if (parts[k].contains(h)) return { el: null, headed: true };
    if (!(h.compareDocumentPosition(first) & 4)) continue; // the headline comes before the body
    // Close by: an ancestor a few levels above the body holds the headline too.
    let up: Element | null = first.parentElement;
    for (let k = 0; k < 4 && up && tagOf(up) !== 'body'; k++, up = up.parentElement)
      if (up.contains(h)) return { el: h, headed: true };
  }
  return none;
}

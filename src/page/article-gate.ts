/**
 * Decides whether what scoring found is an article at all. Readability always returns something;
 * newsmark must return nothing on home pages, search results, web apps and login pages, so the
 * found parts must hold enough prose and must not be a list of headlines with teasers.
 */
import type { Evidence } from './article-evidence';
import { setOf } from './article-hints';
import { type Model, type Para, tagOf } from './article-walk';

/** Least prose an article has (weighted length: ≈ 170 CJK characters or ≈ 80 English words). */
export const MIN_PROSE = 500;
/** Least prose when the page says it is an article or its headline sits on the body (a news flash). */
export const MIN_PROSE_DECLARED = 150;

/** Measures of the found parts. */
export interface Shape {
  /** Text outside links in blocks of running text (see `isProse`). */
  prose: number;
  /** Links that are most of their block's text and long enough to be headlines. */
  headlines: number;
  /** Blocks of running text long enough to be a sentence or two. */
  paragraphs: number;
}

const BLOCKS = setOf(['dd', 'div', 'dt', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'p', 'td']);
const PROSE_TAGS = setOf(['', 'blockquote', 'div', 'p', 'pre', 'section']);

/**
 * Running text: a paragraph (or a div read as one) that is not mostly links. Table cells and list
 * items count only when long — an inbox row or a result snippet is not an article's paragraph,
 * but old table layouts put the whole article in one cell.
 */
function isProse(para: Para): boolean {
  if (para.len < 60 || para.linkLen >= 0.3 * para.len) return false;
  return PROSE_TAGS.has(para.tag) || para.len >= 300;
}

const SECOND_LEVEL = setOf(['ac', 'co', 'com', 'edu', 'gov', 'ne', 'net', 'or', 'org']);

/** The registrable part of a host name, roughly: news.sina.com.cn → sina.com.cn, www.bbc.co.uk → bbc.co.uk. */
export function siteOf(host: string): string {
  const labels = host.toLowerCase().split('.');
  const n = labels.length;
  if (n <= 2) return labels.join('.');
  const keep = labels[n - 1].length === 2 && SECOND_LEVEL.has(labels[n - 2]) ? 3 : 2;
  let out = labels[n - keep];
  for (let i = n - keep + 1; i < n; i++) out += '.' + labels[i];
  return out;
}

/** Prose anywhere in the measured page: no choice of parts can hold more. */
export function pageProse(model: Model): number {
  let prose = 0;
  for (let p = 0; p < model.paras.length; p++) {
    const para = model.paras[p];
    if (isProse(para)) prose += para.len - para.linkLen;
  }
  return prose;
}

/** True when `el` is one of `parts` or inside one. */
function inside(el: Element, parts: Set<Element>, root: Element): boolean {
  for (let e: Element | null = el; e && e !== root.parentElement; e = e.parentElement) if (parts.has(e)) return true;
  return false;
}

/**
 * Measures prose, headline links and paragraphs inside the found parts (bounded by their size).
 * Only links to the page's own site count as headlines: a listing links to the site's articles,
 * a roundup article ("the 8 best …") links its headings to the things it reviews elsewhere.
 */
export function shapeOf(parts: Element[], model: Model, sites: Set<string>): Shape {
  const shape: Shape = { prose: 0, headlines: 0, paragraphs: 0 };
  const set = new Set<Element>();
  for (let k = 0; k < parts.length; k++) set.add(parts[k]);
  for (let p = 0; p < model.paras.length; p++) {
    const para = model.paras[p];
    if (!isProse(para) || !inside(para.el ?? para.owner, set, model.root)) continue;
    shape.prose += para.len - para.linkLen;
    if (para.len >= 80) shape.paragraphs++;
  }
  // Too little prose fails the gate whatever the links: spare the link scan (home pages are big).
  if (shape.prose < MIN_PROSE_DECLARED) return shape;
  for (let k = 0; k < parts.length; k++) {
    const links = parts[k].getElementsByTagName('a');
    for (let a = 0; a < links.length; a++) {
      const li = model.info.get(links[a]);
      if (!li || li.skip || li.len < 24) continue;
      let block: Element | null = links[a].parentElement;
      while (block && !BLOCKS.has(tagOf(block))) block = block.parentElement;
      const bi = block ? model.info.get(block) : undefined;
      // hostname last: it parses the link's address.
      if (bi && li.len >= 0.6 * bi.len && sites.has(siteOf((links[a] as HTMLAnchorElement).hostname ?? '')))
        shape.headlines++;
    }
  }
  return shape;
}
/**
 * True when the parts read as an article rather than a listing, a form or a fragment. `headed` says
 * a headline matching the page title sits just before them.
 */
export function isArticle(shape: Shape, evidence: Evidence, headed: boolean): boolean {
  const declared = (evidence.declaresArticle || headed) && !evidence.hasPassword;
  const minProse = evidence.declaresListing ? 2 * MIN_PROSE : declared ? MIN_PROSE_DECLARED : MIN_PROSE;
  if (shape.prose < minProse) return false;
  // Home pages and search results: a headline link per teaser paragraph, or short teasers.
  if (shape.headlines >= 5 && (shape.headlines >= shape.paragraphs || shape.prose < 350 * shape.headlines))
    return false;
  return true;
}

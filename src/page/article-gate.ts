/**
 * Decides whether what scoring found is an article at all. Readability always returns something;
 * newsmark must return nothing on home pages, search results, web apps and login pages, so the
 * found parts must hold enough prose and must not be a list of headlines with teasers.
 */
import type { Evidence } from './article-evidence';
import { type Model, tagOf } from './article-walk';

/** Least prose an article has (weighted length: ≈ 170 CJK characters or ≈ 80 English words). */
export const MIN_PROSE = 500;

/** Measures of the found parts. */
export interface Shape {
  /** Text length outside links. */
  prose: number;
  /** Links that are most of their block's text and long enough to be headlines. */
  headlines: number;
  /** Blocks of running text (not mostly links, long enough to be a sentence or two). */
  paragraphs: number;
}

const BLOCKS = new Set(['dd', 'div', 'dt', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'p', 'td']);

/** Measures prose, headline links and paragraphs inside the found parts (bounded by their size). */
export function shapeOf(parts: Element[], model: Model): Shape {
  const shape: Shape = { prose: 0, headlines: 0, paragraphs: 0 };
  for (let k = 0; k < parts.length; k++) {
    const i = model.info.get(parts[k]);
    if (i) shape.prose += i.len - i.linkLen;
    const links = parts[k].getElementsByTagName('a');
    for (let a = 0; a < links.length; a++) {
      const li = model.info.get(links[a]);
      if (!li || li.skip || li.len < 24) continue;
      let block: Element | null = links[a].parentElement;
      while (block && !BLOCKS.has(tagOf(block))) block = block.parentElement;
      const bi = block ? model.info.get(block) : undefined;
      if (bi && li.len >= 0.6 * bi.len) shape.headlines++;
    }
    const ps = parts[k].querySelectorAll('p, div, li, td');
    for (let p = 0; p < ps.length; p++) {
      const pi = model.info.get(ps[p]);
      if (!pi || pi.skip || pi.block || pi.len < 80) continue;
      if (pi.linkLen < 0.3 * pi.len) shape.paragraphs++;
    }
    if (tagOf(parts[k]) === 'p' && i && !i.block && i.len >= 80 && i.linkLen < 0.3 * i.len) shape.paragraphs++;
  }
  return shape;
}

/** True when the parts read as an article rather than a listing, a form or a fragment. */
export function isArticle(shape: Shape, evidence: Evidence): boolean {
  const minProse = evidence.declaresListing ? 2 * MIN_PROSE : MIN_PROSE;
  if (shape.prose < minProse) return false;
  // Home pages and search results: a headline link per teaser paragraph, or short teasers.
  if (shape.headlines >= 5 && (shape.headlines >= shape.paragraphs || shape.prose < 350 * shape.headlines))
    return false;
  return true;
}

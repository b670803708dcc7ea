/**
 * Leaves page chrome out of the chosen article without touching the page: where Readability's
 * _prepArticle would remove a share bar, a comment box or a link list from its copy, this splits
 * the chosen element into the parts around that junk and returns those parts instead.
 */
import { HINTS, UNLIKELY_ROLE_SET, setOf } from './article-hints';
import { type Flags, classWeight, isShareBox, linkDensity } from './article-score';
import { type Info, type Model, matchString, tagOf } from './article-walk';

const ALWAYS_JUNK = setOf(['aside', 'button', 'footer', 'input', 'nav', 'select', 'textarea']);
const CONDITIONAL = setOf(['div', 'fieldset', 'form', 'ol', 'section', 'table', 'ul']);
const PARAGRAPHS = setOf(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'p', 'pre']);
const MAX_DEPTH = 80;

/** A table that holds data (kept) rather than layout (judged like any block), after Readability. */
function isDataTable(table: Element, i: Info): boolean {
  const role = table.getAttribute('role');
  if (role === 'presentation') return false;
  if (table.getAttribute('datatable') === '0') return false;
  if (table.getAttribute('summary')) return true;
  if (table.querySelector('caption, thead, th, colgroup, tfoot')) return true;
  if (table.querySelector('table')) return false;
  const rows = table.querySelectorAll('tr').length;
  if (rows >= 10) return true;
  const cells = table.querySelectorAll('td').length;
  return cells > 10 && i.len > 0;
}

const inFigure = (el: Element): boolean => !!el.parentElement?.closest('figure');

/** Readability's _cleanConditionally verdict for one block. */
function conditionalJunk(el: Element, tag: string, i: Info, flags: Flags): boolean {
  const weight = classWeight(el, flags);
  if (weight < 0) return true;
  if (tag === 'table' && isDataTable(el, i)) return false;
  if (i.commas >= 10) return false;
  const isList = tag === 'ul' || tag === 'ol' || (i.len > 0 && i.listLen > 0.9 * i.len);
  const p = i.p;
  const ld = linkDensity(i);
  const headingDensity = i.len > 0 ? i.headLen / i.len : 0;
  if (i.img > 1 && p / i.img < 0.5 && !inFigure(el)) return true;
  // Readability drops inputs before it judges other blocks, so only forms are judged by them.
  if ((tag === 'form' || tag === 'fieldset') && i.input > Math.floor(p / 3)) return true;
  if (!isList && headingDensity < 0.9 && i.len < 25 && (i.img === 0 || i.img > 2) && !inFigure(el)) return true;
  if (!isList && weight < 25 && ld > 0.2) return true;
  // Readability keeps link lists; a list that is mostly links is "related reading", whose
  // headlines would be annotated as if they were the article's.
  if (isList && ld > 0.6) return true;
  if (weight >= 25 && ld > 0.5) return true;
  if ((i.embed === 1 && i.len < 75) || i.embed > 1) return true;
  return false;
}

/**
 * True when `el` (inside a chosen element of length `partLen`) is chrome, hidden or junk to leave
 * out. Class hints count here even inside tables (Readability ignores them there while scoring, as
 * whole layouts are tables), but never on a block that holds most of the part.
 */
export function isJunk(el: Element, model: Model, flags: Flags, partLen: number): boolean {
  const i = model.info.get(el);
  if (!i || i.skip === 1 || model.hidden.has(el)) return true;
  const tag = tagOf(el);
  if (ALWAYS_JUNK.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role && UNLIKELY_ROLE_SET.has(role)) return true;
  if (i.skip === 2 && flags.strip) return true;
  // A reply box travels with the comments around it.
  if (i.textarea > 0) return true;
  if (tag === 'a' || tag === 'p' || tag === 'span') return false;
  const cls = matchString(el);
  const minor = i.len < 0.5 * partLen;
  if (minor && isShareBox(el) && i.len < 500) return true;
  if (minor && i.p === 0 && i.len < 300 && HINTS.metaLine.test(cls)) return true;
  if (minor && flags.strip && cls.length > 1 && HINTS.unlikely.test(cls) && !HINTS.maybe.test(cls)) return true;
  if (flags.clean && CONDITIONAL.has(tag)) return conditionalJunk(el, tag, i, flags);
  return false;
}

/** Rough size of what leaving `el` out removes, to tell whether splitting around it pays. */
function junkSize(el: Element, model: Model): number {
  const i = model.info.get(el);
  if (i && i.len > 0) return i.len;
  return (el.textContent ?? '').length;
}

interface Parts {
  parts: Element[];
  junk: number;
}

/** The parts of `el` that are not junk; `null` parts means "keep `el` whole". */
function collect(el: Element, model: Model, flags: Flags, depth: number, partLen: number): Parts | null {
  const parts: Element[] = [];
  let junk = 0;
  let split = false;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (isJunk(c, model, flags, partLen)) {
      const size = junkSize(c, model);
      junk += size;
      if (size > 0) split = true;
      continue;
    }
    // Only blocks are split: a paragraph with an inline ad in it stays one paragraph.
    const ci = model.info.get(c);
    const sub =
      depth < MAX_DEPTH && ci && ci.nonPhrasing && !PARAGRAPHS.has(tagOf(c))
        ? collect(c, model, flags, depth + 1, partLen)
        : null;
    if (!sub) parts[parts.length] = c;
    else {
      for (let k = 0; k < sub.parts.length; k++) parts[parts.length] = sub.parts[k];
      junk += sub.junk;
      split = true;
    }
  }
  if (!split) return null;
  // Text sitting directly in `el` would be lost by returning its children instead: keep `el`
  // whole when that text outweighs the junk.
  const i = model.info.get(el);
  let childLen = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) childLen += model.info.get(c)?.len ?? 0;
  const direct = i ? i.len - childLen : 0;
  if (direct > junk) return null;
  return { parts, junk };
}

/**
 * The chosen elements with the junk inside them left out, in reading order. Siblings that joined
 * the top candidate (`top`) are judged as junk too, as Readability's cleaning judges them.
 */
export function cleanParts(chosen: Element[], model: Model, flags: Flags, top: Element | null = null): Element[] {
  const out: Element[] = [];
  let total = 0;
  for (let k = 0; k < chosen.length; k++) total += model.info.get(chosen[k])?.len ?? 0;
  for (let k = 0; k < chosen.length; k++) {
    const el = chosen[k];
    const i = model.info.get(el);
    if (!i || i.skip === 1) continue;
    if (top && el !== top && isJunk(el, model, flags, total)) continue;
    const sub = i.nonPhrasing && !PARAGRAPHS.has(tagOf(el)) ? collect(el, model, flags, 0, i.len) : null;
    if (!sub) out[out.length] = el;
    else for (let p = 0; p < sub.parts.length; p++) out[out.length] = sub.parts[p];
  }
  return out;
}

/**
 * Article detection (DESIGN.md contract 3): scores the live page the way Mozilla Readability does,
 * with CJK-aware text measures and schema.org evidence, and returns the elements that hold the
 * article body — or nothing on pages without an article. It never mutates or clones the page.
 */
import { cleanParts } from './article-clean';
import { findHeadline, readEvidence } from './article-evidence';
import { isArticle, shapeOf } from './article-gate';
import { type Flags, scoreCandidates, topCandidate, withSiblings } from './article-score';
import { type Model, walk } from './article-walk';

/** Readability's minimum article length (weighted: a CJK character counts 3). */
const MIN_LEN = 500;

interface Attempt {
  parts: Element[];
  len: number;
  model: Model;
}

function attempt(root: Element, flags: Flags): Attempt {
  const model = walk(root, flags.strip);
  const candidates = scoreCandidates(model, flags);
  const top = topCandidate(model, candidates, flags);
  if (!top) return { parts: [], len: 0, model };
  const chosen = top === root ? childrenOf(root) : withSiblings(model, top, flags);
  const parts = cleanParts(chosen, model, flags);
  let len = 0;
  for (let k = 0; k < parts.length; k++) len += model.info.get(parts[k])?.len ?? 0;
  return { parts, len, model };
}

function childrenOf(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) out[out.length] = c;
  return out;
}

function detect(doc: Document): Element[] {
  const root = doc.body;
  if (!root) return [];
  const evidence = readEvidence(doc);
  const tries: Flags[] = [
    { strip: true, weight: true, clean: true },
    { strip: false, weight: true, clean: true },
    { strip: false, weight: false, clean: true },
    { strip: false, weight: false, clean: false },
  ];
  const first = attempt(root, tries[0]);
  let best = first;
  for (let t = 1; t < tries.length && best.len < MIN_LEN; t++) {
    const a = attempt(root, tries[t]);
    if (a.len > best.len) best = a;
  }
  let parts = best.parts.length && isArticle(shapeOf(best.parts, best.model), evidence) ? best.parts : null;
  if (!parts && evidence.hint) {
    // Scoring found no article, but the markup names one (articleBody, a lone <article>).
    const hinted = cleanParts([evidence.hint], first.model, tries[0]);
    if (hinted.length && isArticle(shapeOf(hinted, first.model), evidence)) parts = hinted;
  }
  if (!parts) return [];
  const headline = findHeadline(doc, parts[0]);
  if (!headline) return parts;
  const out: Element[] = [headline];
  for (let k = 0; k < parts.length; k++) out[out.length] = parts[k];
  return out;
}

/** The element(s) holding the article body, in reading order, none inside another; empty without an article. */
export function findArticle(doc: Document): Element[] {
  try {
    return detect(doc);
  } catch (e) {
    // A hostile or broken page must never see an exception from us.
    try {
      console.debug('newsmark: article detection failed', e);
    } catch {
      /* console may be redefined too */
    }
    return [];
  }
}

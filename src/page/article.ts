/**
 * Article detection (DESIGN.md contract 3): scores the live page the way Mozilla Readability does,
 * with CJK-aware text measures and schema.org evidence, and returns the elements that hold the
 * article body — or nothing on pages without an article. It never mutates or clones the page.
 */
import { cleanParts } from './article-clean';
import { type Bonus, type Flags, scoreCandidates, topCandidate, withSiblings } from './article-score';
import { type Model, walk } from './article-walk';

/** Readability's minimum article length (weighted: a CJK character counts 3). */
const MIN_LEN = 500;

interface Attempt {
  parts: Element[];
  len: number;
  model: Model;
}

function attempt(root: Element, flags: Flags, bonus: Bonus): Attempt | null {
  const model = walk(root, flags.strip);
  const candidates = scoreCandidates(model, flags, bonus);
  const top = topCandidate(model, candidates, flags);
  if (!top) return null;
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
  const bonus: Bonus = new Map();
  const tries: Flags[] = [
    { strip: true, weight: true, clean: true },
    { strip: false, weight: true, clean: true },
    { strip: false, weight: false, clean: true },
    { strip: false, weight: false, clean: false },
  ];
  let best: Attempt | null = null;
  for (let t = 0; t < tries.length; t++) {
    const a = attempt(root, tries[t], bonus);
    if (a && (!best || a.len > best.len)) best = a;
    if (a && a.len >= MIN_LEN) break;
  }
  return best ? best.parts : [];
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

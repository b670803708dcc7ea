/**
 * Candidate scoring after Readability's grabArticle: every paragraph scores
 * 1 + commas + min(length / 100, 3); the score goes in full to its parent, half to its grandparent
 * and a third of the level above that; candidates start from their tag and class/id weight (±25),
 * end scaled by (1 − link density); the best one, its better-scoring parents and its siblings that
 * score well enough make the article. Scores live in the walk's `Info`, never on the page's nodes.
 */
import { HINTS } from './article-hints';
import { type Info, type Model, matchString, tagOf } from './article-walk';

/** Which of Readability's heuristics are on (each retry turns one off). */
export interface Flags {
  strip: boolean;
  weight: boolean;
  clean: boolean;
}

const TAG_BONUS: Record<string, number> = {
  div: 5, pre: 3, td: 3, blockquote: 3, address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
}; // prettier-ignore

/** Readability's class/id weight: ±25 for the class and ±25 for the id. */
export function classWeight(el: Element, flags: Flags): number {
  if (!flags.weight) return 0;
  let w = 0;
  const cls = el.getAttribute('class');
  if (cls) {
    if (HINTS.negative.test(cls) || HINTS.negativeToken.test(cls)) w -= 25;
    if (HINTS.positive.test(cls)) w += 25;
  }
  const id = el.getAttribute('id');
  if (id) {
    if (HINTS.negative.test(id) || HINTS.negativeToken.test(id)) w -= 25;
    if (HINTS.positive.test(id)) w += 25;
  }
  return w;
}

/** Link density of a measured element. */
export const linkDensity = (i: Info): number => (i.len > 0 ? i.linkLen / i.len : 0);

const excluded = (i: Info | undefined, flags: Flags): boolean => !i || i.skip === 1 || (i.skip === 2 && flags.strip);

/** A div that only wraps one <p>: Readability replaces it by the <p>, so scores pass through it. */
function wrapsOneP(el: Element, model: Model): boolean {
  if (tagOf(el) !== 'div') return false;
  // firstElementChild === lastElementChild, not childElementCount: counting is O(children).
  const child = el.firstElementChild;
  if (!child || child !== el.lastElementChild || tagOf(child) !== 'p') return false;
  const i = model.info.get(el);
  const c = model.info.get(child);
  return !!i && !!c && i.len === c.len && linkDensity(i) < 0.25;
}

/** Scores every candidate; returns them (their scores are in `model.info`). */
export function scoreCandidates(model: Model, flags: Flags): Element[] {
  const candidates: Element[] = [];
  const { info, paras, root } = model;
  const top = root.parentElement; // <html>: never a candidate, as in Readability
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p];
    if (para.len < 25) continue;
    const score = 1 + (para.commas + 1) + Math.min(Math.floor(para.len / 100), 3);
    let el: Element | null = para.owner;
    let level = 0;
    while (el && el !== top && level < 5) {
      if (level === 0 && wrapsOneP(el, model)) {
        el = el.parentElement;
        continue;
      }
      const i = info.get(el);
      if (!i) break;
      if (Number.isNaN(i.score)) {
        i.score = (TAG_BONUS[tagOf(el)] ?? 0) + classWeight(el, flags);
        candidates[candidates.length] = el;
        model.scored[model.scored.length] = el;
      }
      i.score += score / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      if (el === root) break;
      el = el.parentElement;
      level++;
    }
  }
  for (let c = 0; c < candidates.length; c++) {
    const i = info.get(candidates[c])!;
    i.score *= 1 - linkDensity(i);
  }
  return candidates;
}

const scoreOf = (model: Model, el: Element): number => {
  const s = model.info.get(el)?.score;
  return s === undefined || Number.isNaN(s) ? NaN : s;
};

/** Readability's choice of the top candidate among the scored ones, or null. */
export function topCandidate(model: Model, candidates: Element[], flags: Flags): Element | null {
  const N = 5;
  const best: Element[] = [];
  for (let c = 0; c < candidates.length; c++) {
    const s = scoreOf(model, candidates[c]);
    for (let t = 0; t < N; t++) {
      if (t >= best.length || s > scoreOf(model, best[t])) {
        for (let k = Math.min(best.length, N - 1); k > t; k--) best[k] = best[k - 1];
        best[t] = candidates[c];
        break;
      }
    }
  }
  if (!best.length) return null;
  const root = model.root;
  // Sites that ship a desktop and a mobile body hide one with CSS: take the best visible one.
  let first = 0;
  while (first < best.length && !isVisible(best[first])) model.hidden.add(best[first++]);
  if (first === best.length) {
    first = 0;
    model.hidden.clear();
  }
  let topEl = best[first];
  if (topEl === root) return root;
  // Several near-equal candidates under one ancestor: the article is that ancestor.
  const alternatives: Element[] = [];
  const topScore = scoreOf(model, topEl);
  for (let i = first + 1; i < best.length; i++)
    if (scoreOf(model, best[i]) / topScore >= 0.75) alternatives[alternatives.length] = best[i];
  if (alternatives.length >= 3) {
    for (let parent = topEl.parentElement; parent && parent !== root; parent = parent.parentElement) {
      let containing = 0;
      for (let a = 0; a < alternatives.length; a++) if (parent.contains(alternatives[a])) containing++;
      if (containing >= 3) {
        topEl = parent;
        break;
      }
    }
  }
  ensureScore(model, topEl, flags);
  // A parent that scores better than the child (within a third of it) holds more of the article.
  let last = scoreOf(model, topEl);
  const threshold = last / 3;
  for (let parent = topEl.parentElement; parent && parent !== root; parent = parent.parentElement) {
    const s = scoreOf(model, parent);
    if (Number.isNaN(s)) continue;
    if (s < threshold) break;
    if (s > last) {
      topEl = parent;
      break;
    }
    last = s;
  }
  // An only child: use the parent, so the sibling step sees the real neighbours.
  for (let parent = topEl.parentElement; parent && parent !== root; parent = parent.parentElement) {
    if (contentChildren(model, parent, flags) !== 1) break;
    topEl = parent;
  }
  ensureScore(model, topEl, flags);
  return topEl;
}

function ensureScore(model: Model, el: Element, flags: Flags): void {
  const i = model.info.get(el);
  if (i && Number.isNaN(i.score)) {
    i.score = (TAG_BONUS[tagOf(el)] ?? 0) + classWeight(el, flags);
    model.scored[model.scored.length] = el;
  }
}

function contentChildren(model: Model, el: Element, flags: Flags): number {
  let n = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (!excluded(model.info.get(c), flags)) n++;
  return n;
}

/** The top candidate and the siblings that belong to the article (Readability's sibling step). */
export function withSiblings(model: Model, topEl: Element, flags: Flags): Element[] {
  const parent = topEl.parentElement;
  if (!parent || topEl === model.root) return [topEl];
  const topScore = scoreOf(model, topEl);
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = topEl.getAttribute('class') ?? '';
  const out: Element[] = [];
  for (let s = parent.firstElementChild; s; s = s.nextElementSibling) {
    const i = model.info.get(s);
    if (excluded(i, flags) || model.hidden.has(s)) continue;
    let append = s === topEl;
    if (!append) {
      const bonus = topClass && (s.getAttribute('class') ?? '') === topClass ? topScore * 0.2 : 0;
      const score = scoreOf(model, s);
      if (!Number.isNaN(score) && score + bonus >= threshold) append = true;
      else if (tagOf(s) === 'p' && i) {
        const ld = linkDensity(i);
        if (i.len > 80 && ld < 0.25) append = true;
        else if (i.len < 80 && i.len > 0 && ld === 0 && /[.。!?！？]( |$)/.test(s.textContent ?? '')) append = true;
      }
    }
    if (append) out[out.length] = s;
  }
  return out;
}

/**
 * Whether the browser renders `el` (CSS included). Called on a handful of elements only: the first
 * call resolves styles. Where checkVisibility is missing (older browsers, DOM shims), true.
 */
export function isVisible(el: Element): boolean {
  try {
    const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
    if (typeof check === 'function') return check.call(el, { visibilityProperty: true }) !== false;
  } catch {
    /* a page may have replaced it */
  }
  return true;
}

/** True when `el` looks like Readability's "share" widgets by its class/id. */
export const isShareBox = (el: Element): boolean => HINTS.share.test(matchString(el));

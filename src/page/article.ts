/**
 * Article detection (DESIGN.md contract 3): scores the live page the way Mozilla Readability does,
 * with CJK-aware text measures and schema.org evidence, and returns the elements that hold the
 * article body — or nothing on pages without an article. It never mutates or clones the page.
 */
import { cleanParts } from './article-clean';
import { type Headline, findHeadline, readEvidence } from './article-evidence';
import { MIN_PROSE, MIN_PROSE_DECLARED, isArticle, pageProse, shapeOf } from './article-gate';
import { type Flags, isVisible, scoreCandidates, topCandidate, withSiblings } from './article-score';
import { type Model, createWalker, resetScores, walk } from './article-walk';

/** Readability's minimum article length (weighted: a CJK character counts 3). */
const MIN_LEN = 500;

interface Attempt {
  parts: Element[];
  len: number;
  model: Model;
  /** The walk's `strip` flag. */
  strip: boolean;
}

/** One pass of scoring; `reuse` is a model walked with the same `strip` flag, scored again. */
function attempt(root: Element, flags: Flags, reuse: Model | null): Attempt {
  let model: Model;
  if (reuse) {
    model = reuse;
    resetScores(model);
  } else model = walk(root, flags.strip);
  const candidates = scoreCandidates(model, flags);
  const top = topCandidate(model, candidates, flags);
  if (!top) return { parts: [], len: 0, model, strip: flags.strip };
  const chosen = top === root ? childrenOf(root) : withSiblings(model, top, flags);
  const parts = cleanParts(chosen, model, flags, top);
  let len = 0;
  for (let k = 0; k < parts.length; k++) len += model.info.get(parts[k])?.len ?? 0;
  return { parts, len, model, strip: flags.strip };
}

function childrenOf(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) out[out.length] = c;
  return out;
}

/** Detection; `walked` is the strict pass's walk of doc.body when the caller made it already (in slices). */
function detect(doc: Document, walked: Model | null = null): Element[] {
  const root = doc.body;
  if (!root) return [];
  const evidence = readEvidence(doc);
  const tries: Flags[] = [
    { strip: true, weight: true, clean: true },
    { strip: false, weight: true, clean: true },
    { strip: false, weight: false, clean: true },
    { strip: false, weight: false, clean: false },
  ];
  // Readability's retries: each turns one heuristic off; the longest result wins when none
  // reaches MIN_LEN. A short article the page vouches for (schema.org, a headline on the body)
  // is taken from the strict pass, before looser passes pull in comments.
  let parts: Element[] | null = null;
  let model: Model | null = null;
  let headline: Headline = { el: null, headed: false };
  let longest = 0;
  let first: Attempt | null = null;
  let previous: Attempt | null = null;
  for (let t = 0; t < tries.length; t++) {
    // The walk depends only on `strip` (and not even on it when nothing was stripped): later
    // retries score the same measures again.
    const same = previous && (previous.strip === tries[t].strip || previous.model.stripped === 0);
    const reuse = t === 0 && walked?.root === root ? walked : same && previous ? previous.model : null;
    const a = attempt(root, tries[t], reuse);
    previous = a;
    if (!first) {
      first = a;
      // Nothing was stripped and the whole page holds too little prose (a home page of links, a
      // web app): no retry can find an article, so spare them.
      if (a.len < MIN_LEN && a.model.stripped === 0 && pageProse(a.model) < MIN_PROSE_DECLARED) break;
    }
    if (!a.parts.length || a.len <= longest) continue;
    const head = findHeadline(doc, a.parts);
    const shape = shapeOf(a.parts, a.model, evidence.sites);
    if (!isArticle(shape, evidence, head.headed)) {
      // A long result that is no article (a listing) is the page's answer: looser passes would only pull
      // more chrome in. Unless the page's prose is elsewhere: stripped by the strict walk, or left out by
      // class weights (an article in a column whose class reads like chrome: col-1 highfooter).
      const prose = pageProse(a.model);
      const elsewhere = prose > 2 * shape.prose || (a.model.stripped > 0 && prose < MIN_PROSE);
      if (a.len >= MIN_LEN && !elsewhere) break;
      continue;
    }
    parts = a.parts;
    model = a.model;
    headline = head;
    longest = a.len;
    if (a.len >= MIN_LEN || (t === 0 && (head.headed || evidence.declaresArticle))) break;
  }
  if (!parts && first && evidence.hint) {
    // Scoring found no article, but the markup names one (articleBody, a lone <article>).
    const hinted = cleanParts([evidence.hint], first.model, tries[0]);
    headline = findHeadline(doc, hinted);
    const shape = shapeOf(hinted, first.model, evidence.sites);
    // The page's one <article> under its own headline is a post, even one made of linked lists (a weekly
    // roundup): a listing has many articles or none.
    const post = headline.headed && evidence.hint.tagName === 'ARTICLE' && shape.prose >= MIN_PROSE_DECLARED;
    if (hinted.length && (post || isArticle(shape, evidence, headline.headed))) [parts, model] = [hinted, first.model];
  }
  if (!parts) return [];
  const out: Element[] = headline.el ? [headline.el] : [];
  // CSS-hidden parts (a collapsed box, a print-only block) hold nothing the reader sees; but when
  // all are hidden, the page is hiding itself while it loads (anti-flicker) and all are kept.
  const start = out.length;
  for (let k = 0; k < parts.length; k++) if (isVisible(parts[k]) && !bare(parts[k], model)) out[out.length] = parts[k];
  if (out.length === start) for (let k = 0; k < parts.length; k++) out[out.length] = parts[k];
  return out;
}

/**
 * A part with no text a reader sees and no image or embed: an empty paragraph, or one that only holds a script
 * (a video player's 25,000-character configuration inside a <p>, as on qq.com). It adds nothing but noise.
 */
function bare(el: Element, model: Model | null): boolean {
  const info = model?.info.get(el);
  return !!info && info.len === 0 && info.img === 0 && info.embed === 0;
}

/** The element(s) holding the article body, in reading order, none inside another; empty without an article. */
export function findArticle(doc: Document): Element[] {
  return guarded(() => detect(doc), []);
}

/** findArticle in slices: see findArticleInSteps. */
export interface ArticleSearch {
  /** Works on until done (true, `result` is set) or until `due()` ends the slice (false). */
  step(due: () => boolean): boolean;
  /** findArticle's answer, once `step` has returned true. */
  readonly result: Element[];
}

/**
 * findArticle in steps, for a huge page: the walk over the page (most of the work) pauses whenever
 * `due()` says so; scoring then runs in the last step. The answer is findArticle's for the page as walked.
 */
export function findArticleInSteps(doc: Document): ArticleSearch {
  let result: Element[] = [];
  let done = false;
  const walker = guarded(() => (doc.body ? createWalker(doc.body, true) : null), null);
  return {
    step(due) {
      if (done) return true;
      const finished = guarded(() => !walker || walker.step(due), true);
      if (!finished) return false;
      done = true;
      result = guarded(() => detect(doc, walker?.model ?? null), []);
      return true;
    },
    get result() {
      return result;
    },
  };
}

/** Runs `f`; a hostile or broken page must never see an exception from us. */
function guarded<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch (e) {
    try {
      console.debug('newsmark: article detection failed', e);
    } catch {
      /* console may be redefined too */
    }
    return fallback;
  }
}

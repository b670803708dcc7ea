/**
 * One linear pass over the live DOM that measures every element bottom-up (text length, commas,
 * link text, counts of paragraphs, images, list items, inputs) and lists the paragraphs to score,
 * the way Readability's node prepping does, but without touching the page: nothing is removed,
 * retagged or cloned; what Readability would remove is only marked.
 */
import { HINTS, UNLIKELY_ROLE_SET, setOf } from './article-hints';

/** What the walk knows about one element (its visible content, measured bottom-up). */
export interface Info {
  /** Document order of the element. */
  order: number;
  /** Text length: a CJK character weighs 3, a Hangul syllable 2, other letters 1, a word space 1. */
  len: number;
  /** Commas, counting the CJK ones (，、。；：！？) too. */
  commas: number;
  /** Length of the text inside links (hash links weigh 0.3). */
  linkLen: number;
  /** Length of the text inside h1–h6. */
  headLen: number;
  /** Length of the text inside lists (ul, ol; nested lists count once). */
  listLen: number;
  /** Descendant counts used to judge whether a block is content or page chrome. */
  p: number;
  img: number;
  li: number;
  input: number;
  /** Text areas and editable boxes: a block with one is a comment or feedback form, never article text. */
  textarea: number;
  embed: number;
  /** True when a descendant is a block that stops a div from being read as a paragraph. */
  block: boolean;
  /** True when a descendant is not phrasing content. */
  nonPhrasing: boolean;
  /** 0 = content, 1 = never content (hidden, script…), 2 = unlikely chrome (left out when stripping). */
  skip: 0 | 1 | 2;
  /** Content score; NaN until the element becomes a candidate. */
  score: number;
}

/** A paragraph to score: `owner` is the first ancestor that receives its score. */
export interface Para {
  /** The paragraph element, or null for a run of text and inline elements directly in `owner`. */
  el: Element | null;
  /** Its tag ('' for a run). */
  tag: string;
  owner: Element;
  len: number;
  commas: number;
  linkLen: number;
}

/** The measured page. */
export interface Model {
  root: Element;
  info: Map<Element, Info>;
  paras: Para[];
  /** Candidates found hidden by CSS while choosing the article: left out of it. */
  hidden: Set<Element>;
  /** Elements given a score, so that the model can be scored again with other flags. */
  scored: Element[];
  /** How many subtrees were left out as unlikely chrome (0: a walk without `strip` would be the same). */
  stripped: number;
}

/** Clears the scores of a model, to score it again (a retry that keeps the walk's measures). */
export function resetScores(model: Model): void {
  for (let k = 0; k < model.scored.length; k++) {
    const i = model.info.get(model.scored[k]);
    if (i) i.score = NaN;
  }
  model.scored.length = 0;
  model.hidden.clear();
}

const NEVER = setOf(
  (
    'audio button canvas datalist embed head iframe input link map math meta noscript object option ' +
    'script select style svg template textarea title video'
  ).split(' '),
);
const CHROME_TAGS = setOf(['aside', 'footer', 'nav']);
const SCORED = setOf(['section', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'pre']);
const DIV_TO_P = setOf(['blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul']);
const PHRASING = setOf(
  (
    'abbr audio b bdi bdo br button cite code data datalist dfn em embed font i img input kbd label ' +
    'mark math meter noscript object output picture progress q ruby s samp script select small span ' +
    'strike strong sub sup textarea time tt u var wbr'
  ).split(' '),
);
const TRANSPARENT = setOf(['a', 'del', 'ins']);
const HEADINGS = setOf(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The lower-case tag name of an element. */
export const tagOf = (el: Element): string => {
  const n = el.localName;
  return typeof n === 'string' ? n.toLowerCase() : '';
};

/** "class id" of an element, for the hint matchers. */
export const matchString = (el: Element): string =>
  (el.getAttribute('class') ?? '') + ' ' + (el.getAttribute('id') ?? '');

/** True when the element is hidden by its own attributes (no style computation: this runs on every node). */
export function hiddenByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && (style.indexOf('none') >= 0 || style.indexOf('hidden') >= 0))
    return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
  return false;
}

/** How the walk treats an element: 0 content, 1 never content, 2 unlikely chrome. */
function classify(el: Element, tag: string, inTable: boolean): 0 | 1 | 2 {
  if (NEVER.has(tag)) return 1;
  const chromeTag = CHROME_TAGS.has(tag);
  // Most elements carry no attribute at all: skip the look-ups (this runs on every element).
  if (!el.hasAttributes()) return chromeTag ? 2 : 0;
  if (hiddenByAttributes(el)) return 1;
  if (tag === 'a') return 0; // links are never stripped, as in Readability: spare the other look-ups
  // Editable regions are the reader's own text (comment editors, web apps), never the article.
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return 1;
  if (el.getAttribute('aria-modal') === 'true') return 1;
  if (chromeTag) return 2;
  const role = el.getAttribute('role');
  if (role && UNLIKELY_ROLE_SET.has(role)) return 2;
  if (tag === 'body' || tag === 'a' || tag === 'main' || tag === 'article' || inTable) return 0;
  const m = matchString(el);
  if (m.length > 1 && HINTS.unlikely.test(m) && !HINTS.maybe.test(m)) return 2;
  return 0;
}

const newInfo = (order: number, skip: 0 | 1 | 2): Info => ({
  order, len: 0, commas: 0, linkLen: 0, headLen: 0, listLen: 0, p: 0, img: 0, li: 0, input: 0, textarea: 0, embed: 0,
  block: false, nonPhrasing: false, skip, score: NaN,
}); // prettier-ignore

/** Adds the measure of one text node to `into`. */
function measureText(s: string, into: { len: number; commas: number }): void {
  let len = 0;
  let commas = 0;
  let word = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c < 128) {
      // ASCII letters, digits and punctuation: the common case of Latin text.
      word = true;
      len++;
      if (c === 44) commas++;
      continue;
    }
    if (c <= 32 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b)) {
      if (word) len++;
      word = false;
      continue;
    }
    word = true;
    if (
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0x3040 && c <= 0x30ff) ||
      (c >= 0xf900 && c <= 0xfaff)
    )
      len += 3;
    else if (c >= 0xac00 && c <= 0xd7af) len += 2;
    else len++;
    // , ، ， 、 。 ； ： ！ ？ and the small/vertical comma forms
    if (
      c === 44 ||
      c === 0x60c ||
      c === 0xff0c ||
      c === 0x3001 ||
      c === 0x3002 ||
      c === 0xff1b ||
      c === 0xff1a ||
      c === 0xff01 ||
      c === 0xff1f ||
      c === 0xfe50 ||
      c === 0xfe51 ||
      c === 0xfe10 ||
      c === 0xfe11 ||
      c === 0x2e41 ||
      c === 0x2e34 ||
      c === 0x2e32
    )
      commas++;
  }
  into.len += len;
  into.commas += commas;
}

interface Frame {
  el: Element;
  /** The element's next sibling, read on the way down. */
  next: Node | null;
  tag: string;
  info: Info;
  inTable: boolean;
  /** The open run of phrasing content (Readability wraps such runs of a div in a <p>). */
  run: Para | null;
  runs: Para[] | null;
}

function closeRun(f: Frame): void {
  if (f.run && f.run.len > 0) {
    if (!f.runs) f.runs = [];
    f.runs[f.runs.length] = f.run;
  }
  f.run = null;
}

/** Walks `root` once; `strip` leaves unlikely chrome out of every measure (Readability's first pass). */
export function walk(root: Element, strip: boolean): Model {
  const walker = createWalker(root, strip);
  walker.step(() => false);
  return walker.model as Model;
}

/** A walk that can pause: see createWalker. */
export interface Walker {
  /** Walks on until the end (true) or until `due()` says the slice is over (false; checked every few thousand nodes). */
  step(due: () => boolean): boolean;
  /** The measured page, once `step` has returned true. */
  readonly model: Model | null;
}

/** Nodes walked between two checks of `due` (a fraction of a ms). */
const CHECK_NODES = 1024;

/**
 * The walk in steps, so that a huge page's walk can be spread over short tasks. The page may change
 * between steps: the walk then reads the tree as it finds it (a removed subtree ends early), and the
 * annotator's observer starts a new pass for the change.
 */
export function createWalker(root: Element, strip: boolean): Walker {
  const info = new Map<Element, Info>();
  const paras: Para[] = [];
  let order = 0;
  const rootInfo = newInfo(order++, 0);
  info.set(root, rootInfo);
  const stack: Frame[] = [
    { el: root, next: null, tag: tagOf(root), info: rootInfo, inTable: false, run: null, runs: null },
  ];
  let node: Node | null = root.firstChild;
  let stripped = 0;
  const scratch = { len: 0, commas: 0 };
  let model: Model | null = null;

  const step = (due: () => boolean): boolean => {
    if (model) return true;
    let budget = CHECK_NODES;
    while (stack.length) {
      if (--budget === 0) {
        budget = CHECK_NODES;
        if (due()) return false;
      }
      const top = stack[stack.length - 1];
      if (node) {
        // Each DOM property read crosses into the engine: read each once.
        const next: Node | null = node.nextSibling;
        const type = node.nodeType;
        if (type === 3 || type === 4) {
          const data = (node as CharacterData).data;
          if (data.length) {
            scratch.len = 0;
            scratch.commas = 0;
            measureText(data, scratch);
            top.info.len += scratch.len;
            top.info.commas += scratch.commas;
            if (scratch.len > 0 && top.tag === 'div') {
              if (!top.run) top.run = { el: null, tag: '', owner: top.el, len: 0, commas: 0, linkLen: 0 };
              top.run.len += scratch.len;
              top.run.commas += scratch.commas;
            }
          }
          node = next;
          continue;
        }
        if (type !== 1) {
          node = next;
          continue;
        }
        const el = node as Element;
        const tag = tagOf(el);
        const skip = classify(el, tag, top.inTable);
        const child = newInfo(order++, skip);
        info.set(el, child);
        if (skip === 2) stripped++;
        if (skip === 1 || (skip === 2 && strip)) {
          // Counted as a block so that a div holding a form or a hidden box is not read as a paragraph.
          if (!PHRASING.has(tag)) {
            top.info.nonPhrasing = true;
            closeRun(top);
          }
          if (tag === 'input' || tag === 'textarea' || tag === 'select' || tag === 'button') top.info.input++;
          if (tag === 'textarea' || (skip === 1 && !NEVER.has(tag) && el.hasAttribute('contenteditable')))
            top.info.textarea++;
          if (tag === 'iframe' || tag === 'embed' || tag === 'object' || tag === 'video') top.info.embed++;
          node = next;
          continue;
        }
        stack[stack.length] = {
          el,
          next,
          tag,
          info: child,
          inTable: top.inTable || tag === 'table',
          run: null,
          runs: null,
        };
        node = el.firstChild;
        continue;
      }
      // All children of `top` are measured: finish it and add it to its parent.
      stack.length--;
      const f = top;
      const i = f.info;
      closeRun(f);
      const tag = f.tag;
      if (tag === 'a') {
        const href = f.el.getAttribute('href');
        i.linkLen = href && href.length > 1 && href.charCodeAt(0) === 35 ? i.len * 0.3 : i.len;
      } else if (HEADINGS.has(tag)) i.headLen = i.len;
      else if (tag === 'ul' || tag === 'ol') i.listLen = i.len;
      // Which paragraphs this element stands for (Readability's DEFAULT_TAGS_TO_SCORE and div → p).
      const parent = stack.length ? stack[stack.length - 1] : null;
      if (parent) {
        if (SCORED.has(tag) || (tag === 'div' && !i.block)) {
          paras[paras.length] = { el: f.el, tag, owner: parent.el, len: i.len, commas: i.commas, linkLen: i.linkLen };
        } else if (tag === 'div' && f.runs) {
          for (let r = 0; r < f.runs.length; r++) paras[paras.length] = f.runs[r];
        }
        const pi = parent.info;
        pi.len += i.len;
        pi.commas += i.commas;
        pi.linkLen += i.linkLen;
        pi.headLen += i.headLen;
        pi.listLen += i.listLen;
        pi.p += i.p + (tag === 'p' ? 1 : 0);
        pi.img += i.img + (tag === 'img' ? 1 : 0);
        pi.li += i.li + (tag === 'li' ? 1 : 0);
        pi.input += i.input;
        pi.textarea += i.textarea;
        pi.embed += i.embed;
        if (i.block || DIV_TO_P.has(tag)) pi.block = true;
        const phrasing = PHRASING.has(tag) || (TRANSPARENT.has(tag) && !i.nonPhrasing);
        if (i.nonPhrasing || !phrasing) pi.nonPhrasing = true;
        if (phrasing) {
          if (i.len > 0 && parent.tag === 'div') {
            if (!parent.run) parent.run = { el: null, tag: '', owner: parent.el, len: 0, commas: 0, linkLen: 0 };
            parent.run.len += i.len;
            parent.run.commas += i.commas;
            parent.run.linkLen += i.linkLen;
          }
        } else closeRun(parent);
        node = f.next;
      } else node = null;
    }
    model = { root, info, paras, hidden: new Set(), scored: [], stripped };
    return true;
  };
  return {
    step,
    get model() {
      return model;
    },
  };
}

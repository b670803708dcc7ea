/** Shared checks for article detection tests: parse a page, run findArticle, measure what it found. */
import { Window } from 'happy-dom';
import { findArticle } from '../../../src/page/article';

/** Elements that are page chrome wherever they are (as the page evaluator counts leaks). */
export const CHROME = 'nav, aside, [role=navigation], [role=complementary], .comments, #comments';

/** Parses `html` into a document without running its scripts. */
export function parse(html: string, url = 'https://news.example/article.html'): Document {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}

/** Text with every whitespace removed, for comparisons that ignore layout. */
export const squeeze = (s: string): string => s.replace(/\s+/g, '');

/** The page-level header/footer holding `el` (one inside article/main/section/aside/nav is the article's own). */
function pageChrome(el: Element): Element | null {
  for (let h = el.closest('header, footer'); h; h = h.parentElement?.closest('header, footer') ?? null)
    if (!h.parentElement?.closest('article, main, section, aside, nav')) return h;
  return null;
}

/** What findArticle returned on a page, with the problems found in it. */
export interface Found {
  parts: Element[];
  text: string;
  /** Parts that lie in, or hold, page chrome. */
  leaks: string[];
  /** Pairs out of reading order or nested. */
  orderErrors: number;
}

/** Runs findArticle on `doc` and checks the structural contract. */
export function run(doc: Document): Found {
  const parts = findArticle(doc);
  const leaks: string[] = [];
  let orderErrors = 0;
  for (let i = 0; i < parts.length; i++) {
    const el = parts[i];
    const bad = el.closest(CHROME) ?? el.querySelector(CHROME) ?? pageChrome(el);
    let inner: Element | null = null;
    for (const h of el.querySelectorAll('header, footer')) if (pageChrome(h) === h) inner = h;
    if (bad || inner)
      leaks.push(`${el.tagName.toLowerCase()}.${el.className} ~ ${(bad ?? inner)!.tagName.toLowerCase()}`);
    if (i > 0) {
      const prev = parts[i - 1];
      if (prev.contains(el) || el.contains(prev) || !(prev.compareDocumentPosition(el) & 4)) orderErrors++;
    }
  }
  return { parts, text: parts.map((p) => p.textContent ?? '').join('\n'), leaks, orderErrors };
}

/** Lines of `expected` (squeezed) that the found text does not contain. */
export function missingLines(expected: string, found: string): string[] {
  const hay = squeeze(found);
  return expected
    .split('\n')
    .map((l) => squeeze(l.replace(/^#+/, '')))
    .filter((l) => l.length > 0 && !hay.includes(l));
}

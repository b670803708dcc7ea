// Content script of the e2e test harness: the real page annotator (bootPage) with the stub extractor.
import { findArticle } from '../../../src/page/article';
import { bootPage } from '../../../src/page/boot';
import { stubExtract } from './stub-extract';

const ctx = {
  onInvalidated: () => undefined,
  setTimeout: (h: () => void, ms?: number) => window.setTimeout(h, ms),
};
try {
  // The real findArticle, and the <article> element on the short test pages it rightly finds too short.
  const find = (doc: Document) => {
    const found = findArticle(doc);
    return found.length ? found : [...doc.querySelectorAll('article')].slice(0, 1);
  };
  bootPage(ctx, document, { annotator: { extract: stubExtract, findArticle: find } });
} catch (e) {
  console.debug('[newsmark] harness not started', e);
}

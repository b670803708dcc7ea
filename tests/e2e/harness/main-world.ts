// Bundled into a page's main world by the e2e tests (harness/build.ts): the annotator with the stub
// extractor, to test what needs a real browser (hit testing, scrolling) without an extension.
import { createAnnotator } from '../../../src/page/annotator';
import { stubExtract } from './stub-extract';

(globalThis as unknown as { __nm: unknown }).__nm = {
  start: async () => {
    const a = createAnnotator({
      doc: document,
      timers: { setTimeout: (h: () => void, ms?: number) => window.setTimeout(h, ms) },
      settings: () => ({ kinds: { figure: true, quote: true, company: true }, watchlist: ['Alder Partners'] }),
      extract: stubExtract,
      findArticle: (doc) => [...doc.querySelectorAll('article')].slice(0, 1),
    });
    await a.start();
    return a;
  },
};

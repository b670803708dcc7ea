// Content script of the e2e test harness: the real page annotator (bootPage) with the stub extractor.
import { bootPage } from '../../../src/page/boot';
import { stubExtract } from './stub-extract';

const ctx = {
  onInvalidated: () => undefined,
  setTimeout: (h: () => void, ms?: number) => window.setTimeout(h, ms),
};
try {
  bootPage(ctx, document, { annotator: { extract: stubExtract } });
} catch (e) {
  console.debug('[newsmark] harness not started', e);
}

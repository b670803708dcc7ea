// Runs in a test page's main world (bundled by harness/build.ts): the article text newsmark extracts from.
import { findArticle } from '../../src/page/article';
import { buildTextMap } from '../../src/page/text-map';

(globalThis as unknown as { __newsmarkProbe: () => string }).__newsmarkProbe = () =>
  buildTextMap(findArticle(document)).text;

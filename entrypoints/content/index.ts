import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Engine } from '../../src/page/engine';
import { bootPage } from '../../src/page/boot';
import { mountPageUi } from '../../src/page/ui/mount';
import { loadSettings, watchSettings } from '../../src/settings';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    try {
      bootPage(ctx, document, {
        // the engine (extract.js, built by wxt.config.ts) loads only on pages that have an article
        annotator: { engine: (): Promise<Engine> => import(/* @vite-ignore */ browser.runtime.getURL('/extract.js')) },
        settings: { load: loadSettings, watch: watchSettings },
        mountUi: (controller, { notes }) => {
          const ui = mountPageUi(ctx, document, controller, {
            onAddNote: (range, entity) => notes?.addForRange(range, entity),
          });
          return () => ui.unmount();
        },
      });
    } catch (e) {
      console.debug('[newsmark] not started:', e);
    }
  },
});

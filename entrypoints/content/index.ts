import { defineContentScript } from 'wxt/utils/define-content-script';
import { bootPage } from '../../src/page/boot';
import { mountPageUi } from '../../src/page/ui/mount';
import { loadSettings, watchSettings } from '../../src/settings';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    try {
      bootPage(ctx, document, {
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

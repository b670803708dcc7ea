import { defineContentScript } from 'wxt/utils/define-content-script';
import { bootPage } from '../../src/page/boot';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    try {
      bootPage(ctx, document);
    } catch (e) {
      console.debug('[newsmark] not started:', e);
    }
  },
});

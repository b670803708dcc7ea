import { onMessage } from '../messaging';
import { isOwnSender } from '../messaging/sender';
import { showBadge } from './badge';
import { registerCommands } from './commands';
import { registerNoteHandlers } from './notes';
import { registerNoteMenu } from './notes-menu';

/** Registers every background handler; called once from the background entry point. */
export function startBackground(): void {
  registerCommands();
  registerNoteHandlers();
  registerNoteMenu();
  onMessage('pageAnnotated', async ({ data, sender }) => {
    if (!isOwnSender(sender)) return;
    const tabId = sender.tab?.id;
    if (tabId != null) await showBadge(tabId, data.counts).catch(() => undefined);
  });
}

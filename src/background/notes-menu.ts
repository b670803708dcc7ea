import browser from 'webextension-polyfill';
import { t } from '../i18n';
import { sendMessage } from '../messaging';

/** Id of the "Add note" context-menu item. */
export const ADD_NOTE_MENU_ID = 'newsmark-add-note';
/** The keyboard command declared in the manifest (wxt.config.ts). */
export const ADD_NOTE_COMMAND = 'add-note';

/** Asks the tab's content script to open the note editor on its selection. */
async function startNoteIn(tabId: number | undefined): Promise<void> {
  if (tabId == null) {
    // No window (all closed, or only a devtools one): nothing to note.
    const [active] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
    tabId = active?.id;
  }
  // A tab without the content script (browser pages, the store) cannot take notes.
  if (tabId != null) await sendMessage('startPassageNote', undefined, tabId).catch(() => undefined);
}

/** Adds the "Add note" item to the selection's context menu and listens for the `add-note` command. */
export function registerNoteMenu(): void {
  const menus = browser.contextMenus;
  if (menus) {
    // Menus outlive a stopped service worker: drop ours before creating it again (never removeAll,
    // other parts of newsmark have items too).
    menus
      .remove(ADD_NOTE_MENU_ID)
      .catch(() => undefined)
      .then(() =>
        menus.create({ id: ADD_NOTE_MENU_ID, title: t('notesMenuAddNote'), contexts: ['selection'] }, () => {
          void browser.runtime.lastError; // read, so a duplicate id is not reported as unchecked
        }),
      );
    menus.onClicked.addListener((info, tab) => {
      if (info.menuItemId === ADD_NOTE_MENU_ID) void startNoteIn(tab?.id);
    });
  }
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === ADD_NOTE_COMMAND) void startNoteIn(tab?.id);
  });
}

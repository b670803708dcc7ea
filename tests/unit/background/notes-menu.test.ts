import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ADD_NOTE_COMMAND, ADD_NOTE_MENU_ID, registerNoteMenu } from '../../../src/background/notes-menu';
import { useMessages } from '../ui/i18n';

type Listener = (...args: never[]) => unknown;
/** A browser event whose listeners the test can call (fakeBrowser leaves contextMenus unmocked). */
function event() {
  const listeners: Listener[] = [];
  return {
    addListener: (l: Listener) => void listeners.push(l),
    removeListener: (l: Listener) => void listeners.splice(listeners.indexOf(l), 1),
    hasListener: (l: Listener) => listeners.includes(l),
    fire: (...args: unknown[]) => listeners.forEach((l) => (l as (...a: unknown[]) => unknown)(...args)),
  };
}

let onClicked: ReturnType<typeof event>;
let onCommand: ReturnType<typeof event>;
const create = vi.fn((_props: object, done?: () => void) => (done?.(), ADD_NOTE_MENU_ID));
const remove = vi.fn(async (_id: string) => undefined);
// What @webext-core/messaging calls to reach a tab's content script.
const tabsSend = vi.fn((_tab: number, _message: { type: string }, _options: unknown, reply: (r: unknown) => void) =>
  reply({ res: true }),
);

beforeEach(() => {
  fakeBrowser.reset();
  useMessages('en');
  create.mockClear();
  remove.mockClear();
  tabsSend.mockClear();
  onClicked = event();
  onCommand = event();
  Object.assign(fakeBrowser.contextMenus, { create, remove, onClicked });
  Object.assign(fakeBrowser.commands, { onCommand });
  Object.assign(fakeBrowser.tabs, { sendMessage: tabsSend });
});

const sentTo = () => tabsSend.mock.calls.map(([tab, message]) => [tab, message.type]);

describe('the "Add note" context menu', () => {
  it('is created for selections, after any stale copy of it is removed', async () => {
    registerNoteMenu();
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(create.mock.calls[0][0]).toEqual({ id: ADD_NOTE_MENU_ID, title: 'Add note', contexts: ['selection'] });
    expect(remove).toHaveBeenCalledWith(ADD_NOTE_MENU_ID);
    expect(remove.mock.invocationCallOrder[0]).toBeLessThan(create.mock.invocationCallOrder[0]);
  });

  it('is created even when there was no stale copy to remove', async () => {
    remove.mockRejectedValueOnce(new Error('Cannot find menu item with id newsmark-add-note'));
    registerNoteMenu();
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(1));
  });

  it('asks the clicked tab to open the note editor on its selection', async () => {
    registerNoteMenu();
    onClicked.fire({ menuItemId: ADD_NOTE_MENU_ID, selectionText: '12.6亿元' }, { id: 42 });
    await vi.waitFor(() => expect(sentTo()).toEqual([[42, 'startPassageNote']]));
  });

  it('ignores other menu items', async () => {
    registerNoteMenu();
    onClicked.fire({ menuItemId: 'someone-else' }, { id: 42 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(tabsSend).not.toHaveBeenCalled();
  });

  it('falls back to the active tab when the click carries none, and so does the keyboard command', async () => {
    const win = await fakeBrowser.windows.create({ focused: true });
    const tab = await fakeBrowser.tabs.create({ windowId: win!.id, url: 'https://news.example.com/a', active: true });
    registerNoteMenu();
    onClicked.fire({ menuItemId: ADD_NOTE_MENU_ID }, undefined);
    await vi.waitFor(() => expect(sentTo()).toEqual([[tab.id, 'startPassageNote']]));
    onCommand.fire(ADD_NOTE_COMMAND, { id: 7 });
    onCommand.fire('toggle-highlights', { id: 7 });
    await vi.waitFor(() =>
      expect(sentTo()).toEqual([
        [tab.id, 'startPassageNote'],
        [7, 'startPassageNote'],
      ]),
    );
  });

  it('does nothing, and throws nothing, when the click carries no tab and the tab query fails', async () => {
    // A tab but no focused window: fakeBrowser's tabs.query rejects, as a browser may while closing.
    await fakeBrowser.tabs.create({ url: 'https://news.example.com/a', active: true });
    await expect(fakeBrowser.tabs.query({ active: true, currentWindow: true })).rejects.toThrow();
    registerNoteMenu();
    onClicked.fire({ menuItemId: ADD_NOTE_MENU_ID }, undefined);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(tabsSend).not.toHaveBeenCalled();
  });

  it('does not throw when the tab has no content script (a browser page)', async () => {
    tabsSend.mockImplementationOnce(() => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    registerNoteMenu();
    onClicked.fire({ menuItemId: ADD_NOTE_MENU_ID }, { id: 3 });
    await vi.waitFor(() => expect(tabsSend).toHaveBeenCalledTimes(1));
  });
});

import browser from 'webextension-polyfill';
import { sendMessage } from '../messaging';

/** What each keyboard command (manifest `commands`) does, given the active tab's id. */
const COMMANDS: Record<string, (tabId: number) => Promise<unknown>> = {
  'toggle-highlights': (tabId) => sendMessage('toggleHighlights', undefined, tabId),
};

/** Runs the keyboard command `name` on the active tab; a tab without newsmark (a browser page) is ignored. */
export async function runCommand(name: string): Promise<void> {
  const run = COMMANDS[name];
  if (!run) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id == null) return;
  await run(tab.id).catch(() => undefined);
}

/** Listens for the keyboard commands; returns the remover. */
export function registerCommands(): () => void {
  const listener = (name: string) => void runCommand(name);
  // Firefox for Android has no commands API.
  browser.commands?.onCommand.addListener(listener);
  return () => browser.commands?.onCommand.removeListener(listener);
}

import browser from 'webextension-polyfill';

/** The part of a runtime.MessageSender that newsmark checks. */
export interface SenderLike {
  id?: string;
  url?: string;
}

/** True when a message comes from this extension (its pages, worker or content scripts). */
export function isOwnSender(sender: SenderLike | undefined, ownId: string = browser.runtime.id): boolean {
  return !!sender && sender.id === ownId;
}

import browser, { type Runtime } from 'webextension-polyfill';
import type { ProtocolMap } from './protocol';

/**
 * Typed send/receive for every message in `protocol.ts`, over runtime/tabs messaging. The wire format
 * is @webext-core/messaging's (`{ id, type, data, timestamp }` out, `{ res }` or `{ err }` back), which
 * this replaces at a fraction of its size in the content script that every page loads.
 */

type Type = keyof ProtocolMap;
type DataOf<K extends Type> = Parameters<ProtocolMap[K]>[0];
type ReturnOf<K extends Type> = Awaited<ReturnType<ProtocolMap[K]>>;

/** A received message, as its handler sees it. */
export interface Message<K extends Type> {
  id: number;
  type: K;
  data: DataOf<K>;
  timestamp: number;
  sender: Runtime.MessageSender;
}

type Reply = { res?: unknown; err?: { name?: string; message?: string } };
type Handler = (message: Message<Type>) => unknown;

const handlers = new Map<string, Handler>();
let nextId = Math.floor(Math.random() * 1e4);

// Replies through sendResponse (and `true`), which every runtime speaks: Chromium's, Firefox's, the
// polyfill's and the test fake's.
const onRuntimeMessage = (message: unknown, sender: Runtime.MessageSender, sendResponse: (reply: Reply) => void) => {
  const m = message as Partial<Message<Type>> | null;
  const handler = m && typeof m.type === 'string' && typeof m.timestamp === 'number' && handlers.get(m.type);
  // Not ours (or nobody here handles it): leave it to the context's other listeners.
  if (!handler) return undefined;
  (async () => {
    try {
      return { res: await handler({ ...(m as Message<Type>), sender }) };
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e));
      return { err: { name: err.name, message: err.message } };
    }
  })().then(sendResponse);
  return true as const;
};
// The polyfill's type wants `true` from a sendResponse listener; `undefined` (not handled here) is fine at run time.
const listener = onRuntimeMessage as Runtime.OnMessageListenerCallback;

/** Sends `type` to the background (or, with `tabId`, to that tab's content script); rejects when the handler threw. */
export async function sendMessage<K extends Type>(
  type: K,
  ...[data, tabId]: DataOf<K> extends undefined ? [data?: undefined, tabId?: number] : [data: DataOf<K>, tabId?: number]
): Promise<ReturnOf<K>> {
  const message = { id: nextId++, type, data, timestamp: Date.now() };
  const reply = (await (tabId == null
    ? browser.runtime.sendMessage(message)
    : browser.tabs.sendMessage(tabId, message))) as Reply | undefined;
  if (!reply) throw new Error('No response');
  if (reply.err) throw Object.assign(new Error(reply.err.message), { name: reply.err.name ?? 'Error' });
  return reply.res as ReturnOf<K>;
}

/** Handles `type` in this context (one handler per type); returns the remover. */
export function onMessage<K extends Type>(
  type: K,
  handler: (message: Message<K>) => ReturnOf<K> | Promise<ReturnOf<K>>,
): () => void {
  if (handlers.has(type)) throw new Error(`[messaging] only one listener per message: ${type}`);
  if (!handlers.size) browser.runtime.onMessage.addListener(listener);
  handlers.set(type, handler as unknown as Handler);
  return () => {
    if (handlers.get(type) !== (handler as unknown)) return;
    handlers.delete(type);
    if (!handlers.size) browser.runtime.onMessage.removeListener(listener);
  };
}

export type { ProtocolMap, Result, PageSummary, PageEntity, KindCounts } from './protocol';

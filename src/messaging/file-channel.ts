import type { FileChannelMessage } from './protocol';

/**
 * Hands big files (exports, import files) between newsmark's pages and its background without
 * runtime messages, which Chromium serialises as JSON (seconds for 12 MB). A BroadcastChannel only
 * reaches the extension's own origin, and it passes a Blob by reference: no copy of the bytes.
 * The runtime message that starts the work carries only the channel's name.
 */

/** A fresh channel name for one transfer. */
export function fileChannelName(kind: string): string {
  return `newsmark-${kind}-${crypto.randomUUID()}`;
}

/** True where BroadcastChannel exists (every browser newsmark supports; not some test runners). */
export const hasFileChannel = (): boolean => typeof BroadcastChannel === 'function';

/** Posts `file` on the channel `name` to whoever listens there now (the background's export). */
export function postFile(name: string, file: Blob): void {
  const channel = new BroadcastChannel(name);
  channel.postMessage({ type: 'file', file } satisfies FileChannelMessage);
  channel.close();
}

/** A file expected on a channel; `close()` when it is no longer wanted. */
export interface FileReceiver {
  file: Promise<Blob>;
  close(): void;
}

/**
 * Listens on `name` for a file. With `ask`, it first posts `ready` (the sender waits for that, so
 * the file is never posted before anyone listens); it gives up after `timeoutMs`.
 */
export function receiveFile(name: string, { ask = false, timeoutMs = 60_000 } = {}): FileReceiver {
  const channel = new BroadcastChannel(name);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const close = () => {
    clearTimeout(timer);
    channel.close();
  };
  const file = new Promise<Blob>((resolve, reject) => {
    channel.onmessage = (e: MessageEvent<FileChannelMessage>) => {
      if (e.data?.type !== 'file' || !(e.data.file instanceof Blob)) return;
      close();
      resolve(e.data.file);
    };
    timer = setTimeout(() => {
      close();
      reject(new Error('no file arrived'));
    }, timeoutMs);
  });
  file.catch(() => undefined); // a receiver closed early never waits; no unhandled rejection
  if (ask) channel.postMessage({ type: 'ready' } satisfies FileChannelMessage);
  return { file, close };
}

/** Offers `file` on `name`: posts it when the receiver says `ready`. Returns the remover. */
export function offerFile(name: string, file: Blob): () => void {
  const channel = new BroadcastChannel(name);
  channel.onmessage = (e: MessageEvent<FileChannelMessage>) => {
    if (e.data?.type === 'ready') channel.postMessage({ type: 'file', file } satisfies FileChannelMessage);
  };
  return () => channel.close();
}

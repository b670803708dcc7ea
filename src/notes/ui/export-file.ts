import { sendMessage } from '../../messaging';
import type { ExportFile, ExportRequest, Result } from '../../messaging/protocol';

/** Asks the background for an export's text, received through a BroadcastChannel (fast for big exports). */
export async function fetchExport(request: Omit<ExportRequest, 'channel'>): Promise<Result<Required<ExportFile>>> {
  const name = `newsmark-export-${crypto.randomUUID()}`;
  const channel = new BroadcastChannel(name);
  const received = new Promise<string>((resolve) => {
    channel.onmessage = (e: MessageEvent) => resolve(String(e.data));
  });
  try {
    const r = await sendMessage('exportNotes', { ...request, channel: name }).catch((e: Error) => ({
      ok: false as const,
      error: e.message,
    }));
    if (!r.ok) return r;
    // The background posts before it answers, so the text is already queued on the channel.
    return { ok: true, data: { count: r.data.count, text: r.data.text ?? (await received) } };
  } finally {
    channel.close();
  }
}

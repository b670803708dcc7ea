import { fileChannelName, hasFileChannel, receiveFile } from '../../messaging/file-channel';
import { sendMessage } from '../../messaging';
import type { ExportRequest, Result } from '../../messaging/protocol';
import { EXPORT_MIME } from '../export';

/** An export ready to download: the file (absent when there is nothing to export) and its note count. */
export interface ExportDownload {
  count: number;
  file?: Blob;
}

/**
 * Asks the background for an export. The background formats it and posts it as a Blob on a
 * BroadcastChannel (`file-channel.ts`): a 12 MB text in a runtime reply would be serialised as JSON.
 */
export async function fetchExport(request: Omit<ExportRequest, 'channel'>): Promise<Result<ExportDownload>> {
  const channel = hasFileChannel() ? fileChannelName('export') : undefined;
  const receiver = channel ? receiveFile(channel) : undefined;
  try {
    const r = await sendMessage('exportNotes', { ...request, channel }).catch((e: Error) => ({
      ok: false as const,
      error: e.message,
    }));
    if (!r.ok) return r;
    if (!r.data.count) return { ok: true, data: { count: 0 } };
    if (r.data.text !== undefined) {
      const file = new Blob([r.data.text], { type: `${EXPORT_MIME[request.format]};charset=utf-8` });
      return { ok: true, data: { count: r.data.count, file } };
    }
    // The background posts before it answers, so the file is already on its way.
    return { ok: true, data: { count: r.data.count, file: await receiver!.file } };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  } finally {
    receiver?.close();
  }
}

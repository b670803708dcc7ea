import { fileChannelName, hasFileChannel, offerFile } from '../../messaging/file-channel';
import { sendMessage } from '../../messaging';
import type { ImportSummary, Result } from '../../messaging/protocol';

/**
 * Sends an import file to the background, which parses and merges it. The file is offered as a
 * Blob on a BroadcastChannel (passed by reference; a runtime message would serialise 12 MB of text
 * as JSON, 3–5 s); where BroadcastChannel is missing, its text goes in the message.
 */
export async function sendImport(file: Blob, readError: string): Promise<Result<ImportSummary>> {
  const failed = (e: Error) => ({ ok: false as const, error: e.message });
  if (!hasFileChannel()) {
    let text: string;
    try {
      text = await file.text();
    } catch {
      return { ok: false, error: readError };
    }
    return sendMessage('importNotes', { text }).catch(failed);
  }
  const channel = fileChannelName('import');
  const stop = offerFile(channel, file);
  try {
    return await sendMessage('importNotes', { channel }).catch(failed);
  } finally {
    stop();
  }
}

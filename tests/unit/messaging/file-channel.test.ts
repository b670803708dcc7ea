import { describe, expect, it } from 'vitest';
import { fileChannelName, offerFile, postFile, receiveFile } from '../../../src/messaging/file-channel';

// Node has BroadcastChannel and Blob: both ends run here as they do in a page and the background.
describe('file channel', () => {
  it('hands an offered file over once the receiver asks for it', async () => {
    const name = fileChannelName('import');
    const stop = offerFile(name, new Blob(['{"星河":"12.6亿元"}'], { type: 'application/json' }));
    try {
      const file = await receiveFile(name, { ask: true }).file;
      expect(file.type).toBe('application/json');
      expect(await file.text()).toBe('{"星河":"12.6亿元"}');
    } finally {
      stop();
    }
  });

  it('delivers a posted file to a receiver already listening, and only on its own channel', async () => {
    const name = fileChannelName('export');
    const other = receiveFile(fileChannelName('export'), { timeoutMs: 200 });
    const mine = receiveFile(name);
    postFile(name, new Blob(['# notes\n']));
    expect(await (await mine.file).text()).toBe('# notes\n');
    await expect(other.file).rejects.toThrow('no file arrived');
  });

  it('gives up after the timeout when nobody offers the file', async () => {
    await expect(receiveFile(fileChannelName('import'), { ask: true, timeoutMs: 50 }).file).rejects.toThrow(
      'no file arrived',
    );
  });

  it('ignores messages that are not a file', async () => {
    const name = fileChannelName('export');
    const r = receiveFile(name, { timeoutMs: 300 });
    const noise = new BroadcastChannel(name);
    noise.postMessage({ type: 'file', file: 'not a blob' });
    noise.postMessage('hello');
    noise.close();
    // Node (not browsers) refuses a Blob while a second instance on the name lingers: let it go.
    await new Promise((resolve) => setTimeout(resolve, 20));
    postFile(name, new Blob(['ok']));
    expect(await (await r.file).text()).toBe('ok');
  });
});

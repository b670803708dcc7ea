import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import browser from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onMessage, sendMessage } from '../../../src/messaging';

const removers: (() => void)[] = [];
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  for (const r of removers.splice(0)) r();
});

describe('messaging', () => {
  it('delivers data and sender to the handler and brings its result back', async () => {
    let seen: unknown;
    removers.push(
      onMessage('listPageNotes', ({ data, sender, type }) => {
        seen = { data, type, hasSender: typeof sender === 'object' };
        return { ok: true, data: [] };
      }),
    );
    await expect(sendMessage('listPageNotes', 'https://news.example/a')).resolves.toEqual({ ok: true, data: [] });
    expect(seen).toEqual({ data: 'https://news.example/a', type: 'listPageNotes', hasSender: true });
  });

  it('awaits async handlers', async () => {
    removers.push(onMessage('startPassageNote', async () => (await Promise.resolve(), true)));
    await expect(sendMessage('startPassageNote')).resolves.toBe(true);
  });

  it('rejects with the error a handler threw (a refused sender)', async () => {
    removers.push(
      onMessage('getNoteAnchors', () => {
        throw new Error('not from newsmark');
      }),
    );
    await expect(sendMessage('getNoteAnchors')).rejects.toThrow('not from newsmark');
  });

  it("speaks @webext-core/messaging's wire format", async () => {
    removers.push(onMessage('toggleHighlights', () => false));
    const reply = await browser.runtime.sendMessage({ id: 1, type: 'toggleHighlights', timestamp: Date.now() });
    expect(reply).toEqual({ res: false });
  });

  it('leaves messages it has no handler for, and foreign messages, to other listeners', async () => {
    removers.push(onMessage('toggleHighlights', () => true));
    const other = (m: unknown, _s: unknown, reply: (r: unknown) => void) => {
      reply('other');
      return true as const;
    };
    browser.runtime.onMessage.addListener(other);
    try {
      expect(await browser.runtime.sendMessage({ id: 2, type: 'scrollToNote', timestamp: 1 })).toBe('other');
      expect(await browser.runtime.sendMessage({ type: 'toggleHighlights' })).toBe('other'); // no timestamp
    } finally {
      browser.runtime.onMessage.removeListener(other);
    }
  });

  it('takes one handler per message, and stops listening once the last one is removed', async () => {
    const stop = onMessage('scrollToNote', () => true);
    expect(() => onMessage('scrollToNote', () => false)).toThrow(/only one listener/);
    stop();
    const again = onMessage('scrollToNote', () => false);
    removers.push(again);
    await expect(sendMessage('scrollToNote', 'urn:uuid:x')).resolves.toBe(false);
  });
});

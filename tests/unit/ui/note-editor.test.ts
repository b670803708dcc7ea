// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EDITOR_HOST_TAG, openNoteEditor, showNotice } from '../../../src/page/notes-editor';
import { useMessages } from './i18n';

let shadow: ShadowRoot | undefined;
const realAttach = Element.prototype.attachShadow;
const near = { left: 40, top: 100, bottom: 120, right: 200, width: 160, height: 20 } as DOMRect;

beforeEach(() => {
  fakeBrowser.reset();
  useMessages('en');
  document.body.innerHTML = '<p>text</p>';
  shadow = undefined;
  // The root is closed to the page; the test keeps the reference attachShadow hands to newsmark.
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    shadow = realAttach.call(this, init);
    return shadow;
  });
});
afterEach(() => {
  for (const h of document.querySelectorAll(EDITOR_HOST_TAG)) h.remove();
  vi.restoreAllMocks();
});

const settle = async () => {
  for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
};
const area = () => shadow!.querySelector('textarea')!;
const type = (text: string) => {
  area().value = text;
  area().dispatchEvent(new Event('input', { bubbles: true }));
};
const key = (k: string, init: KeyboardEventInit = {}) =>
  area().dispatchEvent(
    new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true, ...init }),
  );
const buttons = () => [...shadow!.querySelectorAll('button')].map((b) => b.textContent);

describe('note editor', () => {
  it('opens in a closed shadow root outside the body, with the passage, focused on the text box', () => {
    openNoteEditor({ doc: document, near, passage: 'x'.repeat(200), onSave: async () => null });
    const host = document.querySelector(EDITOR_HOST_TAG)!;
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.shadowRoot).toBeNull();
    expect(shadow!.querySelector('[role=dialog]')?.getAttribute('aria-label')).toBe('Note on this passage');
    expect(shadow!.querySelector('blockquote')?.textContent).toBe('x'.repeat(160) + '…');
    expect(shadow!.activeElement).toBe(area());
    expect(buttons()).toEqual(['Cancel', 'Save']);
    const card = shadow!.querySelector<HTMLElement>('.nm-editor')!;
    expect([card.style.left, card.style.top]).toEqual(['40px', '128px']); // below the passage
  });

  it('saves the typed text with Ctrl+Enter, then closes', async () => {
    const onSave = vi.fn(async () => null);
    const onClose = vi.fn();
    openNoteEditor({ doc: document, near, passage: 'p', onSave, onClose });
    type('my note');
    await settle();
    key('Enter', { ctrlKey: true });
    await settle();
    expect(onSave).toHaveBeenCalledWith('my note');
    expect(onClose).toHaveBeenCalledOnce();
    expect(document.querySelector(EDITOR_HOST_TAG)).toBeNull();
  });

  it('shows the error a save returns and stays open', async () => {
    openNoteEditor({ doc: document, near, passage: 'p', onSave: async () => 'disk full' });
    type('n');
    await settle();
    shadow!.querySelectorAll('button')[1].click();
    await settle();
    expect(shadow!.querySelector('[role=alert]')?.textContent).toBe('disk full');
    expect(document.querySelector(EDITOR_HOST_TAG)).not.toBeNull();
  });

  it('closes on Escape without saving, and keeps typed keys from the page', async () => {
    const onSave = vi.fn(async () => null);
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    try {
      openNoteEditor({ doc: document, near, passage: 'p', onSave });
      key('a');
      expect(pageKeys).not.toHaveBeenCalled();
      key('Escape');
      await settle();
      expect(onSave).not.toHaveBeenCalled();
      expect(document.querySelector(EDITOR_HOST_TAG)).toBeNull();
    } finally {
      document.removeEventListener('keydown', pageKeys);
    }
  });

  it('shows a notice that goes away by itself', async () => {
    vi.useFakeTimers();
    try {
      showNotice(document, 'Select some text first', 1000);
      expect(shadow!.querySelector('[role=status]')?.textContent).toBe('Select some text first');
      vi.advanceTimersByTime(1001);
      expect(document.querySelector(EDITOR_HOST_TAG)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});

import { h, render } from 'preact';
import { addUiHost } from './ui/host';
import { NoteEditor } from './ui/NoteEditor';
import { themeAt } from './ui/theme';

/**
 * The note editor shown next to a selected passage, and short notices, each in a host element of its
 * own with a closed shadow root and the in-page UI's styles (the page can neither style them nor read
 * what the reader types). Note text only ever goes through Preact (text nodes and `value`).
 */

/** Tag of newsmark's host element for the note editor (outside `body`, so the body's text is unchanged). */
export const EDITOR_HOST_TAG = 'newsmark-note-editor';

/** What the editor needs: where to show, what passage, and what to do on save. */
export interface NoteEditorOptions {
  doc: Document;
  /** Viewport rectangle of the passage (the editor opens below it, or above when there is no room). */
  near: DOMRect;
  passage: string;
  /** Saves the note; resolves to an error message to show, or null when saved. */
  onSave(text: string): Promise<string | null>;
  onClose?(): void;
}

/** An open editor. */
export interface NoteEditor {
  close(): void;
}

function hostIn(doc: Document) {
  const ui = addUiHost(doc, EDITOR_HOST_TAG);
  // Keys typed in the editor must not reach the page's own shortcuts.
  for (const type of ['keydown', 'keyup', 'keypress']) ui.host.addEventListener(type, (e) => e.stopPropagation());
  return ui;
}

/** Opens the editor for a passage; Ctrl/⌘+Enter saves, Esc cancels. */
export function openNoteEditor(options: NoteEditorOptions): NoteEditor {
  const { doc } = options;
  const win = doc.defaultView ?? window;
  const { host, container } = hostIn(doc);
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    render(null, container);
    host.remove();
    options.onClose?.();
  };
  render(
    h(NoteEditor, {
      near: options.near,
      viewport: { width: win.innerWidth, height: win.innerHeight },
      theme: themeAt(doc.body, win),
      passage: options.passage,
      onSave: options.onSave,
      onClose: close,
    }),
    container,
  );
  container.querySelector('textarea')?.focus();
  return { close };
}

/** Shows a short message near the top of the page for a few seconds (e.g. "select some text first"). */
export function showNotice(doc: Document, message: string, ms = 3500): () => void {
  const { host, container } = hostIn(doc);
  const win = doc.defaultView ?? window;
  render(
    h(
      'div',
      { class: 'nm-root', 'data-theme': themeAt(doc.body, win) },
      h('div', { class: 'nm-card', role: 'status', style: { top: '16px', right: '16px' } }, message),
    ),
    container,
  );
  const timer = setTimeout(() => host.remove(), ms);
  return () => {
    clearTimeout(timer);
    host.remove();
  };
}

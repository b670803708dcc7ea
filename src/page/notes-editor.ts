import { t } from '../i18n';

/**
 * A small note editor shown next to a selected passage, in a closed shadow root (the page can
 * neither style it nor read what the reader types). Note text only ever goes through
 * `textContent`/`value`, never `innerHTML`.
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

const STYLE = `
:host { all: initial; }
.panel { position: fixed; z-index: 2147483647; width: 320px; box-sizing: border-box; padding: 12px;
  background: #fff; color: #1b1e24; border: 1px solid #d8dce3; border-radius: 10px;
  box-shadow: 0 8px 28px rgba(0,0,0,.18); font: 14px/1.45 system-ui, -apple-system, 'Segoe UI',
  'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif; }
h2 { margin: 0 0 6px; font-size: 13px; font-weight: 600; color: #5f6673; }
blockquote { margin: 0 0 8px; padding: 2px 8px; border-left: 3px solid #f0a020; color: #3d424b;
  max-height: 4.4em; overflow: hidden; font-size: 13px; }
textarea { display: block; width: 100%; box-sizing: border-box; min-height: 72px; resize: vertical;
  padding: 6px 8px; border: 1px solid #c3c8d0; border-radius: 6px; font: inherit; color: inherit; background: #fff; }
textarea:focus { outline: 2px solid #3b5bdb; outline-offset: 0; border-color: #3b5bdb; }
.row { display: flex; align-items: center; gap: 8px; margin-top: 8px; }
.hint { flex: 1; font-size: 12px; color: #5f6673; }
button { font: inherit; font-size: 13px; padding: 4px 12px; border-radius: 6px; border: 1px solid #c3c8d0;
  background: #f4f5f7; color: #1b1e24; cursor: pointer; }
button.primary { background: #3b5bdb; border-color: #3b5bdb; color: #fff; }
button:focus-visible { outline: 2px solid #3b5bdb; outline-offset: 2px; }
.error { margin: 8px 0 0; color: #c92a2a; font-size: 13px; }
.error:empty { display: none; }
@media (prefers-color-scheme: dark) {
  .panel { background: #25282d; color: #e8eaed; border-color: #3a3f47; }
  h2, .hint { color: #a3a9b4; } blockquote { color: #cfd3da; }
  textarea { background: #1d1f23; border-color: #4a5059; }
  button { background: #30343a; color: #e8eaed; border-color: #4a5059; }
  .error { color: #ff8787; }
}`;

function host(doc: Document): { el: HTMLElement; root: ShadowRoot } {
  const el = doc.createElement(EDITOR_HOST_TAG);
  // Keys typed in the editor must not reach the page's own shortcuts.
  for (const type of ['keydown', 'keyup', 'keypress'])
    el.addEventListener(type, (e) => e.stopPropagation(), { capture: false });
  const root = el.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  root.append(style);
  doc.documentElement.append(el);
  return { el, root };
}

function place(panel: HTMLElement, near: DOMRect, win: Window): void {
  const width = 320;
  const left = Math.min(Math.max(8, near.left), Math.max(8, win.innerWidth - width - 8));
  const below = near.bottom + 8;
  panel.style.left = `${left}px`;
  if (below + 220 < win.innerHeight || near.top < 240) panel.style.top = `${Math.max(8, below)}px`;
  else panel.style.bottom = `${Math.max(8, win.innerHeight - near.top + 8)}px`;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (text != null) e.textContent = text;
  return e;
}

/** Opens the editor for a passage; Ctrl/⌘+Enter saves, Esc cancels. */
export function openNoteEditor(options: NoteEditorOptions): NoteEditor {
  const { doc, near, passage } = options;
  const win = doc.defaultView ?? window;
  const { el: hostEl, root } = host(doc);
  const panel = el(doc, 'div');
  panel.className = 'panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', t('notesEditorTitle'));
  const quote = el(doc, 'blockquote', passage.length > 160 ? passage.slice(0, 160) + '…' : passage);
  const area = el(doc, 'textarea');
  area.placeholder = t('notesEditorPlaceholder');
  area.setAttribute('aria-label', t('notesEditorTitle'));
  const save = el(doc, 'button', t('notesSave'));
  save.className = 'primary';
  const cancel = el(doc, 'button', t('notesCancel'));
  const error = el(doc, 'p');
  error.className = 'error';
  error.setAttribute('role', 'alert');
  const row = el(doc, 'div');
  row.className = 'row';
  row.append(el(doc, 'span', t('notesEditorHint')), cancel, save);
  (row.firstChild as HTMLElement).className = 'hint';
  panel.append(el(doc, 'h2', t('notesEditorTitle')), quote, area, row, error);
  root.append(panel);
  place(panel, near, win);

  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    hostEl.remove();
    options.onClose?.();
  };
  const submit = async () => {
    save.disabled = true;
    error.textContent = '';
    const problem = await options.onSave(area.value).catch((e: Error) => e.message);
    save.disabled = false;
    if (problem) error.textContent = problem;
    else close();
  };
  save.addEventListener('click', () => void submit());
  cancel.addEventListener('click', close);
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
    else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    }
  });
  area.focus();
  return { close };
}

/** Shows a short message near the top of the page for a few seconds (e.g. "select some text first"). */
export function showNotice(doc: Document, message: string, ms = 3500): () => void {
  const { el: hostEl, root } = host(doc);
  const panel = el(doc, 'div', message);
  panel.className = 'panel';
  panel.setAttribute('role', 'status');
  panel.style.top = '16px';
  panel.style.right = '16px';
  root.append(panel);
  const timer = setTimeout(() => hostEl.remove(), ms);
  return () => {
    clearTimeout(timer);
    hostEl.remove();
  };
}

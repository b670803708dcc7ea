import type { Entity } from '../extract/types';
import { t } from '../i18n';
import { onMessage, sendMessage } from '../messaging';
import type { NoteRecord } from '../messaging/protocol';
import { isOwnSender } from '../messaging/sender';
import { positionOf, quoteOf } from '../notes/model';
import { normaliseUrl } from '../notes/url';
import { anchor, describeRange, snapshotText } from './anchor';
import { openNoteEditor, showNotice, type NoteEditor } from './notes-editor';
import { mix } from './highlight-styles';
import { highlightEnvOf } from './paint';
import { addSheet } from './sheet';

/**
 * The content script's side of notes: loads the page's notes from the background, finds their
 * passages again (anchor.ts), paints them as `newsmark-note` with the CSS Custom Highlight API (no
 * DOM change), and turns a selection into a new passage note. Works on any page, article or not.
 */

/** Name of the notes highlight in `CSS.highlights` (DESIGN.md contract 2). */
export const NOTE_HIGHLIGHT = 'newsmark-note';
const FOCUS_HIGHLIGHT = 'newsmark-note-focus';
/** Used until the settings are read (the options page's default note colour). */
const NOTE_COLOUR = '#c2255c';
/** The notes' `::highlight()` rules in the reader's note colour (options page). */
export const noteCss = (colour: string) =>
  `::highlight(${NOTE_HIGHLIGHT}) { background-color: ${mix(colour, 22)}; text-decoration: underline 2px ${colour}; }
::highlight(${FOCUS_HIGHLIGHT}) { background-color: ${mix(colour, 45)}; }`;

/** What a passage note may know about the highlight it started from (a painted entity). */
export type NoteEntity = Pick<Entity, 'kind' | 'text' | 'speaker' | 'ticker'>;

/** The lifetime hook the layer needs (WXT's ContentScriptContext has it). */
export interface NotesLayerContext {
  onInvalidated(cb: () => void): void;
}

/** The notes layer of one page. */
export interface NotesLayer {
  /** Opens the editor for the current selection; false (with a notice) when nothing is selected. */
  addFromSelection(): boolean;
  /** Opens the editor for a passage, e.g. a highlight's "Add note" in the hover card. */
  addForRange(range: Range, entity?: NoteEntity): void;
  /** Re-reads the page's notes and paints them again. */
  reload(): Promise<void>;
  /** Re-reads the note colour (after the reader changed it on the options page). */
  refreshStyle(): void;
  /** Ids of the page's notes found on the page and of those not found (orphans). */
  anchors(): { anchored: string[]; orphaned: string[] };
  destroy(): void;
}

interface Placed {
  record: NoteRecord;
  range: Range | null;
}

/** Starts the notes layer on `doc`; everything is removed when `ctx` is invalidated. */
export function startNotesLayer(
  ctx: NotesLayerContext,
  doc: Document,
  colour: () => string | undefined = () => undefined,
): NotesLayer {
  const api = highlightEnvOf(doc);
  // Without the Highlight API no note is painted, so no rules are needed.
  const sheet = api ? addSheet(doc) : null;
  const style = () => sheet?.set(noteCss(colour() || NOTE_COLOUR));
  style();
  const cleanups: (() => void)[] = [() => sheet?.remove()];
  let placed: Placed[] = [];
  let editor: NoteEditor | undefined;
  let url = normaliseUrl(doc.location?.href ?? '');
  let destroyed = false;

  const paint = () => {
    if (!api) return;
    const ranges = placed.flatMap((p) => (p.range && !p.range.collapsed ? [p.range] : []));
    if (!ranges.length) return void api.registry.delete(NOTE_HIGHLIGHT);
    const h = new api.Highlight(...ranges);
    h.priority = 10; // above the entity highlights, so the reader's own marks show
    api.registry.set(NOTE_HIGHLIGHT, h);
    sheet?.ensure();
  };

  const place = (records: NoteRecord[]) => {
    const passages = records.filter((r) => quoteOf(r.annotation) || positionOf(r.annotation));
    const snapshot = passages.length && doc.body ? snapshotText(doc.body) : undefined;
    placed = passages.map((record) => {
      const a = record.annotation;
      const found = snapshot ? anchor(snapshot, { quote: quoteOf(a), position: positionOf(a) }) : null;
      return { record, range: found?.range ?? null };
    });
    paint();
  };

  let ready: Promise<void> = Promise.resolve();
  const reload = () => (ready = load());
  const load = async () => {
    url = normaliseUrl(doc.location?.href ?? '');
    const r = await sendMessage('listPageNotes', url).catch(() => undefined);
    if (destroyed || !r?.ok) return;
    misses = 0;
    place(r.data);
  };

  const open = (range: Range, entity?: NoteEntity) => {
    const body = doc.body;
    const selectors = body ? describeRange(body, range) : null;
    if (!selectors || !selectors.quote.exact.trim()) return void cleanups.push(showNotice(doc, t('notesSelectFirst')));
    editor?.close();
    const live = range.cloneRange();
    editor = openNoteEditor({
      doc,
      near: range.getBoundingClientRect(),
      passage: selectors.quote.exact,
      onClose: () => (editor = undefined),
      onSave: async (text) => {
        const r = await sendMessage('addNote', {
          url: doc.location?.href ?? url,
          title: doc.title,
          text,
          selectors,
          entity: entity && {
            kind: entity.kind,
            speaker: entity.speaker,
            ticker: entity.ticker,
            company: entity.kind === 'company' ? entity.text : undefined,
          },
        }).catch((e: Error) => ({ ok: false as const, error: e.message }));
        if (!r.ok) return r.error;
        placed.push({ record: r.data, range: live });
        paint();
        doc.getSelection()?.removeAllRanges();
        return null;
      },
    });
  };

  const addFromSelection = () => {
    const sel = doc.getSelection();
    const range = sel && sel.rangeCount ? sel.getRangeAt(0) : undefined;
    if (!range || range.collapsed || !range.toString().trim()) {
      cleanups.push(showNotice(doc, t('notesSelectFirst')));
      return false;
    }
    open(range);
    return true;
  };

  const own = (sender: { id?: string } | undefined) => {
    if (!isOwnSender(sender)) throw new Error('not from newsmark');
  };
  cleanups.push(
    onMessage('notesChanged', ({ data, sender }) => {
      own(sender);
      if (data === '' || data === url) void reload();
    }),
    onMessage('startPassageNote', ({ sender }) => {
      own(sender);
      return addFromSelection();
    }),
    onMessage('getNoteAnchors', async ({ sender }) => {
      own(sender);
      await ready; // a popup opened right after the page loaded must not see every note as lost
      return layer.anchors();
    }),
    onMessage('scrollToNote', ({ data, sender }) => {
      own(sender);
      const range = placed.find((p) => p.record.id === data)?.range;
      if (!range || range.collapsed) return false;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      if (api) {
        api.registry.set(FOCUS_HIGHLIGHT, new api.Highlight(range));
        const timer = setTimeout(() => api.registry.delete(FOCUS_HIGHLIGHT), 1600);
        cleanups.push(() => clearTimeout(timer));
      }
      return true;
    }),
  );

  // Pages that render late or change under the reader (SPAs, live blogs): look again for notes not
  // found yet and for passages whose ranges collapsed, at most once a second and at most RETRIES
  // times in a row without success (a fuzzy search over a big page is not free).
  const RETRIES = 20;
  let misses = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new (doc.defaultView ?? window).MutationObserver(() => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (normaliseUrl(doc.location?.href ?? '') !== url) return void reload();
      const lost = () => placed.filter((p) => !p.range || p.range.collapsed).length;
      const before = lost();
      if (!before || misses >= RETRIES) return;
      place(placed.map((p) => p.record));
      misses = lost() < before ? 0 : misses + 1;
    }, 1000);
  });
  if (doc.body) observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  cleanups.push(() => {
    observer.disconnect();
    if (timer) clearTimeout(timer);
  });

  const layer: NotesLayer = {
    addFromSelection,
    addForRange: open,
    reload,
    refreshStyle: () => void style(),
    anchors: () => ({
      anchored: placed.filter((p) => p.range && !p.range.collapsed).map((p) => p.record.id),
      orphaned: placed.filter((p) => !p.range || p.range.collapsed).map((p) => p.record.id),
    }),
    destroy() {
      if (destroyed) return;
      destroyed = true;
      editor?.close();
      for (const c of cleanups.splice(0)) c();
      api?.registry.delete(NOTE_HIGHLIGHT);
      api?.registry.delete(FOCUS_HIGHLIGHT);
    },
  };
  ctx.onInvalidated(() => layer.destroy());
  void reload();
  return layer;
}

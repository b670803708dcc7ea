/**
 * Every message newsmark sends between its contexts. One entry per message, one JSDoc line each.
 * Commands are imperative (`getPageSummary`), events past tense (`pageAnnotated`). Handlers that can
 * fail return `Result<T>` instead of throwing across contexts.
 */

/** Outcome of a command that can fail: data, or a message fit to show the user. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: string };

/** Counts of what the page annotator found on a page, per kind. */
export interface KindCounts {
  figure: number;
  quote: number;
  company: number;
}

/** One entity the page annotator painted, as listed in the popup and the legend. */
export interface PageEntity {
  /** Index in the page's current entity list; valid until the page is annotated again. */
  id: number;
  kind: 'figure' | 'quote' | 'company';
  text: string;
  speaker?: string;
  ticker?: string;
  value?: import('../extract/types').FigureValue;
}

/** What the content script reports about its page. */
export interface PageSummary {
  url: string;
  title: string;
  /** Whether an article was found on the page. */
  hasArticle: boolean;
  counts: KindCounts;
  /** Everything painted, in reading order (empty in `pageAnnotated`, to keep that message small). */
  entities: PageEntity[];
}

// ── Notes (issue 5: src/notes, src/background/notes*.ts, src/page/notes-layer.ts) ──

/** A new note as the page or the popup describes it. */
export type NoteDraft = import('../notes/model').NoteDraft;
/** A stored note (the W3C annotation plus its index fields). */
export type NoteRecord = import('../notes/schema').NoteRecord;
/** Search and filters of the all-notes page. */
export type NoteFilter = import('../notes/search').NoteFilter;
/** One page of search results with totals and filter menus. */
export type NoteSearchResult = import('../notes/search').SearchResult;
/** How an import merged: added, updated, kept. */
export type ImportSummary = import('../notes/db').MergeSummary;

/** New text (and optionally tags) for a note. */
export interface NoteEdit {
  id: string;
  text: string;
  tags?: string[];
}

/** Which of the page's notes the content script found again (`anchored`) and which not (`orphaned`). */
export interface NoteAnchors {
  anchored: string[];
  orphaned: string[];
}

/** Which notes to export: one page (normalised URL), or a search of the all-notes page. */
export type NoteExportScope = { url: string } | { filter: NoteFilter };

/** An export to make: which notes, which format, and the label (page title) for the file. */
export interface ExportRequest {
  scope: NoteExportScope;
  format: 'md' | 'json' | 'csv';
  label?: string;
  /** A BroadcastChannel name: the file is posted there as a Blob (`file-channel.ts`) instead of the text in the reply. */
  channel?: string;
}

/** An export's text (absent when it went through `channel`) and how many notes it holds (0: nothing to export). */
export interface ExportFile {
  text?: string;
  count: number;
}

/** An import file: its text, or a BroadcastChannel name where the page offers it as a Blob (`file-channel.ts`). */
export type ImportRequest = { text: string } | { channel: string };

/** What travels on a file channel: the receiver's `ready`, then the file (a Blob, passed by reference). */
export type FileChannelMessage = { type: 'ready' } | { type: 'file'; file: Blob };

/** Messages and their data → return types (the @webext-core/messaging protocol map). */
export interface ProtocolMap {
  /** Content → background: the page was annotated; the background updates the badge. */
  pageAnnotated(data: PageSummary): void;
  /** Popup → content script: describe the page and what was found on it. */
  getPageSummary(): PageSummary;
  /** Popup → content script: scroll the entity with this id into view and flash it. */
  scrollToEntity(id: number): boolean;
  /** Background → content script: show all highlights if none is shown, else hide them (keyboard command); returns whether they are shown now. */
  toggleHighlights(): boolean;

  // ── Notes ──
  /** Content / popup → background: store a new note; returns it. */
  addNote(draft: NoteDraft): Result<NoteRecord>;
  /** Popup / notes page → background: change a note's text and tags. */
  updateNote(edit: NoteEdit): Result<NoteRecord>;
  /** Popup / notes page → background: delete a note (kept in the trash for `undoDeleteNote`). */
  deleteNote(id: string): Result<NoteRecord>;
  /** Popup / notes page → background: bring back a note just deleted. */
  undoDeleteNote(id: string): Result<NoteRecord>;
  /** Content / popup → background: the notes of one page (URL normalised by the background). */
  listPageNotes(url: string): Result<NoteRecord[]>;
  /** Notes page → background: search and filter every note, one page of results. */
  searchNotes(filter: NoteFilter): Result<NoteSearchResult>;
  /** Popup / notes page → background: the text of an export file (Markdown, JSON or CSV). */
  exportNotes(request: ExportRequest): Result<ExportFile>;
  /** Notes page → background: merge an import file (its text, or a Blob on a channel), all or nothing. */
  importNotes(request: ImportRequest): Result<ImportSummary>;
  /** Background → content scripts: notes changed for this normalised URL ('' for any page): reload them. */
  notesChanged(url: string): void;
  /** Background → content script: open the note editor on the current selection (menu, command). */
  startPassageNote(): boolean;
  /** Popup → content script: which of the page's notes were found on the page. */
  getNoteAnchors(): NoteAnchors;
  /** Popup → content script: scroll a passage note into view; false when it is not on the page. */
  scrollToNote(id: string): boolean;
}

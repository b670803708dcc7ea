import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n';
import type { NoteRecord } from '../schema';
import { newsmarkOf, noteTextOf, passageOf, tagsOf } from '../model';
import './notes-ui.css';

/** Props of one note in a list (popup and notes page). */
export interface NoteItemProps {
  record: NoteRecord;
  /** True when the page is open but the passage was not found on it. */
  orphan?: boolean;
  /** Saves new text and tags; resolves to an error message, or null. */
  onSave(id: string, text: string, tags: string[]): Promise<string | null>;
  onDelete(id: string): void;
  /** Scrolls the page to the passage (popup only). */
  onShow?(id: string): void;
}

let dateFormat: Intl.DateTimeFormat | undefined;

/** A date and time in the language of the UI strings (`@@ui_locale` is unreliable in Chromium). */
export function formatDate(ms: number): string {
  if (!ms) return '';
  // One formatter for every note: building one per call costs ~0.3 ms, too much for 100 notes a keystroke.
  if (!dateFormat) {
    const options = { dateStyle: 'medium', timeStyle: 'short' } as const;
    try {
      dateFormat = new Intl.DateTimeFormat(t('notesDateLocale'), options);
    } catch {
      dateFormat = new Intl.DateTimeFormat(undefined, options);
    }
  }
  return dateFormat.format(ms);
}

const splitTags = (s: string) =>
  s
    .split(/[,，、]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** One note: its passage as a quote, the note text (as text, never HTML), edit and delete. */
export function NoteItem({ record, orphan, onSave, onDelete, onShow }: NoteItemProps) {
  const a = record.annotation;
  const passage = passageOf(a);
  const text = noteTextOf(a);
  const tags = tagsOf(a);
  const nm = newsmarkOf(a);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(text);
  const [tagDraft, setTagDraft] = useState(tags.join(', '));
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  useEffect(() => {
    // Give focus back to "Edit" when the form closes, so keyboard users keep their place.
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const startEdit = () => {
    setDraft(text);
    setTagDraft(tags.join(', '));
    setError('');
    setEditing(true);
  };
  const save = async () => {
    setBusy(true);
    const problem = await onSave(record.id, draft, splitTags(tagDraft));
    setBusy(false);
    if (problem) setError(problem);
    else setEditing(false);
  };

  return (
    <li class={`nm-note${orphan ? ' nm-note-orphan' : ''}`} data-note-id={record.id}>
      {passage && (
        <blockquote class="nm-passage">
          {onShow && !orphan ? (
            <button
              type="button"
              class="nm-passage-button"
              onClick={() => onShow(record.id)}
              title={t('notesShowOnPage')}
            >
              {passage}
            </button>
          ) : (
            passage
          )}
        </blockquote>
      )}
      {orphan && <p class="nm-badge nm-badge-orphan">{t('notesOrphan')}</p>}
      {editing ? (
        <form
          class="nm-edit"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setEditing(false);
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
          }}
        >
          <label class="nm-field">
            <span>{t('notesTextLabel')}</span>
            <textarea value={draft} onInput={(e) => setDraft(e.currentTarget.value)} rows={3} autoFocus />
          </label>
          <label class="nm-field">
            <span>{t('notesTagsLabel')}</span>
            <input type="text" value={tagDraft} onInput={(e) => setTagDraft(e.currentTarget.value)} />
          </label>
          {error && (
            <p class="nm-error" role="alert">
              {error}
            </p>
          )}
          <div class="nm-actions">
            <button type="submit" class="nm-primary" disabled={busy}>
              {t('notesSave')}
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              {t('notesCancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          {text ? (
            <p class="nm-note-text">{text}</p>
          ) : (
            <p class="nm-note-text nm-muted">{passage ? t('notesHighlight') : ''}</p>
          )}
          <div class="nm-meta">
            <div class="nm-meta-info">
              {!passage && <span class="nm-kind">{t('notesPageNote')}</span>}
              <time dateTime={String(a.modified ?? a.created ?? '')}>{formatDate(record.modified)}</time>
              {nm.speaker && <span>— {nm.speaker}</span>}
              {nm.company && <span>{nm.ticker ? `${nm.company} (${nm.ticker})` : nm.company}</span>}
              {tags.map((tag) => (
                <span class="nm-tag" key={tag}>
                  #{tag}
                </span>
              ))}
            </div>
            <button type="button" class="nm-small" ref={editButton} onClick={startEdit}>
              {t('notesEdit')}
            </button>
            <button type="button" class="nm-small nm-danger" onClick={() => onDelete(record.id)}>
              {t('notesDelete')}
            </button>
          </div>
        </>
      )}
    </li>
  );
}

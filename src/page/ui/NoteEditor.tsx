import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import type { Theme } from './theme';

/** Props of the note editor shown next to a selected passage. */
export type NoteEditorProps = {
  /** Viewport rectangle of the passage (the editor opens below it, or above when there is no room). */
  near: DOMRect;
  viewport: { width: number; height: number };
  theme: Theme;
  passage: string;
  /** Saves the note; resolves to an error message to show, or null when saved. */
  onSave(text: string): Promise<string | null>;
  onClose(): void;
};

const WIDTH = 320;

/** Where the editor goes: below the passage when it fits (or when there is no room above), else above it. */
function placement(near: DOMRect, viewport: { width: number; height: number }): Record<string, string> {
  const left = Math.min(Math.max(8, near.left), Math.max(8, viewport.width - WIDTH - 8));
  const below = near.bottom + 8;
  return below + 220 < viewport.height || near.top < 240
    ? { left: `${left}px`, top: `${Math.max(8, below)}px` }
    : { left: `${left}px`, bottom: `${Math.max(8, viewport.height - near.top + 8)}px` };
}

/** The note editor: the passage, a text box, Save and Cancel. Ctrl/⌘+Enter saves, Esc cancels. */
export function NoteEditor({ near, viewport, theme, passage, onSave, onClose }: NoteEditorProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    setSaving(true);
    setError('');
    const problem = await onSave(text).catch((e: Error) => e.message);
    setSaving(false);
    if (problem) setError(problem);
    else onClose();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') onClose();
    else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    }
  };
  return (
    <div class="nm-root" data-theme={theme}>
      <div
        class="nm-card nm-editor"
        role="dialog"
        aria-label={t('notesEditorTitle')}
        style={placement(near, viewport)}
        onKeyDown={onKeyDown}
      >
        <p class="nm-title">{t('notesEditorTitle')}</p>
        <blockquote>{passage.length > 160 ? passage.slice(0, 160) + '…' : passage}</blockquote>
        <textarea
          placeholder={t('notesEditorPlaceholder')}
          aria-label={t('notesEditorTitle')}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <div class="nm-row">
          <span class="nm-hint">{t('notesEditorHint')}</span>
          <button type="button" class="nm-link" onClick={onClose}>
            {t('notesCancel')}
          </button>
          <button type="button" class="nm-btn" disabled={saving} onClick={() => void submit()}>
            {t('notesSave')}
          </button>
        </div>
        <p class="nm-error" role="alert">
          {error}
        </p>
      </div>
    </div>
  );
}

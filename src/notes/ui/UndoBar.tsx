import { useEffect } from 'preact/hooks';
import { t } from '../../i18n';

/** Props of the "Note deleted. Undo" bar. */
export interface UndoBarProps {
  onUndo(): void;
  onDismiss(): void;
  /** How long it stays (ms). */
  timeout?: number;
}

/** A short-lived bar offering to undo a delete (the note waits in the trash meanwhile). */
export function UndoBar({ onUndo, onDismiss, timeout = 10_000 }: UndoBarProps) {
  useEffect(() => {
    const timer = setTimeout(onDismiss, timeout);
    return () => clearTimeout(timer);
  }, [onDismiss, timeout]);
  return (
    <div class="nm-undo" role="status">
      <span>{t('notesDeleted')}</span>
      <button type="button" class="nm-small nm-primary" onClick={onUndo}>
        {t('notesUndo')}
      </button>
    </div>
  );
}

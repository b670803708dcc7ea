import { useRef } from 'preact/hooks';
import { sendMessage } from '../../src/messaging';
import type { NoteFilter } from '../../src/messaging/protocol';
import { t } from '../../src/i18n';
import { exportFileName } from '../../src/notes/export';
import { downloadText, MIME } from '../../src/notes/ui/download';
import { fetchExport } from '../../src/notes/ui/export-file';

/** Props of the export buttons and the import control. */
export interface ImportExportProps {
  /** What the list shows now: exports take exactly that. */
  filter: NoteFilter;
  onError(message: string): void;
  onImported(message: string): void;
}

/** "Export Markdown / JSON / CSV" of what the search shows, and "Import" of a JSON file. */
export function ImportExport({ filter, onError, onImported }: ImportExportProps) {
  const input = useRef<HTMLInputElement>(null);
  const exportAs = async (format: 'md' | 'json' | 'csv') => {
    const r = await fetchExport({ scope: { filter }, format });
    if (!r.ok) return onError(r.error);
    if (!r.data.count) return onError(t('exportNothing'));
    downloadText(document, exportFileName('notes', format), MIME[format], r.data.text);
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      return onError(t('importErrorRead'));
    } finally {
      // Let the same file be chosen again after a fix.
      if (input.current) input.current.value = '';
    }
    const r = await sendMessage('importNotes', text).catch((e: Error) => ({ ok: false as const, error: e.message }));
    if (!r.ok) return onError(r.error);
    onImported(t('importDone', [String(r.data.added), String(r.data.updated), String(r.data.kept)]));
  };
  return (
    <div class="nm-io">
      <button type="button" onClick={() => void exportAs('md')}>
        {t('exportMarkdown')}
      </button>
      <button type="button" onClick={() => void exportAs('json')}>
        {t('exportJson')}
      </button>
      <button type="button" onClick={() => void exportAs('csv')}>
        {t('exportCsv')}
      </button>
      <label class="nm-import">
        <span>{t('importLabel')}</span>
        <input
          ref={input}
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          onChange={(e) => void importFile(e.currentTarget.files?.[0])}
        />
      </label>
    </div>
  );
}

import { useRef } from 'preact/hooks';
import type { NoteFilter } from '../../src/messaging/protocol';
import { t } from '../../src/i18n';
import { exportFileName } from '../../src/notes/export';
import { downloadBlob } from '../../src/notes/ui/download';
import { fetchExport } from '../../src/notes/ui/export-file';
import { sendImport } from '../../src/notes/ui/import-file';

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
    if (!r.data.file) return onError(t('exportNothing'));
    downloadBlob(document, exportFileName('notes', format), r.data.file);
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    // Let the same file be chosen again after a fix (the File in hand stays readable).
    if (input.current) input.current.value = '';
    const r = await sendImport(file, t('importErrorRead'));
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

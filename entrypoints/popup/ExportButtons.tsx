import type { PageSummary } from '../../src/messaging/protocol';
import { t } from '../../src/i18n';
import { exportFileName } from '../../src/notes/export';
import { factSheetCsv, factSheetMarkdown } from '../../src/notes/fact-sheet';
import { downloadBlob, downloadText, MIME } from '../../src/notes/ui/download';
import { fetchExport } from '../../src/notes/ui/export-file';

/** Props of the popup's export buttons. */
export interface ExportButtonsProps {
  page: PageSummary;
  onError(message: string): void;
}

/** "Export page as …" (the page's notes) and "Export fact sheet (…)" (what newsmark found). */
export function ExportButtons({ page, onError }: ExportButtonsProps) {
  const notes = async (format: 'md' | 'json' | 'csv') => {
    const r = await fetchExport({ scope: { url: page.url }, format, label: page.title });
    if (!r.ok) return onError(r.error);
    if (!r.data.file) return onError(t('exportNothing'));
    downloadBlob(document, exportFileName('page', format), r.data.file);
  };
  const facts = (format: 'md' | 'csv') => {
    if (!page.entities.length) return onError(t('exportNothing'));
    const text =
      format === 'md'
        ? factSheetMarkdown(page, {
            title: t('exportFactSheetTitle'),
            figures: t('kindFigurePlural'),
            quotes: t('kindQuotePlural'),
            companies: t('kindCompanyPlural'),
            unattributed: t('popupUnattributed'),
          })
        : factSheetCsv(page);
    downloadText(document, exportFileName('facts', format), MIME[format], text);
  };
  return (
    <section class="nm-section" aria-labelledby="export-title">
      <h2 id="export-title">{t('popupExportTitle')}</h2>
      <div class="nm-export-grid">
        <button type="button" onClick={() => void notes('md')}>
          {t('exportPageMarkdown')}
        </button>
        <button type="button" onClick={() => void notes('json')}>
          {t('exportPageJson')}
        </button>
        <button type="button" onClick={() => void notes('csv')}>
          {t('exportPageCsv')}
        </button>
        <button type="button" onClick={() => facts('md')}>
          {t('exportFactSheetMarkdown')}
        </button>
        <button type="button" onClick={() => facts('csv')}>
          {t('exportFactSheetCsv')}
        </button>
      </div>
    </section>
  );
}

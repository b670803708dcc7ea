import { t } from '../../src/i18n';

/** Every note the reader kept, grouped by page (filled by the notes feature). */
export function App() {
  return (
    <main style={{ padding: '16px', maxWidth: '880px', margin: '0 auto' }}>
      <h1 style={{ fontSize: '20px' }}>{t('notesTitle')}</h1>
    </main>
  );
}

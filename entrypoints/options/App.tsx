import { t } from '../../src/i18n';

/** Settings page (kinds, colours, sites, watchlist arrive with the page annotator). */
export function App() {
  return (
    <main style={{ padding: '16px', maxWidth: '640px' }}>
      <h1 style={{ fontSize: '18px' }}>{t('optionsTitle')}</h1>
    </main>
  );
}

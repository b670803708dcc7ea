import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { sendMessage } from '../../src/messaging';
import type { PageSummary } from '../../src/messaging/protocol';
import { t } from '../../src/i18n';
import { targetTabId } from '../../src/ui/target-tab';

type State = { status: 'loading' } | { status: 'unavailable' } | { status: 'ready'; page: PageSummary };

/** The toolbar popup: what newsmark found on the current tab. */
export function App() {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    (async () => {
      const tabId = await targetTabId(location.search);
      if (tabId == null) return setState({ status: 'unavailable' });
      try {
        setState({ status: 'ready', page: await sendMessage('getPageSummary', undefined, tabId) });
      } catch {
        setState({ status: 'unavailable' });
      }
    })();
  }, []);
  return (
    <main class="nm-popup" style={{ minWidth: '320px', padding: '12px 14px' }}>
      <h1 style={{ fontSize: '16px', margin: '0 0 8px' }}>{t('extName')}</h1>
      {state.status === 'loading' && <p class="nm-muted">{t('loading')}</p>}
      {state.status === 'unavailable' && <p data-testid="status">{t('popupUnavailable')}</p>}
      {state.status === 'ready' && (
        <section>
          <p data-testid="status">{t('popupActive')}</p>
          <p class="nm-muted" data-testid="page-title">
            {state.page.title}
          </p>
          <ul data-testid="counts">
            <li>
              {t('kindFigurePlural')}: {state.page.counts.figure}
            </li>
            <li>
              {t('kindQuotePlural')}: {state.page.counts.quote}
            </li>
            <li>
              {t('kindCompanyPlural')}: {state.page.counts.company}
            </li>
          </ul>
        </section>
      )}
      <p>
        <a href={browser.runtime.getURL('/notes.html')} target="_blank" rel="noopener">
          {t('openAllNotes')}
        </a>
      </p>
    </main>
  );
}

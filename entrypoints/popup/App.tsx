import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { sendMessage } from '../../src/messaging';
import type { PageSummary } from '../../src/messaging/protocol';
import { t } from '../../src/i18n';
import { targetTabId } from '../../src/ui/target-tab';
import { ensurePersistentStorage } from '../../src/notes/ui/storage';
import { PageFacts } from './PageFacts';
import { PageNotes } from './PageNotes';
import { ExportButtons } from './ExportButtons';
import './popup.css';

type State = { status: 'loading' } | { status: 'unavailable' } | { status: 'ready'; page: PageSummary; tabId: number };

/** The toolbar popup: what newsmark found on the current tab, the tab's notes, exports. */
export function App() {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [error, setError] = useState('');
  useEffect(() => {
    void ensurePersistentStorage();
    (async () => {
      const tabId = await targetTabId(location.search);
      if (tabId == null) return setState({ status: 'unavailable' });
      try {
        setState({ status: 'ready', page: await sendMessage('getPageSummary', undefined, tabId), tabId });
      } catch {
        setState({ status: 'unavailable' });
      }
    })();
  }, []);
  const onError = useCallback((message: string) => setError(message), []);
  const onShow = (id: number) => {
    if (state.status === 'ready') void sendMessage('scrollToEntity', id, state.tabId).catch(() => false);
  };

  return (
    <main class="nm-popup">
      <header class="nm-header">
        <h1>{t('extName')}</h1>
        <a class="nm-all-notes" href={browser.runtime.getURL('/notes.html')} target="_blank" rel="noopener">
          {t('openAllNotes')}
        </a>
      </header>
      {state.status === 'loading' && <p class="nm-muted">{t('loading')}</p>}
      {state.status === 'unavailable' && (
        <p class="nm-status" data-testid="status">
          {t('popupUnavailable')}
        </p>
      )}
      {state.status === 'ready' && (
        <>
          <p class="nm-status nm-sr-only" data-testid="status">
            {t('popupActive')}
          </p>
          <p class="nm-page-title" data-testid="page-title" title={state.page.url}>
            {state.page.title || state.page.url}
          </p>
          {error && (
            <p class="nm-error nm-banner" role="alert">
              {error}
            </p>
          )}
          <PageFacts page={state.page} onShow={onShow} />
          <PageNotes url={state.page.url} title={state.page.title} tabId={state.tabId} onError={onError} />
          <ExportButtons page={state.page} onError={onError} />
        </>
      )}
    </main>
  );
}

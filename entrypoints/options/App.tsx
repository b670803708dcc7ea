import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { KINDS } from '../../src/extract/types';
import { t } from '../../src/i18n';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  parseHost,
  parseNewCompany,
  parseNewSite,
  resetSettings,
  saveSetting,
  saveSettings,
  watchSettings,
  type Colours,
  type InputError,
  type Settings,
} from '../../src/settings';
import { kindPluralLabel } from '../../src/ui/kinds';
import { ListEditor } from '../../src/ui/ListEditor';

type Status = { text: string; undo?: Settings } | undefined;

const siteError = (error: InputError, input: string) =>
  error === 'empty'
    ? t('optionsSiteErrorEmpty')
    : error === 'duplicate'
      ? t('optionsSiteErrorDuplicate', (parseHost(input) as { value?: string }).value ?? input)
      : t('optionsSiteErrorInvalid', input);

const companyError = (error: InputError, input: string) =>
  error === 'empty'
    ? t('optionsCompanyErrorEmpty')
    : error === 'duplicate'
      ? t('optionsCompanyErrorDuplicate', input)
      : t('optionsCompanyErrorTooLong');

/** Settings page: kinds, colours, sites where newsmark stays off, the company watchlist. */
export function App() {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const [status, setStatus] = useState<Status>(undefined);
  useEffect(() => {
    loadSettings().then(setSettings, () => setSettings({ ...DEFAULT_SETTINGS }));
    // Another options tab (or a reset) changes storage: show what is stored now.
    return watchSettings(setSettings);
  }, []);
  if (!settings) return <main class="nm-options" />;

  const save = async <K extends keyof Settings>(field: K, value: Settings[K]) => {
    setSettings({ ...settings, [field]: value });
    try {
      await saveSetting(field, value);
      setStatus({ text: t('optionsSaved') });
    } catch (e) {
      setStatus({ text: t('optionsSaveFailed', e instanceof Error ? e.message : String(e)) });
    }
  };
  const reset = async () => {
    const before = settings;
    await resetSettings();
    setSettings({ ...DEFAULT_SETTINGS });
    setStatus({ text: t('optionsResetDone'), undo: before });
  };
  const undo = async (before: Settings) => {
    setSettings(before);
    await saveSettings(before);
    setStatus({ text: t('optionsSaved') });
  };
  const colourRow = (name: keyof Colours, label: string, checkbox?: ComponentChildren) => (
    <div class="nm-kind-row" key={name}>
      {checkbox ?? <span class="nm-kind-name">{label}</span>}
      <span
        class="nm-preview"
        data-kind={name}
        data-off={name in settings.kinds && !settings.kinds[name as keyof Settings['kinds']] ? '' : undefined}
        style={{ '--c': settings.colours[name] }}
        aria-hidden="true"
      >
        {label}
      </span>
      <input
        type="color"
        data-testid={`colour-${name}`}
        value={settings.colours[name]}
        aria-label={t('optionsColourOf', label)}
        title={t('optionsColourOf', label)}
        onInput={(e) => setSettings({ ...settings, colours: { ...settings.colours, [name]: e.currentTarget.value } })}
        onChange={(e) => save('colours', { ...settings.colours, [name]: e.currentTarget.value })}
      />
    </div>
  );

  return (
    <main class="nm-options">
      <header>
        <h1>{t('optionsTitle')}</h1>
        <p class="nm-muted">{t('optionsIntro')}</p>
      </header>

      <section aria-labelledby="kinds-h">
        <h2 id="kinds-h">{t('optionsKindsHeading')}</h2>
        <p class="nm-muted">{t('optionsKindsHelp')}</p>
        <div class="nm-kinds">
          {KINDS.map((kind) =>
            colourRow(
              kind,
              kindPluralLabel(kind),
              <label class="nm-kind-name">
                <input
                  type="checkbox"
                  data-testid={`kind-${kind}`}
                  checked={settings.kinds[kind]}
                  onChange={(e) => save('kinds', { ...settings.kinds, [kind]: e.currentTarget.checked })}
                />
                {kindPluralLabel(kind)}
              </label>,
            ),
          )}
          {colourRow('note', t('optionsNoteColour'))}
          {colourRow('watch', t('optionsWatchColour'))}
        </div>
      </section>

      <section aria-labelledby="sites-h">
        <h2 id="sites-h">{t('optionsSitesHeading')}</h2>
        <p class="nm-muted">{t('optionsSitesHelp')}</p>
        <ListEditor
          id="sites"
          label={t('optionsSiteLabel')}
          placeholder="news.example.com"
          items={settings.disabledSites}
          emptyText={t('optionsSitesEmpty')}
          parse={parseNewSite}
          errorText={siteError}
          onChange={(sites) => save('disabledSites', sites)}
        />
      </section>

      <section aria-labelledby="watch-h">
        <h2 id="watch-h">{t('optionsWatchHeading')}</h2>
        <p class="nm-muted">{t('optionsWatchHelp')}</p>
        <ListEditor
          id="watch"
          label={t('optionsWatchLabel')}
          placeholder="宁德时代 / NVIDIA"
          items={settings.watchlist}
          emptyText={t('optionsWatchEmpty')}
          parse={parseNewCompany}
          errorText={companyError}
          onChange={(names) => save('watchlist', names)}
        />
      </section>

      <footer>
        <button type="button" class="nm-secondary" data-testid="reset" onClick={reset}>
          {t('optionsReset')}
        </button>
        <p role="status" class="nm-status" data-testid="status">
          {status?.text}
          {status?.undo && (
            <button type="button" class="nm-linkish" data-testid="undo" onClick={() => undo(status.undo!)}>
              {t('optionsUndo')}
            </button>
          )}
        </p>
      </footer>
    </main>
  );
}

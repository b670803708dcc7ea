import { t } from '../i18n';

/** The UI language as a BCP 47 tag (`en`, `zh-CN`), for Intl formatting and `lang` attributes. */
export function uiLocale(): string {
  const lang = t('@@ui_locale').replace('_', '-');
  return lang.startsWith('@@') ? 'en' : lang;
}

/** Sets `<html lang>` and the window title from the UI language, for screen readers and fonts. */
export function applyUiLanguage(doc: Document, titleKey?: string): void {
  doc.documentElement.lang = uiLocale();
  if (titleKey) doc.title = t(titleKey);
}

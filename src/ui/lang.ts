import { t } from '../i18n';

/**
 * The language of the UI text as a BCP 47 tag (`en`, `zh-CN`), for Intl formatting and `lang`
 * attributes. Read from the messages themselves, because `@@ui_locale` can name the browser's UI
 * language (en-US) while the messages come from zh_CN (Chromium started with --lang=zh-CN).
 */
export function uiLocale(): string {
  const lang = t('cardLocale');
  return /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(lang) ? lang : 'en';
}

/** Sets `<html lang>` and the window title from the UI language, for screen readers and fonts. */
export function applyUiLanguage(doc: Document, titleKey?: string): void {
  doc.documentElement.lang = uiLocale();
  if (titleKey) doc.title = t(titleKey);
}

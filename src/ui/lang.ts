import { t } from '../i18n';

/** Sets `<html lang>` and the window title from the UI language, for screen readers and fonts. */
export function applyUiLanguage(doc: Document, titleKey?: string): void {
  const lang = t('@@ui_locale').replace('_', '-');
  doc.documentElement.lang = lang.startsWith('@@') ? 'en' : lang;
  if (titleKey) doc.title = t(titleKey);
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/**
 * Makes `browser.i18n.getMessage` answer from `public/_locales/<lang>` the way Chrome does
 * (named placeholders, then $1…$9), so UI tests read the real English or Chinese text.
 */
export function useMessages(lang: 'en' | 'zh_CN'): void {
  const file = join(__dirname, '..', '..', '..', 'public', '_locales', lang, 'messages.json');
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Messages;
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => {
    const entry = messages[key];
    if (!entry) return '';
    const args = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    const named = entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (_, name: string) => {
      return entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    });
    return named.replace(/\$(\d)/g, (_, n: string) => args[Number(n) - 1] ?? '');
  }) as typeof fakeBrowser.i18n.getMessage;
}

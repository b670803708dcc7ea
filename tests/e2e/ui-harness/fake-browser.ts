// Stands in for webextension-polyfill in the UI harness (a plain web page has no extension APIs):
// i18n answers from the real _locales files, storage lives in memory and fires onChanged.
import en from '../../../public/_locales/en/messages.json';
import zh from '../../../public/_locales/zh_CN/messages.json';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const lang = new URLSearchParams(location.search).get('lang') === 'zh_CN' ? 'zh_CN' : 'en';
const messages = (lang === 'zh_CN' ? zh : en) as Messages;

const store: Record<string, unknown> = {};
const listeners = new Set<(changes: Record<string, unknown>, area: string) => void>();
const pick = (keys: string[] | string | null) =>
  Object.fromEntries(
    (keys === null ? Object.keys(store) : Array.isArray(keys) ? keys : [keys])
      .filter((k) => k in store)
      .map((k) => [k, structuredClone(store[k])]),
  );

export default {
  i18n: {
    getMessage(key: string, subs?: string | string[]): string {
      const entry = messages[key];
      if (!entry) return '';
      const args = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
      return entry.message
        .replace(/\$([a-z0-9_]+)\$/gi, (_, n: string) => entry.placeholders?.[n.toLowerCase()]?.content ?? '')
        .replace(/\$(\d)/g, (_, n: string) => args[Number(n) - 1] ?? '');
    },
  },
  storage: {
    local: {
      async get(keys: string[] | string | null) {
        return pick(keys);
      },
      async set(items: Record<string, unknown>) {
        const changes: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(items)) {
          changes[k] = { oldValue: store[k], newValue: v };
          store[k] = structuredClone(v);
        }
        for (const l of listeners) l(changes, 'local');
      },
      async remove(keys: string[] | string) {
        const changes: Record<string, unknown> = {};
        for (const k of Array.isArray(keys) ? keys : [keys]) {
          changes[k] = { oldValue: store[k] };
          delete store[k];
        }
        for (const l of listeners) l(changes, 'local');
      },
    },
    onChanged: {
      addListener: (l: (changes: Record<string, unknown>, area: string) => void) => listeners.add(l),
      removeListener: (l: (changes: Record<string, unknown>, area: string) => void) => listeners.delete(l),
    },
  },
};

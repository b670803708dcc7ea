import browser from 'webextension-polyfill';

/** Turns the value stored under version N-1 into the shape of version N. */
export type Migration = (old: unknown) => unknown;

/** How one setting is stored: its key, default, version and the steps that upgrade old values. */
export interface ItemOptions<T> {
  /** What the item holds when nothing (or nothing usable) is stored. */
  fallback: T;
  /** The shape's current version (start at 1; bump it and add a migration when the shape changes). */
  version?: number;
  /** `migrations[N]` upgrades a version N-1 value to version N. Never edit one once released. */
  migrations?: Record<number, Migration>;
  /** Cleans a stored value (storage can hold anything another version wrote); undefined = unusable. */
  sanitize(raw: unknown): T | undefined;
}

/** One setting in `browser.storage.local`. */
export interface SettingItem<T> extends Required<Pick<ItemOptions<T>, 'fallback' | 'version'>> {
  /** The storage key (no area prefix: every setting lives in `local`). */
  key: string;
  /** The key of the item's metadata (`{ v: version }`), as WXT's `storage.defineItem` lays it out. */
  metaKey: string;
  /** Decodes what storage returned for `key` and `metaKey`; `migrated` says it must be written back. */
  decode(raw: unknown, meta: unknown): { value: T; migrated: boolean };
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Forgets the stored value, so the fallback applies again. */
  removeValue(): Promise<void>;
}

const versionOf = (meta: unknown): number => {
  const v = (meta as { v?: unknown } | null | undefined)?.v;
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : 1;
};

/**
 * Defines one setting. The layout (value under `key`, `{ v }` under `key$`) is the one WXT's
 * `storage.defineItem('local:key', { version })` uses, so either can read what the other wrote;
 * this copy is ~1 KB instead of ~4 KB gzipped in a content script that runs on every page.
 */
export function defineSetting<T>(key: string, options: ItemOptions<T>): SettingItem<T> {
  const version = options.version ?? 1;
  const metaKey = `${key}$`;
  const decode = (raw: unknown, meta: unknown): { value: T; migrated: boolean } => {
    if (raw === undefined || raw === null) return { value: options.fallback, migrated: false };
    let value: unknown = raw;
    const from = versionOf(meta);
    // A value written by a newer version is kept as is: sanitize drops what this version cannot read.
    for (let v = from + 1; v <= version; v++) {
      const step = options.migrations?.[v];
      if (step) value = step(value);
    }
    return { value: options.sanitize(value) ?? options.fallback, migrated: from < version };
  };
  const setValue = async (value: T): Promise<void> => {
    await browser.storage.local.set({ [key]: value, [metaKey]: { v: version } });
  };
  return {
    key,
    metaKey,
    fallback: options.fallback,
    version,
    decode,
    async getValue() {
      const got = await browser.storage.local.get([key, metaKey]);
      const { value, migrated } = decode(got[key], got[metaKey]);
      if (migrated) await setValue(value);
      return value;
    },
    setValue,
    async removeValue() {
      await browser.storage.local.remove([key, metaKey]);
    },
  };
}

/**
 * Asks the browser to keep the notes' storage when disk space runs low (Memex lost notes to
 * eviction). Called from the popup and the notes page: `navigator.storage.persist()` does not exist
 * in a service worker. The manifest also asks for `unlimitedStorage`, which lifts the quota.
 * Resolves to whether storage is persistent.
 */
export async function ensurePersistentStorage(nav: Navigator = navigator): Promise<boolean> {
  try {
    if (!nav.storage?.persisted) return false;
    if (await nav.storage.persisted()) return true;
    return await nav.storage.persist();
  } catch {
    return false;
  }
}

/** Maps storage failures to what the reader is told (a `_locales` key and a detail). Pure. */

/** True when an error (or the transaction error it wraps) means the disk or the quota is full. */
export function isQuotaError(e: unknown): boolean {
  const seen = new Set<unknown>();
  for (let cur: unknown = e; cur && typeof cur === 'object' && !seen.has(cur);) {
    seen.add(cur);
    const { name, message } = cur as { name?: string; message?: string };
    if (name === 'QuotaExceededError' || /quota|disk.?full|storage.?full/i.test(message ?? '')) return true;
    cur = (cur as { error?: unknown; cause?: unknown }).error ?? (cur as { cause?: unknown }).cause;
  }
  return false;
}

/** The `_locales` key describing a storage failure. */
export function storageErrorKey(e: unknown): 'notesErrorQuota' | 'notesErrorStorage' {
  return isQuotaError(e) ? 'notesErrorQuota' : 'notesErrorStorage';
}

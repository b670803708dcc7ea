/**
 * Normalises a page URL so that a note is found again however the reader arrives: no `#hash`
 * (in-page anchors), no `utm_*` campaign parameters; everything else is kept in order.
 */
export function normaliseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw.split('#')[0];
  }
  url.hash = '';
  const kept = [...url.searchParams].filter(([name]) => !/^utm_/i.test(name));
  if (kept.length !== [...url.searchParams].length) {
    url.search = kept.length ? '?' + new URLSearchParams(kept).toString() : '';
  }
  return url.href.replace(/\?$/, '');
}

/** Host name of a URL for grouping by site (`www.` dropped), or the URL itself when it has none. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}

import type { Settings } from './types';

/** Why a host name or company name was refused (the options page words it for the reader). */
export type InputError = 'empty' | 'invalid' | 'duplicate' | 'tooLong';

/** A parsed entry, or the reason it was refused. */
export type Parsed = { ok: true; value: string } | { ok: false; error: InputError };

const LABEL = '[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?';
const HOST = new RegExp(`^(?=.{1,253}$)${LABEL}(?:\\.${LABEL})+$`);

/**
 * Reads a host name the reader typed or pasted (`news.example.com`, `*.example.com`, a whole URL):
 * lower case, punycode for international names, no port or path. Single labels other than
 * `localhost` are refused: they are almost always a typo.
 */
export function parseHost(input: string): Parsed {
  let text = input.trim().toLowerCase();
  if (!text) return { ok: false, error: 'empty' };
  text = text.replace(/^\*\./, '');
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(text)) text = `http://${text}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, error: 'invalid' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, error: 'invalid' };
  const host = url.hostname.replace(/\.$/, '');
  if (host === 'localhost' || /^\[[0-9a-f:.]+\]$/.test(host) || HOST.test(host)) return { ok: true, value: host };
  return { ok: false, error: 'invalid' };
}

/** True when newsmark stays off on `hostname`: it is a listed site or a subdomain of one. */
export function isSiteDisabled(settings: Pick<Settings, 'disabledSites'>, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (!host) return false;
  return settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** Parses a host name to add to `sites`; refuses one that `sites` already covers. */
export function parseNewSite(input: string, sites: readonly string[]): Parsed {
  const parsed = parseHost(input);
  if (parsed.ok && isSiteDisabled({ disabledSites: [...sites] }, parsed.value))
    return { ok: false, error: 'duplicate' };
  return parsed;
}

/** Longest company name the watchlist takes (names longer than this are pasted paragraphs). */
export const MAX_COMPANY_LENGTH = 80;

/** Reads a company name to add to the watchlist: trimmed, inner spaces collapsed, not yet listed. */
export function parseNewCompany(input: string, watchlist: readonly string[]): Parsed {
  const name = input.trim().replace(/\s+/g, ' ');
  if (!name) return { ok: false, error: 'empty' };
  if (name.length > MAX_COMPANY_LENGTH) return { ok: false, error: 'tooLong' };
  const key = name.toLowerCase();
  if (watchlist.some((w) => w.toLowerCase() === key)) return { ok: false, error: 'duplicate' };
  return { ok: true, value: name };
}

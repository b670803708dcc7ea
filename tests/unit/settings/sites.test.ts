import { describe, expect, it } from 'vitest';
import { isSiteDisabled, parseHost, parseNewCompany, parseNewSite } from '../../../src/settings/sites';

describe('parseHost', () => {
  it.each([
    ['news.example.com', 'news.example.com'],
    ['  News.Example.COM  ', 'news.example.com'],
    ['https://finance.sina.com.cn/stock/2024/article.shtml?x=1', 'finance.sina.com.cn'],
    ['http://example.com:8080/', 'example.com'],
    ['*.caixin.com', 'caixin.com'],
    ['example.com.', 'example.com'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['新闻.中国', 'xn--efvy88h.xn--fiqs8s'],
  ])('reads %j as %j', (input, host) => {
    expect(parseHost(input)).toEqual({ ok: true, value: host });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['news', 'invalid'],
    ['news example.com', 'invalid'],
    ['ftp://example.com', 'invalid'],
    ['chrome://extensions', 'invalid'],
    ['-bad-.com', 'invalid'],
    ['exa$mple.com', 'invalid'],
    ['http://', 'invalid'],
    [`${'a'.repeat(64)}.com`, 'invalid'],
  ])('refuses %j (%s)', (input, error) => {
    expect(parseHost(input)).toEqual({ ok: false, error });
  });
});

describe('isSiteDisabled', () => {
  const settings = { disabledSites: ['example.com', 'news.other.org'] };
  it('matches the site and its subdomains', () => {
    expect(isSiteDisabled(settings, 'example.com')).toBe(true);
    expect(isSiteDisabled(settings, 'www.example.com')).toBe(true);
    expect(isSiteDisabled(settings, 'a.b.example.com')).toBe(true);
    expect(isSiteDisabled(settings, 'News.Other.org.')).toBe(true);
  });
  it('does not match look-alikes or parents', () => {
    expect(isSiteDisabled(settings, 'badexample.com')).toBe(false);
    expect(isSiteDisabled(settings, 'example.com.evil.net')).toBe(false);
    expect(isSiteDisabled(settings, 'other.org')).toBe(false);
    expect(isSiteDisabled(settings, '')).toBe(false);
    expect(isSiteDisabled({ disabledSites: [] }, 'example.com')).toBe(false);
  });
});

describe('parseNewSite', () => {
  it('refuses a site already listed or covered by a listed parent', () => {
    expect(parseNewSite('EXAMPLE.com', ['example.com'])).toEqual({ ok: false, error: 'duplicate' });
    expect(parseNewSite('www.example.com', ['example.com'])).toEqual({ ok: false, error: 'duplicate' });
    expect(parseNewSite('example.com', ['www.example.com'])).toEqual({ ok: true, value: 'example.com' });
  });
});

describe('parseNewCompany', () => {
  it('trims and collapses spaces', () => {
    expect(parseNewCompany('  Contemporary   Amperex  ', [])).toEqual({ ok: true, value: 'Contemporary Amperex' });
    expect(parseNewCompany('宁德时代', [])).toEqual({ ok: true, value: '宁德时代' });
  });
  it('refuses empty, duplicate (any case) and overlong names', () => {
    expect(parseNewCompany('  ', [])).toEqual({ ok: false, error: 'empty' });
    expect(parseNewCompany('nvidia', ['NVIDIA'])).toEqual({ ok: false, error: 'duplicate' });
    expect(parseNewCompany('x'.repeat(81), [])).toEqual({ ok: false, error: 'tooLong' });
  });
});
